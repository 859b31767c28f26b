#include "core/i18n.hpp"

#include <doctest/doctest.h>

using namespace hgw::core;

TEST_CASE("Dutch dates are written the Dutch way") {
  CHECK(format_long_date(Date{2026, 11, 30}, Language::nl) == "maandag 30 november");
  CHECK(format_long_date(Date{2026, 11, 30}, Language::nl, true) == "maandag 30 november 2026");
  CHECK(format_long_date(Date{2027, 3, 3}, Language::nl) == "woensdag 3 maart");
  CHECK(format_short_date(Date{2026, 12, 3}, Language::nl) == "do 3 dec");
  CHECK(format_short_date(Date{2027, 3, 1}, Language::nl) == "ma 1 mrt");
  CHECK(format_long_date(Date{2026, 11, 30}, Language::en) == "Monday 30 November");
  CHECK(format_short_date(Date{2026, 12, 3}, Language::en) == "Thu 3 Dec");
}

TEST_CASE("numbers: decimal comma in Dutch, no needless decimals") {
  CHECK(format_number(78.5, Language::nl) == "78,5");
  CHECK(format_number(78.5, Language::en) == "78.5");
  CHECK(format_number(71.0, Language::nl) == "71");
  CHECK(format_number(70.96, Language::nl) == "71");
  CHECK(format_number(-0.01, Language::nl) == "0");
  CHECK(format_value(78.5, Unit::percent, Language::nl) == "78,5%");
  CHECK(format_value(131, Unit::score, Language::nl) == "131");
}

TEST_CASE("day counts in words") {
  CHECK(format_days_from_today(0, Language::nl) == "vandaag");
  CHECK(format_days_from_today(1, Language::nl) == "morgen");
  CHECK(format_days_from_today(-1, Language::nl) == "gisteren");
  CHECK(format_days_from_today(5, Language::nl) == "over 5 dagen");
  CHECK(format_days_from_today(-3, Language::nl) == "3 dagen geleden");
  CHECK(format_days_from_today(5, Language::en) == "in 5 days");
  CHECK(format_days_left(1, Language::nl) == "nog 1 dag");
  CHECK(format_days_left(0, Language::nl) == "laatste dag");
  CHECK(format_days_left(-2, Language::nl) == "2 dagen over tijd");
  CHECK(format_days_left(-1, Language::en) == "1 day overdue");
}

TEST_CASE("every label exists in both languages") {
  for (const Language language : {Language::nl, Language::en}) {
    for (int i = 0; i < 4; ++i)
      CHECK_FALSE(label(static_cast<Phase>(i), language).empty());
    for (int i = 0; i < 5; ++i)
      CHECK_FALSE(label(static_cast<MeetingKind>(i), language).empty());
    for (int i = 0; i < 6; ++i)
      CHECK_FALSE(label(static_cast<Page>(i), language).empty());
    for (int i = 0; i <= static_cast<int>(Phrase::overview_care); ++i) {
      CHECK_FALSE(phrase(static_cast<Phrase>(i), language).empty());
    }
    for (int level = 1; level <= 4; ++level)
      CHECK_FALSE(support_level_label(level, language).empty());
  }
  CHECK(label(Phase::behoeften_formuleren, Language::nl) == "Behoeften en aanhaakactie formuleren");
  CHECK(label(Phase::plannen_uitvoeren, Language::en) == "Plan and deliver teaching");
  CHECK(label(Role::leercoordinator, Language::nl) == "Leercoördinator");
}

TEST_CASE("subjects: known ones by name, unknown ones made readable") {
  CHECK(subject_label("begrijpend_lezen", Language::nl) == "Begrijpend lezen");
  CHECK(subject_label("begrijpend_lezen", Language::en) == "Reading comprehension");
  CHECK(subject_label("engelse_taal", Language::nl) == "Engelse taal");
  CHECK(subject_label("", Language::nl).empty());
}

TEST_CASE("groups: a run of three or more is a range, two are joined with en") {
  const auto nl = [](std::vector<std::string> groups) {
    return format_group_list(groups, Language::nl);
  };
  const auto en = [](std::vector<std::string> groups) {
    return format_group_list(groups, Language::en);
  };
  CHECK(nl({}).empty());
  CHECK(nl({"8"}) == "groep 8");
  CHECK(nl({"4", "5"}) == "groep 4 en 5");
  CHECK(nl({"1", "2", "3"}) == "groep 1 t/m 3");
  CHECK(nl({"6", "7", "8"}) == "groep 6 t/m 8");
  CHECK(nl({"3", "5", "7"}) == "groep 3, 5 en 7");
  CHECK(nl({"1", "2", "3", "5"}) == "groep 1 t/m 3 en 5");
  CHECK(nl({"5a", "5b"}) == "groep 5a en 5b");
  CHECK(nl({"Peuters"}) == "Peuters");
  CHECK(en({"8"}) == "group 8");
  CHECK(en({"4", "5"}) == "groups 4 and 5");
  CHECK(en({"1", "2", "3"}) == "groups 1–3");
  CHECK(en({"3", "5", "7"}) == "groups 3, 5 and 7");
}

TEST_CASE("countdowns say what they count down to") {
  CHECK(format_phase_left(11, Language::nl) == "fase nog 11 dagen");
  CHECK(format_phase_left(-2, Language::nl) == "fase 2 dagen over tijd");
  CHECK(format_phase_left(11, Language::en) == "phase: 11 days left");
  CHECK(format_meeting_countdown(MeetingKind::groepsbespreking, 8, Language::nl) ==
        "groepsbespreking over 8 dagen");
  CHECK(format_meeting_countdown(MeetingKind::mdo, 0, Language::nl) == "MDO vandaag");
  CHECK(format_meeting_countdown(MeetingKind::groepsbespreking, 8, Language::en) ==
        "group review in 8 days");
  CHECK(join_parts({"fase nog 11 dagen", "groepsbespreking over 8 dagen"}) ==
        "fase nog 11 dagen · groepsbespreking over 8 dagen");
  CHECK(join_parts({"fase nog 11 dagen", ""}) == "fase nog 11 dagen");
}
