#pragma once
// Sharing a height between lists stacked in one column, by what their items need:
// every list first shows its first item, then the lists take one more item each in
// turn while the next one fits. No list hides an item while the height that would
// hold it is given to empty space or to a fixed share of another list.

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

// How many items each list shows within `available`. A list's first item is
// always given, even when it does not fit: a section never stands empty while it
// has something to show.
std::vector<int> share_height(const std::vector<StackNeed>& needs, float available);

}  // namespace hgw::ui
