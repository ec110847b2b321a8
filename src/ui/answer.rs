//! Answer first: a calculator's one-sentence answer above its details, and,
//! while a field that feeds the results cannot be read, the last results
//! read from valid fields kept but marked out of date, with the fields to
//! fix. Results are never computed from a default put in for what was typed.

use crate::i18n::{Key, Lang};
use crate::outputs::{Group, MoneyFormat, Output};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The inputs to show results for: the current ones while every field can
/// be read, else the last ones that could (none when the page opened with a
/// field in error).
#[hook]
pub fn use_last_valid<T: Clone + 'static>(current: &T, valid: bool) -> Option<T> {
    let kept = use_mut_ref(|| None::<T>);
    if valid {
        *kept.borrow_mut() = Some(current.clone());
    }
    let shown = kept.borrow().clone();
    shown
}

/// Props of [`AnswerBar`].
#[derive(Properties, PartialEq)]
pub struct AnswerBarProps {
    /// The outputs shown (their [`Group::Answer`] is the sentence); none
    /// when there are no valid results to show.
    pub outputs: Option<Rc<Vec<Output>>>,
    /// How amounts are written.
    pub money: MoneyFormat,
    /// Whether a field that feeds the results is invalid.
    pub stale: bool,
    /// The fields in error, as the form reports them: the list of fields to
    /// fix is read again whenever it changes.
    pub errors: AttrValue,
    /// The id of the results section, for the jump to the details.
    pub results_id: AttrValue,
}

/// A field to fix: its element id and its label.
type Invalid = (String, String);

/// The answer sentence with a jump to the details; above it, while a field
/// is invalid, what to fix.
#[function_component]
pub fn AnswerBar(props: &AnswerBarProps) -> Html {
    let lang = props.money.lang;
    let t = |key| lang.text(key);
    let invalid = use_state(Vec::<Invalid>::new);
    {
        let invalid = invalid.clone();
        use_effect_with((props.errors.clone(), props.stale), move |(_, stale)| {
            let found = if *stale { invalid_fields() } else { vec![] };
            if *invalid != found {
                invalid.set(found);
            }
        });
    }
    let answer = props
        .outputs
        .as_ref()
        .and_then(|all| all.iter().find(|o| o.group == Group::Answer).cloned());
    let jump = {
        let id = props.results_id.clone();
        Callback::from(move |_: MouseEvent| scroll_to(&id, false))
    };
    html! {
        <div class={classes!("answer-bar", props.stale.then_some("stale"))}
            data-state={props.stale.then_some("stale")}>
            if props.stale {
                { stale_notice(lang, &invalid, props.outputs.is_some()) }
            }
            if let Some(answer) = answer {
                <p class="answer" data-answer="" aria-live="polite">
                    <span class="visually-hidden">{ t(Key::AnswerLabel) }{ ": " }</span>
                    <output name={answer.key.clone()} data-value={answer.data()}>{ answer.text(&props.money) }</output>
                </p>
            }
            if props.outputs.is_some() {
                <button type="button" class="link jump" onclick={jump}>{ t(Key::AnswerDetails) }</button>
            }
        </div>
    }
}

/// What to fix: each invalid field as a link that moves to it.
fn stale_notice(lang: Lang, invalid: &[Invalid], has_results: bool) -> Html {
    let t = |key| lang.text(key);
    let intro = if has_results {
        t(Key::AnswerStale)
    } else {
        t(Key::AnswerStaleNone)
    };
    html! {
        <div class="stale-notice" role="status" aria-live="polite">
            <p>{ "⚠ " }{ intro }</p>
            if !invalid.is_empty() {
                <p class="stale-fields">
                    { t(Key::AnswerFix) }{ " " }
                    { for invalid.iter().enumerate().map(|(i, (id, label))| {
                        let target = id.clone();
                        let onclick = Callback::from(move |e: MouseEvent| {
                            e.prevent_default();
                            scroll_to(&target, true);
                        });
                        html! { <>
                            if i > 0 { { t(Key::ListSeparator) } }
                            <a href={format!("#{id}")} data-field={id.clone()} {onclick}>{ label.clone() }</a>
                        </> }
                    }) }
                </p>
            }
        </div>
    }
}

/// The page's fields marked invalid, in page order, with their labels.
fn invalid_fields() -> Vec<Invalid> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return vec![];
    };
    let Ok(list) = document.query_selector_all("main [aria-invalid=\"true\"]") else {
        return vec![];
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|field| {
            let id = field.id();
            let label = document
                .query_selector(&format!("label[for=\"{id}\"]"))
                .ok()
                .flatten()
                .and_then(|l| l.text_content())
                .or_else(|| field.get_attribute("aria-label"))?;
            (!id.is_empty()).then(|| (id, label.trim().to_string()))
        })
        .collect()
}

/// Brings the element `id` into view; a field also gets the focus.
fn scroll_to(id: &str, focus: bool) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element {
        element.scroll_into_view();
        if focus {
            if let Ok(field) = element.dyn_into::<web_sys::HtmlElement>() {
                let _ = field.focus();
            }
        }
    }
}
