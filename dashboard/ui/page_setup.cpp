// The setup page: shown when there is nothing to show, or the data could not be
// used. It tells whoever installs the screen what is wrong, which configuration
// was read, and which device this is; when the editor is on this device, where to
// reach it (with a QR code of the address) and, while it has no password, the
// setup code that lets a browser choose one (issue 16, first run from the wall).

#include <algorithm>
#include <string>
#include <vector>

#include "card.hpp"
#include "core/i18n.hpp"
#include "pages.hpp"
#include "qr_code.hpp"

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
    case core::SetupProblem::no_password:
      return core::Phrase::setup_first_run;
  }
  return core::Phrase::setup_no_content;
}

// The fingerprint "AB:CD:…" (32 bytes) in lines of as many whole bytes as fit:
// a browser shows it in groups too, and a line cut inside a byte is unreadable.
std::vector<std::string> fingerprint_lines(const DrawContext& context, const std::string& text,
                                           float width) {
  for (const std::size_t bytes : {32u, 16u, 8u, 4u}) {
    std::vector<std::string> lines;
    bool fits = true;
    for (std::size_t start = 0; start < text.size(); start += bytes * 3) {
      std::string line = text.substr(start, bytes * 3 - 1);
      fits = fits && context.width_of(FontRole::body, line) <= width;
      lines.push_back(std::move(line));
    }
    if (fits || bytes == 4) return lines;
  }
  return {text};
}

// The editor's block: its QR code beside (or, on a narrow screen, above) what to do,
// the address, the setup code and the certificate's fingerprint. Takes its height
// off the top of `area`.
void draw_editor_block(const DrawContext& context, const core::SetupView& setup, Rect& area) {
  const Palette& palette = context.palette();
  const core::Language language = context.language();
  const float step = context.line_step(FontRole::body);
  const float gap = context.units(0.5f);

  // The QR code beside the rows on a landscape screen: thirteen units a side (33
  // modules of the address's symbol: 7 px each at 1280x720, 11 at 1920x1080), at
  // most half the height left. On a portrait screen above them, centred, larger.
  const QrSymbol symbol = encode_qr(setup.editor_address);
  const bool beside = area.w > area.h && area.w >= context.units(13 + 24);
  const float wanted_side = beside ? std::min(context.units(13), area.h / 2)
                                   : std::min({context.units(16), area.w, area.h / 3});
  float qr_side = 0;
  Rect rows = area;
  if (!symbol.empty()) {
    if (beside) {
      qr_side = draw_qr_code(context, area.x, area.y, wanted_side, symbol);
      cut_left(rows, qr_side + context.units(1.0f));
    } else {
      const auto side = static_cast<float>(qr_pixels_per_module(symbol, wanted_side) *
                                           symbol.modules_with_quiet_zone());
      qr_side = draw_qr_code(context, area.x + (area.w - side) / 2, area.y, wanted_side, symbol);
      cut_top(rows, qr_side + gap);
    }
  }
  const float top = area.y;

  if (!setup.editor_text.empty()) {
    cut_top(rows, context.paragraph(FontRole::body, rows.x, rows.y, rows.w, palette.text,
                                    setup.editor_text, 3));
    cut_top(rows, gap);
  }
  const auto label = [&](core::Phrase phrase) {
    context.text_in(FontRole::body_bold, rows.x, rows.y, rows.w, palette.text_muted,
                    core::phrase(phrase, language));
    cut_top(rows, step);
  };
  // An address in the larger heading font when it fits on one line.
  const auto address = [&](const std::string& text) {
    const FontRole role = context.width_of(FontRole::heading, text) <= rows.w ? FontRole::heading
                                                                              : FontRole::body_bold;
    context.text_in(role, rows.x, rows.y, rows.w, palette.text, text);
    cut_top(rows, context.line_step(role));
  };
  label(core::Phrase::setup_editor_label);
  address(setup.editor_address.empty()
              ? std::string(core::phrase(core::Phrase::setup_editor_address_unknown, language))
              : setup.editor_address);
  if (!setup.editor_name_address.empty()) address(setup.editor_name_address);

  if (!setup.setup_code.empty() || !setup.setup_code_until.empty()) {
    cut_top(rows, gap);
    label(core::Phrase::setup_code_label);
    float until_x = rows.x;
    float until_y = rows.y;
    if (!setup.setup_code.empty()) {
      const float code_width =
          context.text(FontRole::figure, {rows.x, rows.y}, palette.text, setup.setup_code);
      const float figure = context.font_size(FontRole::figure);
      const float room = rows.w - code_width - context.units(1.0f);
      if (context.width_of(FontRole::body, setup.setup_code_until) <= room) {
        // Beside the code, on its baseline.
        until_x = rows.x + code_width + context.units(1.0f);
        until_y = rows.y + figure - context.font_size(FontRole::body);
        cut_top(rows, context.line_step(FontRole::figure));
      } else {
        cut_top(rows, context.line_step(FontRole::figure));
        until_y = rows.y;
        cut_top(rows, step);
      }
    } else {
      cut_top(rows, step);
    }
    context.text_in(FontRole::body, until_x, until_y, rows.right() - until_x, palette.text_muted,
                    setup.setup_code_until);
  }

  if (!setup.certificate_sha256.empty()) {
    cut_top(rows, gap);
    label(core::Phrase::setup_fingerprint_label);
    for (const std::string& line : fingerprint_lines(context, setup.certificate_sha256, rows.w)) {
      context.text_in(FontRole::body, rows.x, rows.y, rows.w, palette.text, line);
      cut_top(rows, step);
    }
  }
  const float bottom = std::max(rows.y, beside ? top + qr_side : rows.y);
  cut_top(area, bottom - top);
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

  if (setup.editor != core::EditorStatus::not_here) {
    draw_editor_block(context, setup, area);
    cut_top(area, context.units(1.0f));
  }

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
