#include "stack_share.hpp"

#include <algorithm>

namespace hgw::ui {

float stack_height(const StackNeed& need, int shown) {
  const int count = static_cast<int>(need.items.size());
  shown = std::clamp(shown, 0, count);
  float height = need.fixed;
  for (int index = 0; index < shown; ++index) {
    height += need.items[static_cast<std::size_t>(index)] + (index > 0 ? need.gap : 0);
  }
  if (shown < count) height += (shown > 0 ? need.gap : 0) + need.marker;
  return height;
}

std::vector<int> share_height(const std::vector<StackNeed>& needs, float available) {
  std::vector<int> shown(needs.size(), 0);
  float used = 0;
  for (const StackNeed& need : needs)
    used += stack_height(need, 0);
  // One more item per list and turn, so that a long list cannot starve the others.
  for (bool grew = true; grew;) {
    grew = false;
    for (std::size_t index = 0; index < needs.size(); ++index) {
      const StackNeed& need = needs[index];
      if (shown[index] >= static_cast<int>(need.items.size())) continue;
      const float more = stack_height(need, shown[index] + 1) - stack_height(need, shown[index]);
      if (used + more > available) continue;
      used += more;
      ++shown[index];
      grew = true;
    }
  }
  return shown;
}

}  // namespace hgw::ui
