//! Results as data: every calculator lists its outputs here, once, in a
//! fixed order. Each has a stable key (README's "Results as data"), a value
//! or the reason it is undefined, a label, a kind that decides how it is
//! written, and a group that says where the page shows it. The pages, the
//! CSV, the comparison and README's tables all read these lists; nothing
//! reads a figure back out of the page.

use crate::currency::Currency;
use crate::dates::Date;
use crate::i18n::{Key, Lang};
use crate::units::{format_fixed, format_number, format_percent};

/// How a figure is written.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// Yuan, shown in the display currency too; negative as −¥.
    Money,
    /// Yuan with a sign (a difference): +¥1,200, −¥300.
    MoneyChange,
    /// A fraction shown as a percentage with this many decimals.
    Share(u8),
    /// A number grouped for reading (万 in Chinese), at most this many
    /// decimals.
    Number(u8),
    /// A number with a sign (a difference), as [`Kind::Number`].
    NumberChange(u8),
    /// A plain ratio such as 1.85, exactly this many decimals, no grouping.
    Ratio(u8),
    /// A volume per note, written by the key's template ("{0} units sold"):
    /// whole, and "about" when the value is not (a break-even of 244.4
    /// units reads "about 244 units sold").
    Volume(Key),
    /// A count expected on average (notes from a post rate): whole, and
    /// "about" when the value is not.
    Expected,
    /// A difference of expected counts, with a sign, as [`Kind::Expected`].
    ExpectedChange,
    /// A calendar date.
    Date,
    /// A word such as `meets`, written by its text.
    Word,
}

/// A piece of a label or of a word's text, filled into a template.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// A text of the translation table.
    Text(Key),
    /// Text as it is (`P10`).
    Plain(&'static str),
    /// Yuan, written as [`Kind::Money`].
    Money(f64),
    /// A fraction as a percentage with this many decimals.
    Share(f64, u8),
    /// A number for reading, at most this many decimals.
    Number(f64, u8),
    /// A calendar date, written in full.
    Date(Date),
    /// Another text.
    Label(Box<Label>),
    /// Texts listed with the language's separator ("a, b" or "a、b").
    List(Vec<Label>),
}

/// A text: a template of the translation table and what fills its `{0}`,
/// `{1}`…
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// The template (or the whole text, without arguments).
    pub key: Key,
    /// Its arguments.
    pub args: Vec<Arg>,
}

impl Label {
    /// A text without arguments.
    pub fn text(key: Key) -> Label {
        Label { key, args: vec![] }
    }

    /// A template filled with `args`.
    pub fn with(key: Key, args: Vec<Arg>) -> Label {
        Label { key, args }
    }

    /// Texts joined as "first · second".
    pub fn join(first: Key, second: Key) -> Label {
        Label::with(Key::JoinTwo, vec![Arg::Text(first), Arg::Text(second)])
    }

    /// The text in `lang`, amounts in `money`'s currency.
    pub fn write(&self, money: &MoneyFormat) -> String {
        let args: Vec<String> = self.args.iter().map(|a| a.write(money)).collect();
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        money.lang.format(self.key, &refs)
    }
}

impl Arg {
    fn write(&self, money: &MoneyFormat) -> String {
        let lang = money.lang;
        match *self {
            Arg::Text(key) => lang.text(key).to_string(),
            Arg::Plain(text) => text.to_string(),
            Arg::Money(v) => money.write(v),
            Arg::Share(v, decimals) => format_percent(v, usize::from(decimals)),
            Arg::Number(v, decimals) => minus(format_number(v, usize::from(decimals), lang)),
            Arg::Date(d) => d.display(lang),
            Arg::Label(ref label) => label.write(money),
            Arg::List(ref labels) => {
                let texts: Vec<String> = labels.iter().map(|l| l.write(money)).collect();
                texts.join(lang.text(Key::ListSeparator))
            }
        }
    }
}

/// An output's value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A number, unrounded (ratios and shares as fractions).
    Number(f64),
    /// A date.
    Date(Date),
    /// A word: its stable code (`meets`) and its text.
    Word(String, Label),
    /// No value for these inputs: why, in full and, where a table cell
    /// should say it, in a few words.
    Undefined(Key, Option<Key>),
}

/// Where the page shows an output.
#[derive(Clone, Debug, PartialEq)]
pub enum Group {
    /// The calculator's answer to its question, in one sentence with its
    /// decisive numbers; shown first, above everything else.
    Answer,
    /// The answer at the top: a verdict, a status, the cheapest option.
    Headline,
    /// A sentence under the answer, shown when it has a value.
    Note,
    /// Carried for machines (CSV, comparison, tests); the page says it in
    /// words elsewhere, such as a list of warnings.
    Data,
    /// A figure with its label, in the grid of figures named by the key.
    Figure(&'static str),
    /// A cell of the table named by the key, in the row and column named by
    /// the labels.
    Cell {
        /// Which table.
        table: &'static str,
        /// The row's heading.
        row: Label,
        /// The column's heading.
        column: Label,
    },
}

/// One computed figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Output {
    /// Its stable key, as README documents it.
    pub key: String,
    /// Its value.
    pub value: Value,
    /// What it is called.
    pub label: Label,
    /// How it is written.
    pub kind: Kind,
    /// Where it is shown.
    pub group: Group,
    /// A note under it, such as where its value comes from.
    pub note: Option<Label>,
}

impl Kind {
    /// `v` written as this kind.
    pub fn write(self, v: f64, money: &MoneyFormat) -> String {
        let lang = money.lang;
        let signed = |text: String| {
            if v > 0.0 {
                format!("+{text}")
            } else {
                text
            }
        };
        match self {
            Kind::Money | Kind::Word | Kind::Date => money.write(v),
            Kind::MoneyChange => signed(money.write(v)),
            Kind::Share(decimals) => format_percent(v, usize::from(decimals)),
            Kind::Number(decimals) => minus(format_number(v, usize::from(decimals), lang)),
            Kind::NumberChange(decimals) => {
                signed(minus(format_number(v, usize::from(decimals), lang)))
            }
            Kind::Ratio(decimals) => minus(format!("{v:.*}", usize::from(decimals))),
            Kind::Volume(template) => {
                let whole = about(v, minus(format_number(v.round(), 0, lang)), lang);
                lang.format(template, &[&whole])
            }
            Kind::Expected => about(v, minus(format_number(v.round(), 0, lang)), lang),
            Kind::ExpectedChange => {
                about(v, signed(minus(format_number(v.round(), 0, lang))), lang)
            }
        }
    }
}

impl Output {
    /// A figure of `kind`: `value`, or undefined for the reason given.
    pub fn new(key: impl Into<String>, label: Label, kind: Kind, value: Value) -> Output {
        Output {
            key: key.into(),
            value,
            label,
            kind,
            group: Group::Figure("figures"),
            note: None,
        }
    }

    /// The same output in `group`.
    pub fn in_group(self, group: Group) -> Output {
        Output { group, ..self }
    }

    /// The same output with a note under it.
    pub fn with_note(self, note: Label) -> Output {
        Output {
            note: Some(note),
            ..self
        }
    }

    /// The value as data carries it (`data-value`, the CSV's exact column):
    /// the unrounded number, an ISO date, a word's code, or empty.
    pub fn data(&self) -> String {
        match &self.value {
            Value::Number(v) if v.is_finite() => v.to_string(),
            Value::Number(_) | Value::Undefined(..) => String::new(),
            Value::Date(d) => d.iso(),
            Value::Word(code, _) => code.clone(),
        }
    }

    /// The number, if it is one.
    pub fn number(&self) -> Option<f64> {
        match self.value {
            Value::Number(v) if v.is_finite() => Some(v),
            _ => None,
        }
    }

    /// The value as a person reads it. Undefined, a dash; a word (an
    /// answer in words) says why instead.
    pub fn text(&self, money: &MoneyFormat) -> String {
        let lang = money.lang;
        let v = match &self.value {
            Value::Number(v) if v.is_finite() => *v,
            Value::Undefined(why, _) if self.kind == Kind::Word => return lang.text(*why).into(),
            Value::Number(_) | Value::Undefined(..) => return "–".to_string(),
            Value::Date(d) => return d.display(lang),
            Value::Word(_, text) => return text.write(money),
        };
        self.kind.write(v, money)
    }

    /// Why it is undefined, in full, if it is.
    pub fn reason(&self) -> Option<Key> {
        match self.value {
            Value::Undefined(why, _) => Some(why),
            _ => None,
        }
    }

    /// Why it is undefined, in a few words, if a table cell should say it.
    pub fn short_reason(&self) -> Option<Key> {
        match self.value {
            Value::Undefined(_, short) => short,
            _ => None,
        }
    }
}

/// `whole`, the rounded text of `v`, with "about" before it when `v` is
/// not a whole number (beyond the float noise of a product such as
/// 60 × 0.4).
fn about(v: f64, whole: String, lang: Lang) -> String {
    if (v - v.round()).abs() <= 1e-9 * v.abs().max(1.0) {
        whole
    } else {
        lang.format(Key::AboutValue, &[&whole])
    }
}

/// One money format for every page, table, comparison and export: whole
/// units from 1,000 (`¥3,272`); below that exactly `decimals` decimals
/// (`¥6.40`, never `¥6.4`; none for yen and won); `¥0` for what rounds to
/// zero; a typographic minus before the symbol (`−¥3,480`).
pub fn format_amount(value: f64, symbol: &str, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let scale = 10f64.powi(i32::try_from(decimals).unwrap_or(0));
    let rounded = (value.abs() * scale).round() / scale;
    // Halves round away from zero, as money does (formatting rounds them
    // to even).
    // Nothing is written "¥0.00": zero is zero in every currency.
    let (rounded, decimals) = if rounded >= 1000.0 || rounded == 0.0 {
        (rounded.round(), 0)
    } else {
        (rounded, decimals)
    };
    let sign = if value < 0.0 && rounded > 0.0 {
        "−"
    } else {
        ""
    };
    format!("{sign}{symbol}{}", format_fixed(rounded, decimals, lang))
}

/// Writes a typographic minus, as people print negative amounts.
fn minus(text: String) -> String {
    match text.strip_prefix('-') {
        Some(rest) => format!("−{rest}"),
        None => text,
    }
}

/// How amounts are written: the language, the display currency and its rate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MoneyFormat {
    /// The language.
    pub lang: Lang,
    /// The display currency.
    pub currency: Currency,
    /// Yuan per one unit of it.
    pub cny_per_unit: f64,
}

impl MoneyFormat {
    /// Yuan only, in `lang`.
    pub fn yuan(lang: Lang) -> MoneyFormat {
        MoneyFormat {
            lang,
            currency: Currency::Cny,
            cny_per_unit: 1.0,
        }
    }

    /// A yuan amount, and in the display currency when it is another:
    /// `¥1,200 (€146.34)`, both as [`format_amount`] writes them.
    pub fn write(&self, cny: f64) -> String {
        let yuan = self.yuan_text(cny);
        match self.display_text(cny) {
            Some(display) => format!("{yuan} ({display})"),
            None => yuan,
        }
    }

    /// A yuan amount in yuan alone.
    pub fn yuan_text(&self, cny: f64) -> String {
        format_amount(
            cny,
            Currency::Cny.symbol(),
            Currency::Cny.decimals(),
            self.lang,
        )
    }

    /// A yuan amount in the display currency, when it is another than yuan
    /// and has a rate.
    pub fn display_text(&self, cny: f64) -> Option<String> {
        (self.currency != Currency::Cny && self.cny_per_unit > 0.0).then(|| {
            format_amount(
                cny / self.cny_per_unit,
                self.currency.symbol(),
                self.currency.decimals(),
                self.lang,
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_written_with_a_typographic_minus_before_the_symbol() {
        let euro = MoneyFormat {
            lang: Lang::En,
            currency: Currency::Eur,
            cny_per_unit: 8.0,
        };
        assert_eq!(euro.write(-3480.0), "−¥3,480 (−€435.00)");
        assert_eq!(MoneyFormat::yuan(Lang::En).write(1200.5), "¥1,201");
        let change = Output::new(
            "diff_cost",
            Label::text(Key::MixCost),
            Kind::MoneyChange,
            Value::Number(1200.0),
        );
        assert_eq!(change.text(&MoneyFormat::yuan(Lang::En)), "+¥1,200");
    }

    #[test]
    fn one_money_format_whole_from_a_thousand_else_the_currencys_decimals() {
        let en = MoneyFormat::yuan(Lang::En);
        let zh = MoneyFormat::yuan(Lang::Zh);
        for (cny, text) in [
            (3272.4, "¥3,272"),
            (999.996, "¥1,000"),
            (140.8, "¥140.80"),
            (5.102, "¥5.10"),
            (0.0, "¥0"),
            (-0.001, "¥0"),
            (-27.6, "−¥27.60"),
            (-1_234_567.89, "−¥1,234,568"),
        ] {
            assert_eq!(en.write(cny), text, "{cny}");
        }
        assert_eq!(zh.write(3272.4), "¥3,272");
        assert_eq!(zh.write(32_724.0), "¥3.27万");
        assert_eq!(zh.write(140.8), "¥140.80");
        let yen = MoneyFormat {
            lang: Lang::En,
            currency: Currency::Jpy,
            cny_per_unit: 0.05,
        };
        assert_eq!(yen.write(5.1), "¥5.10 (JP¥102)");
        let euro = MoneyFormat {
            lang: Lang::En,
            currency: Currency::Eur,
            cny_per_unit: 8.0,
        };
        assert_eq!(euro.write(41.0), "¥41.00 (€5.13)");
        assert_eq!(euro.write(26_176.0), "¥26,176 (€3,272)");
        // No amount is written with one decimal, in either language.
        for lang in [Lang::En, Lang::Zh] {
            let money = MoneyFormat { lang, ..euro };
            let mut rng = crate::random::SplitMix64::new(3);
            for _ in 0..2000 {
                let v = (rng.next_f64() - 0.3) * 10f64.powi((rng.next_f64() * 7.0) as i32);
                let text = money.write(v);
                for part in text.split(['(', ' ']) {
                    let amount = part.trim_end_matches([')', '万', '亿']);
                    if let Some((_, decimals)) = amount.split_once('.') {
                        assert!(
                            decimals.len() == 2 || part.contains('万') || part.contains('亿'),
                            "{v}: {text}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn expected_counts_and_volumes_are_whole_or_say_about() {
        let en = MoneyFormat::yuan(Lang::En);
        let zh = MoneyFormat::yuan(Lang::Zh);
        let sales = Kind::Volume(Key::CompVolumeSales);
        assert_eq!(sales.write(244.4, &en), "about 244 units sold");
        assert_eq!(sales.write(220.0, &en), "220 units sold");
        assert_eq!(sales.write(244.4, &zh), "约 244 件");
        assert_eq!(Kind::Expected.write(13.2, &en), "about 13");
        assert_eq!(Kind::Expected.write(60.0 * 0.4, &en), "24");
        assert_eq!(Kind::Expected.write(13.2, &zh), "约 13");
        assert_eq!(Kind::ExpectedChange.write(-35.8, &en), "about −36");
        assert_eq!(Kind::ExpectedChange.write(136.4, &en), "about +136");
    }

    #[test]
    fn undefined_figures_carry_no_data_and_show_a_dash() {
        let o = Output::new(
            "er_views",
            Label::text(Key::ErViews),
            Kind::Share(2),
            Value::Undefined(Key::UndefinedNoViews, None),
        );
        assert_eq!(o.data(), "");
        assert_eq!(o.text(&MoneyFormat::yuan(Lang::En)), "–");
        assert_eq!(o.reason(), Some(Key::UndefinedNoViews));
    }
}
