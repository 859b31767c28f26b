// The support pyramid: levels 1 to 4 with counts and their share of all pupils.

#include <algorithm>

#include "view_context.hpp"

namespace hgw::core {

SupportView build_support_view(const Support& support, const ViewContext& context) {
  const Language language = context.language();
  SupportView view;
  view.present = true;
  if (support.as_of) {
    view.as_of_text = (language == Language::nl ? "stand van " : "as of ") +
                      format_long_date(*support.as_of, language, /*with_year=*/true);
  }
  for (const auto& level : support.levels)
    view.total += level.count;
  for (const auto& level : support.levels) {
    SupportLevelView shown;
    shown.level = level.level;
    shown.label = level.label.value_or(std::string(support_level_label(level.level, language)));
    shown.count = level.count;
    shown.count_text = std::to_string(level.count);
    shown.share =
        view.total > 0 ? static_cast<double>(level.count) / static_cast<double>(view.total) : 0.0;
    shown.share_text = format_number(shown.share * 100.0, language, 0) + "%";
    view.levels.push_back(std::move(shown));
  }
  std::sort(view.levels.begin(), view.levels.end(),
            [](const SupportLevelView& a, const SupportLevelView& b) { return a.level < b.level; });
  view.total_text = std::to_string(view.total);
  return view;
}

}  // namespace hgw::core
