#include "request_origin.hpp"

#include <algorithm>
#include <cctype>

namespace hgw::board {

bool is_json_content_type(const std::string& content_type) {
  std::string media = content_type.substr(0, content_type.find(';'));
  media.erase(std::remove_if(media.begin(), media.end(),
                             [](unsigned char c) { return std::isspace(c) != 0; }),
              media.end());
  std::transform(media.begin(), media.end(), media.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return media == "application/json";
}

bool is_same_origin(const httplib::Request& request, const std::string& scheme) {
  if (!request.has_header("Origin")) return true;
  const std::string host = request.get_header_value("Host");
  return !host.empty() && request.get_header_value("Origin") == scheme + "://" + host;
}

}  // namespace hgw::board
