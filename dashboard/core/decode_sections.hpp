#pragma once
// The per-section decoders behind decode_document(); internal to core.

#include <optional>
#include <vector>

#include "document.hpp"
#include "json_reader.hpp"

namespace hgw::core::sections {

std::optional<School> school(const ObjectReader& root);
std::optional<Privacy> privacy(const ObjectReader& root);
std::optional<std::vector<Team>> teams(const ObjectReader& root);
std::optional<std::vector<Goal>> goals(const ObjectReader& root);
std::optional<std::vector<Trend>> trends(const ObjectReader& root);
std::optional<std::vector<Action>> actions(const ObjectReader& root);
std::optional<Support> support(const ObjectReader& root);
std::optional<std::vector<Positive>> positives(const ObjectReader& root);
std::optional<std::vector<Message>> messages(const ObjectReader& root);
std::optional<Display> display(const ObjectReader& root);

}  // namespace hgw::core::sections
