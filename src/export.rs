//! The CSV every calculator exports: its inputs (the scenario link's pairs)
//! and its results (each output's stable name and unrounded value), UTF-8
//! with a byte-order mark so spreadsheet programs show Chinese, numbers
//! unformatted, a header row in the page's language.

use crate::i18n::{Key, Lang};
use crate::link::query_pairs;
use crate::outputs::{MoneyFormat, Output};

/// One row: an input or a result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// An input (`true`) or a result.
    pub input: bool,
    /// The link key or output name.
    pub name: String,
    /// The value as the link carries it, or the output's `data-value`.
    pub value: String,
    /// What the page calls it, where it says (may be empty).
    pub label: String,
}

/// The rows of a scenario: its link's pairs, then every output with its
/// label.
pub fn rows(query: &str, outputs: &[Output], money: &MoneyFormat) -> Vec<Row> {
    let inputs = query_pairs(query).into_iter().map(|(name, value)| Row {
        input: true,
        name,
        value,
        label: String::new(),
    });
    let results = outputs.iter().map(|o| Row {
        input: false,
        name: o.key.clone(),
        value: o.data(),
        label: o.label.write(money),
    });
    inputs.chain(results).collect()
}

/// Quotes a field when it needs it (RFC 4180), and defuses text a
/// spreadsheet would run as a formula.
pub fn field(text: &str) -> String {
    let formula = text.starts_with(['=', '+', '@'])
        || (text.starts_with('-') && crate::decimal::parse_decimal(text).is_none());
    let text = if formula {
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

/// The CSV text of `rows`, header in `lang`.
pub fn csv(rows: &[Row], lang: Lang) -> String {
    let header = [Key::CsvKind, Key::CsvName, Key::CsvValue, Key::CsvLabel].map(|k| lang.text(k));
    let rows: Vec<[String; 4]> = rows
        .iter()
        .map(|row| {
            let kind = lang.text(if row.input {
                Key::CsvInput
            } else {
                Key::CsvResult
            });
            [
                kind.to_string(),
                row.name.clone(),
                row.value.clone(),
                row.label.clone(),
            ]
        })
        .collect();
    table(&header, &rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_defuses() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-12.5"), "-12.5");
        assert_eq!(field("-cmd"), "'-cmd");
    }

    #[test]
    fn a_header_in_the_language_then_one_row_each() {
        let rows = [
            Row {
                input: true,
                name: "f".into(),
                value: "25000".into(),
                label: String::new(),
            },
            Row {
                input: false,
                name: "ratio_mean".into(),
                value: "0.0235".into(),
                label: "赞藏比".into(),
            },
        ];
        let text = csv(&rows, Lang::Zh);
        assert!(text.starts_with('\u{feff}'));
        let lines: Vec<&str> = text
            .trim_start_matches('\u{feff}')
            .split_terminator("\r\n")
            .collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].contains("名称"));
        assert_eq!(lines[2], "结果,ratio_mean,0.0235,赞藏比");
    }
}
