#pragma once
// Bearer tokens live in files, never on the command line, in logs or in the status
// file (docs/ARCHITECTURE.md). A token file anyone on the device can read is refused: the fix
// is one command, and the message says which.

#include <optional>
#include <string>

namespace hgw::core {

struct TokenRead {
  std::optional<std::string> token;  // without surrounding white space
  std::string error;                 // why not, naming the file and the fix; never the token
};

// Checks that the file is a regular file that neither group nor others may read.
// Returns the problem, or nullopt when the file is fine.
std::optional<std::string> check_token_file_mode(const std::string& path);

// Checks the mode, then reads the token: one line, no control characters (it goes
// into an HTTP header), not empty.
TokenRead read_token_file(const std::string& path);

}  // namespace hgw::core
