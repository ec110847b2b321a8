//! What the user typed, kept as text so nothing is lost, and its reading
//! into [`ShortlistInputs`] with an error for each field or cell that cannot
//! be used. A row with a cell in error is neither vetted nor picked; the
//! page marks the results stale until every field reads.

use super::model::{Creator, Mark, ShortlistInputs, MAX_BUDGET_CNY, MAX_CREATORS, QUOTE_RANGE};
use crate::calculators::budget_mix::model::{Objective, MAX_HEAD_CAP};
use crate::calculators::engagement::model::TierBounds;
use crate::currency::Currency;
use crate::fields::FieldText;
use crate::units::{
    parse_count, parse_decimal, parse_number, parse_percent, parse_positive_count, plain_number,
    FieldError, MAX_COUNT,
};

/// A field of a creator row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    /// Name (达人昵称).
    Name,
    /// Followers.
    Followers,
    /// Quote per note, CNY.
    Quote,
    /// Average likes per note.
    Likes,
    /// Average saves per note.
    Saves,
    /// Average comments per note.
    Comments,
    /// Average shares per note.
    Shares,
    /// Average views per note (optional).
    Views,
    /// Likes and saves together (赞藏): a paste heading only, filling likes.
    LikesSaves,
}

impl Column {
    /// The row's cells in link order.
    pub const LINK_ORDER: [Column; 8] = [
        Column::Name,
        Column::Followers,
        Column::Quote,
        Column::Likes,
        Column::Saves,
        Column::Comments,
        Column::Shares,
        Column::Views,
    ];

    /// Every field a pasted column can fill, for the mapping step.
    pub const MAPPABLE: [Column; 9] = [
        Column::Name,
        Column::Followers,
        Column::Quote,
        Column::Likes,
        Column::Saves,
        Column::Comments,
        Column::Shares,
        Column::Views,
        Column::LikesSaves,
    ];

    /// A stable code for the mapping menu and tests.
    pub fn key(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Followers => "followers",
            Column::Quote => "quote",
            Column::Likes => "likes",
            Column::Saves => "saves",
            Column::Comments => "comments",
            Column::Shares => "shares",
            Column::Views => "views",
            Column::LikesSaves => "likes_saves",
        }
    }
}

/// One creator row as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CreatorText {
    /// Name.
    pub name: String,
    /// Followers.
    pub followers: String,
    /// Quote, CNY.
    pub quote: String,
    /// Average likes.
    pub likes: String,
    /// Average saves.
    pub saves: String,
    /// Average comments.
    pub comments: String,
    /// Average shares.
    pub shares: String,
    /// Average views; empty when unknown.
    pub views: String,
}

impl CreatorText {
    /// The text of one cell (a likes+saves column reads as likes).
    pub fn cell(&self, column: Column) -> &str {
        match column {
            Column::Name => &self.name,
            Column::Followers => &self.followers,
            Column::Quote => &self.quote,
            Column::Likes | Column::LikesSaves => &self.likes,
            Column::Saves => &self.saves,
            Column::Comments => &self.comments,
            Column::Shares => &self.shares,
            Column::Views => &self.views,
        }
    }

    /// The text of one cell, to edit (`None` for likes+saves, no cell).
    pub fn cell_mut(&mut self, column: Column) -> Option<&mut String> {
        Some(match column {
            Column::Name => &mut self.name,
            Column::Followers => &mut self.followers,
            Column::Quote => &mut self.quote,
            Column::Likes => &mut self.likes,
            Column::Saves => &mut self.saves,
            Column::Comments => &mut self.comments,
            Column::Shares => &mut self.shares,
            Column::Views => &mut self.views,
            Column::LikesSaves => return None,
        })
    }

    /// A row from its cells in link order (missing cells empty).
    pub fn from_cells(cells: &[String]) -> CreatorText {
        let mut row = CreatorText::default();
        for (column, cell) in Column::LINK_ORDER.iter().zip(cells) {
            if let Some(slot) = row.cell_mut(*column) {
                slot.clone_from(cell);
            }
        }
        row
    }

    /// Whether nothing at all was typed (a row just added).
    pub fn is_untouched(&self) -> bool {
        Column::LINK_ORDER.iter().all(|&c| self.cell(c).is_empty())
    }

    /// Reads the row, or its first bad cell.
    pub fn read(&self) -> Result<Creator, (Column, FieldError)> {
        let count = |column: Column| parse_count(self.cell(column)).map_err(|e| (column, e));
        // Averages may have decimals; they are rounded to whole interactions.
        let average = |column: Column| -> Result<u64, (Column, FieldError)> {
            let value = parse_number(self.cell(column)).map_err(|e| (column, e))?;
            if value < 0.0 {
                Err((column, FieldError::Negative))
            } else if value > MAX_COUNT {
                Err((column, FieldError::TooLarge { max: MAX_COUNT }))
            } else {
                Ok(value.round() as u64)
            }
        };
        let followers =
            parse_positive_count(&self.followers).map_err(|e| (Column::Followers, e))?;
        let quote = parse_decimal(strip_currency(&self.quote), QUOTE_RANGE.0, QUOTE_RANGE.1)
            .map_err(|e| (Column::Quote, e))?;
        let views = if self.views.trim().is_empty() {
            None
        } else {
            Some(count(Column::Views)?)
        };
        Ok(Creator {
            name: self.name.trim().to_string(),
            followers,
            quote,
            likes: average(Column::Likes)?,
            saves: average(Column::Saves)?,
            comments: average(Column::Comments)?,
            shares: average(Column::Shares)?,
            views,
        })
    }

    fn from_creator(c: &Creator) -> CreatorText {
        CreatorText {
            name: c.name.clone(),
            followers: c.followers.to_string(),
            quote: plain_number(c.quote, 2),
            likes: c.likes.to_string(),
            saves: c.saves.to_string(),
            comments: c.comments.to_string(),
            shares: c.shares.to_string(),
            views: c.views.map(|v| v.to_string()).unwrap_or_default(),
        }
    }
}

/// A quote as sheets write it: `¥12,000`, `12000元`.
fn strip_currency(text: &str) -> &str {
    let text = text.trim();
    let text = text
        .strip_prefix('¥')
        .or_else(|| text.strip_prefix('￥'))
        .or_else(|| text.strip_prefix("RMB"))
        .or_else(|| text.strip_prefix("CNY"))
        .unwrap_or(text);
    text.strip_suffix('元').unwrap_or(text).trim()
}

/// A single-value setting of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setting {
    /// Budget in the display currency (`b`).
    Budget,
    /// Benchmark % (`bench`).
    Benchmark,
    /// Platform fee % (`fee`).
    Fee,
    /// Fake share % (`fake`); empty: by tier.
    Fake,
    /// Tail tier from (`tiers`, first).
    TailFrom,
    /// Mid tier from (`tiers`, second).
    MidFrom,
    /// Head tier from (`tiers`, third).
    HeadFrom,
    /// Head cap (`headcap`).
    HeadCap,
    /// Minimum mid-tier reviews (`minrev`).
    MinReviews,
    /// Maximum share of the budget per tier % (`maxshare`).
    MaxShare,
}

impl Setting {
    /// Every setting, in form order.
    pub const ALL: [Setting; 10] = [
        Setting::Budget,
        Setting::Benchmark,
        Setting::Fee,
        Setting::Fake,
        Setting::TailFrom,
        Setting::MidFrom,
        Setting::HeadFrom,
        Setting::HeadCap,
        Setting::MinReviews,
        Setting::MaxShare,
    ];
}

/// A field of the form, to place its error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// A single-value setting.
    Setting(Setting),
    /// A creator cell.
    Cell {
        /// Row index (0-based).
        row: usize,
        /// Column.
        column: Column,
    },
}

/// Every field of the shortlist, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShortlistForm {
    /// Settings in [`Setting::ALL`] order.
    pub settings: [String; 10],
    /// The objective (`obj`).
    pub objective: Objective,
    /// Creator rows (`list`).
    pub rows: Vec<CreatorText>,
    /// Marks per row (`keep`, `never`); missing: free.
    pub marks: Vec<Mark>,
}

impl Default for ShortlistForm {
    fn default() -> Self {
        ShortlistForm::from_inputs(&ShortlistInputs::default(), 1.0)
    }
}

/// The form read into inputs, with what could not be used.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedForm {
    /// The inputs to compute with.
    pub inputs: ShortlistInputs,
    /// Each field in error and why.
    pub errors: Vec<(Field, FieldError)>,
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

fn percent_text(fraction: f64) -> String {
    plain_number(fraction * 100.0, 4)
}

impl ShortlistForm {
    /// The form showing `inputs`, the budget in the display currency.
    pub fn from_inputs(inputs: &ShortlistInputs, cny_per_unit: f64) -> ShortlistForm {
        let r = &inputs.rules;
        ShortlistForm {
            settings: [
                plain_number(inputs.budget / cny_per_unit, 2),
                percent_text(inputs.benchmark),
                percent_text(inputs.fee),
                inputs.fake_share.map(percent_text).unwrap_or_default(),
                inputs.tiers.tail_from.to_string(),
                inputs.tiers.mid_from.to_string(),
                inputs.tiers.head_from.to_string(),
                r.head_cap.to_string(),
                r.min_reviews.to_string(),
                percent_text(r.max_tier_share),
            ],
            objective: inputs.objective,
            rows: inputs
                .creators
                .iter()
                .flatten()
                .map(CreatorText::from_creator)
                .collect(),
            marks: inputs.marks.clone(),
        }
    }

    /// The mark of row `row`.
    pub fn mark(&self, row: usize) -> Mark {
        self.marks.get(row).copied().unwrap_or_default()
    }

    /// Sets the mark of row `row`.
    pub fn set_mark(&mut self, row: usize, mark: Mark) {
        if row < self.rows.len() {
            if self.marks.len() <= row {
                self.marks.resize(row + 1, Mark::Free);
            }
            if let Some(slot) = self.marks.get_mut(row) {
                *slot = mark;
            }
        }
    }

    /// Removes row `row` with its mark.
    pub fn remove_row(&mut self, row: usize) {
        if row < self.rows.len() {
            self.rows.remove(row);
            if row < self.marks.len() {
                self.marks.remove(row);
            }
        }
    }

    /// Reads every field; never fails as a whole. The budget is typed in
    /// the display currency (`cny_per_unit` yuan each), without its sign
    /// (see [`ShortlistForm::parse_in`]).
    pub fn parse(&self, cny_per_unit: f64) -> ParsedForm {
        self.parse_in(Currency::Cny, cny_per_unit)
    }

    /// Reads every field; never fails as a whole. The budget is typed in
    /// the display currency `currency` (`cny_per_unit` yuan each), as the
    /// budget mix's is: `300k`, `30万`, with the currency's sign (`€3k`);
    /// another currency's sign is an error.
    pub fn parse_in(&self, currency: Currency, cny_per_unit: f64) -> ParsedForm {
        let defaults = ShortlistInputs::default();
        let mut inputs = defaults.clone();
        let mut errors = Vec::new();
        let text = |s: Setting| self.text(Field::Setting(s));
        let mut read = |s: Setting, result: Result<f64, FieldError>| match result {
            Ok(v) => Some(v),
            Err(e) => {
                errors.push((Field::Setting(s), e));
                None
            }
        };
        let rate = if cny_per_unit.is_finite() && cny_per_unit > 0.0 {
            cny_per_unit
        } else {
            1.0
        };
        if let Some(b) = read(
            Setting::Budget,
            crate::units::strip_currency(text(Setting::Budget), currency)
                .and_then(|t| parse_decimal(t, 0.01, MAX_BUDGET_CNY / rate)),
        ) {
            inputs.budget = b * rate;
        }
        if let Some(v) = read(
            Setting::Benchmark,
            parse_percent(text(Setting::Benchmark), 0.001, 100.0),
        ) {
            inputs.benchmark = v;
        }
        if let Some(v) = read(Setting::Fee, parse_percent(text(Setting::Fee), 0.0, 50.0)) {
            inputs.fee = v;
        }
        inputs.fake_share = if text(Setting::Fake).trim().is_empty() {
            None
        } else {
            read(
                Setting::Fake,
                parse_percent(text(Setting::Fake), 0.0, 100.0),
            )
        };
        let count = |raw: &str, max: f64| -> Result<f64, FieldError> {
            let v = parse_count(raw)? as f64;
            if v > max {
                Err(FieldError::TooLarge { max })
            } else {
                Ok(v)
            }
        };
        if let Some(v) = read(
            Setting::HeadCap,
            count(text(Setting::HeadCap), MAX_HEAD_CAP as f64),
        ) {
            inputs.rules.head_cap = v as u64;
        }
        if let Some(v) = read(
            Setting::MinReviews,
            count(text(Setting::MinReviews), MAX_CREATORS as f64),
        ) {
            inputs.rules.min_reviews = v as u64;
        }
        if let Some(v) = read(
            Setting::MaxShare,
            parse_percent(text(Setting::MaxShare), 1.0, 100.0),
        ) {
            inputs.rules.max_tier_share = v;
        }
        inputs.tiers = self.parse_tiers(&mut errors);
        inputs.objective = self.objective;
        inputs.creators = self
            .rows
            .iter()
            .take(MAX_CREATORS)
            .enumerate()
            .map(|(row, text)| match text.read() {
                Ok(creator) => Some(creator),
                Err((column, error)) => {
                    errors.push((Field::Cell { row, column }, error));
                    None
                }
            })
            .collect();
        inputs.marks = self
            .marks
            .iter()
            .take(inputs.creators.len())
            .copied()
            .collect();
        ParsedForm { inputs, errors }
    }

    fn parse_tiers(&self, errors: &mut Vec<(Field, FieldError)>) -> TierBounds {
        let fields = [Setting::TailFrom, Setting::MidFrom, Setting::HeadFrom];
        let mut values = [0u64; 3];
        let mut all_read = true;
        for (s, value) in fields.iter().zip(values.iter_mut()) {
            match parse_positive_count(self.text(Field::Setting(*s))) {
                Ok(v) => *value = v,
                Err(e) => {
                    errors.push((Field::Setting(*s), e));
                    all_read = false;
                }
            }
        }
        let [tail_from, mid_from, head_from] = values;
        if !all_read {
            return TierBounds::default();
        }
        if mid_from <= tail_from {
            errors.push((Field::Setting(Setting::MidFrom), FieldError::NotAscending));
            return TierBounds::default();
        }
        if head_from <= mid_from {
            errors.push((Field::Setting(Setting::HeadFrom), FieldError::NotAscending));
            return TierBounds::default();
        }
        TierBounds {
            tail_from,
            mid_from,
            head_from,
        }
    }
}

impl FieldText for ShortlistForm {
    type Field = Field;

    fn text(&self, field: Field) -> &str {
        match field {
            Field::Setting(s) => self.settings.get(s as usize).map_or("", String::as_str),
            Field::Cell { row, column } => self.rows.get(row).map_or("", |r| r.cell(column)),
        }
    }

    fn text_mut(&mut self, field: Field) -> Option<&mut String> {
        match field {
            Field::Setting(s) => self.settings.get_mut(s as usize),
            Field::Cell { row, column } => self.rows.get_mut(row)?.cell_mut(column),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_form_reads_back_the_default_inputs() {
        let parsed = ShortlistForm::default().parse(1.0);
        assert_eq!(parsed.errors, vec![]);
        assert_eq!(parsed.inputs, ShortlistInputs::default());
    }

    #[test]
    fn cells_read_as_sheets_write_them() {
        let row = CreatorText {
            name: "小鹿".into(),
            followers: "1.2万".into(),
            quote: "¥3,000".into(),
            likes: "12k".into(),
            saves: "85.6".into(),
            comments: "12,000".into(),
            shares: "0".into(),
            views: String::new(),
        };
        let c = row.read().unwrap();
        assert_eq!(
            (c.followers, c.quote, c.likes, c.saves, c.comments),
            (12_000, 3_000.0, 12_000, 86, 12_000)
        );
    }

    #[test]
    fn a_bad_cell_names_its_row_and_column() {
        let mut form = ShortlistForm::default();
        form.rows[2].followers = "many".into();
        form.settings[Setting::Budget as usize] = "-5".into();
        let parsed = form.parse(1.0);
        assert_eq!(
            parsed.error(Field::Cell {
                row: 2,
                column: Column::Followers
            }),
            Some(FieldError::NotANumber)
        );
        assert!(parsed.error(Field::Setting(Setting::Budget)).is_some());
        assert_eq!(parsed.inputs.creators[2], None);
        assert_eq!(form.rows[2].followers, "many");
    }

    #[test]
    fn the_budget_reads_the_display_currencys_sign_and_refuses_another() {
        let mut form = ShortlistForm::default();
        form.settings[Setting::Budget as usize] = "€3k".into();
        let parsed = form.parse_in(Currency::Eur, 8.0);
        assert_eq!(parsed.error(Field::Setting(Setting::Budget)), None);
        assert_eq!(parsed.inputs.budget, 24_000.0);
        form.settings[Setting::Budget as usize] = "¥3k".into();
        assert_eq!(
            form.parse_in(Currency::Eur, 8.0)
                .error(Field::Setting(Setting::Budget)),
            Some(FieldError::OtherCurrency {
                typed: Currency::Cny,
                expected: Currency::Eur
            })
        );
    }
}
