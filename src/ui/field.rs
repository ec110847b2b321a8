//! A labelled text field with its error and the source of its default.

use yew::prelude::*;

/// A labelled text box for a number (typed as text, so `1.2万` works and
/// garbage can be shown back with its error). Build it, then call `view`.
#[derive(Default)]
pub struct TextField {
    /// Element id, also the base of the error and hint ids.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Current text.
    pub value: AttrValue,
    /// Called with the new text on each keystroke.
    pub on_input: Callback<String>,
    /// What is wrong with the text, in the current language.
    pub error: Option<AttrValue>,
    /// Where the default comes from, or other help.
    pub hint: Option<AttrValue>,
    /// A unit written after the box, such as `%`.
    pub unit: Option<AttrValue>,
}

impl TextField {
    /// The field's markup.
    pub fn view(self) -> Html {
        let props = self;
        let error_id = format!("{}-error", props.id);
        let hint_id = format!("{}-hint", props.id);
        let described_by = [
            props.error.as_ref().map(|_| error_id.clone()),
            props.hint.as_ref().map(|_| hint_id.clone()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        let on_input = {
            let callback = props.on_input.clone();
            Callback::from(move |event: InputEvent| {
                let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                callback.emit(input.value());
            })
        };
        html! {
            <div class={classes!("field", props.error.as_ref().map(|_| "has-error"))}>
                <label for={props.id.clone()}>{ props.label.clone() }</label>
                <div class="input-wrap">
                    <input
                        id={props.id.clone()}
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        value={props.value.clone()}
                        aria-invalid={props.error.as_ref().map(|_| "true")}
                        aria-describedby={(!described_by.is_empty()).then_some(described_by)}
                        oninput={on_input}
                    />
                    if let Some(unit) = &props.unit {
                        <span class="unit" aria-hidden="true">{ unit.clone() }</span>
                    }
                </div>
                if let Some(error) = &props.error {
                    <p class="field-error" id={error_id} aria-live="polite">{ "⚠ " }{ error.clone() }</p>
                }
                if let Some(hint) = &props.hint {
                    <p class="field-hint" id={hint_id}>{ hint.clone() }</p>
                }
            </div>
        }
    }
}
