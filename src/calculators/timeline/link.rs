//! The timeline's public link keys (documented in README): `dir` (`start`
//! or `target`), `s` start date, `t` target date (ISO), `rounds`, `tz` the
//! brand's UTC offset, `seed`, `off` extra days off and `work` extra working
//! days (one date or `a~b` range per entry; a working day wins over a day
//! off), `ign` holidays switched off with their make-up days (their first
//! days, `;`-separated; a date that is no holiday's first day gets a
//! notice), one key per step (`sel`,
//! `brief`, `draft`, `final`, `review`, `pub`) holding `min,likely,max,w|c`
//! (working or calendar days), `rc` and `rb` the rounds' creator and brand
//! days `min,likely,max`, and one key per wave (`w1`, `w2`, `w3`) holding
//! `creators,parallel,gap`. Every key is always written.

use super::form::{Field, Global, RoundPart, TimelineForm, WaveColumn};
use super::holidays::all_periods;
use super::model::{Direction, Step, Wave};
use crate::dates::{parse_date, Date};
use crate::fields::FieldText;
use crate::link::{escape_cell, join_cells, unescape_cell, LinkReader};

/// Whether a field is a list of dates, one per line, written `;`-separated.
fn is_date_list(g: Global) -> bool {
    matches!(g, Global::DaysOff | Global::WorkingDays)
}

/// The link pairs of a form.
pub fn encode(form: &TimelineForm) -> Vec<(&'static str, String)> {
    let mut pairs = vec![("dir", form.direction.key().to_string())];
    for g in Global::ALL {
        let text = form.text(Field::Global(g));
        let value = if is_date_list(g) {
            // Every line as typed, blank ones too, so the box reopens as it was.
            text.split('\n')
                .map(escape_cell)
                .collect::<Vec<_>>()
                .join(";")
        } else {
            text.to_string()
        };
        pairs.push((g.key(), value));
    }
    pairs.push(("ign", form.ignored.join(";")));
    for (i, step) in Step::ALL.into_iter().enumerate() {
        let working = form.working.get(i).copied().unwrap_or(true);
        let mut cells: Vec<&str> = (0..3)
            .map(|p| form.text(Field::StepDays(step, p)))
            .collect();
        cells.push(if working { "w" } else { "c" });
        pairs.push((step.key(), join_cells(&cells)));
    }
    for part in RoundPart::ALL {
        let cells: Vec<&str> = (0..3)
            .map(|p| form.text(Field::RoundDays(part, p)))
            .collect();
        pairs.push((part.key(), join_cells(&cells)));
    }
    for wave in Wave::ALL {
        let cells: Vec<&str> = WaveColumn::ALL
            .iter()
            .map(|&c| form.text(Field::Wave(wave, c)))
            .collect();
        pairs.push((wave.key(), join_cells(&cells)));
    }
    pairs
}

/// Whether the form's link stays under the limit.
pub fn fits(form: &TimelineForm) -> bool {
    crate::link::fits(&encode(form))
}

/// Reads the calculator's keys onto the defaults for `today`. Every value
/// goes into its field as written (a row cell by cell, a list of dates line
/// by line), where the form reads it as it would have read it on the page;
/// only what no field can hold keeps its default and leaves a notice.
pub fn decode(reader: &mut LinkReader, today: Date) -> TimelineForm {
    let mut form = TimelineForm::new(today);
    if let Some(v) = reader.take_valid("dir", |v| Direction::from_key(v).is_some()) {
        form.direction = Direction::from_key(&v).unwrap_or(Direction::Forward);
    }
    for g in Global::ALL {
        if let Some(v) = reader.take(g.key()) {
            let v = if is_date_list(g) {
                v.split(';')
                    .map(unescape_cell)
                    .collect::<Vec<_>>()
                    .join("\n")
            } else {
                v
            };
            if let Some(slot) = form.text_mut(Field::Global(g)) {
                *slot = v;
            }
        }
    }
    // Switched off by ticking a holiday, never typed: each entry must be the
    // first day of a holiday period (official or provisional); any other
    // gets a notice and is dropped.
    if let Some(v) = reader.take("ign") {
        for entry in v.split(';').filter(|d| !d.is_empty()) {
            let first_day = parse_date(entry)
                .ok()
                .filter(|d| all_periods().any(|p| p.first == *d));
            match first_day {
                Some(_) => form.ignored.push(entry.to_string()),
                None => reader.ignore("ign", entry),
            }
        }
    }
    for (i, step) in Step::ALL.into_iter().enumerate() {
        let Some(v) = reader.take(step.key()) else {
            continue;
        };
        let cells = crate::link::split_cells(&v);
        match cells.as_slice() {
            [a, b, c, w] if w == "w" || w == "c" => {
                for (p, text) in [a, b, c].into_iter().enumerate() {
                    if let Some(slot) = form.text_mut(Field::StepDays(step, p)) {
                        slot.clone_from(text);
                    }
                }
                if let Some(slot) = form.working.get_mut(i) {
                    *slot = w == "w";
                }
            }
            _ => reader.ignore(step.key(), &v),
        }
    }
    for part in RoundPart::ALL {
        if let Some(cells) = reader.take_cells(part.key(), 3) {
            for (p, text) in cells.into_iter().enumerate() {
                if let Some(slot) = form.text_mut(Field::RoundDays(part, p)) {
                    *slot = text;
                }
            }
        }
    }
    for wave in Wave::ALL {
        if let Some(cells) = reader.take_cells(wave.key(), WaveColumn::ALL.len()) {
            for (c, text) in WaveColumn::ALL.iter().zip(cells) {
                if let Some(slot) = form.text_mut(Field::Wave(wave, *c)) {
                    *slot = text;
                }
            }
        }
    }
    form
}
