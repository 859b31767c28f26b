#include "i18n.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace hgw::core {
namespace {

struct Words {
  std::string_view nl;
  std::string_view en;
};

std::string_view pick(const Words& words, Language language) {
  return language == Language::nl ? words.nl : words.en;
}

template <std::size_t N, typename E>
std::string_view pick_indexed(const std::array<Words, N>& table, E value, Language language) {
  const auto index = static_cast<std::size_t>(value);
  return index < N ? pick(table[index], language) : std::string_view{};
}

constexpr std::array<Words, 4> kPhases{{
    {"Signaleren en analyseren", "Signal and analyse"},
    {"Behoeften en aanhaakactie formuleren", "Formulate needs and actions"},
    {"Aanbod plannen en uitvoeren", "Plan and deliver teaching"},
    {"Evalueren en aanscherpen", "Evaluate and sharpen"},
}};
constexpr std::array<Words, 5> kMeetingKinds{{
    {"Groepsbespreking", "Group review"},
    {"Leerlingbespreking", "Pupil review"},
    {"MDO", "Multidisciplinary meeting"},
    {"Trendanalyse", "Trend analysis"},
    {"Teamvergadering", "Team meeting"},
}};
constexpr std::array<Words, 3> kDomains{{
    {"Leren", "Learning"},
    {"Werkhouding", "Work attitude"},
    {"Sociaal-emotioneel", "Social-emotional"},
}};
constexpr std::array<Words, 4> kGoalStatuses{{
    {"Op koers", "On course"},
    {"Aandacht", "Needs attention"},
    {"Behaald", "Achieved"},
    {"Niet behaald", "Not achieved"},
}};
constexpr std::array<Words, 3> kActionStatuses{{
    {"Open", "Open"},
    {"Bezig", "In progress"},
    {"Gereed", "Done"},
}};
constexpr std::array<Words, 3> kRoles{{
    {"Leercoördinator", "Learning coordinator"},
    {"Trendanalist", "Trend analyst"},
    {"Zorgregisseur", "Care coordinator"},
}};
constexpr std::array<Words, 6> kPages{{
    {"Overzicht", "Overview"},
    {"Cyclus", "Cycle"},
    {"Doelen", "Goals"},
    {"Trends", "Trends"},
    {"Acties", "Actions"},
    {"Ondersteuning", "Support"},
}};
constexpr std::array<Words, 4> kDirections{{
    {"stijgend", "rising"},
    {"stabiel", "stable"},
    {"dalend", "falling"},
    {"te weinig metingen", "too few measurements"},
}};
constexpr std::array<Words, 4> kActionGroups{{
    {"Te laat", "Overdue"},
    {"Deze week", "This week"},
    {"Later", "Later"},
    {"Gereed", "Done"},
}};
constexpr std::array<Words, 27> kPhrases{{
    {"Hele school", "Whole school"},
    {"DEMO — voorbeeldschool", "DEMO — example school"},
    {"Geen gegevens", "No data"},
    {"Referentie", "Reference"},
    {"Start", "Start"},
    {"Nu", "Now"},
    {"Doel", "Target"},
    {"Waar gaan we heen?", "Where are we going?"},
    {"Hoe gaat het?", "How are we doing?"},
    {"Wat is de volgende stap?", "What is the next step?"},
    {"Wat", "What"},
    {"Wie", "Who"},
    {"Wanneer", "When"},
    {"Hoe", "How"},
    {"Waarom", "Why"},
    {"Volgende bijeenkomst", "Next meeting"},
    {"Volgend MDO", "Next MDT meeting"},
    {"Wat gaat goed", "What goes well"},
    {"Mededelingen", "Announcements"},
    {"leerlingen", "pupils"},
    {"Totaal", "Total"},
    {"(berekend)", "(derived)"},
    {"onder de referentie", "below the reference"},
    {"Gegevens van", "Data from"},
    {"Focus op leren", "Focus on learning"},
    {"Data en trends", "Data and trends"},
    {"Ondersteuning en zorg", "Support and care"},
}};
constexpr std::array<Words, 4> kSupportLevels{{
    {"Basisaanbod", "Core teaching"},
    {"Basisaanbod, extra aandacht", "Core teaching, extra attention"},
    {"Interne ondersteuning", "Internal support"},
    {"Externe ondersteuning (MDO)", "External support (MDT)"},
}};
constexpr std::array<Words, 7> kWeekdays{{
    {"maandag", "Monday"},
    {"dinsdag", "Tuesday"},
    {"woensdag", "Wednesday"},
    {"donderdag", "Thursday"},
    {"vrijdag", "Friday"},
    {"zaterdag", "Saturday"},
    {"zondag", "Sunday"},
}};
constexpr std::array<Words, 7> kWeekdaysShort{{
    {"ma", "Mon"},
    {"di", "Tue"},
    {"wo", "Wed"},
    {"do", "Thu"},
    {"vr", "Fri"},
    {"za", "Sat"},
    {"zo", "Sun"},
}};
constexpr std::array<Words, 12> kMonths{{
    {"januari", "January"},
    {"februari", "February"},
    {"maart", "March"},
    {"april", "April"},
    {"mei", "May"},
    {"juni", "June"},
    {"juli", "July"},
    {"augustus", "August"},
    {"september", "September"},
    {"oktober", "October"},
    {"november", "November"},
    {"december", "December"},
}};
constexpr std::array<Words, 12> kMonthsShort{{
    {"jan", "Jan"},
    {"feb", "Feb"},
    {"mrt", "Mar"},
    {"apr", "Apr"},
    {"mei", "May"},
    {"jun", "Jun"},
    {"jul", "Jul"},
    {"aug", "Aug"},
    {"sep", "Sep"},
    {"okt", "Oct"},
    {"nov", "Nov"},
    {"dec", "Dec"},
}};
static_assert(kPhrases.size() == static_cast<std::size_t>(Phrase::overview_care) + 1,
              "every Phrase needs its words");

struct Subject {
  std::string_view key;
  Words words;
};
constexpr std::array<Subject, 8> kSubjects{{
    {"rekenen", {"Rekenen", "Mathematics"}},
    {"begrijpend_lezen", {"Begrijpend lezen", "Reading comprehension"}},
    {"technisch_lezen", {"Technisch lezen", "Decoding"}},
    {"spelling", {"Spelling", "Spelling"}},
    {"taalverzorging", {"Taalverzorging", "Language conventions"}},
    {"woordenschat", {"Woordenschat", "Vocabulary"}},
    {"sociale_veiligheid", {"Sociale veiligheid", "Social safety"}},
    {"welbevinden", {"Welbevinden", "Well-being"}},
}};

std::string plural(std::int64_t count, std::string_view one, std::string_view many) {
  return std::to_string(count) + " " + std::string(count == 1 || count == -1 ? one : many);
}

}  // namespace

std::string_view label(Phase value, Language language) {
  return pick_indexed(kPhases, value, language);
}
std::string_view label(MeetingKind value, Language language) {
  return pick_indexed(kMeetingKinds, value, language);
}
std::string_view label(Domain value, Language language) {
  return pick_indexed(kDomains, value, language);
}
std::string_view label(GoalStatus value, Language language) {
  return pick_indexed(kGoalStatuses, value, language);
}
std::string_view label(ActionStatus value, Language language) {
  return pick_indexed(kActionStatuses, value, language);
}
std::string_view label(Role value, Language language) {
  return pick_indexed(kRoles, value, language);
}
std::string_view label(Page value, Language language) {
  return pick_indexed(kPages, value, language);
}
std::string_view label(TrendDirection value, Language language) {
  return pick_indexed(kDirections, value, language);
}
std::string_view label(ActionGroup value, Language language) {
  return pick_indexed(kActionGroups, value, language);
}
std::string_view phrase(Phrase value, Language language) {
  return pick_indexed(kPhrases, value, language);
}

std::string_view support_level_label(int level, Language language) {
  if (level < 1 || level > 4) return {};
  return pick(kSupportLevels[static_cast<std::size_t>(level - 1)], language);
}

std::string subject_label(std::string_view subject, Language language) {
  for (const auto& known : kSubjects) {
    if (known.key == subject) return std::string(pick(known.words, language));
  }
  std::string readable(subject);
  for (char& c : readable) {
    if (c == '_') c = ' ';
  }
  if (!readable.empty() && readable[0] >= 'a' && readable[0] <= 'z') {
    readable[0] = static_cast<char>(readable[0] - 'a' + 'A');
  }
  return readable;
}

std::string_view weekday_name(Weekday day, Language language) {
  return pick_indexed(kWeekdays, day, language);
}

std::string_view month_name(int month, Language language) {
  if (month < 1 || month > 12) return {};
  return pick(kMonths[static_cast<std::size_t>(month - 1)], language);
}

std::string format_long_date(const Date& date, Language language, bool with_year) {
  std::string text(weekday_name(weekday(date), language));
  text += " " + std::to_string(date.day) + " " + std::string(month_name(date.month, language));
  if (with_year) text += " " + std::to_string(date.year);
  return text;
}

std::string format_short_date(const Date& date, Language language) {
  return std::string(pick_indexed(kWeekdaysShort, weekday(date), language)) + " " +
         std::to_string(date.day) + " " +
         std::string(pick(kMonthsShort[static_cast<std::size_t>(date.month - 1)], language));
}

std::string format_number(double value, Language language, int decimals) {
  // Validation lets only finite numbers through, but a share or a mean of huge
  // ones may still overflow; a dash says "no figure" without lying.
  if (!std::isfinite(value)) return "–";
  // Past 10^15 the digits are noise (a double holds about 16) and a careless
  // 1e300 would be a line of 300 digits: "1,0e300" instead.
  if (std::fabs(value) >= 1e15) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1e", value);
    std::string text = buffer;
    const auto exponent = text.find('e');
    std::string mantissa = text.substr(0, exponent);
    std::string power = text.substr(exponent + 1);
    if (power.front() == '+') power.erase(0, 1);
    if (language == Language::nl) std::replace(mantissa.begin(), mantissa.end(), '.', ',');
    return mantissa + "e" + power;
  }
  const double scale = std::pow(10.0, decimals);
  const double rounded = std::round(value * scale) / scale;
  char buffer[64];
  if (std::fabs(rounded - std::round(rounded)) < 1e-9) {
    std::snprintf(buffer, sizeof buffer, "%.0f", rounded);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, rounded);
  }
  std::string text = buffer;
  if (text == "-0") text = "0";
  if (language == Language::nl) {
    for (char& c : text) {
      if (c == '.') c = ',';
    }
  }
  return text;
}

std::string format_count(std::int64_t count, Language language) {
  const std::string digits = std::to_string(count);
  const std::size_t sign = count < 0 ? 1 : 0;
  const std::string separator = language == Language::nl ? "\u00a0" : ",";
  std::string text = digits.substr(0, sign);
  for (std::size_t index = sign; index < digits.size(); ++index) {
    if (index > sign && (digits.size() - index) % 3 == 0) text += separator;
    text += digits[index];
  }
  return text;
}

std::string format_value(double value, Unit unit, Language language) {
  std::string text = format_number(value, language);
  if (unit == Unit::percent) text += "%";
  return text;
}

std::string format_days_from_today(std::int64_t days, Language language) {
  const bool nl = language == Language::nl;
  if (days == 0) return nl ? "vandaag" : "today";
  if (days == 1) return nl ? "morgen" : "tomorrow";
  if (days == -1) return nl ? "gisteren" : "yesterday";
  if (days > 0)
    return (nl ? "over " : "in ") + plural(days, nl ? "dag" : "day", nl ? "dagen" : "days");
  return plural(-days, nl ? "dag" : "day", nl ? "dagen" : "days") + (nl ? " geleden" : " ago");
}

std::string format_days_left(std::int64_t days, Language language) {
  const bool nl = language == Language::nl;
  if (days == 0) return nl ? "laatste dag" : "last day";
  if (days > 0)
    return (nl ? "nog " : "") + plural(days, nl ? "dag" : "day", nl ? "dagen" : "days") +
           (nl ? "" : " left");
  return plural(-days, nl ? "dag" : "day", nl ? "dagen" : "days") +
         (nl ? " over tijd" : " overdue");
}

std::string format_suppressed(std::int64_t min_n) {
  return "n<" + std::to_string(min_n);
}

}  // namespace hgw::core
