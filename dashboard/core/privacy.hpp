#pragma once
// The AVG rule of the wall (docs/ARCHITECTURE.md): a figure computed over fewer than min_n
// pupils is never shown. The document may raise min_n, never lower it below 5.

#include <cstdint>
#include <optional>

#include "document.hpp"

namespace hgw::core {

inline constexpr std::int64_t kDefaultMinN = 10;
inline constexpr std::int64_t kMinimumMinN = 5;

std::int64_t effective_min_n(const std::optional<Privacy>& privacy);

// A figure with a known n below the threshold is suppressed. A figure without n is
// shown: the source vouches for it being an aggregate.
bool is_suppressed(const std::optional<std::int64_t>& n, std::int64_t min_n);

}  // namespace hgw::core
