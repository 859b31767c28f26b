#pragma once
// Where the rotation stands: a page, and which of its parts. A page whose items do
// not fit the screen continues on the next turn (issue 13: "Acties 1/2", "2/2"),
// so every item is on the wall within one rotation; each part gets a turn of its
// own. How many parts a page needs is the layout's to know (ui measures it); which
// page and part come next is decided here, so it can be tested without a screen.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace hgw::core {

// The most parts a page is split into: a document with more items than that many
// screens hold ends its last part in "+ N meer" rather than keep one page on the
// wall for minutes (and a 10 000-item list bounded in drawing time).
inline constexpr int kMostParts = 6;

struct PagePosition {
  std::size_t page = 0;  // index into the rotation's pages
  int part = 0;          // 0-based
  friend bool operator==(const PagePosition&, const PagePosition&) = default;
};

// The position `step` turns (1 or -1) after `at`, in a rotation of `page_count`
// pages where page i has parts_of(i) parts (at least 1 each): the parts of a page
// in order, then the next page's first part; backwards, the previous page's last.
PagePosition turn_page(PagePosition at, std::size_t page_count, int step,
                       const std::function<int(std::size_t page)>& parts_of);

// " 2/3" after a page's name when it has more than one part, else nothing.
std::string part_suffix(int part, int parts);

}  // namespace hgw::core
