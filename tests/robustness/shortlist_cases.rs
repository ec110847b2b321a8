//! The creator shortlist over hostile input: the paste reader over any
//! text, the 0/1 pick over any candidates and rules, and any link.

use super::*;
use kolcalc::calculators::engagement::model::Tier as EngTier;
use kolcalc::calculators::shortlist::compressed::{payload_bytes, read_list, MAX_LIST_BYTES};
use kolcalc::calculators::shortlist::form::{Column, ShortlistForm};
use kolcalc::calculators::shortlist::model::{ShortlistReport, MAX_CREATORS};
use kolcalc::calculators::shortlist::optimiser::{optimise_within, Candidate};
use kolcalc::calculators::shortlist::paste::{creator_rows, read_sheet};
use kolcalc::calculators::shortlist::rules::ShortlistRules;
use kolcalc::calculators::shortlist::{compute as shortlist_compute, link as shortlist_link};

/// Nodes the pick may search per case: the guard's path is the same as at
/// its real count, and each case stays within a millisecond or two.
const CASE_NODES: u64 = 2_000;

pub(super) const SHORTLIST_KEYS: &[&str] = &[
    "v", "lang", "cur", "rate", "b", "bench", "fee", "fake", "tiers", "headcap", "minrev",
    "maxshare", "obj", "keep", "never", "list", "listz", "zzz",
];

fn shortlist_links() -> Vec<String> {
    include_str!("../fixtures/shortlist_links.txt")
        .lines()
        .filter_map(|l| l.strip_prefix("link:"))
        .map(|l| l.trim().to_string())
        .collect()
}

/// Sheet-like text: lines of cells with tabs, commas, semicolons and
/// quotes, headings in both languages, numbers as people type them.
fn sheet_text() -> impl Strategy<Value = String> {
    let cell = prop_oneof![
        field_text(),
        select(vec![
            "达人昵称",
            "粉丝数",
            "图文报价",
            "视频报价",
            "平均点赞",
            "平均收藏",
            "赞藏",
            "阅读",
            "name",
            "Followers",
            "quote",
            "likes+saves",
            "\"",
            "\"\"",
            "1.2万",
            "12k",
            "12,000",
        ])
        .prop_map(String::from),
    ];
    let line = (
        prop::collection::vec(cell, 0..12),
        select(vec!["\t", ",", ";", "\t\""]),
    )
        .prop_map(|(cells, sep)| cells.join(sep));
    prop_oneof![
        9 => prop::collection::vec(line.clone(), 0..30).prop_map(|l| l.join("\n")),
        1 => prop::collection::vec(line, 1..4)
            .prop_map(|l| l.iter().cycle().take(700).cloned().collect::<Vec<_>>().join("\r\n")),
        1 => any::<String>(),
    ]
}

fn candidate() -> impl Strategy<Value = Candidate> {
    (
        prop_oneof![4 => 1u64..10_000_000, 1 => wild_u64()],
        prop_oneof![4 => 0.0f64..1e6, 1 => wild_f64()],
        0usize..4,
        prop::bool::weighted(0.1),
    )
        .prop_map(|(cost, value, tier, keep)| Candidate {
            cost,
            value,
            tier: [EngTier::Koc, EngTier::Tail, EngTier::Mid, EngTier::Head][tier],
            keep,
        })
}

fn report_numbers(report: &ShortlistReport) -> Vec<(String, f64)> {
    let mut all = vec![
        ("pick_cost".into(), report.pick_cost),
        ("pick_engagements".into(), report.pick_engagements),
        ("pick_authentic".into(), report.pick_authentic),
        ("pick_reach".into(), report.pick_reach),
        ("pick_value".into(), report.pick.value),
    ];
    for (i, c) in report.creators.iter().enumerate() {
        let Some(c) = c else { continue };
        all.push((format!("c{i}_ratio"), c.ratio));
        all.push((format!("c{i}_authentic"), c.authentic));
        all.push((format!("c{i}_cost"), c.cost));
        for (name, v) in [
            ("cpe", c.cpe),
            ("cpae", c.cost_per_authentic),
            ("cpm", c.cpm_authentic),
        ] {
            if let Some(v) = v {
                all.push((format!("c{i}_{name}"), v));
            }
        }
    }
    all
}

proptest! {
    #![proptest_config(config())]

    /// Any pasted text or file, read with any mapping: no panic, at most
    /// 500 rows, every row read by the form.
    #[test]
    fn shortlist_paste_any_text(
        text in sheet_text(),
        mapping in prop::collection::vec(prop::option::of(select(Column::MAPPABLE.to_vec())), 0..12),
    ) {
        let sheet = timed("shortlist paste", || read_sheet(&text))?;
        prop_assert!(sheet.rows.len() <= MAX_CREATORS);
        for columns in [&sheet.columns, &mapping] {
            let rows = timed("shortlist rows", || creator_rows(&sheet, columns))?;
            prop_assert_eq!(rows.len(), sheet.rows.len());
            for row in &rows {
                let _ = row.read();
            }
        }
    }

    /// The pick over any candidates, budget and rules: no panic; a pick
    /// keeps every kept creator, stays within the budget and the head cap.
    #[test]
    fn shortlist_optimiser_any_candidates(
        items in prop_oneof![
            20 => prop::collection::vec(candidate(), 0..40),
            1 => prop::collection::vec(candidate(), 400..=500),
        ],
        budget in prop_oneof![3 => 0u64..100_000_000, 1 => wild_u64()],
        (min_reviews, head_cap, share) in (wild_u64(), wild_u64(), wild_f64()),
    ) {
        let rules = ShortlistRules { min_reviews, head_cap, max_tier_share: share };
        let pick = timed("shortlist pick", || optimise_within(&items, budget, &rules, CASE_NODES))?;
        prop_assert_eq!(pick.chosen.len(), items.len());
        prop_assert!(pick.value.is_finite(), "value {}", pick.value);
        if let Ok(proof) = pick.status {
            prop_assert!(proof.shortfall.is_finite());
            let chosen = || items.iter().zip(&pick.chosen).filter(|(_, &c)| c).map(|(i, _)| i);
            let cost = chosen().fold(0u128, |s, i| s + u128::from(i.cost));
            prop_assert!(cost <= u128::from(budget));
            prop_assert!(items.iter().zip(&pick.chosen).all(|(i, &c)| c || !i.keep));
            prop_assert!(chosen().filter(|i| i.tier == EngTier::Head).count() as u64 <= head_cap);
        }
    }

    /// Anything typed in every field and cell, 0 to 10,000 rows (the form
    /// reads 500), read, vetted and picked.
    #[test]
    fn shortlist_form_any_text(
        settings in prop::array::uniform10(field_text_down_to(TINY_ZEROS)),
        rows in table(prop::collection::vec(field_text(), 0..9)),
        rate in rate(),
    ) {
        let form = ShortlistForm {
            settings,
            rows: rows
                .iter()
                .map(|cells| kolcalc::calculators::shortlist::form::CreatorText::from_cells(cells))
                .collect(),
            ..ShortlistForm::default()
        };
        let parsed = timed("shortlist parse", || form.parse(rate))?;
        prop_assert!(parsed.inputs.creators.len() <= MAX_CREATORS);
        let report = timed("shortlist compute", || shortlist_compute(&parsed.inputs))?;
        all_finite(&report_numbers(&report))?;
    }

    /// Any query through the shortlist link: no panic, finite figures, and
    /// decode → encode → decode reaches a fixed point.
    #[test]
    fn shortlist_link_any_query(q in query(shortlist_links(), SHORTLIST_KEYS)) {
        let form = timed("shortlist decode", || {
            let mut reader = LinkReader::new(&q);
            SharedSettings::read(&mut reader);
            shortlist_link::decode(&mut reader)
        })?;
        let again = build_query(&shortlist_link::encode(&form));
        let mut reader = LinkReader::new(&again);
        let back = shortlist_link::decode(&mut reader);
        if again.len() <= MAX_QUERY_BYTES {
            prop_assert_eq!(&back, &form, "{}", again);
        }
        let report = timed("shortlist compute", || shortlist_compute(&form.parse(1.0).inputs))?;
        all_finite(&report_numbers(&report))?;
    }

    /// Any `listz` text and any bytes a decompression could give: no
    /// panic; a list is read only within the cap and the row limit.
    #[test]
    fn shortlist_compressed_payload_any_text(
        text in prop_oneof![field_text(), "[A-Za-z0-9_-]{0,200}", any::<String>()],
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..400),
            (0usize..700, field_text()).prop_map(|(n, cell)| {
                vec![format!("{cell},1,2,3,4,5,6"); n].join(";").into_bytes()
            }),
        ],
    ) {
        let _ = timed("shortlist payload", || payload_bytes(&text))?;
        let length = bytes.len();
        if let Some(list) = timed("shortlist read list", || read_list(bytes))? {
            prop_assert!(length <= MAX_LIST_BYTES);
            prop_assert!(list.is_empty() || list.split(';').count() <= MAX_CREATORS);
        }
    }
}
