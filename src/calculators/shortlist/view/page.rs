//! The shortlist page: the paste step, the editable list, budget and rules,
//! vetting settings, and the results. It holds only the form; everything
//! else is computed from it.

use super::super::compressed;
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
use crate::link::build_query;
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

/// The shortlist calculator. A link carrying a compressed list is read
/// first (the browser decompresses it asynchronously): until then the page
/// says so and shows no results, then opens the scenario as any other.
#[function_component]
pub fn ShortlistPage(props: &ShortlistPageProps) -> Html {
    let reading = use_state(|| {
        compressed::payload_in(&props.query).filter(|p| compressed::known(p).is_none())
    });
    {
        let reading = reading.clone();
        use_effect_with((), move |_| {
            if let Some(payload) = (*reading).clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    // Read or not: a list that could not be read opens as
                    // the default list with a notice (`link::decode`).
                    read_and_remember(&payload).await;
                    reading.set(None);
                });
            }
        });
    }
    if reading.is_some() {
        let t = |key| props.settings.lang.text(key);
        return html! {
            <main id="main" class="calculator shortlist" data-reading-list="">
                <div class="page-head">
                    <div>
                        <h1>{ t(Key::ShortlistName) }</h1>
                        <p class="lead">{ t(Key::SlQuestion) }</p>
                    </div>
                </div>
                <p class="sl-reading" role="status" aria-live="polite">{ t(Key::SlReadingList) }</p>
            </main>
        };
    }
    html! { <ShortlistScenario ..props.clone() /> }
}

/// Reads the list a `listz` value carries, when it is one the app wrote,
/// and remembers it ([`compressed::known`]) for the decoders, which read
/// links synchronously. Whether it could be read.
pub async fn read_and_remember(payload: &str) -> bool {
    let Some(bytes) = compressed::payload_bytes(payload) else {
        return false;
    };
    let raw = crate::ui::compression::decompress(&bytes, compressed::MAX_LIST_BYTES).await;
    match raw.and_then(compressed::read_list) {
        Some(list) => {
            compressed::remember(payload, &list);
            true
        }
        None => false,
    }
}

/// What the address holds of the list.
#[derive(Clone, Copy, PartialEq)]
enum LinkList {
    /// The list itself, or compressed: the link opens it.
    Carried,
    /// Too long even compressed: the link would open the default list.
    TooLong,
}

/// The page's link writer: the pairs as they are when they fit in a plain
/// link, else with the list compressed (asynchronously; a later edit
/// overrides an earlier one still being compressed).
#[hook]
fn use_compressing_link(
    on_link: &Callback<Vec<(&'static str, String)>>,
) -> (Callback<Vec<(&'static str, String)>>, LinkList) {
    let state = use_state(|| LinkList::Carried);
    let latest = use_mut_ref(|| 0u64);
    let on_link = on_link.clone();
    let writer = {
        let state = state.clone();
        Callback::from(move |pairs: Vec<(&'static str, String)>| {
            *latest.borrow_mut() += 1;
            let Some(list) = compressed::to_compress(&pairs) else {
                on_link.emit(pairs);
                state.set(LinkList::Carried);
                return;
            };
            let edit = *latest.borrow();
            let (latest, on_link, state) = (latest.clone(), on_link.clone(), state.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let bytes = crate::ui::compression::compress(list.as_bytes()).await;
                if *latest.borrow() != edit {
                    return;
                }
                let zipped = bytes.map(|b| compressed::with_compressed(&pairs, &b));
                match zipped.filter(|z| compressed::compressed_fits(z)) {
                    Some(zipped) => {
                        if let Some(payload) = compressed::payload_in(&build_query(&zipped)) {
                            compressed::remember(&payload, &list);
                        }
                        on_link.emit(zipped);
                        state.set(LinkList::Carried);
                    }
                    None => {
                        on_link.emit(pairs);
                        state.set(LinkList::TooLong);
                    }
                }
            });
        })
    };
    (writer, *state)
}

/// The shortlist with its scenario open.
#[function_component]
fn ShortlistScenario(props: &ShortlistPageProps) -> Html {
    let (on_link, link_list) = use_compressing_link(&props.on_link);
    let scenario = ShortlistPageProps {
        on_link,
        ..props.clone()
    };
    let (form, notices) = use_scenario(&scenario, link::decode, link::encode);
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
                <CopyLink {lang} warning={(link_list == LinkList::TooLong).then(|| AttrValue::from(t(Key::SlLinkTooLong)))} />
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
