#pragma once
// Texts from a document reach a wall that parents and visitors walk past. Some
// characters draw nothing or rearrange what is drawn: bidi overrides and isolates
// (U+202A–202E, U+2066–2069) make a text read in another order in any viewer that
// applies the Unicode bidi algorithm, zero-width characters and Unicode tags hide
// words, and control characters (a line break, an escape) break a one-line layout.
//
// The choice (SECURITY.md): such characters are *removed* (line breaks and tabs
// become a space) rather than the whole document refused. They arrive mostly by
// accident — pasted from Word or a chat app, which add zero-width spaces, soft
// hyphens and direction marks — and refusing the document for an invisible
// character would leave the wall on stale data with nothing wrong to see. The
// validator warns with the text's path, so the kc'er still learns about them.

#include <string>
#include <string_view>
#include <vector>

namespace hgw::core {

struct VisibleText {
  std::string text;
  // The code points that were removed or replaced, each once, in order of
  // appearance (at most a few, for the message).
  std::vector<char32_t> hidden;
};

// The text as the wall may show it. Bytes that are not UTF-8 become U+FFFD.
VisibleText visible_text(std::string_view utf8);

// For messages about a text: every hidden character written as \uXXXX so that a
// log line or the setup page never carries one itself.
std::string escape_hidden_characters(std::string_view utf8);

// "U+202E" for a code point.
std::string code_point_name(char32_t code_point);

}  // namespace hgw::core
