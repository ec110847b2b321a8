//! The engagement page: the form (followers, notes, benchmarks), its results
//! and chart, the comment check and the formula panel. It holds only the
//! form; everything else is computed from it.

use super::super::form::{EngagementForm, Field, NoteColumn};
use super::super::link::{self, LinkFit};
use super::super::model::compute;
use super::super::outputs::outputs;
use super::comment_panel::comment_panel;
use super::formula_panel::formula_panel;
use super::notes_table::NotesTable;
use super::results::EngagementResults;
use crate::fields::FieldText;
use crate::i18n::{field_error, Key};
use crate::outputs::MoneyFormat;
use crate::ui::{
    field_row, use_last_valid, use_scenario, AnswerBar, CalculatorProps, CopyLink, FieldSpec,
    LinkNotices,
};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`EngagementPage`]: those of every calculator page.
pub type EngagementPageProps = CalculatorProps;

/// A single-value field of the form.
type Spec = FieldSpec<Field>;

const CREATOR_FIELDS: [Spec; 2] = [
    FieldSpec {
        id: "followers",
        field: Field::Followers,
        label: Key::FollowersLabel,
        hint: Some(Key::FollowersHint),
        unit: None,
    },
    FieldSpec {
        id: "profile-likes-saves",
        field: Field::ProfileLikesSaves,
        label: Key::ProfileLikesSavesLabel,
        hint: Some(Key::ProfileLikesSavesHint),
        unit: None,
    },
];

const BENCHMARK_FIELDS: [Spec; 4] = [
    FieldSpec {
        id: "benchmark",
        field: Field::Benchmark,
        label: Key::BenchmarkLabel,
        hint: Some(Key::BenchmarkHint),
        unit: Some("%"),
    },
    FieldSpec {
        id: "fake",
        field: Field::Fake,
        label: Key::FakeLabel,
        hint: Some(Key::FakeHint),
        unit: Some("%"),
    },
    FieldSpec {
        id: "suspicious",
        field: Field::Suspicious,
        label: Key::SuspiciousLabel,
        hint: Some(Key::SuspiciousHint),
        unit: Some("%"),
    },
    FieldSpec {
        id: "qualified",
        field: Field::Qualified,
        label: Key::QualifiedLabel,
        hint: Some(Key::QualifiedHint),
        unit: Some("%"),
    },
];

const TIER_FIELDS: [Spec; 3] = [
    FieldSpec {
        id: "tail-from",
        field: Field::TailFrom,
        label: Key::TailFromLabel,
        hint: Some(Key::FollowersUnit),
        unit: None,
    },
    FieldSpec {
        id: "mid-from",
        field: Field::MidFrom,
        label: Key::MidFromLabel,
        hint: Some(Key::FollowersUnit),
        unit: None,
    },
    FieldSpec {
        id: "head-from",
        field: Field::HeadFrom,
        label: Key::HeadFromLabel,
        hint: Some(Key::FollowersUnit),
        unit: None,
    },
];

/// The engagement-benchmark calculator.
#[function_component]
pub fn EngagementPage(props: &EngagementPageProps) -> Html {
    let (form, notices) = use_scenario(props, link::decode, link::encode);
    let parsed = use_memo(form.get().clone(), EngagementForm::parse);
    let stale = !parsed.errors.is_empty();
    let shown = use_last_valid(&parsed.inputs, !stale);
    let computed = use_memo(shown, |shown| {
        shown.as_ref().map(|inputs| {
            let report = Rc::new(compute(inputs));
            let outputs = Rc::new(outputs(&report));
            (Rc::new(inputs.clone()), report, outputs)
        })
    });
    let computed = (*computed).clone();
    let link_fit = use_memo(form.get().clone(), link::fit);

    let lang = props.settings.lang;
    let t = |key| lang.text(key);
    let note_errors: Vec<(usize, NoteColumn, String)> = parsed
        .errors
        .iter()
        .filter_map(|(f, e)| match f {
            Field::Note { row, column } => Some((*row, *column, field_error(lang, *e))),
            _ => None,
        })
        .collect();
    // Stable callbacks, so the notes table re-renders only when its rows do.
    let on_cell = use_callback(
        form.editor(),
        |(row, column, text): (usize, NoteColumn, String), editor| {
            editor.edit(move |f| {
                if let Some(slot) = f.text_mut(Field::Note { row, column }) {
                    *slot = text;
                }
            })
        },
    );
    let on_rows = use_callback(form.editor(), |rows, editor| {
        editor.edit(move |f| f.notes = rows)
    });
    let on_comments = form.setter(|f| &mut f.comments);
    let fields = |specs: &[Spec]| field_row(specs, &form, &parsed.errors, &props.settings);

    html! {
        <main id="main" class="calculator engagement">
            <div class="page-head">
                <div>
                    <h1>{ t(Key::EngagementName) }</h1>
                    <p class="lead">{ t(Key::EngagementQuestion) }</p>
                </div>
                <CopyLink {lang} warning={match *link_fit {
                    LinkFit::Whole => None,
                    LinkFit::WithoutComments => Some(AttrValue::from(t(Key::LinkWithoutComments))),
                    LinkFit::TooLong => Some(AttrValue::from(t(Key::LinkTooLong))),
                }} />
            </div>
            <LinkNotices notices={(*notices).clone()} {lang} />
            <AnswerBar
                outputs={computed.as_ref().map(|c| c.2.clone())}
                money={MoneyFormat::yuan(lang)}
                {stale}
                errors={format!("{:?}", parsed.errors)}
                results_id="results" />
            <div class="columns">
                <section class="inputs" aria-labelledby="creator-title">
                    <h2 id="creator-title">{ t(Key::SectionCreator) }</h2>
                    { fields(&CREATOR_FIELDS) }
                    <h2>{ t(Key::SectionNotes) }</h2>
                    <NotesTable
                        rows={form.get().notes.clone()}
                        errors={note_errors}
                        rows_left_out={parsed.rows_left_out}
                        {lang}
                        {on_cell}
                        {on_rows}
                    />
                    <h2>{ t(Key::SectionBenchmarks) }</h2>
                    { fields(&BENCHMARK_FIELDS) }
                    <fieldset class="tiers">
                        <legend>{ t(Key::TierBoundsTitle) }</legend>
                        <p class="field-hint">{ t(Key::TierBoundsHint) }</p>
                        { fields(&TIER_FIELDS) }
                    </fieldset>
                </section>
                <section id="results" class="results" aria-labelledby="results-title" data-state={stale.then_some("stale")}>
                    <h2 id="results-title">{ t(Key::SectionResults) }</h2>
                    if let Some((inputs, report, outputs)) = computed.as_ref() {
                        <EngagementResults
                            inputs={inputs.clone()}
                            report={report.clone()}
                            outputs={outputs.clone()}
                            {lang}
                        />
                    }
                </section>
            </div>
            { comment_panel(
                &form.get().comments,
                computed.as_ref().and_then(|c| c.1.comment_check.as_ref()),
                computed.as_ref().map_or(&[][..], |c| &c.2[..]),
                on_comments,
                lang,
            ) }
            { formula_panel(lang) }
        </main>
    }
}
