#include "platform/avahi_bus.hpp"

#include <systemd/sd-bus.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>

namespace hgw::platform {
namespace {

constexpr const char* kAvahiService = "org.freedesktop.Avahi";
constexpr const char* kAvahiServerInterface = "org.freedesktop.Avahi.Server";
// AvahiServerState in avahi's client API: invalid 0, registering 1, running 2,
// collision 3, failure 4. Only a running server answers for its name.
constexpr std::int32_t kAvahiServerRunning = 2;
constexpr std::size_t kLongestHostName = 255;

struct BusUnref {
  void operator()(sd_bus* bus) const { sd_bus_flush_close_unref(bus); }
};
using Bus = std::unique_ptr<sd_bus, BusUnref>;

struct MessageUnref {
  void operator()(sd_bus_message* message) const { sd_bus_message_unref(message); }
};
using Message = std::unique_ptr<sd_bus_message, MessageUnref>;

Bus connect(const std::string& bus_address) {
  sd_bus* bus = nullptr;
  if (bus_address.empty()) {
    if (sd_bus_open_system(&bus) < 0) return nullptr;
    return Bus(bus);
  }
  if (sd_bus_new(&bus) < 0) return nullptr;
  Bus owned(bus);
  if (sd_bus_set_address(bus, bus_address.c_str()) < 0 || sd_bus_set_bus_client(bus, 1) < 0 ||
      sd_bus_start(bus) < 0) {
    return nullptr;
  }
  return owned;
}

// Calls a method of avahi's server that takes nothing; the reply, or null when
// there is none (no such service, an error, or the timeout). The call does not
// start avahi through bus activation: the kiosk only asks one that runs.
Message call(sd_bus* bus, const char* member) {
  sd_bus_message* raw_request = nullptr;
  if (sd_bus_message_new_method_call(bus, &raw_request, kAvahiService, "/", kAvahiServerInterface,
                                     member) < 0) {
    return nullptr;
  }
  const Message request(raw_request);
  if (sd_bus_message_set_auto_start(request.get(), 0) < 0) return nullptr;
  // Zeroed as SD_BUS_ERROR_NULL would, whose compound literal is C, not C++.
  sd_bus_error error{};
  sd_bus_message* reply = nullptr;
  const int result = sd_bus_call(bus, request.get(), 0, &error, &reply);
  sd_bus_error_free(&error);
  if (result < 0) return nullptr;
  return Message(reply);
}

std::optional<std::int32_t> server_state(sd_bus* bus) {
  const Message reply = call(bus, "GetState");
  std::int32_t state = 0;
  if (!reply || sd_bus_message_read(reply.get(), "i", &state) < 0) return std::nullopt;
  return state;
}

std::optional<std::string> host_name_fqdn(sd_bus* bus) {
  const Message reply = call(bus, "GetHostNameFqdn");
  const char* name = nullptr;
  if (!reply || sd_bus_message_read(reply.get(), "s", &name) < 0 || name == nullptr) {
    return std::nullopt;
  }
  return std::string(name);
}

// A name the setup page can show and a browser can use: printable, one line.
bool shown_as_host_name(const std::string& name) {
  if (name.empty() || name.size() > kLongestHostName) return false;
  for (const unsigned char character : name) {
    if (character <= ' ' || character == 0x7f || character == '/') return false;
  }
  return true;
}

}  // namespace

AvahiAnswer ask_avahi(std::chrono::milliseconds timeout, const std::string& bus_address) {
  const Bus bus = connect(bus_address);
  if (!bus) return {};
  const auto timeout_us = std::chrono::duration_cast<std::chrono::microseconds>(timeout);
  sd_bus_set_method_call_timeout(bus.get(), static_cast<std::uint64_t>(timeout_us.count()));

  const std::optional<std::int32_t> state = server_state(bus.get());
  if (!state) return {};
  if (*state != kAvahiServerRunning) return {AvahiAnswer::State::not_published, {}};
  std::optional<std::string> name = host_name_fqdn(bus.get());
  if (!name) return {};
  if (!shown_as_host_name(*name)) return {AvahiAnswer::State::not_published, {}};
  return {AvahiAnswer::State::published, std::move(*name)};
}

}  // namespace hgw::platform
