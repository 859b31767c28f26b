#!/usr/bin/python3
"""Writes the synthetic LVS exports the editor's import is tested with, and the
aggregates expected from each, computed here independently of the editor.

Every pupil is invented. Each file has a group under 10 pupils and a pupil
tested twice on one moment (the later result counts).

    /usr/bin/python3 dashboard/api/examples/lvs/make_samples.py [--out DIR]
"""

import json
import math
import os
import random
import sys
import zipfile

HERE = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else os.path.dirname(os.path.abspath(__file__))
TEAMS = {"ob": ["3", "4"], "mb": ["5", "6"], "bb": ["7", "8"]}  # as in demo-school.json
LEVELS = {"<1F": 0, "1F": 1, "2F": 2, "1S": 2}
FIRST = ["Zoë", "Noël", "François", "Chloé", "Anaïs", "Joëlle", "Jesús", "Ömer", "Léa", "Daan", "Sem", "Fenna",
         "Luuk", "Saar", "Milan", "Yara", "Bram", "Tess", "Mees", "Noor", "Ayoub", "Fleur", "Thijs", "Lotte"]
LAST = ["de Vries", "Janssen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos",
        "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "Gaçon", "Noël", "El Idrissi", "Çelik", "Maës"]


def team_of(group):
    year = "".join(ch for ch in group if ch.isdigit())
    return next(team for team, groups in TEAMS.items() if year in groups)


def level_of(score, cut_1f, cut_2f):
    return "2F" if score >= cut_2f else "1F" if score >= cut_1f else "<1F"


def pupils(rng, groups, first_number):
    """groups: {group: count} -> [(number, first, last, group)]"""
    out, number = [], first_number
    for group, count in groups.items():
        for _ in range(count):
            out.append((number, rng.choice(FIRST), rng.choice(LAST), group))
            number += 1
    return out


def results_for(rng, kids, subjects, moments, score_range, cuts):
    """-> [dict(pupil, name, group, subject, moment, date, score, level)] in file order"""
    rows = []
    for subject in subjects:
        for moment_letter, date in moments:
            for number, first, last, group in kids:
                score = round(rng.uniform(*score_range) * 2) / 2
                year = "".join(ch for ch in group if ch.isdigit())
                rows.append(dict(pupil=number, first=first, last=last, group=group, subject=subject,
                                 moment=f"{moment_letter}{year}", date=date, score=score,
                                 level=level_of(score, *cuts)))
    return rows


def retake(rows, index, later_date, better_score, cuts):
    """The pupil of rows[index] takes the same test again later on the same moment."""
    again = dict(rows[index], date=later_date, score=better_score, level=level_of(better_score, *cuts))
    rows.insert(index + 7, again)


def round1(x):
    return math.floor(x * 10 + 0.5) / 10


def expected(rows, by, level="1F", min_n=10):
    cells = {}
    for position, row in enumerate(rows):
        unit = team_of(row["group"]) if by == "team" else "".join(ch for ch in row["group"] if ch.isdigit())
        key = (unit, row["subject"].lower(), row["moment"])
        cell = cells.setdefault(key, dict(team=team_of(row["group"]), group=None if by == "team" else unit,
                                          subject=row["subject"], moment=row["moment"], pupils={}))
        earlier = cell["pupils"].get(str(row["pupil"]).lower())
        if earlier is None or (row["date"], position) > (earlier[0]["date"], earlier[1]):
            cell["pupils"][str(row["pupil"]).lower()] = (row, position)
    out = []
    for cell in cells.values():
        kids = [row for row, _ in cell["pupils"].values()]
        item = dict(by=by, team=cell["team"], group=cell["group"], subject=cell["subject"], moment=cell["moment"],
                    date=max(row["date"] for row in kids), n=len(kids))
        if len(kids) < min_n:
            item["suppressed"] = True
        else:
            reached = sum(1 for row in kids if LEVELS[row["level"]] >= LEVELS[level])
            item.update(suppressed=False, percent=round1(100 * reached / len(kids)),
                        mean=round1(sum(row["score"] for row in kids) / len(kids)))
        out.append(item)
    return out


def dutch_number(x):
    return f"{x:.1f}".replace(".", ",")


def dutch_date(iso):
    y, m, d = iso.split("-")
    return f"{d}-{m}-{y}"


def cito(rng):
    """Cito LOVS style: Windows-1252, `;`, decimal commas, a remark with `;` and a line break in quotes."""
    kids = pupils(rng, {"5A": 12, "5B": 11, "4": 7}, 482716101)  # nine digits, as a leerlingnummer may be
    cuts = (180, 215)
    rows = results_for(rng, kids, ["Rekenen-Wiskunde", "Begrijpend lezen"],
                       [("M", "2026-01-21"), ("E", "2026-06-10")], (150, 240), cuts)
    retake(rows, 2, "2026-01-28", 219.5, cuts)
    remarks = {5: "ziek; later ingehaald", 11: "afgenomen in twee delen\nwegens dyslexie"}
    lines = ["Leerlingnummer;Achternaam;Roepnaam;Groep;Toets;Afnamemoment;Afnamedatum;Vaardigheidsscore;"
             "Referentieniveau;Opmerking"]
    for i, r in enumerate(rows):
        remark = remarks.get(i, "")
        quoted = f'"{remark}"' if remark else ""
        lines.append(";".join([str(r["pupil"]), r["last"], r["first"], r["group"], r["subject"], r["moment"],
                               dutch_date(r["date"]), dutch_number(r["score"]), r["level"], quoted]))
    with open(os.path.join(HERE, "cito-lovs.csv"), "wb") as out:
        out.write(("\r\n".join(lines) + "\r\n").encode("windows-1252"))
    return rows


def boom(rng):
    """Boom LVS style: UTF-8 with BOM, `,`, the pupil by name, quoted decimal commas, "groep 8A"."""
    kids = pupils(rng, {"groep 7": 8, "groep 8A": 10, "groep 8B": 9, "groep 3": 6}, 1)
    cuts = (40, 60)
    rows = results_for(rng, kids, ["Spelling", "Rekenen"], [("M", "2026-01-26")], (20, 80), cuts)
    retake(rows, 12, "2026-02-02", 63.5, cuts)
    for r in rows:
        r["pupil"] = f'{r["first"]} {r["last"]} ({r["pupil"]})'  # names repeat; Boom shows the number with it
    lines = ["Leerling,Groep,Vak,Periode,Datum,Score,Niveau"]
    for r in rows:
        lines.append(",".join([r["pupil"], r["group"], r["subject"], r["moment"], dutch_date(r["date"]),
                               f'"{dutch_number(r["score"])}"', r["level"].replace("<1F", "onder 1F")]))
    with open(os.path.join(HERE, "boom-lvs.csv"), "wb") as out:
        out.write(b"\xef\xbb\xbf" + "\n".join(lines).encode("utf-8"))
    return rows


def xlsx(rng):
    """A results sheet as Excel saves it: shared strings, inline strings (Niveau), date cells (style 1 = numFmt 14)."""
    kids = pupils(rng, {"6A": 11, "6B": 10, "5": 4, "4": 5}, 731904001)
    cuts = (190, 225)
    rows = results_for(rng, kids, ["Rekenen"], [("M", "2026-01-19"), ("E", "2026-06-08")], (160, 250), cuts)
    retake(rows, 4, "2026-01-26", 230.0, cuts)
    strings, index = [], {}

    def shared(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    def serial(iso):
        import datetime
        return (datetime.date.fromisoformat(iso) - datetime.date(1899, 12, 30)).days

    def esc(text):
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    header = ["Leerlingnr", "Groep", "Toets", "Moment", "Afnamedatum", "Score", "Niveau"]
    sheet_rows = ['<row r="1">' + "".join(f'<c r="{chr(65 + i)}1" t="s"><v>{shared(h)}</v></c>'
                                          for i, h in enumerate(header)) + "</row>"]
    for n, r in enumerate(rows, start=2):
        cells = [f'<c r="A{n}"><v>{r["pupil"]}</v></c>',
                 f'<c r="B{n}" t="s"><v>{shared(r["group"])}</v></c>',
                 f'<c r="C{n}" t="s"><v>{shared(r["subject"])}</v></c>',
                 f'<c r="D{n}" t="s"><v>{shared(r["moment"])}</v></c>',
                 f'<c r="E{n}" s="1"><v>{serial(r["date"])}</v></c>',
                 f'<c r="F{n}"><v>{r["score"]:g}</v></c>',
                 f'<c r="G{n}" t="inlineStr"><is><t>{esc(r["level"])}</t></is></c>']
        sheet_rows.append(f'<row r="{n}">' + "".join(cells) + "</row>")
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel_ns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        "</Types>",
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>",
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {ns} {rel_ns}>'
        '<sheets><sheet name="Toetsresultaten" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        "</Relationships>",
        "xl/styles.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet {ns}>'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<sst {ns} count="{len(strings)}" uniqueCount="{len(strings)}">'
        + "".join(f"<si><t>{esc(s)}</t></si>" for s in strings) + "</sst>",
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {ns}>'
        f'<sheetData>{"".join(sheet_rows)}</sheetData></worksheet>',
    }
    with zipfile.ZipFile(os.path.join(HERE, "resultaten.xlsx"), "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))  # same bytes every run
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return rows


def main():
    rng = random.Random(20261201)
    answers = {}
    for name, make in [("cito-lovs.csv", cito), ("boom-lvs.csv", boom), ("resultaten.xlsx", xlsx)]:
        rows = make(rng)
        answers[name] = {
            "measure": {"level": "1F"},
            "min_n": 10,
            "rows": len(rows),
            "pupil_numbers": sorted({str(r["pupil"]) for r in rows}),
            "pupil_names": sorted({r["first"] + " " + r["last"] for r in rows}),
            "by_team": expected(rows, "team"),
            "by_year": expected(rows, "year"),
        }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as out:
        json.dump(answers, out, ensure_ascii=False, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main()
