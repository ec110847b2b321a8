//! The engagement calculator's public link keys (documented in README):
//! `f` followers, `notes` one note per `;` as `likes,saves,comments,shares[,views]`,
//! `b` benchmark %, `sus` and `qual` the practitioner lines %, `fake`
//! fake-follower share % (absent or empty: by tier), `tiers` the tail, mid
//! and head lower bounds as `10000,50000,500000`, `ls` likes and saves on the
//! profile, `cm` pasted comments separated by line breaks.
//!
//! A link must stay under [`MAX_QUERY_BYTES`] to open again, so pasted
//! comments, the bulkiest input, are left out of a link they would overflow
//! (the page says so), and the page warns when a scenario cannot fit at all.

use super::form::{EngagementForm, NoteColumn, NoteText, LINE_RANGE_PCT};
use super::model::MAX_NOTES;
use crate::link::{
    build_query, fits, percent_encode, LinkNotice, LinkReader, MAX_QUERY_BYTES, SHARED_KEYS_ROOM,
};
use crate::units::{parse_count, parse_percent, parse_positive_count};

fn clean_cell(text: &str) -> String {
    text.chars().filter(|&c| c != ',' && c != ';').collect()
}

/// The link pairs of a form, every key always written so a published link
/// keeps meaning the same scenario when defaults change. Comments are left
/// out when they would push the link over its limit.
pub fn encode(form: &EngagementForm) -> Vec<(&'static str, String)> {
    let mut pairs = encode_without_comments(form);
    if comments_fit(&pairs, form) {
        pairs.push(("cm", form.comments.clone()));
    }
    pairs
}

fn comments_fit(pairs: &[(&'static str, String)], form: &EngagementForm) -> bool {
    !form.comments.trim().is_empty()
        && build_query(pairs).len() + "&cm=".len() + percent_encode(&form.comments).len()
            <= MAX_QUERY_BYTES - SHARED_KEYS_ROOM
}

/// What of the scenario a link can carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkFit {
    /// Everything.
    Whole,
    /// Everything but the pasted comments.
    WithoutComments,
    /// Not even without the comments: the link would not open again.
    TooLong,
}

/// Whether the form's link can carry the whole scenario.
pub fn fit(form: &EngagementForm) -> LinkFit {
    let pairs = encode_without_comments(form);
    if !fits(&pairs) {
        LinkFit::TooLong
    } else if form.comments.trim().is_empty() || comments_fit(&pairs, form) {
        LinkFit::Whole
    } else {
        LinkFit::WithoutComments
    }
}

fn encode_without_comments(form: &EngagementForm) -> Vec<(&'static str, String)> {
    // Blank rows (just added, not yet typed in) are not part of the scenario.
    let notes = form
        .notes
        .iter()
        .filter(|row| !row.is_blank())
        .map(|row| {
            let mut cells: Vec<String> = NoteColumn::ALL
                .iter()
                .map(|&c| clean_cell(row.cell(c)))
                .collect();
            if cells.last().is_some_and(|v| v.trim().is_empty()) {
                cells.pop();
            }
            cells.join(",")
        })
        .collect::<Vec<_>>()
        .join(";");
    vec![
        ("f", form.followers.clone()),
        ("notes", notes),
        ("b", form.benchmark.clone()),
        ("sus", form.suspicious.clone()),
        ("qual", form.qualified.clone()),
        ("fake", form.fake.clone()),
        (
            "tiers",
            [&form.tail_from, &form.mid_from, &form.head_from]
                .map(|t| clean_cell(t))
                .join(","),
        ),
        ("ls", form.profile_likes_saves.clone()),
    ]
}

fn parse_note_row(text: &str) -> Option<NoteText> {
    let cells: Vec<&str> = text.split(',').collect();
    if !(4..=5).contains(&cells.len()) {
        return None;
    }
    let cell = |i: usize| cells.get(i).map_or("", |c| c.trim());
    let row = NoteText::from_cells([cell(0), cell(1), cell(2), cell(3), cell(4)]);
    match row.read() {
        Ok(Some(_)) => Some(row),
        _ => None,
    }
}

/// Reads the calculator's keys; anything unusable keeps its default and
/// leaves a notice in the reader.
pub fn decode(reader: &mut LinkReader) -> EngagementForm {
    let mut form = EngagementForm::default();
    let line_ok = |v: &str| parse_percent(v, LINE_RANGE_PCT.0, LINE_RANGE_PCT.1).is_ok();
    if let Some(v) = reader.take_valid("f", |v| parse_positive_count(v).is_ok()) {
        form.followers = v;
    }
    if let Some(v) = reader.take_valid("b", line_ok) {
        form.benchmark = v;
    }
    if let Some(v) = reader.take_valid("sus", line_ok) {
        form.suspicious = v;
    }
    if let Some(v) = reader.take_valid("qual", line_ok) {
        form.qualified = v;
    }
    if let Some(v) = reader.take_valid("fake", |v| {
        v.trim().is_empty() || parse_percent(v, 0.0, 100.0).is_ok()
    }) {
        form.fake = v;
    }
    if let Some(v) = reader.take_valid("ls", |v| v.trim().is_empty() || parse_count(v).is_ok()) {
        form.profile_likes_saves = v;
    }
    if let Some(v) = reader.take("tiers") {
        let bounds: Result<Vec<u64>, _> = v.split(',').map(parse_positive_count).collect();
        match bounds.as_deref() {
            Ok(&[tail, mid, head]) if tail < mid && mid < head => {
                form.tail_from = tail.to_string();
                form.mid_from = mid.to_string();
                form.head_from = head.to_string();
            }
            _ => reader.ignore("tiers", &v),
        }
    }
    if let Some(v) = reader.take("notes") {
        let row_count = if v.trim().is_empty() {
            0
        } else {
            v.matches(';').count() + 1
        };
        if row_count > MAX_NOTES {
            reader.notice(LinkNotice::TooManyRows {
                key: "notes".into(),
                rows: row_count,
                max: MAX_NOTES,
            });
        } else {
            let mut rows = Vec::with_capacity(row_count);
            for text in v.split(';').filter(|t| !t.trim().is_empty()) {
                match parse_note_row(text) {
                    Some(row) => rows.push(row),
                    None => reader.ignore("notes", text),
                }
            }
            // `notes=` (every note removed) means none; rows that were all
            // unusable mean the default notes, like any other bad value.
            if !rows.is_empty() || row_count == 0 {
                form.notes = rows;
            }
        }
    }
    if let Some(v) = reader.take("cm") {
        form.comments = v;
    }
    form
}
