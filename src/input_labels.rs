//! What each link key is called and how its value is written, for readers of
//! a comparison or an export: the labels are the ones the calculator's form
//! shows beside the field (the same texts as its field specs), so a row
//! never shows a raw key such as `fs` or `headcap`.

use crate::calculators::Calculator;
use crate::i18n::{Key, Lang};
use crate::outputs::{format_amount, MoneyFormat};
use crate::units::format_number;

/// How an input's value is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// An amount in yuan.
    Yuan,
    /// An amount in the display currency.
    Display,
    /// A percentage (the link carries percent).
    Percent,
    /// A multiplier.
    Times,
    /// Hours.
    Hours,
    /// A number without a unit.
    Number,
    /// A choice, written by its text (see [`choice`]).
    Choice,
    /// Text or a list of cells, as typed.
    Text,
}

/// A link key's label (`{0}` stands for the display currency) and unit.
pub type Input = (Key, Unit);

impl Calculator {
    /// The label and unit of link key `key`, shared keys included; `None`
    /// for a key the calculator does not have.
    pub fn input(self, key: &str) -> Option<Input> {
        use Unit::*;
        let shared = match key {
            "cur" => Some((Key::CurrencyLabel, Choice)),
            "rate" => Some((Key::RateLabel, Number)),
            _ => None,
        };
        shared.or(match self {
            Calculator::Engagement => match key {
                "f" => Some((Key::FollowersLabel, Number)),
                "notes" => Some((Key::InputNotes, Text)),
                "b" => Some((Key::BenchmarkLabel, Percent)),
                "sus" => Some((Key::SuspiciousLabel, Percent)),
                "qual" => Some((Key::QualifiedLabel, Percent)),
                "fake" => Some((Key::FakeLabel, Percent)),
                "tiers" => Some((Key::InputTierBounds, Text)),
                "ls" => Some((Key::ProfileLikesSavesLabel, Number)),
                "cm" => Some((Key::CommentsLabel, Text)),
                _ => None,
            },
            Calculator::BudgetMix => match key {
                "b" => Some((Key::MixBudget, Display)),
                "vs" => Some((Key::MixVideoShare, Percent)),
                "vm" => Some((Key::MixVideoMultiplier, Times)),
                "fee" => Some((Key::MixPlatformFee, Percent)),
                "post" => Some((Key::MixPostRate, Percent)),
                "fs" => Some((Key::MixFeedShare, Percent)),
                "cpm" => Some((Key::MixFeedCpm, Yuan)),
                "ss" => Some((Key::MixSearchShare, Percent)),
                "cpc" => Some((Key::MixSearchCpc, Yuan)),
                "own" => Some((Key::MixOwnedNotes, Number)),
                "minseed" => Some((Key::MixMinSeeding, Number)),
                "minrev" => Some((Key::MixMinReviews, Number)),
                "headcap" => Some((Key::MixHeadCap, Number)),
                "maxshare" => Some((Key::MixMaxShare, Percent)),
                "seed" => Some((Key::MixSeed, Number)),
                "spread" => Some((Key::MixFakeSpread, Percent)),
                "obj" => Some((Key::MixObjective, Choice)),
                "head" => Some((Key::InputMixHead, Text)),
                "mid" => Some((Key::InputMixMid, Text)),
                "tail" => Some((Key::InputMixTail, Text)),
                "koc" => Some((Key::InputMixKoc, Text)),
                "seeding" => Some((Key::InputMixSeeding, Text)),
                "reach" => Some((Key::InputMixReach, Text)),
                _ => None,
            },
            Calculator::Compensation => match key {
                "q" => Some((Key::CompQuoteLabel, Yuan)),
                "fmt" => Some((Key::CompFormatLabel, Times)),
                "eng" => Some((Key::InputCompEngagements, Text)),
                "reads" => Some((Key::InputCompReads, Text)),
                "clicks" => Some((Key::InputCompClicks, Text)),
                "sales" => Some((Key::InputCompSales, Text)),
                "price" => Some((Key::CompPriceLabel, Yuan)),
                "margin" => Some((Key::CompMarginLabel, Percent)),
                "ret" => Some((Key::CompReturnsLabel, Percent)),
                "basis" => Some((Key::CompBasisLabel, Choice)),
                "qcur" => Some((Key::CompQuoteUnitLabel, Choice)),
                "qsrc" => Some((Key::CompQuoteSourceLabel, Choice)),
                "pe" => Some((Key::CompPerEngagementLabel, Yuan)),
                "pc" => Some((Key::CompPerClickLabel, Yuan)),
                "com" => Some((Key::CompCommissionLabel, Percent)),
                "pcost" => Some((Key::CompProductCostLabel, Yuan)),
                "ship" => Some((Key::CompShippingLabel, Yuan)),
                "post" => Some((Key::CompPostRateLabel, Percent)),
                "hb" => Some((Key::CompHybridBaseLabel, Percent)),
                "bonus" => Some((Key::CompHybridBonusLabel, Yuan)),
                "thr" => Some((Key::CompThresholdLabel, Number)),
                "hcom" => Some((Key::CompHybridCommissionLabel, Percent)),
                "pf" => Some((Key::CompPlatformFeeLabel, Percent)),
                "mcn" => Some((Key::CompMcnLabel, Percent)),
                "af" => Some((Key::CompAgencyFeeLabel, Percent)),
                "fx" => Some((Key::CompFxLabel, Percent)),
                "bfx" => Some((Key::CompBankFxLabel, Percent)),
                "ur" => Some((Key::CompUsageShareLabel, Percent)),
                "um" => Some((Key::CompUsageMonthsLabel, Number)),
                "gp" => Some((Key::CompGiftedPerformanceLabel, Percent)),
                "gur" => Some((Key::CompGiftedUsageLabel, Percent)),
                "seedmax" => Some((Key::CompSeedingLineLabel, Yuan)),
                _ => None,
            },
            Calculator::Timeline => match key {
                "dir" => Some((Key::TlDirection, Choice)),
                "s" => Some((Key::TlStart, Text)),
                "t" => Some((Key::TlTarget, Text)),
                "sel" => Some((Key::InputTlSelection, Text)),
                "brief" => Some((Key::InputTlBriefing, Text)),
                "draft" => Some((Key::InputTlDraft, Text)),
                "final" => Some((Key::InputTlFinal, Text)),
                "review" => Some((Key::InputTlPlatform, Text)),
                "pub" => Some((Key::InputTlPublication, Text)),
                "rounds" => Some((Key::TlRounds, Number)),
                "rc" => Some((Key::InputTlRoundCreator, Text)),
                "rb" => Some((Key::InputTlRoundBrand, Text)),
                "w1" => Some((Key::InputTlWaveSeeding, Text)),
                "w2" => Some((Key::InputTlWaveVertical, Text)),
                "w3" => Some((Key::InputTlWaveHead, Text)),
                "tz" => Some((Key::TlUtcOffset, Hours)),
                "seed" => Some((Key::TlSeed, Number)),
                "off" => Some((Key::TlDaysOff, Text)),
                "work" => Some((Key::TlExtraWorkingDays, Text)),
                "ign" => Some((Key::InputTlIgnored, Text)),
                _ => None,
            },
            Calculator::Shortlist => match key {
                "b" => Some((Key::MixBudget, Display)),
                "bench" => Some((Key::BenchmarkLabel, Percent)),
                "fee" => Some((Key::MixPlatformFee, Percent)),
                "fake" => Some((Key::FakeLabel, Percent)),
                "tiers" => Some((Key::InputTierBounds, Text)),
                "headcap" => Some((Key::MixHeadCap, Number)),
                "minrev" => Some((Key::MixMinReviews, Number)),
                "maxshare" => Some((Key::MixMaxShare, Percent)),
                "obj" => Some((Key::MixObjective, Choice)),
                "keep" => Some((Key::InputSlKeep, Text)),
                "never" => Some((Key::InputSlNever, Text)),
                "list" => Some((Key::SlSectionList, Text)),
                _ => None,
            },
        })
    }

    /// The label of link key `key` as the page writes it, or the key itself
    /// for one this calculator does not have (a hand-edited link).
    pub fn input_label(self, key: &str, money: &MoneyFormat) -> String {
        self.input(key).map_or_else(
            || key.to_string(),
            |(label, _)| money.lang.format(label, &[money.currency.code()]),
        )
    }
}

/// The text of a choice's link value (`obj=eng`), if it is one.
pub fn choice(key: &str, value: &str) -> Option<Key> {
    Some(match (key, value) {
        ("obj", "eng") => Key::MixObjectiveEngagements,
        ("obj", "reach") => Key::MixObjectiveReach,
        ("obj", "notes") => Key::MixObjectiveNotes,
        ("basis", "engagement") => Key::CompBasisEngagement,
        ("basis", "click") => Key::CompBasisClick,
        ("basis", "sale") => Key::CompBasisSale,
        ("qcur", "cny") => Key::InputQuoteInYuan,
        ("qcur", "cur") => Key::InputQuoteInDisplay,
        ("qsrc", "mcn") => Key::CompQuoteSourceMcn,
        ("qsrc", "net") => Key::CompQuoteSourceNet,
        ("dir", "start") => Key::TlForward,
        ("dir", "target") => Key::TlBackward,
        _ => return None,
    })
}

/// An input's link value as a person reads it: amounts with their currency,
/// numbers grouped for the language, percentages with `%`, choices in words;
/// text and lists of cells as typed. A value that is not a number where one
/// is expected is shown as typed.
pub fn write(input: Option<Input>, key: &str, value: &str, money: &MoneyFormat) -> String {
    let lang: Lang = money.lang;
    let number = crate::decimal::parse_decimal(value.trim());
    let grouped = |n: f64| {
        let text = format_number(n.abs(), 4, lang);
        if n < 0.0 {
            format!("−{text}")
        } else {
            text
        }
    };
    match (input.map(|(_, unit)| unit), number) {
        (Some(Unit::Choice), _) => {
            choice(key, value).map_or_else(|| value.to_string(), |k| lang.text(k).to_string())
        }
        (Some(Unit::Yuan), Some(n)) => money.yuan_text(n),
        (Some(Unit::Display), Some(n)) => display_amount(n, money),
        (Some(Unit::Percent), Some(n)) => format!("{}%", grouped(n)),
        (Some(Unit::Times), Some(n)) => format!("{}×", grouped(n)),
        (Some(Unit::Hours), Some(n)) => format!("{} h", grouped(n)),
        (Some(Unit::Number), Some(n)) => grouped(n),
        (_, _) if value.is_empty() => "–".to_string(),
        // Lists of cells read better with a space after each comma.
        (Some(Unit::Text), _) if !value.contains(' ') => {
            value.replace(',', ", ").replace(';', "; ")
        }
        _ => value.to_string(),
    }
}

/// An amount typed in the display currency, as every amount is written.
fn display_amount(n: f64, money: &MoneyFormat) -> String {
    format_amount(
        n,
        money.currency.symbol(),
        money.currency.decimals(),
        money.lang,
    )
}

/// A change of an input of `unit` by `delta`, signed and with its unit:
/// `+¥300.00`, `−€5,000`, `+5 pts`, `+0.4×`, `+2 h`; `None` for a unit
/// that has none to show (numbers, choices, text).
pub fn write_change(unit: Unit, delta: f64, money: &MoneyFormat) -> Option<String> {
    let lang = money.lang;
    let plus = if delta > 0.0 { "+" } else { "" };
    let number = || {
        let text = format_number(delta.abs(), 4, lang);
        if delta < 0.0 {
            format!("−{text}")
        } else {
            format!("{plus}{text}")
        }
    };
    match unit {
        Unit::Yuan => Some(format!("{plus}{}", money.yuan_text(delta))),
        Unit::Display => Some(format!("{plus}{}", display_amount(delta, money))),
        Unit::Percent => Some(lang.format(Key::ComparePoints, &[&number()])),
        Unit::Times => Some(format!("{}×", number())),
        Unit::Hours => Some(format!("{} h", number())),
        Unit::Number | Unit::Choice | Unit::Text => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::currency::Currency;

    #[test]
    fn inputs_are_written_with_their_units() {
        let euro = MoneyFormat {
            lang: Lang::En,
            currency: Currency::Eur,
            cny_per_unit: 8.0,
        };
        let mix = Calculator::BudgetMix;
        assert_eq!(mix.input_label("b", &euro), "Total budget (EUR)");
        assert_eq!(write(mix.input("b"), "b", "200000", &euro), "€200,000");
        assert_eq!(write(mix.input("cpm"), "cpm", "30", &euro), "¥30.00");
        assert_eq!(write(mix.input("cpm"), "cpm", "30.5", &euro), "¥30.50");
        assert_eq!(write(mix.input("fs"), "fs", "20", &euro), "20%");
        assert_eq!(
            write(mix.input("obj"), "obj", "reach", &euro),
            "Reach (impressions)"
        );
        assert_eq!(write(mix.input("fs"), "fs", "abc", &euro), "abc");
        assert_eq!(mix.input_label("zzz", &euro), "zzz");
    }

    #[test]
    fn changes_of_inputs_carry_their_units() {
        let euro = MoneyFormat {
            lang: Lang::En,
            currency: Currency::Eur,
            cny_per_unit: 8.0,
        };
        assert_eq!(
            write_change(Unit::Display, -5000.0, &euro).as_deref(),
            Some("−€5,000")
        );
        assert_eq!(
            write_change(Unit::Yuan, 300.0, &euro).as_deref(),
            Some("+¥300.00")
        );
        assert_eq!(
            write_change(Unit::Percent, 5.0, &euro).as_deref(),
            Some("+5 pts")
        );
        let zh = MoneyFormat {
            lang: Lang::Zh,
            ..euro
        };
        assert_eq!(
            write_change(Unit::Percent, -2.5, &zh).as_deref(),
            Some("−2.5 个百分点")
        );
        assert_eq!(
            write_change(Unit::Times, 0.4, &euro).as_deref(),
            Some("+0.4×")
        );
        assert_eq!(write_change(Unit::Number, 3.0, &euro), None);
    }
}
