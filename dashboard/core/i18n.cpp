#include "i18n.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <optional>

#include "enum_keys.hpp"

namespace hgw::core {
namespace {

template <typename E>
struct LabelRow {
  E value;
  Words words;
};

constexpr std::array<LabelRow<TrendDirection>, 4> kDirections{{
    {TrendDirection::rising, {"stijgend", "rising"}},
    {TrendDirection::stable, {"stabiel", "stable"}},
    {TrendDirection::falling, {"dalend", "falling"}},
    {TrendDirection::unknown, {"te weinig metingen", "too few measurements"}},
}};
constexpr std::array<LabelRow<ActionGroup>, 4> kActionGroups{{
    {ActionGroup::overdue, {"Te laat", "Overdue"}},
    {ActionGroup::this_week, {"Deze week", "This week"}},
    {ActionGroup::later, {"Later", "Later"}},
    {ActionGroup::done, {"Gereed", "Done"}},
}};
constexpr std::array<LabelRow<Phrase>, 70> kPhrases{{
    {Phrase::school_wide, {"Hele school", "Whole school"}},
    {Phrase::demo_marker, {"DEMO — voorbeeldschool", "DEMO — example school"}},
    {Phrase::no_data, {"Geen gegevens", "No data"}},
    {Phrase::reference, {"Referentie", "Reference"}},
    {Phrase::baseline, {"Start", "Start"}},
    {Phrase::current, {"Nu", "Now"}},
    {Phrase::target, {"Doel", "Target"}},
    {Phrase::feed_up, {"Waar werken we naartoe?", "Where are we heading?"}},
    {Phrase::feedback, {"Hoe staan we ervoor?", "How are we doing?"}},
    {Phrase::feed_forward, {"Wat is de volgende stap?", "What is the next step?"}},
    {Phrase::what, {"Wat", "What"}},
    {Phrase::who, {"Wie", "Who"}},
    {Phrase::when, {"Wanneer", "When"}},
    {Phrase::how, {"Hoe", "How"}},
    {Phrase::why, {"Waarom", "Why"}},
    {Phrase::next_meeting, {"Volgende bijeenkomst", "Next meeting"}},
    {Phrase::next_mdo, {"Volgend MDO", "Next MDT meeting"}},
    {Phrase::positives_title, {"Wat gaat goed", "What goes well"}},
    {Phrase::messages_title, {"Berichten", "Messages"}},
    {Phrase::pupils, {"leerlingen", "pupils"}},
    {Phrase::total, {"Totaal", "Total"}},
    {Phrase::status_derived, {"(berekend)", "(derived)"}},
    {Phrase::under_reference, {"onder de referentie", "below the reference"}},
    {Phrase::data_of, {"Gegevens van", "Data from"}},
    {Phrase::overview_learning, {"Focus op leren", "Focus on learning"}},
    {Phrase::overview_data, {"Data en trends", "Data and trends"}},
    {Phrase::overview_care, {"Ondersteuning en zorg", "Support and care"}},
    {Phrase::yesterday, {"gisteren", "yesterday"}},
    {Phrase::since, {"sinds", "since"}},
    {Phrase::data_from, {"gegevens van", "data from"}},
    {Phrase::no_data_yet, {"nog geen gegevens", "no data yet"}},
    {Phrase::as_of, {"stand per", "as of"}},
    {Phrase::evaluation, {"evaluatie", "evaluation"}},
    {Phrase::waiting_for_first_answer,
     {"wacht op het eerste antwoord", "waiting for the first answer"}},
    {Phrase::setup_title, {"Dit scherm is nog niet ingericht", "This screen is not set up yet"}},
    {Phrase::setup_no_content,
     {"De gegevens zijn gelezen, maar er staat nog niets in om te tonen: geen "
      "teams, doelen, trends, acties of berichten.",
      "The data was read, but it holds nothing to show yet: no teams, goals, "
      "trends, actions or messages."}},
    {Phrase::setup_invalid,
     {"Het document met de gegevens klopt niet en is daarom niet gebruikt.",
      "The data document is not valid, so it was not used."}},
    {Phrase::setup_unreadable,
     {"De gegevens of de configuratie konden niet worden gelezen.",
      "The data or the configuration could not be read."}},
    {Phrase::setup_config_label, {"Configuratie", "Configuration"}},
    {Phrase::setup_no_config, {"geen configuratiebestand gevonden", "no configuration file found"}},
    {Phrase::setup_device_label, {"Apparaat", "Device"}},
    {Phrase::setup_version_label, {"Versie", "Version"}},
    {Phrase::setup_details_label, {"Wat er mis is", "What is wrong"}},
    {Phrase::setup_editor_label, {"Editor", "Editor"}},
    {Phrase::setup_editor_ready,
     {"Open het adres in een browser op het schoolnetwerk.",
      "Open the address in a browser on the school network."}},
    {Phrase::setup_help,
     {"De kwaliteitscoördinator of ICT-beheerder kan dit oplossen in "
      "hgw-dashboard.conf op de opstartpartitie van de SD-kaart.",
      "The quality coordinator or IT support can fix this in "
      "hgw-dashboard.conf on the SD card's boot partition."}},
    {Phrase::setup_help_editor,
     {"De kwaliteitscoördinator vult de gegevens in met de editor, op het adres hierboven.",
      "The quality coordinator fills in the data with the editor, at the address above."}},
    {Phrase::setup_help_source,
     {"De gegevens worden buiten dit apparaat gemaakt: wie ze aanlevert, kan dit "
      "oplossen. Op dit apparaat hoeft niets te veranderen.",
      "The data is made outside this device: whoever provides it can fix this. "
      "Nothing needs to change on this device."}},
    {Phrase::setup_config_line, {"regel", "line"}},
    {Phrase::setup_config_error, {"deze instelling klopt niet", "this setting is not right"}},
    {Phrase::setup_config_file_error,
     {"dit bestand kan niet worden gebruikt", "this file cannot be used"}},
    {Phrase::setup_editor_address_unknown, {"nog geen netwerkadres", "no network address yet"}},
    {Phrase::value_fell, {"gedaald", "fallen"}},
    {Phrase::value_rose, {"gestegen", "risen"}},
    {Phrase::change_since, {"verschil t.o.v.", "change since"}},
    {Phrase::percentage_points, {"pt", "pt"}},
    {Phrase::setup_present_label, {"Beeld", "Display"}},
    {Phrase::overview_teams, {"Leerteams", "Learning teams"}},
    {Phrase::action_marker, {"actie", "action"}},
    {Phrase::actions_marker, {"acties", "actions"}},
    {Phrase::since_action_start, {"sinds start actie", "since action began"}},
    {Phrase::no_measurement_since_action_start,
     {"nog geen meting sinds start actie", "not measured since action began"}},
    {Phrase::setup_first_run,
     {"Nog niemand kan de gegevens invullen: de editor heeft nog geen wachtwoord.",
      "Nobody can fill in the data yet: the editor has no password."}},
    {Phrase::setup_first_run_instruction,
     {"Scan de QR-code of open het adres in een browser op het schoolnetwerk en kies met de "
      "instelcode een wachtwoord.",
      "Scan the QR code or open the address in a browser on the school network, and choose a "
      "password with the setup code."}},
    {Phrase::setup_code_label, {"Instelcode", "Setup code"}},
    {Phrase::setup_code_valid_until, {"geldig tot", "valid until"}},
    {Phrase::setup_code_expired,
     {"verlopen; de editor geeft zo een nieuwe", "expired; the editor gives a new one shortly"}},
    {Phrase::setup_fingerprint_label,
     {"Vingerafdruk certificaat (SHA-256)", "Certificate fingerprint (SHA-256)"}},
    {Phrase::setup_editor_waiting,
     {"Wacht op de editor: die meldt hier zo of er al een wachtwoord is.",
      "Waiting for the editor to say here whether a password is set."}},
    {Phrase::target_due, {"in", "by"}},
}};
static_assert(one_row_per_value(kDirections), "every TrendDirection needs exactly one row");
static_assert(one_row_per_value(kActionGroups), "every ActionGroup needs exactly one row");
static_assert(one_row_per_value(kPhrases), "every Phrase needs exactly one row, in order");

template <typename Rows, typename E>
std::string_view words_of(const Rows& rows, E value, Language language) {
  const auto* row = row_of(rows, value);
  return row ? in_language(row->words, language) : std::string_view{};
}

template <typename E>
std::string_view label_of(E value, Language language) {
  const auto* row = enum_row(value);
  return row ? in_language(row->label, language) : std::string_view{};
}

constexpr std::array<Words, 4> kSupportLevels{{
    {"Basisaanbod", "Core teaching"},
    {"Basisaanbod, extra aandacht", "Core teaching, extra attention"},
    {"Interne ondersteuning", "Internal support"},
    {"Externe ondersteuning (MDO)", "External support (MDT)"},
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

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// "4" → 4; nothing for "5a", "Peuters" or a number too long to be a group.
std::optional<int> group_number(const std::string& group) {
  if (group.empty() || group.size() > 3) return std::nullopt;
  int number = 0;
  for (const char c : group) {
    if (!is_digit(c)) return std::nullopt;
    number = number * 10 + (c - '0');
  }
  return number;
}

std::string plural(std::int64_t count, std::string_view one, std::string_view many) {
  return std::to_string(count) + " " + std::string(count == 1 || count == -1 ? one : many);
}

}  // namespace

std::string_view label(Phase value, Language language) {
  return label_of(value, language);
}
std::string_view label(MeetingKind value, Language language) {
  return label_of(value, language);
}
std::string_view label(Domain value, Language language) {
  return label_of(value, language);
}
std::string_view label(GoalStatus value, Language language) {
  return label_of(value, language);
}
std::string_view label(ActionStatus value, Language language) {
  return label_of(value, language);
}
std::string_view label(Role value, Language language) {
  return label_of(value, language);
}
std::string_view label(Page value, Language language) {
  return label_of(value, language);
}
std::string_view label(TrendDirection value, Language language) {
  return words_of(kDirections, value, language);
}
std::string_view label(ActionGroup value, Language language) {
  return words_of(kActionGroups, value, language);
}
std::string_view phrase(Phrase value, Language language) {
  return words_of(kPhrases, value, language);
}

std::string_view support_level_label(int level, Language language) {
  if (level < 1 || level > 4) return {};
  return in_language(kSupportLevels[static_cast<std::size_t>(level - 1)], language);
}

std::string subject_label(std::string_view subject, Language language) {
  for (const auto& known : kSubjects) {
    if (known.key == subject) return std::string(in_language(known.words, language));
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
  const auto* row = enum_row(day);
  return row ? in_language(row->label, language) : std::string_view{};
}

std::string_view month_name(int month, Language language) {
  if (month < 1 || month > 12) return {};
  return in_language(kMonths[static_cast<std::size_t>(month - 1)], language);
}

std::string format_long_date(const Date& date, Language language, bool with_year) {
  std::string text(weekday_name(weekday(date), language));
  text += " " + std::to_string(date.day) + " " + std::string(month_name(date.month, language));
  if (with_year) text += " " + std::to_string(date.year);
  return text;
}

std::string format_short_date(const Date& date, Language language) {
  return std::string(in_language(enum_row(weekday(date))->short_label, language)) + " " +
         std::to_string(date.day) + " " +
         std::string(in_language(kMonthsShort[static_cast<std::size_t>(date.month - 1)], language));
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

std::string format_suppressed_points(std::size_t count, std::int64_t min_n, Language language) {
  const bool nl = language == Language::nl;
  std::string text = std::to_string(count);
  if (nl) {
    text += count == 1 ? " meting met " : " metingen met ";
    text += format_suppressed(min_n) + " weggelaten";
  } else {
    text += count == 1 ? " measurement with " : " measurements with ";
    text += format_suppressed(min_n) + " left out";
  }
  return text;
}

std::string format_days_late(std::int64_t days, Language language) {
  if (language == Language::nl)
    return std::to_string(days) + (days == 1 ? " dag te laat" : " dagen te laat");
  return std::to_string(days) + (days == 1 ? " day overdue" : " days overdue");
}

std::string format_group_list(const std::vector<std::string>& groups, Language language) {
  if (groups.empty()) return {};
  const bool nl = language == Language::nl;
  // Adjacent whole numbers counting up by one make a run; three or more are a range.
  std::vector<std::string> items;
  bool numbered = false;
  bool ranged = false;
  for (std::size_t first = 0; first < groups.size();) {
    const auto number = group_number(groups[first]);
    numbered = numbered || (!groups[first].empty() && is_digit(groups[first].front()));
    std::size_t last = first;
    while (number && last + 1 < groups.size() &&
           group_number(groups[last + 1]) == *number + static_cast<int>(last + 1 - first)) {
      ++last;
    }
    if (last - first >= 2) {
      items.push_back(groups[first] + (nl ? " t/m " : "–") + groups[last]);
      ranged = true;
      first = last + 1;
    } else {
      items.push_back(groups[first]);
      ++first;
    }
  }
  std::string text;
  if (numbered) text = nl ? "groep " : (items.size() == 1 && !ranged ? "group " : "groups ");
  for (std::size_t index = 0; index < items.size(); ++index) {
    if (index > 0) text += index + 1 == items.size() ? (nl ? " en " : " and ") : ", ";
    text += items[index];
  }
  return text;
}

std::string format_more(std::int64_t hidden, Language language) {
  return "+ " + format_count(hidden, language) + (language == Language::en ? " more" : " meer");
}

std::string format_phase_left(std::int64_t days, Language language) {
  return (language == Language::nl ? "fase " : "phase: ") + format_days_left(days, language);
}

std::string format_meeting_countdown(MeetingKind kind, std::int64_t days, Language language) {
  // "Groepsbespreking" mid-sentence is "groepsbespreking"; "MDO" stays "MDO".
  std::string kind_text(label(kind, language));
  if (kind_text.size() > 1 && kind_text[0] >= 'A' && kind_text[0] <= 'Z' && kind_text[1] >= 'a' &&
      kind_text[1] <= 'z') {
    kind_text[0] = static_cast<char>(kind_text[0] - 'A' + 'a');
  }
  return kind_text + " " + format_days_from_today(days, language);
}

std::string format_config_error(std::string_view line, std::string_view place,
                                std::string_view message, Language language) {
  std::string text;
  if (!line.empty())
    text = std::string(phrase(Phrase::setup_config_line, language)) + " " + std::string(line);
  if (!place.empty()) text += (text.empty() ? "" : ", ") + std::string(place);
  if (language == Language::en) return text + ": " + std::string(message);
  text += ": ";
  text += phrase(line.empty() && !place.starts_with("[") ? Phrase::setup_config_file_error
                                                         : Phrase::setup_config_error,
                 language);
  const auto got = message.rfind(", got ");
  if (got != std::string_view::npos) text += " (" + std::string(message.substr(got + 6)) + ")";
  return text;
}

std::string join_parts(const std::vector<std::string>& parts) {
  std::string text;
  for (const auto& part : parts) {
    if (part.empty()) continue;
    if (!text.empty()) text += " · ";
    text += part;
  }
  return text;
}

std::string format_day_month(const Date& date, Language language) {
  return std::to_string(date.day) + " " + std::string(month_name(date.month, language));
}

std::string format_signed_change(double change, Language language) {
  const std::string size = format_number(std::fabs(change), language);
  // Rounded to nothing is no change, whatever the sign before rounding.
  if (size == "0") return "\u00b10";
  return (change > 0 ? "+" : "\u2212") + size;
}

std::string format_month_year(const Date& date, Language language) {
  char year[8];
  std::snprintf(year, sizeof year, "%02d", ((date.year % 100) + 100) % 100);
  // The apostrophe stands for the century left out: a real one, as Dutch writes it.
  return std::string(
             in_language(kMonthsShort[static_cast<std::size_t>(date.month - 1)], language)) +
         " \u2019" + year;
}

std::string format_present(const PresentDecision& decision, Language language) {
  const bool nl = language == Language::nl;
  switch (decision.why) {
    case PresentReason::asked:
      return decision.path == PresentPath::gpu ? (nl ? "GPU, zo ingesteld" : "GPU, as configured")
                                               : (nl ? "framebuffer zonder GL, zo ingesteld"
                                                     : "framebuffer without GL, as configured");
    case PresentReason::console_with_gpu:
    case PresentReason::desktop_with_gpu:
      return "GPU (" + decision.driver + ")";
    case PresentReason::console_without_gpu:
      return nl ? "framebuffer zonder GL (DRM): geen GPU-stuurprogramma (vc4/v3d)"
                : "framebuffer without GL (DRM): no GPU driver (vc4/v3d)";
    case PresentReason::console_framebuffer_failed:
      return nl ? "KMSDRM met GL: het DRM-framebuffer kon niet worden geopend"
                : "KMSDRM with GL: the DRM framebuffer could not be opened";
    case PresentReason::desktop_without_gpu:
      break;
  }
  return nl ? "framebuffer zonder GL: geen GPU-stuurprogramma (vc4/v3d)"
            : "framebuffer without GL: no GPU driver (vc4/v3d)";
}

std::string format_late_actions(std::int64_t count, Language language) {
  const std::string number = format_count(count, language);
  if (language == Language::nl) return number + (count == 1 ? " actie te laat" : " acties te laat");
  return number + (count == 1 ? " action overdue" : " actions overdue");
}

std::string format_day_short_month(const Date& date, const Date& today, Language language) {
  std::string text =
      std::to_string(date.day) + " " +
      std::string(in_language(kMonthsShort[static_cast<std::size_t>(date.month - 1)], language));
  if (date.year == today.year) return text;
  char year[8];
  std::snprintf(year, sizeof year, "%02d", ((date.year % 100) + 100) % 100);
  return text + " \u2019" + year;
}

}  // namespace hgw::core
