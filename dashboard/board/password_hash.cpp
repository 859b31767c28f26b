#include "password_hash.hpp"

#include <sodium.h>

namespace hgw::board {

// INTERACTIVE (64 MiB, 2 passes) is a fraction of a second on a Pi 3 and leaves
// its 1 GiB for the wall; the login limiter stops guessing long before cost would.
std::optional<std::string> hash_password(std::string_view password) {
  if (sodium_init() < 0) return std::nullopt;
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(hash, password.data(), password.size(),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return std::nullopt;
  }
  return std::string(hash);
}

bool verify_password(const std::string& hash, std::string_view password) {
  if (sodium_init() < 0 || hash.empty()) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

}  // namespace hgw::board
