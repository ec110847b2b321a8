//! The editable table of recent notes, with add/remove and paste from a
//! spreadsheet. Cells stay as typed; a bad cell shows its error in its row.

use super::super::form::{NoteColumn, NoteText};
use super::super::model::MAX_NOTES;
use super::super::paste::parse_pasted_rows;
use crate::i18n::{Key, Lang};
use yew::prelude::*;

/// Props of [`NotesTable`].
#[derive(Properties, PartialEq)]
pub struct NotesTableProps {
    /// The rows as typed.
    pub rows: Vec<NoteText>,
    /// Cells in error: row, column and message.
    pub errors: Vec<(usize, NoteColumn, String)>,
    /// Rows left out of the results because of an error.
    pub rows_left_out: usize,
    /// Language.
    pub lang: Lang,
    /// A cell was edited.
    pub on_cell: Callback<(usize, NoteColumn, String)>,
    /// The rows were replaced (add, remove, paste).
    pub on_rows: Callback<Vec<NoteText>>,
}

fn column_key(column: NoteColumn) -> Key {
    match column {
        NoteColumn::Likes => Key::ColLikes,
        NoteColumn::Saves => Key::ColSaves,
        NoteColumn::Comments => Key::ColComments,
        NoteColumn::Shares => Key::ColShares,
        NoteColumn::Views => Key::ColViews,
    }
}

#[derive(Clone, Copy, PartialEq)]
enum PasteMode {
    Replace,
    Append,
}

/// The notes table.
#[function_component]
pub fn NotesTable(props: &NotesTableProps) -> Html {
    let lang = props.lang;
    let t = |key| lang.text(key);
    let paste_text = use_state(String::new);
    let paste_status = use_state(|| None::<String>);

    let row_view = |(row, note): (usize, &NoteText)| {
        let number = (row + 1).to_string();
        let row_errors: Vec<&(usize, NoteColumn, String)> =
            props.errors.iter().filter(|(r, _, _)| *r == row).collect();
        let cells = NoteColumn::ALL.iter().map(|&column| {
            let on_cell = props.on_cell.clone();
            let in_error = row_errors.iter().any(|(_, c, _)| *c == column);
            let oninput = Callback::from(move |event: InputEvent| {
                let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                on_cell.emit((row, column, input.value()));
            });
            let label = lang.format(Key::CellLabel, &[t(column_key(column)), &number]);
            html! {
                <td data-label={t(column_key(column))}>
                    <input type="text" inputmode="numeric" autocomplete="off"
                        class={classes!(in_error.then_some("invalid"))}
                        aria-label={label}
                        aria-invalid={in_error.then_some("true")}
                        aria-describedby={in_error.then(|| format!("note-{row}-error"))}
                        value={note.cell(column).to_string()}
                        {oninput} />
                </td>
            }
        });
        let on_remove = {
            let rows = props.rows.clone();
            let on_rows = props.on_rows.clone();
            Callback::from(move |_| {
                let mut rows = rows.clone();
                if row < rows.len() {
                    rows.remove(row);
                }
                on_rows.emit(rows);
            })
        };
        html! {
            <>
                <tr key={format!("row-{row}")} class={classes!((!row_errors.is_empty()).then_some("has-error"))}>
                    <th scope="row">{ &number }</th>
                    { for cells }
                    <td class="row-action">
                        <button type="button" class="icon" onclick={on_remove}
                            aria-label={lang.format(Key::RemoveNote, &[&number])}>{ "✕" }</button>
                    </td>
                </tr>
                if !row_errors.is_empty() {
                    <tr key={format!("error-{row}")} class="row-error">
                        <td colspan="7" id={format!("note-{row}-error")}>
                            { for row_errors.iter().map(|(_, column, message)| html! {
                                <span>{ "⚠ " }{ lang.format(Key::NoteCellError, &[&number, t(column_key(*column)), message]) }</span>
                            }) }
                        </td>
                    </tr>
                }
            </>
        }
    };

    let on_add = {
        let rows = props.rows.clone();
        let on_rows = props.on_rows.clone();
        Callback::from(move |_| {
            let mut rows = rows.clone();
            if rows.len() < MAX_NOTES {
                rows.push(NoteText::default());
            }
            on_rows.emit(rows);
        })
    };
    let on_paste_input = {
        let paste_text = paste_text.clone();
        Callback::from(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            paste_text.set(area.value());
        })
    };
    let paste = |mode: PasteMode| {
        let rows = props.rows.clone();
        let on_rows = props.on_rows.clone();
        let paste_text = paste_text.clone();
        let paste_status = paste_status.clone();
        Callback::from(move |_| {
            let pasted = parse_pasted_rows(&paste_text);
            let mut messages = Vec::new();
            if pasted.rows.is_empty() {
                messages.push(lang.text(Key::PasteNothing).to_string());
            } else {
                let mut new_rows = match mode {
                    PasteMode::Replace => Vec::new(),
                    PasteMode::Append => rows.iter().filter(|r| !r.is_blank()).cloned().collect(),
                };
                new_rows.extend(pasted.rows.iter().cloned());
                if new_rows.len() > MAX_NOTES {
                    new_rows.truncate(MAX_NOTES);
                    messages.push(lang.format(Key::PasteTooMany, &[&MAX_NOTES.to_string()]));
                }
                messages.insert(
                    0,
                    lang.format(Key::PasteRead, &[&pasted.rows.len().to_string()]),
                );
                on_rows.emit(new_rows);
                paste_text.set(String::new());
            }
            if pasted.skipped_lines > 0 {
                messages.push(lang.format(Key::PasteSkipped, &[&pasted.skipped_lines.to_string()]));
            }
            paste_status.set(Some(messages.join(" ")));
        })
    };

    html! {
        <div class="notes">
            <p class="field-hint">{ t(Key::NotesHelp) }</p>
            <div class="table-scroll">
                <table class="notes-table">
                    <thead>
                        <tr>
                            <th scope="col">{ t(Key::ColNote) }</th>
                            { for NoteColumn::ALL.iter().map(|&c| html! { <th scope="col">{ t(column_key(c)) }</th> }) }
                            <th scope="col"><span class="visually-hidden">{ t(Key::RemoveColumn) }</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        { for props.rows.iter().enumerate().map(row_view) }
                    </tbody>
                </table>
            </div>
            if props.rows_left_out > 0 {
                <p class="field-error" role="status">
                    { "⚠ " }{ lang.format(Key::RowsLeftOut, &[&props.rows_left_out.to_string()]) }
                </p>
            }
            <button type="button" class="secondary" onclick={on_add}
                disabled={props.rows.len() >= MAX_NOTES}>{ t(Key::AddNote) }</button>
            <details class="paste">
                <summary>{ t(Key::PasteTitle) }</summary>
                <p class="field-hint" id="paste-help">{ t(Key::PasteHelp) }</p>
                <label for="paste-rows">{ t(Key::PasteLabel) }</label>
                <textarea id="paste-rows" rows="4" aria-describedby="paste-help"
                    value={(*paste_text).clone()} oninput={on_paste_input} />
                <div class="actions">
                    <button type="button" onclick={paste(PasteMode::Replace)}>{ t(Key::PasteReplace) }</button>
                    <button type="button" class="secondary" onclick={paste(PasteMode::Append)}>{ t(Key::PasteAppend) }</button>
                </div>
                <p class="status" role="status" aria-live="polite">{ (*paste_status).clone().unwrap_or_default() }</p>
            </details>
        </div>
    }
}
