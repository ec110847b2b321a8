//! Saved scenarios of every published store and link format keep opening:
//! the fixture is the stored text as format 1 wrote it; each scenario is
//! migrated and opened by its calculator without a notice.

use kolcalc::calculators::{budget_mix, compensation, engagement, timeline};
use kolcalc::dates::Date;
use kolcalc::link::{LinkReader, SharedSettings, FORMAT_VERSION};
use kolcalc::saved::{decode, encode, migrate};

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
    let (list, damaged) = decode(STORE_V1);
    assert_eq!(damaged, 0);
    assert_eq!(list.len(), 4);
    assert_eq!(list[3].name, "春节 launch");
    for saved in &list {
        let current = migrate(saved);
        assert_eq!(current.format, FORMAT_VERSION);
        let notices = opens_cleanly(&current.calculator, &current.query);
        assert!(notices.is_empty(), "{}: {notices:?}", saved.name);
    }
    // Writing the store again changes nothing.
    assert_eq!(decode(&encode(&list)).0, list);
}
