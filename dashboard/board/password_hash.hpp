#pragma once
// The board's password is kept only as libsodium's argon2id string
// ("$argon2id$v=19$m=…"), which carries its own salt and cost.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace hgw::board {

// The same rule for `hgw-board hash-password` and the first run (POST /api/setup).
inline constexpr std::size_t kMinimumPasswordLength = 8;

// nullopt when libsodium cannot start or the memory for argon2id is not there.
std::optional<std::string> hash_password(std::string_view password);
bool verify_password(const std::string& hash, std::string_view password);

}  // namespace hgw::board
