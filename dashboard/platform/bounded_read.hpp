#pragma once
// Reading a whole file into memory with a cap: every file the programs read (a
// document, a cache entry, a stored version, a certificate) has a sensible size,
// and one far beyond it is the wrong file or an attack, not something to allocate
// for. core reads its config and token files itself: core does not depend on this.

#include <cstddef>
#include <string>

namespace hgw::platform {

struct FileRead {
  enum class Outcome { read, cannot_open, too_large, read_error };
  Outcome outcome = Outcome::cannot_open;
  std::string text;    // the whole file, when read
  std::string reason;  // strerror's text, when it cannot be opened or read

  bool ok() const { return outcome == Outcome::read; }
};

// At most `max_bytes` are kept; one byte more makes the read too_large, so a file
// that grows while it is read is refused rather than cut off.
FileRead read_file_bounded(const std::string& path, std::size_t max_bytes);

// The same for an open descriptor (standard input), read to its end; not closed.
FileRead read_descriptor_bounded(int descriptor, std::size_t max_bytes);

}  // namespace hgw::platform
