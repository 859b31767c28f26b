#include "setup_code.hpp"

#include <sodium.h>

#include <cstdint>
#include <stdexcept>

#include "core/first_run.hpp"

namespace hgw::board {

std::string random_setup_code() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium cannot start");
  static_assert(core::kSetupCodeDigits == 8);
  // randombytes_uniform draws again rather than folding the top of the range.
  const std::uint32_t number = randombytes_uniform(100'000'000);
  std::string code = std::to_string(number);
  return std::string(core::kSetupCodeDigits - code.size(), '0') + code;
}

std::string typed_setup_code(std::string_view typed) {
  std::string code;
  for (const char c : typed) {
    if (c != ' ') code.push_back(c);
  }
  return code;
}

bool setup_codes_match(std::string_view expected, std::string_view typed) {
  // The length is no secret (always eight digits); the digits are.
  if (expected.empty() || expected.size() != typed.size()) return false;
  return sodium_memcmp(expected.data(), typed.data(), expected.size()) == 0;
}

}  // namespace hgw::board
