#pragma once
// A plain HTTP client for the tests themselves (controlling the fixture server,
// PUTs to Apache), separate from the fetcher under test.

#include <string>
#include <vector>

namespace hgw::test {

struct HttpAnswer {
  long status = 0;
  std::string body;
  std::string etag;
  std::string error;
};

HttpAnswer http_request(const std::string& method, const std::string& url,
                        const std::string& body = {}, const std::vector<std::string>& headers = {},
                        const std::string& ca_file = {});

}  // namespace hgw::test
