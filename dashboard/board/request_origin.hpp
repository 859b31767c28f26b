#pragma once
// What a write must look like to come from the editor itself: a hostile page in a
// staff browser can send a form (text/plain, no custom headers) to the board, but
// not `Content-Type: application/json` without the browser asking first, and its
// Origin names the other site.

#include <httplib.h>

#include <string>

namespace hgw::board {

// True for `application/json`, with or without parameters (`; charset=utf-8`).
bool is_json_content_type(const std::string& content_type);

// True when the request has no Origin, or the one of `scheme://Host` itself.
bool is_same_origin(const httplib::Request& request, const std::string& scheme);

}  // namespace hgw::board
