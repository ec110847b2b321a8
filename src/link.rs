//! Scenario links. Every input lives in the route's query, with short keys a
//! hub editor can write by hand: `#/engagement?v=1&lang=zh&f=12000&b=1.5`.
//!
//! The same link opens the same page. Whatever was typed in a field, valid
//! or not, is written into the link and comes back into that field, where
//! the form reads it exactly as before (with the same message beside it);
//! rows are written cell by cell ([`join_cells`]), so one bad cell never
//! costs its row. A link the app wrote therefore never leaves a notice.
//!
//! Decoding never fails. What no field can hold (an unknown or repeated
//! key, a row with the wrong number of cells, an unknown choice such as
//! `basis=xyz`, a newer format) can only come from a link edited by hand:
//! the calculator keeps its default there and a [`LinkNotice`] names it. A
//! query over [`MAX_QUERY_BYTES`] is refused whole before anything is parsed.

use crate::currency::Currency;
use crate::i18n::Lang;
use crate::units::parse_decimal;

/// Version of the link format, written as `v`. Raise it only with a
/// migration that keeps every published link decoding as before.
pub const FORMAT_VERSION: u32 = 1;

/// Longest query accepted, in bytes.
pub const MAX_QUERY_BYTES: usize = 8 * 1024;

/// The key of a list carried compressed (the shortlist's, see
/// `calculators::shortlist::compressed`).
pub const COMPRESSED_LIST_KEY: &str = "listz";

/// Longest query accepted when it carries a compressed list: 500 creators
/// compress to about 11 KB, more than [`MAX_QUERY_BYTES`] allows.
pub const MAX_COMPRESSED_QUERY_BYTES: usize = 64 * 1024;

/// Something in a link that was not used, shown as a quiet notice.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkNotice {
    /// The whole link was longer than [`MAX_QUERY_BYTES`]; defaults are shown.
    TooLong {
        /// Its length in bytes.
        bytes: usize,
    },
    /// A value that is malformed or out of range; its default is used.
    Ignored {
        /// The link key.
        key: String,
        /// The value as the link carried it.
        value: String,
    },
    /// A key this calculator does not know.
    UnknownKey {
        /// The key as written.
        key: String,
    },
    /// A key given more than once; the first value is used.
    Repeated {
        /// The key as written.
        key: String,
    },
    /// A list with more rows than the calculator accepts; defaults are used.
    TooManyRows {
        /// The link key.
        key: String,
        /// Rows in the link.
        rows: usize,
        /// Rows accepted.
        max: usize,
    },
    /// A list carried compressed that could not be read (cut off when the
    /// link was copied, or tampered with); the default list is shown.
    UnreadableList {
        /// The link key.
        key: String,
        /// The value as the link carried it, shortened.
        value: String,
    },
    /// The link names a newer format than this version of the app reads.
    NewerFormat {
        /// The version it names.
        version: String,
    },
}

/// Splits a location hash such as `#/engagement?f=1` into route path and query.
pub fn split_hash(hash: &str) -> (&str, &str) {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    match hash.split_once('?') {
        Some((path, query)) => (path, query),
        None => (hash, ""),
    }
}

/// `href` (a whole address or a hash) with the `key=value` parts of its
/// scenario edited by `edit`. The scenario is the query of a published link's
/// fragment (`…/#/engagement?f=1`) or a page's whole fragment
/// (`…/engagement/#f=1`); a bare hash (`#/timeline`) counts as the first.
/// Parts left alone stay byte for byte, and an emptied scenario leaves no
/// `?` or `#` behind.
pub fn edit_scenario(href: &str, edit: impl FnOnce(&mut Vec<String>)) -> String {
    let (base, fragment) = match href.split_once('#') {
        Some((base, fragment)) => (base, fragment),
        None if href.starts_with('/') => ("", href),
        None => (href, ""),
    };
    let (route, query) = match fragment.strip_prefix('/') {
        Some(_) => match fragment.split_once('?') {
            Some((route, query)) => (Some(route), query),
            None => (Some(fragment), ""),
        },
        None => (None, fragment),
    };
    let mut parts: Vec<String> = query
        .split('&')
        .filter(|part| !part.is_empty())
        .map(str::to_string)
        .collect();
    edit(&mut parts);
    let query = parts.join("&");
    match (route, query.is_empty()) {
        (Some(route), true) => format!("{base}#{route}"),
        (Some(route), false) => format!("{base}#{route}?{query}"),
        (None, true) => base.to_string(),
        (None, false) => format!("{base}#{query}"),
    }
}

/// Whether the `key=value` part names `key`.
fn names(part: &str, key: &str) -> bool {
    part.split('=').next() == Some(key)
}

/// `href` (a whole address or a hash) with its link's language set to
/// `lang`, or removed for `None` so that the link opens in the receiver's
/// language. Every other pair stays byte for byte; the language goes after
/// the format version, where the app writes it.
pub fn with_lang(href: &str, lang: Option<Lang>) -> String {
    edit_scenario(href, |parts| {
        parts.retain(|part| !names(part, "lang"));
        if let Some(lang) = lang {
            let at = parts
                .iter()
                .position(|part| names(part, "v"))
                .map_or(0, |i| i + 1);
            parts.insert(at, format!("lang={}", lang.code()));
        }
    })
}

/// The decoded `key=value` pairs of a query, in order (a bare `key` has an
/// empty value).
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| match part.split_once('=') {
            Some((key, value)) => (percent_decode(key), percent_decode(value)),
            None => (percent_decode(part), String::new()),
        })
        .collect()
}

/// Decodes `%XX` escapes and `+` as a space; invalid UTF-8 becomes U+FFFD.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(value) => {
                        out.push(value);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Escapes what would break a query; keeps `,` `;` `.` `-` `_` `~` and
/// letters and digits readable so links stay legible.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b',' | b';' | b'.' | b'-' | b'_' | b'~' => {
                out.push(byte as char)
            }
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

/// Joins the cells of a row with `,`. A cell keeps exactly what was typed,
/// whatever it holds: `%`, `,` and `;` inside a cell are escaped (`%25`,
/// `%2C`, `%3B`), so a row never gains or loses a cell and a list of rows
/// never gains or loses a row. Cells without them (every number) read as
/// they did before, so published links keep their meaning.
pub fn join_cells<S: AsRef<str>>(cells: &[S]) -> String {
    cells
        .iter()
        .map(|cell| escape_cell(cell.as_ref()))
        .collect::<Vec<_>>()
        .join(",")
}

/// The cells of a row written by [`join_cells`], each exactly as typed.
pub fn split_cells(row: &str) -> Vec<String> {
    row.split(',').map(unescape_cell).collect()
}

/// Escapes the separators of rows and cells, and `%` itself, in one cell.
pub fn escape_cell(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    for c in cell.chars() {
        match c {
            '%' => out.push_str("%25"),
            ',' => out.push_str("%2C"),
            ';' => out.push_str("%3B"),
            other => out.push(other),
        }
    }
    out
}

/// Undoes [`escape_cell`]. Any other `%` stays as written, so a hand-written
/// `2%` (read from `2%25` in the address) is still two percent.
pub fn unescape_cell(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    let mut rest = cell;
    while let Some(at) = rest.find('%') {
        out.push_str(rest.get(..at).unwrap_or(""));
        let after = rest.get(at + 1..).unwrap_or("");
        let escaped = match after.get(..2).map(str::to_ascii_uppercase).as_deref() {
            Some("25") => Some('%'),
            Some("2C") => Some(','),
            Some("3B") => Some(';'),
            _ => None,
        };
        match escaped {
            Some(c) => {
                out.push(c);
                rest = after.get(2..).unwrap_or("");
            }
            None => {
                out.push('%');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Bytes a calculator leaves free in its link for the shared keys (`v`,
/// `lang`, `cur`, `rate`).
pub const SHARED_KEYS_ROOM: usize = 96;

/// Whether a calculator's pairs leave room for the shared keys within
/// [`MAX_QUERY_BYTES`], so the link opens again.
pub fn fits(pairs: &[(&str, String)]) -> bool {
    build_query(pairs).len() <= MAX_QUERY_BYTES - SHARED_KEYS_ROOM
}

/// Builds a query from key/value pairs, in the order given.
pub fn build_query(pairs: &[(&str, String)]) -> String {
    pairs
        .iter()
        .map(|(key, value)| format!("{key}={}", percent_encode(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Reads a query's pairs one key at a time, remembering what was used so the
/// keys nobody asked for can be reported.
#[derive(Debug)]
pub struct LinkReader {
    pairs: Vec<(String, String)>,
    used: Vec<bool>,
    notices: Vec<LinkNotice>,
}

impl LinkReader {
    /// Parses a query (without `?`). A query over [`MAX_QUERY_BYTES`]
    /// ([`MAX_COMPRESSED_QUERY_BYTES`] when it carries a compressed list) is
    /// refused: the reader then holds no pairs and one `TooLong` notice.
    pub fn new(query: &str) -> LinkReader {
        let compressed = query
            .split('&')
            .any(|part| names(part, COMPRESSED_LIST_KEY));
        let max_bytes = if compressed {
            MAX_COMPRESSED_QUERY_BYTES
        } else {
            MAX_QUERY_BYTES
        };
        LinkReader::within(query, max_bytes)
    }

    /// [`LinkReader::new`] for a link that carries other links (a
    /// comparison), refused over `max_bytes`.
    pub fn within(query: &str, max_bytes: usize) -> LinkReader {
        let query = query.strip_prefix('?').unwrap_or(query);
        if query.len() > max_bytes {
            return LinkReader {
                pairs: Vec::new(),
                used: Vec::new(),
                notices: vec![LinkNotice::TooLong { bytes: query.len() }],
            };
        }
        let pairs = query_pairs(query);
        let used = vec![false; pairs.len()];
        LinkReader {
            pairs,
            used,
            notices: Vec::new(),
        }
    }

    /// Whether the query has `key` (not yet taken).
    pub fn has(&self, key: &str) -> bool {
        self.pairs
            .iter()
            .zip(&self.used)
            .any(|((k, _), used)| k == key && !used)
    }

    /// The first value of `key`, if present; later repeats are reported.
    pub fn take(&mut self, key: &str) -> Option<String> {
        let mut found: Option<String> = None;
        let mut repeated = false;
        for ((k, v), used) in self.pairs.iter().zip(self.used.iter_mut()) {
            if k == key && !*used {
                *used = true;
                if found.is_none() {
                    found = Some(v.clone());
                } else {
                    repeated = true;
                }
            }
        }
        if repeated {
            self.notices.push(LinkNotice::Repeated {
                key: key.to_string(),
            });
        }
        found
    }

    /// Takes `key` and keeps its value only if `accept` says it is usable;
    /// otherwise records that it was ignored.
    pub fn take_valid(&mut self, key: &str, accept: impl Fn(&str) -> bool) -> Option<String> {
        let value = self.take(key)?;
        if accept(&value) {
            Some(value)
        } else {
            self.ignore(key, &value);
            None
        }
    }

    /// Takes `key` as a row of exactly `count` cells (see [`split_cells`]).
    /// The app always writes that many, so another count means the link
    /// was edited by hand: it is reported and `None` returned.
    pub fn take_cells(&mut self, key: &str, count: usize) -> Option<Vec<String>> {
        let value = self.take(key)?;
        let cells = split_cells(&value);
        if cells.len() == count {
            Some(cells)
        } else {
            self.ignore(key, &value);
            None
        }
    }

    /// Records a notice that `key=value` was not used.
    pub fn ignore(&mut self, key: &str, value: &str) {
        self.notices.push(LinkNotice::Ignored {
            key: key.to_string(),
            value: shorten(value),
        });
    }

    /// Records that the list `key=value` carries compressed could not be
    /// read.
    pub fn unreadable_list(&mut self, key: &str, value: &str) {
        self.notices.push(LinkNotice::UnreadableList {
            key: key.to_string(),
            value: shorten(value),
        });
    }

    /// Records any other notice.
    pub fn notice(&mut self, notice: LinkNotice) {
        self.notices.push(notice);
    }

    /// Reports every key nobody took and returns all notices.
    pub fn finish(mut self) -> Vec<LinkNotice> {
        for ((key, _), used) in self.pairs.iter().zip(&self.used) {
            if !used {
                let notice = LinkNotice::UnknownKey { key: shorten(key) };
                if !self.notices.contains(&notice) {
                    self.notices.push(notice);
                }
            }
        }
        self.notices
    }
}

/// Keeps notices short when a link carries a huge value.
fn shorten(text: &str) -> String {
    const MAX_CHARS: usize = 40;
    if text.chars().count() <= MAX_CHARS {
        text.to_string()
    } else {
        let mut short: String = text.chars().take(MAX_CHARS).collect();
        short.push('…');
        short
    }
}

/// The settings every calculator's link shares: format version, language,
/// display currency and its exchange rate.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedSettings {
    /// The language the link names, if it names one (`lang`).
    pub lang: Option<Lang>,
    /// The display currency (`cur`), CNY when absent.
    pub currency: Currency,
    /// Yuan per one unit of the display currency (`rate`).
    pub cny_per_unit: f64,
    /// The calculator alone, for a frame in another site (`embed=1`).
    pub embed: bool,
}

impl Default for SharedSettings {
    fn default() -> Self {
        SharedSettings {
            lang: None,
            currency: Currency::Cny,
            cny_per_unit: 1.0,
            embed: false,
        }
    }
}

/// Bounds of an exchange rate a user may type (yuan per unit).
pub const RATE_RANGE: (f64, f64) = (0.000_001, 1_000_000.0);

impl SharedSettings {
    /// Reads `v`, `lang`, `cur`, `rate` and `embed` from the reader.
    pub fn read(reader: &mut LinkReader) -> SharedSettings {
        if let Some(version) = reader.take("v") {
            match version.trim().parse::<u32>() {
                Ok(v) if (1..=FORMAT_VERSION).contains(&v) => {}
                Ok(v) if v > FORMAT_VERSION => reader.notice(LinkNotice::NewerFormat { version }),
                _ => reader.ignore("v", &version),
            }
        }
        let lang = reader
            .take_valid("lang", |v| Lang::from_code(v).is_some())
            .and_then(|v| Lang::from_code(&v));
        let currency = reader
            .take_valid("cur", |v| Currency::from_code(v).is_some())
            .and_then(|v| Currency::from_code(&v))
            .unwrap_or(Currency::Cny);
        let cny_per_unit = reader
            .take_valid("rate", |v| {
                parse_decimal(v, RATE_RANGE.0, RATE_RANGE.1).is_ok()
            })
            .and_then(|v| parse_decimal(&v, RATE_RANGE.0, RATE_RANGE.1).ok())
            .unwrap_or_else(|| currency.default_cny_per_unit());
        let embed = reader
            .take_valid("embed", |v| v == "0" || v == "1")
            .is_some_and(|v| v == "1");
        SharedSettings {
            lang,
            currency,
            cny_per_unit,
            embed,
        }
    }

    /// The pairs this writes at the start of every link; `lang` only when
    /// the link names a language (a link without one opens in the
    /// receiver's language), `rate` only when it differs from the
    /// currency's default.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = vec![("v", FORMAT_VERSION.to_string())];
        if let Some(lang) = self.lang {
            pairs.push(("lang", lang.code().to_string()));
        }
        pairs.push(("cur", self.currency.code().to_string()));
        if self.cny_per_unit != self.currency.default_cny_per_unit() {
            // The shortest text that reads back to the same rate.
            pairs.push(("rate", self.cny_per_unit.to_string()));
        }
        if self.embed {
            pairs.push(("embed", "1".to_string()));
        }
        pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_route_and_query() {
        assert_eq!(split_hash("#/engagement?f=1"), ("/engagement", "f=1"));
        assert_eq!(split_hash("#/"), ("/", ""));
        assert_eq!(split_hash(""), ("", ""));
    }

    #[test]
    fn encoding_round_trips_any_text() {
        for text in ["a b&c=d", "粉丝;1,2", "100%", "<script>", "%zz", "+"] {
            assert_eq!(percent_decode(&percent_encode(text)), text);
        }
        assert_eq!(percent_decode("%E7%B2%89%"), "粉%");
        assert_eq!(percent_decode("%FF"), "\u{fffd}");
    }

    #[test]
    fn cells_come_back_exactly_as_typed() {
        let rows: [&[&str]; 5] = [
            &["1,000", "2;3", "50%", "%2C", ""],
            &["", "", ""],
            &[" 12 ", "1.2万", "abc", "%", "%%25"],
            &["a+b&c=d", "\n", "％", "100%25", "x%3b"],
            &[""],
        ];
        for row in rows {
            let joined = join_cells(row);
            assert!(!joined.contains(';'), "{joined}");
            // through the address as well: encoded, then decoded
            let through = percent_decode(&percent_encode(&joined));
            assert_eq!(split_cells(&through), row, "{joined}");
        }
        // numbers are written as they are, and a hand-written `%` stays
        assert_eq!(join_cells(&["12000", "2.5", "30"]), "12000,2.5,30");
        assert_eq!(split_cells("2%,5%2x,%2c"), vec!["2%", "5%2x", ","]);
    }

    #[test]
    fn a_row_of_another_length_is_reported() {
        let mut reader = LinkReader::new("w1=1,2,3&w2=1,2");
        assert_eq!(
            reader.take_cells("w1", 3),
            Some(vec!["1".into(), "2".into(), "3".into()])
        );
        assert_eq!(reader.take_cells("w2", 3), None);
        assert_eq!(
            reader.finish(),
            vec![LinkNotice::Ignored {
                key: "w2".into(),
                value: "1,2".into()
            }]
        );
    }

    #[test]
    fn reports_unknown_repeated_and_ignored_keys() {
        let mut reader = LinkReader::new("f=1&f=2&zzz=3&lang=fr");
        assert_eq!(reader.take("f"), Some("1".into()));
        let settings = SharedSettings::read(&mut reader);
        assert_eq!(settings.lang, None);
        let notices = reader.finish();
        assert!(notices.contains(&LinkNotice::Repeated { key: "f".into() }));
        assert!(notices.contains(&LinkNotice::UnknownKey { key: "zzz".into() }));
        assert!(notices.contains(&LinkNotice::Ignored {
            key: "lang".into(),
            value: "fr".into()
        }));
    }

    #[test]
    fn refuses_oversized_links_whole() {
        let query = format!("f={}", "1".repeat(MAX_QUERY_BYTES));
        let mut reader = LinkReader::new(&query);
        assert_eq!(reader.take("f"), None);
        assert!(matches!(reader.finish()[..], [LinkNotice::TooLong { .. }]));
    }

    #[test]
    fn a_compressed_list_may_make_a_longer_link() {
        let long = "A".repeat(MAX_QUERY_BYTES);
        let mut reader = LinkReader::new(&format!("v=1&listz={long}"));
        assert_eq!(reader.take("listz"), Some(long.clone()));
        let mut reader = LinkReader::new(&format!("v=1&list={long}"));
        assert_eq!(reader.take("list"), None, "a plain list is not");
        let huge = "A".repeat(MAX_COMPRESSED_QUERY_BYTES);
        let reader = LinkReader::new(&format!("listz={huge}"));
        assert!(matches!(reader.finish()[..], [LinkNotice::TooLong { .. }]));
    }

    #[test]
    fn shared_settings_round_trip() {
        let settings = SharedSettings {
            lang: Some(Lang::Zh),
            currency: Currency::Eur,
            cny_per_unit: 7.9,
            embed: true,
        };
        let query = build_query(&settings.pairs());
        assert!(query.ends_with("&embed=1"));
        let mut reader = LinkReader::new(&query);
        assert_eq!(SharedSettings::read(&mut reader), settings);
        assert!(reader.finish().is_empty());
        let mut reader = LinkReader::new("embed=yes");
        assert!(!SharedSettings::read(&mut reader).embed);
        assert_eq!(reader.finish().len(), 1, "a bad embed value is reported");
    }

    #[test]
    fn newer_format_is_reported() {
        let mut reader = LinkReader::new("v=9");
        SharedSettings::read(&mut reader);
        assert_eq!(
            reader.finish(),
            vec![LinkNotice::NewerFormat {
                version: "9".into()
            }]
        );
    }
}
