//! The creator list as editable rows: every cell as typed with its error,
//! a mark per row (optimiser decides, must book, never book), delete and
//! add.

use super::super::form::{Column, CreatorText, Field, ShortlistForm};
use super::super::model::{Mark, MAX_CREATORS};
use super::pager::{page_range, pager};
use super::paste_panel::column_name;
use crate::i18n::{Key, Lang};
use crate::ui::{table_cell, FormHandle};
use crate::units::FieldError;
use yew::prelude::*;

const MARKS: [(Mark, &str, Key); 3] = [
    (Mark::Free, "free", Key::SlMarkFree),
    (Mark::Keep, "keep", Key::SlMarkKeep),
    (Mark::Never, "never", Key::SlMarkNever),
];

/// The editable list, `page` of it at a time.
pub fn list_table(
    form: &FormHandle<ShortlistForm>,
    errors: &[(Field, FieldError)],
    lang: Lang,
    page: &UseStateHandle<usize>,
) -> Html {
    let t = |key| lang.text(key);
    let total = form.get().rows.len();
    let rows = page_range(**page, total).map(|row| {
        let cells = Column::LINK_ORDER.iter().map(|&column| {
            let header = t(column_name(column));
            table_cell(
                form,
                errors,
                lang,
                Field::Cell { row, column },
                format!("sl-{}-{}", column.key(), row + 1),
                format!("{header} {}", row + 1),
                header,
            )
        });
        let on_mark = {
            let form = form.clone();
            Callback::from(move |event: Event| {
                let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
                let value = select.value();
                if let Some(&(mark, _, _)) = MARKS.iter().find(|m| m.1 == value) {
                    form.edit(move |f| f.set_mark(row, mark));
                }
            })
        };
        let on_delete = {
            let form = form.clone();
            Callback::from(move |_| form.edit(move |f| f.remove_row(row)))
        };
        let mark = form.get().mark(row);
        html! {
            <tr>
                <th scope="row">{ row + 1 }</th>
                { for cells }
                <td data-label={t(Key::SlColMark)}>
                    <select id={format!("sl-mark-{}", row + 1)} aria-label={format!("{} {}", t(Key::SlColMark), row + 1)} onchange={on_mark}>
                        { for MARKS.iter().map(|&(m, code, name)| html! {
                            <option value={code} selected={m == mark}>{ t(name) }</option>
                        }) }
                    </select>
                </td>
                <td>
                    <button type="button" class="secondary remove" aria-label={lang.format(Key::SlDeleteRow, &[&(row + 1).to_string()])}
                        onclick={on_delete}>{ "×" }</button>
                </td>
            </tr>
        }
    });
    let on_add = {
        let form = form.clone();
        Callback::from(move |_| {
            form.edit(|f| {
                if f.rows.len() < MAX_CREATORS {
                    f.rows.push(CreatorText::default());
                }
            })
        })
    };
    html! {
        <>
            { pager(lang, "sl-list-pager", total, page) }
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(Key::SlSectionList)}>
                <table class="sl-list responsive">
                    <thead><tr>
                        <th scope="col">{ "#" }</th>
                        { for Column::LINK_ORDER.iter().map(|&c| html! { <th scope="col">{ t(column_name(c)) }</th> }) }
                        <th scope="col">{ t(Key::SlColMark) }</th>
                        <th scope="col"><span class="visually-hidden">{ t(Key::SlDelete) }</span></th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <button type="button" class="secondary" id="sl-add" onclick={on_add}
                disabled={form.get().rows.len() >= MAX_CREATORS}>{ t(Key::SlAddRow) }</button>
        </>
    }
}
