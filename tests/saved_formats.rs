//! Saved scenarios of every published store and link format keep opening:
//! the fixture is the stored text as format 1 wrote it; each scenario is
//! migrated and opened by its calculator without a notice.

use kolcalc::calculators::{budget_mix, compensation, engagement, shortlist, timeline};
use kolcalc::dates::Date;
use kolcalc::link::{LinkReader, SharedSettings, FORMAT_VERSION};
use kolcalc::saved::{decode, encode, migrate, reads_back, Saved};

const STORE_V1: &str = include_str!("fixtures/saved_v1.txt");

fn opens_cleanly(calculator: &str, query: &str) -> Vec<String> {
    let mut reader = LinkReader::new(query);
    SharedSettings::read(&mut reader);
    match calculator {
        "engagement" => {
            engagement::link::decode(&mut reader);
        }
        "compensation" => {
            compensation::link::decode(&mut reader);
        }
        "budget-mix" => {
            budget_mix::link::decode(&mut reader);
        }
        "timeline" => {
            timeline::link::decode(&mut reader, Date::from_ymd(2026, 11, 25).unwrap());
        }
        other => panic!("unknown calculator {other}"),
    }
    reader.finish().iter().map(|n| format!("{n:?}")).collect()
}

#[test]
fn format_1_stores_open_every_calculator() {
    let store = decode(STORE_V1);
    assert_eq!((store.damaged(), store.kept_unread()), (0, 0));
    let list = &store.entries;
    assert_eq!(list.len(), 4);
    assert_eq!(list[3].name, "春节 launch");
    for saved in list {
        let current = migrate(saved);
        assert_eq!(current.format, FORMAT_VERSION);
        let notices = opens_cleanly(&current.calculator, &current.query);
        assert!(notices.is_empty(), "{}: {notices:?}", saved.name);
    }
    // Writing the store again changes nothing.
    assert_eq!(decode(&encode(&store)), store);
}

/// A store as a newer version could write it: a calculator and a link
/// format this version does not have, and more scenarios than it shows.
/// This version shows what it can, and writing the store back (after a
/// save) keeps every other line byte for byte.
#[test]
fn a_store_from_a_newer_version_survives_this_one() {
    let newer_lines = [
        "5\tcreator-crm\t1\tAgency%20list\tv=1&rows=500",
        "6\ttimeline\t2\tNext%20format\tv=2&plan=abc",
    ];
    let text = format!("{}\n{}", STORE_V1.trim_end(), newer_lines.join("\n"));
    let mut store = decode(&text);
    assert_eq!(store.entries.len(), 4);
    assert_eq!(store.kept_unread(), 2);
    let id = store.next_id();
    assert_eq!(id, 7, "after every id in use, kept lines included");
    store.entries.push(Saved {
        id,
        name: "New one".into(),
        calculator: "engagement".into(),
        format: FORMAT_VERSION,
        query: "v=1&f=1000".into(),
    });
    let written = encode(&store);
    assert!(reads_back(&store, &written));
    for line in newer_lines {
        assert!(written.lines().any(|l| l == line), "{line} lost: {written}");
    }
    assert_eq!(decode(&written).entries.len(), 5);
}

/// A 500-row shortlist, saved: the store keeps its whole link (the list
/// compressed, as the address holds it), and the link opens the whole list
/// again once the page has read the payload.
#[test]
fn a_saved_500_row_shortlist_keeps_its_whole_list() {
    use kolcalc::calculators::shortlist::{compressed, form::CreatorText, form::ShortlistForm};
    use kolcalc::link::{build_query, MAX_QUERY_BYTES};
    let rows = (0..500)
        .map(|i| {
            let cells: Vec<String> = [
                format!("达人{i}"),
                format!("{}", 3000 + i * 577),
                format!("¥{},{:03}", 1 + i / 7, (i * 37) % 1000),
                format!("{}", 100 + i * 3),
                format!("{}", 50 + i),
                "12".into(),
                "4".into(),
            ]
            .into();
            CreatorText::from_cells(&cells)
        })
        .collect();
    let form = ShortlistForm {
        rows,
        ..ShortlistForm::default()
    };
    let pairs = shortlist::link::encode(&form);
    let list = compressed::to_compress(&pairs).expect("500 rows are over 8 KB plain");
    // The browser's deflate of such a list is about 11 KB; stand-in bytes
    // of that size (the store and the reader only see their base64url).
    let stand_in: Vec<u8> = (0..11_000u32).map(|i| (i * 7919 % 251) as u8).collect();
    let zipped = compressed::with_compressed(&pairs, &stand_in);
    assert!(compressed::compressed_fits(&zipped));
    let query = format!("v=1&cur=CNY&{}", build_query(&zipped));
    assert!(query.len() > MAX_QUERY_BYTES, "{} bytes", query.len());
    let entry = Saved {
        id: 1,
        name: "Long list".into(),
        calculator: "shortlist".into(),
        format: FORMAT_VERSION,
        query: query.clone(),
    };
    let store = kolcalc::saved::Store {
        entries: vec![entry.clone()],
        ..Default::default()
    };
    let text = encode(&store);
    assert!(reads_back(&store, &text));
    let back = decode(&text);
    assert_eq!(back.entries, vec![entry], "the whole query, not cut");
    // Opened again: once the payload is read (the page decompresses it),
    // the same 500 rows, with no notice.
    let payload = compressed::payload_in(&back.entries[0].query).expect("listz");
    compressed::remember(&payload, &list);
    let mut reader = LinkReader::new(&back.entries[0].query);
    SharedSettings::read(&mut reader);
    let opened = shortlist::link::decode(&mut reader);
    assert_eq!(reader.finish(), vec![]);
    assert_eq!(opened.rows, form.rows);
}
