#include "device_certificate.hpp"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <filesystem>
#include <memory>

#include "platform/atomic_file.hpp"
#include "platform/bounded_read.hpp"

namespace hgw::board {
namespace {

constexpr long kValiditySeconds = 10L * 366 * 24 * 60 * 60;
// A PEM certificate of ours is under 1 KiB; a chain someone put there, a few.
constexpr std::size_t kMaxCertificateBytes = 64 * 1024;

template <auto Free>
struct Deleter {
  template <typename T>
  void operator()(T* pointer) const {
    Free(pointer);
  }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, Deleter<X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;

std::string bio_text(BIO* bio) {
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio, &data);
  return size > 0 ? std::string(data, static_cast<std::size_t>(size)) : std::string();
}

std::string fingerprint_of(X509* certificate) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (X509_digest(certificate, EVP_sha256(), digest, &length) != 1) return {};
  std::string text;
  for (unsigned int i = 0; i < length; ++i) {
    char hex[4];
    std::snprintf(hex, sizeof hex, i == 0 ? "%02X" : ":%02X", digest[i]);
    text += hex;
  }
  return text;
}

bool add_extension(X509* certificate, int nid, const std::string& value) {
  X509V3_CTX context;
  X509V3_set_ctx_nodb(&context);
  X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
  X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.c_str());
  if (extension == nullptr) return false;
  const bool added = X509_add_ext(certificate, extension, -1) == 1;
  X509_EXTENSION_free(extension);
  return added;
}

// A host name that would break the subjectAltName syntax is left out.
bool plain_host_name(const std::string& name) {
  return !name.empty() && name.find_first_not_of(
                              "abcdefghijklmnopqrstuvwxyz"
                              "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.") == std::string::npos;
}

std::string make_certificate(const std::string& host_name, std::string& certificate_pem,
                             std::string& key_pem) {
  Key key(EVP_EC_gen("P-256"));
  if (!key) return "cannot make an EC P-256 key";
  Certificate certificate(X509_new());
  X509_set_version(certificate.get(), 2);
  unsigned char serial[16];
  if (RAND_bytes(serial, sizeof serial) != 1) return "cannot make a serial number";
  serial[0] &= 0x7f;  // a positive serial
  BIGNUM* serial_number = BN_bin2bn(serial, sizeof serial, nullptr);
  BN_to_ASN1_INTEGER(serial_number, X509_get_serialNumber(certificate.get()));
  BN_free(serial_number);
  X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -60 * 60);
  X509_gmtime_adj(X509_getm_notAfter(certificate.get()), kValiditySeconds);
  X509_set_pubkey(certificate.get(), key.get());
  const std::string common_name = plain_host_name(host_name) ? host_name : "hgw-board";
  X509_NAME* name = X509_get_subject_name(certificate.get());
  X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                             reinterpret_cast<const unsigned char*>("HGW Dashboard"), -1, -1, 0);
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                             reinterpret_cast<const unsigned char*>(common_name.c_str()), -1, -1,
                             0);
  X509_set_issuer_name(certificate.get(), name);
  std::string alt_names = "DNS:localhost,IP:127.0.0.1,IP:::1";
  if (plain_host_name(host_name))
    alt_names = "DNS:" + host_name + ",DNS:" + host_name + ".local," + alt_names;
  if (!add_extension(certificate.get(), NID_subject_alt_name, alt_names) ||
      !add_extension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE") ||
      !add_extension(certificate.get(), NID_ext_key_usage, "serverAuth")) {
    return "cannot add the certificate's names";
  }
  if (X509_sign(certificate.get(), key.get(), EVP_sha256()) == 0)
    return "cannot sign the certificate";

  Bio certificate_bio(BIO_new(BIO_s_mem()));
  Bio key_bio(BIO_new(BIO_s_mem()));
  if (PEM_write_bio_X509(certificate_bio.get(), certificate.get()) != 1 ||
      PEM_write_bio_PrivateKey(key_bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) !=
          1) {
    return "cannot write the certificate as PEM";
  }
  certificate_pem = bio_text(certificate_bio.get());
  key_pem = bio_text(key_bio.get());
  return {};
}

}  // namespace

DeviceCertificate ensure_device_certificate(const std::string& directory,
                                            const std::string& host_name) {
  DeviceCertificate result;
  result.certificate_file = directory + "/device.crt";
  result.key_file = directory + "/device.key";
  std::error_code error;
  const bool have_both = std::filesystem::exists(result.certificate_file, error) &&
                         std::filesystem::exists(result.key_file, error);
  if (!have_both) {
    std::string certificate_pem;
    std::string key_pem;
    result.error = make_certificate(host_name, certificate_pem, key_pem);
    if (!result.ok()) return result;
    // The key first: a certificate without its key would be kept forever.
    result.error = platform::write_file_atomically(result.key_file, key_pem, 0600);
    if (result.ok())
      result.error =
          platform::write_file_atomically(result.certificate_file, certificate_pem, 0644);
    if (!result.ok()) return result;
    result.created = true;
  }
  // Unreadable or too large reads as empty, which the check below names.
  result.certificate_pem =
      platform::read_file_bounded(result.certificate_file, kMaxCertificateBytes).text;
  Bio bio(BIO_new_mem_buf(result.certificate_pem.data(),
                          static_cast<int>(result.certificate_pem.size())));
  Certificate certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
  if (!certificate) {
    result.error = result.certificate_file + " is not a PEM certificate; remove it and " +
                   result.key_file + " to make new ones";
    return result;
  }
  result.sha256_fingerprint = fingerprint_of(certificate.get());
  return result;
}

}  // namespace hgw::board
