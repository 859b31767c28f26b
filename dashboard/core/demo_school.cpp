#include "demo_school.hpp"

namespace hgw::embedded {
std::string_view demo_school_json_bytes();
}

namespace hgw::core {

std::string_view demo_school_json() {
  return embedded::demo_school_json_bytes();
}

}  // namespace hgw::core
