//! The shortlist's outputs: per creator row i (1-based) `c<i>_…` in the
//! table `creators`, then the pick's totals and the optimiser's status.

use super::model::{ShortlistInputs, ShortlistReport};
use crate::calculators::budget_mix::outputs::conflict_text;
use crate::i18n::Key;
use crate::outputs::{Arg, Group, Kind, Label, Output, Value};

/// The label of row `i` (1-based).
pub fn row_label(i: usize) -> Label {
    Label::with(Key::SlRow, vec![Arg::Number(i as f64, 0)])
}

fn status(report: &ShortlistReport) -> Value {
    let (code, text) = match report.pick.status {
        Ok(proof) if proof.proven => ("proven", Label::text(Key::SlProven)),
        // Rounded up: the figure is a bound.
        Ok(proof) => (
            "best_found",
            Label::with(
                Key::SlNotProven,
                vec![Arg::Share((proof.shortfall * 1e6).ceil() / 1e6, 4)],
            ),
        ),
        Err(conflict) => {
            let (code, why) = conflict_text(conflict);
            (
                code,
                Label::with(
                    Key::JoinSpace,
                    vec![Arg::Text(Key::SlConflictTitle), Arg::Label(Box::new(why))],
                ),
            )
        }
    };
    Value::Word(code.to_string(), text)
}

/// The answer in one sentence: whom to book, for how much, what they bring
/// and how many creators fail vetting; or why no one can be booked.
fn answer(report: &ShortlistReport) -> Output {
    let value = match (report.pick.status, status(report)) {
        (Ok(_), Value::Word(code, _)) => {
            // "About": engagements are averages, so two significant figures.
            let authentic = report.pick_authentic;
            let magnitude = 10f64.powi((authentic.max(1.0).log10().floor() as i32 - 1).max(0));
            Value::Word(
                code,
                Label::with(
                    Key::SlAnswer,
                    vec![
                        Arg::Number(report.picked.len() as f64, 0),
                        Arg::Money(report.pick_cost),
                        Arg::Number((authentic / magnitude).round() * magnitude, 0),
                        Arg::Number(report.failed_count as f64, 0),
                    ],
                ),
            )
        }
        (_, Value::Word(code, why)) => Value::Word(
            code,
            Label::with(Key::SlAnswerNone, vec![Arg::Label(Box::new(why))]),
        ),
        (_, other) => other,
    };
    Output::new("answer", Label::text(Key::AnswerLabel), Kind::Word, value).in_group(Group::Answer)
}

/// Every output of `report`, computed from `inputs`.
pub fn outputs(inputs: &ShortlistInputs, report: &ShortlistReport) -> Vec<Output> {
    let mut all = vec![
        answer(report),
        Output::new(
            "opt_status",
            Label::text(Key::SlStatus),
            Kind::Word,
            status(report),
        )
        .in_group(Group::Headline),
    ];
    let number = |v: f64| Value::Number(v);
    let per_unit = |v: Option<f64>| match v {
        Some(v) => Value::Number(v),
        None => Value::Undefined(Key::SlNoEngagements, Some(Key::SlNoEngagementsShort)),
    };
    for (row, result) in report.creators.iter().enumerate() {
        let i = row + 1;
        let picked = report.picked.binary_search(&row).is_ok();
        let cells: Vec<(&str, Key, Kind, Value)> = match result {
            Some(r) => vec![
                (
                    "tier",
                    Key::TierLabel,
                    Kind::Word,
                    Value::Word(r.tier.key().to_string(), Label::text(r.tier.name())),
                ),
                ("ratio", Key::SlColRatio, Kind::Share(2), number(r.ratio)),
                (
                    "engagements",
                    Key::SlColEngagements,
                    Kind::Number(0),
                    number(r.engagements),
                ),
                (
                    "authentic",
                    Key::SlColAuthentic,
                    Kind::Number(0),
                    number(r.authentic),
                ),
                ("cost", Key::SlColCost, Kind::Money, number(r.cost)),
                ("cpe", Key::SlColCpe, Kind::Money, per_unit(r.cpe)),
                (
                    "verdict",
                    Key::SlColVerdict,
                    Kind::Word,
                    Value::Word(
                        r.verdict.key().to_string(),
                        Label::text(verdict_name(r.verdict)),
                    ),
                ),
                (
                    "picked",
                    Key::SlColPicked,
                    Kind::Word,
                    Value::Word(
                        u8::from(picked).to_string(),
                        Label::text(if picked {
                            Key::SlPickedYes
                        } else {
                            Key::SlPickedNo
                        }),
                    ),
                ),
            ],
            None => [
                "tier",
                "ratio",
                "engagements",
                "authentic",
                "cost",
                "cpe",
                "verdict",
                "picked",
            ]
            .into_iter()
            .zip([
                Key::TierLabel,
                Key::SlColRatio,
                Key::SlColEngagements,
                Key::SlColAuthentic,
                Key::SlColCost,
                Key::SlColCpe,
                Key::SlColVerdict,
                Key::SlColPicked,
            ])
            .map(|(name, label)| {
                (
                    name,
                    label,
                    Kind::Word,
                    Value::Undefined(Key::SlRowInError, Some(Key::SlRowInErrorShort)),
                )
            })
            .collect(),
        };
        for (name, label, kind, value) in cells {
            all.push(
                Output::new(format!("c{i}_{name}"), Label::text(label), kind, value).in_group(
                    Group::Cell {
                        table: "creators",
                        row: row_label(i),
                        column: Label::text(label),
                    },
                ),
            );
        }
    }
    let totals = Group::Figure("pick");
    let notes = report.picked.len() as f64;
    all.extend(
        [
            Output::new(
                "pick_count",
                Label::text(Key::SlPickCount),
                Kind::Number(0),
                number(notes),
            ),
            Output::new(
                "pick_cost",
                Label::text(Key::SlPickCost),
                Kind::Money,
                number(report.pick_cost),
            ),
            Output::new(
                "pick_engagements",
                Label::text(Key::SlPickEngagements),
                Kind::Number(0),
                number(report.pick_engagements),
            ),
            Output::new(
                "pick_authentic",
                Label::text(Key::SlPickAuthentic),
                Kind::Number(0),
                number(report.pick_authentic),
            ),
            Output::new(
                "pick_notes",
                Label::text(Key::SlPickNotes),
                Kind::Number(0),
                number(notes),
            ),
            Output::new(
                "pick_unspent",
                Label::text(Key::SlPickUnspent),
                Kind::Money,
                number(inputs.budget - report.pick_cost),
            ),
            Output::new(
                "failed_count",
                Label::text(Key::SlFailedCount),
                Kind::Number(0),
                number(report.failed_count as f64),
            ),
        ]
        .map(|o| o.in_group(totals.clone())),
    );
    all
}

fn verdict_name(verdict: crate::calculators::engagement::model::Verdict) -> Key {
    use crate::calculators::engagement::model::Verdict;
    match verdict {
        Verdict::Meets => Key::VerdictMeets,
        Verdict::Borderline => Key::VerdictBorderline,
        Verdict::Below => Key::VerdictBelow,
        Verdict::RedFlags => Key::SlVerdictRedFlags,
    }
}

/// The outputs of the scenario a link opens, as its page computes them.
pub fn of_link(
    reader: &mut crate::link::LinkReader,
    currency: crate::currency::Currency,
    cny_per_unit: f64,
) -> Vec<Output> {
    let parsed = super::link::decode(reader).parse_in(currency, cny_per_unit);
    if !parsed.errors.is_empty() {
        return vec![];
    }
    outputs(&parsed.inputs, &super::model::compute(&parsed.inputs))
}
