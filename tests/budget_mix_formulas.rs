//! Hand-worked budget-mix scenarios, with the arithmetic in the comments.

use kolcalc::calculators::budget_mix::compute;
use kolcalc::calculators::budget_mix::form::MixForm;
use kolcalc::calculators::budget_mix::model::{
    per_creator, per_creator_at, pillars, plan, Broken, MixInputs, Objective, Tier,
};
use kolcalc::calculators::budget_mix::montecarlo::{simulate, triangular, SplitMix64, DRAWS};
use kolcalc::calculators::budget_mix::optimiser::optimise;
use kolcalc::fields::FieldText;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

#[test]
fn cost_per_creator_includes_video_mix_and_fee() {
    let inputs = MixInputs::default();
    // Format factor 1 + 30% × (1.4 − 1) = 1.12; fee factor 1.10; 1.12 × 1.1 = 1.232.
    // Head 50,000 × 1.232 = 61,600; mid 12,000 × 1.232 = 14,784;
    // tail 2,500 × 1.232 = 3,080; KOC 500 × 1.232 = 616; seeding ¥150 (no fee).
    let costs = Tier::ALL.map(|t| per_creator(&inputs, t).cost);
    for (got, want) in costs
        .iter()
        .zip([61_600.0, 14_784.0, 3_080.0, 616.0, 150.0])
    {
        assert!(close(*got, want), "{got} vs {want}");
    }
    // Seeding: 40% post, so 0.4 notes; 0.4 × 1,500 × 7% = 42 engagements,
    // × (1 − 30%) = 29.4 authentic; impressions 0.4 × 1,500 × 0.7 × reach
    // factor 3 = 1,260 (rule change, issue 17 item 11: 420 on followers alone).
    let seeding = per_creator(&inputs, Tier::Seeding);
    assert!(close(seeding.notes, 0.4));
    assert!(close(seeding.engagements, 42.0));
    assert!(close(seeding.authentic, 29.4));
    assert!(close(seeding.impressions, 1_260.0));
}

#[test]
fn the_default_manual_mix_by_hand() {
    let inputs = MixInputs::default();
    let report = compute(&inputs);
    let total = report.manual.total;
    // Cost: 4 × 14,784 + 12 × 3,080 + 40 × 616 + 60 × 150
    //     = 59,136 + 36,960 + 24,640 + 9,000 = 129,736.
    assert!(close(total.cost, 129_736.0));
    // Creator budget 200,000 × (1 − 20% − 10%) = 140,000; unspent 10,264.
    assert!(close(report.pillars.creators, 140_000.0));
    assert!(close(report.manual.unspent, 10_264.0));
    // Notes: 4 + 12 + 40 + 60 × 0.4 + 10 owned = 90.
    assert!(close(total.notes, 90.0));
    // Engagements: 4 × 150,000 × 4% = 24,000; 12 × 25,000 × 5% = 15,000;
    // 40 × 3,000 × 7% = 8,400; 24 × 1,500 × 7% = 2,520; Σ = 49,920.
    assert!(close(total.engagements, 49_920.0));
    // Authentic: × 0.7 (30% fake in every tier bought) = 34,944.
    assert!(close(total.authentic, 34_944.0));
    // Impressions, × 0.7 authentic and × each tier's reach factor (rule
    // change, issue 17 item 11; 739,200 on followers alone):
    // 600,000 × 0.7 × 1 + 300,000 × 0.7 × 2 + 120,000 × 0.7 × 3 + 36,000 × 0.7 × 3
    // = 420,000 + 420,000 + 252,000 + 75,600 = 1,167,600.
    assert!(close(total.impressions, 1_167_600.0));
    // CPE 129,736 / 34,944 = 3.71268...; CPM 129,736 / 1,167,600 × 1000 = 111.113...
    assert!(close(total.cpe().unwrap_or(0.0), 129_736.0 / 34_944.0));
    assert!(close(
        total.cpm().unwrap_or(0.0),
        129_736.0 / 1_167_600.0 * 1000.0
    ));
    assert!(report.manual.broken.is_empty());
}

#[test]
fn feed_and_search_buy_impressions_and_clicks() {
    let p = pillars(&MixInputs::default());
    // Feed 200,000 × 20% = 40,000 at CPM 30: 40,000 / 30 × 1000 = 1,333,333.3.
    assert!(close(p.feed, 40_000.0));
    assert!(close(p.feed_impressions, 40_000.0 / 30.0 * 1000.0));
    // Search 200,000 × 10% = 20,000 at CPC 4: 5,000 clicks.
    assert!(close(p.search_clicks, 5_000.0));
}

/// ¥1,000 for creators, no ads, no video, no fee, no rules.
fn thousand_yuan() -> MixInputs {
    let mut inputs = MixInputs {
        budget: 1_000.0,
        feed_share: 0.0,
        search_share: 0.0,
        video_share: 0.0,
        platform_fee: 0.0,
        objective: Objective::Notes,
        ..MixInputs::default()
    };
    inputs.rules.min_seeding = 0;
    inputs.rules.min_reviews = 0;
    inputs.rules.max_tier_share = 1.0;
    inputs
}

#[test]
fn most_notes_for_a_thousand_yuan() {
    // Notes per creator: KOC 1 at ¥500, seeding 0.4 at ¥150. Options:
    // 2 KOC = 2 notes; 1 KOC + 3 seeding = 2.2 (¥950); 6 seeding = 2.4 (¥900).
    let mut inputs = thousand_yuan();
    let best = optimise(&inputs).expect("feasible");
    assert_eq!(best.counts, [0, 0, 0, 0, 6]);
    assert!(best.proven);
    // At most 50% (¥500) per tier: 3 seeding (¥450) + 1 KOC (¥500) = 2.2 notes.
    inputs.rules.max_tier_share = 0.5;
    assert_eq!(optimise(&inputs).expect("feasible").counts, [0, 0, 0, 1, 3]);
}

#[test]
fn most_authentic_engagements_for_a_thousand_yuan() {
    // Authentic per creator: KOC 3,000 × 7% × 0.7 = 147 at ¥500 (0.294/yuan);
    // seeding 0.4 × 1,500 × 7% × 0.7 = 29.4 at ¥150 (0.196/yuan).
    // 2 KOC = 294; 1 KOC + 3 seeding = 147 + 88.2 = 235.2; 6 seeding = 176.4.
    let mut inputs = thousand_yuan();
    inputs.objective = Objective::Engagements;
    assert_eq!(optimise(&inputs).expect("feasible").counts, [0, 0, 0, 2, 0]);
    // With 3 seeding KOCs required (¥450), ¥550 is left: 1 KOC (147) beats
    // 3 more seeding (88.2): 147 + 88.2 = 235.2.
    inputs.rules.min_seeding = 3;
    let counts = optimise(&inputs).expect("feasible").counts;
    assert_eq!(counts, [0, 0, 0, 1, 3]);
    assert!(close(plan(&inputs, counts).total.authentic, 235.2));
}

#[test]
fn a_manual_mix_that_breaks_rules_says_which() {
    let mut inputs = MixInputs::default();
    inputs.tiers[0].count = 1; // a head KOL with a cap of 0
    inputs.tiers[4].count = 10; // 10 seeding KOCs, minimum 30
    let report = compute(&inputs);
    // 129,736 − 9,000 + 1,500 + 61,600 = 183,836 > 140,000.
    assert!(close(report.manual.total.cost, 183_836.0));
    for broken in [
        Broken::OverBudget,
        Broken::TooFewSeeding,
        Broken::TooManyHeads,
    ] {
        assert!(report.manual.broken.contains(&broken), "{broken:?}");
    }
}

#[test]
fn budget_typed_in_euros_is_converted_to_yuan() {
    let mut form = MixForm::default();
    form.globals[0] = "10000".into();
    // 10,000 EUR × 7.8 yuan per euro = 78,000 yuan.
    assert!(close(form.parse(7.8).inputs.budget, 78_000.0));
}

#[test]
fn triangular_and_the_generator_by_hand() {
    // low 0, mode 1, high 2: u = 0.5 → 2 − √(0.5 × 2 × 1) = 1;
    // u = 0.125 → 0 + √(0.125 × 2 × 1) = 0.5.
    assert!(close(triangular(0.5, 0.0, 1.0, 2.0), 1.0));
    assert!(close(triangular(0.125, 0.0, 1.0, 2.0), 0.5));
    assert!(close(triangular(0.9, 0.3, 0.3, 0.3), 0.3));
    // SplitMix64's published first output for seed 0.
    assert_eq!(SplitMix64::new(0).next_u64(), 0xe220_a839_7b1d_cdaf);
}

#[test]
fn a_band_without_uncertainty_is_the_point_estimate() {
    let mut inputs = MixInputs::default();
    for row in inputs.tiers.iter_mut() {
        row.rate = [row.rate[1]; 3];
    }
    inputs.fake_spread = 0.0;
    let counts = inputs.tiers.map(|t| t.count);
    let band = simulate(&inputs, &counts, 129_736.0);
    for p in band.authentic {
        assert!(close(p, 34_944.0), "{p}");
    }
    let cpe = band.cpe.expect("engagements");
    assert!(close(cpe[1], 129_736.0 / 34_944.0));
}

/// The band by its definition: every draw through `per_creator_at`, all
/// draws sorted, nearest-rank percentiles.
fn band_by_definition(inputs: &MixInputs, counts: &[u64; 5]) -> ([f64; 3], (f64, f64)) {
    let mut rng = SplitMix64::new(inputs.seed);
    let mut totals: Vec<f64> = (0..DRAWS)
        .map(|_| {
            let mut total = 0.0;
            for t in Tier::ALL {
                let row = t.of(&inputs.tiers);
                let rate = triangular(rng.next_f64(), row.rate[0], row.rate[1], row.rate[2]);
                let spread = (rng.next_f64() * 2.0 - 1.0) * inputs.fake_spread;
                let fake = (row.fake + spread).clamp(0.0, 1.0);
                let n = *t.of(counts);
                if n > 0 {
                    total += n as f64 * per_creator_at(inputs, t, rate, Some(fake)).authentic;
                }
            }
            total
        })
        .collect();
    totals.sort_by(f64::total_cmp);
    let at = |p: f64| totals[((DRAWS - 1) as f64 * p).round() as usize];
    ([at(0.1), at(0.5), at(0.9)], (totals[0], totals[DRAWS - 1]))
}

#[test]
fn the_band_equals_its_definition_to_the_last_bit() {
    let mut rng = SplitMix64::new(2026);
    for case in 0..40 {
        let mut inputs = MixInputs {
            seed: rng.next_u64(),
            fake_spread: rng.next_f64() * 0.3,
            post_rate: 0.1 + rng.next_f64() * 0.9,
            video_share: rng.next_f64(),
            ..MixInputs::default()
        };
        for row in inputs.tiers.iter_mut() {
            let likely = 0.001 + rng.next_f64() * 0.1;
            row.rate = [
                likely * rng.next_f64(),
                likely,
                likely * (1.0 + 3.0 * rng.next_f64()),
            ];
            row.fake = rng.next_f64() * 0.6;
            row.followers = (1.0 + rng.next_f64() * 1e6).round();
        }
        // Some tiers without creators, as optimised mixes often have.
        let counts = [0, 1, 2, 3, 4].map(|_| (rng.next_u64() % 40).saturating_sub(10));
        let band = simulate(&inputs, &counts, 1e5);
        let (percentiles, range) = band_by_definition(&inputs, &counts);
        assert_eq!(
            band.authentic.map(f64::to_bits),
            percentiles.map(f64::to_bits),
            "case {case}"
        );
        assert_eq!(band.range, range, "case {case}");
        assert_eq!(band.histogram.iter().sum::<u32>() as usize, DRAWS);
    }
}

#[test]
fn a_count_typed_as_a_budget_share_buys_whole_creators() {
    use kolcalc::calculators::budget_mix::form::{Column, Field, MixForm};
    use kolcalc::calculators::budget_mix::model::{per_creator, pillars, Tier};
    let mut form = MixForm::default();
    *form
        .text_mut(Field::Cell(Tier::Koc, Column::Count))
        .unwrap() = "10%".into();
    let parsed = form.parse(1.0);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    let inputs = &parsed.inputs;
    // 10% of the creator budget over one KOC's cost (fees and video mix
    // included), rounded down to whole creators.
    let expected =
        (0.10 * pillars(inputs).creators / per_creator(inputs, Tier::Koc).cost).floor() as u64;
    assert!(expected > 0);
    assert_eq!(Tier::Koc.of(&inputs.tiers).count, expected);

    // A share over 100% is refused beside its cell.
    *form
        .text_mut(Field::Cell(Tier::Koc, Column::Count))
        .unwrap() = "140%".into();
    let parsed = form.parse(1.0);
    assert!(parsed
        .errors
        .iter()
        .any(|(f, _)| *f == Field::Cell(Tier::Koc, Column::Count)));
}

#[test]
fn a_budget_share_survives_the_link() {
    use kolcalc::calculators::budget_mix::form::{Column, Field, MixForm};
    use kolcalc::calculators::budget_mix::link::{decode, encode};
    use kolcalc::calculators::budget_mix::model::Tier;
    use kolcalc::link::{build_query, LinkReader};
    let mut form = MixForm::default();
    *form
        .text_mut(Field::Cell(Tier::Tail, Column::Count))
        .unwrap() = "25%".into();
    let mut reader = LinkReader::new(&build_query(&encode(&form)));
    assert_eq!(decode(&mut reader), form);
    assert_eq!(reader.finish(), vec![]);
}

/// Issue 17, item 13: the two rules the code always followed are stated in
/// README, and hold. Cost per creator is rounded to the fen: ¥12,345.67 ×
/// 1.12 (30% video × 0.4) × 1.1 = 15,209.86544 → 15,209.87. The creator
/// budget is never below zero: Feed 60% + Search 50% of ¥100,000 leave −10,000,
/// shown as 0.
#[test]
fn cost_per_creator_is_rounded_to_the_fen_and_the_creator_budget_never_negative() {
    let mut inputs = MixInputs::default();
    inputs.tiers[1].price = 12_345.67;
    assert_eq!(per_creator(&inputs, Tier::Mid).cost, 15_209.87);
    inputs.budget = 100_000.0;
    inputs.feed_share = 0.6;
    inputs.search_share = 0.5;
    assert_eq!(pillars(&inputs).creators, 0.0);
    const README: &str = include_str!("../README.md");
    let row = |name: &str| {
        README
            .lines()
            .find(|l| l.starts_with(&format!("| `{name}`")))
            .unwrap_or_else(|| panic!("README has no row for {name}"))
    };
    assert!(row("<plan>_<tier>_<metric>").contains("rounded to the fen"));
    assert!(row("creator_budget").contains("never below zero"));
}

/// The outputs a link opens to, by key (numbers only).
fn figures_of(query: &str) -> std::collections::BTreeMap<String, f64> {
    let mut reader = kolcalc::link::LinkReader::new(query);
    kolcalc::calculators::budget_mix::outputs::of_link(
        &mut reader,
        kolcalc::currency::Currency::Cny,
        1.0,
    )
    .into_iter()
    .filter_map(|o| o.number().map(|v| (o.key, v)))
    .collect()
}

/// Issue 17, item 11: Xiaohongshu shows a note in the discovery feed and in
/// search, not to followers alone. A creator's impressions per note are the
/// authentic followers × the tier's reach factor (an editable assumption;
/// defaults 0.5 head, 1 mid, 2 tail, 3 KOC and seeding: several times the
/// followers for small creators, a fraction for large ones).
#[test]
fn a_note_reaches_beyond_its_followers_by_the_tier_reach_factor() {
    let inputs = MixInputs::default();
    // Head 800,000 × (1 − 15%) × 0.5 = 340,000; mid 150,000 × 0.7 × 1 = 105,000;
    // tail 25,000 × 0.7 × 2 = 35,000; KOC 3,000 × 0.7 × 3 = 6,300;
    // seeding 0.4 notes × 1,500 × 0.7 × 3 = 1,260.
    let impressions = Tier::ALL.map(|t| per_creator(&inputs, t).impressions);
    for (got, want) in impressions
        .iter()
        .zip([340_000.0, 105_000.0, 35_000.0, 6_300.0, 1_260.0])
    {
        assert!(close(*got, want), "{got} vs {want}");
    }
    // Content CPM per tier: 61,600 / 340 = 181.2; 14,784 / 105 = 140.8;
    // 3,080 / 35 = 88; 616 / 6.3 = 97.8; 150 / 1.26 = 119.0. All inside
    // the practitioners' content-CPM range (beauty 万粉 creators above ¥80;
    // ≤ ¥250 scores "good"), where reach on followers alone gave the KOC
    // ¥293 and the head ¥91, the wrong way round.
    for t in Tier::ALL {
        let one = per_creator(&inputs, t);
        let cpm = one.cost / one.impressions * 1000.0;
        assert!((80.0..=250.0).contains(&cpm), "{t:?}: CPM {cpm}");
    }
    // The engagements do not change: rates are per note over followers and
    // already count what the discovery feed brings.
    let koc = per_creator(&inputs, Tier::Koc);
    assert!(close(koc.engagements, 3_000.0 * 0.07));
}

/// Item 11: the whole campaign's totals put the Feed ads' impressions beside
/// the creators' and the Search ads' clicks beside them, so its CPM compares
/// with the Feed CPM.
#[test]
fn feed_impressions_and_search_clicks_join_the_campaign_totals() {
    let shown = figures_of("");
    let feed = 40_000.0 / 30.0 * 1000.0; // 1,333,333.3
                                         // Manual: creators 1,167,600 impressions + Feed 1,333,333.3 = 2,500,933.3;
                                         // spend 129,736 + 40,000 + 20,000 = 189,736; CPM over creators and Feed
                                         // (129,736 + 40,000) / 2,500,933.3 × 1000 = 67.87; Search clicks 5,000.
    let want = [
        ("manual_campaign_impressions", 1_167_600.0 + feed),
        ("manual_campaign_cost", 189_736.0),
        (
            "manual_campaign_cpm",
            169_736.0 / (1_167_600.0 + feed) * 1000.0,
        ),
        ("manual_campaign_clicks", 5_000.0),
    ];
    for (key, value) in want {
        let got = shown.get(key).copied().unwrap_or(f64::NAN);
        assert!(close(got, value), "{key} = {got}, want {value}");
    }
    // The optimised mix the same way, and the difference is the creators'.
    let opt = shown["opt_total_impressions"] + feed;
    assert!(close(shown["opt_campaign_impressions"], opt));
    assert!(close(
        shown["diff_campaign_impressions"],
        shown["diff_impressions"]
    ));
    assert!(close(shown["diff_campaign_clicks"], 0.0));
    // The creator-only figures keep their keys and meaning.
    assert!(close(shown["manual_total_impressions"], 1_167_600.0));
    assert!(close(shown["feed_impressions"], feed));
}

/// Item 11: the reach factor is a link key; a factor of 1 in every tier is
/// the earlier rule (a note reaches its authentic followers only), and fake
/// followers still discount reach.
#[test]
fn the_reach_factor_is_typed_per_tier_and_fake_followers_still_discount_it() {
    let earlier = figures_of("reach=1,1,1,1,1");
    // 739,200 = (600,000 + 300,000 + 120,000 + 36,000) × 0.7, as before.
    assert!(close(earlier["manual_total_impressions"], 739_200.0));
    let doubled = figures_of("reach=1,1,4,1,1");
    // Tail: 12 × 25,000 × 0.7 × 4 = 840,000 instead of 210,000.
    assert!(close(doubled["manual_tail_impressions"], 840_000.0));
    // Fake followers neither see notes nor earn them more distribution:
    // 60% fake halves the tail's reach of 30%'s (0.4 / 0.7 of it).
    let padded = figures_of("reach=1,1,4,1,1&tail=2500,25000,3,5,8,60,12");
    assert!(close(
        padded["manual_tail_impressions"],
        840_000.0 * 0.4 / 0.7
    ));
}

/// Item 11: the band is about engagements, which the reach factor does not
/// change: for the same counts it is the same to the last bit.
#[test]
fn the_reach_factor_leaves_the_band_alone() {
    let a = figures_of("obj=eng");
    let b = figures_of("obj=eng&reach=0.1,7,0.2,9,5");
    for key in ["mc_authentic_p10", "mc_authentic_p50", "mc_authentic_p90"] {
        assert_eq!(a[key].to_bits(), b[key].to_bits(), "{key}");
    }
}
