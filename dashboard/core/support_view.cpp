// The support pyramid: levels 1 to 4 with counts, their share of all pupils and
// the change against the previous count; counts over too few pupils suppressed.

#include <algorithm>
#include <limits>

#include "privacy.hpp"
#include "view_context.hpp"

namespace hgw::core {
namespace {

// A level with no pupils tells nothing about anyone; one with a few might.
bool too_few(std::int64_t count, std::int64_t min_n) {
  return count > 0 && is_suppressed(count, min_n);
}

const SupportLevel* level_in(const std::vector<SupportLevel>& levels, int number) {
  const auto found = std::find_if(levels.begin(), levels.end(),
                                  [&](const SupportLevel& level) { return level.level == number; });
  return found == levels.end() ? nullptr : &*found;
}

// The change of one level, unless either count is too small to show: the change
// from a shown count would give the hidden one away.
std::optional<std::int64_t> change_of(const SupportLevel& level, const Support& support,
                                      std::int64_t min_n) {
  if (!support.previous) return std::nullopt;
  const SupportLevel* before = level_in(support.previous->levels, level.level);
  if (before == nullptr) return std::nullopt;
  if (too_few(level.count, min_n) || too_few(before->count, min_n)) return std::nullopt;
  std::int64_t change = 0;
  if (__builtin_sub_overflow(level.count, before->count, &change)) return std::nullopt;
  return change;
}

}  // namespace

SupportView build_support_view(const Support& support, const ViewContext& context) {
  const Language language = context.language();
  const std::int64_t min_n = context.min_n();
  SupportView view;
  view.present = true;
  if (support.as_of) {
    view.as_of_text = std::string(phrase(Phrase::as_of, language)) + " " +
                      format_day_month(*support.as_of, language);
  }
  if (support.previous) {
    view.previous_text = std::string(phrase(Phrase::change_since, language)) + " " +
                         format_day_month(support.previous->as_of, language);
  }
  // Counts are only bounded below by the format; a careless source may send four
  // times 2^63 - 1. The exact sum stops at the largest count instead of
  // overflowing, and shares come from a sum in doubles, which cannot.
  bool overflowed = false;
  bool any_suppressed = false;
  double share_total = 0;
  for (const auto& level : support.levels) {
    share_total += static_cast<double>(level.count);
    any_suppressed = any_suppressed || too_few(level.count, min_n);
    if (__builtin_add_overflow(view.total, level.count, &view.total)) {
      view.total = std::numeric_limits<std::int64_t>::max();
      overflowed = true;
    }
  }
  for (const auto& level : support.levels) {
    SupportLevelView shown;
    shown.level = level.level;
    shown.label = level.label.value_or(std::string(support_level_label(level.level, language)));
    shown.suppressed = too_few(level.count, min_n);
    if (shown.suppressed) {
      // Like every figure over too few pupils: the count never leaves core.
      shown.count_text = format_suppressed(min_n);
    } else {
      shown.count = level.count;
      shown.count_text = format_count(level.count, language);
      shown.share = share_total > 0 ? static_cast<double>(level.count) / share_total : 0.0;
      shown.share_text = format_number(shown.share * 100.0, language, 0) + "%";
      shown.change = change_of(level, support, min_n);
      if (shown.change) {
        shown.change_text = format_signed_change(static_cast<double>(*shown.change), language);
      }
    }
    view.levels.push_back(std::move(shown));
  }
  std::sort(view.levels.begin(), view.levels.end(),
            [](const SupportLevelView& a, const SupportLevelView& b) { return a.level < b.level; });
  if (any_suppressed) {
    // The total minus the shown counts would be the hidden one.
    view.total = 0;
  } else {
    view.total_text =
        overflowed ? format_number(share_total, language) : format_count(view.total, language);
  }
  return view;
}

}  // namespace hgw::core
