// The setup page: shown when there is nothing to show, or the data could not be
// used. It tells whoever installs the screen what is wrong, which configuration
// was read, and which device this is.

#include <algorithm>
#include <string>

#include "card.hpp"
#include "core/i18n.hpp"
#include "pages.hpp"

namespace hgw::ui {
namespace {

core::Phrase problem_text(const core::SetupView& setup) {
  switch (setup.problem) {
    case core::SetupProblem::no_content:
      return core::Phrase::setup_no_content;
    case core::SetupProblem::document_invalid:
      return core::Phrase::setup_invalid;
    case core::SetupProblem::unreadable:
      return core::Phrase::setup_unreadable;
  }
  return core::Phrase::setup_no_content;
}

}  // namespace

void draw_setup_page(const DrawContext& context, const core::ViewModel& model,
                     const core::SetupView& setup, Rect area) {
  const Palette& palette = context.palette();
  const core::Language language = model.language;
  const float step = context.line_step(FontRole::body);
  // Centred in a readable measure on wide screens.
  if (area.w > context.units(48)) {
    const float width = context.units(48);
    area = {area.x + (area.w - width) / 2, area.y, width, area.h};
  }
  area.y += context.units(0.5f);
  area.h -= context.units(0.5f);

  cut_top(area, context.paragraph(FontRole::title, area.x, area.y, area.w, palette.text,
                                  core::phrase(core::Phrase::setup_title, language), 2));
  cut_top(area, context.units(0.6f));
  cut_top(area, context.paragraph(FontRole::body, area.x, area.y, area.w, palette.text,
                                  core::phrase(problem_text(setup), language), 3));
  cut_top(area, context.units(1.0f));

  // The help line at the bottom, placed first so that the rows above take only the
  // room it leaves; the details (errors by path) come between.
  const float help = context.paragraph_height(FontRole::body, area.w, setup.help_text, 3);
  Rect help_area = cut_bottom(area, help);
  context.paragraph(FontRole::body, help_area.x, help_area.y, help_area.w, palette.text_muted,
                    setup.help_text, 3);
  cut_bottom(area, context.units(0.8f));

  // Configuration, device and version: label left and value beside it, or on a
  // narrow screen the value under its label.
  const bool stacked = area.w < context.units(30);
  const float label_width = stacked ? 0.0f : context.units(9);
  const auto info_row = [&](core::Phrase label, const std::string& value, int max_lines = 2) {
    if (area.h < step) return;
    context.text_in(FontRole::body_bold, area.x, area.y, stacked ? area.w : label_width,
                    palette.text_muted, core::phrase(label, language));
    if (stacked) cut_top(area, step);
    const float height = context.paragraph(FontRole::body, area.x + label_width, area.y,
                                           area.w - label_width, palette.text, value, max_lines);
    cut_top(area, std::max(step, height));
  };
  info_row(core::Phrase::setup_config_label,
           setup.config_path.empty()
               ? std::string(core::phrase(core::Phrase::setup_no_config, language))
               : setup.config_path);
  info_row(core::Phrase::setup_device_label, setup.device);
  info_row(core::Phrase::setup_version_label, setup.version);
  if (!setup.present_text.empty()) info_row(core::Phrase::setup_present_label, setup.present_text);
  if (!setup.editor_text.empty()) {
    // The instruction for a first password is a sentence with a command in it: on a
    // narrow (portrait) screen it needs more than two lines, as many as there is
    // room for above the help text, up to six.
    const int room_lines = static_cast<int>((area.h - (stacked ? step : 0.0f)) / step);
    info_row(core::Phrase::setup_editor_label, setup.editor_text, std::clamp(room_lines, 1, 6));
  }
  cut_top(area, context.units(1.0f));

  if (!setup.details.empty() && area.h > heading_height(context) + step) {
    cut_top(area,
            draw_heading(context, area, core::phrase(core::Phrase::setup_details_label, language),
                         palette.attention));
    stack_cards(
        context, area, static_cast<int>(setup.details.size()), context.units(0.2f),
        [&](const DrawContext& row_context, Rect row, int index) {
          return row_context.paragraph(FontRole::body, row.x, row.y, row.w,
                                       row_context.palette().text,
                                       setup.details[static_cast<std::size_t>(index)], 2);
        },
        "setup_details");
  }
}

}  // namespace hgw::ui
