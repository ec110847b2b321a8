//! The shortlist page: the paste step, the editable list, budget and rules,
//! vetting settings, and the results. It holds only the form; everything
//! else is computed from it.

use super::super::form::{Field, Setting, ShortlistForm};
use super::super::link;
use super::super::model::compute;
use super::super::outputs::outputs;
use super::formula_panel::formula_panel;
use super::list_table::list_table;
use super::paste_panel::PastePanel;
use super::results::ShortlistResults;
use crate::calculators::budget_mix::model::Objective;
use crate::i18n::Key;
use crate::ui::{
    field_row, use_last_valid, use_scenario, AnswerBar, CalculatorProps, CopyLink, FieldSpec,
    LinkNotices,
};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ShortlistPage`]: those of every calculator page.
pub type ShortlistPageProps = CalculatorProps;

type Spec = FieldSpec<Field>;

const fn spec(
    id: &'static str,
    s: Setting,
    label: Key,
    hint: Option<Key>,
    unit: Option<&'static str>,
) -> Spec {
    FieldSpec {
        id,
        field: Field::Setting(s),
        label,
        hint,
        unit,
    }
}

const RULE_FIELDS: [Spec; 5] = [
    spec(
        "sl-budget",
        Setting::Budget,
        Key::MixBudget,
        Some(Key::MixBudgetHint),
        None,
    ),
    spec(
        "sl-fee",
        Setting::Fee,
        Key::MixPlatformFee,
        Some(Key::MixPlatformFeeHint),
        Some("%"),
    ),
    spec(
        "sl-headcap",
        Setting::HeadCap,
        Key::MixHeadCap,
        Some(Key::SlHeadCapHint),
        None,
    ),
    spec(
        "sl-minrev",
        Setting::MinReviews,
        Key::MixMinReviews,
        Some(Key::SlMinRevHint),
        None,
    ),
    spec(
        "sl-maxshare",
        Setting::MaxShare,
        Key::MixMaxShare,
        Some(Key::SlMaxShareHint),
        Some("%"),
    ),
];

const VETTING_FIELDS: [Spec; 2] = [
    spec(
        "sl-bench",
        Setting::Benchmark,
        Key::BenchmarkLabel,
        Some(Key::BenchmarkHint),
        Some("%"),
    ),
    spec(
        "sl-fake",
        Setting::Fake,
        Key::FakeLabel,
        Some(Key::FakeHint),
        Some("%"),
    ),
];

const TIER_FIELDS: [Spec; 3] = [
    spec(
        "sl-tail",
        Setting::TailFrom,
        Key::TailFromLabel,
        Some(Key::FollowersUnit),
        None,
    ),
    spec(
        "sl-mid",
        Setting::MidFrom,
        Key::MidFromLabel,
        Some(Key::FollowersUnit),
        None,
    ),
    spec(
        "sl-head",
        Setting::HeadFrom,
        Key::HeadFromLabel,
        Some(Key::FollowersUnit),
        None,
    ),
];

const OBJECTIVE_NAMES: [Key; 3] = [
    Key::MixObjectiveEngagements,
    Key::MixObjectiveReach,
    Key::MixObjectiveNotes,
];

/// The shortlist calculator.
#[function_component]
pub fn ShortlistPage(props: &ShortlistPageProps) -> Html {
    let (form, notices) = use_scenario(props, link::decode, link::encode);
    let settings = props.settings;
    let parsed = use_memo(
        (form.get().clone(), settings.currency, settings.cny_per_unit),
        |(f, currency, rate)| f.parse_in(*currency, *rate),
    );
    // While a field cannot be read, the last valid results stay, marked
    // out of date; none when the page opened with a field in error.
    let stale = !parsed.errors.is_empty();
    let shown = use_last_valid(&parsed.inputs, !stale);
    let computed = use_memo(shown, |shown| {
        shown.as_ref().map(|inputs| {
            let start = crate::ui::browser::now_ms();
            let report = compute(inputs);
            let elapsed = crate::ui::browser::now_ms() - start;
            let outputs = Rc::new(outputs(inputs, &report));
            (Rc::new(inputs.clone()), Rc::new((report, elapsed)), outputs)
        })
    });
    let link_fits = use_memo(form.get().clone(), link::link_fits);
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
    let list_page = use_state(|| 0usize);
    let on_rows = {
        let (form, list_page) = (form.clone(), list_page.clone());
        Callback::from(move |rows| {
            list_page.set(0);
            form.edit(move |f: &mut ShortlistForm| {
                f.rows = rows;
                f.marks.clear();
            })
        })
    };
    let objective = form.get().objective;
    html! {
        <main id="main" class="calculator shortlist">
            <div class="page-head">
                <div>
                    <h1>{ t(Key::ShortlistName) }</h1>
                    <p class="lead">{ t(Key::SlQuestion) }</p>
                </div>
                <CopyLink {lang} warning={(!*link_fits).then(|| AttrValue::from(t(Key::SlLinkTooLong)))} />
            </div>
            <LinkNotices notices={(*notices).clone()} {lang} />
            <AnswerBar
                outputs={computed.as_ref().as_ref().map(|c| c.2.clone())}
                money={settings.money_format()}
                {stale}
                errors={format!("{:?}", parsed.errors)}
                results_id="sl-results" />
            <section class="inputs sl-inputs" aria-labelledby="sl-list-title">
                <h2 id="sl-list-title">{ t(Key::SlSectionList) }</h2>
                <PastePanel {lang} {on_rows} />
                { list_table(&form, &parsed.errors, lang, &list_page) }
            </section>
            <div class="columns">
                <section class="inputs" aria-labelledby="sl-rules-title">
                    <h2 id="sl-rules-title">{ t(Key::SlSectionRules) }</h2>
                    <p class="field-hint">{ t(Key::SlRulesHint) }</p>
                    <div class="field">
                        <label for="sl-objective">{ t(Key::MixObjective) }</label>
                        <select id="sl-objective" onchange={on_objective} aria-describedby="sl-objective-hint">
                            { for Objective::ALL.into_iter().zip(OBJECTIVE_NAMES).map(|(o, name)| html! {
                                <option value={o.key()} selected={o == objective}>{ t(name) }</option>
                            }) }
                        </select>
                        <p class="field-hint" id="sl-objective-hint">{ t(Key::SlObjectiveHint) }</p>
                    </div>
                    { fields(&RULE_FIELDS) }
                    <h2>{ t(Key::SlSectionVetting) }</h2>
                    { fields(&VETTING_FIELDS) }
                    <fieldset class="tiers">
                        <legend>{ t(Key::TierBoundsTitle) }</legend>
                        { fields(&TIER_FIELDS) }
                    </fieldset>
                </section>
                <section id="sl-results" class="results" aria-labelledby="sl-results-title" data-state={stale.then_some("stale")}>
                    <h2 id="sl-results-title">{ t(Key::SectionResults) }</h2>
                    if let Some((inputs, report, outputs)) = (*computed).clone() {
                        <ShortlistResults {inputs} {report} {outputs} {settings} />
                    }
                </section>
            </div>
            { formula_panel(lang) }
        </main>
    }
}
