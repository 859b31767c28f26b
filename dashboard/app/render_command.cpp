#include "render_command.hpp"

#include <chrono>
#include <exception>
#include <memory>
#include <string>

#include "core/clock.hpp"
#include "core/demo_school.hpp"
#include "core/editor_status.hpp"
#include "core/enum_keys.hpp"
#include "ui/headless_renderer.hpp"
#include "version.hpp"
#include "wall_input.hpp"

namespace hgw::app {
namespace {

// Stable file names whatever the rotation: 01-overzicht … 06-ondersteuning.
std::string page_file_name(core::Page page) {
  const int number = core::page_number(page);
  return (number < 10 ? "0" : "") + std::to_string(number) + "-" +
         std::string(core::enum_key(page)) + ".png";
}

}  // namespace

bool render_pages_to_folder(const core::ViewModel& model, const ui::SetupInfo& setup,
                            const std::vector<core::Page>& pages, ScreenSize size,
                            const std::filesystem::path& folder, bool verbose, std::ostream& out,
                            std::ostream& err) {
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
  const bool setup_page = ui::shows_setup_page(model, &setup);
  std::vector<std::pair<core::Page, std::string>> frames;
  if (setup_page) {
    frames.emplace_back(core::Page::overzicht, "01-setup.png");
  } else {
    for (const core::Page page : pages)
      frames.emplace_back(page, page_file_name(page));
  }
  for (const auto& [page, file_name] : frames) {
    const auto started = std::chrono::steady_clock::now();
    renderer->render(ui::FrameRequest{&model, page, &setup});
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
  const core::Instant now = command.now.value_or(system_clock.now());
  core::ViewOptions options;
  options.language = command.language;
  options.theme = command.theme;

  std::optional<core::Document> document;
  std::optional<core::Config> config;
  if (command.inputs.empty()) {
    document = core::demo_document(now);
    options.is_demo = true;
  } else {
    core::DecodeOptions decode_options;
    decode_options.now = command.now;
    // --config lends URLs the token_file and ca_file of their source, as for validate.
    if (command.config_path) {
      core::ConfigResult loaded = core::load_config(*command.config_path);
      for (const auto& entry : loaded.diagnostics.entries())
        err << entry.to_string() << '\n';
      if (!loaded.ok()) return 1;
      config = std::move(loaded.config);
    }
    document = load_inputs(command.inputs, decode_options, err, config ? &*config : nullptr);
  }
  if (!document) {
    err << "hgw-dashboard: nothing rendered: the documents have errors\n";
    return 1;
  }
  const core::ViewModel model = core::build_view_model(*document, now, options);
  ui::SetupInfo setup;
  setup.host_name = host_name();
  setup.version = kVersion;
  if (config) {
    setup.config_path = *command.config_path;
    setup.editor = core::editor_status(*config);
  }
  const std::vector<core::Page> pages =
      command.page ? std::vector<core::Page>{*command.page} : model.pages;
  return render_pages_to_folder(model, setup, pages, command.size, command.out_dir, command.verbose,
                                out, err)
             ? 0
             : 1;
}

}  // namespace hgw::app
