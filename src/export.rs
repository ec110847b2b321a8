//! The CSV (and the tab-separated table copied to the clipboard) every
//! calculator exports: its inputs (the scenario link's pairs) and its
//! results (every output), one row each: the section, what the page calls
//! it, the value as a person reads it (money in the display currency,
//! rounded), the amount in yuan beside money, the exact value for machines
//! (unrounded, money in yuan, shares as fractions, dates ISO) and the
//! stable key.
//!
//! The CSV is RFC 4180 (comma-separated, `.` decimals in the exact column)
//! with a UTF-8 byte-order mark so spreadsheet programs show Chinese. It has
//! no `sep=` line: Excel ignores the byte-order mark when one is present
//! (Chinese then shows garbled) and every other program shows it as a row.
//! Excel set to a comma-decimal locale (German, French…) reads a comma CSV
//! as one column; "Copy as table" is the way in for every locale: tabs
//! separate cells in every spreadsheet program, and its exact column uses
//! the reader's decimal separator.

use crate::calculators::Calculator;
use crate::i18n::{Key, Lang};
use crate::input_labels::{self, Unit};
use crate::link::query_pairs;
use crate::outputs::{Kind, MoneyFormat, Output};

/// One row: an input or a result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// An input (`true`) or a result.
    pub input: bool,
    /// The link key or output name.
    pub name: String,
    /// What the page calls it.
    pub label: String,
    /// The value as a person reads it.
    pub shown: String,
    /// An amount in yuan, rounded, for money (empty otherwise).
    pub yuan: String,
    /// The exact value: as the link carries it, or the output's `data-value`.
    pub value: String,
}

/// A yuan amount in the display currency, and in yuan.
/// Written as every page writes money ([`crate::outputs::format_amount`]).
fn money_columns(cny: f64, money: &MoneyFormat) -> (String, String) {
    let yuan = money.yuan_text(cny);
    let shown = money.display_text(cny).unwrap_or_else(|| yuan.clone());
    (shown, yuan)
}

/// The rows of a scenario of `calculator`: its link's pairs (without the
/// format version, language and embed flag), then every output.
pub fn rows(
    calculator: Calculator,
    query: &str,
    outputs: &[Output],
    money: &MoneyFormat,
) -> Vec<Row> {
    let inputs = query_pairs(query)
        .into_iter()
        .filter(|(name, _)| !matches!(name.as_str(), "v" | "lang" | "embed"))
        .map(|(name, value)| {
            let input = calculator.input(&name);
            let number = crate::decimal::parse_decimal(value.trim());
            let (shown, yuan) = match (input.map(|(_, unit)| unit), number) {
                (Some(Unit::Yuan), Some(n)) => money_columns(n, &MoneyFormat::yuan(money.lang)),
                (Some(Unit::Display), Some(n)) => {
                    let (shown, _) = money_columns(n * money.cny_per_unit, money);
                    (shown, money_columns(n * money.cny_per_unit, money).1)
                }
                _ => (
                    input_labels::write(input, &name, &value, money),
                    String::new(),
                ),
            };
            Row {
                input: true,
                label: calculator.input_label(&name, money),
                name,
                shown,
                yuan,
                value,
            }
        });
    let results = outputs.iter().map(|o| {
        let (shown, yuan) = match (o.kind, o.number()) {
            (Kind::Money | Kind::MoneyChange, Some(v)) => {
                let (shown, yuan) = money_columns(v, money);
                let plus = |t: String| {
                    if o.kind == Kind::MoneyChange && v > 0.0 {
                        format!("+{t}")
                    } else {
                        t
                    }
                };
                (plus(shown), plus(yuan))
            }
            _ => (o.text(money), String::new()),
        };
        Row {
            input: false,
            name: o.key.clone(),
            label: o.label.write(money),
            shown,
            yuan,
            value: o.data(),
        }
    });
    inputs.chain(results).collect()
}

/// Whether a spreadsheet would run `text` as a formula.
fn is_formula(text: &str) -> bool {
    text.starts_with(['=', '+', '@'])
        || (text.starts_with('-') && crate::decimal::parse_decimal(text).is_none())
}

/// Quotes a field when it needs it (RFC 4180), and defuses text a
/// spreadsheet would run as a formula.
pub fn field(text: &str) -> String {
    let text = if is_formula(text) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A CSV file: a byte-order mark (so spreadsheet programs show Chinese),
/// then the header and each row, every field quoted and defused by
/// [`field`], every line ended by CRLF.
pub fn table<Row: AsRef<[String]>>(header: &[&str], rows: &[Row]) -> String {
    let mut out = String::from("\u{feff}");
    let mut line = |cells: Vec<String>| {
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    };
    line(header.iter().map(|h| field(h)).collect());
    for row in rows {
        line(row.as_ref().iter().map(|c| field(c)).collect());
    }
    out
}

/// The header and cells of `rows` in `lang`: section, item, value, in yuan,
/// exact value, key.
fn cells(rows: &[Row], lang: Lang) -> ([&'static str; 6], Vec<[String; 6]>) {
    let header = [
        Key::CsvSection,
        Key::CsvItem,
        Key::CsvShown,
        Key::CsvYuan,
        Key::CsvExact,
        Key::CsvKey,
    ]
    .map(|k| lang.text(k));
    let rows = rows
        .iter()
        .map(|row| {
            let section = lang.text(if row.input {
                Key::CsvInput
            } else {
                Key::CsvResult
            });
            [
                section.to_string(),
                row.label.clone(),
                row.shown.clone(),
                row.yuan.clone(),
                row.value.clone(),
                row.name.clone(),
            ]
        })
        .collect();
    (header, rows)
}

/// The CSV text of `rows`, header in `lang`.
pub fn csv(rows: &[Row], lang: Lang) -> String {
    let (header, rows) = cells(rows, lang);
    table(&header, &rows)
}

/// The rows as tab-separated text, as spreadsheet programs paste it in
/// every locale (Excel, Numbers, Google Sheets, WPS): a tab between cells,
/// CRLF between rows, tabs and line breaks inside a cell turned into
/// spaces, formulas defused, and the exact column's decimal point written
/// as `decimal` (the reader's separator, so its spreadsheet reads numbers).
pub fn tsv(rows: &[Row], lang: Lang, decimal: char) -> String {
    let (header, rows) = cells(rows, lang);
    let clean = |text: &str| {
        let text = text.replace(['\t', '\r', '\n'], " ");
        if is_formula(&text) {
            format!("'{text}")
        } else {
            text
        }
    };
    let mut out = String::new();
    out.push_str(&header.map(clean).join("\t"));
    out.push_str("\r\n");
    for mut row in rows {
        if decimal != '.' && crate::decimal::parse_decimal(&row[4]).is_some() {
            row[4] = row[4].replace('.', &decimal.to_string());
        }
        out.push_str(&row.iter().map(|c| clean(c)).collect::<Vec<_>>().join("\t"));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::currency::Currency;
    use crate::dates::Date;

    #[test]
    fn quotes_and_defuses() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-12.5"), "-12.5");
        assert_eq!(field("-cmd"), "'-cmd");
    }

    fn euro(lang: Lang) -> MoneyFormat {
        MoneyFormat {
            lang,
            currency: Currency::Eur,
            cny_per_unit: 8.0,
        }
    }

    fn mix_rows(lang: Lang) -> Vec<Row> {
        let query = "v=1&lang=zh&cur=EUR&b=300000&fs=20&cpm=30&obj=reach";
        let money = euro(lang);
        let today = Date::from_ymd(2026, 3, 2).expect("a date");
        let outputs = Calculator::BudgetMix.outputs(query, &money, today);
        rows(Calculator::BudgetMix, query, &outputs, &money)
    }

    #[test]
    fn every_row_is_labelled_and_money_is_in_the_display_currency_and_yuan() {
        let rows = mix_rows(Lang::En);
        assert!(rows
            .iter()
            .all(|r| !r.label.is_empty() && r.label != r.name));
        assert!(!rows.iter().any(|r| r.name == "lang" || r.name == "v"));
        let budget = rows.iter().find(|r| r.name == "b").expect("budget");
        assert_eq!(
            (
                budget.shown.as_str(),
                budget.yuan.as_str(),
                budget.value.as_str()
            ),
            ("€300,000", "¥2,400,000", "300000")
        );
        let feed = rows
            .iter()
            .find(|r| r.name == "feed_budget")
            .expect("feed budget");
        assert_eq!(feed.value, "480000");
        assert_eq!(
            (feed.shown.as_str(), feed.yuan.as_str()),
            ("€60,000", "¥480,000")
        );
        let objective = rows.iter().find(|r| r.name == "obj").expect("objective");
        assert_eq!(objective.shown, "Reach (impressions)");
    }

    #[test]
    fn a_header_in_the_language_then_one_row_each() {
        let rows = mix_rows(Lang::Zh);
        let text = csv(&rows, Lang::Zh);
        assert!(text.starts_with('\u{feff}'));
        let lines: Vec<&str> = text
            .trim_start_matches('\u{feff}')
            .split_terminator("\r\n")
            .collect();
        assert_eq!(lines.len(), rows.len() + 1);
        assert_eq!(
            lines[0],
            "部分,项目,数值,人民币金额,精确值（人民币；比例为小数）,键名"
        );
        assert!(
            lines.contains(&"输入,信息流广告预算占比,20%,,20,fs"),
            "{lines:?}"
        );
    }

    #[test]
    fn the_table_pastes_with_tabs_and_the_readers_decimal_separator() {
        let rows = mix_rows(Lang::En);
        let text = tsv(&rows, Lang::En, ',');
        let lines: Vec<Vec<&str>> = text
            .split_terminator("\r\n")
            .map(|l| l.split('\t').collect())
            .collect();
        assert!(lines.iter().all(|cells| cells.len() == 6));
        let share = lines
            .iter()
            .find(|cells| cells[5] == "opt_total_cpm")
            .expect("a CPM");
        assert!(
            share[4].contains(',') && !share[4].contains('.'),
            "{share:?}"
        );
        let comment = Row {
            input: true,
            name: "cm".into(),
            label: "Comments".into(),
            shown: "=1+1\tnice\nwow".into(),
            yuan: String::new(),
            value: "x".into(),
        };
        let text = tsv(&[comment], Lang::En, '.');
        assert!(text
            .lines()
            .nth(1)
            .is_some_and(|l| l.contains("'=1+1 nice wow")));
    }
}
