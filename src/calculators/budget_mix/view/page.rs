//! The budget-mix page: budget and KFS+C split, the tier table (with the
//! manual counts), format and fees, layer rules, objective and band settings;
//! presets as links. It holds only the form; results are computed from it.

use super::super::form::{Column, Field, Global, MixForm};
use super::super::link::{self, PRESETS};
use super::super::model::{Objective, Tier};
use super::super::montecarlo::TierDraws;
use super::results::{mix_results, MixResults};
use crate::i18n::{Key, Lang};
use crate::link::{build_query, SharedSettings};
use crate::ui::{
    field_row, table_cell, use_last_valid, use_scenario, AnswerBar, CalculatorProps, CopyLink,
    FieldSpec, FormHandle, LinkNotices,
};
use crate::units::FieldError;
use yew::prelude::*;

/// Props of [`BudgetMixPage`]: those of every calculator page.
pub type BudgetMixPageProps = CalculatorProps;

/// A single-value field: element id, field, label, hint, unit.
type Spec = FieldSpec<Field>;

const BUDGET_FIELDS: [Spec; 6] = [
    FieldSpec {
        id: "mix-budget",
        field: Field::Global(Global::Budget),
        label: Key::MixBudget,
        hint: Some(Key::MixBudgetHint),
        unit: None,
    },
    FieldSpec {
        id: "mix-feed-share",
        field: Field::Global(Global::FeedShare),
        label: Key::MixFeedShare,
        hint: None,
        unit: Some("%"),
    },
    FieldSpec {
        id: "mix-feed-cpm",
        field: Field::Global(Global::FeedCpm),
        label: Key::MixFeedCpm,
        hint: Some(Key::MixFeedCpmHint),
        unit: Some("¥"),
    },
    FieldSpec {
        id: "mix-search-share",
        field: Field::Global(Global::SearchShare),
        label: Key::MixSearchShare,
        hint: None,
        unit: Some("%"),
    },
    FieldSpec {
        id: "mix-search-cpc",
        field: Field::Global(Global::SearchCpc),
        label: Key::MixSearchCpc,
        hint: Some(Key::MixSearchCpcHint),
        unit: Some("¥"),
    },
    FieldSpec {
        id: "mix-owned",
        field: Field::Global(Global::OwnedNotes),
        label: Key::MixOwnedNotes,
        hint: None,
        unit: None,
    },
];

const FORMAT_FIELDS: [Spec; 4] = [
    FieldSpec {
        id: "mix-video-share",
        field: Field::Global(Global::VideoShare),
        label: Key::MixVideoShare,
        hint: None,
        unit: Some("%"),
    },
    FieldSpec {
        id: "mix-video-multiplier",
        field: Field::Global(Global::VideoMultiplier),
        label: Key::MixVideoMultiplier,
        hint: Some(Key::MixVideoHint),
        unit: Some("×"),
    },
    FieldSpec {
        id: "mix-fee",
        field: Field::Global(Global::PlatformFee),
        label: Key::MixPlatformFee,
        hint: Some(Key::MixPlatformFeeHint),
        unit: Some("%"),
    },
    FieldSpec {
        id: "mix-post-rate",
        field: Field::Global(Global::PostRate),
        label: Key::MixPostRate,
        hint: Some(Key::MixPostRateHint),
        unit: Some("%"),
    },
];

const RULE_FIELDS: [Spec; 4] = [
    FieldSpec {
        id: "mix-min-seeding",
        field: Field::Global(Global::MinSeeding),
        label: Key::MixMinSeeding,
        hint: None,
        unit: None,
    },
    FieldSpec {
        id: "mix-min-reviews",
        field: Field::Global(Global::MinReviews),
        label: Key::MixMinReviews,
        hint: None,
        unit: None,
    },
    FieldSpec {
        id: "mix-head-cap",
        field: Field::Global(Global::HeadCap),
        label: Key::MixHeadCap,
        hint: None,
        unit: None,
    },
    FieldSpec {
        id: "mix-max-share",
        field: Field::Global(Global::MaxTierShare),
        label: Key::MixMaxShare,
        hint: None,
        unit: Some("%"),
    },
];

const BAND_FIELDS: [Spec; 2] = [
    FieldSpec {
        id: "mix-seed",
        field: Field::Global(Global::Seed),
        label: Key::MixSeed,
        hint: Some(Key::MixSeedHint),
        unit: None,
    },
    FieldSpec {
        id: "mix-spread",
        field: Field::Global(Global::FakeSpread),
        label: Key::MixFakeSpread,
        hint: None,
        unit: Some("%"),
    },
];

/// The tier table's columns as shown (the reach factor beside the fake
/// share it multiplies with), each with its header.
const COLUMNS: [(Column, Key); 8] = [
    (Column::Price, Key::MixColPrice),
    (Column::Followers, Key::MixColFollowers),
    (Column::RateLow, Key::MixColRateLow),
    (Column::Rate, Key::MixColRate),
    (Column::RateHigh, Key::MixColRateHigh),
    (Column::Fake, Key::MixColFake),
    (Column::Reach, Key::MixColReach),
    (Column::Count, Key::MixColCount),
];

const OBJECTIVE_NAMES: [Key; 3] = [
    Key::MixObjectiveEngagements,
    Key::MixObjectiveReach,
    Key::MixObjectiveNotes,
];

fn tier_table(form: &FormHandle<MixForm>, errors: &[(Field, FieldError)], lang: Lang) -> Html {
    let t = |key| lang.text(key);
    let rows = Tier::ALL.into_iter().map(|tier| {
        let name = tier.name();
        let cells = COLUMNS.into_iter().map(|(column, header)| {
            table_cell(
                form,
                errors,
                lang,
                Field::Cell(tier, column),
                format!("mix-{}-{}", tier.key(), column as usize),
                format!("{} · {}", t(name), t(header)),
                t(header),
            )
        });
        html! { <tr><th scope="row">{ t(name) }</th>{ for cells }</tr> }
    });
    html! {
        <div class="table-scroll tier-scroll">
            <table class="mix-tiers">
                <thead><tr>
                    <th scope="col">{ t(Key::MixTier) }</th>
                    { for COLUMNS.iter().map(|&(_, k)| html! { <th scope="col">{ t(k) }</th> }) }
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

/// The KOL-versus-KOC budget-mix calculator.
#[function_component]
pub fn BudgetMixPage(props: &BudgetMixPageProps) -> Html {
    let (form, notices) = use_scenario(props, link::decode, link::encode);
    let link_fits = use_memo(form.get().clone(), link::fits);
    let settings = props.settings;
    let parsed = use_memo(
        (form.get().clone(), settings.currency, settings.cny_per_unit),
        |(f, currency, rate)| f.parse_in(*currency, *rate),
    );
    let stale = !parsed.errors.is_empty();
    let shown = use_last_valid(&parsed.inputs, !stale);
    // The band's draws outlive edits that only change the mix.
    let draws = use_mut_ref(|| None::<TierDraws>);
    let computed = {
        let draws = draws.clone();
        use_memo(shown, move |shown| {
            shown
                .as_ref()
                .map(|inputs| mix_results(inputs, &mut draws.borrow_mut()))
        })
    };
    let computed = (*computed).clone();
    let lang = settings.lang;
    let t = |key| lang.text(key);
    let fields = |specs: &[Spec]| field_row(specs, &form, &parsed.errors, &settings);
    let on_objective = {
        let form = form.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            if let Some(objective) = Objective::from_key(&select.value()) {
                form.edit(move |f| f.objective = objective);
            }
        })
    };
    // Presets keep the reader's language: they name none.
    let shared = SharedSettings {
        lang: None,
        currency: settings.currency,
        cny_per_unit: settings.cny_per_unit,
        embed: false,
    };
    let shared_query = build_query(&shared.pairs());
    let objective = form.get().objective;

    html! {
        <main id="main" class="calculator budget-mix">
            <div class="page-head">
                <div>
                    <h1>{ t(Key::BudgetMixName) }</h1>
                    <p class="lead">{ t(Key::MixQuestion) }</p>
                </div>
                <CopyLink {lang} warning={(!*link_fits).then(|| AttrValue::from(t(Key::LinkTooLongValues)))} />
            </div>
            <LinkNotices notices={(*notices).clone()} {lang} />
            <AnswerBar
                outputs={computed.as_ref().map(|c| c.3.clone())}
                money={settings.money_format()}
                {stale}
                errors={format!("{:?}", parsed.errors)}
                results_id="mix-results" />
            <nav class="presets" aria-label={t(Key::MixPresetsLabel)}>
                <span>{ t(Key::MixPresetsLabel) }</span>
                { for PRESETS.iter().map(|&(name, query)| html! {
                    <a class="preset" href={format!("#/budget-mix?{shared_query}&{query}")}>{ t(name) }</a>
                }) }
            </nav>
            <div class="columns">
                <section class="inputs" aria-labelledby="mix-budget-title">
                    <h2 id="mix-budget-title">{ t(Key::MixSectionBudget) }</h2>
                    { fields(&BUDGET_FIELDS) }
                    <h2>{ t(Key::MixSectionTiers) }</h2>
                    <p class="field-hint">{ t(Key::MixTiersHint) }</p>
                    <p class="field-hint">{ t(Key::MixReachHint) }</p>
                    { tier_table(&form, &parsed.errors, lang) }
                    <h2>{ t(Key::MixSectionFormat) }</h2>
                    { fields(&FORMAT_FIELDS) }
                    <h2>{ t(Key::MixSectionRules) }</h2>
                    <div class="field">
                        <label for="mix-objective">{ t(Key::MixObjective) }</label>
                        <select id="mix-objective" onchange={on_objective}>
                            { for Objective::ALL.into_iter().zip(OBJECTIVE_NAMES).map(|(o, name)| html! {
                                <option value={o.key()} selected={o == objective}>{ t(name) }</option>
                            }) }
                        </select>
                    </div>
                    { fields(&RULE_FIELDS) }
                    <h2>{ t(Key::MixSectionBand) }</h2>
                    { fields(&BAND_FIELDS) }
                </section>
                <section id="mix-results" class="results" aria-labelledby="mix-results-title" data-state={stale.then_some("stale")}>
                    <h2 id="mix-results-title">{ t(Key::SectionResults) }</h2>
                    if let Some((inputs, report, band, outputs)) = computed.as_ref() {
                        <MixResults inputs={inputs.clone()} report={report.clone()} band={band.clone()} outputs={outputs.clone()} {settings} />
                    }
                </section>
            </div>
            { super::formula_panel::formula_panel(lang) }
        </main>
    }
}
