#pragma once
// The board's password is kept only as libsodium's argon2id string
// ("$argon2id$v=19$m=…"), which carries its own salt and cost.

#include <optional>
#include <string>
#include <string_view>

namespace hgw::board {

// nullopt when libsodium cannot start or the memory for argon2id is not there.
std::optional<std::string> hash_password(std::string_view password);
bool verify_password(const std::string& hash, std::string_view password);

}  // namespace hgw::board
