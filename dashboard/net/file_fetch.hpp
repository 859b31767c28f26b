#pragma once
// file:// sources: a document on the device itself (the boot partition, a USB
// stick). Read by hand rather than through libcurl so that a changed file is seen
// even within one second (the ETag carries the nanosecond mtime and size).

#include "fetch_types.hpp"

namespace hgw::net {

FetchResponse fetch_file(const FetchRequest& request, const FetchLimits& limits);

}  // namespace hgw::net
