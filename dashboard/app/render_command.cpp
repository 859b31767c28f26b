#include "render_command.hpp"

#include <chrono>
#include <exception>
#include <memory>
#include <string>

#include "core/clock.hpp"
#include "core/demo_school.hpp"
#include "core/enum_keys.hpp"
#include "device_facts.hpp"
#include "first_run_input.hpp"
#include "ui/headless_renderer.hpp"
#include "wall_input.hpp"

namespace hgw::app {
namespace {

// Stable file names whatever the rotation: 01-overzicht … 06-ondersteuning, and
// for the further parts of a page in parts 05-acties-2, 05-acties-3 ….
std::string page_file_name(core::Page page, int part) {
  const int number = core::page_number(page);
  return (number < 10 ? "0" : "") + std::to_string(number) + "-" +
         std::string(core::enum_key(page)) + (part > 0 ? "-" + std::to_string(part + 1) : "") +
         ".png";
}

struct Frame {
  core::Page page;
  int part;
  std::string file_name;
};

}  // namespace

bool render_pages_to_folder(const core::WallModel& wall, const std::vector<core::Page>& pages,
                            ScreenSize size, const std::filesystem::path& folder, bool verbose,
                            std::ostream& out, std::ostream& err) {
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) {
    err << "hgw-dashboard: cannot create " << folder.string() << ": " << error.message() << '\n';
    return false;
  }
  std::unique_ptr<ui::HeadlessRenderer> renderer;
  try {
    renderer = std::make_unique<ui::HeadlessRenderer>(size.width, size.height);
  } catch (const std::exception& failure) {
    err << "hgw-dashboard: " << failure.what() << '\n';
    return false;
  }
  if (verbose) {
    out << "font atlas " << renderer->fonts().atlas_width() << "x"
        << renderer->fonts().atlas_height() << " for " << size.width << "x" << size.height << '\n';
  }
  // Every part of every page: exactly what the wall shows over one rotation.
  std::vector<Frame> frames;
  if (wall.setup.shown) {
    frames.push_back({core::Page::overzicht, 0, "01-setup.png"});
  } else {
    for (const core::Page page : pages) {
      const int parts = renderer->part_count(ui::FrameRequest{&wall.view, page, &wall.setup});
      for (int part = 0; part < parts; ++part)
        frames.push_back({page, part, page_file_name(page, part)});
    }
  }
  for (const auto& [page, part, file_name] : frames) {
    const auto started = std::chrono::steady_clock::now();
    renderer->render(ui::FrameRequest{&wall.view, page, &wall.setup, part});
    const auto drawn = std::chrono::steady_clock::now();
    const std::filesystem::path path = folder / file_name;
    if (!renderer->write_png(path.string())) {
      err << "hgw-dashboard: cannot write " << path.string() << '\n';
      return false;
    }
    out << path.string();
    if (verbose) {
      const auto milliseconds = [](auto duration) {
        return std::chrono::duration<double, std::milli>(duration).count();
      };
      out << "  (frame " << milliseconds(drawn - started) << " ms, PNG "
          << milliseconds(std::chrono::steady_clock::now() - drawn) << " ms)";
    }
    out << '\n';
  }
  return true;
}

int run_render(const CommandLine& command, std::ostream& out, std::ostream& err) {
  const core::SystemClock system_clock;
  core::WallInputs inputs;
  inputs.now = command.now.value_or(system_clock.now());
  inputs.overrides = {command.language, command.theme};
  platform::MdnsName mdns;
  fill_device_facts(inputs.facts, mdns);

  std::optional<core::Document> document;
  std::optional<core::Config> config;
  if (command.inputs.empty()) {
    document = core::demo_document(inputs.now);
    inputs.is_demo = true;
  } else {
    core::DecodeOptions decode_options;
    decode_options.now = command.now;
    // --config lends URLs the token_file and ca_file of their source, as for validate,
    // and the wall's display settings.
    if (command.config_path) {
      core::ConfigResult loaded = core::load_config(*command.config_path);
      for (const auto& entry : loaded.diagnostics.entries())
        err << entry.to_string() << '\n';
      if (!loaded.ok()) return 1;
      config = std::move(loaded.config);
      inputs.facts.config_path = *command.config_path;
      // As the kiosk reads it: an empty board with the device's config draws the
      // setup page with the setup code, as the wall shows it.
      inputs.facts.first_run = read_first_run_file(config->board.first_run_file, err);
    }
    document = load_inputs(command.inputs, decode_options, err, config ? &*config : nullptr);
  }
  if (!document) {
    err << "hgw-dashboard: nothing rendered: the documents have errors\n";
    return 1;
  }
  inputs.document = std::make_shared<const core::Document>(std::move(*document));
  inputs.config = config ? &*config : nullptr;
  const core::WallModel wall = core::build_wall_model(inputs);
  const std::vector<core::Page> pages =
      command.page ? std::vector<core::Page>{*command.page} : wall.view.pages;
  return render_pages_to_folder(wall, pages, command.size, command.out_dir, command.verbose, out,
                                err)
             ? 0
             : 1;
}

}  // namespace hgw::app
