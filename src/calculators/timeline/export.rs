//! The milestones of a schedule, and their export as an iCalendar file
//! (RFC 5545: imports into any calendar program) and as CSV (UTF-8 with a
//! byte-order mark so spreadsheet programs show Chinese).

use super::holidays::HolidayPeriod;
use super::model::Step;
use super::plan::Report;
use super::schedule::Stage;
use crate::dates::Date;
use crate::i18n::{Key, Lang};

/// A dated entry of the schedule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Milestone {
    /// What happens, in the page's language.
    pub title: String,
    /// Its first day.
    pub start: Date,
    /// Its last day.
    pub last: Date,
}

/// The name of a stage.
pub fn stage_name(stage: Stage) -> Key {
    match stage {
        Stage::Step(step) => step.name(),
        Stage::Revisions => Key::TlStageRevisions,
    }
}

/// The short name of a stage, for chart labels.
pub fn stage_short_name(stage: Stage) -> Key {
    match stage {
        Stage::Step(Step::Selection) => Key::TlShortSelection,
        Stage::Step(Step::Briefing) => Key::TlShortBriefing,
        Stage::Step(Step::DraftReview) => Key::TlShortDraft,
        Stage::Revisions => Key::TlShortRevisions,
        Stage::Step(Step::FinalApproval) => Key::TlShortFinal,
        Stage::Step(Step::PlatformReview) => Key::TlShortPlatform,
        Stage::Step(Step::Publication) => Key::TlShortPublication,
    }
}

/// "1 day", "12 days" ("1 天", "12 天").
pub fn day_count(n: i64, lang: Lang) -> String {
    let key = if n.abs() == 1 {
        Key::TlDayOne
    } else {
        Key::TlDayMany
    };
    lang.format(key, &[&n.to_string()])
}

/// The review groups a warning concerns, after the wave's name: nothing
/// when the wave has one group or every group is concerned; ", group 2",
/// ", groups 1–3" or ", groups 1, 3" (groups are counted from 1).
pub fn groups_text(groups: &[u64], of: u64, lang: Lang) -> String {
    if of <= 1 || groups.is_empty() || groups.len() as u64 == of {
        return String::new();
    }
    let numbers: Vec<u64> = groups.iter().map(|g| g + 1).collect();
    let (Some(&first), Some(&last)) = (numbers.first(), numbers.last()) else {
        return String::new();
    };
    if numbers.len() == 1 {
        return lang.format(Key::TlGroupOne, &[&first.to_string()]);
    }
    let list = if last - first + 1 == numbers.len() as u64 {
        format!("{first}–{last}")
    } else {
        numbers
            .iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join(lang.text(Key::ListSeparator))
    };
    lang.format(Key::TlGroupMany, &[&list])
}

/// A holiday's days, with "provisional" where its year is not published.
pub fn holiday_range(holiday: &HolidayPeriod, lang: Lang) -> String {
    let range = format!(
        "{} – {}",
        holiday.first.display(lang),
        holiday.last.display(lang)
    );
    if holiday.provisional {
        format!("{range}, {}", lang.text(Key::TlProvisional))
    } else {
        range
    }
}

/// Stage names in a sentence: "mood board / draft review, platform review".
pub fn stage_list(stages: &[Stage], lang: Lang) -> String {
    stages
        .iter()
        .map(|&s| {
            let name = lang.text(stage_name(s));
            // English names start a sentence in the tables; here they are
            // in the middle of one.
            let mut chars = name.chars();
            match (lang, chars.next()) {
                (Lang::En, Some(c)) => c.to_lowercase().chain(chars).collect(),
                _ => name.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(lang.text(Key::ListSeparator))
}

/// The likely schedule's stages, each wave's go-live dates, the
/// campaign's P50 / P80 / P95 and the public holidays it meets (provisional
/// ones say so), in date order.
pub fn milestones(report: &Report, lang: Lang) -> Vec<Milestone> {
    let mut list = Vec::new();
    for h in &report.holidays {
        let key = if h.provisional {
            Key::TlHolidayMilestoneProvisional
        } else {
            Key::TlHolidayMilestone
        };
        list.push(Milestone {
            title: lang.format(key, &[lang.text(h.festival.name())]),
            start: h.first,
            last: h.last,
        });
    }
    for bar in report.bars.iter().filter(|b| b.end > b.start) {
        list.push(Milestone {
            title: format!(
                "{} · {}",
                lang.text(bar.wave.name()),
                lang.text(stage_name(bar.stage))
            ),
            start: bar.start,
            last: bar.end.add_days(-1),
        });
    }
    for w in &report.waves {
        let wave = lang.text(w.wave.name());
        for (key, date) in [
            (Key::TlFirstLive, w.first_live[1]),
            (Key::TlLastLive, w.last_live[1]),
        ] {
            list.push(Milestone {
                title: format!("{wave} · {}", lang.text(key)),
                start: date,
                last: date,
            });
        }
    }
    for (key, date) in [Key::TlP50, Key::TlP80, Key::TlP95]
        .into_iter()
        .zip(report.percentiles)
    {
        list.push(Milestone {
            title: lang.text(key).to_string(),
            start: date,
            last: date,
        });
    }
    crate::sort::sort_stable_by(&mut list, |a, b| (a.start, a.last) < (b.start, b.last));
    list
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a character
/// (RFC 5545 §3.1), ending every physical line with CRLF.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// The milestones as an iCalendar file of all-day events. `today` stamps
/// the file; `start` makes the event identifiers stable for a scenario.
pub fn ics(milestones: &[Milestone], start: Date, today: Date, lang: Lang) -> String {
    let mut out = String::new();
    let language = match lang {
        Lang::En => "EN",
        Lang::Zh => "ZH",
    };
    for line in [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:-//kolcalc//Campaign timeline//{language}"),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape(lang.text(Key::TimelineName))),
    ] {
        fold(&line, &mut out);
    }
    for (i, m) in milestones.iter().enumerate() {
        for line in [
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}-{}-{i}@kolcalc", start.basic(), m.start.basic()),
            format!("DTSTAMP:{}T000000Z", today.basic()),
            format!("DTSTART;VALUE=DATE:{}", m.start.basic()),
            format!("DTEND;VALUE=DATE:{}", m.last.add_days(1).basic()),
            format!("SUMMARY:{}", escape(&m.title)),
            "TRANSP:TRANSPARENT".to_string(),
            "END:VEVENT".to_string(),
        ] {
            fold(&line, &mut out);
        }
    }
    fold("END:VCALENDAR", &mut out);
    out
}

/// The milestones as CSV: a header in `lang`, ISO dates, days as numbers.
pub fn csv(milestones: &[Milestone], lang: Lang) -> String {
    let header = [
        Key::TlCsvMilestone,
        Key::TlCsvStart,
        Key::TlCsvEnd,
        Key::TlCsvDays,
    ]
    .map(|k| lang.text(k));
    let rows: Vec<[String; 4]> = milestones
        .iter()
        .map(|m| {
            [
                m.title.clone(),
                m.start.iso(),
                m.last.iso(),
                (m.start.days_until(m.last) + 1).to_string(),
            ]
        })
        .collect();
    crate::export::table(&header, &rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "达人筛选".repeat(12));
        fold(&line, &mut out);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{}", physical.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
    }

    #[test]
    fn counts_agree_in_english() {
        assert_eq!(day_count(1, Lang::En), "1 day");
        assert_eq!(day_count(12, Lang::En), "12 days");
        assert_eq!(day_count(1, Lang::Zh), "1 天");
        assert_eq!(groups_text(&[1], 2, Lang::En), ", group 2");
        assert_eq!(groups_text(&[0, 1, 2], 4, Lang::En), ", groups 1–3");
        assert_eq!(groups_text(&[0, 2], 4, Lang::En), ", groups 1, 3");
        assert_eq!(groups_text(&[0, 1], 2, Lang::En), "");
        assert_eq!(groups_text(&[1], 2, Lang::Zh), "第 2 组");
        let stages = [Stage::Step(Step::DraftReview), Stage::Revisions];
        assert_eq!(
            stage_list(&stages, Lang::En),
            "mood board / draft review, revision rounds"
        );
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        assert_eq!(crate::export::field("a,\"b\""), "\"a,\"\"b\"\"\"");
    }
}
