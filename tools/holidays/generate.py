#!/usr/bin/env python3
"""Writes src/calculators/timeline/holiday_table.rs from the PyPI package
chinese-calendar (pinned below), the maintained record of mainland China's
official holiday schedules (国务院办公厅 notices) with their make-up working
days, and, for every later year up to 2099, the provisional statutory days
computed from the regulation in force from 2025 (全国年节及纪念日放假办法):
lunar dates from the PyPI package lunardate, the Qingming solar term from
chinese-calendar. Nothing in the table is typed by hand. When a newer
chinese-calendar publishes a year, regenerating moves that year from the
provisional rows to the official ones.

    python3 tools/holidays/generate.py          # rewrite the table
    python3 tools/holidays/generate.py --check  # fail if it is out of date

The package is installed into .ci/py (pinned, idempotent).
"""
import datetime
import os
import subprocess
import sys

PACKAGE = "chinese-calendar==1.11.0"
LUNAR = "lunardate==0.3.0"
# lunardate's table ends with lunar year 2099.
PROVISIONAL_LAST = 2099
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TARGET = os.path.join(ROOT, ".ci", "py")
OUTPUT = os.path.join(ROOT, "src", "calculators", "timeline", "holiday_table.rs")

FESTIVALS = {
    "New Year's Day": "NewYear",
    "Spring Festival": "SpringFestival",
    "Tomb-sweeping Day": "Qingming",
    "Labour Day": "LabourDay",
    "Dragon Boat Festival": "DragonBoat",
    "Mid-autumn Festival": "MidAutumn",
    "National Day": "NationalDay",
    "Anti-Fascist 70th Day": "VictoryDay",
}


def install(package, marker):
    name, version = package.split("==")
    info = os.path.join(TARGET, f"{name.replace('-', '_')}-{version}.dist-info")
    if not (os.path.exists(os.path.join(TARGET, marker)) and os.path.isdir(info)):
        subprocess.check_call(
            [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
             "--disable-pip-version-check", "--root-user-action=ignore",
             "--upgrade", "--target", TARGET, package])


def load():
    install(PACKAGE, os.path.join("chinese_calendar", "constants.py"))
    install(LUNAR, "lunardate.py")
    sys.path.insert(0, TARGET)
    from chinese_calendar import constants  # noqa: E402
    return constants.holidays, constants.workdays


def lunar(year, month, day):
    from lunardate import LunarDate  # noqa: E402
    return LunarDate(year, month, day).to_solar_date()


def qingming(year):
    import chinese_calendar  # noqa: E402
    start = datetime.date(year, 4, 1)
    terms = chinese_calendar.get_solar_terms(start, datetime.date(year, 4, 30))
    return next(day for day, term in terms if term == "清明")


def statutory(year):
    """The regulation's days off for all citizens (amended from 2025), in
    festival order: each (festival, [days])."""
    day = datetime.timedelta(days=1)
    new_year = lunar(year, 1, 1)
    return [
        ("NewYear", [datetime.date(year, 1, 1)]),
        # The Eve (the day before lunar 1/1) and lunar days 1 to 3.
        ("SpringFestival", [new_year - day, new_year, new_year + day, new_year + 2 * day]),
        ("Qingming", [qingming(year)]),
        ("LabourDay", [datetime.date(year, 5, 1), datetime.date(year, 5, 2)]),
        ("DragonBoat", [lunar(year, 5, 5)]),
        # National Day before Mid-Autumn: when they meet, National Day keeps
        # 1–3 October and Mid-Autumn's day is made up after it.
        ("NationalDay", [datetime.date(year, 10, d) for d in (1, 2, 3)]),
        ("MidAutumn", [lunar(year, 8, 15)]),
    ]


def provisional(year):
    """Runs of days off of `year` by the regulation alone: its statutory
    days; a statutory day on a Saturday or Sunday, or on a day another
    festival already has, is made up on the next free weekday after the
    festival (Article 6; where published notices put it); weekend days
    between a festival's days belong to it. Returns [first, days, festival]."""
    taken = {}
    for festival, days in statutory(year):
        owed = 0
        for d in days:
            if d in taken:
                owed += 1
                continue
            taken[d] = festival
            if d.weekday() >= 5:
                owed += 1
        d = max(days)
        while owed:
            d += datetime.timedelta(days=1)
            if d.weekday() < 5 and d not in taken:
                taken[d] = festival
                owed -= 1
    # Weekend days between two days of the same festival join it.
    for d in sorted(taken):
        gap = d + datetime.timedelta(days=1)
        while gap.weekday() >= 5 and gap not in taken:
            gap += datetime.timedelta(days=1)
        if gap != d + datetime.timedelta(days=1) and taken.get(gap) == taken[d]:
            fill = d + datetime.timedelta(days=1)
            while fill < gap:
                taken[fill] = taken[d]
                fill += datetime.timedelta(days=1)
    return periods(taken)


def check_sources(holidays):
    """The lunar and solar-term dates fall inside the published holidays of
    every year since the lunar festivals became holidays (2008)."""
    published = set(holidays)
    for year in range(2008, max(d.year for d in holidays) + 1):
        for festival, days in statutory(year):
            if festival not in ("SpringFestival", "Qingming", "DragonBoat", "MidAutumn"):
                continue
            # The Eve was not a statutory day from 2014 to 2024: check day 1.
            probe = days[1] if festival == "SpringFestival" else days[0]
            # The package leaves out weekend days of some years' periods.
            near = [probe + datetime.timedelta(days=k) for k in (-2, -1, 1, 2)]
            weekend = probe.weekday() >= 5 and any(d in published for d in near)
            if probe not in published and not weekend:
                sys.exit(f"{LUNAR} or {PACKAGE}: {festival} {year} on {probe}, "
                         "not a published holiday")


def periods(holidays):
    """Runs of consecutive days off with the same festival."""
    runs = []
    for day in sorted(holidays):
        name = FESTIVALS.get(holidays[day], holidays[day])
        last = runs[-1] if runs else None
        if last and last[2] == name and last[0] + datetime.timedelta(days=last[1]) == day:
            last[1] += 1
        else:
            runs.append([day, 1, name])
    return runs


def render(holidays, workdays):
    years = sorted({d.year for d in holidays})
    lines = [
        "//! Mainland China's official public holidays and make-up working days,",
        f"//! {years[0]}–{years[-1]}, generated by `tools/holidays/generate.py` from the",
        f"//! PyPI package `{PACKAGE}` (the State Council's yearly notices).",
        "//! Do not edit by hand: rerun the script when a new year is published.",
        "",
        "use super::holidays::Festival;",
        "",
        "/// The first year of the table.",
        f"pub const FIRST_YEAR: i32 = {years[0]};",
        "/// The last year whose official schedule is published.",
        f"pub const LAST_YEAR: i32 = {years[-1]};",
        "",
        # Small integer types: a row takes 6 bytes of the page, not 20.
        "/// Days off: first day (year, month, day), number of days, festival.",
        "pub const DAYS_OFF: &[(u16, u8, u8, u8, Festival)] = &[",
    ]
    for day, length, name in periods(holidays):
        lines.append(f"    ({day.year}, {day.month}, {day.day}, {length}, Festival::{name}),")
    lines += [
        "];",
        "",
        "/// Weekend days worked to make up for a holiday (调休): date and festival.",
        "pub const MAKE_UP_DAYS: &[(u16, u8, u8, Festival)] = &[",
    ]
    for day in sorted(workdays):
        lines.append(f"    ({day.year}, {day.month}, {day.day}, Festival::{FESTIVALS[workdays[day]]}),")
    lines += [
        "];",
        "",
        "/// The last year of the provisional rows.",
        f"pub const PROVISIONAL_LAST_YEAR: i32 = {PROVISIONAL_LAST};",
        "",
        f"/// Provisional days off for {years[-1] + 1}–{PROVISIONAL_LAST}, whose official arrangement is not",
        "/// published: the statutory days of the regulation amended from 2025, a",
        "/// statutory day on a weekend (or on another festival's day) made up on the",
        f"/// next free weekday. Lunar dates from `{LUNAR}`, Qingming from",
        f"/// `{PACKAGE}`'s solar terms. Same layout as [`DAYS_OFF`].",
        "pub const PROVISIONAL_DAYS_OFF: &[(u16, u8, u8, u8, Festival)] = &[",
    ]
    for year in range(years[-1] + 1, PROVISIONAL_LAST + 1):
        for day, length, name in provisional(year):
            lines.append(f"    ({day.year}, {day.month}, {day.day}, {length}, Festival::{name}),")
    lines += ["];", ""]
    return "\n".join(lines)


def main():
    holidays, workdays = load()
    check_sources(holidays)
    text = render(holidays, workdays)
    if "--check" in sys.argv:
        with open(OUTPUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{OUTPUT} differs from {PACKAGE}: rerun tools/holidays/generate.py")
        print(f"holiday table matches {PACKAGE}")
        return
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
