#include "page_rotation.hpp"

#include <algorithm>

#include "wake_plan.hpp"

namespace hgw::core {

PagePosition turn_page(PagePosition at, std::size_t page_count, int step,
                       const std::function<int(std::size_t page)>& parts_of) {
  if (page_count == 0) return {};
  at.page %= page_count;
  // The layout may have changed since the part was shown (new data, fewer items).
  at.part = std::clamp(at.part, 0, std::max(1, parts_of(at.page)) - 1);
  if (step > 0) {
    if (at.part + 1 < parts_of(at.page)) return {at.page, at.part + 1};
    return {rotate_page(at.page, page_count, 1), 0};
  }
  if (step < 0) {
    if (at.part > 0) return {at.page, at.part - 1};
    const std::size_t previous = rotate_page(at.page, page_count, -1);
    return {previous, std::max(1, parts_of(previous)) - 1};
  }
  return at;
}

std::string part_suffix(int part, int parts) {
  if (parts <= 1) return {};
  return " " + std::to_string(part + 1) + "/" + std::to_string(parts);
}

}  // namespace hgw::core
