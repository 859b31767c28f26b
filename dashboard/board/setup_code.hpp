#pragma once
// The one-time setup code of the first run (core/first_run.hpp): eight digits the
// wall shows while no password is set, typed in the editor with the new password.

#include <string>
#include <string_view>

namespace hgw::board {

// Eight digits from libsodium, every code equally likely (no modulo bias).
std::string random_setup_code();
// What was typed, without its spaces ("4821 0937" is "48210937").
std::string typed_setup_code(std::string_view typed);
// Compares in constant time, so the code cannot be guessed digit by digit.
bool setup_codes_match(std::string_view expected, std::string_view typed);

}  // namespace hgw::board
