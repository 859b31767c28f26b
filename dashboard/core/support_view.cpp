// The support pyramid: levels 1 to 4 with counts and their share of all pupils.

#include <algorithm>
#include <limits>

#include "view_context.hpp"

namespace hgw::core {

SupportView build_support_view(const Support& support, const ViewContext& context) {
  const Language language = context.language();
  SupportView view;
  view.present = true;
  if (support.as_of) {
    view.as_of_text = std::string(phrase(Phrase::as_of, language)) + " " +
                      format_long_date(*support.as_of, language, /*with_year=*/true);
  }
  // Counts are only bounded below by the format; a careless source may send four
  // times 2^63 - 1. The exact sum stops at the largest count instead of
  // overflowing, and shares come from a sum in doubles, which cannot.
  bool overflowed = false;
  double share_total = 0;
  for (const auto& level : support.levels) {
    share_total += static_cast<double>(level.count);
    if (__builtin_add_overflow(view.total, level.count, &view.total)) {
      view.total = std::numeric_limits<std::int64_t>::max();
      overflowed = true;
    }
  }
  for (const auto& level : support.levels) {
    SupportLevelView shown;
    shown.level = level.level;
    shown.label = level.label.value_or(std::string(support_level_label(level.level, language)));
    shown.count = level.count;
    shown.count_text = format_count(level.count, language);
    shown.share = share_total > 0 ? static_cast<double>(level.count) / share_total : 0.0;
    shown.share_text = format_number(shown.share * 100.0, language, 0) + "%";
    view.levels.push_back(std::move(shown));
  }
  std::sort(view.levels.begin(), view.levels.end(),
            [](const SupportLevelView& a, const SupportLevelView& b) { return a.level < b.level; });
  view.total_text =
      overflowed ? format_number(share_total, language) : format_count(view.total, language);
  return view;
}

}  // namespace hgw::core
