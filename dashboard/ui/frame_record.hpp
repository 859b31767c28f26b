#pragma once
// What a frame laid out, for tests: every text box as drawn and, per list, how
// many items were shown, how many are on the page's other parts and how many went
// into a "+ N meer" marker. The pages
// fill it through DrawContext when one is given; the wall passes none.

#include <imgui.h>

#include <string>
#include <vector>

namespace hgw::ui {

struct TextBox {
  ImVec2 min;
  ImVec2 max;
  float font_size = 0;
  std::string text;
};

struct ListRecord {
  std::string name;  // "goals", "trends", "actions", "teams", …
  int shown = 0;
  int hidden = 0;   // told by a "+ N meer" marker
  int earlier = 0;  // shown on the parts before this one
  int later = 0;    // shown on the parts after this one
};

struct FrameRecord {
  std::vector<TextBox> texts;
  std::vector<ListRecord> lists;
  int part = 0;   // which part of the page was drawn (0-based)
  int parts = 1;  // how many parts the page has at this size

  void clear() {
    texts.clear();
    lists.clear();
    part = 0;
    parts = 1;
  }
};

}  // namespace hgw::ui
