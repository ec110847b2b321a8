//! The paste step: rows pasted from a spreadsheet or a CSV/TSV file chosen
//! locally (read in the browser, never sent), and the mapping of columns
//! whose headings were not recognised.

use super::super::form::{Column, CreatorText};
use super::super::paste::{creator_rows, read_sheet, Sheet};
use crate::i18n::{Key, Lang};
use yew::prelude::*;

/// Props of [`PastePanel`].
#[derive(Properties, PartialEq)]
pub struct PastePanelProps {
    /// Language.
    pub lang: Lang,
    /// Receives the rows read, replacing the list.
    pub on_rows: Callback<Vec<CreatorText>>,
}

/// A column's name in the mapping menu.
pub fn column_name(column: Column) -> Key {
    match column {
        Column::Name => Key::SlColName,
        Column::Followers => Key::SlColFollowers,
        Column::Quote => Key::SlColQuote,
        Column::Likes => Key::SlColLikes,
        Column::Saves => Key::SlColSaves,
        Column::Comments => Key::SlColComments,
        Column::Shares => Key::SlColShares,
        Column::Views => Key::SlColViews,
        Column::LikesSaves => Key::SlColLikesSaves,
    }
}

#[derive(Clone, PartialEq, Default)]
struct Step {
    sheet: Option<Sheet>,
    mapping: Vec<Option<Column>>,
    read: Option<usize>,
}

fn messages(lang: Lang, step: &Step) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(n) = step.read {
        lines.push(lang.format(Key::SlPasted, &[&n.to_string()]));
    }
    if let Some(sheet) = &step.sheet {
        if sheet.skipped_lines > 0 {
            lines.push(lang.format(Key::SlSkippedLines, &[&sheet.skipped_lines.to_string()]));
        }
        if sheet.rows_over_limit > 0 {
            lines.push(lang.format(Key::SlTooManyRows, &[&sheet.rows_over_limit.to_string()]));
        }
    }
    lines
}

/// Reads `text` into a step, applying it when every needed field has a column.
fn read(text: &str, on_rows: &Callback<Vec<CreatorText>>) -> Step {
    let sheet = read_sheet(text);
    let mapping = sheet.columns.clone();
    apply(
        Step {
            sheet: Some(sheet),
            mapping,
            read: None,
        },
        on_rows,
    )
}

fn apply(mut step: Step, on_rows: &Callback<Vec<CreatorText>>) -> Step {
    if let Some(sheet) = &step.sheet {
        if sheet.missing(&step.mapping).is_empty() && !sheet.rows.is_empty() {
            let rows = creator_rows(sheet, &step.mapping);
            step.read = Some(rows.len());
            on_rows.emit(rows);
        } else {
            step.read = None;
        }
    }
    step
}

/// The paste box, the file button and the mapping step.
#[function_component]
pub fn PastePanel(props: &PastePanelProps) -> Html {
    let lang = props.lang;
    let t = |key| lang.text(key);
    let text = use_state(String::new);
    let step = use_state(Step::default);
    let on_text = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            text.set(area.value());
        })
    };
    let on_read = {
        let (text, step, on_rows) = (text.clone(), step.clone(), props.on_rows.clone());
        Callback::from(move |_| step.set(read(&text, &on_rows)))
    };
    let on_file = {
        let (text, step, on_rows) = (text.clone(), step.clone(), props.on_rows.clone());
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            let (text, step, on_rows) = (text.clone(), step.clone(), on_rows.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(content) = wasm_bindgen_futures::JsFuture::from(file.text()).await else {
                    return;
                };
                let content = content.as_string().unwrap_or_default();
                step.set(read(&content, &on_rows));
                text.set(content);
            });
        })
    };
    let mapping_view = step.sheet.as_ref().and_then(|sheet| {
        let unknown = sheet.unknown_columns();
        let missing = sheet.missing(&step.mapping);
        if unknown.is_empty() && missing.is_empty() {
            return None;
        }
        let selects = unknown.iter().map(|&i| {
            let heading = sheet.headings.get(i).cloned().unwrap_or_default();
            let current = step.mapping.get(i).copied().flatten();
            let on_change = {
                let step = step.clone();
                Callback::from(move |event: Event| {
                    let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
                    let value = select.value();
                    let mut next = (*step).clone();
                    if let Some(slot) = next.mapping.get_mut(i) {
                        *slot = Column::MAPPABLE.into_iter().find(|c| c.key() == value);
                    }
                    step.set(next);
                })
            };
            let id = format!("sl-map-{i}");
            html! {
                <div class="field">
                    <label for={id.clone()}>{ heading }</label>
                    <select {id} onchange={on_change}>
                        <option value="" selected={current.is_none()}>{ t(Key::SlIgnoreColumn) }</option>
                        { for Column::MAPPABLE.into_iter().map(|c| html! {
                            <option value={c.key()} selected={current == Some(c)}>{ t(column_name(c)) }</option>
                        }) }
                    </select>
                </div>
            }
        });
        let missing_names: Vec<&str> = missing.iter().map(|&c| t(column_name(c))).collect();
        let on_apply = {
            let (step, on_rows) = (step.clone(), props.on_rows.clone());
            Callback::from(move |_| step.set(apply((*step).clone(), &on_rows)))
        };
        Some(html! {
            <fieldset class="sl-mapping">
                <legend>{ t(Key::SlMappingTitle) }</legend>
                <p class="field-hint">{ t(Key::SlMappingHint) }</p>
                <div class="field-row">{ for selects }</div>
                if !missing.is_empty() {
                    <p class="field-error">{ "⚠ " }{ lang.format(Key::SlMissingColumns, &[&missing_names.join(t(Key::ListSeparator))]) }</p>
                }
                <button type="button" id="sl-apply-mapping" onclick={on_apply}>{ t(Key::SlApplyMapping) }</button>
            </fieldset>
        })
    });
    html! {
        <div class="sl-paste">
            <label for="sl-paste">{ t(Key::SlPasteLabel) }</label>
            <textarea id="sl-paste" rows="5" spellcheck="false" aria-describedby="sl-paste-hint"
                value={(*text).clone()} oninput={on_text} />
            <p class="field-hint" id="sl-paste-hint">{ t(Key::SlPasteHint) }</p>
            <div class="sl-paste-actions">
                <button type="button" id="sl-read" onclick={on_read}>{ t(Key::SlPasteButton) }</button>
                <label class="sl-file">
                    <span>{ t(Key::SlFileLabel) }</span>
                    <input type="file" id="sl-file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" onchange={on_file} />
                </label>
            </div>
            <div role="status" aria-live="polite" class="sl-paste-status">
                { for messages(lang, &step).into_iter().map(|m| html! { <p>{ m }</p> }) }
            </div>
            { mapping_view.unwrap_or_default() }
        </div>
    }
}
