//! Lists too long for a plain link. A shortlist whose link would pass the
//! 8 KB limit carries its list compressed instead: `listz`, the base64url
//! (no padding) of the raw deflate of the plain `list` value. The browser
//! compresses and decompresses it with its own `CompressionStream` and
//! `DecompressionStream` (`src/ui/compression.rs`; no compression code in
//! the app). This is the pure half: which form a link takes, the base64url,
//! what a decompressed list must be to be read, and the lists this page has
//! already compressed or read, so that a link carrying one decodes at once
//! wherever the address is read (the page, its CSV, its table).

use super::model::MAX_CREATORS;
use crate::link::{
    build_query, fits, split_cells, COMPRESSED_LIST_KEY, MAX_COMPRESSED_QUERY_BYTES,
    SHARED_KEYS_ROOM,
};
use base64ct::{Base64UrlUnpadded, Encoding};
use std::cell::RefCell;

/// The key of the plain list.
pub const PLAIN_KEY: &str = "list";
/// The key of the compressed list.
pub const COMPRESSED_KEY: &str = COMPRESSED_LIST_KEY;
/// Largest decompressed list read: a payload that inflates beyond it (a
/// "zip bomb") is refused. 500 creators take about 20 KB.
pub const MAX_LIST_BYTES: usize = 1024 * 1024;

/// The plain `list` value of a link's pairs, when the link is too long to
/// carry it plain and must be compressed.
pub fn to_compress(pairs: &[(&'static str, String)]) -> Option<String> {
    if fits(pairs) {
        return None;
    }
    pairs
        .iter()
        .find(|(key, _)| *key == PLAIN_KEY)
        .map(|(_, list)| list.clone())
}

/// The pairs with the plain list replaced by the compressed one, where it
/// stood.
pub fn with_compressed(
    pairs: &[(&'static str, String)],
    compressed: &[u8],
) -> Vec<(&'static str, String)> {
    let payload = Base64UrlUnpadded::encode_string(compressed);
    pairs
        .iter()
        .map(|(key, value)| match *key {
            PLAIN_KEY => (COMPRESSED_KEY, payload.clone()),
            _ => (*key, value.clone()),
        })
        .collect()
}

/// Whether a link with a compressed list leaves room for the shared keys
/// within [`MAX_COMPRESSED_QUERY_BYTES`], so it opens again.
pub fn compressed_fits(pairs: &[(&str, String)]) -> bool {
    build_query(pairs).len() <= MAX_COMPRESSED_QUERY_BYTES - SHARED_KEYS_ROOM
}

/// The compressed bytes of a `listz` value; `None` when it is not base64url.
pub fn payload_bytes(value: &str) -> Option<Vec<u8>> {
    Base64UrlUnpadded::decode_vec(value).ok()
}

/// A decompressed list, when it is one the app could have written: UTF-8,
/// at most [`MAX_LIST_BYTES`], at most [`MAX_CREATORS`] rows of seven or
/// eight cells. Anything else came from a tampered link.
pub fn read_list(bytes: Vec<u8>) -> Option<String> {
    if bytes.len() > MAX_LIST_BYTES {
        return None;
    }
    let list = String::from_utf8(bytes).ok()?;
    let rows: Vec<&str> = if list.is_empty() {
        Vec::new()
    } else {
        list.split(';').collect()
    };
    let usable = rows.len() <= MAX_CREATORS
        && rows
            .iter()
            .all(|row| (7..=8).contains(&split_cells(row).len()));
    usable.then_some(list)
}

/// How many lists a page remembers (one is enough; a few cover going back
/// and forth between saved scenarios).
const REMEMBERED: usize = 4;

thread_local! {
    /// `listz` values and their lists, most recent last.
    static KNOWN: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// Remembers the list a `listz` value stands for (compressed or read here).
pub fn remember(payload: &str, list: &str) {
    KNOWN.with(|known| {
        let mut known = known.borrow_mut();
        known.retain(|(p, _)| p != payload);
        if known.len() >= REMEMBERED {
            known.remove(0);
        }
        known.push((payload.to_string(), list.to_string()));
    });
}

/// The list a `listz` value stands for, if this page compressed or read it.
pub fn known(payload: &str) -> Option<String> {
    KNOWN.with(|known| {
        known
            .borrow()
            .iter()
            .find(|(p, _)| p == payload)
            .map(|(_, list)| list.clone())
    })
}

/// The `listz` value of a query, decoded, if it has one.
pub fn payload_in(query: &str) -> Option<String> {
    crate::link::query_pairs(query)
        .into_iter()
        .find(|(key, _)| key == COMPRESSED_KEY)
        .map(|(_, value)| value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::MAX_QUERY_BYTES;

    fn pairs(list: &str) -> Vec<(&'static str, String)> {
        vec![
            ("b", "200000".into()),
            (PLAIN_KEY, list.into()),
            ("keep", "1".into()),
        ]
    }

    fn rows(count: usize) -> String {
        (0..count)
            .map(|i| format!("Creator {i},{},9000,300,200,40,10", 10_000 + i))
            .collect::<Vec<_>>()
            .join(";")
    }

    #[test]
    fn only_a_list_over_the_plain_limit_is_compressed() {
        assert_eq!(to_compress(&pairs(&rows(10))), None, "ten rows stay plain");
        let long = rows(400);
        assert!(build_query(&pairs(&long)).len() > MAX_QUERY_BYTES);
        assert_eq!(to_compress(&pairs(&long)), Some(long));
    }

    #[test]
    fn the_compressed_list_takes_the_plain_one_s_place() {
        let compressed = with_compressed(&pairs("a"), &[0, 1, 2, 250, 251, 255]);
        assert_eq!(
            compressed,
            vec![
                ("b", "200000".to_string()),
                (COMPRESSED_KEY, "AAEC-vv_".to_string()),
                ("keep", "1".to_string()),
            ]
        );
        assert!(compressed_fits(&compressed));
        let huge = with_compressed(&pairs(""), &vec![7; MAX_COMPRESSED_QUERY_BYTES]);
        assert!(!compressed_fits(&huge));
    }

    #[test]
    fn base64url_round_trips_and_refuses_anything_else() {
        for bytes in [
            vec![],
            vec![0],
            vec![255, 254],
            (0..=255).collect::<Vec<u8>>(),
        ] {
            let text = Base64UrlUnpadded::encode_string(&bytes);
            assert!(!text.contains(['+', '/', '=']), "{text}");
            assert_eq!(payload_bytes(&text), Some(bytes));
        }
        // The standard alphabet, padding, spaces and stray characters.
        for bad in ["AAEC+vv/", "AA==", "AA E", "A", "abc!", "%41%41"] {
            assert_eq!(payload_bytes(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_decompressed_list_is_read_only_when_the_app_could_have_written_it() {
        let list = rows(500);
        assert_eq!(read_list(list.clone().into_bytes()), Some(list));
        assert_eq!(read_list(Vec::new()), Some(String::new()));
        let with_views = "a,1,2,3,4,5,6,7;b%2Cc,1,2,3,4,5,6";
        assert_eq!(read_list(with_views.into()), Some(with_views.into()));
        assert_eq!(read_list(rows(501).into_bytes()), None, "over 500 rows");
        assert_eq!(read_list(b"a,1,2".to_vec()), None, "a short row");
        assert_eq!(read_list(b"hello".to_vec()), None, "not a list");
        assert_eq!(read_list(vec![0xff, 0xfe, b',']), None, "not UTF-8");
    }

    #[test]
    fn a_list_beyond_the_cap_is_refused_unread() {
        // Valid rows, but more bytes than any list the app writes.
        let name = "x".repeat(MAX_LIST_BYTES / 2);
        let list = format!("{name},1,2,3,4,5,6;{name},1,2,3,4,5,6");
        assert!(list.len() > MAX_LIST_BYTES);
        assert_eq!(read_list(list.into_bytes()), None);
        // A list of 500 rows, each cell at its longest sensible size, is far below it.
        assert!(rows(MAX_CREATORS).len() * 10 < MAX_LIST_BYTES);
    }

    #[test]
    fn known_lists_are_found_by_their_payload() {
        remember("p1", "a,1,2,3,4,5,6");
        assert_eq!(known("p1").as_deref(), Some("a,1,2,3,4,5,6"));
        assert_eq!(known("p0"), None);
        for i in 0..REMEMBERED {
            remember(&format!("q{i}"), "x");
        }
        assert_eq!(known("p1"), None, "the oldest is forgotten");
        assert_eq!(known("q0").as_deref(), Some("x"));
        assert_eq!(
            payload_in("v=1&listz=AAEC-vv_&b=1").as_deref(),
            Some("AAEC-vv_")
        );
        assert_eq!(payload_in("v=1&list=a"), None);
    }
}
