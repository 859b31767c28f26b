#pragma once
// The device's own HTTPS certificate: made once, on first start, in the data
// folder (key readable by the service only). It is self-signed; a kc'er trusts it
// once by comparing its SHA-256 fingerprint with the one the journal shows.

#include <string>

namespace hgw::board {

struct DeviceCertificate {
  std::string certificate_file;
  std::string key_file;
  std::string certificate_pem;
  std::string sha256_fingerprint;  // "AB:CD:…", as browsers and `openssl x509 -fingerprint` show it
  bool created = false;            // made just now
  std::string error;               // set when there is no usable certificate

  bool ok() const { return error.empty(); }
};

// Loads DIRECTORY/device.crt and device.key, or makes them (EC P-256, ten years,
// names: `host_name`, `host_name`.local, localhost, 127.0.0.1, ::1).
DeviceCertificate ensure_device_certificate(const std::string& directory,
                                            const std::string& host_name);

}  // namespace hgw::board
