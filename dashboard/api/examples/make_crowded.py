#!/usr/bin/python3
"""Generate valid/crowded.json: a stress document for the wall's layout.

12 teams, 30 goals, 12 trends, 40 actions, 12 messages, 12 positives, long
Dutch titles (120+ characters). The output is deterministic (no randomness,
no clock): running this script twice gives byte-identical files, and
tests/schema/check_schema_agreement.py checks that the committed file is
up to date.

    /usr/bin/python3 dashboard/api/examples/make_crowded.py            # writes valid/crowded.json
    /usr/bin/python3 dashboard/api/examples/make_crowded.py -          # to stdout
    /usr/bin/python3 dashboard/api/examples/make_crowded.py OUT.json
"""
import datetime
import json
import os
import sys

NOW = datetime.date(2026, 11, 30)  # Monday; the same reference day as the demo school

PHASES = ["signaleren_analyseren", "behoeften_formuleren", "plannen_uitvoeren", "evalueren_aanscherpen"]
KINDS = ["groepsbespreking", "leerlingbespreking", "mdo", "trendanalyse", "teamvergadering"]
DOMAINS = ["leren", "werkhouding", "sociaal_emotioneel"]
GOAL_STATUS = ["op_koers", "aandacht", "behaald", "niet_behaald", None]
ACTION_STATUS = ["open", "bezig", "gereed"]
ROLES = ["leercoordinator", "trendanalist", "zorgregisseur"]

LOCATIONS = ["locatie Noord", "locatie Zuid", "locatie Centrum"]
BOUWEN = [("Kleuterbouw", ["1", "2"]), ("Onderbouw", ["3", "4"]),
          ("Middenbouw", ["5", "6"]), ("Bovenbouw", ["7", "8"])]

SUBJECTS = {
    "leren": [("rekenen", "rekenen", "1F"), ("begrijpend_lezen", "begrijpend lezen", "1F"),
              ("spelling", "spelling", "2F/1S"), ("technisch_lezen", "technisch lezen", "AVI-niveau"),
              ("woordenschat", "woordenschat", "de themawoorden"),
              ("taalverzorging", "taalverzorging", "2F/1S")],
    "werkhouding": [("zelfstandig_werken", "zelfstandig werken", "de takenkaart"),
                    ("plannen", "plannen van de weektaak", "het weektaakplan")],
    "sociaal_emotioneel": [("sociale_veiligheid", "sociale veiligheid", "de veiligheidsmonitor"),
                           ("welbevinden", "welbevinden", "de leerlingvragenlijst")],
}


def iso(d):
    return d.isoformat()


def day(offset):
    return NOW + datetime.timedelta(days=offset)


def teams():
    out = []
    for i in range(12):
        bouw, groups = BOUWEN[i % 4]
        loc = LOCATIONS[i // 4]
        since = day(-21 + 3 * i)
        until = since + datetime.timedelta(days=14 + 2 * (i % 5))
        meeting = since + datetime.timedelta(days=10 + (i % 4))
        out.append({
            "id": "t%02d" % (i + 1),
            "name": "%s %s (groep %s)" % (team_name(bouw), loc, "–".join([groups[0], groups[-1]])),
            "groups": groups,
            "cycle": {
                "phase": PHASES[i % 4],
                "since": iso(since),
                "until": iso(until),
                "next_meeting": {"kind": KINDS[i % 5], "date": iso(meeting),
                                 "time": "%02d:%02d" % (13 + i % 3, (i * 15) % 60)},
            },
        })
    return out


def team_name(bouw):
    return "Leerteam " + bouw.lower()


def long_title(i, subject_nl, level, groep):
    title = ("%s groep %s: minstens %d%% van de leerlingen haalt %s bij de volgende meting, "
             "en het leerteam bespreekt de aanpak in elke groepsbespreking — met feed up, feedback en feed forward"
             % (subject_nl.capitalize(), groep, 60 + (i * 7) % 35, level))
    assert len(title) >= 120, title
    return title


def goals():
    out = []
    for i in range(30):
        domain = DOMAINS[i % 3]
        subj, subj_nl, level = SUBJECTS[domain][i % len(SUBJECTS[domain])]
        team_index = i % 13  # 12 means school-wide
        bouw, groups = BOUWEN[team_index % 4]
        unit = ["percent", "percent", "score", "count"][i % 4]
        if unit == "percent":
            baseline, current, target = 40 + (i * 3) % 30, 50 + (i * 5) % 45, 70 + (i * 2) % 30
        elif unit == "score":
            baseline, current, target = 120 + i, 124 + i + (i % 5), 130 + i
        else:
            baseline, current, target = 5 + i % 7, 2 + i % 6, 1 + i % 3
        goal = {
            "id": "g%02d" % (i + 1),
            "team": None if team_index == 12 else "t%02d" % (team_index + 1),
            "domain": domain,
            "subject": subj,
            "title": long_title(i, subj_nl, level, "–".join([groups[0], groups[-1]])),
            "measure": {
                "unit": unit,
                "baseline": baseline,
                "current": current,
                "target": target,
                "n": [54, 48, 7, 26, 9, 112, 31][i % 7],
                "higher_is_better": unit != "count",
            },
            "evaluate_on": iso(day(-10 + 9 * i)),
            "feed_up": "Waar gaan we naartoe? Alle leerlingen van deze groepen beheersen %s op het niveau "
                       "dat past bij hun uitstroomperspectief, en zij weten zelf wat hun volgende stap is." % subj_nl,
            "feedback": "Hoe gaat het? De laatste meting laat groei zien bij de instructieafhankelijke leerlingen; "
                        "de verlengde instructie wordt nog niet in alle groepen even consequent gegeven.",
            "feed_forward": "Wat is de volgende stap? Twee keer per week verlengde instructie aan de instructietafel, "
                            "collegiale consultatie in het leerteam en een tussenmeting vóór de kerstvakantie.",
        }
        if i % 2 == 0:  # half of them dated: when measured, when the target is due
            goal["measure"]["baseline_on"] = iso(day(-300 - i))
            goal["measure"]["current_on"] = iso(day(-3 - i % 20))
            goal["measure"]["target_on"] = iso(day(150 + 7 * i))
        status = GOAL_STATUS[i % 5]
        if status is not None:
            goal["status"] = status
        out.append(goal)
    return out


def trends():
    out = []
    moments = ["M3", "E3", "M4", "E4", "M5", "E5", "M6", "E6"]
    for i in range(12):
        subj, subj_nl, level = SUBJECTS["leren"][i % 6]
        unit = "percent" if i % 4 != 3 else "score"
        points = []
        for k, label in enumerate(moments[: 3 + i % 6]):
            year = 2023 + k // 2
            date = datetime.date(year, 1 if k % 2 == 0 else 6, 20 + k % 5)
            if unit == "percent":
                value = round(min(100.0, max(0.0, 60 + (i * 4) % 25 + (k * (i % 3 - 1) * 3.5))), 1)
            else:
                value = 110 + 6 * k + i
            points.append({"label": label, "date": iso(date), "value": value,
                           "n": 7 if (i + k) % 9 == 4 else 40 + (i + k) % 20})
        trend = {
            "id": "tr%02d" % (i + 1),
            "team": "t%02d" % (i + 1),
            "subject": subj,
            "title": "%s %s — %s, per meetmoment van het leerlingvolgsysteem (Cito en DIA) sinds groep 3"
                     % (subj_nl.capitalize(), team_name(BOUWEN[i % 4][0]).lower(),
                        "percentage leerlingen op of boven " + level if unit == "percent"
                        else "gemiddelde vaardigheidsscore van alle leerlingen samen"),
            "unit": unit,
            "points": points,
        }
        assert len(trend["title"]) >= 120, trend["title"]
        if unit == "percent":
            trend["reference"] = {"label": "Signaleringswaarde " + ("1F" if level != "2F/1S" else "1S/2F"),
                                  "value": 85 if level != "2F/1S" else 55}
        out.append(trend)
    return out


def actions():
    out = []
    for i in range(40):
        when = day(-12 + i)
        what = ("Groepsoverzicht en groepsplan bijwerken na de tussenmeting en de uitkomsten voorbereiden voor "
                "de groepsbespreking met het hele leerteam (actie %d)" % (i + 1))
        assert len(what) >= 120, what
        out.append({
            "id": "a%02d" % (i + 1),
            "what": what,
            "who": ["Kc’er", "Leerkrachten groep 5 en 6 van locatie Noord en locatie Zuid samen",
                    "Directeur en kc’er", "Leerteam bovenbouw", "Onderwijsassistent"][i % 5],
            "when": iso(when),
            "how": "Uitslagen uit het leerlingvolgsysteem naast de observaties leggen, drie verklaringen kiezen "
                   "en de aanpak voor de komende periode in het groepsplan zetten",
            "why": "Zodat de groepsbespreking over de onderwijsbehoeften gaat en niet over de cijfers alleen",
            "goal": "g%02d" % (i % 30 + 1),
            "status": ACTION_STATUS[i % 3],
            "role": ROLES[i % 3],
        })
    return out


def messages():
    out = []
    for i in range(12):
        text = ("Bericht %d: de toetskalender voor januari staat op de teamsite; let op de gewijzigde "
                "afnamedata voor begrijpend lezen en spelling in de bovenbouw — vragen graag bij de kc’er" % (i + 1))
        msg = {"text": text, "priority": "high" if i % 4 == 0 else "normal"}
        if i % 3 != 2:
            msg["until"] = "%sT17:00:00+01:00" % iso(day(1 + i))
        out.append(msg)
    return out


def positives():
    return [{"text": "Wat gaat goed %d: de leerlingen van deze bouw werken zichtbaar zelfstandiger en helpen elkaar "
                     "bij het plannen van de weektaak" % (i + 1),
             "team": None if i % 4 == 0 else "t%02d" % (i + 1)} for i in range(12)]


def document():
    return {
        "format": "hgw-dashboard/1",
        "generated_at": "2026-11-30T07:45:00+01:00",
        "school": {
            "name": "Integraal Kindcentrum De Grote Regenboog — locatie Noord, locatie Zuid en locatie Centrum",
            "brin": "99ZZ",
            "school_year": "2026-2027",
            "period": {"name": "Periode 2: van de herfstvakantie tot en met de voorjaarsvakantie",
                       "start": "2026-11-02", "end": "2027-02-26"},
        },
        "privacy": {"min_n": 10},
        "teams": teams(),
        "goals": goals(),
        "trends": trends(),
        "actions": actions(),
        "support": {"as_of": "2026-11-16", "levels": [
            {"level": 1, "label": "Basisaanbod: goed onderwijs voor alle leerlingen in de groep", "count": 1480},
            {"level": 2, "label": "Basisaanbod met extra aandacht en verlengde instructie in de groep", "count": 362},
            {"level": 3, "label": "Interne ondersteuning: leerkracht is casushouder, met leerteam en kc’er", "count": 118},
            {"level": 4, "label": "Externe ondersteuning via het multidisciplinair overleg (MDO)", "count": 41},
        ]},
        "positives": positives(),
        "messages": messages(),
        "display": {
            "pages": ["overzicht", "cyclus", "doelen", "trends", "acties", "ondersteuning"],
            "page_seconds": 20,
            "language": "nl",
            "theme": "dark",
            "schedule": {"days": ["ma", "di", "wo", "do", "vr"], "on": "07:30", "off": "17:30",
                         "closed": [{"from": "2026-12-19", "to": "2027-01-03", "name": "Kerstvakantie"},
                                    {"from": "2027-02-13", "to": "2027-02-21", "name": "Voorjaarsvakantie"}]},
        },
    }


def render():
    return json.dumps(document(), ensure_ascii=False, indent=2) + "\n"


def main(argv):
    text = render()
    if len(argv) > 1 and argv[1] == "-":
        sys.stdout.write(text)
        return 0
    out = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "valid", "crowded.json")
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
