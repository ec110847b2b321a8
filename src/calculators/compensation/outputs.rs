//! The compensation model's outputs: the cheapest combination, the
//! break-even figures, one row per pay model × channel, the contract
//! checklist.

use super::model::{
    cover, Basis, Channel, CompensationInputs, CompensationReport, Cover, Figure, Item, Model,
    Undefined,
};
use crate::i18n::Key;
use crate::outputs::{Arg, Group, Kind, Label, Output, Value};

impl Undefined {
    /// Why a figure has no value: in full, and in a few words for a cell.
    pub fn reasons(self) -> (Key, Key) {
        match self {
            Undefined::NoResults => (Key::CompUndefinedNoResults, Key::CompShortNoResults),
            Undefined::NoMargin => (Key::CompUndefinedNoMargin, Key::CompShortNever),
            Undefined::NeverBreaksEven => (Key::CompNeverBreaksEven, Key::CompShortNever),
            Undefined::NeverCrosses => (Key::CompNeverCrosses, Key::CompShortNeverMeet),
            Undefined::OnlyBetween => (Key::CompOnlyBetween, Key::CompShortOnlyBetween),
        }
    }
}

impl Model {
    /// Its name.
    pub fn name(self) -> Key {
        match self {
            Model::Flat => Key::CompModelFlat,
            Model::Performance => Key::CompModelPerformance,
            Model::Seeding => Key::CompModelSeeding,
            Model::Hybrid => Key::CompModelHybrid,
        }
    }
}

impl Channel {
    /// Its name.
    pub fn name(self) -> Key {
        match self {
            Channel::Platform => Key::CompChannelPlatform,
            Channel::Mcn => Key::CompChannelMcn,
            Channel::Agency => Key::CompChannelAgency,
        }
    }
}

impl Basis {
    /// The unit it counts.
    pub fn name(self) -> Key {
        match self {
            Basis::Engagement => Key::CompBasisEngagement,
            Basis::Click => Key::CompBasisClick,
            Basis::Sale => Key::CompBasisSale,
        }
    }

    /// A volume of it per note, as a template ("{0} units sold").
    pub fn volume(self) -> Key {
        match self {
            Basis::Engagement => Key::CompVolumeEngagements,
            Basis::Click => Key::CompVolumeClicks,
            Basis::Sale => Key::CompVolumeSales,
        }
    }
}

impl Item {
    /// Its name.
    pub fn name(self) -> Key {
        match self {
            Item::Disclosure => Key::CompItemDisclosure,
            Item::UsageRights => Key::CompItemUsage,
            Item::Reassignment => Key::CompItemReassignment,
            Item::PaymentHold => Key::CompItemHold,
            Item::Currency => Key::CompItemCurrency,
        }
    }
}

impl Cover {
    /// Its words.
    pub fn name(self) -> Key {
        match self {
            Cover::Covered => Key::CompCovered,
            Cover::Negotiate => Key::CompNegotiate,
            Cover::Gap => Key::CompGap,
        }
    }
}

fn value(figure: Figure) -> Value {
    match figure {
        Ok(v) => Value::Number(v),
        Err(why) => {
            let (full, short) = why.reasons();
            Value::Undefined(full, Some(short))
        }
    }
}

/// The answer in one sentence: the cheapest model and channel with its
/// total and, between a flat fee and performance pay, where the other one
/// becomes cheaper.
fn answer(inputs: &CompensationInputs, report: &CompensationReport) -> Output {
    let (model, channel) = report.cheapest;
    let cheapest = Label::with(
        Key::AnswerCompCheapest,
        vec![
            Arg::Text(model.name()),
            Arg::Text(channel.name()),
            Arg::Money(report.cheapest_total),
        ],
    );
    let channel_index = Channel::ALL.iter().position(|&c| c == channel);
    let breakeven = channel_index
        .and_then(|i| report.perf_vs_flat.get(i).copied())
        .and_then(Result::ok)
        .filter(|q| q.is_finite() && *q > 0.0);
    let other = match (model, breakeven) {
        (Model::Flat, Some(q)) => Some(Key::AnswerCompPerfBelow).zip(Some(q)),
        (Model::Performance, Some(q)) => Some(Key::AnswerCompFlatAbove).zip(Some(q)),
        _ => None,
    };
    let text = match other {
        Some((key, q)) => Label::with(
            Key::AnswerCompWithBreakeven,
            vec![
                Arg::Label(Box::new(cheapest)),
                Arg::Label(Box::new(Label::with(
                    key,
                    vec![Arg::Number(q.round(), 0), Arg::Text(inputs.basis.name())],
                ))),
            ],
        ),
        None => Label::with(Key::AnswerSentence, vec![Arg::Label(Box::new(cheapest))]),
    };
    Output::new(
        "answer",
        Label::text(Key::AnswerLabel),
        Kind::Word,
        Value::Word(format!("{}_{}", model.key(), channel.key()), text),
    )
    .in_group(Group::Answer)
}

/// Every output of `report`, computed from `inputs`.
pub fn outputs(inputs: &CompensationInputs, report: &CompensationReport) -> Vec<Output> {
    let (model, channel) = report.cheapest;
    let volume = Kind::Volume(inputs.basis.volume());
    let warnings: Vec<&str> = report.warnings.iter().map(|w| w.key()).collect();
    let ties: Vec<String> = report
        .cheapest_ties
        .iter()
        .map(|(m, k)| format!("{}_{}", m.key(), k.key()))
        .collect();
    let tie_names = report
        .cheapest_ties
        .iter()
        .map(|(m, k)| Label::join(m.name(), k.name()))
        .collect();
    let mut all = vec![
        answer(inputs, report),
        Output::new(
            "cheapest",
            Label::text(Key::CompCheapestLabel),
            Kind::Word,
            Value::Word(
                format!("{}_{}", model.key(), channel.key()),
                Label::with(
                    Key::CompCheapestText,
                    vec![Arg::Text(model.name()), Arg::Text(channel.name())],
                ),
            ),
        )
        .in_group(Group::Headline),
        Output::new(
            "cheapest_total",
            Label::text(Key::CompColTotal),
            Kind::Money,
            Value::Number(report.cheapest_total),
        )
        .in_group(Group::Headline),
        Output::new(
            "cheapest_ties",
            Label::text(Key::CompTiesLabel),
            Kind::Word,
            Value::Word(
                ties.join(","),
                if ties.is_empty() {
                    Label::text(Key::CompNoTies)
                } else {
                    Label::with(Key::CompCheapestTies, vec![Arg::List(tie_names)])
                },
            ),
        )
        .in_group(Group::Note),
        Output::new(
            "warnings",
            Label::text(Key::CompWarningsLabel),
            Kind::Word,
            Value::Word(
                warnings.join(","),
                Label::with(
                    Key::CompWarningsCount,
                    vec![Arg::Number(warnings.len() as f64, 0)],
                ),
            ),
        )
        .in_group(Group::Data),
        Output::new(
            "contribution_margin",
            Label::text(Key::CompContributionMargin),
            Kind::Share(1),
            Value::Number(report.contribution_margin),
        ),
        Output::new(
            "breakeven_roas",
            Label::text(Key::CompBreakevenRoas),
            Kind::Ratio(2),
            value(report.breakeven_roas),
        ),
    ];
    let breakevens = [
        ("perf_vs_flat", report.perf_vs_flat, Key::CompPerfVsFlat),
        (
            "hybrid_vs_flat",
            report.hybrid_vs_flat,
            Key::CompHybridVsFlat,
        ),
    ];
    for (name, values, label) in breakevens {
        for (figure, channel) in values.into_iter().zip(Channel::ALL) {
            all.push(Output::new(
                format!("{name}_{}", channel.key()),
                Label::with(label, vec![Arg::Text(channel.name())]),
                volume,
                value(figure),
            ));
        }
    }
    for c in &report.combos {
        let row = Label::join(c.model.name(), c.channel.name());
        let cells = [
            ("total", Key::CompColTotal, Kind::Money, Ok(c.total)),
            (
                "creator_pay",
                Key::CompCreatorPay,
                Kind::Money,
                Ok(c.cost.creator_pay),
            ),
            ("fees", Key::CompFees, Kind::Money, Ok(c.cost.fees)),
            ("fx", Key::CompFx, Kind::Money, Ok(c.cost.fx)),
            ("product", Key::CompProduct, Kind::Money, Ok(c.cost.product)),
            ("cpe", Key::CompColCpe, Kind::Money, c.per_engagement),
            ("cpr", Key::CompColCpr, Kind::Money, c.per_read),
            ("cpc", Key::CompColCpc, Kind::Money, c.per_click),
            ("cps", Key::CompColCps, Kind::Money, c.per_sale),
            ("profit", Key::CompColProfit, Kind::Money, Ok(c.profit)),
            ("pays", Key::CompColPays, volume, c.pays_for_itself),
        ];
        let until = match c.profitable {
            Some((_, Some(until))) => Value::Number(until),
            Some((_, None)) => Value::Undefined(Key::CompStaysProfitable, None),
            None => Value::Undefined(Key::CompNeverBreaksEven, None),
        };
        for (metric, column, kind, figure) in cells {
            all.push(
                Output::new(
                    format!("{metric}_{}_{}", c.model.key(), c.channel.key()),
                    Label::with(
                        Key::JoinThree,
                        vec![
                            Arg::Text(c.model.name()),
                            Arg::Text(c.channel.name()),
                            Arg::Text(column),
                        ],
                    ),
                    kind,
                    value(figure),
                )
                .in_group(Group::Cell {
                    table: "combos",
                    row: row.clone(),
                    column: Label::text(column),
                }),
            );
        }
        all.push(
            Output::new(
                format!("pays_until_{}_{}", c.model.key(), c.channel.key()),
                Label::with(
                    Key::JoinThree,
                    vec![
                        Arg::Text(c.model.name()),
                        Arg::Text(c.channel.name()),
                        Arg::Text(Key::CompColPaysUntil),
                    ],
                ),
                volume,
                until,
            )
            .in_group(Group::Cell {
                table: "combos",
                row: row.clone(),
                column: Label::text(Key::CompColPaysUntil),
            }),
        );
    }
    for item in Item::ALL {
        for channel in Channel::ALL {
            let c = cover(inputs, item, channel);
            all.push(
                Output::new(
                    format!("contract_{}_{}", item.key(), channel.key()),
                    Label::join(item.name(), channel.name()),
                    Kind::Word,
                    Value::Word(c.key().to_string(), Label::text(c.name())),
                )
                .in_group(Group::Cell {
                    table: "contract",
                    row: Label::text(item.name()),
                    column: Label::text(channel.name()),
                }),
            );
        }
    }
    all
}

/// The outputs of the scenario a link opens, as its page computes them:
/// a quote typed in the display currency `currency` converts at
/// `cny_per_unit`.
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
