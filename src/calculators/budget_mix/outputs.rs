//! The budget mix's outputs: the optimiser's status, manual against
//! optimised totals, the KFS+C pillars, the Monte Carlo band and each plan
//! per tier.

use super::model::{campaign, Campaign, Conflict, MixInputs, MixReport, Plan, Tier, Totals};
use super::montecarlo::Band;
use crate::i18n::Key;
use crate::outputs::{Arg, Group, Kind, Label, Output, Value};

impl Tier {
    /// Its name.
    pub fn name(self) -> Key {
        match self {
            Tier::Head => Key::MixTierHead,
            Tier::Mid => Key::MixTierMid,
            Tier::Tail => Key::MixTierTail,
            Tier::Koc => Key::MixTierKoc,
            Tier::Seeding => Key::MixTierSeeding,
        }
    }
}

/// A figure of a plan: creators, notes, cost…
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Metric {
    /// Creators booked.
    Creators,
    /// Expected notes.
    Notes,
    /// Cost with fees, CNY.
    Cost,
    /// Impressions: authentic followers × reach factor per note.
    Impressions,
    /// Engagements at the likely rate.
    Engagements,
    /// Authentic engagements.
    Authentic,
    /// Cost per authentic engagement.
    Cpe,
    /// Cost per thousand impressions.
    Cpm,
}

impl Metric {
    /// Every metric, in the order of the tables.
    pub const ALL: [Metric; 8] = [
        Metric::Creators,
        Metric::Notes,
        Metric::Cost,
        Metric::Impressions,
        Metric::Engagements,
        Metric::Authentic,
        Metric::Cpe,
        Metric::Cpm,
    ];

    /// The output-name part: `creators`, `cost`…
    pub fn key(self) -> &'static str {
        match self {
            Metric::Creators => "creators",
            Metric::Notes => "notes",
            Metric::Cost => "cost",
            Metric::Impressions => "impressions",
            Metric::Engagements => "engagements",
            Metric::Authentic => "authentic",
            Metric::Cpe => "cpe",
            Metric::Cpm => "cpm",
        }
    }

    /// Its name.
    pub fn name(self) -> Key {
        match self {
            Metric::Creators => Key::MixCreators,
            Metric::Notes => Key::MixNotesExpected,
            Metric::Cost => Key::MixCost,
            Metric::Impressions => Key::MixImpressions,
            Metric::Engagements => Key::MixEngagements,
            Metric::Authentic => Key::MixAuthentic,
            Metric::Cpe => Key::MixCpe,
            Metric::Cpm => Key::MixCpm,
        }
    }

    /// Its value in `totals`, or why it has none.
    pub fn of(self, totals: &Totals) -> Result<f64, Key> {
        match self {
            Metric::Creators => Ok(totals.creators),
            Metric::Notes => Ok(totals.notes),
            Metric::Cost => Ok(totals.cost),
            Metric::Impressions => Ok(totals.impressions),
            Metric::Engagements => Ok(totals.engagements),
            Metric::Authentic => Ok(totals.authentic),
            Metric::Cpe => totals.cpe().ok_or(Key::MixNoEngagements),
            Metric::Cpm => totals.cpm().ok_or(Key::MixNoImpressions),
        }
    }

    /// How it is written, and a difference of it.
    fn kinds(self) -> (Kind, Kind) {
        match self {
            Metric::Cost | Metric::Cpe | Metric::Cpm => (Kind::Money, Kind::MoneyChange),
            Metric::Notes => (Kind::Expected, Kind::ExpectedChange),
            _ => (Kind::Number(0), Kind::NumberChange(0)),
        }
    }
}

fn value(figure: Result<f64, Key>) -> Value {
    match figure {
        Ok(v) => Value::Number(v),
        Err(why) => Value::Undefined(why, None),
    }
}

/// The optimiser's status: proven, best found (with its bound), or the
/// inputs in conflict.
fn status(report: &MixReport) -> Value {
    let (code, text) = match &report.optimised {
        Ok(_) if report.proven => ("proven", Label::text(Key::MixProven)),
        // Rounded up: the figure is a bound.
        Ok(_) => (
            "best_found",
            Label::with(
                Key::MixNotProven,
                vec![Arg::Share((report.shortfall * 1e6).ceil() / 1e6, 4)],
            ),
        ),
        Err(conflict) => {
            let (code, why) = conflict_text(*conflict);
            let text = Label::with(
                Key::JoinSpace,
                vec![Arg::Text(Key::MixConflictTitle), Arg::Label(Box::new(why))],
            );
            (code, text)
        }
    };
    Value::Word(code.to_string(), text)
}

/// A conflict's code and words (the shortlist names its conflicts the same way).
pub fn conflict_text(conflict: Conflict) -> (&'static str, Label) {
    match conflict {
        Conflict::AdsTakeAll { shares } => (
            "ads_take_all",
            Label::with(Key::MixConflictAds, vec![Arg::Share(shares, 0)]),
        ),
        Conflict::BudgetBelowCheapest {
            creator_budget,
            tier,
            cost,
        } => (
            "budget_below_cheapest",
            Label::with(
                Key::MixConflictBudget,
                vec![
                    Arg::Money(creator_budget),
                    Arg::Text(tier.name()),
                    Arg::Money(cost),
                ],
            ),
        ),
        Conflict::MinimumAboveCap { tier, minimum, cap } => (
            "minimum_above_cap",
            Label::with(
                Key::MixConflictCap,
                vec![
                    Arg::Number(minimum as f64, 0),
                    Arg::Text(tier.name()),
                    Arg::Number(cap as f64, 0),
                ],
            ),
        ),
        Conflict::MinimumsOverBudget {
            cost,
            creator_budget,
        } => (
            "minimums_over_budget",
            Label::with(
                Key::MixConflictMinimums,
                vec![Arg::Money(cost), Arg::Money(creator_budget)],
            ),
        ),
    }
}

/// A count said as people say it: three significant figures.
fn about(v: f64) -> f64 {
    if v.abs() < 1000.0 {
        return v.round();
    }
    let scale = 10f64.powi(v.abs().log10().floor() as i32 - 2);
    (v / scale).round() * scale
}

/// The answer in one sentence: the optimised mix's creators per tier, its
/// authentic engagements with their P10–P90 band, and its cost; where no
/// mix meets the rules, why.
fn answer(report: &MixReport, band: &Band) -> Output {
    let value = match &report.optimised {
        Ok(plan) => {
            let mut args: Vec<Arg> = plan
                .counts
                .iter()
                .map(|&n| Arg::Number(n as f64, 0))
                .collect();
            let [p10, _, p90] = band.authentic;
            args.extend([
                Arg::Number(about(band.expected_authentic), 0),
                Arg::Number(about(p10), 0),
                Arg::Number(about(p90), 0),
                Arg::Money(plan.total.cost),
            ]);
            Value::Word("optimised".to_string(), Label::with(Key::AnswerMix, args))
        }
        Err(_) => status(report),
    };
    Output::new("answer", Label::text(Key::AnswerLabel), Kind::Word, value).in_group(Group::Answer)
}

/// Every output of `report` and its Monte Carlo `band`.
pub fn outputs(inputs: &MixInputs, report: &MixReport, band: &Band) -> Vec<Output> {
    let optimised = report.optimised.as_ref().ok();
    let no_plan = Value::Undefined(Key::MixNoPlan, None);
    let mut all = vec![
        answer(report, band),
        Output::new(
            "opt_status",
            Label::text(Key::MixStatus),
            Kind::Word,
            status(report),
        )
        .in_group(Group::Headline),
    ];

    // Manual, optimised and their difference, one row per metric.
    let totals_cell = |key: String, metric: Key, plan: Key, kind: Kind, value: Value| {
        Output::new(key, Label::join(plan, metric), kind, value).in_group(Group::Cell {
            table: "totals",
            row: Label::text(metric),
            column: Label::text(plan),
        })
    };
    for metric in Metric::ALL {
        let (kind, change) = metric.kinds();
        let manual = metric.of(&report.manual.total);
        let best = optimised.map_or(Err(Key::MixNoPlan), |p| metric.of(&p.total));
        let diff = match (manual, best) {
            (Ok(m), Ok(b)) => Ok(b - m),
            (Err(why), _) | (_, Err(why)) => Err(why),
        };
        let name = metric.key();
        all.extend([
            totals_cell(
                format!("manual_total_{name}"),
                metric.name(),
                Key::MixManual,
                kind,
                value(manual),
            ),
            totals_cell(
                format!("opt_total_{name}"),
                metric.name(),
                Key::MixOptimised,
                kind,
                value(best),
            ),
            totals_cell(
                format!("diff_{name}"),
                metric.name(),
                Key::MixDifference,
                change,
                value(diff),
            ),
        ]);
    }
    let unspent = |plan: Option<&Plan>| plan.map_or(no_plan.clone(), |p| Value::Number(p.unspent));
    all.extend([
        totals_cell(
            "manual_unspent".into(),
            Key::MixUnspent,
            Key::MixManual,
            Kind::Money,
            unspent(Some(&report.manual)),
        ),
        totals_cell(
            "opt_unspent".into(),
            Key::MixUnspent,
            Key::MixOptimised,
            Kind::Money,
            unspent(optimised),
        ),
        totals_cell(
            "diff_unspent".into(),
            Key::MixUnspent,
            Key::MixDifference,
            Kind::MoneyChange,
            optimised.map_or(no_plan.clone(), |p| {
                Value::Number(p.unspent - report.manual.unspent)
            }),
        ),
    ]);

    all.extend(campaign_outputs(report));

    let pillars = &report.pillars;
    let figure = |key: &str, label: Key, kind: Kind, v: f64| {
        Output::new(key, Label::text(label), kind, Value::Number(v))
    };
    all.extend([
        figure(
            "creator_budget",
            Key::MixCreatorBudget,
            Kind::Money,
            pillars.creators,
        ),
        figure("feed_budget", Key::MixFeedBudget, Kind::Money, pillars.feed),
        figure(
            "feed_impressions",
            Key::MixFeedImpressions,
            Kind::Number(0),
            pillars.feed_impressions,
        ),
        figure(
            "search_budget",
            Key::MixSearchBudget,
            Kind::Money,
            pillars.search,
        ),
        figure(
            "search_clicks",
            Key::MixSearchClicks,
            Kind::Number(0),
            pillars.search_clicks,
        ),
        figure(
            "owned_notes",
            Key::MixOwnedNotes,
            Kind::Number(0),
            inputs.owned_notes as f64,
        ),
    ]);

    let band_group = Group::Figure("band");
    const PERCENTILES: [(&str, &str); 3] = [("p10", "P10"), ("p50", "P50"), ("p90", "P90")];
    for ((p, shown), authentic) in PERCENTILES.into_iter().zip(band.authentic) {
        all.push(
            Output::new(
                format!("mc_authentic_{p}"),
                Label::with(Key::MixBandAuthentic, vec![Arg::Plain(shown)]),
                Kind::Number(0),
                Value::Number(authentic),
            )
            .in_group(band_group.clone()),
        );
    }
    all.push(
        Output::new(
            "mc_authentic_mean",
            Label::text(Key::MixBandMean),
            Kind::Number(0),
            Value::Number(band.expected_authentic),
        )
        .in_group(band_group.clone()),
    );
    for (i, (p, shown)) in PERCENTILES.into_iter().enumerate() {
        let cpe = band.cpe.and_then(|c| c.get(i).copied());
        all.push(
            Output::new(
                format!("mc_cpe_{p}"),
                Label::with(Key::MixBandCpe, vec![Arg::Plain(shown)]),
                Kind::Money,
                value(cpe.ok_or(Key::MixNoEngagements)),
            )
            .in_group(band_group.clone()),
        );
    }

    for (prefix, table, plan_name, plan) in [
        (
            "manual",
            "manual_tiers",
            Key::MixManual,
            Some(&report.manual),
        ),
        ("opt", "opt_tiers", Key::MixOptimised, optimised),
    ] {
        for tier in Tier::ALL {
            for metric in Metric::ALL {
                let figure = plan.map_or(Err(Key::MixNoPlan), |p| metric.of(tier.of(&p.tiers)));
                all.push(
                    Output::new(
                        format!("{prefix}_{}_{}", tier.key(), metric.key()),
                        Label::with(
                            Key::JoinThree,
                            vec![
                                Arg::Text(plan_name),
                                Arg::Text(tier.name()),
                                Arg::Text(metric.name()),
                            ],
                        ),
                        metric.kinds().0,
                        value(figure),
                    )
                    .in_group(Group::Cell {
                        table,
                        row: Label::text(tier.name()),
                        column: Label::text(metric.name()),
                    }),
                );
            }
        }
    }
    all
}

/// A figure of the whole campaign: creators with the Feed and Search ads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CampaignMetric {
    /// Creator cost + Feed budget + Search budget.
    Cost,
    /// Creators' impressions + Feed impressions.
    Impressions,
    /// (Creator cost + Feed budget) / those impressions × 1000.
    Cpm,
    /// Search clicks bought.
    Clicks,
}

impl CampaignMetric {
    /// Every one, in the order of the table.
    pub const ALL: [CampaignMetric; 4] = [
        CampaignMetric::Cost,
        CampaignMetric::Impressions,
        CampaignMetric::Cpm,
        CampaignMetric::Clicks,
    ];

    /// The output-name part: `<plan>_campaign_<key>`.
    pub fn key(self) -> &'static str {
        match self {
            CampaignMetric::Cost => "cost",
            CampaignMetric::Impressions => "impressions",
            CampaignMetric::Cpm => "cpm",
            CampaignMetric::Clicks => "clicks",
        }
    }

    /// Its name.
    pub fn name(self) -> Key {
        match self {
            CampaignMetric::Cost => Key::MixCampaignCost,
            CampaignMetric::Impressions => Key::MixCampaignImpressions,
            CampaignMetric::Cpm => Key::MixCampaignCpm,
            CampaignMetric::Clicks => Key::MixCampaignClicks,
        }
    }

    /// Its value for `campaign`, or why it has none.
    pub fn of(self, campaign: &Campaign) -> Result<f64, Key> {
        match self {
            CampaignMetric::Cost => Ok(campaign.cost),
            CampaignMetric::Impressions => Ok(campaign.impressions),
            CampaignMetric::Cpm => campaign.cpm().ok_or(Key::MixNoImpressions),
            CampaignMetric::Clicks => Ok(campaign.clicks),
        }
    }

    fn kinds(self) -> (Kind, Kind) {
        match self {
            CampaignMetric::Cost | CampaignMetric::Cpm => (Kind::Money, Kind::MoneyChange),
            _ => (Kind::Number(0), Kind::NumberChange(0)),
        }
    }
}

/// The whole-campaign table: manual, optimised and their difference.
fn campaign_outputs(report: &MixReport) -> Vec<Output> {
    let manual = campaign(&report.manual, &report.pillars);
    let optimised = report
        .optimised
        .as_ref()
        .ok()
        .map(|p| campaign(p, &report.pillars));
    let mut all = Vec::new();
    for metric in CampaignMetric::ALL {
        let (kind, change) = metric.kinds();
        let mine = metric.of(&manual);
        let best = optimised.map_or(Err(Key::MixNoPlan), |c| metric.of(&c));
        let diff = match (mine, best) {
            (Ok(m), Ok(b)) => Ok(b - m),
            (Err(why), _) | (_, Err(why)) => Err(why),
        };
        for (prefix, plan, kind, figure) in [
            ("manual", Key::MixManual, kind, mine),
            ("opt", Key::MixOptimised, kind, best),
            ("diff", Key::MixDifference, change, diff),
        ] {
            all.push(
                Output::new(
                    format!("{prefix}_campaign_{}", metric.key()),
                    Label::with(
                        Key::JoinThree,
                        vec![
                            Arg::Text(plan),
                            Arg::Text(Key::MixCampaign),
                            Arg::Text(metric.name()),
                        ],
                    ),
                    kind,
                    value(figure),
                )
                .in_group(Group::Cell {
                    table: "campaign",
                    row: Label::text(metric.name()),
                    column: Label::text(plan),
                }),
            );
        }
    }
    all
}

/// The Monte Carlo band of the optimised mix, or of the manual one when
/// there is none.
pub fn band(inputs: &MixInputs, report: &MixReport) -> Band {
    let plan = band_plan(report);
    super::montecarlo::simulate(inputs, &plan.counts, plan.total.cost)
}

/// The mix the band draws: the optimised one, or the manual one when there
/// is none.
pub fn band_plan(report: &MixReport) -> &Plan {
    report.optimised.as_ref().unwrap_or(&report.manual)
}

/// The outputs of the scenario a link opens, as its page computes them:
/// the budget converts at `cny_per_unit`.
pub fn of_link(
    reader: &mut crate::link::LinkReader,
    currency: crate::currency::Currency,
    cny_per_unit: f64,
) -> Vec<Output> {
    let parsed = super::link::decode(reader).parse_in(currency, cny_per_unit);
    if !parsed.errors.is_empty() {
        return vec![];
    }
    let inputs = parsed.inputs;
    let report = super::compute(&inputs);
    outputs(&inputs, &report, &band(&inputs, &report))
}
