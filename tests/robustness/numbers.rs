//! Every number each calculator outputs, for the finiteness check.

use super::*;

pub(super) fn engagement_numbers(report: &EngagementReport) -> Vec<(String, f64)> {
    let mut out = Vec::new();
    let mut figure = |name: &str, figure: Result<f64, _>| {
        if let Ok(v) = figure {
            out.push((name.to_string(), v));
        }
    };
    figure("ratio_mean", report.ratio_mean);
    figure("ratio_median", report.ratio_median);
    figure("share_above_benchmark", report.share_above_benchmark);
    figure("er_followers", report.er_followers);
    figure("er_views", report.er_views);
    figure("save_share", report.save_share);
    figure("comment_share", report.comment_share);
    figure("stability_cv", report.stability_cv);
    figure("viral_rate", report.viral_rate);
    figure("authentic_followers", report.authentic_followers);
    figure("authentic_ratio_mean", report.authentic_ratio_mean);
    figure("fake_share", Ok(report.fake_share));
    for (i, note) in report.notes.iter().enumerate() {
        if let Ok(v) = note.ratio {
            out.push((format!("notes[{i}].ratio"), v));
        }
    }
    for reason in &report.reasons {
        // The benchmark in a reason is the input echoed, not a result.
        let numbers = match *reason {
            Reason::MeanMeetsBenchmark { mean, .. } | Reason::MeanBelowBenchmark { mean, .. } => {
                vec![mean]
            }
            Reason::FewNotesMeetBenchmark { share }
            | Reason::LowSaveShare { share }
            | Reason::CommentShareOutsideRange { share }
            | Reason::CommentsFlagged { share, .. } => vec![share],
            Reason::MedianBelowSuspiciousLine { median, line } => vec![median, line],
            Reason::AllNotesBelowSuspiciousLine { highest, line } => vec![highest, line],
            Reason::UnevenNotes { cv } => vec![cv],
            Reason::FollowersExceedLikesSaves { .. } => vec![],
        };
        out.extend(numbers.into_iter().map(|v| (format!("{reason:?}"), v)));
    }
    out
}

pub(super) fn compensation_numbers(report: &CompensationReport) -> Vec<(String, f64)> {
    let mut out = Vec::new();
    let mut push = |name: String, v: f64| out.push((name, v));
    for c in &report.combos {
        let id = format!("{}_{}", c.model.key(), c.channel.key());
        push(format!("creator_pay_{id}"), c.cost.creator_pay);
        push(format!("fees_{id}"), c.cost.fees);
        push(format!("fx_{id}"), c.cost.fx);
        push(format!("product_{id}"), c.cost.product);
        push(format!("total_{id}"), c.total);
        push(format!("profit_{id}"), c.profit);
        push(format!("line_a_{id}"), c.line.a);
        push(format!("line_b_{id}"), c.line.b);
        push(format!("line_kink_{id}"), c.line.kink);
        push(format!("line_extra_{id}"), c.line.extra);
        let figures: [(&str, CompFigure); 5] = [
            ("cpe", c.per_engagement),
            ("cpr", c.per_read),
            ("cpc", c.per_click),
            ("cps", c.per_sale),
            ("pays", c.pays_for_itself),
        ];
        for (name, figure) in figures {
            if let Ok(v) = figure {
                push(format!("{name}_{id}"), v);
            }
        }
        if let Some((from, until)) = c.profitable {
            push(format!("pays_from_{id}"), from);
            if let Some(until) = until {
                push(format!("pays_until_{id}"), until);
            }
        }
    }
    push("contribution_margin".into(), report.contribution_margin);
    push("cheapest_total".into(), report.cheapest_total);
    if let Ok(v) = report.breakeven_roas {
        push("breakeven_roas".into(), v);
    }
    for (i, (p, h)) in report
        .perf_vs_flat
        .iter()
        .zip(&report.hybrid_vs_flat)
        .enumerate()
    {
        if let Ok(v) = p {
            push(format!("perf_vs_flat[{i}]"), *v);
        }
        if let Ok(v) = h {
            push(format!("hybrid_vs_flat[{i}]"), *v);
        }
    }
    for w in &report.warnings {
        match *w {
            Warning::CommissionAboveMargin { commission, margin } => {
                push("warning.commission".into(), commission);
                push("warning.margin".into(), margin);
            }
            Warning::NoMargin => {}
            Warning::ThresholdAboveHigh { threshold, high } => {
                push("warning.threshold".into(), threshold);
                push("warning.high".into(), high);
            }
            Warning::SeedingUnrealistic { quote, line } => {
                push("warning.quote".into(), quote);
                push("warning.seeding_line".into(), line);
            }
            Warning::ProfitTurnsNegative { from, until, .. } => {
                push("warning.from".into(), from);
                push("warning.until".into(), until);
            }
        }
    }
    out
}

pub(super) fn totals_numbers(out: &mut Vec<(String, f64)>, name: &str, t: &Totals) {
    for (field, v) in [
        ("creators", t.creators),
        ("notes", t.notes),
        ("cost", t.cost),
        ("impressions", t.impressions),
        ("engagements", t.engagements),
        ("authentic", t.authentic),
    ] {
        out.push((format!("{name}.{field}"), v));
    }
    if let Some(v) = t.cpe() {
        out.push((format!("{name}.cpe"), v));
    }
    if let Some(v) = t.cpm() {
        out.push((format!("{name}.cpm"), v));
    }
}

pub(super) fn plan_numbers(out: &mut Vec<(String, f64)>, name: &str, plan: &Plan) {
    for (t, totals) in Tier::ALL.iter().zip(&plan.tiers) {
        totals_numbers(out, &format!("{name}.{}", t.key()), totals);
    }
    totals_numbers(out, &format!("{name}.total"), &plan.total);
    out.push((format!("{name}.unspent"), plan.unspent));
}

/// A plan's whole-campaign totals (creators with Feed and Search ads).
pub(super) fn campaign_numbers(
    out: &mut Vec<(String, f64)>,
    name: &str,
    plan: &Plan,
    report: &MixReport,
) {
    let c = campaign(plan, &report.pillars);
    for (field, v) in [
        ("cost", c.cost),
        ("impressions", c.impressions),
        ("clicks", c.clicks),
    ] {
        out.push((format!("{name}.campaign.{field}"), v));
    }
    if let Some(v) = c.cpm() {
        out.push((format!("{name}.campaign.cpm"), v));
    }
}

/// Every number of the budget mix's report, per-creator figures included;
/// with `monte_carlo`, the bands of the manual and the optimised mix too.
pub(super) fn mix_numbers(
    inputs: &MixInputs,
    report: &MixReport,
    monte_carlo: bool,
) -> Vec<(String, f64)> {
    let mut out = Vec::new();
    let p = &report.pillars;
    for (name, v) in [
        ("pillars.creators", p.creators),
        ("pillars.feed", p.feed),
        ("pillars.feed_impressions", p.feed_impressions),
        ("pillars.search", p.search),
        ("pillars.search_clicks", p.search_clicks),
    ] {
        out.push((name.to_string(), v));
    }
    for t in Tier::ALL {
        let one = per_creator(inputs, t);
        for (field, v) in [
            ("cost", one.cost),
            ("notes", one.notes),
            ("impressions", one.impressions),
            ("engagements", one.engagements),
            ("authentic", one.authentic),
        ] {
            out.push((format!("per_creator.{}.{field}", t.key()), v));
        }
    }
    plan_numbers(&mut out, "manual", &report.manual);
    campaign_numbers(&mut out, "manual", &report.manual, report);
    match &report.optimised {
        Ok(plan) => {
            plan_numbers(&mut out, "optimised", plan);
            campaign_numbers(&mut out, "optimised", plan, report);
        }
        Err(Conflict::AdsTakeAll { shares }) => out.push(("conflict.shares".into(), *shares)),
        Err(Conflict::BudgetBelowCheapest {
            creator_budget,
            cost,
            ..
        }) => {
            out.push(("conflict.creator_budget".into(), *creator_budget));
            out.push(("conflict.cost".into(), *cost));
        }
        Err(Conflict::MinimumAboveCap { .. }) => {}
        Err(Conflict::MinimumsOverBudget {
            cost,
            creator_budget,
        }) => {
            out.push(("conflict.cost".into(), *cost));
            out.push(("conflict.creator_budget".into(), *creator_budget));
        }
    }
    if monte_carlo {
        let mut plans = vec![("manual", &report.manual)];
        if let Ok(plan) = &report.optimised {
            plans.push(("optimised", plan));
        }
        for (name, plan) in plans {
            let band = simulate(inputs, &plan.counts, plan.total.cost);
            for (i, v) in band.authentic.iter().enumerate() {
                out.push((format!("{name}.band.authentic[{i}]"), *v));
            }
            for (i, v) in band.cpe.iter().flatten().enumerate() {
                out.push((format!("{name}.band.cpe[{i}]"), *v));
            }
            out.push((format!("{name}.band.low"), band.range.0));
            out.push((format!("{name}.band.high"), band.range.1));
        }
    }
    out
}
