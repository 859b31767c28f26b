#pragma once
// The built-in demo school (dashboard/api/demo-school.json, compiled in): what the
// wall shows, marked as demo, when no configuration exists.

#include <string_view>

#include "date_time.hpp"
#include "document.hpp"

namespace hgw::core {

// The day the demo school's data was written for (a Monday).
inline constexpr Date kDemoSchoolDay{2026, 11, 30};

std::string_view demo_school_json();

// The demo school moved by whole weeks so its Monday is the Monday of `now`'s week:
// a demo that never goes stale, with every kind of action and meeting in view.
Document demo_document(const Instant& now);

}  // namespace hgw::core
