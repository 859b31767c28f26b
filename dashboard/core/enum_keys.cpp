#include "enum_keys.hpp"

#include <array>

namespace hgw::core {
namespace {

constexpr std::array<Row<Phase>, 4> kPhases{{
    {Phase::signaleren_analyseren,
     "signaleren_analyseren",
     {"Signaleren en analyseren", "Signal and analyse"}},
    {Phase::behoeften_formuleren,
     "behoeften_formuleren",
     {"Behoeften en aanhaakactie formuleren", "Formulate needs and actions"}},
    {Phase::plannen_uitvoeren,
     "plannen_uitvoeren",
     {"Aanbod plannen en uitvoeren", "Plan and deliver teaching"}},
    {Phase::evalueren_aanscherpen,
     "evalueren_aanscherpen",
     {"Evalueren en aanscherpen", "Evaluate and sharpen"}},
}};
constexpr std::array<Row<MeetingKind>, 5> kMeetingKinds{{
    {MeetingKind::groepsbespreking, "groepsbespreking", {"Groepsbespreking", "Group review"}},
    {MeetingKind::leerlingbespreking, "leerlingbespreking", {"Leerlingbespreking", "Pupil review"}},
    {MeetingKind::mdo, "mdo", {"MDO", "Multidisciplinary meeting"}},
    {MeetingKind::trendanalyse, "trendanalyse", {"Trendanalyse", "Trend analysis"}},
    {MeetingKind::teamvergadering, "teamvergadering", {"Teamvergadering", "Team meeting"}},
}};
constexpr std::array<Row<Domain>, 3> kDomains{{
    {Domain::leren, "leren", {"Leren", "Learning"}},
    {Domain::werkhouding, "werkhouding", {"Werkhouding", "Work attitude"}},
    {Domain::sociaal_emotioneel, "sociaal_emotioneel", {"Sociaal-emotioneel", "Social-emotional"}},
}};
constexpr std::array<Row<GoalStatus>, 4> kGoalStatuses{{
    {GoalStatus::op_koers, "op_koers", {"Op koers", "On course"}},
    {GoalStatus::aandacht, "aandacht", {"Aandacht", "Needs attention"}},
    {GoalStatus::behaald, "behaald", {"Behaald", "Achieved"}},
    {GoalStatus::niet_behaald, "niet_behaald", {"Niet behaald", "Not achieved"}},
}};
constexpr std::array<Row<ActionStatus>, 3> kActionStatuses{{
    {ActionStatus::open, "open", {"Open", "Open"}},
    {ActionStatus::bezig, "bezig", {"Bezig", "In progress"}},
    {ActionStatus::gereed, "gereed", {"Gereed", "Done"}},
}};
constexpr std::array<Row<Role>, 3> kRoles{{
    {Role::leercoordinator, "leercoordinator", {"Leercoördinator", "Learning coordinator"}},
    {Role::trendanalist, "trendanalist", {"Trendanalist", "Trend analyst"}},
    {Role::zorgregisseur, "zorgregisseur", {"Zorgregisseur", "Care coordinator"}},
}};
constexpr std::array<Row<Unit>, 3> kUnits{{
    {Unit::percent, "percent", {}},
    {Unit::score, "score", {}},
    {Unit::count, "count", {}},
}};
constexpr std::array<Row<Priority>, 2> kPriorities{{
    {Priority::normal, "normal", {}},
    {Priority::high, "high", {}},
}};
constexpr std::array<Row<Page>, 6> kPages{{
    {Page::overzicht, "overzicht", {"Overzicht", "Overview"}, 1},
    {Page::cyclus, "cyclus", {"Cyclus", "Cycle"}, 2},
    {Page::doelen, "doelen", {"Doelen", "Goals"}, 3},
    {Page::trends, "trends", {"Trends", "Trends"}, 4},
    {Page::acties, "acties", {"Acties", "Actions"}, 5},
    {Page::ondersteuning, "ondersteuning", {"Ondersteuning", "Support"}, 6},
}};
constexpr std::array<Row<Language>, 2> kLanguages{{
    {Language::nl, "nl", {}},
    {Language::en, "en", {}},
}};
constexpr std::array<Row<Theme>, 2> kThemes{{
    {Theme::dark, "dark", {}},
    {Theme::light, "light", {}},
}};
constexpr std::array<Row<Weekday>, 7> kWeekdays{{
    {Weekday::monday, "ma", {"maandag", "Monday"}, {"ma", "Mon"}},
    {Weekday::tuesday, "di", {"dinsdag", "Tuesday"}, {"di", "Tue"}},
    {Weekday::wednesday, "wo", {"woensdag", "Wednesday"}, {"wo", "Wed"}},
    {Weekday::thursday, "do", {"donderdag", "Thursday"}, {"do", "Thu"}},
    {Weekday::friday, "vr", {"vrijdag", "Friday"}, {"vr", "Fri"}},
    {Weekday::saturday, "za", {"zaterdag", "Saturday"}, {"za", "Sat"}},
    {Weekday::sunday, "zo", {"zondag", "Sunday"}, {"zo", "Sun"}},
}};

static_assert(one_row_per_value(kPhases), "every Phase needs exactly one row, in order");
static_assert(one_row_per_value(kMeetingKinds), "every MeetingKind needs exactly one row");
static_assert(one_row_per_value(kDomains), "every Domain needs exactly one row, in order");
static_assert(one_row_per_value(kGoalStatuses), "every GoalStatus needs exactly one row");
static_assert(one_row_per_value(kActionStatuses), "every ActionStatus needs exactly one row");
static_assert(one_row_per_value(kRoles), "every Role needs exactly one row, in order");
static_assert(one_row_per_value(kUnits), "every Unit needs exactly one row, in order");
static_assert(one_row_per_value(kPriorities), "every Priority needs exactly one row");
static_assert(one_row_per_value(kPages), "every Page needs exactly one row, in order");
static_assert(one_row_per_value(kLanguages), "every Language needs exactly one row");
static_assert(one_row_per_value(kThemes), "every Theme needs exactly one row, in order");
static_assert(one_row_per_value(kWeekdays), "every Weekday needs exactly one row");

}  // namespace

std::span<const Row<Phase>> enum_rows(Phase) {
  return kPhases;
}
std::span<const Row<MeetingKind>> enum_rows(MeetingKind) {
  return kMeetingKinds;
}
std::span<const Row<Domain>> enum_rows(Domain) {
  return kDomains;
}
std::span<const Row<GoalStatus>> enum_rows(GoalStatus) {
  return kGoalStatuses;
}
std::span<const Row<ActionStatus>> enum_rows(ActionStatus) {
  return kActionStatuses;
}
std::span<const Row<Role>> enum_rows(Role) {
  return kRoles;
}
std::span<const Row<Unit>> enum_rows(Unit) {
  return kUnits;
}
std::span<const Row<Priority>> enum_rows(Priority) {
  return kPriorities;
}
std::span<const Row<Page>> enum_rows(Page) {
  return kPages;
}
std::span<const Row<Language>> enum_rows(Language) {
  return kLanguages;
}
std::span<const Row<Theme>> enum_rows(Theme) {
  return kThemes;
}
std::span<const Row<Weekday>> enum_rows(Weekday) {
  return kWeekdays;
}

int page_number(Page page) {
  const auto* row = enum_row(page);
  return row ? row->number : 0;
}

}  // namespace hgw::core
