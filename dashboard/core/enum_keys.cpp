#include "enum_keys.hpp"

#include <array>

namespace hgw::core {
namespace {

constexpr std::array<EnumKey<Phase>, 4> kPhases{{
    {Phase::signaleren_analyseren, "signaleren_analyseren"},
    {Phase::behoeften_formuleren, "behoeften_formuleren"},
    {Phase::plannen_uitvoeren, "plannen_uitvoeren"},
    {Phase::evalueren_aanscherpen, "evalueren_aanscherpen"},
}};
constexpr std::array<EnumKey<MeetingKind>, 5> kMeetingKinds{{
    {MeetingKind::groepsbespreking, "groepsbespreking"},
    {MeetingKind::leerlingbespreking, "leerlingbespreking"},
    {MeetingKind::mdo, "mdo"},
    {MeetingKind::trendanalyse, "trendanalyse"},
    {MeetingKind::teamvergadering, "teamvergadering"},
}};
constexpr std::array<EnumKey<Domain>, 3> kDomains{{
    {Domain::leren, "leren"},
    {Domain::werkhouding, "werkhouding"},
    {Domain::sociaal_emotioneel, "sociaal_emotioneel"},
}};
constexpr std::array<EnumKey<GoalStatus>, 4> kGoalStatuses{{
    {GoalStatus::op_koers, "op_koers"},
    {GoalStatus::aandacht, "aandacht"},
    {GoalStatus::behaald, "behaald"},
    {GoalStatus::niet_behaald, "niet_behaald"},
}};
constexpr std::array<EnumKey<ActionStatus>, 3> kActionStatuses{{
    {ActionStatus::open, "open"},
    {ActionStatus::bezig, "bezig"},
    {ActionStatus::gereed, "gereed"},
}};
constexpr std::array<EnumKey<Role>, 3> kRoles{{
    {Role::leercoordinator, "leercoordinator"},
    {Role::trendanalist, "trendanalist"},
    {Role::zorgregisseur, "zorgregisseur"},
}};
constexpr std::array<EnumKey<Unit>, 3> kUnits{{
    {Unit::percent, "percent"},
    {Unit::score, "score"},
    {Unit::count, "count"},
}};
constexpr std::array<EnumKey<Priority>, 2> kPriorities{{
    {Priority::normal, "normal"},
    {Priority::high, "high"},
}};
constexpr std::array<EnumKey<Page>, 6> kPages{{
    {Page::overzicht, "overzicht"},
    {Page::cyclus, "cyclus"},
    {Page::doelen, "doelen"},
    {Page::trends, "trends"},
    {Page::acties, "acties"},
    {Page::ondersteuning, "ondersteuning"},
}};
constexpr std::array<EnumKey<Language>, 2> kLanguages{{
    {Language::nl, "nl"},
    {Language::en, "en"},
}};
constexpr std::array<EnumKey<Theme>, 2> kThemes{{
    {Theme::dark, "dark"},
    {Theme::light, "light"},
}};
constexpr std::array<EnumKey<Weekday>, 7> kWeekdays{{
    {Weekday::monday, "ma"},
    {Weekday::tuesday, "di"},
    {Weekday::wednesday, "wo"},
    {Weekday::thursday, "do"},
    {Weekday::friday, "vr"},
    {Weekday::saturday, "za"},
    {Weekday::sunday, "zo"},
}};

}  // namespace

std::span<const EnumKey<Phase>> enum_keys(Phase) {
  return kPhases;
}
std::span<const EnumKey<MeetingKind>> enum_keys(MeetingKind) {
  return kMeetingKinds;
}
std::span<const EnumKey<Domain>> enum_keys(Domain) {
  return kDomains;
}
std::span<const EnumKey<GoalStatus>> enum_keys(GoalStatus) {
  return kGoalStatuses;
}
std::span<const EnumKey<ActionStatus>> enum_keys(ActionStatus) {
  return kActionStatuses;
}
std::span<const EnumKey<Role>> enum_keys(Role) {
  return kRoles;
}
std::span<const EnumKey<Unit>> enum_keys(Unit) {
  return kUnits;
}
std::span<const EnumKey<Priority>> enum_keys(Priority) {
  return kPriorities;
}
std::span<const EnumKey<Page>> enum_keys(Page) {
  return kPages;
}
std::span<const EnumKey<Language>> enum_keys(Language) {
  return kLanguages;
}
std::span<const EnumKey<Theme>> enum_keys(Theme) {
  return kThemes;
}
std::span<const EnumKey<Weekday>> enum_keys(Weekday) {
  return kWeekdays;
}

}  // namespace hgw::core
