#include "demo_school.hpp"

#include <stdexcept>

#include "date_shift.hpp"
#include "decode_document.hpp"

namespace hgw::embedded {
std::string_view demo_school_json_bytes();
}

namespace hgw::core {

std::string_view demo_school_json() {
  return embedded::demo_school_json_bytes();
}

Document demo_document(const Instant& now) {
  DecodeResult demo = load_document(demo_school_json());
  // The demo is validated by the test suite; failing here means a broken build.
  if (!demo.document) throw std::logic_error("the built-in demo school does not validate");
  const std::int64_t days = days_between(kDemoSchoolDay, start_of_week(local_date(now)));
  shift_dates(*demo.document, days);
  return std::move(*demo.document);
}

}  // namespace hgw::core
