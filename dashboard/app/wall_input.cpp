#include "wall_input.hpp"

#include "core/merge.hpp"
#include "document_input.hpp"

namespace hgw::app {

void print_diagnostics(const std::string& name, const core::Diagnostics& diagnostics,
                       std::ostream& out) {
  for (const auto& entry : diagnostics.entries()) {
    out << name << ": " << (entry.severity == core::Severity::error ? "error" : "warning") << ": "
        << entry.path << ": " << entry.message << '\n';
  }
}

std::optional<core::Document> load_inputs(const std::vector<std::string>& inputs,
                                          const core::DecodeOptions& options, std::ostream& err,
                                          const core::Config* config) {
  std::vector<core::Document> documents;
  bool any_error = false;
  for (const auto& name : inputs) {
    core::Diagnostics diagnostics;
    const InputText input = read_document_input(name, config);
    if (!input.ok) {
      diagnostics.error(core::kDocumentPath, input.error);
    } else {
      core::DecodeResult result = core::load_document(input.text, options);
      diagnostics = std::move(result.diagnostics);
      if (result.document) documents.push_back(std::move(*result.document));
    }
    print_diagnostics(name, diagnostics, err);
    any_error = any_error || diagnostics.has_errors();
  }
  // Refused whole: a wall never shows half of what was asked for.
  if (any_error) return std::nullopt;
  core::Diagnostics diagnostics;
  core::Document merged = core::merge_and_check(documents, diagnostics);
  if (inputs.size() > 1) print_diagnostics("(merged)", diagnostics, err);
  return merged;
}

}  // namespace hgw::app
