//! The shortlist's public link keys (documented in README): `b` budget in
//! the display currency, `bench` benchmark %, `fee` platform fee %, `fake`
//! fake share % (empty: the engagement calculator's tier default), `tiers`
//! the tail, mid and head lower bounds, `headcap`, `minrev`, `maxshare`,
//! `obj` (`eng`, `reach`, `notes`), `keep` and `never` (1-based rows,
//! `;`-separated), and `list`: creators separated by `;`, each
//! `name,followers,quote,likes,saves,comments,shares[,views]`, cells
//! escaped as every list is ([`join_cells`]). Every key is always written.
//! A list too long for a plain link travels compressed as `listz` instead
//! ([`compressed`]).

use super::compressed;
use super::form::{Column, CreatorText, Field, Setting, ShortlistForm};
use super::model::{Mark, MAX_CREATORS};
use crate::calculators::budget_mix::model::Objective;
use crate::fields::FieldText;
use crate::link::{join_cells, split_cells, LinkNotice, LinkReader};

const SINGLE_KEYS: [(&str, Setting); 6] = [
    ("b", Setting::Budget),
    ("bench", Setting::Benchmark),
    ("fee", Setting::Fee),
    ("fake", Setting::Fake),
    ("headcap", Setting::HeadCap),
    ("minrev", Setting::MinReviews),
];

fn rows_with(form: &ShortlistForm, mark: Mark) -> String {
    (0..form.rows.len())
        .filter(|&row| form.mark(row) == mark)
        .map(|row| (row + 1).to_string())
        .collect::<Vec<_>>()
        .join(";")
}

/// The link pairs of a form.
pub fn encode(form: &ShortlistForm) -> Vec<(&'static str, String)> {
    let text = |s: Setting| form.text(Field::Setting(s)).to_string();
    let mut pairs: Vec<(&'static str, String)> =
        SINGLE_KEYS.iter().map(|&(key, s)| (key, text(s))).collect();
    pairs.push((
        "tiers",
        join_cells(&[
            text(Setting::TailFrom),
            text(Setting::MidFrom),
            text(Setting::HeadFrom),
        ]),
    ));
    pairs.push(("maxshare", text(Setting::MaxShare)));
    pairs.push(("obj", form.objective.key().to_string()));
    pairs.push(("keep", rows_with(form, Mark::Keep)));
    pairs.push(("never", rows_with(form, Mark::Never)));
    let list = form
        .rows
        .iter()
        .map(|row| {
            let mut cells: Vec<&str> = Column::LINK_ORDER.iter().map(|&c| row.cell(c)).collect();
            // Views are optional: a row without them has seven cells.
            if cells.last() == Some(&"") {
                cells.pop();
            }
            join_cells(&cells)
        })
        .collect::<Vec<_>>()
        .join(";");
    pairs.push(("list", list));
    pairs
}

/// Row numbers as the link carries them (`1;4`), 0-based, or `None` when
/// any is not a row of the list.
fn row_numbers(text: &str, rows: usize) -> Option<Vec<usize>> {
    text.split(';')
        .filter(|t| !t.trim().is_empty())
        .map(|t| {
            t.trim()
                .parse::<usize>()
                .ok()
                .filter(|&n| (1..=rows).contains(&n))
                .map(|n| n - 1)
        })
        .collect()
}

/// The list a link carries, with the key it came in: plain (`list`), or
/// compressed (`listz`) when this page has read or written that payload
/// ([`compressed::known`]). A compressed list that could not be read (a
/// tampered payload) leaves the default list and a notice; a plain list
/// beside a compressed one is not used.
fn take_list(reader: &mut LinkReader) -> ListInLink {
    let Some(payload) = reader.take(compressed::COMPRESSED_KEY) else {
        return match reader.take(compressed::PLAIN_KEY) {
            Some(v) => ListInLink::Read(compressed::PLAIN_KEY, v),
            None => ListInLink::None,
        };
    };
    if let Some(plain) = reader.take(compressed::PLAIN_KEY) {
        reader.ignore(compressed::PLAIN_KEY, &plain);
    }
    match compressed::known(&payload) {
        Some(list) => ListInLink::Read(compressed::COMPRESSED_KEY, list),
        None => {
            reader.unreadable_list(compressed::COMPRESSED_KEY, &payload);
            ListInLink::Unreadable
        }
    }
}

/// What a link says of the list.
enum ListInLink {
    /// Nothing: the default list.
    None,
    /// This value, under this key.
    Read(&'static str, String),
    /// A compressed list that could not be read: the default list, and
    /// marks that named its rows name none of the default's.
    Unreadable,
}

/// Puts the rows of a list value into the form; a list over the row limit
/// keeps the default list, and so does one of which no row is usable.
fn read_rows(reader: &mut LinkReader, form: &mut ShortlistForm, key: &str, v: &str) {
    let count = if v.is_empty() {
        0
    } else {
        v.matches(';').count() + 1
    };
    if count > MAX_CREATORS {
        reader.notice(LinkNotice::TooManyRows {
            key: key.into(),
            rows: count,
            max: MAX_CREATORS,
        });
        return;
    }
    let mut rows = Vec::with_capacity(count);
    let mut unusable = 0;
    for text in v.split(';').filter(|t| !t.is_empty()) {
        let cells = split_cells(text);
        if (7..=8).contains(&cells.len()) {
            rows.push(CreatorText::from_cells(&cells));
        } else {
            unusable += 1;
            reader.ignore(key, text);
        }
    }
    if !rows.is_empty() || unusable == 0 {
        form.rows = rows;
        form.marks.clear();
    }
}

/// Reads the calculator's keys. Every value goes into its field as written;
/// only what no field can hold keeps its default and leaves a notice.
pub fn decode(reader: &mut LinkReader) -> ShortlistForm {
    let mut form = ShortlistForm::default();
    for (key, setting) in SINGLE_KEYS.iter().chain(&[("maxshare", Setting::MaxShare)]) {
        if let Some(v) = reader.take(key) {
            if let Some(slot) = form.text_mut(Field::Setting(*setting)) {
                *slot = v;
            }
        }
    }
    if let Some(cells) = reader.take_cells("tiers", 3) {
        for (s, text) in [Setting::TailFrom, Setting::MidFrom, Setting::HeadFrom]
            .into_iter()
            .zip(cells)
        {
            if let Some(slot) = form.text_mut(Field::Setting(s)) {
                *slot = text;
            }
        }
    }
    if let Some(v) = reader.take_valid("obj", |v| Objective::from_key(v).is_some()) {
        form.objective = Objective::from_key(&v).unwrap_or(Objective::Engagements);
    }
    let list = take_list(reader);
    if let ListInLink::Read(key, v) = &list {
        read_rows(reader, &mut form, key, v);
    }
    for (key, mark) in [("keep", Mark::Keep), ("never", Mark::Never)] {
        if matches!(list, ListInLink::Unreadable) {
            match reader.take(key) {
                Some(v) if !v.is_empty() => reader.ignore(key, &v),
                _ => {}
            }
            continue;
        }
        let rows = form.rows.len();
        if let Some(v) = reader.take_valid(key, |v| row_numbers(v, rows).is_some()) {
            for row in row_numbers(&v, rows).unwrap_or_default() {
                form.set_mark(row, mark);
            }
        }
    }
    form
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::build_query;

    #[test]
    fn a_form_round_trips_through_its_link() {
        let mut form = ShortlistForm::default();
        form.rows[1].name = "a,b;c%".into();
        form.rows[3].followers = "oops".into();
        form.rows[0].views = "9000".into();
        form.set_mark(2, Mark::Keep);
        form.set_mark(4, Mark::Never);
        form.objective = Objective::Reach;
        let query = build_query(&encode(&form));
        let mut reader = LinkReader::new(&query);
        let back = decode(&mut reader);
        assert_eq!(reader.finish(), vec![]);
        assert_eq!(back.rows, form.rows);
        assert_eq!(back.settings, form.settings);
        assert_eq!(
            (back.mark(2), back.mark(4), back.mark(0)),
            (Mark::Keep, Mark::Never, Mark::Free)
        );
        assert_eq!(back.objective, Objective::Reach);
    }

    #[test]
    fn a_compressed_list_opens_once_read_and_a_tampered_one_keeps_the_default() {
        let mut form = ShortlistForm::default();
        form.rows.truncate(2);
        form.set_mark(1, Mark::Keep);
        let plain = encode(&form);
        let list = plain
            .iter()
            .find(|(k, _)| *k == "list")
            .map(|(_, v)| v.clone());
        let list = list.expect("a list");
        let zipped = compressed::with_compressed(&plain, b"stand-in bytes");
        let payload = zipped
            .iter()
            .find(|(k, _)| *k == "listz")
            .map(|(_, v)| v.clone());
        let payload = payload.expect("a payload");
        // Not read yet (or tampered): the default list, and a notice.
        let mut reader = LinkReader::new(&build_query(&zipped));
        let back = decode(&mut reader);
        assert_eq!(back, ShortlistForm::default());
        assert_eq!(
            reader.finish(),
            vec![
                LinkNotice::UnreadableList {
                    key: "listz".into(),
                    value: payload.clone()
                },
                LinkNotice::Ignored {
                    key: "keep".into(),
                    value: "2".into()
                },
            ]
        );
        // Once read, the list and its marks.
        compressed::remember(&payload, &list);
        let mut reader = LinkReader::new(&build_query(&zipped));
        let back = decode(&mut reader);
        assert_eq!(reader.finish(), vec![]);
        assert_eq!(back.rows, form.rows);
        assert_eq!(back.mark(1), Mark::Keep);
    }

    #[test]
    fn tampered_keys_keep_defaults_with_a_notice() {
        let mut reader = LinkReader::new("obj=fame&keep=99&list=a,1");
        let form = decode(&mut reader);
        assert_eq!(reader.finish().len(), 3);
        assert_eq!(form, ShortlistForm::default());
    }
}
