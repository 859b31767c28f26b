#include "editor_name.hpp"

#include "core/display_text.hpp"

namespace hgw::board {

std::string clean_editor_name(std::string_view raw) {
  std::string name = core::visible_text(raw).text;
  if (name.size() <= kMaxEditorNameBytes) return name;
  std::size_t cut = kMaxEditorNameBytes;
  // Back to the first byte of a character: continuation bytes are 10xxxxxx.
  while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80)
    --cut;
  name.resize(cut);
  return name;
}

}  // namespace hgw::board
