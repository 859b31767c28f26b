#pragma once
// Moving every date and instant of a document by a number of days, keeping
// weekdays when the shift is whole weeks. Used to keep the demo school current.

#include <cstdint>

#include "document.hpp"

namespace hgw::core {

void shift_dates(Document& document, std::int64_t days);

}  // namespace hgw::core
