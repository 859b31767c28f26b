#pragma once

#include <filesystem>
#include <ostream>
#include <vector>

#include "command_line.hpp"
#include "core/wall_model.hpp"

namespace hgw::app {

// `render`: loads the documents (or the demo school), builds the wall model as the
// kiosk does (with --config, its [display] settings too) and writes the pages as PNG. Returns the
// exit code: 0, or 1 when a document is invalid or a file cannot be written.
int run_render(const CommandLine& command, std::ostream& out, std::ostream& err);

// Writes `pages` (or the setup page, when the wall shows it) as
// DIR/NN-page.png with the page's number in the canonical order; prints each path.
// With `verbose`, also the time each frame took and the font atlas size.
bool render_pages_to_folder(const core::WallModel& wall, const std::vector<core::Page>& pages,
                            ScreenSize size, const std::filesystem::path& folder, bool verbose,
                            std::ostream& out, std::ostream& err);

}  // namespace hgw::app
