#include "document_input.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>

namespace hgw::app {
namespace {

InputText read_stream(std::istream& stream) {
  InputText input;
  std::string text;
  char buffer[65536];
  while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(stream.gcount()));
    if (text.size() > kMaxDocumentBytes) {
      input.error = "larger than " + std::to_string(kMaxDocumentBytes / (1024 * 1024)) + " MiB";
      return input;
    }
  }
  if (stream.bad()) {
    input.error = "read error";
    return input;
  }
  input.ok = true;
  input.text = std::move(text);
  return input;
}

}  // namespace

InputText read_document_input(const std::string& name) {
  if (name == "-") return read_stream(std::cin);
  if (name.starts_with("http://") || name.starts_with("https://")) {
    return InputText{
        false, {}, "fetching URLs is not available in this build yet; save the document to a file"};
  }
  std::ifstream file(name, std::ios::binary);
  if (!file) return InputText{false, {}, std::string("cannot open: ") + std::strerror(errno)};
  return read_stream(file);
}

}  // namespace hgw::app
