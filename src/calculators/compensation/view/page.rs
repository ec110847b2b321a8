//! The compensation page: the form (quote, expected results, product, pay
//! models, channels, usage rights), its results and charts, and the formula
//! panel. It holds only the form; everything else is computed from it.

use super::super::form::{CompensationForm, Field};
use super::super::link;
use super::super::model::{compute, Basis};
use super::super::outputs::outputs;
use super::formula_panel::formula_panel;
use super::results::CompensationResults;
use crate::currency::Currency;
use crate::i18n::Key;
use crate::ui::{
    field_row, use_last_valid, use_scenario, AnswerBar, CalculatorProps, CopyLink, FieldSpec,
    FormHandle, LinkNotices, Settings,
};
use crate::units::FieldError;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`CompensationPage`]: those of every calculator page.
pub type CompensationPageProps = CalculatorProps;

/// A field of the form.
type Spec = FieldSpec<Field>;

/// A group of fields under a heading, with a line on the group.
type Group = (Key, Option<Key>, &'static [Spec]);

const fn spec(
    id: &'static str,
    field: Field,
    label: Key,
    hint: Key,
    unit: Option<&'static str>,
) -> Spec {
    FieldSpec {
        id,
        field,
        label,
        hint: Some(hint),
        unit,
    }
}

const fn part(id: &'static str, field: Field, label: Key) -> Spec {
    FieldSpec {
        id,
        field,
        label,
        hint: None,
        unit: None,
    }
}

const YUAN: Option<&str> = Some("¥");
const PCT: Option<&str> = Some("%");

const GROUPS: [Group; 11] = [
    (
        Key::CompSectionQuote,
        None,
        &[
            spec(
                "quote",
                Field::Quote,
                Key::CompQuoteLabel,
                Key::CompQuoteHint,
                YUAN,
            ),
            spec(
                "format",
                Field::Format,
                Key::CompFormatLabel,
                Key::CompFormatHint,
                Some("×"),
            ),
        ],
    ),
    (
        Key::CompEngagements,
        Some(Key::CompEstimatesHint),
        &[
            part("eng-low", Field::EngLow, Key::CompLow),
            part("eng-likely", Field::EngLikely, Key::CompLikely),
            part("eng-high", Field::EngHigh, Key::CompHigh),
        ],
    ),
    (
        Key::CompReads,
        None,
        &[
            part("reads-low", Field::ReadsLow, Key::CompLow),
            part("reads-likely", Field::ReadsLikely, Key::CompLikely),
            part("reads-high", Field::ReadsHigh, Key::CompHigh),
        ],
    ),
    (
        Key::CompClicks,
        None,
        &[
            part("clicks-low", Field::ClicksLow, Key::CompLow),
            part("clicks-likely", Field::ClicksLikely, Key::CompLikely),
            part("clicks-high", Field::ClicksHigh, Key::CompHigh),
        ],
    ),
    (
        Key::CompSales,
        None,
        &[
            part("sales-low", Field::SalesLow, Key::CompLow),
            part("sales-likely", Field::SalesLikely, Key::CompLikely),
            part("sales-high", Field::SalesHigh, Key::CompHigh),
        ],
    ),
    (
        Key::CompSectionProduct,
        None,
        &[
            spec(
                "price",
                Field::Price,
                Key::CompPriceLabel,
                Key::CompPriceHint,
                YUAN,
            ),
            spec(
                "margin",
                Field::Margin,
                Key::CompMarginLabel,
                Key::CompMarginHint,
                PCT,
            ),
            spec(
                "returns",
                Field::Returns,
                Key::CompReturnsLabel,
                Key::CompReturnsHint,
                PCT,
            ),
        ],
    ),
    (
        Key::CompSectionPerformance,
        Some(Key::CompPerformanceLine),
        &[
            spec(
                "per-engagement",
                Field::PerEngagement,
                Key::CompPerEngagementLabel,
                Key::CompPerEngagementHint,
                YUAN,
            ),
            spec(
                "per-click",
                Field::PerClick,
                Key::CompPerClickLabel,
                Key::CompPerClickHint,
                YUAN,
            ),
            spec(
                "commission",
                Field::Commission,
                Key::CompCommissionLabel,
                Key::CompCommissionHint,
                PCT,
            ),
        ],
    ),
    (
        Key::CompSectionSeeding,
        Some(Key::CompSeedingLine),
        &[
            spec(
                "product-cost",
                Field::ProductCost,
                Key::CompProductCostLabel,
                Key::CompProductCostHint,
                YUAN,
            ),
            spec(
                "shipping",
                Field::Shipping,
                Key::CompShippingLabel,
                Key::CompShippingHint,
                YUAN,
            ),
            spec(
                "post-rate",
                Field::PostRate,
                Key::CompPostRateLabel,
                Key::CompPostRateHint,
                PCT,
            ),
            spec(
                "gifted-performance",
                Field::GiftedPerformance,
                Key::CompGiftedPerformanceLabel,
                Key::CompGiftedPerformanceHint,
                PCT,
            ),
            spec(
                "seeding-line",
                Field::SeedingLine,
                Key::CompSeedingLineLabel,
                Key::CompSeedingLineHint,
                YUAN,
            ),
            spec(
                "gifted-usage",
                Field::GiftedUsage,
                Key::CompGiftedUsageLabel,
                Key::CompGiftedUsageHint,
                PCT,
            ),
        ],
    ),
    (
        Key::CompSectionHybrid,
        Some(Key::CompHybridLine),
        &[
            spec(
                "hybrid-base",
                Field::HybridBase,
                Key::CompHybridBaseLabel,
                Key::CompHybridBaseHint,
                PCT,
            ),
            spec(
                "hybrid-bonus",
                Field::HybridBonus,
                Key::CompHybridBonusLabel,
                Key::CompHybridBonusHint,
                YUAN,
            ),
            spec(
                "hybrid-threshold",
                Field::HybridThreshold,
                Key::CompThresholdLabel,
                Key::CompThresholdHint,
                None,
            ),
            spec(
                "hybrid-commission",
                Field::HybridCommission,
                Key::CompHybridCommissionLabel,
                Key::CompHybridCommissionHint,
                PCT,
            ),
        ],
    ),
    (
        Key::CompSectionChannels,
        Some(Key::CompChannelsLine),
        &[
            spec(
                "platform-fee",
                Field::PlatformFee,
                Key::CompPlatformFeeLabel,
                Key::CompPlatformFeeHint,
                PCT,
            ),
            spec(
                "mcn-commission",
                Field::McnCommission,
                Key::CompMcnLabel,
                Key::CompMcnHint,
                PCT,
            ),
            spec(
                "agency-fee",
                Field::AgencyFee,
                Key::CompAgencyFeeLabel,
                Key::CompAgencyFeeHint,
                PCT,
            ),
            spec(
                "fx-spread",
                Field::FxSpread,
                Key::CompFxLabel,
                Key::CompFxHint,
                PCT,
            ),
            spec(
                "bank-fx",
                Field::BankFx,
                Key::CompBankFxLabel,
                Key::CompBankFxHint,
                PCT,
            ),
        ],
    ),
    (
        Key::CompSectionUsage,
        Some(Key::CompUsageLine),
        &[
            spec(
                "usage-share",
                Field::UsageShare,
                Key::CompUsageShareLabel,
                Key::CompUsageShareHint,
                PCT,
            ),
            spec(
                "usage-months",
                Field::UsageMonths,
                Key::CompUsageMonthsLabel,
                Key::CompUsageMonthsHint,
                None,
            ),
        ],
    ),
];

/// Renders one group of fields under its heading.
fn group(
    (title, line, specs): (&Key, &Option<Key>, &[Spec]),
    form: &FormHandle<CompensationForm>,
    errors: &[(Field, FieldError)],
    settings: &Settings,
) -> Html {
    let lang = settings.lang;
    // Estimates (three short boxes, no hints) sit on one line.
    let compact = specs.iter().all(|s| s.hint.is_none());
    html! {
        <fieldset class={classes!("comp-group", compact.then_some("compact"))}>
            <legend>{ lang.text(*title) }</legend>
            if let Some(line) = *line {
                <p class="field-hint">{ lang.text(line) }</p>
            }
            { field_row(specs, form, errors, settings) }
        </fieldset>
    }
}

/// The compensation-model calculator.
#[function_component]
pub fn CompensationPage(props: &CompensationPageProps) -> Html {
    let (form, notices) = use_scenario(props, link::decode, link::encode);
    let link_fits = use_memo(form.get().clone(), link::fits);
    let cny_per_unit = if props.settings.currency == Currency::Cny {
        1.0
    } else {
        props.settings.cny_per_unit
    };
    let currency = props.settings.currency;
    let parsed = use_memo(
        (form.get().clone(), currency, cny_per_unit),
        |(form, currency, rate)| form.parse_in(*currency, *rate),
    );
    let stale = !parsed.errors.is_empty();
    let shown = use_last_valid(&parsed.inputs, !stale);
    let computed = use_memo(shown, |shown| {
        shown.as_ref().map(|inputs| {
            let report = Rc::new(compute(inputs));
            let outputs = Rc::new(outputs(inputs, &report));
            (Rc::new(inputs.clone()), report, outputs)
        })
    });
    let computed = (*computed).clone();
    let lang = props.settings.lang;
    let t = |key| lang.text(key);
    let on_basis = {
        let form = form.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            if let Some(basis) = Basis::from_key(&select.value()) {
                form.edit(move |f| f.basis = basis);
            }
        })
    };
    let current = form.get().basis;
    let on_quote_unit = {
        let form = form.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            let in_display = select.value() == "cur";
            form.edit(move |f| f.quote_in_display = in_display);
        })
    };
    let on_quote_source = {
        let form = form.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            let net = select.value() == "net";
            form.edit(move |f| f.quote_is_net = net);
        })
    };
    let display = props.settings.currency;
    let [quote, estimates @ .., product, perf, seeding, hybrid, channels, usage] = &GROUPS;
    let groups = |gs: &[Group]| -> Html {
        gs.iter()
            .map(|(title, line, specs)| {
                group((title, line, specs), &form, &parsed.errors, &props.settings)
            })
            .collect()
    };
    // The quote shows the currency it is typed in.
    let quote_group = {
        let (title, line, specs) = quote;
        let typed_in = if form.get().quote_in_display {
            display
        } else {
            Currency::Cny
        };
        let specs: Vec<Spec> = specs
            .iter()
            .map(|s| match s.field {
                Field::Quote => Spec {
                    unit: Some(typed_in.symbol()),
                    ..*s
                },
                _ => *s,
            })
            .collect();
        group(
            (title, line, &specs),
            &form,
            &parsed.errors,
            &props.settings,
        )
    };

    html! {
        <main id="main" class="calculator compensation">
            <div class="page-head">
                <div>
                    <h1>{ t(Key::CompensationName) }</h1>
                    <p class="lead">{ t(Key::CompQuestion) }</p>
                </div>
                <CopyLink {lang} warning={(!*link_fits).then(|| AttrValue::from(t(Key::LinkTooLongValues)))} />
            </div>
            <LinkNotices notices={(*notices).clone()} {lang} />
            <AnswerBar
                outputs={computed.as_ref().map(|c| c.2.clone())}
                money={props.settings.money_format()}
                {stale}
                errors={format!("{:?}", parsed.errors)}
                results_id="comp-results" />
            <div class="columns">
                <section class="inputs" aria-labelledby="comp-inputs-title">
                    <h2 id="comp-inputs-title">{ t(Key::CompSectionInputs) }</h2>
                    { quote_group }
                    if display != Currency::Cny {
                        <div class="field quote-unit">
                            <label for="quote-unit">{ t(Key::CompQuoteUnitLabel) }</label>
                            <select id="quote-unit" onchange={on_quote_unit}>
                                <option value="cny" selected={!form.get().quote_in_display}>{ "CNY" }</option>
                                <option value="cur" selected={form.get().quote_in_display}>{ display.code() }</option>
                            </select>
                        </div>
                        <p class="field-hint" id="quote-display">
                            { lang.format(Key::CompQuoteDisplay, &[&props.settings.money(parsed.inputs.flat_fee())]) }
                        </p>
                    }
                    { groups(estimates) }
                    { groups(std::slice::from_ref(product)) }
                    <div class="field basis">
                        <label for="basis">{ t(Key::CompBasisLabel) }</label>
                        <select id="basis" onchange={on_basis}>
                            { for Basis::ALL.iter().map(|&b| html! {
                                <option value={b.key()} selected={b == current}>{ t(b.name()) }</option>
                            }) }
                        </select>
                    </div>
                    { groups(&[*perf, *seeding, *hybrid, *channels]) }
                    <div class="field quote-source">
                        <label for="quote-source">{ t(Key::CompQuoteSourceLabel) }</label>
                        <select id="quote-source" onchange={on_quote_source}>
                            <option value="mcn" selected={!form.get().quote_is_net}>{ t(Key::CompQuoteSourceMcn) }</option>
                            <option value="net" selected={form.get().quote_is_net}>{ t(Key::CompQuoteSourceNet) }</option>
                        </select>
                    </div>
                    { groups(std::slice::from_ref(usage)) }
                </section>
                <section id="comp-results" class="results" aria-labelledby="comp-results-title" data-state={stale.then_some("stale")}>
                    <h2 id="comp-results-title">{ t(Key::SectionResults) }</h2>
                    if let Some((inputs, report, outputs)) = computed.as_ref() {
                        <CompensationResults
                            inputs={inputs.clone()}
                            report={report.clone()}
                            outputs={outputs.clone()}
                            settings={props.settings}
                        />
                    }
                </section>
            </div>
            { formula_panel(lang) }
        </main>
    }
}
