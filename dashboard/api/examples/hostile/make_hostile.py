#!/usr/bin/python3
"""Write the hostile and careless documents of issue 8 into a folder.

Each is a document a careless or compromised source could serve. Those named
valid-*.json must be shown (safely: texts cut with "…", lists capped with
"+ N meer"); those named invalid-*.json must be refused with an error that names
where and what. Nothing here is committed as a file: the biggest is 10 MB, so the
tests generate them at run time.

    /usr/bin/python3 dashboard/api/examples/hostile/make_hostile.py OUT_DIR [NAME…]

Deterministic (no randomness, no clock). The reference day is Monday
2026-11-30, as for the demo school; render with --now 2026-11-30T08:00:00+01:00.
"""
import datetime
import json
import os
import sys

NOW = datetime.date(2026, 11, 30)
PHASES = ["signaleren_analyseren", "behoeften_formuleren", "plannen_uitvoeren",
          "evalueren_aanscherpen"]
DOMAINS = ["leren", "werkhouding", "sociaal_emotioneel"]
ROLES = ["leercoordinator", "trendanalist", "zorgregisseur"]
ACTION_STATUS = ["open", "bezig", "gereed"]
ALL_PAGES = ["overzicht", "cyclus", "doelen", "trends", "acties", "ondersteuning"]

# One Dutch compound with no break opportunity, longer than any card is wide.
LONG_WORD = ("Hoogbegaafdheidsondersteuningsprogrammaontwikkelingsbijeenkomsten"
             "voorbereidingswerkzaamhedencoördinatieverantwoordelijkheid") * 3


def day(offset):
    return (NOW + datetime.timedelta(days=offset)).isoformat()


def base(**sections):
    document = {"format": "hgw-dashboard/1", "generated_at": "2026-11-30T07:45:00+01:00",
                "school": {"name": "OBS De Vlinder", "period": {
                    "name": "Periode 2", "start": "2026-11-16", "end": "2027-02-26"}},
                "display": {"pages": ALL_PAGES}}
    document.update(sections)
    return document


def team(index, name=None):
    return {"id": f"t{index}", "name": name or f"Leerteam {index}", "groups": [str(3 + index % 6)],
            "cycle": {"phase": PHASES[index % 4], "since": day(-14), "until": day(7 + index % 20),
                      "next_meeting": {"kind": "groepsbespreking", "date": day(3 + index % 9),
                                       "time": "15:15"}}}


def goal(index, team_id, title=None, current=71.0, unit="percent", n=54):
    return {"id": f"g{index}", "team": team_id, "domain": DOMAINS[index % 3], "subject": "rekenen",
            "title": title or f"Doel {index}: 80% haalt 1F rekenen",
            "measure": {"unit": unit, "baseline": 62, "current": current, "target": 80, "n": n},
            "evaluate_on": day(60), "feed_up": "Waar gaan we heen?",
            "feedback": "Hoe gaat het?", "feed_forward": "Wat is de volgende stap?"}


def action(index, goal_id=None, text=None):
    item = {"id": f"a{index}", "what": text or f"Actie {index}: groepsplan rekenen bijwerken",
            "who": text or "Leerteam bovenbouw", "when": day(-5 + index % 40),
            "how": text or "In de groepsbespreking", "why": text or "Resultaten M-toets",
            "status": ACTION_STATUS[index % 3], "role": ROLES[index % 3]}
    if goal_id:
        item["goal"] = goal_id
    return item


def trend(index, points, team_id="t0", value=lambda i: 70 + (i % 17)):
    start = datetime.date(2000, 1, 1)
    return {"id": f"tr{index}", "team": team_id, "subject": "begrijpend_lezen",
            "title": f"Begrijpend lezen — {points} metingen", "unit": "score",
            "reference": {"label": "Signaleringswaarde", "value": 75},
            "points": [{"label": f"M{i}", "date": (start + datetime.timedelta(days=i)).isoformat(),
                        "value": value(i), "n": 26} for i in range(points)]}


def support():
    return {"as_of": "2026-11-01", "levels": [{"level": 1, "count": 180}, {"level": 2, "count": 30},
                                             {"level": 3, "count": 12}, {"level": 4, "count": 4}]}


# ---- Documents that must be shown safely ------------------------------------


def actions_10000():
    return base(teams=[team(0)], goals=[goal(0, "t0")],
                actions=[action(i, "g0") for i in range(10000)])


def teams_1000():
    teams = [team(i) for i in range(1000)]
    return base(teams=teams, goals=[goal(i, f"t{i}") for i in range(1000)],
                positives=[{"text": f"Team {i} doet het goed", "team": f"t{i}"} for i in range(1000)],
                actions=[action(i) for i in range(50)], support=support())


def trend_10000_points():
    return base(teams=[team(0)], trends=[trend(0, 10000), trend(1, 3)], support=support())


def long_words():
    teams = [team(i, LONG_WORD) for i in range(6)]
    return base(school={"name": LONG_WORD, "period": {"name": LONG_WORD, "start": "2026-11-16",
                                                       "end": "2027-02-26"}},
                teams=teams, goals=[goal(i, f"t{i % 6}", LONG_WORD) for i in range(12)],
                trends=[dict(trend(i, 5, f"t{i}"), title=LONG_WORD) for i in range(4)],
                actions=[action(i, "g0", LONG_WORD) for i in range(12)],
                positives=[{"text": LONG_WORD}] * 3,
                messages=[{"text": LONG_WORD, "priority": "high"}],
                support={"levels": [{"level": n, "label": LONG_WORD, "count": 10} for n in (1, 2, 3, 4)]})


def string_10mb():
    # About 10 MB of Dutch words: inside the render command's 16 MiB input cap and
    # over the 4 MiB every source (http, https and file://) is allowed.
    words = "leerlingen lezen elke dag een kwartier in een boek naar keuze "
    title = (words * (10_000_000 // len(words) + 1))[:10_000_000]
    return base(teams=[team(0)], goals=[goal(0, "t0", title)], actions=[action(0, "g0")])


def huge_numbers():
    # Scores are free-form numbers, so the validator accepts these; the wall must
    # still draw sane figures and charts. -0 must show as 0.
    goals = [goal(0, "t0", "Score 1e300", 1e300, "score"), goal(1, "t0", "Score -1e300", -1e300, "score"),
             goal(2, "t0", "Score 2^63", float(2 ** 63), "score"),
             goal(3, "t0", "Score -0", -0.0, "score"),
             goal(4, "t0", "Score 1.7976931348623157e308", 1.7976931348623157e308, "score")]
    extremes = [1.7976931348623157e308, -1.7976931348623157e308, 5e-324, -0.0, 2 ** 63]
    return base(teams=[team(0)], goals=goals,
                trends=[trend(0, 5, value=lambda i: extremes[i]),
                        trend(1, 4, value=lambda i: [1e300, -1e300, 1e300, -1e300][i])],
                support={"levels": [{"level": n, "count": 2 ** 63 - 1} for n in (1, 2, 3, 4)]})


def invisible_characters():
    # A right-to-left override would show "tnemdnikkert" for "terugkomend" in a viewer
    # that applies the bidi algorithm; zero-width and control characters hide text.
    tricky = "Evaluatie \u202egroep 8\u202c rekenen\u200b\u200d\u2066 af\u2069\u00ad te\tronden\n"
    return base(teams=[team(0, "Boven\u200bbouw\u202e")],
                goals=[goal(0, "t0", tricky)], actions=[action(0, "g0", tricky)],
                messages=[{"text": "\u202eStudiedag vrijdag\u0007\u001b[2J"}],
                positives=[{"text": "\ufeffGoed\u2028gedaan\u0085!"}])


def min_n_zero():
    return base(privacy={"min_n": 0}, teams=[team(0)],
                goals=[goal(0, "t0", "Vier leerlingen", 50, n=4), goal(1, "t0", "Vijf leerlingen", 60, n=5)],
                trends=[dict(trend(0, 4), points=[{"label": f"M{i}", "value": 70 + i, "n": 3 + i}
                                                  for i in range(4)])])


def worst_of_all():
    # Everything at once: the document whose render time is the bound.
    return base(teams=[team(i, LONG_WORD if i % 7 == 0 else None) for i in range(1000)],
                goals=[goal(i, f"t{i % 1000}", LONG_WORD if i % 5 == 0 else None) for i in range(2000)],
                trends=[trend(i, 10000 if i < 3 else 12, f"t{i}") for i in range(40)],
                actions=[action(i, f"g{i % 2000}", LONG_WORD if i % 9 == 0 else None)
                         for i in range(10000)],
                support=support(),
                positives=[{"text": LONG_WORD}] * 200,
                messages=[{"text": f"Mededeling {i} {LONG_WORD}"} for i in range(200)])


# ---- Documents that must be refused -------------------------------------------


def duplicate_ids_10000():
    return base(teams=[team(0)], goals=[goal(0, "t0")],
                actions=[dict(action(i, "g0"), id="a1") for i in range(10000)])


def impossible_dates():
    return base(teams=[dict(team(0), cycle={"phase": "plannen_uitvoeren", "since": "2026-02-30",
                                            "until": "2026-13-01"})],
                actions=[dict(action(0), when="2026-00-10"), dict(action(1), when="2027-02-29")])


VALID = {"valid-actions-10000": actions_10000, "valid-teams-1000": teams_1000,
         "valid-trend-10000-points": trend_10000_points, "valid-long-words": long_words,
         "valid-string-10mb": string_10mb, "valid-huge-numbers": huge_numbers,
         "valid-invisible-characters": invisible_characters, "valid-min-n-zero": min_n_zero,
         "valid-worst-of-all": worst_of_all}
INVALID_JSON = {"invalid-duplicate-ids-10000": duplicate_ids_10000,
                "invalid-impossible-dates": impossible_dates}
# Texts that are not a JSON value nlohmann (or any strict parser) accepts.
INVALID_TEXT = {
    "invalid-deep-nesting": lambda: '{"format": "hgw-dashboard/1", "x": ' + "[" * 200000 + "]" * 200000 + "}",
    "invalid-nan": lambda: '{"format": "hgw-dashboard/1", "privacy": {"min_n": NaN}}',
    "invalid-infinity": lambda: '{"format": "hgw-dashboard/1", "privacy": {"min_n": -Infinity}}',
    "invalid-1e400": lambda: '{"format": "hgw-dashboard/1", "goals": [{"id": "g", "title": "t", '
                             '"domain": "leren", "measure": {"unit": "score", "target": 1e400}}]}',
}
INVALID_BYTES = {
    # A Latin-1 "ë" (0xEB) where UTF-8 is required, and a lone continuation byte.
    "invalid-utf8": lambda: b'{"format": "hgw-dashboard/1", "school": {"name": "Basisschool De Ree\xebn \x80"}}',
}


def write_all(folder, names):
    os.makedirs(folder, exist_ok=True)
    for name, make in {**VALID, **INVALID_JSON}.items():
        if not names or name in names:
            with open(os.path.join(folder, name + ".json"), "w", encoding="utf-8") as out:
                json.dump(make(), out, ensure_ascii=False)
    for name, make in INVALID_TEXT.items():
        if not names or name in names:
            with open(os.path.join(folder, name + ".json"), "w", encoding="utf-8") as out:
                out.write(make())
    for name, make in INVALID_BYTES.items():
        if not names or name in names:
            with open(os.path.join(folder, name + ".json"), "wb") as out:
                out.write(make())


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    write_all(sys.argv[1], set(sys.argv[2:]))
