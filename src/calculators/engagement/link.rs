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

use super::form::{EngagementForm, NoteColumn, NoteText};
use super::model::MAX_NOTES;
use crate::link::{
    build_query, fits, join_cells, percent_encode, split_cells, LinkNotice, LinkReader,
    MAX_QUERY_BYTES, SHARED_KEYS_ROOM,
};

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
    // Rows just added and not yet typed in are not part of the scenario.
    let notes = form
        .notes
        .iter()
        .filter(|row| !row.is_untouched())
        .map(|row| {
            let mut cells: Vec<&str> = NoteColumn::ALL.iter().map(|&c| row.cell(c)).collect();
            // Views are optional: a row without them has four cells.
            if cells.last() == Some(&"") {
                cells.pop();
            }
            join_cells(&cells)
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
            join_cells(&[&form.tail_from, &form.mid_from, &form.head_from]),
        ),
        ("ls", form.profile_likes_saves.clone()),
    ]
}

/// A note row from its cells as the link carries them, `None` when it has
/// neither four nor five cells (the app writes one or the other).
fn note_row(text: &str) -> Option<NoteText> {
    let cells = split_cells(text);
    if !(4..=5).contains(&cells.len()) {
        return None;
    }
    let cell = |i: usize| cells.get(i).map_or("", String::as_str);
    Some(NoteText::from_cells([
        cell(0),
        cell(1),
        cell(2),
        cell(3),
        cell(4),
    ]))
}

/// Reads the calculator's keys. Every value goes into its field as written,
/// where the form reads it as it would have read it on the page; only what
/// no field can hold keeps its default and leaves a notice in the reader.
pub fn decode(reader: &mut LinkReader) -> EngagementForm {
    let mut form = EngagementForm::default();
    for (key, field) in [
        ("f", &mut form.followers),
        ("b", &mut form.benchmark),
        ("sus", &mut form.suspicious),
        ("qual", &mut form.qualified),
        ("fake", &mut form.fake),
        ("ls", &mut form.profile_likes_saves),
        ("cm", &mut form.comments),
    ] {
        if let Some(v) = reader.take(key) {
            *field = v;
        }
    }
    if let Some([tail, mid, head]) = reader
        .take_cells("tiers", 3)
        .and_then(|cells| <[String; 3]>::try_from(cells).ok())
    {
        form.tail_from = tail;
        form.mid_from = mid;
        form.head_from = head;
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
            let mut unusable = 0;
            for text in v.split(';').filter(|t| !t.trim().is_empty()) {
                match note_row(text) {
                    Some(row) if row.is_untouched() => {}
                    Some(row) => rows.push(row),
                    None => {
                        unusable += 1;
                        reader.ignore("notes", text);
                    }
                }
            }
            // `notes=` (every note removed) means none; rows that were all
            // of the wrong shape mean the default notes, like any other
            // value no field can hold.
            if !rows.is_empty() || unusable == 0 {
                form.notes = rows;
            }
        }
    }
    form
}
