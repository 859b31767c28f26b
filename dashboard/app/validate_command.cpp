#include "validate_command.hpp"

#include <memory>
#include <optional>
#include <vector>

#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/decode_document.hpp"
#include "core/merge.hpp"
#include "core/wall_model.hpp"
#include "document_input.hpp"
#include "wall_input.hpp"

namespace hgw::app {
namespace {

void print_verdict(const std::string& name, const core::Diagnostics& diagnostics,
                   std::ostream& out) {
  const auto errors = diagnostics.count(core::Severity::error);
  const auto warnings = diagnostics.count(core::Severity::warning);
  out << name << ": " << (errors == 0 ? "valid" : "INVALID") << " (" << errors
      << (errors == 1 ? " error, " : " errors, ") << warnings
      << (warnings == 1 ? " warning)" : " warnings)") << '\n';
}

}  // namespace

int run_validate(const CommandLine& command, std::ostream& out) {
  core::DecodeOptions options;
  options.now = command.now;
  std::vector<core::Document> valid_documents;
  bool any_error = false;

  // The config only lends URLs their token_file and ca_file; its own problems
  // are reported like a document's.
  std::optional<core::Config> config;
  if (command.config_path) {
    core::ConfigResult loaded = core::load_config(*command.config_path);
    for (const auto& entry : loaded.diagnostics.entries()) {
      // Config paths already name the file and line.
      out << (entry.severity == core::Severity::error ? "error: " : "warning: ")
          << entry.to_string() << '\n';
    }
    if (!loaded.ok()) return 1;
    config = std::move(loaded.config);
  }

  for (const auto& name : command.inputs) {
    core::Diagnostics diagnostics;
    const InputText input = read_document_input(name, config ? &*config : nullptr);
    if (!input.ok) {
      diagnostics.error(core::kDocumentPath, input.error);
    } else {
      core::DecodeResult result = core::load_document(input.text, options);
      diagnostics = std::move(result.diagnostics);
      if (result.document) valid_documents.push_back(std::move(*result.document));
    }
    print_diagnostics(name, diagnostics, out);
    print_verdict(name, diagnostics, out);
    any_error = any_error || diagnostics.has_errors();
  }

  if (any_error || valid_documents.empty()) return any_error ? 1 : 0;
  // References between sources can only be checked once they are merged.
  core::Diagnostics merge_diagnostics;
  core::Document merged = core::merge_and_check(valid_documents, merge_diagnostics);
  if (command.inputs.size() > 1) {
    print_diagnostics("(merged)", merge_diagnostics, out);
    print_verdict("(merged)", merge_diagnostics, out);
  }
  // What the wall itself would notice, with the config's display settings: a team
  // filter that matches no team leaves pages empty without any document error.
  core::WallInputs wall;
  wall.document = std::make_shared<const core::Document>(std::move(merged));
  wall.config = config ? &*config : nullptr;
  wall.now = command.now.value_or(core::SystemClock().now());
  print_diagnostics("(wall)", core::build_wall_model(wall).view.notes, out);
  return 0;
}

}  // namespace hgw::app
