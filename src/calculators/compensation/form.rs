//! What the user typed, kept as text, and its reading into
//! [`CompensationInputs`] with an error for each field that cannot be used.
//! A field in error falls back to its default and the page says so beside it.
//!
//! The texts live in one array indexed by [`Field`], so a field's text, its
//! parser and its slot in the inputs are each one `match` away.

use super::model::{Basis, CompensationInputs};
use crate::currency::Currency;
use crate::fields::FieldText;
use crate::units::{
    in_range, parse_amount, parse_count, parse_decimal, parse_percent, parse_yuan, plain_number,
    FieldError,
};

/// A field of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Field {
    Quote,
    Format,
    EngLow,
    EngLikely,
    EngHigh,
    ReadsLow,
    ReadsLikely,
    ReadsHigh,
    ClicksLow,
    ClicksLikely,
    ClicksHigh,
    SalesLow,
    SalesLikely,
    SalesHigh,
    Price,
    Margin,
    Returns,
    PerEngagement,
    PerClick,
    Commission,
    ProductCost,
    Shipping,
    PostRate,
    HybridBase,
    HybridBonus,
    HybridThreshold,
    HybridCommission,
    PlatformFee,
    McnCommission,
    AgencyFee,
    FxSpread,
    UsageShare,
    UsageMonths,
    GiftedPerformance,
    GiftedUsage,
    SeedingLine,
    BankFx,
}

/// Number of fields.
pub const FIELD_COUNT: usize = 37;

/// How a field is typed and read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Yuan above zero.
    PositiveMoney,
    /// Yuan, zero or more.
    Money,
    /// A multiplier from 0.1 to 10.
    Multiplier,
    /// A whole count.
    Count,
    /// A percentage from 0 to 100.
    Percent,
    /// A percentage from 0.1 to 100 (a post rate of zero gifts forever).
    PostRate,
    /// A percentage from 0 to 99 (a share of everything leaves nothing to
    /// gross up).
    Share,
    /// Whole months, at most 120.
    Months,
}

/// Largest amount accepted, in yuan.
pub const MAX_MONEY: f64 = 1e9;

impl Kind {
    /// Reads `raw`, as a fraction for percentages; amounts in yuan, with
    /// or without its sign (`¥12,000`, `1.2万`).
    pub fn read(self, raw: &str) -> Result<f64, FieldError> {
        match self {
            Kind::PositiveMoney => in_range(parse_yuan(raw)?, 0.01, MAX_MONEY),
            Kind::Money => in_range(parse_yuan(raw)?, 0.0, MAX_MONEY),
            Kind::Multiplier => parse_decimal(raw, 0.1, 10.0),
            Kind::Count => parse_count(raw).map(|v| v as f64),
            Kind::Percent => parse_percent(raw, 0.0, 100.0),
            Kind::PostRate => parse_percent(raw, 0.1, 100.0),
            Kind::Share => parse_percent(raw, 0.0, 99.0),
            Kind::Months => match parse_count(raw)? {
                m if m > 120 => Err(FieldError::OutOfRange {
                    min: 0.0,
                    max: 120.0,
                }),
                m => Ok(m as f64),
            },
        }
    }

    /// Writes `value` as a user would type it.
    pub fn show(self, value: f64) -> String {
        match self {
            Kind::Percent | Kind::PostRate | Kind::Share => plain_number(value * 100.0, 4),
            _ => plain_number(value, 2),
        }
    }
}

impl Field {
    /// Every field, in link and page order.
    pub const ALL: [Field; FIELD_COUNT] = [
        Field::Quote,
        Field::Format,
        Field::EngLow,
        Field::EngLikely,
        Field::EngHigh,
        Field::ReadsLow,
        Field::ReadsLikely,
        Field::ReadsHigh,
        Field::ClicksLow,
        Field::ClicksLikely,
        Field::ClicksHigh,
        Field::SalesLow,
        Field::SalesLikely,
        Field::SalesHigh,
        Field::Price,
        Field::Margin,
        Field::Returns,
        Field::PerEngagement,
        Field::PerClick,
        Field::Commission,
        Field::ProductCost,
        Field::Shipping,
        Field::PostRate,
        Field::HybridBase,
        Field::HybridBonus,
        Field::HybridThreshold,
        Field::HybridCommission,
        Field::PlatformFee,
        Field::McnCommission,
        Field::AgencyFee,
        Field::FxSpread,
        Field::UsageShare,
        Field::UsageMonths,
        Field::GiftedPerformance,
        Field::GiftedUsage,
        Field::SeedingLine,
        Field::BankFx,
    ];

    /// How the field is read.
    pub fn kind(self) -> Kind {
        use Field::*;
        match self {
            Quote | Price => Kind::PositiveMoney,
            SeedingLine => Kind::Money,
            McnCommission => Kind::Share,
            PerEngagement | PerClick | ProductCost | Shipping | HybridBonus => Kind::Money,
            Format => Kind::Multiplier,
            EngLow | EngLikely | EngHigh | ReadsLow | ReadsLikely | ReadsHigh | ClicksLow
            | ClicksLikely | ClicksHigh | SalesLow | SalesLikely | SalesHigh | HybridThreshold => {
                Kind::Count
            }
            PostRate => Kind::PostRate,
            UsageMonths => Kind::Months,
            Margin | Returns | Commission | HybridBase | HybridCommission | PlatformFee
            | AgencyFee | FxSpread | UsageShare | GiftedPerformance | GiftedUsage | BankFx => {
                Kind::Percent
            }
        }
    }

    /// The input this field sets.
    pub fn slot(self, inputs: &mut CompensationInputs) -> &mut f64 {
        use Field::*;
        let i = inputs;
        match self {
            Quote => &mut i.quote,
            Format => &mut i.format,
            EngLow => &mut i.engagements.low,
            EngLikely => &mut i.engagements.likely,
            EngHigh => &mut i.engagements.high,
            ReadsLow => &mut i.reads.low,
            ReadsLikely => &mut i.reads.likely,
            ReadsHigh => &mut i.reads.high,
            ClicksLow => &mut i.clicks.low,
            ClicksLikely => &mut i.clicks.likely,
            ClicksHigh => &mut i.clicks.high,
            SalesLow => &mut i.sales.low,
            SalesLikely => &mut i.sales.likely,
            SalesHigh => &mut i.sales.high,
            Price => &mut i.price,
            Margin => &mut i.margin,
            Returns => &mut i.return_rate,
            PerEngagement => &mut i.per_engagement,
            PerClick => &mut i.per_click,
            Commission => &mut i.commission,
            ProductCost => &mut i.product_cost,
            Shipping => &mut i.shipping,
            PostRate => &mut i.post_rate,
            HybridBase => &mut i.hybrid_base,
            HybridBonus => &mut i.hybrid_bonus,
            HybridThreshold => &mut i.hybrid_threshold,
            HybridCommission => &mut i.hybrid_commission,
            PlatformFee => &mut i.platform_fee,
            McnCommission => &mut i.mcn_commission,
            AgencyFee => &mut i.agency_fee,
            FxSpread => &mut i.fx_spread,
            UsageShare => &mut i.usage_share,
            UsageMonths => &mut i.usage_months,
            GiftedPerformance => &mut i.gifted_performance,
            GiftedUsage => &mut i.gifted_usage_share,
            SeedingLine => &mut i.seeding_quote_line,
            BankFx => &mut i.bank_fx,
        }
    }
}

/// The low, likely and high fields of each estimate, with its link key.
pub const RANGES: [(&str, [Field; 3]); 4] = [
    ("eng", [Field::EngLow, Field::EngLikely, Field::EngHigh]),
    (
        "reads",
        [Field::ReadsLow, Field::ReadsLikely, Field::ReadsHigh],
    ),
    (
        "clicks",
        [Field::ClicksLow, Field::ClicksLikely, Field::ClicksHigh],
    ),
    (
        "sales",
        [Field::SalesLow, Field::SalesLikely, Field::SalesHigh],
    ),
];

/// Every field of the compensation calculator, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompensationForm {
    /// The text of each field, indexed by `Field as usize`.
    pub texts: [String; FIELD_COUNT],
    /// What performance pay counts (a choice, not typed).
    pub basis: Basis,
    /// Whether the quote is typed in the display currency rather than yuan.
    pub quote_in_display: bool,
    /// Whether the quote is the creator's own net price (a choice).
    pub quote_is_net: bool,
}

impl Default for CompensationForm {
    fn default() -> Self {
        CompensationForm::from_inputs(&CompensationInputs::default())
    }
}

/// The form read into inputs, with what could not be used.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedForm {
    /// The inputs to compute with.
    pub inputs: CompensationInputs,
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

impl CompensationForm {
    /// The form showing `inputs`.
    pub fn from_inputs(inputs: &CompensationInputs) -> CompensationForm {
        let mut copy = inputs.clone();
        CompensationForm {
            texts: Field::ALL.map(|f| f.kind().show(*f.slot(&mut copy))),
            basis: inputs.basis,
            quote_in_display: false,
            quote_is_net: inputs.quote_is_net,
        }
    }

    /// Reads every field with the quote converted to yuan at `cny_per_unit`
    /// when it is typed in the display currency (see
    /// [`CompensationForm::parse_in`], which also checks its sign).
    pub fn parse_at_rate(&self, cny_per_unit: f64) -> ParsedForm {
        self.parse_in(Currency::Cny, cny_per_unit)
    }

    /// Reads every field; the quote is typed in yuan or, when chosen, in
    /// the display currency `display`, worth `cny_per_unit` yuan, and
    /// converted to yuan. It may carry its currency's sign (`€2k`,
    /// `¥12,000`); the sign of the other currency it could be typed in is
    /// an error that says how to choose it, any other currency's an error.
    pub fn parse_in(&self, display: Currency, cny_per_unit: f64) -> ParsedForm {
        let mut parsed = self.parse();
        let typed_in = if self.quote_in_display {
            display
        } else {
            Currency::Cny
        };
        parsed.errors.retain(|(f, _)| *f != Field::Quote);
        match read_quote(self.text(Field::Quote), typed_in, display) {
            Ok(quote) => {
                let in_display = self.quote_in_display && cny_per_unit > 0.0;
                parsed.inputs.quote = if in_display {
                    quote * cny_per_unit
                } else {
                    quote
                };
            }
            Err(error) => {
                parsed.inputs.quote = CompensationInputs::default().quote;
                parsed.errors.insert(0, (Field::Quote, error));
            }
        }
        parsed
    }

    /// Reads every field, the quote in yuan; never fails as a whole.
    pub fn parse(&self) -> ParsedForm {
        let defaults = CompensationInputs::default();
        let mut inputs = defaults.clone();
        inputs.basis = self.basis;
        inputs.quote_is_net = self.quote_is_net;
        let mut errors = Vec::new();
        for field in Field::ALL {
            match field.kind().read(self.text(field)) {
                Ok(value) => *field.slot(&mut inputs) = value,
                Err(error) => errors.push((field, error)),
            }
        }
        // An estimate whose values do not rise falls back to its default.
        for (_, [low, likely, high]) in RANGES {
            let mut value = |f: Field| *f.slot(&mut inputs);
            let (l, m, h) = (value(low), value(likely), value(high));
            let bad = if m < l {
                Some(likely)
            } else if h < m {
                Some(high)
            } else {
                None
            };
            if let Some(field) = bad {
                errors.push((field, FieldError::NotAscending));
                let mut fallback = defaults.clone();
                for f in [low, likely, high] {
                    *f.slot(&mut inputs) = *f.slot(&mut fallback);
                }
            }
        }
        ParsedForm { inputs, errors }
    }
}

/// The quote typed in `typed_in`, the field's currency; the other one the
/// page offers (yuan or the display currency) gets its own message.
fn read_quote(raw: &str, typed_in: Currency, display: Currency) -> Result<f64, FieldError> {
    let quote = parse_amount(raw, typed_in).map_err(|e| match e {
        FieldError::OtherCurrency { typed, expected }
            if display != Currency::Cny && (typed == Currency::Cny || typed == display) =>
        {
            FieldError::QuoteCurrency { typed, expected }
        }
        other => other,
    })?;
    in_range(quote, 0.01, MAX_MONEY)
}

impl FieldText for CompensationForm {
    type Field = Field;

    fn text(&self, field: Field) -> &str {
        self.texts.get(field as usize).map_or("", String::as_str)
    }

    fn text_mut(&mut self, field: Field) -> Option<&mut String> {
        self.texts.get_mut(field as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_in_the_display_currency_is_converted_to_yuan() {
        let mut form = CompensationForm::default();
        if let Some(slot) = form.text_mut(Field::Quote) {
            *slot = "1500".into();
        }
        // In yuan unless said otherwise: the rate does not apply.
        assert_eq!(form.parse_at_rate(7.1).inputs.quote, 1500.0);
        form.quote_in_display = true;
        // US$1,500 at ¥7.10 = ¥10,650.
        assert_eq!(form.parse_at_rate(7.1).inputs.quote, 10_650.0);
        // A bad quote keeps its default in yuan, unconverted.
        if let Some(slot) = form.text_mut(Field::Quote) {
            *slot = "abc".into();
        }
        assert_eq!(
            form.parse_at_rate(7.1).inputs.quote,
            CompensationInputs::default().quote
        );
    }

    #[test]
    fn a_quote_reads_its_currencys_sign_and_refuses_another() {
        let mut form = CompensationForm::default();
        let typed = |form: &mut CompensationForm, text: &str| {
            if let Some(slot) = form.text_mut(Field::Quote) {
                *slot = text.into();
            }
        };
        typed(&mut form, "¥1.2万");
        assert_eq!(form.parse_in(Currency::Eur, 8.0).inputs.quote, 12_000.0);
        typed(&mut form, "€2k");
        assert_eq!(
            form.parse_in(Currency::Eur, 8.0).error(Field::Quote),
            Some(FieldError::QuoteCurrency {
                typed: Currency::Eur,
                expected: Currency::Cny
            })
        );
        assert_eq!(
            form.parse_in(Currency::Usd, 7.1).error(Field::Quote),
            Some(FieldError::OtherCurrency {
                typed: Currency::Eur,
                expected: Currency::Cny
            })
        );
        form.quote_in_display = true;
        let parsed = form.parse_in(Currency::Eur, 8.0);
        assert_eq!(parsed.errors, vec![]);
        assert_eq!(parsed.inputs.quote, 16_000.0);
        typed(&mut form, "¥12,000");
        assert_eq!(
            form.parse_in(Currency::Eur, 8.0).error(Field::Quote),
            Some(FieldError::QuoteCurrency {
                typed: Currency::Cny,
                expected: Currency::Eur
            })
        );
        typed(&mut form, "€0");
        assert_eq!(
            form.parse_in(Currency::Eur, 8.0).error(Field::Quote),
            Some(FieldError::Zero)
        );
    }

    #[test]
    fn yuan_fields_read_the_yuans_sign_and_refuse_another() {
        let mut form = CompensationForm::default();
        for (field, text) in [(Field::Price, "¥300"), (Field::Shipping, "120元")] {
            if let Some(slot) = form.text_mut(field) {
                *slot = text.into();
            }
        }
        assert_eq!(form.parse().errors, vec![]);
        if let Some(slot) = form.text_mut(Field::ProductCost) {
            *slot = "US$80".into();
        }
        assert_eq!(
            form.parse().error(Field::ProductCost),
            Some(FieldError::YuanOnly {
                typed: Currency::Usd
            })
        );
    }

    #[test]
    fn default_form_reads_back_the_default_inputs() {
        let parsed = CompensationForm::default().parse();
        assert_eq!(parsed.errors, vec![]);
        assert_eq!(parsed.inputs, CompensationInputs::default());
    }

    #[test]
    fn bad_fields_get_errors_and_defaults() {
        let mut form = CompensationForm::default();
        for (field, text) in [
            (Field::Quote, "0"),
            (Field::PlatformFee, "150"),
            (Field::Margin, "-5"),
            (Field::EngHigh, "10"),
            (Field::PostRate, "0"),
        ] {
            if let Some(slot) = form.text_mut(field) {
                *slot = text.into();
            }
        }
        let parsed = form.parse();
        assert_eq!(parsed.error(Field::Quote), Some(FieldError::Zero));
        assert!(matches!(
            parsed.error(Field::PlatformFee),
            Some(FieldError::OutOfRange { .. })
        ));
        assert_eq!(parsed.error(Field::Margin), Some(FieldError::Negative));
        assert_eq!(parsed.error(Field::EngHigh), Some(FieldError::NotAscending));
        assert!(parsed.error(Field::PostRate).is_some());
        assert_eq!(parsed.inputs, CompensationInputs::default());
    }
}
