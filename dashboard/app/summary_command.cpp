#include "summary_command.hpp"

#include "core/clock.hpp"
#include "core/decode_document.hpp"
#include "core/demo_school.hpp"
#include "core/view_model.hpp"

namespace hgw::app {
namespace {

void print_goals(const core::ViewModel& model, std::ostream& out) {
  for (const auto& group : model.goal_groups) {
    out << "\n== " << group.label << " ==\n";
    for (const auto& goal : group.goals) {
      out << "  [" << (goal.status_label.empty() ? "-" : goal.status_label) << "] " << goal.title
          << " (" << goal.team_label << ")\n";
      if (!goal.target_text.empty()) {
        out << "      " << goal.baseline_text << " -> " << goal.current_text << " -> "
            << goal.target_text;
        if (!goal.evaluation_text.empty()) out << "; " << goal.evaluation_text;
        out << '\n';
      }
    }
  }
}

void print_rest(const core::ViewModel& model, std::ostream& out) {
  out << "\n== Cyclus ==\n";
  for (const auto& team : model.teams) {
    out << "  " << team.name << ": " << team.phase_label;
    if (!team.days_left_text.empty()) out << " (" << team.days_left_text << ")";
    if (team.next_meeting) {
      out << "; " << team.next_meeting->kind_label << " " << team.next_meeting->date_text << " "
          << team.next_meeting->time_text;
    }
    out << '\n';
  }
  out << "\n== Trends ==\n";
  for (const auto& trend : model.trends) {
    out << "  " << trend.title << ": " << trend.latest_text << ", " << trend.direction_label;
    if (trend.latest_below_reference) out << " (onder " << trend.reference_label << ")";
    if (!trend.suppressed_text.empty()) out << "; " << trend.suppressed_text;
    out << '\n';
  }
  for (const auto& group : model.action_groups) {
    out << "\n== Acties: " << group.label << " ==\n";
    for (const auto& action : group.actions) {
      out << "  " << action.when_text << " (" << action.relative_text << ") " << action.what
          << " — " << action.who << '\n';
    }
  }
  if (model.support.present) {
    out << "\n== Ondersteuning ==\n";
    for (const auto& level : model.support.levels) {
      out << "  " << level.level << " " << level.label << ": " << level.count_text << " ("
          << level.share_text << ")\n";
    }
  }
  for (const auto& message : model.messages)
    out << "\n! " << message.text << '\n';
}

}  // namespace

int run_summary(const CommandLine& command, std::ostream& out, std::ostream& err) {
  if (command.config_path) {
    err << "hgw-dashboard: reading sources from a config file is not built yet; showing the demo "
           "school\n";
  }
  const core::DecodeResult demo = core::load_document(core::demo_school_json());
  if (!demo.document) {
    // Only a broken build gets here: the demo is validated by the test suite.
    for (const auto& entry : demo.diagnostics.entries())
      err << "demo school: " << entry.to_string() << '\n';
    return 1;
  }
  const core::SystemClock system_clock;
  const core::Instant now = command.now.value_or(system_clock.now());
  core::ViewOptions options;
  options.language = command.language;
  options.is_demo = true;
  const core::ViewModel model = core::build_view_model(*demo.document, now, options);

  out << model.header.school_name << " — " << model.header.period_name << " — "
      << model.header.demo_text << '\n'
      << model.header.date_text << ' ' << model.header.time_text << " · " << model.freshness.text
      << '\n';
  print_goals(model, out);
  print_rest(model, out);
  return 0;
}

}  // namespace hgw::app
