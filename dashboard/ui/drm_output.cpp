#include "drm_output.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/mman.h>
#include <unistd.h>
#include <xf86drm.h>
#include <xf86drmMode.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <limits>
#include <stdexcept>
#include <vector>

#include "drm_output_choice.hpp"

namespace hgw::ui {
namespace {

// How long a requested page flip may take before the output stops using flips: a
// vblank is 17 ms at 60 Hz; drivers without vblanks answer at once.
constexpr int kFlipTimeoutMs = 1000;

std::runtime_error drm_error(const std::string& device, const char* call, int error) {
  return std::runtime_error(device + ": " + call + ": " + std::strerror(error));
}

std::string connector_name(const drmModeConnector& connector) {
  const char* type = drmModeGetConnectorTypeName(connector.connector_type);
  return std::string(type != nullptr ? type : "Unknown") + "-" +
         std::to_string(connector.connector_type_id);
}

// What libdrm reports about the card, as the plain facts choose_drm_output reads.
DrmCardFacts read_card(int fd, const std::string& device) {
  drmModeRes* resources = drmModeGetResources(fd);
  if (resources == nullptr) throw drm_error(device, "drmModeGetResources", errno);
  DrmCardFacts card;
  card.crtc_ids.assign(resources->crtcs, resources->crtcs + resources->count_crtcs);
  for (int index = 0; index < resources->count_encoders; ++index) {
    drmModeEncoder* encoder = drmModeGetEncoder(fd, resources->encoders[index]);
    if (encoder == nullptr) continue;
    card.encoders.push_back({encoder->encoder_id, encoder->crtc_id, encoder->possible_crtcs});
    drmModeFreeEncoder(encoder);
  }
  for (int index = 0; index < resources->count_connectors; ++index) {
    drmModeConnector* connector = drmModeGetConnector(fd, resources->connectors[index]);
    if (connector == nullptr) continue;
    DrmConnectorFacts facts;
    facts.id = connector->connector_id;
    facts.name = connector_name(*connector);
    facts.connected = connector->connection == DRM_MODE_CONNECTED;
    facts.encoder_id = connector->encoder_id;
    facts.encoder_ids.assign(connector->encoders, connector->encoders + connector->count_encoders);
    for (int mode = 0; mode < connector->count_modes; ++mode) {
      const drmModeModeInfo& info = connector->modes[mode];
      facts.modes.push_back({info.hdisplay, info.vdisplay, static_cast<int>(info.vrefresh),
                             (info.type & DRM_MODE_TYPE_PREFERRED) != 0});
    }
    card.connectors.push_back(std::move(facts));
    drmModeFreeConnector(connector);
  }
  drmModeFreeResources(resources);
  return card;
}

drmModeModeInfo read_mode(int fd, const std::string& device, const DrmOutputChoice& choice) {
  drmModeConnector* connector = drmModeGetConnector(fd, choice.connector_id);
  if (connector == nullptr) throw drm_error(device, "drmModeGetConnector", errno);
  if (choice.mode_index >= static_cast<std::size_t>(connector->count_modes)) {
    drmModeFreeConnector(connector);
    throw std::runtime_error(device + ": " + choice.connector_name + "'s modes changed");
  }
  const drmModeModeInfo mode = connector->modes[choice.mode_index];
  drmModeFreeConnector(connector);
  return mode;
}

std::vector<std::filesystem::path> card_devices() {
  std::vector<std::filesystem::path> cards;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator("/dev/dri", error)) {
    if (entry.path().filename().string().starts_with("card")) cards.push_back(entry.path());
  }
  std::sort(cards.begin(), cards.end());
  return cards;
}

void flip_done(int, unsigned, unsigned, unsigned, void* flip_pending) {
  *static_cast<bool*>(flip_pending) = false;
}

}  // namespace

struct DrmOutput::State {
  struct DumbBuffer {
    std::uint32_t handle = 0;
    std::uint32_t pitch = 0;
    std::uint64_t size = 0;
    std::uint32_t framebuffer = 0;
    std::uint8_t* pixels = nullptr;
    std::size_t mapped_size = 0;  // size as mmap takes it: size_t is 32 bits on armhf
  };

  std::string device;
  int fd = -1;
  DrmOutputChoice choice;
  drmModeModeInfo mode{};
  drmModeCrtc* previous = nullptr;  // what the CRTC showed before, put back at the end
  std::array<DumbBuffer, 2> buffers{};
  int front = 0;
  bool page_flips = true;  // false once the driver refused one: drmModeSetCrtc instead
  bool flip_pending = false;

  ~State() {
    if (previous != nullptr) {
      // Before the buffers go: the CRTC must not be left showing a removed one.
      if (previous->mode_valid != 0 && previous->buffer_id != 0) {
        drmModeSetCrtc(fd, previous->crtc_id, previous->buffer_id, previous->x, previous->y,
                       &choice.connector_id, 1, &previous->mode);
      }
      drmModeFreeCrtc(previous);
    }
    for (DumbBuffer& buffer : buffers) {
      if (buffer.pixels != nullptr) ::munmap(buffer.pixels, buffer.mapped_size);
      if (buffer.framebuffer != 0) drmModeRmFB(fd, buffer.framebuffer);
      if (buffer.handle != 0) drmModeDestroyDumbBuffer(fd, buffer.handle);
    }
    if (fd >= 0) ::close(fd);
  }

  void create_buffer(DumbBuffer& buffer) {
    const auto width = static_cast<std::uint32_t>(choice.mode.width);
    const auto height = static_cast<std::uint32_t>(choice.mode.height);
    if (drmModeCreateDumbBuffer(fd, width, height, 32, 0, &buffer.handle, &buffer.pitch,
                                &buffer.size) != 0) {
      throw drm_error(device, "drmModeCreateDumbBuffer", errno);
    }
    // Depth 24, 32 bits a pixel: XRGB8888, the format every KMS driver scans out.
    if (drmModeAddFB(fd, width, height, 24, 32, buffer.pitch, buffer.handle, &buffer.framebuffer) !=
        0) {
      throw drm_error(device, "drmModeAddFB", errno);
    }
    std::uint64_t offset = 0;
    if (drmModeMapDumbBuffer(fd, buffer.handle, &offset) != 0) {
      throw drm_error(device, "drmModeMapDumbBuffer", errno);
    }
    if (buffer.size > std::numeric_limits<std::size_t>::max()) {
      throw std::runtime_error(device + ": a dumb buffer of " + std::to_string(buffer.size) +
                               " bytes does not fit this process's address space");
    }
    // mmap64: the offset is DRM's fake mmap offset, from 4 GiB up on a 64-bit kernel,
    // which a 32-bit process (armhf userland on the Pi's arm64 kernel) cannot pass in
    // the 32-bit off_t of plain mmap.
    void* pixels = ::mmap64(nullptr, static_cast<std::size_t>(buffer.size), PROT_READ | PROT_WRITE,
                            MAP_SHARED, fd, static_cast<off64_t>(offset));
    if (pixels == MAP_FAILED) throw drm_error(device, "mmap of a dumb buffer", errno);
    buffer.pixels = static_cast<std::uint8_t*>(pixels);
    buffer.mapped_size = static_cast<std::size_t>(buffer.size);
    fill_pixel_rows({buffer.pixels, buffer.pitch}, std::size_t{width} * 4, static_cast<int>(height),
                    0);
  }

  void set_crtc(int index) {
    if (drmModeSetCrtc(fd, choice.crtc_id, buffers[static_cast<std::size_t>(index)].framebuffer, 0,
                       0, &choice.connector_id, 1, &mode) != 0) {
      throw drm_error(device, "drmModeSetCrtc", errno);
    }
  }

  // Waits for the flip's event on the DRM descriptor; false when none came in time.
  bool wait_for_flip() {
    drmEventContext events{};
    events.version = 2;
    events.page_flip_handler = flip_done;
    while (flip_pending) {
      pollfd watch{fd, POLLIN, 0};
      const int ready = ::poll(&watch, 1, kFlipTimeoutMs);
      if (ready < 0 && errno == EINTR) continue;
      if (ready <= 0) return false;
      if (drmHandleEvent(fd, &events) != 0) return false;
    }
    return true;
  }
};

DrmOutput::DrmOutput() {
  std::string problems;
  for (const auto& path : card_devices()) {
    auto state = std::make_unique<State>();
    state->device = path.string();
    state->fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
    try {
      if (state->fd < 0) throw drm_error(state->device, "open", errno);
      state->choice = choose_drm_output(read_card(state->fd, state->device));
    } catch (const std::runtime_error& failure) {
      // Another card (a second GPU, vgem) may have the screen.
      const std::string what = failure.what();
      problems += (problems.empty() ? "" : "; ") +
                  (what.starts_with(state->device) ? what : state->device + ": " + what);
      continue;
    }
    state_ = std::move(state);
    break;
  }
  if (!state_) {
    throw std::runtime_error(problems.empty()
                                 ? "no DRM device (/dev/dri/card*)"
                                 : "no DRM device with a connected screen: " + problems);
  }
  State& state = *state_;
  // The first program to open a card is its master; a second (a desktop, another
  // kiosk) is not, and may not set a mode.
  if (drmIsMaster(state.fd) == 0) {
    throw std::runtime_error(state.device +
                             ": not DRM master (another program drives this screen)");
  }
  state.mode = read_mode(state.fd, state.device, state.choice);
  for (State::DumbBuffer& buffer : state.buffers)
    state.create_buffer(buffer);
  state.previous = drmModeGetCrtc(state.fd, state.choice.crtc_id);
  state.set_crtc(state.front);
}

DrmOutput::~DrmOutput() = default;

int DrmOutput::width() const {
  return state_->choice.mode.width;
}

int DrmOutput::height() const {
  return state_->choice.mode.height;
}

PixelRows DrmOutput::back_buffer() {
  State::DumbBuffer& back = state_->buffers[static_cast<std::size_t>(1 - state_->front)];
  return {back.pixels, back.pitch};
}

void DrmOutput::present() {
  State& state = *state_;
  const int back = 1 - state.front;
  if (state.page_flips) {
    state.flip_pending = true;
    if (drmModePageFlip(state.fd, state.choice.crtc_id,
                        state.buffers[static_cast<std::size_t>(back)].framebuffer,
                        DRM_MODE_PAGE_FLIP_EVENT, &state.flip_pending) == 0) {
      // Without its event the next flip would be refused as busy: mode sets from then on.
      if (!state.wait_for_flip()) state.page_flips = false;
      state.front = back;
      return;
    }
    state.flip_pending = false;
    state.page_flips = false;
  }
  state.set_crtc(back);
  state.front = back;
}

std::string DrmOutput::description() const {
  const State& state = *state_;
  return state.device + ", " + state.choice.connector_name + ", " +
         std::to_string(state.choice.mode.width) + "\u00d7" +
         std::to_string(state.choice.mode.height) + " at " +
         std::to_string(state.choice.mode.refresh) + " Hz, " +
         (state.page_flips ? "page flips" : "mode sets");
}

}  // namespace hgw::ui
