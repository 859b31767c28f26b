#pragma once
// One frame of the wall: header (school, period, date and time, demo marker),
// the page, and footer (messages, data freshness, page indicator). Renderers
// (headless_renderer, the kiosk canvas) call draw_frame; pages never know where
// they are shown.

#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

#include "core/editor_status.hpp"
#include "core/view_model.hpp"
#include "fonts.hpp"
#include "frame_record.hpp"

namespace hgw::ui {

enum class SetupProblem {
  no_content,        // the documents hold nothing a page could show
  document_invalid,  // a document was refused (details: its errors by path)
  unreadable,        // a document or the configuration could not be read
};

// What the setup page tells whoever installs the screen.
struct SetupInfo {
  std::optional<SetupProblem> problem;  // when empty, an empty model still gives no_content
  std::vector<std::string> details;     // errors by path, read errors
  std::string config_path;              // the config file read; empty when none was found
  std::string host_name;
  std::string version;
  // The kc'er's editor on this device: whether to say how to reach it or how to
  // set its password.
  core::EditorStatus editor = core::EditorStatus::not_here;
};

struct FrameRequest {
  const core::ViewModel* model = nullptr;
  core::Page page = core::Page::overzicht;
  const SetupInfo* setup = nullptr;
};

// True when the frame shows the setup page instead of `page`.
bool shows_setup_page(const core::ViewModel& model, const SetupInfo* setup);

// Draws the whole frame into `draw_list` for a screen of `size` pixels.
void draw_frame(ImDrawList& draw_list, const FontSet& fonts, const FrameRequest& request,
                ImVec2 size, FrameRecord* record);

// The colour the renderer clears to before drawing (the theme's background).
ImU32 background_colour(const core::ViewModel& model);

}  // namespace hgw::ui
