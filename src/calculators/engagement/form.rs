//! What the user typed, kept as text so nothing is lost, and its reading
//! into [`EngagementInputs`] with an error for each field that cannot be used.
//!
//! A field in error falls back to its default in the computation (followers
//! to zero, which leaves the ratios undefined), and the page says so beside it.

use super::model::{EngagementInputs, Note, TierBounds, MAX_NOTES};
use crate::fields::FieldText;
use crate::units::{parse_count, parse_percent, parse_positive_count, plain_number, FieldError};

/// One note row as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NoteText {
    /// Likes.
    pub likes: String,
    /// Saves.
    pub saves: String,
    /// Comments.
    pub comments: String,
    /// Shares.
    pub shares: String,
    /// Views; empty when unknown.
    pub views: String,
}

/// A cell of a note row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteColumn {
    /// Likes.
    Likes,
    /// Saves.
    Saves,
    /// Comments.
    Comments,
    /// Shares.
    Shares,
    /// Views (optional).
    Views,
}

impl NoteColumn {
    /// Columns in link and paste order.
    pub const ALL: [NoteColumn; 5] = [
        NoteColumn::Likes,
        NoteColumn::Saves,
        NoteColumn::Comments,
        NoteColumn::Shares,
        NoteColumn::Views,
    ];
}

impl NoteText {
    /// A row from its cells in link order: likes, saves, comments, shares, views.
    pub fn from_cells(cells: [&str; 5]) -> NoteText {
        let [likes, saves, comments, shares, views] = cells.map(String::from);
        NoteText {
            likes,
            saves,
            comments,
            shares,
            views,
        }
    }

    /// The text of one cell.
    pub fn cell(&self, column: NoteColumn) -> &str {
        match column {
            NoteColumn::Likes => &self.likes,
            NoteColumn::Saves => &self.saves,
            NoteColumn::Comments => &self.comments,
            NoteColumn::Shares => &self.shares,
            NoteColumn::Views => &self.views,
        }
    }

    /// The text of one cell, to edit.
    pub fn cell_mut(&mut self, column: NoteColumn) -> &mut String {
        match column {
            NoteColumn::Likes => &mut self.likes,
            NoteColumn::Saves => &mut self.saves,
            NoteColumn::Comments => &mut self.comments,
            NoteColumn::Shares => &mut self.shares,
            NoteColumn::Views => &mut self.views,
        }
    }

    /// Whether every cell is blank (a row just added).
    pub fn is_blank(&self) -> bool {
        NoteColumn::ALL
            .iter()
            .all(|&c| self.cell(c).trim().is_empty())
    }

    /// Whether nothing at all was typed in the row (a row just added): it
    /// is left out of the link. A row of spaces is blank but typed in.
    pub fn is_untouched(&self) -> bool {
        NoteColumn::ALL.iter().all(|&c| self.cell(c).is_empty())
    }

    /// Reads the row: `Ok(None)` for a blank row, the first bad cell otherwise.
    pub fn read(&self) -> Result<Option<Note>, (NoteColumn, FieldError)> {
        if self.is_blank() {
            return Ok(None);
        }
        let count = |column| parse_count(self.cell(column)).map_err(|e| (column, e));
        let views = if self.views.trim().is_empty() {
            None
        } else {
            Some(count(NoteColumn::Views)?)
        };
        Ok(Some(Note {
            likes: count(NoteColumn::Likes)?,
            saves: count(NoteColumn::Saves)?,
            comments: count(NoteColumn::Comments)?,
            shares: count(NoteColumn::Shares)?,
            views,
        }))
    }

    fn from_note(note: &Note) -> NoteText {
        NoteText {
            likes: note.likes.to_string(),
            saves: note.saves.to_string(),
            comments: note.comments.to_string(),
            shares: note.shares.to_string(),
            views: note.views.map(|v| v.to_string()).unwrap_or_default(),
        }
    }
}

/// Every field of the engagement calculator, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EngagementForm {
    /// Followers (`f`).
    pub followers: String,
    /// Note rows (`notes`).
    pub notes: Vec<NoteText>,
    /// Benchmark like+save ratio in percent (`b`).
    pub benchmark: String,
    /// Practitioners' suspicious line in percent (`sus`).
    pub suspicious: String,
    /// Practitioners' qualified line in percent (`qual`).
    pub qualified: String,
    /// Fake-follower share in percent (`fake`); empty picks by tier.
    pub fake: String,
    /// Tail tier from (`tiers`, first value).
    pub tail_from: String,
    /// Mid tier from (`tiers`, second value).
    pub mid_from: String,
    /// Head tier from (`tiers`, third value).
    pub head_from: String,
    /// Likes and saves on the profile (`ls`); empty when unknown.
    pub profile_likes_saves: String,
    /// Pasted comments, one per line (`cm`).
    pub comments: String,
}

impl Default for EngagementForm {
    fn default() -> Self {
        EngagementForm::from_inputs(&EngagementInputs::default())
    }
}

/// A field of the form, to place its error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// Followers.
    Followers,
    /// Benchmark.
    Benchmark,
    /// Suspicious line.
    Suspicious,
    /// Qualified line.
    Qualified,
    /// Fake-follower share.
    Fake,
    /// Tail tier bound.
    TailFrom,
    /// Mid tier bound.
    MidFrom,
    /// Head tier bound.
    HeadFrom,
    /// Profile likes and saves.
    ProfileLikesSaves,
    /// A note cell.
    Note {
        /// Row index.
        row: usize,
        /// Column.
        column: NoteColumn,
    },
}

/// The form read into inputs, with what could not be used.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedForm {
    /// The inputs to compute with.
    pub inputs: EngagementInputs,
    /// Each field in error and why.
    pub errors: Vec<(Field, FieldError)>,
    /// Note rows left out because a cell is in error.
    pub rows_left_out: usize,
}

impl ParsedForm {
    /// The error of `field`, if any.
    pub fn error(&self, field: Field) -> Option<FieldError> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|&(_, e)| e)
    }
}

/// Percent bounds of the benchmark and practitioner lines.
pub const LINE_RANGE_PCT: (f64, f64) = (0.001, 100.0);

fn percent_text(fraction: f64) -> String {
    plain_number(fraction * 100.0, 4)
}

impl EngagementForm {
    /// The form showing `inputs`.
    pub fn from_inputs(inputs: &EngagementInputs) -> EngagementForm {
        EngagementForm {
            followers: inputs.followers.to_string(),
            notes: inputs.notes.iter().map(NoteText::from_note).collect(),
            benchmark: percent_text(inputs.benchmark),
            suspicious: percent_text(inputs.suspicious_line),
            qualified: percent_text(inputs.qualified_line),
            fake: inputs.fake_share.map(percent_text).unwrap_or_default(),
            tail_from: inputs.tiers.tail_from.to_string(),
            mid_from: inputs.tiers.mid_from.to_string(),
            head_from: inputs.tiers.head_from.to_string(),
            profile_likes_saves: inputs
                .profile_likes_saves
                .map(|v| v.to_string())
                .unwrap_or_default(),
            comments: String::new(),
        }
    }

    /// Reads every field; never fails as a whole.
    pub fn parse(&self) -> ParsedForm {
        let defaults = EngagementInputs::default();
        let mut errors = Vec::new();
        let mut take = |field: Field, result: Result<f64, FieldError>, fallback: f64| match result {
            Ok(value) => value,
            Err(error) => {
                errors.push((field, error));
                fallback
            }
        };
        let line = |raw: &str| parse_percent(raw, LINE_RANGE_PCT.0, LINE_RANGE_PCT.1);
        let as_f64 = |r: Result<u64, FieldError>| r.map(|v| v as f64);

        let followers = take(
            Field::Followers,
            as_f64(parse_positive_count(&self.followers)),
            0.0,
        ) as u64;
        let benchmark = take(Field::Benchmark, line(&self.benchmark), defaults.benchmark);
        let suspicious_line = take(
            Field::Suspicious,
            line(&self.suspicious),
            defaults.suspicious_line,
        );
        let qualified_line = take(
            Field::Qualified,
            line(&self.qualified),
            defaults.qualified_line,
        );
        let fake_share = if self.fake.trim().is_empty() {
            None
        } else {
            match parse_percent(&self.fake, 0.0, 100.0) {
                Ok(share) => Some(share),
                Err(error) => {
                    errors.push((Field::Fake, error));
                    None
                }
            }
        };
        let profile_likes_saves = if self.profile_likes_saves.trim().is_empty() {
            None
        } else {
            match parse_count(&self.profile_likes_saves) {
                Ok(total) => Some(total),
                Err(error) => {
                    errors.push((Field::ProfileLikesSaves, error));
                    None
                }
            }
        };

        let tiers = self.parse_tiers(&mut errors);

        let mut notes = Vec::new();
        let mut rows_left_out = 0;
        for (row, text) in self.notes.iter().take(MAX_NOTES).enumerate() {
            match text.read() {
                Ok(Some(note)) => notes.push(note),
                Ok(None) => {}
                Err((column, error)) => {
                    errors.push((Field::Note { row, column }, error));
                    rows_left_out += 1;
                }
            }
        }

        ParsedForm {
            inputs: EngagementInputs {
                followers,
                notes,
                benchmark,
                suspicious_line,
                qualified_line,
                fake_share,
                tiers,
                profile_likes_saves,
                // Blank text is no comments (and no link key).
                comments: if self.comments.trim().is_empty() {
                    String::new()
                } else {
                    self.comments.clone()
                },
            },
            errors,
            rows_left_out,
        }
    }

    fn parse_tiers(&self, errors: &mut Vec<(Field, FieldError)>) -> TierBounds {
        let defaults = TierBounds::default();
        let fields = [
            (Field::TailFrom, &self.tail_from),
            (Field::MidFrom, &self.mid_from),
            (Field::HeadFrom, &self.head_from),
        ];
        let mut values = [0u64; 3];
        let mut all_read = true;
        for ((field, raw), value) in fields.iter().zip(values.iter_mut()) {
            match parse_positive_count(raw) {
                Ok(v) => *value = v,
                Err(error) => {
                    errors.push((*field, error));
                    all_read = false;
                }
            }
        }
        let [tail_from, mid_from, head_from] = values;
        if !all_read {
            return defaults;
        }
        if mid_from <= tail_from {
            errors.push((Field::MidFrom, FieldError::NotAscending));
            return defaults;
        }
        if head_from <= mid_from {
            errors.push((Field::HeadFrom, FieldError::NotAscending));
            return defaults;
        }
        TierBounds {
            tail_from,
            mid_from,
            head_from,
        }
    }
}

impl FieldText for EngagementForm {
    type Field = Field;

    fn text(&self, field: Field) -> &str {
        match field {
            Field::Followers => &self.followers,
            Field::Benchmark => &self.benchmark,
            Field::Suspicious => &self.suspicious,
            Field::Qualified => &self.qualified,
            Field::Fake => &self.fake,
            Field::TailFrom => &self.tail_from,
            Field::MidFrom => &self.mid_from,
            Field::HeadFrom => &self.head_from,
            Field::ProfileLikesSaves => &self.profile_likes_saves,
            Field::Note { row, column } => self.notes.get(row).map_or("", |n| n.cell(column)),
        }
    }

    fn text_mut(&mut self, field: Field) -> Option<&mut String> {
        Some(match field {
            Field::Followers => &mut self.followers,
            Field::Benchmark => &mut self.benchmark,
            Field::Suspicious => &mut self.suspicious,
            Field::Qualified => &mut self.qualified,
            Field::Fake => &mut self.fake,
            Field::TailFrom => &mut self.tail_from,
            Field::MidFrom => &mut self.mid_from,
            Field::HeadFrom => &mut self.head_from,
            Field::ProfileLikesSaves => &mut self.profile_likes_saves,
            Field::Note { row, column } => self.notes.get_mut(row)?.cell_mut(column),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_form_reads_back_the_default_inputs() {
        let parsed = EngagementForm::default().parse();
        assert_eq!(parsed.errors, vec![]);
        assert_eq!(parsed.inputs, EngagementInputs::default());
    }

    #[test]
    fn each_bad_field_gets_its_own_error_and_others_stay() {
        let mut form = EngagementForm {
            followers: "abc".into(),
            benchmark: "-2".into(),
            fake: "150".into(),
            mid_from: "5000".into(),
            ..EngagementForm::default()
        };
        form.notes[1].likes = "1.5".into();
        form.notes.push(NoteText::default());
        let parsed = form.parse();
        assert_eq!(parsed.error(Field::Followers), Some(FieldError::NotANumber));
        assert_eq!(parsed.error(Field::Benchmark), Some(FieldError::Negative));
        assert_eq!(
            parsed.error(Field::Fake),
            Some(FieldError::OutOfRange {
                min: 0.0,
                max: 100.0
            })
        );
        assert_eq!(parsed.error(Field::MidFrom), Some(FieldError::NotAscending));
        assert_eq!(
            parsed.error(Field::Note {
                row: 1,
                column: NoteColumn::Likes
            }),
            Some(FieldError::NotWhole)
        );
        assert_eq!(parsed.rows_left_out, 1);
        // The blank row is skipped, the bad one left out, four good ones stay.
        assert_eq!(parsed.inputs.notes.len(), 5);
        assert_eq!(parsed.inputs.followers, 0);
    }

    #[test]
    fn a_partly_filled_row_needs_its_counts_but_not_views() {
        let row = NoteText {
            likes: "10".into(),
            ..NoteText::default()
        };
        assert_eq!(row.read(), Err((NoteColumn::Saves, FieldError::Empty)));
        let row = NoteText {
            likes: "10".into(),
            saves: "2".into(),
            comments: "1".into(),
            shares: "0".into(),
            views: String::new(),
        };
        assert_eq!(row.read().unwrap().unwrap().views, None);
    }
}
