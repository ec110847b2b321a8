//! Scenarios saved under a name in the browser's storage: their stored form
//! (one text, versioned, readable line by line so one damaged entry never
//! loses the others), naming, and the migration of each scenario's link to
//! the current link format when it was saved under an older one.

use crate::link::{percent_decode, percent_encode, FORMAT_VERSION};

/// The first line of the stored text, with the store's own version.
const HEADER: &str = "kolcalc-saved 1";
/// Most scenarios kept (far more than anyone compares; bounds the text).
pub const MAX_SAVED: usize = 200;
/// Longest name kept, in characters.
pub const MAX_NAME: usize = 80;

/// One saved scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// Unique within the store.
    pub id: u64,
    /// The name the user gave it.
    pub name: String,
    /// The calculator's route slug (`timeline`).
    pub calculator: String,
    /// The link format its query was written in.
    pub format: u32,
    /// The scenario's link query, as in the address.
    pub query: String,
}

/// The store as text, for storage.
pub fn encode(list: &[Saved]) -> String {
    let mut out = String::from(HEADER);
    for s in list {
        out.push('\n');
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}",
            s.id,
            percent_encode(&s.calculator),
            s.format,
            percent_encode(&s.name),
            s.query.replace(['\t', '\n', '\r'], "")
        ));
    }
    out
}

/// The store read back: every readable entry, and how many were not.
pub fn decode(text: &str) -> (Vec<Saved>, usize) {
    let mut lines = text.lines();
    if lines.next() != Some(HEADER) {
        return (Vec::new(), usize::from(!text.trim().is_empty()));
    }
    let mut list = Vec::new();
    let mut damaged = 0;
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split('\t').collect();
        let entry = match fields.as_slice() {
            [id, calculator, format, name, query] => {
                id.parse()
                    .ok()
                    .zip(format.parse().ok())
                    .map(|(id, format)| Saved {
                        id,
                        name: clean_name(&percent_decode(name)),
                        calculator: percent_decode(calculator),
                        format,
                        query: (*query).to_string(),
                    })
            }
            _ => None,
        };
        match entry {
            Some(s) if list.len() < MAX_SAVED && !list.iter().any(|o: &Saved| o.id == s.id) => {
                list.push(s)
            }
            _ => damaged += 1,
        }
    }
    (list, damaged)
}

/// A name as kept: trimmed, on one line, at most [`MAX_NAME`] characters.
pub fn clean_name(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_NAME)
        .collect()
}

/// An id not yet in `list`.
pub fn next_id(list: &[Saved]) -> u64 {
    list.iter()
        .map(|s| s.id)
        .max()
        .map_or(1, |m| m.saturating_add(1))
}

/// `name`, or `name (2)`, `name (3)`… so that it differs from the names of
/// the calculator's other saved scenarios.
pub fn unique_name(list: &[Saved], calculator: &str, name: &str) -> String {
    let taken = |n: &str| {
        list.iter()
            .any(|s| s.calculator == calculator && s.name == n)
    };
    let name = clean_name(name);
    if !taken(&name) {
        return name;
    }
    (2..)
        .map(|i| format!("{name} ({i})"))
        .find(|n| !taken(n))
        .unwrap_or(name)
}

/// The scenario with its query brought to the current link format. Format
/// 1 is the only published one so far; a later format adds its step here,
/// so scenarios saved under any earlier format keep opening the same.
pub fn migrate(saved: &Saved) -> Saved {
    let mut current = saved.clone();
    let upgraded = current
        .query
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("v="))
        .collect::<Vec<_>>()
        .join("&");
    current.query = if upgraded.is_empty() {
        format!("v={FORMAT_VERSION}")
    } else {
        format!("v={FORMAT_VERSION}&{upgraded}")
    };
    current.format = FORMAT_VERSION.max(current.format);
    current
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saved(id: u64, name: &str) -> Saved {
        Saved {
            id,
            name: name.into(),
            calculator: "timeline".into(),
            format: 1,
            query: "v=1&lang=zh&s=2026-03-02".into(),
        }
    }

    #[test]
    fn round_trips_names_with_any_text() {
        let list = vec![
            saved(1, "Launch <b>plan</b>\t\"A\""),
            saved(7, "春节 · 方案 %20"),
        ];
        let (back, damaged) = decode(&encode(&list));
        assert_eq!(damaged, 0);
        assert_eq!(back[0].name, "Launch <b>plan</b> \"A\"");
        assert_eq!(back[1], list[1]);
    }

    #[test]
    fn a_damaged_entry_loses_only_itself() {
        let text = format!(
            "{}\nnot a scenario\n3\ttimeline\tx\tname\tv=1",
            encode(&[saved(1, "a")])
        );
        let (list, damaged) = decode(&text);
        assert_eq!(list.len(), 1);
        assert_eq!(damaged, 2);
        assert_eq!(decode("garbage"), (Vec::new(), 1));
        assert_eq!(decode(""), (Vec::new(), 0));
    }

    #[test]
    fn names_stay_unique_per_calculator() {
        let list = vec![saved(1, "Plan"), saved(2, "Plan (2)")];
        assert_eq!(unique_name(&list, "timeline", "Plan"), "Plan (3)");
        assert_eq!(unique_name(&list, "engagement", "Plan"), "Plan");
        assert_eq!(next_id(&list), 3);
        assert_eq!(clean_name("  a \n b  "), "a b");
        assert_eq!(clean_name(&"x".repeat(200)).len(), MAX_NAME);
    }

    #[test]
    fn migration_writes_the_current_version() {
        let old = Saved {
            format: 1,
            query: "lang=en&f=100".into(),
            ..saved(1, "a")
        };
        let current = migrate(&old);
        assert_eq!(current.query, "v=1&lang=en&f=100");
        assert_eq!(current.format, FORMAT_VERSION);
        assert_eq!(migrate(&current), current);
    }
}
