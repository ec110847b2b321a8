//! The engagement page: the form (followers, notes, benchmarks), its results
//! and chart, the comment check and the formula panel. It holds only the
//! form; everything else is computed from it.

use super::comment_panel::CommentPanel;
use super::comments;
use super::form::{EngagementForm, Field, NoteColumn};
use super::formula_panel::FormulaPanel;
use super::link;
use super::model::compute;
use super::notes_table::NotesTable;
use super::results::EngagementResults;
use crate::i18n::{field_error, Key};
use crate::link::{LinkReader, SharedSettings};
use crate::ui::{use_form, CopyLink, LinkNotices, Settings, TextField};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`EngagementPage`].
#[derive(Properties, PartialEq)]
pub struct EngagementPageProps {
    /// The link's query, read once when the page opens.
    pub query: AttrValue,
    /// Language and currency.
    pub settings: Settings,
    /// Receives the scenario's link pairs after each edit.
    pub on_link: Callback<Vec<(&'static str, String)>>,
}

/// The engagement-benchmark calculator.
#[function_component]
pub fn EngagementPage(props: &EngagementPageProps) -> Html {
    let opened = {
        let query = props.query.clone();
        use_memo((), move |_| {
            let mut reader = LinkReader::new(&query);
            SharedSettings::read(&mut reader);
            let form = link::decode(&mut reader);
            (form, reader.finish())
        })
    };
    let form = {
        let opened = opened.clone();
        use_form(move || opened.0.clone())
    };
    let parsed = use_memo(form.get().clone(), EngagementForm::parse);
    let report = use_memo(parsed.inputs.clone(), compute);
    let comment_check = use_memo(form.get().comments.clone(), |text| comments::check(text));
    {
        let on_link = props.on_link.clone();
        use_effect_with(form.get().clone(), move |form| {
            on_link.emit(link::encode(form))
        });
    }

    let settings = props.settings;
    let lang = settings.lang;
    let t = |key| lang.text(key);
    let error = |field: Field| {
        parsed
            .error(field)
            .map(|e| AttrValue::from(field_error(lang, e)))
    };
    let values = form.get();
    let field = |id: &'static str,
                 label: Key,
                 hint: Key,
                 key: Field,
                 value: &String,
                 setter: fn(&mut EngagementForm) -> &mut String,
                 unit: Option<&'static str>| {
        html! {
            <TextField
                id={id}
                label={t(label)}
                value={value.clone()}
                on_input={form.setter(setter)}
                error={error(key)}
                hint={AttrValue::from(t(hint))}
                unit={unit.map(AttrValue::from)}
            />
        }
    };

    let note_errors: Vec<(usize, NoteColumn, String)> = parsed
        .errors
        .iter()
        .filter_map(|(f, e)| match f {
            Field::Note { row, column } => Some((*row, *column, field_error(lang, *e))),
            _ => None,
        })
        .collect();
    let on_cell = {
        let form = form.clone();
        Callback::from(move |(row, column, text): (usize, NoteColumn, String)| {
            form.edit(move |f| {
                if let Some(note) = f.notes.get_mut(row) {
                    *note.cell_mut(column) = text;
                }
            })
        })
    };
    let on_rows = {
        let form = form.clone();
        Callback::from(move |rows| form.edit(move |f| f.notes = rows))
    };
    let on_comments = form.setter(|f| &mut f.comments);

    html! {
        <main id="main" class="calculator engagement">
            <div class="page-head">
                <h1>{ t(Key::EngagementName) }</h1>
                <p class="lead">{ t(Key::EngagementQuestion) }</p>
                <CopyLink {lang} />
            </div>
            <LinkNotices notices={opened.1.clone()} {lang} />
            <div class="columns">
                <section class="inputs" aria-labelledby="creator-title">
                    <h2 id="creator-title">{ t(Key::SectionCreator) }</h2>
                    <div class="field-row">
                        { field("followers", Key::FollowersLabel, Key::FollowersHint, Field::Followers,
                            &values.followers, |f| &mut f.followers, None) }
                        { field("profile-likes-saves", Key::ProfileLikesSavesLabel, Key::ProfileLikesSavesHint,
                            Field::ProfileLikesSaves, &values.profile_likes_saves, |f| &mut f.profile_likes_saves, None) }
                    </div>
                    <h2>{ t(Key::SectionNotes) }</h2>
                    <NotesTable
                        rows={values.notes.clone()}
                        errors={note_errors}
                        rows_left_out={parsed.rows_left_out}
                        {lang}
                        {on_cell}
                        {on_rows}
                    />
                    <h2>{ t(Key::SectionBenchmarks) }</h2>
                    <div class="field-row">
                        { field("benchmark", Key::BenchmarkLabel, Key::BenchmarkHint, Field::Benchmark,
                            &values.benchmark, |f| &mut f.benchmark, Some("%")) }
                        { field("fake", Key::FakeLabel, Key::FakeHint, Field::Fake,
                            &values.fake, |f| &mut f.fake, Some("%")) }
                        { field("suspicious", Key::SuspiciousLabel, Key::SuspiciousHint, Field::Suspicious,
                            &values.suspicious, |f| &mut f.suspicious, Some("%")) }
                        { field("qualified", Key::QualifiedLabel, Key::QualifiedHint, Field::Qualified,
                            &values.qualified, |f| &mut f.qualified, Some("%")) }
                    </div>
                    <fieldset class="tiers">
                        <legend>{ t(Key::TierBoundsTitle) }</legend>
                        <p class="field-hint">{ t(Key::TierBoundsHint) }</p>
                        <div class="field-row">
                            { field("tail-from", Key::TailFromLabel, Key::FollowersUnit, Field::TailFrom,
                                &values.tail_from, |f| &mut f.tail_from, None) }
                            { field("mid-from", Key::MidFromLabel, Key::FollowersUnit, Field::MidFrom,
                                &values.mid_from, |f| &mut f.mid_from, None) }
                            { field("head-from", Key::HeadFromLabel, Key::FollowersUnit, Field::HeadFrom,
                                &values.head_from, |f| &mut f.head_from, None) }
                        </div>
                    </fieldset>
                </section>
                <section class="results" aria-labelledby="results-title">
                    <h2 id="results-title">{ t(Key::SectionResults) }</h2>
                    <EngagementResults
                        inputs={Rc::new(parsed.inputs.clone())}
                        report={report.clone()}
                        {lang}
                    />
                </section>
            </div>
            <CommentPanel value={values.comments.clone()} on_input={on_comments} check={comment_check.as_ref().clone()} {lang} />
            <FormulaPanel {lang} />
        </main>
    }
}
