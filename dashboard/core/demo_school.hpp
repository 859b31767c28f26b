#pragma once
// The built-in demo school (dashboard/api/demo-school.json, compiled in): what the
// wall shows, marked as demo, when no configuration exists.

#include <string_view>

namespace hgw::core {

std::string_view demo_school_json();

}  // namespace hgw::core
