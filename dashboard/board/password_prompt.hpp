#pragma once
// `hgw-board hash-password`: reads the new password twice from standard input
// (without echo on a terminal) and prints the config line that holds its hash.

#include <istream>
#include <ostream>

namespace hgw::board {

// Returns the exit code: 0 with the line printed on `out`, 1 with the reason on `err`.
int run_hash_password(std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace hgw::board
