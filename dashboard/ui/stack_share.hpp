#pragma once
// Sharing a height between lists stacked in one column, by what their items need,
// instead of by fixed shares: no list hides an item while the height that would
// hold it goes to empty space under another list.

#include <vector>

namespace hgw::ui {

struct StackNeed {
  float fixed = 0;           // a heading, or a line saying there is nothing: drawn whatever shows
  std::vector<float> items;  // each item's height, in order
  float gap = 0;             // between two items
  float marker = 0;          // the "+ N meer" line under a list that leaves items out
};

// The height of `need` showing its first `shown` items, and the marker when it
// leaves some out (stack_cards lays them out the same way).
float stack_height(const StackNeed& need, int shown);

// How many items each list shows within `available`: in turns, one more item per
// list and turn while it fits, so every list gets its first item before any gets a
// second. What does not fit is left to the marker, never drawn past `available`.
std::vector<int> share_height(const std::vector<StackNeed>& needs, float available);

}  // namespace hgw::ui
