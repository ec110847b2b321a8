//! The timeline page: direction and dates, the steps with their three-point
//! durations, review rounds with the platform's rules, waves of creators,
//! the calendar and time zone. It holds only the form; results are computed
//! from it.

use super::super::form::{Field, Global, RoundPart, TimelineForm, WaveColumn};
use super::super::link;
use super::super::model::{Direction, Step, Wave};
use super::super::outputs::outputs;
use super::super::plan::compute;
use super::results::TimelineResults;
use crate::fields::FieldText;
use crate::i18n::{Key, Lang};
use crate::link::LinkReader;
use crate::ui::browser::today;
use crate::ui::{
    bound_field, error_text, field_row, table_cell, text_writer, use_last_valid, use_scenario,
    AnswerBar, CalculatorProps, CopyLink, FieldSpec, FormHandle, LinkNotices, TextField,
};
use crate::units::FieldError;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`TimelinePage`]: those of every calculator page.
pub type TimelinePageProps = CalculatorProps;

type Spec = FieldSpec<Field>;

const ROUND_FIELDS: [Spec; 1] = [FieldSpec {
    id: "tl-rounds",
    field: Field::Global(Global::Rounds),
    label: Key::TlRounds,
    hint: Some(Key::TlRoundsHint),
    unit: None,
}];

const ZONE_FIELDS: [Spec; 2] = [
    FieldSpec {
        id: "tl-tz",
        field: Field::Global(Global::UtcOffset),
        label: Key::TlUtcOffset,
        hint: Some(Key::TlUtcOffsetHint),
        unit: Some("h"),
    },
    FieldSpec {
        id: "tl-seed",
        field: Field::Global(Global::Seed),
        label: Key::TlSeed,
        hint: Some(Key::TlSeedHint),
        unit: None,
    },
];

const POINTS: [Key; 3] = [Key::TlMin, Key::TlLikely, Key::TlMax];

fn decode(reader: &mut LinkReader) -> TimelineForm {
    link::decode(reader, today())
}

fn steps_table(
    form: &FormHandle<TimelineForm>,
    errors: &[(Field, FieldError)],
    lang: Lang,
) -> Html {
    let t = |k| lang.text(k);
    let rows = Step::ALL.into_iter().enumerate().map(|(i, step)| {
        let name = t(step.name());
        let cells = POINTS.iter().enumerate().map(|(p, &header)| {
            table_cell(form, errors, lang, Field::StepDays(step, p), format!("tl-{}-{p}", step.key()), format!("{name} · {}", t(header)), t(header))
        });
        let working = form.get().working.get(i).copied().unwrap_or(true);
        let on_count = {
            let form = form.clone();
            Callback::from(move |event: Event| {
                let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
                let working = select.value() == "w";
                form.edit(move |f| {
                    if let Some(slot) = f.working.get_mut(i) {
                        *slot = working;
                    }
                })
            })
        };
        html! {
            <tr>
                <th scope="row">{ name }</th>
                { for cells }
                <td data-label={t(Key::TlCounting)}>
                    <select id={format!("tl-{}-count", step.key())} aria-label={format!("{name} · {}", t(Key::TlCounting))} onchange={on_count}>
                        <option value="w" selected={working}>{ t(Key::TlWorkingDays) }</option>
                        <option value="c" selected={!working}>{ t(Key::TlCalendarDays) }</option>
                    </select>
                </td>
            </tr>
        }
    });
    html! {
        <div class="table-scroll">
            <table class="grid-table steps">
                <thead><tr>
                    <th scope="col">{ t(Key::TlStep) }</th>
                    { for POINTS.iter().map(|&k| html! { <th scope="col">{ t(k) }</th> }) }
                    <th scope="col">{ t(Key::TlCounting) }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

fn rounds_table(
    form: &FormHandle<TimelineForm>,
    errors: &[(Field, FieldError)],
    lang: Lang,
) -> Html {
    let t = |k| lang.text(k);
    let rows = RoundPart::ALL
        .into_iter()
        .zip([Key::TlRoundCreator, Key::TlRoundBrand])
        .map(|(part, name)| {
            let cells = POINTS.iter().enumerate().map(|(p, &header)| {
                table_cell(
                    form,
                    errors,
                    lang,
                    Field::RoundDays(part, p),
                    format!("tl-{}-{p}", part.key()),
                    format!("{} · {}", t(name), t(header)),
                    t(header),
                )
            });
            html! { <tr><th scope="row">{ t(name) }</th>{ for cells }</tr> }
        });
    html! {
        <div class="table-scroll">
            <table class="grid-table rounds">
                <thead><tr>
                    <th scope="col">{ t(Key::TlPerRound) }</th>
                    { for POINTS.iter().map(|&k| html! { <th scope="col">{ t(k) }</th> }) }
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

fn waves_table(
    form: &FormHandle<TimelineForm>,
    errors: &[(Field, FieldError)],
    lang: Lang,
) -> Html {
    let t = |k| lang.text(k);
    let headers = [Key::TlWaveCreators, Key::TlWaveParallel, Key::TlWaveGap];
    let rows = Wave::ALL.into_iter().map(|wave| {
        let name = t(wave.name());
        let cells = WaveColumn::ALL
            .into_iter()
            .zip(headers)
            .map(|(column, header)| {
                table_cell(
                    form,
                    errors,
                    lang,
                    Field::Wave(wave, column),
                    format!("tl-{}-{}", wave.key(), column as usize),
                    format!("{name} · {}", t(header)),
                    t(header),
                )
            });
        html! { <tr><th scope="row">{ name }</th>{ for cells }</tr> }
    });
    html! {
        <div class="table-scroll">
            <table class="grid-table waves">
                <thead><tr>
                    <th scope="col">{ t(Key::TlWave) }</th>
                    { for headers.iter().map(|&k| html! { <th scope="col">{ t(k) }</th> }) }
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

/// A list of dates, one per line, with its error.
fn dates_box(
    form: &FormHandle<TimelineForm>,
    errors: &[(Field, FieldError)],
    lang: Lang,
    global: Global,
    id: &'static str,
    label: Key,
) -> Html {
    let field = Field::Global(global);
    let error = error_text(errors, field, lang);
    let on_input = {
        let write = text_writer(form, field);
        Callback::from(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            write.emit(area.value());
        })
    };
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = if error.is_some() {
        format!("{error_id} {hint_id}")
    } else {
        hint_id.clone()
    };
    html! {
        <div class={classes!("field", "dates-field", error.as_ref().map(|_| "has-error"))}>
            <label for={id}>{ lang.text(label) }</label>
            <textarea {id} rows="3" spellcheck="false" placeholder="2026-07-01 ~ 2026-07-03"
                aria-invalid={error.as_ref().map(|_| "true")} aria-describedby={described}
                value={form.get().text(field).to_string()} oninput={on_input} />
            if let Some(error) = error {
                <p class="field-error" id={error_id} aria-live="polite">{ "⚠ " }{ error }</p>
            }
            <p class="field-hint" id={hint_id}>{ lang.text(Key::TlDatesHint) }</p>
        </div>
    }
}

/// The campaign-timeline calculator.
#[function_component]
pub fn TimelinePage(props: &TimelinePageProps) -> Html {
    let (form, notices) = use_scenario(props, decode, link::encode);
    let link_fits = use_memo(form.get().clone(), link::fits);
    let today = *use_memo((), |_| today());
    let settings = props.settings;
    let parsed = use_memo((form.get().clone(), today), |(f, today)| f.parse(*today));
    let invalid = parsed.feeding_errors();
    let stale = !invalid.is_empty();
    let shown = use_last_valid(&parsed.inputs, !stale);
    let computed = use_memo(shown, |shown| {
        shown.as_ref().map(|inputs| {
            let report = Rc::new(compute(inputs));
            let outputs = Rc::new(outputs(&report));
            (Rc::new(inputs.clone()), report, outputs)
        })
    });
    let computed = (*computed).clone();
    let lang = settings.lang;
    let t = |key| lang.text(key);
    let direction = form.get().direction;
    let on_direction = {
        let form = form.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            if let Some(direction) = Direction::from_key(&select.value()) {
                form.edit(move |f| f.direction = direction);
            }
        })
    };
    let date_field = |global: Global, id: &'static str, label: Key, hint: Key| {
        TextField {
            label: t(label).into(),
            hint: Some(lang.format(hint, &[&today.iso()]).into()),
            ..bound_field(&form, &parsed.errors, lang, id, Field::Global(global))
        }
        .view()
    };
    // Stable across renders, so the results re-render only when they change.
    let on_holiday = use_callback(form.editor(), |(first, counts): (String, bool), editor| {
        editor.edit(move |f| {
            f.ignored.retain(|d| *d != first);
            if !counts {
                f.ignored.push(first);
            }
        })
    });
    // The likely block of a provisional holiday goes into the user's own
    // days off, its make-up days into the working days, where it can be
    // edited or removed like any typed line.
    let on_block = use_callback(
        form.editor(),
        |(off, work): (String, Vec<String>), editor| {
            editor.edit(move |f| {
                let append = |text: &mut String, lines: &[String]| {
                    for line in lines {
                        if !text.lines().any(|l| l.trim() == line) {
                            if !text.trim().is_empty() {
                                text.push('\n');
                            }
                            text.push_str(line);
                        }
                    }
                };
                if let Some(text) = f.text_mut(Field::Global(Global::DaysOff)) {
                    append(text, std::slice::from_ref(&off));
                }
                if let Some(text) = f.text_mut(Field::Global(Global::WorkingDays)) {
                    append(text, &work);
                }
            })
        },
    );

    html! {
        <main id="main" class="calculator timeline">
            <div class="page-head">
                <div>
                    <h1>{ t(Key::TimelineName) }</h1>
                    <p class="lead">{ t(Key::TlQuestion) }</p>
                </div>
                <CopyLink {lang} warning={(!*link_fits).then(|| AttrValue::from(t(Key::LinkTooLongDates)))} />
            </div>
            <LinkNotices notices={(*notices).clone()} {lang} />
            <AnswerBar
                outputs={computed.as_ref().map(|c| c.2.clone())}
                money={settings.money_format()}
                {stale}
                errors={format!("{invalid:?}")}
                results_id="tl-results" />
            <div class="columns">
                <section class="inputs" aria-labelledby="tl-plan-title">
                    <h2 id="tl-plan-title">{ t(Key::TlSectionPlan) }</h2>
                    <div class="field">
                        <label for="tl-direction">{ t(Key::TlDirection) }</label>
                        <select id="tl-direction" onchange={on_direction}>
                            <option value="start" selected={direction == Direction::Forward}>{ t(Key::TlForward) }</option>
                            <option value="target" selected={direction == Direction::Backward}>{ t(Key::TlBackward) }</option>
                        </select>
                    </div>
                    <div class="field-row">
                        if direction == Direction::Forward {
                            { date_field(Global::Start, "tl-start", Key::TlStart, Key::TlStartHint) }
                        } else {
                            { date_field(Global::Target, "tl-target", Key::TlTarget, Key::TlTargetHint) }
                        }
                    </div>
                    <h2>{ t(Key::TlSectionSteps) }</h2>
                    <p class="field-hint">{ t(Key::TlStepsHint) }</p>
                    { steps_table(&form, &parsed.errors, lang) }
                    <h2>{ t(Key::TlSectionRounds) }</h2>
                    { field_row(&ROUND_FIELDS, &form, &parsed.errors, &settings) }
                    { rounds_table(&form, &parsed.errors, lang) }
                    <aside class="rules" aria-labelledby="tl-rules-title">
                        <h3 id="tl-rules-title">{ t(Key::TlRulesTitle) }</h3>
                        <ul>
                            <li>{ t(Key::TlRule72h) }</li>
                            <li>{ t(Key::TlRuleRejections) }</li>
                            <li>{ t(Key::TlRulePlatform) }</li>
                            <li>{ t(Key::TlRuleVideo) }</li>
                        </ul>
                    </aside>
                    <h2>{ t(Key::TlSectionWaves) }</h2>
                    <p class="field-hint">{ t(Key::TlWavesHint) }</p>
                    { waves_table(&form, &parsed.errors, lang) }
                    <h2>{ t(Key::TlSectionCalendar) }</h2>
                    { field_row(&ZONE_FIELDS, &form, &parsed.errors, &settings) }
                    { dates_box(&form, &parsed.errors, lang, Global::DaysOff, "tl-days-off", Key::TlDaysOff) }
                    { dates_box(&form, &parsed.errors, lang, Global::WorkingDays, "tl-working-days", Key::TlExtraWorkingDays) }
                </section>
                <section id="tl-results" class="results" aria-labelledby="tl-results-title" data-state={stale.then_some("stale")}>
                    <h2 id="tl-results-title">{ t(Key::SectionResults) }</h2>
                    if let Some((inputs, report, _)) = computed.as_ref() {
                        <TimelineResults inputs={inputs.clone()} report={report.clone()} {settings} {today} {on_holiday} {on_block} />
                    }
                </section>
            </div>
        </main>
    }
}
