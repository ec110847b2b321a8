//! Link queries to start from (published links, defaults) and their mutations: truncated, doubled, keys repeated, percent-encoding mangled.

use super::*;

/// The published links of a calculator (its fixture file) and its default
/// scenario, the valid queries the mutations start from.
pub(super) fn published(fixtures: &str, default: String, extra: &[&str]) -> Vec<String> {
    let mut links: Vec<String> = fixtures
        .lines()
        .filter_map(|l| l.trim().strip_prefix("link:"))
        .map(|l| l.trim().to_string())
        .collect();
    links.push(default);
    links.extend(extra.iter().map(|s| s.to_string()));
    links
}

pub(super) fn engagement_links() -> Vec<String> {
    let default = build_query(&engagement::link::encode(&EngagementForm::default()));
    published(
        include_str!("../fixtures/engagement_links.txt"),
        default,
        &["cm=nice%0Agreat%0A%F0%9F%91%8D%0Anice"],
    )
}

pub(super) fn compensation_links() -> Vec<String> {
    let default = build_query(&compensation::link::encode(&CompensationForm::default()));
    published(
        include_str!("../fixtures/compensation_links.txt"),
        default,
        &[],
    )
}

pub(super) fn mix_links() -> Vec<String> {
    let default = build_query(&budget_mix::link::encode(&MixForm::default()));
    let presets: Vec<&str> = budget_mix::link::PRESETS.iter().map(|p| p.1).collect();
    published(
        include_str!("../fixtures/budget_mix_links.txt"),
        default,
        &presets,
    )
}

pub(super) fn timeline_links() -> Vec<String> {
    let default = build_query(&timeline::link::encode(&TimelineForm::new(today())));
    published(
        include_str!("../fixtures/timeline_links.txt"),
        default,
        &["dir=target&t=2027-03-01"],
    )
}

/// `query` with every pair given again, after all of them, with `values`.
pub(super) fn every_key_repeated(query: &str, values: &[String]) -> String {
    let pairs: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).collect();
    let again = pairs.iter().enumerate().map(|(i, pair)| {
        let key = pair.split_once('=').map_or(*pair, |(k, _)| k);
        let value = values
            .get(i % values.len().max(1))
            .map_or("", String::as_str);
        format!("{key}={}", percent_encode(value))
    });
    pairs
        .iter()
        .map(|p| p.to_string())
        .chain(again)
        .collect::<Vec<_>>()
        .join("&")
}

/// `query` with the bytes at `at` percent-encoded and raw `%XX` escapes
/// (valid or not, any byte) inserted at `inserts`.
pub(super) fn percent_mangled(query: &str, at: &[Index], inserts: &[(Index, u8, u8)]) -> String {
    let mut bytes = query.as_bytes().to_vec();
    let mut marked = vec![false; bytes.len()];
    for i in at {
        if !marked.is_empty() {
            let at = i.index(marked.len());
            marked[at] = true;
        }
    }
    let mut out = Vec::with_capacity(bytes.len() * 2);
    for (byte, encode) in bytes.drain(..).zip(marked) {
        if encode {
            out.extend(format!("%{byte:02X}").bytes());
        } else {
            out.push(byte);
        }
    }
    for (i, kind, byte) in inserts {
        let at = i.index(out.len() + 1);
        let escape: Vec<u8> = match kind % 4 {
            0 => format!("%{byte:02X}").into_bytes(),
            1 => format!("%{byte:02x}").into_bytes(),
            2 => b"%".to_vec(),
            _ => vec![b'%', b"0123456789ABCDEFGZ"[usize::from(*byte) % 18]],
        };
        out.splice(at..at, escape);
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Random pairs of the calculator's (and the shared) keys with field text.
pub(super) fn random_pairs(keys: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::collection::vec(
        (select(keys), field_text(), any::<bool>()),
        0..(keys.len() * 2),
    )
    .prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v, encode)| {
                let v = if encode { percent_encode(&v) } else { v };
                format!("{k}={v}")
            })
            .collect::<Vec<_>>()
            .join("&")
    })
}

/// Any query a link may carry, good or hostile, started from `links`.
pub(super) fn query(
    links: Vec<String>,
    keys: &'static [&'static str],
) -> impl Strategy<Value = String> {
    let link = select(links);
    prop_oneof![
        // Random Unicode.
        any::<String>(),
        "\\PC{0,300}",
        // A valid link as published, and cut at a random byte.
        link.clone(),
        (link.clone(), any::<Index>()).prop_map(|(q, i)| {
            let bytes = q.as_bytes();
            String::from_utf8_lossy(&bytes[..i.index(bytes.len() + 1)]).into_owned()
        }),
        // Doubled, with and without a separator.
        link.clone().prop_map(|q| format!("{q}&{q}")),
        link.clone().prop_map(|q| format!("{q}{q}")),
        // Every key repeated with another value.
        (link.clone(), prop::collection::vec(field_text(), 1..8))
            .prop_map(|(q, values)| every_key_repeated(&q, &values)),
        // Random percent-encoding.
        (
            link.clone(),
            prop::collection::vec(any::<Index>(), 0..40),
            prop::collection::vec((any::<Index>(), any::<u8>(), any::<u8>()), 0..10),
        )
            .prop_map(|(q, at, inserts)| percent_mangled(&q, &at, &inserts)),
        // Known keys with hostile values, after a valid link or alone.
        random_pairs(keys),
        (link.clone(), random_pairs(keys)).prop_map(|(q, pairs)| format!("{q}&{pairs}")),
        // Around the 8 KB limit: a long value, or thousands of pairs.
        (
            select(keys),
            MAX_QUERY_BYTES - 40..MAX_QUERY_BYTES + 40,
            any::<char>()
        )
            .prop_map(|(k, n, c)| {
                let mut q = format!("{k}=");
                while q.len() < n {
                    q.push(c);
                }
                q
            }),
        (link, 1usize..4_000).prop_map(|(q, n)| format!("{q}{}", "&".repeat(n))),
        (select(keys), 1usize..3_000).prop_map(|(k, n)| vec![format!("{k}=1"); n].join("&")),
    ]
}

pub(super) const SHARED_KEYS: &[&str] = &["v", "lang", "cur", "rate", "embed"];
pub(super) const TIMELINE_KEYS: &[&str] = &[
    "v", "lang", "cur", "rate", "embed", "dir", "s", "t", "rounds", "tz", "seed", "off", "work",
    "ign", "sel", "brief", "draft", "final", "review", "pub", "rc", "rb", "w1", "w2", "w3", "zzz",
];
pub(super) const ENGAGEMENT_KEYS: &[&str] = &[
    "v", "lang", "cur", "rate", "f", "notes", "b", "sus", "qual", "fake", "tiers", "ls", "cm",
    "zzz",
];
pub(super) const COMPENSATION_KEYS: &[&str] = &[
    "v", "lang", "cur", "rate", "q", "qcur", "fmt", "eng", "reads", "clicks", "sales", "price",
    "margin", "ret", "basis", "pe", "pc", "com", "pcost", "ship", "post", "hb", "bonus", "thr",
    "hcom", "pf", "mcn", "af", "fx", "ur", "um", "zzz",
];
pub(super) const MIX_KEYS: &[&str] = &[
    "v", "lang", "cur", "rate", "b", "vs", "vm", "fee", "post", "fs", "cpm", "ss", "cpc", "own",
    "minseed", "minrev", "headcap", "maxshare", "obj", "seed", "spread", "head", "mid", "tail",
    "koc", "seeding", "zzz",
];
