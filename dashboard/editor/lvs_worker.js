// The import's work off the page's thread, so a 100,000-row export does not
// freeze the editor. It holds the file's table until the dialog closes (the
// worker is then terminated) and answers only with counts and Dutch messages.

import { LvsError } from "./lvs_csv.js";
import { readExport } from "./lvs_file.js";
import { guessMapping, readResults, aggregate } from "./lvs_aggregate.js";

let table = null;

function fail(error) {
  const message = error instanceof LvsError ? error.message : `Het bestand kon niet gelezen worden (${error?.message || error}).`;
  postMessage({ type: "error", message });
}

onmessage = async ({ data }) => {
  try {
    if (data.type === "read") {
      table = null;
      const file = data.file;
      table = await readExport({ name: file.name, size: file.size }, async () => new Uint8Array(await file.arrayBuffer()));
      postMessage({
        type: "table",
        kind: table.kind,
        encoding: table.encoding,
        separator: table.separator,
        header: table.header,
        rows: table.rows.length,
        guess: guessMapping(table.header),
      });
    } else if (data.type === "aggregate") {
      if (!table) return;
      const { mapping, teams, groupMap, measure, by, minN } = data;
      const { results, problems, unknownGroups } = readResults(table, { mapping, teams, groupMap, measure });
      const cells = aggregate(results, { by, measure, minN });
      postMessage({ type: "cells", cells, problems: problems.slice(0, 200), problemCount: problems.length, unknownGroups, used: results.length });
    }
  } catch (error) {
    fail(error);
  }
};
