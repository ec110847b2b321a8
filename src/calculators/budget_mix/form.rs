//! What the user typed, kept as text, and its reading into [`MixInputs`]
//! with an error for each field that cannot be used. A field in error falls
//! back to its default so the rest still computes; the page says so beside it.

use super::model::{
    per_creator, pillars, MixInputs, Objective, Tier, TierInputs, MAX_HEAD_CAP, PRICE_RANGE,
    REACH_RANGE,
};
use crate::currency::Currency;
use crate::fields::FieldText;
use crate::units::{
    in_range, parse_count, parse_decimal, parse_percent, parse_yuan, plain_number, strip_currency,
    FieldError,
};

/// A single-value field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Global {
    /// Total budget, display currency (`b`).
    Budget,
    /// Video share % (`vs`).
    VideoShare,
    /// Video multiplier (`vm`).
    VideoMultiplier,
    /// Platform fee % (`fee`).
    PlatformFee,
    /// Seeding post rate % (`post`).
    PostRate,
    /// Feed share % (`fs`).
    FeedShare,
    /// Feed CPM (`cpm`).
    FeedCpm,
    /// Search share % (`ss`).
    SearchShare,
    /// Search CPC (`cpc`).
    SearchCpc,
    /// Owned notes (`own`).
    OwnedNotes,
    /// Minimum seeding KOCs (`minseed`).
    MinSeeding,
    /// Minimum mid KOL reviews (`minrev`).
    MinReviews,
    /// Head KOL cap (`headcap`).
    HeadCap,
    /// Maximum tier share % (`maxshare`).
    MaxTierShare,
    /// Monte Carlo seed (`seed`).
    Seed,
    /// Fake share spread, percentage points (`spread`).
    FakeSpread,
}

/// How a field is read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// A decimal within a range.
    Decimal(f64, f64),
    /// An amount in yuan within a range, with or without the yuan's sign.
    Yuan(f64, f64),
    /// A percentage within a range (percent).
    Percent(f64, f64),
    /// A whole count up to a maximum.
    Count(f64),
}

impl Kind {
    /// Reads `text` as a number in the model's unit (fractions for percents).
    pub fn read(self, text: &str) -> Result<f64, FieldError> {
        match self {
            Kind::Decimal(min, max) => parse_decimal(text, min, max),
            Kind::Yuan(min, max) => in_range(parse_yuan(text)?, min, max),
            Kind::Percent(min, max) => parse_percent(text, min, max),
            Kind::Count(max) => {
                let n = parse_count(text)? as f64;
                if n > max {
                    Err(FieldError::OutOfRange { min: 0.0, max })
                } else {
                    Ok(n)
                }
            }
        }
    }

    /// Writes a model value as the user would type it.
    pub fn write(self, value: f64) -> String {
        match self {
            Kind::Percent(..) => plain_number(value * 100.0, 4),
            _ => plain_number(value, 4),
        }
    }
}

impl Global {
    /// Every field, in link order.
    pub const ALL: [Global; 16] = [
        Global::Budget,
        Global::VideoShare,
        Global::VideoMultiplier,
        Global::PlatformFee,
        Global::PostRate,
        Global::FeedShare,
        Global::FeedCpm,
        Global::SearchShare,
        Global::SearchCpc,
        Global::OwnedNotes,
        Global::MinSeeding,
        Global::MinReviews,
        Global::HeadCap,
        Global::MaxTierShare,
        Global::Seed,
        Global::FakeSpread,
    ];

    /// Link key.
    pub fn key(self) -> &'static str {
        const KEYS: [&str; 16] = [
            "b", "vs", "vm", "fee", "post", "fs", "cpm", "ss", "cpc", "own", "minseed", "minrev",
            "headcap", "maxshare", "seed", "spread",
        ];
        KEYS.get(self as usize).copied().unwrap_or("")
    }

    /// How it is read.
    pub fn kind(self) -> Kind {
        match self {
            Global::Budget => Kind::Decimal(0.01, 1e9),
            Global::VideoShare | Global::PostRate => Kind::Percent(0.0, 100.0),
            Global::VideoMultiplier => Kind::Decimal(1.0, 5.0),
            Global::PlatformFee | Global::FakeSpread => Kind::Percent(0.0, 50.0),
            Global::FeedShare | Global::SearchShare => Kind::Percent(0.0, 95.0),
            Global::FeedCpm | Global::SearchCpc => Kind::Yuan(0.01, 10_000.0),
            Global::OwnedNotes => Kind::Count(10_000.0),
            Global::MinSeeding | Global::MinReviews => Kind::Count(1_000_000.0),
            Global::HeadCap => Kind::Count(MAX_HEAD_CAP as f64),
            Global::MaxTierShare => Kind::Percent(1.0, 100.0),
            Global::Seed => Kind::Count(1e10),
        }
    }

    fn get(self, i: &MixInputs, cny_per_unit: f64) -> f64 {
        match self {
            Global::Budget => i.budget / cny_per_unit,
            Global::VideoShare => i.video_share,
            Global::VideoMultiplier => i.video_multiplier,
            Global::PlatformFee => i.platform_fee,
            Global::PostRate => i.post_rate,
            Global::FeedShare => i.feed_share,
            Global::FeedCpm => i.feed_cpm,
            Global::SearchShare => i.search_share,
            Global::SearchCpc => i.search_cpc,
            Global::OwnedNotes => i.owned_notes as f64,
            Global::MinSeeding => i.rules.min_seeding as f64,
            Global::MinReviews => i.rules.min_reviews as f64,
            Global::HeadCap => i.rules.head_cap as f64,
            Global::MaxTierShare => i.rules.max_tier_share,
            Global::Seed => i.seed as f64,
            Global::FakeSpread => i.fake_spread,
        }
    }

    fn set(self, i: &mut MixInputs, v: f64, cny_per_unit: f64) {
        match self {
            Global::Budget => i.budget = v * cny_per_unit,
            Global::VideoShare => i.video_share = v,
            Global::VideoMultiplier => i.video_multiplier = v,
            Global::PlatformFee => i.platform_fee = v,
            Global::PostRate => i.post_rate = v,
            Global::FeedShare => i.feed_share = v,
            Global::FeedCpm => i.feed_cpm = v,
            Global::SearchShare => i.search_share = v,
            Global::SearchCpc => i.search_cpc = v,
            Global::OwnedNotes => i.owned_notes = v as u64,
            Global::MinSeeding => i.rules.min_seeding = v as u64,
            Global::MinReviews => i.rules.min_reviews = v as u64,
            Global::HeadCap => i.rules.head_cap = v as u64,
            Global::MaxTierShare => i.rules.max_tier_share = v,
            Global::Seed => i.seed = v as u64,
            Global::FakeSpread => i.fake_spread = v,
        }
    }
}

/// A column of the tier table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// Quote per image note (seeding: product plus shipping), CNY.
    Price,
    /// Typical followers.
    Followers,
    /// Low engagement rate %.
    RateLow,
    /// Likely engagement rate %.
    Rate,
    /// High engagement rate %.
    RateHigh,
    /// Fake-follower share %.
    Fake,
    /// Creators in the manual mix.
    Count,
    /// Reach factor: impressions per note over authentic followers. Not in
    /// the tier's link value (which keeps its seven cells): the `reach` key
    /// holds the five factors.
    Reach,
}

impl Column {
    /// Every column, in cell order.
    pub const ALL: [Column; 8] = [
        Column::Price,
        Column::Followers,
        Column::RateLow,
        Column::Rate,
        Column::RateHigh,
        Column::Fake,
        Column::Count,
        Column::Reach,
    ];

    /// The columns of a tier's link value, in its order.
    pub const TIER_LINK: [Column; 7] = [
        Column::Price,
        Column::Followers,
        Column::RateLow,
        Column::Rate,
        Column::RateHigh,
        Column::Fake,
        Column::Count,
    ];

    /// How a cell is read.
    pub fn kind(self) -> Kind {
        match self {
            Column::Price => Kind::Yuan(PRICE_RANGE.0, PRICE_RANGE.1),
            Column::Followers => Kind::Decimal(1.0, 1e9),
            Column::RateLow | Column::Rate | Column::RateHigh => Kind::Percent(0.0, 100.0),
            Column::Fake => Kind::Percent(0.0, 95.0),
            Column::Count => Kind::Count(100_000.0),
            Column::Reach => Kind::Decimal(REACH_RANGE.0, REACH_RANGE.1),
        }
    }

    fn get(self, row: &TierInputs) -> f64 {
        match self {
            Column::Price => row.price,
            Column::Followers => row.followers,
            Column::RateLow => row.rate[0],
            Column::Rate => row.rate[1],
            Column::RateHigh => row.rate[2],
            Column::Fake => row.fake,
            Column::Count => row.count as f64,
            Column::Reach => row.reach,
        }
    }

    fn set(self, row: &mut TierInputs, v: f64) {
        match self {
            Column::Price => row.price = v,
            Column::Followers => row.followers = v,
            Column::RateLow => row.rate[0] = v,
            Column::Rate => row.rate[1] = v,
            Column::RateHigh => row.rate[2] = v,
            Column::Fake => row.fake = v,
            Column::Count => row.count = v as u64,
            Column::Reach => row.reach = v,
        }
    }
}

/// A field of the form, to place its error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// A single-value field.
    Global(Global),
    /// A cell of the tier table.
    Cell(Tier, Column),
}

/// Every field of the budget mix, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MixForm {
    /// Single-value fields in [`Global::ALL`] order.
    pub globals: [String; 16],
    /// Tier cells, rows in [`Tier::ALL`] order, columns in [`Column::ALL`] order.
    pub cells: [[String; 8]; 5],
    /// The optimiser's objective (`obj`).
    pub objective: Objective,
}

impl Default for MixForm {
    fn default() -> Self {
        MixForm::from_inputs(&MixInputs::default(), 1.0)
    }
}

/// The form read into inputs, with what could not be used.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedForm {
    /// The inputs to compute with.
    pub inputs: MixInputs,
    /// Each field in error and why.
    pub errors: Vec<(Field, FieldError)>,
}

impl MixForm {
    /// The form showing `inputs`, the budget in the display currency.
    pub fn from_inputs(inputs: &MixInputs, cny_per_unit: f64) -> MixForm {
        MixForm {
            globals: Global::ALL.map(|g| g.kind().write(g.get(inputs, cny_per_unit))),
            cells: Tier::ALL
                .map(|t| Column::ALL.map(|c| c.kind().write(c.get(t.of(&inputs.tiers))))),
            objective: inputs.objective,
        }
    }

    /// Reads the form with the budget in yuan (see [`MixForm::parse_in`]).
    pub fn parse(&self, cny_per_unit: f64) -> ParsedForm {
        self.parse_in(Currency::Cny, cny_per_unit)
    }

    /// Reads the form; the budget is typed in the display currency
    /// `currency`, worth `cny_per_unit` yuan, and may carry its symbol
    /// (`€300k`); another currency's symbol is an error.
    ///
    /// A manual count may also be typed as a share of the creator budget
    /// ("20%"): the tier then gets as many whole creators as that share buys.
    pub fn parse_in(&self, currency: Currency, cny_per_unit: f64) -> ParsedForm {
        let defaults = MixInputs::default();
        let mut inputs = defaults.clone();
        inputs.objective = self.objective;
        let mut errors = Vec::new();
        for g in Global::ALL {
            let text = self.text(Field::Global(g));
            let read = match (g, g.kind()) {
                (Global::Budget, Kind::Decimal(min, max)) => {
                    strip_currency(text, currency).and_then(|t| parse_decimal(t, min, max))
                }
                (_, kind) => kind.read(text),
            };
            match read {
                Ok(v) => g.set(&mut inputs, v, cny_per_unit),
                Err(e) => errors.push((Field::Global(g), e)),
            }
        }
        if Global::Budget
            .kind()
            .read(self.text(Field::Global(Global::Budget)))
            .is_err()
        {
            inputs.budget = defaults.budget;
        }
        let mut shares = Vec::new();
        for t in Tier::ALL {
            let row = t.of_mut(&mut inputs.tiers);
            for c in Column::ALL {
                let text = self.text(Field::Cell(t, c));
                let read = match count_share(c, text) {
                    Some(Ok(share)) => {
                        shares.push((t, share));
                        continue;
                    }
                    Some(Err(e)) => Err(e),
                    None => c.kind().read(text),
                };
                match read {
                    Ok(v) => c.set(row, v),
                    Err(e) => errors.push((Field::Cell(t, c), e)),
                }
            }
            let [low, likely, high] = row.rate;
            if low > likely || likely > high {
                errors.push((
                    Field::Cell(t, Column::Rate),
                    FieldError::OutOfRange {
                        min: low * 100.0,
                        max: high * 100.0,
                    },
                ));
                row.rate = t.of(&defaults.tiers).rate;
            }
        }
        let creator_budget = pillars(&inputs).creators;
        for (t, share) in shares {
            let cost = per_creator(&inputs, t).cost;
            let affordable = if cost > 0.0 {
                (share * creator_budget / cost).floor()
            } else {
                0.0
            };
            t.of_mut(&mut inputs.tiers).count = affordable as u64;
        }
        ParsedForm { inputs, errors }
    }
}

/// A manual count typed as a share of the creator budget (`20%`): `None`
/// for any other column or text, else the share as a fraction or why not.
pub fn count_share(column: Column, text: &str) -> Option<Result<f64, FieldError>> {
    let text = text.trim();
    let is_share = column == Column::Count && (text.ends_with('%') || text.ends_with('％'));
    is_share.then(|| parse_percent(text, 0.0, 100.0))
}

impl FieldText for MixForm {
    type Field = Field;

    fn text(&self, field: Field) -> &str {
        match field {
            Field::Global(g) => self.globals.get(g as usize),
            Field::Cell(t, c) => t.of(&self.cells).get(c as usize),
        }
        .map_or("", String::as_str)
    }

    fn text_mut(&mut self, field: Field) -> Option<&mut String> {
        match field {
            Field::Global(g) => self.globals.get_mut(g as usize),
            Field::Cell(t, c) => t.of_mut(&mut self.cells).get_mut(c as usize),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yuan_fields_read_the_yuans_sign_and_refuse_another() {
        let mut form = MixForm::from_inputs(&MixInputs::default(), 1.0);
        let mut set = |field: Field, text: &str| {
            if let Some(slot) = form.text_mut(field) {
                *slot = text.into();
            }
        };
        set(Field::Cell(Tier::Mid, Column::Price), "¥1.5万");
        set(Field::Global(Global::FeedCpm), "35元");
        let parsed = form.parse_in(Currency::Eur, 8.0);
        assert_eq!(parsed.errors, vec![]);
        assert_eq!(Tier::Mid.of(&parsed.inputs.tiers).price, 15_000.0);
        assert_eq!(parsed.inputs.feed_cpm, 35.0);
        if let Some(slot) = form.text_mut(Field::Global(Global::SearchCpc)) {
            *slot = "€4".into();
        }
        assert_eq!(
            form.parse_in(Currency::Eur, 8.0).errors,
            vec![(
                Field::Global(Global::SearchCpc),
                FieldError::YuanOnly {
                    typed: Currency::Eur
                }
            )]
        );
    }
}
