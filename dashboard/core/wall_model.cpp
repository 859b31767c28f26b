#include "wall_model.hpp"

#include "editor_status.hpp"
#include "i18n.hpp"

namespace hgw::core {
namespace {

// The port of the editor on the school network: hgw-board's own HTTPS listener
// when [board] listen opens one beyond loopback, else the front (nginx,
// firmware/nginx/hgw-board.conf), which serves it on 8443.
constexpr int kFrontPort = 8443;

int editor_port(const BoardConfig& board) {
  for (const ListenAddress& listener : board.listen) {
    if (!is_loopback_host(listener.host)) return listener.port;
  }
  return kFrontPort;
}

// "https://192.168.1.20:8443/": an IPv4 address first (it needs no name service),
// else IPv6 in brackets, else the host name; empty when there is none.
std::string editor_address(const SetupFacts& facts, const BoardConfig& board) {
  std::string host;
  for (const auto& address : facts.addresses) {
    if (address.find(':') == std::string::npos) {
      host = address;
      break;
    }
  }
  if (host.empty() && !facts.addresses.empty()) host = "[" + facts.addresses.front() + "]";
  if (host.empty()) host = facts.host_name;
  if (host.empty()) return {};
  return "https://" + host + ":" + std::to_string(editor_port(board)) + "/";
}

// "https://hgw-wall.local:8443/" when avahi publishes the device's name.
std::string editor_name_address(const SetupFacts& facts, const BoardConfig& board) {
  if (facts.mdns_name.empty()) return {};
  return "https://" + facts.mdns_name + ":" + std::to_string(editor_port(board)) + "/";
}

// The editor's sentence: what to do at the address shown beside it.
std::string editor_text(EditorStatus status, Language language) {
  switch (status) {
    case EditorStatus::not_here:
      return {};
    case EditorStatus::no_password:
      return std::string(phrase(Phrase::setup_first_run_instruction, language));
    case EditorStatus::waiting:
      return std::string(phrase(Phrase::setup_editor_waiting, language));
    case EditorStatus::ready:
      break;
  }
  return std::string(phrase(Phrase::setup_editor_ready, language));
}

// The setup code while it holds, and until when in the wall's local time: the
// board writes a new one at that moment, and the wall reads it at the next minute.
void describe_setup_code(const FirstRunNotice& notice, const Instant& now, Language language,
                         SetupView& setup) {
  if (notice.valid_until && now.unix_seconds >= notice.valid_until->unix_seconds) {
    setup.setup_code_until = phrase(Phrase::setup_code_expired, language);
    return;
  }
  setup.setup_code = grouped_setup_code(notice.setup_code);
  if (notice.valid_until) {
    const Instant until{notice.valid_until->unix_seconds, now.utc_offset_minutes};
    setup.setup_code_until = std::string(phrase(Phrase::setup_code_valid_until, language)) + " " +
                             format_time_of_day(local_time(until));
  }
}

void describe_editor(const WallInputs& inputs, Language language, SetupView& setup) {
  const SetupFacts& facts = inputs.facts;
  const BoardConfig& board = inputs.config->board;
  setup.editor = editor_status(*inputs.config, facts.first_run);
  if (setup.editor == EditorStatus::not_here) return;
  setup.editor_address = editor_address(facts, board);
  setup.editor_name_address = editor_name_address(facts, board);
  setup.editor_text = editor_text(setup.editor, language);
  if (facts.first_run) setup.certificate_sha256 = facts.first_run->certificate_sha256;
  if (setup.editor == EditorStatus::no_password)
    describe_setup_code(*facts.first_run, inputs.now, language, setup);
}

// A config error in the wall's language: its path (`FILE:LINE: [section] key`)
// taken apart into the line and the setting; i18n says the rest.
std::string config_error_text(const Diagnostic& error, const std::string& file, Language language) {
  std::string place = error.path;
  std::string line;
  if (!file.empty() && place.rfind(file, 0) == 0) {
    place.erase(0, file.size());
    if (place.starts_with(":")) {
      place.erase(0, 1);
      const auto end = place.find(':');
      line = place.substr(0, end);
      place = end == std::string::npos ? std::string() : place.substr(end + 1);
    }
    while (place.starts_with(":") || place.starts_with(" "))
      place.erase(0, 1);
    if (line.empty() && place.empty()) place = error.path;  // the file as a whole
  }
  return format_config_error(line, place, error.message, language);
}

// Where the fix is: the config file when the problem is there, the editor when it
// is on this device, else wherever the data is made.
Phrase help_for(const WallInputs& inputs, EditorStatus editor) {
  if (inputs.facts.problem == SetupProblem::unreadable) return Phrase::setup_help;
  if (editor != EditorStatus::not_here) return Phrase::setup_help_editor;
  return Phrase::setup_help_source;
}

SetupView build_setup_view(const WallInputs& inputs, const ViewModel& view) {
  const SetupFacts& facts = inputs.facts;
  SetupView setup;
  setup.config_path = facts.config_path;
  setup.device = facts.device;
  setup.version = facts.version;
  setup.details = facts.details;
  for (const auto& error : facts.config_errors)
    setup.details.push_back(config_error_text(error, facts.config_path, view.language));
  if (inputs.config != nullptr) describe_editor(inputs, view.language, setup);
  setup.help_text = phrase(help_for(inputs, setup.editor), view.language);
  if (facts.present) setup.present_text = format_present(*facts.present, view.language);
  if (facts.problem) {
    setup.problem = *facts.problem;
  } else if (setup.editor == EditorStatus::no_password) {
    setup.problem = SetupProblem::no_password;
  } else if (inputs.document == nullptr) {
    // Sources configured, none has answered yet: say which and why.
    for (const auto& source : inputs.sources) {
      std::string problem = source_problem_text(source, view.language, inputs.now);
      if (problem.empty())
        problem = std::string(phrase(Phrase::waiting_for_first_answer, view.language));
      setup.details.push_back(url_without_credentials(source.url) + ": " + problem);
    }
  }
  setup.shown =
      facts.problem.has_value() || setup.editor == EditorStatus::no_password || !view.has_content();
  return setup;
}

}  // namespace

WallModel build_wall_model(const WallInputs& inputs) {
  static const DisplayConfig kNoDisplayDefaults{};
  static const ScheduleConfig kNoScheduleDefaults{};
  const DisplayConfig& display = inputs.config ? inputs.config->display : kNoDisplayDefaults;
  const ScheduleConfig& hours = inputs.config ? inputs.config->schedule : kNoScheduleDefaults;
  Document empty;
  empty.format = "hgw-dashboard/1";
  const Document& shown = inputs.document ? *inputs.document : empty;

  WallModel wall;
  ViewOptions options = wall_view_options(display, shown, inputs.overrides);
  options.is_demo = inputs.is_demo;
  wall.view = build_view_model(shown, inputs.now, options);
  wall.view.page_seconds = wall_page_seconds(display, shown, wall.view.page_seconds);
  if (wall.view.pages.empty()) wall.view.pages.push_back(Page::overzicht);
  wall.view.problems = source_problems(inputs.sources, wall.view.language, inputs.now);
  wall.setup = build_setup_view(inputs, wall.view);
  wall.schedule = wall_schedule(hours, shown);
  return wall;
}

bool wall_screen_on(const WallModel& wall, const Instant& now) {
  return wall.setup.shown || screen_on_at(wall.schedule, local_date(now), local_time(now));
}

bool same_but_clock(const WallModel& before, const WallModel& after) {
  if (!(before.setup == after.setup)) return false;
  // Once a minute: a copy of the model costs less than keeping a list of fields in
  // step with the view model, and a field added later is compared without a word.
  ViewModel clock_aside = after.view;
  clock_aside.header.time_text = before.view.header.time_text;
  clock_aside.freshness.age_minutes = before.view.freshness.age_minutes;
  return before.view == clock_aside;
}

}  // namespace hgw::core
