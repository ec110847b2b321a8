//! Scenarios saved under a name in the browser's storage: their stored form
//! (one text, versioned, readable line by line so one damaged entry never
//! loses the others), naming, and the migration of each scenario's link to
//! the current link format when it was saved under an older one.
//!
//! No save is ever lost. A line this version cannot read (damaged, saved by
//! a newer version for a calculator or link format it does not know, or
//! beyond the [`MAX_SAVED`] it shows) is kept byte for byte and written
//! back as it was, and the page counts it. A store whose header names a
//! newer store format is kept whole and not written at all. Ids never
//! collide, not even with the ids of kept lines, and each write is checked
//! by reading its entries back ([`reads_back`]).

use crate::calculators::Calculator;
use crate::link::{percent_decode, percent_encode, FORMAT_VERSION};

/// The first line of the stored text, with the store's own version.
const HEADER: &str = "kolcalc-saved 1";
/// What every header starts with, whatever its version.
const HEADER_PREFIX: &str = "kolcalc-saved ";
/// Most scenarios shown and kept readable (far more than anyone compares).
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

/// Why a stored line is kept without being read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unread {
    /// Not a scenario this version can make sense of: a damaged line, or
    /// an entry whose id an earlier line already has.
    Damaged,
    /// A scenario saved by a newer version: a calculator or a link format
    /// this version does not have.
    Newer,
    /// A scenario beyond the [`MAX_SAVED`] shown.
    BeyondLimit,
}

/// A stored line kept exactly as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptLine {
    /// The line, byte for byte.
    pub text: String,
    /// Why it is not read.
    pub why: Unread,
}

/// The stored scenarios as this version reads them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Store {
    /// The scenarios shown, in stored order.
    pub entries: Vec<Saved>,
    /// Lines kept unread, in stored order; written back after the entries.
    pub kept: Vec<KeptLine>,
    /// The header of a store written in a newer store format: every line is
    /// then kept and the store is never written by this version.
    pub newer_header: Option<String>,
}

impl Store {
    /// Lines that could not be read at all.
    pub fn damaged(&self) -> usize {
        self.count(|why| why == Unread::Damaged)
    }

    /// Scenarios kept without being shown: saved by a newer version, or
    /// beyond the most shown.
    pub fn kept_unread(&self) -> usize {
        self.count(|why| why != Unread::Damaged)
    }

    fn count(&self, which: impl Fn(Unread) -> bool) -> usize {
        self.kept.iter().filter(|line| which(line.why)).count()
    }

    /// Whether this version may write the store (not one in a newer format).
    pub fn writable(&self) -> bool {
        self.newer_header.is_none()
    }

    /// An id no entry and no kept line has. After the largest id in use, or,
    /// when that is the largest 64-bit value, the smallest one free.
    pub fn next_id(&self) -> u64 {
        let kept_ids = self
            .kept
            .iter()
            .filter_map(|line| line.text.split('\t').next()?.parse::<u64>().ok());
        let taken: Vec<u64> = self.entries.iter().map(|s| s.id).chain(kept_ids).collect();
        match taken.iter().max() {
            None => 1,
            Some(&largest) if largest < u64::MAX => largest + 1,
            // Fewer ids are taken than there are u64 values: one is free.
            Some(_) => (1..).find(|id| !taken.contains(id)).unwrap_or(1),
        }
    }
}

/// The store as text, for storage: the entries, then the kept lines as
/// they were read.
pub fn encode(store: &Store) -> String {
    let mut out = store
        .newer_header
        .clone()
        .unwrap_or_else(|| HEADER.to_string());
    for s in &store.entries {
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
    for line in &store.kept {
        out.push('\n');
        out.push_str(&line.text);
    }
    out
}

/// Reads one line as a scenario, if its five fields parse.
fn entry(line: &str) -> Option<Saved> {
    let fields: Vec<&str> = line.split('\t').collect();
    let [id, calculator, format, name, query] = fields.as_slice() else {
        return None;
    };
    Some(Saved {
        id: id.parse().ok()?,
        name: clean_name(&percent_decode(name)),
        calculator: percent_decode(calculator),
        format: format.parse().ok()?,
        query: (*query).to_string(),
    })
}

/// Whether a scenario comes from a newer version: a link format or a
/// calculator this version does not have.
fn from_a_newer_version(saved: &Saved) -> bool {
    saved.format > FORMAT_VERSION || !Calculator::ALL.iter().any(|c| c.slug() == saved.calculator)
}

/// The store read back: every entry this version can show, and every other
/// line kept as it was.
pub fn decode(text: &str) -> Store {
    let mut store = Store::default();
    if text.trim().is_empty() {
        return store;
    }
    let mut lines = text.split('\n').filter(|l| !l.trim().is_empty());
    let first = lines.next().unwrap_or("");
    let header = first.strip_suffix('\r').unwrap_or(first);
    let keep = |store: &mut Store, line: &str, why| {
        store.kept.push(KeptLine {
            text: line.to_string(),
            why,
        })
    };
    if header != HEADER {
        if header.starts_with(HEADER_PREFIX) {
            // A newer store format: nothing in it is ours to read or rewrite.
            store.newer_header = Some(first.to_string());
            for line in lines {
                keep(&mut store, line, Unread::Newer);
            }
            return store;
        }
        // A damaged header: the lines after it may still be scenarios.
        keep(&mut store, first, Unread::Damaged);
    }
    for line in lines {
        let why = match entry(line.strip_suffix('\r').unwrap_or(line)) {
            None => Unread::Damaged,
            // Format 0 was never written.
            Some(s) if s.format == 0 || store.entries.iter().any(|o| o.id == s.id) => {
                Unread::Damaged
            }
            Some(s) if from_a_newer_version(&s) => Unread::Newer,
            Some(_) if store.entries.len() >= MAX_SAVED => Unread::BeyondLimit,
            Some(s) => {
                store.entries.push(s);
                continue;
            }
        };
        keep(&mut store, line, why);
    }
    store
}

/// Whether `text`, read back, holds every entry of `store` as it is: a
/// write that stored the text but would lose or change an entry (an id
/// taken twice, say) is not a save.
pub fn reads_back(store: &Store, text: &str) -> bool {
    let read = decode(text);
    store.entries.iter().all(|e| read.entries.contains(e))
        && read.kept.len() + read.entries.len() == store.kept.len() + store.entries.len()
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

    fn store(entries: Vec<Saved>) -> Store {
        Store {
            entries,
            ..Store::default()
        }
    }

    #[test]
    fn round_trips_names_with_any_text() {
        let list = vec![
            saved(1, "Launch <b>plan</b>\t\"A\""),
            saved(7, "春节 · 方案 %20"),
        ];
        let back = decode(&encode(&store(list.clone())));
        assert_eq!(back.damaged(), 0);
        assert_eq!(back.entries[0].name, "Launch <b>plan</b> \"A\"");
        assert_eq!(back.entries[1], list[1]);
    }

    #[test]
    fn a_damaged_entry_loses_only_itself_and_is_kept_as_it_was() {
        let text = format!(
            "{}\nnot a scenario\n3\ttimeline\tx\tname\tv=1",
            encode(&store(vec![saved(1, "a")]))
        );
        let read = decode(&text);
        assert_eq!(read.entries.len(), 1);
        assert_eq!(read.damaged(), 2);
        assert_eq!(encode(&read), text, "written back byte for byte");
        assert_eq!(decode("garbage").damaged(), 1);
        assert_eq!(encode(&decode("garbage")), "kolcalc-saved 1\ngarbage");
        assert_eq!(decode(""), Store::default());
    }

    #[test]
    fn names_stay_unique_per_calculator() {
        let list = vec![saved(1, "Plan"), saved(2, "Plan (2)")];
        assert_eq!(unique_name(&list, "timeline", "Plan"), "Plan (3)");
        assert_eq!(unique_name(&list, "engagement", "Plan"), "Plan");
        assert_eq!(store(list).next_id(), 3);
        assert_eq!(clean_name("  a \n b  "), "a b");
        assert_eq!(clean_name(&"x".repeat(200)).len(), MAX_NAME);
    }

    #[test]
    fn an_id_after_the_largest_64_bit_value_is_a_free_one() {
        let mut full = store(vec![saved(u64::MAX, "Max"), saved(1, "One")]);
        let id = full.next_id();
        assert!(id != u64::MAX && id != 1, "{id}");
        full.entries.push(saved(id, "New one"));
        let text = encode(&full);
        assert_eq!(decode(&text).entries, full.entries);
        assert!(reads_back(&full, &text));
        // ids of lines kept unread are taken too
        let read = decode("kolcalc-saved 1\n18446744073709551615\tcreator-crm\t1\tX\tv=1");
        assert_eq!(read.kept_unread(), 1);
        assert_eq!(read.next_id(), 1);
    }

    #[test]
    fn a_write_that_would_lose_an_entry_does_not_read_back() {
        let mut twice = store(vec![saved(u64::MAX, "Max")]);
        twice.entries.push(saved(u64::MAX, "New one"));
        assert!(!reads_back(&twice, &encode(&twice)));
    }

    #[test]
    fn what_a_newer_version_saved_is_kept_byte_for_byte_and_counted() {
        let newer = [
            "9\tcreator-crm\t1\tList%20A\tv=1&rows=3",
            "10\tengagement\t2\tNext%20format\tv=2&f=1",
        ];
        let text = format!(
            "{}\n{}\n{}",
            encode(&store(vec![saved(1, "a")])),
            newer[0],
            newer[1]
        );
        let mut read = decode(&text);
        assert_eq!(read.entries.len(), 1);
        assert_eq!((read.kept_unread(), read.damaged()), (2, 0));
        read.entries.push(saved(read.next_id(), "b"));
        let written = encode(&read);
        assert!(written.contains(&format!("\n{}\n", newer[0])), "{written}");
        assert!(written.ends_with(&format!("\n{}", newer[1])), "{written}");
        assert_eq!(read.entries.last().map(|s| s.id), Some(11));
    }

    #[test]
    fn entries_beyond_the_most_shown_are_kept_and_shown_once_there_is_room() {
        let many: Vec<Saved> = (1..=MAX_SAVED as u64 + 2)
            .map(|id| saved(id, &format!("s{id}")))
            .collect();
        let text = encode(&store(many.clone()));
        let mut read = decode(&text);
        assert_eq!(read.entries.len(), MAX_SAVED);
        assert_eq!(read.kept_unread(), 2);
        assert_eq!(encode(&read), text);
        read.entries.remove(0);
        let written = encode(&read);
        assert!(reads_back(&read, &written));
        let again = decode(&written);
        assert_eq!(again.entries.len(), MAX_SAVED);
        assert_eq!(again.entries.last(), many.get(MAX_SAVED));
        assert_eq!(again.kept_unread(), 1);
    }

    #[test]
    fn a_store_in_a_newer_store_format_is_kept_whole_and_never_written() {
        let text = "kolcalc-saved 2\nanything\tat\tall\n{\"json\":true}";
        let read = decode(text);
        assert!(!read.writable());
        assert_eq!(read.entries, vec![]);
        assert_eq!(read.kept_unread(), 2);
        assert_eq!(encode(&read), text);
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
