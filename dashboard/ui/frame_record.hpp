#pragma once
// What a frame laid out, for tests: every text box as drawn and, per list, how
// many items were shown and how many went into a "+ N meer" marker. The pages
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
  int hidden = 0;  // told by a "+ N meer" marker
};

struct FrameRecord {
  std::vector<TextBox> texts;
  std::vector<ListRecord> lists;

  void clear() {
    texts.clear();
    lists.clear();
  }
};

}  // namespace hgw::ui
