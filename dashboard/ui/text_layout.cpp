#include "text_layout.hpp"

#include <cfloat>

namespace hgw::ui {
namespace {

constexpr std::string_view kEllipsis = "…";

bool is_continuation_byte(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ')
    text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ')
    text.remove_suffix(1);
  return text;
}

}  // namespace

float text_width(const ImFont& font, std::string_view text) {
  if (text.empty()) return 0;
  return font.CalcTextSizeA(font.FontSize, FLT_MAX, 0.0f, text.data(), text.data() + text.size()).x;
}

std::string ellipsize(const ImFont& font, std::string_view text, float max_width) {
  text = trim(text);
  // A hair of tolerance: widths computed as sums and differences of floats must
  // not shorten a text that was measured to fit exactly.
  max_width += 0.25f;
  if (text_width(font, text) <= max_width) return std::string(text);
  const float room = max_width - text_width(font, kEllipsis);
  if (room <= 0) return {};
  // Binary search over the character boundaries for the longest prefix that fits.
  std::vector<std::size_t> boundaries;
  for (std::size_t index = 1; index <= text.size(); ++index) {
    if (index == text.size() || !is_continuation_byte(text[index])) boundaries.push_back(index);
  }
  std::size_t low = 0;  // number of boundaries known to fit
  std::size_t high = boundaries.size();
  while (low < high) {
    const std::size_t middle = (low + high + 1) / 2;
    if (text_width(font, text.substr(0, boundaries[middle - 1])) <= room) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  std::size_t cut = low == 0 ? 0 : boundaries[low - 1];
  // A word break reads better, unless it throws away most of the line.
  const std::size_t space = text.substr(0, cut).rfind(' ');
  if (space != std::string_view::npos && space > cut * 2 / 3) cut = space;
  std::string shortened(trim(text.substr(0, cut)));
  // Trailing punctuation before "…" looks like a typo.
  while (!shortened.empty() && (shortened.back() == ',' || shortened.back() == ':' ||
                                shortened.back() == ';' || shortened.back() == '-')) {
    shortened.pop_back();
  }
  return shortened + std::string(kEllipsis);
}

std::vector<std::string> wrap_text(const ImFont& font, std::string_view text, float max_width,
                                   int max_lines) {
  std::vector<std::string> lines;
  std::string_view rest = trim(text);
  while (!rest.empty()) {
    const bool last_allowed = max_lines > 0 && static_cast<int>(lines.size()) + 1 == max_lines;
    if (last_allowed || text_width(font, rest) <= max_width + 0.25f) {
      lines.push_back(ellipsize(font, rest, max_width));
      break;
    }
    // Greedy: the most words that fit.
    std::size_t fit = 0;
    std::size_t search = 0;
    while (true) {
      const std::size_t space = rest.find(' ', search);
      const std::size_t end = space == std::string_view::npos ? rest.size() : space;
      if (text_width(font, rest.substr(0, end)) > max_width + 0.25f) break;
      fit = end;
      if (space == std::string_view::npos) break;
      search = space + 1;
    }
    if (fit == 0) {
      // One word wider than the line: shorten it, go on with the next word.
      const std::size_t space = rest.find(' ');
      const std::size_t end = space == std::string_view::npos ? rest.size() : space;
      lines.push_back(ellipsize(font, rest.substr(0, end), max_width));
      rest = trim(rest.substr(end));
      continue;
    }
    lines.emplace_back(trim(rest.substr(0, fit)));
    rest = trim(rest.substr(fit));
  }
  return lines;
}

}  // namespace hgw::ui
