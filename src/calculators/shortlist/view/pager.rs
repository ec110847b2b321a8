//! Long lists a page of rows at a time: a page of 50 rows renders in a
//! blink where 500 rows of inputs took seconds, and the list stays easy to
//! read on a phone. Shown only when the list is longer than a page.

use crate::i18n::{Key, Lang};
use yew::prelude::*;

/// Rows shown at once.
pub const PAGE_ROWS: usize = 50;

/// The page of `total` rows to show: `page` kept within the list.
pub fn page_range(page: usize, total: usize) -> std::ops::Range<usize> {
    let pages = total.div_ceil(PAGE_ROWS).max(1);
    let start = page.min(pages - 1) * PAGE_ROWS;
    start..(start + PAGE_ROWS).min(total)
}

/// Previous and next buttons, a menu of pages and which rows are shown
/// (announced politely to screen readers).
pub fn pager(lang: Lang, id: &str, total: usize, page: &UseStateHandle<usize>) -> Html {
    if total <= PAGE_ROWS {
        return Html::default();
    }
    let t = |key| lang.text(key);
    let shown = page_range(**page, total);
    let current = shown.start / PAGE_ROWS;
    let pages = total.div_ceil(PAGE_ROWS);
    let go = |to: usize| {
        let page = page.clone();
        Callback::from(move |_| page.set(to))
    };
    let on_select = {
        let page = page.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            if let Ok(to) = select.value().parse::<usize>() {
                page.set(to);
            }
        })
    };
    let status = lang.format(
        Key::SlRowsShown,
        &[
            &(shown.start + 1).to_string(),
            &shown.end.to_string(),
            &total.to_string(),
        ],
    );
    html! {
        <nav class="sl-pager" aria-label={t(Key::SlPagerLabel)}>
            <button type="button" class="secondary" id={format!("{id}-prev")}
                disabled={current == 0} onclick={go(current.saturating_sub(1))}>{ "‹ " }{ t(Key::SlPrevRows) }</button>
            <select id={format!("{id}-page")} aria-label={t(Key::SlPagerLabel)} onchange={on_select}>
                { for (0..pages).map(|p| {
                    let rows = page_range(p, total);
                    html! {
                        <option value={p.to_string()} selected={p == current}>
                            { format!("{}–{}", rows.start + 1, rows.end) }
                        </option>
                    }
                }) }
            </select>
            <button type="button" class="secondary" id={format!("{id}-next")}
                disabled={current + 1 >= pages} onclick={go(current + 1)}>{ t(Key::SlNextRows) }{ " ›" }</button>
            <span class="sl-pager-status" role="status" aria-live="polite">{ status }</span>
        </nav>
    }
}
