//! Links that carry the shortlist on to the other calculators: one creator
//! to the engagement calculator, the pick's tier counts to the budget mix
//! (its manual mix) and its creator counts to the timeline's waves.

use super::model::{tier_index, Creator, ShortlistInputs, ShortlistReport};
use crate::calculators::budget_mix::form::MixForm;
use crate::calculators::budget_mix::model::{MixInputs, Tier as MixTier};
use crate::calculators::engagement::model::Tier;
use crate::link::{build_query, join_cells};
use crate::units::plain_number;

/// The engagement calculator's query for one creator, with the list's
/// benchmark, fake share and tier bounds.
pub fn engagement_query(creator: &Creator, inputs: &ShortlistInputs) -> String {
    let n = creator.note();
    let mut note = vec![
        n.likes.to_string(),
        n.saves.to_string(),
        n.comments.to_string(),
        n.shares.to_string(),
    ];
    if let Some(views) = n.views {
        note.push(views.to_string());
    }
    let t = inputs.tiers;
    build_query(&[
        ("f", creator.followers.to_string()),
        ("notes", join_cells(&note)),
        ("b", plain_number(inputs.benchmark * 100.0, 4)),
        (
            "fake",
            inputs
                .fake_share
                .map(|f| plain_number(f * 100.0, 4))
                .unwrap_or_default(),
        ),
        (
            "tiers",
            join_cells(&[
                t.tail_from.to_string(),
                t.mid_from.to_string(),
                t.head_from.to_string(),
            ]),
        ),
    ])
}

/// The budget mix's query with the pick as its manual mix: per tier the
/// creators picked, their average quote and followers; the shortlist's
/// budget, rules and objective; no ads and no seeding (a list of named
/// creators has none).
pub fn budget_mix_query(
    inputs: &ShortlistInputs,
    report: &ShortlistReport,
    cny_per_unit: f64,
) -> String {
    let mut mix = MixInputs {
        budget: inputs.budget,
        feed_share: 0.0,
        search_share: 0.0,
        platform_fee: inputs.fee,
        video_share: 0.0,
        objective: inputs.objective,
        rules: inputs.rules.to_mix(),
        ..MixInputs::default()
    };
    MixTier::Seeding.of_mut(&mut mix.tiers).count = 0;
    for (tier, mix_tier) in [
        (Tier::Head, MixTier::Head),
        (Tier::Mid, MixTier::Mid),
        (Tier::Tail, MixTier::Tail),
        (Tier::Koc, MixTier::Koc),
    ] {
        let picked: Vec<&Creator> = report
            .picked
            .iter()
            .filter_map(|&row| {
                let result = report.creators.get(row)?.as_ref()?;
                (result.tier == tier).then_some(())?;
                inputs.creators.get(row)?.as_ref()
            })
            .collect();
        let row = mix_tier.of_mut(&mut mix.tiers);
        row.count = report
            .tier_counts
            .get(tier_index(tier))
            .copied()
            .unwrap_or(0);
        if !picked.is_empty() {
            let n = picked.len() as f64;
            row.price = (picked.iter().map(|c| c.quote).sum::<f64>() / n).round();
            row.followers = (picked.iter().map(|c| c.followers as f64).sum::<f64>() / n).round();
        }
    }
    build_query(&crate::calculators::budget_mix::link::encode(
        &MixForm::from_inputs(&mix, cny_per_unit),
    ))
}

/// The timeline's waves with the pick's creators: KOCs and tail KOLs in
/// the first (seeding) wave, mid KOLs in the vertical wave, head KOLs in
/// the last; reviewed at once and gaps at the timeline's defaults.
pub fn timeline_query(report: &ShortlistReport) -> String {
    let [koc, tail, mid, head] = report.tier_counts;
    build_query(&[
        (
            "w1",
            join_cells(&[(koc + tail).to_string(), "10".into(), "0".into()]),
        ),
        ("w2", join_cells(&[mid.to_string(), "5".into(), "7".into()])),
        (
            "w3",
            join_cells(&[head.to_string(), "1".into(), "7".into()]),
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calculators::shortlist::model::compute;
    use crate::link::LinkReader;

    #[test]
    fn the_budget_mix_opens_with_the_picked_counts() {
        let inputs = ShortlistInputs::default();
        let report = compute(&inputs);
        let query = budget_mix_query(&inputs, &report, 1.0);
        let mut reader = LinkReader::new(&query);
        let form = crate::calculators::budget_mix::link::decode(&mut reader);
        assert_eq!(reader.finish(), vec![]);
        let mix = form.parse(1.0).inputs;
        for tier in [Tier::Koc, Tier::Tail, Tier::Mid, Tier::Head] {
            let mix_tier = match tier {
                Tier::Koc => MixTier::Koc,
                Tier::Tail => MixTier::Tail,
                Tier::Mid => MixTier::Mid,
                Tier::Head => MixTier::Head,
            };
            assert_eq!(
                mix_tier.of(&mix.tiers).count,
                report.tier_counts[tier_index(tier)]
            );
        }
        assert_eq!(mix.budget, inputs.budget);
    }

    #[test]
    fn the_timeline_gets_the_creator_counts() {
        let mut report = compute(&ShortlistInputs::default());
        report.tier_counts = [3, 4, 5, 1];
        assert_eq!(timeline_query(&report), "w1=7,10,0&w2=5,5,7&w3=1,1,7");
    }
}
