//! A labelled text field with its error and the source of its default.

use yew::prelude::*;

/// Props of [`TextField`].
#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// Element id, also the base of the error and hint ids.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Current text.
    pub value: AttrValue,
    /// Called with the new text on each keystroke.
    pub on_input: Callback<String>,
    /// What is wrong with the text, in the current language.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Where the default comes from, or other help.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// A unit written after the box, such as `%`.
    #[prop_or_default]
    pub unit: Option<AttrValue>,
    /// Placeholder shown when empty.
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// The keyboard phones show: `decimal` or `text`.
    #[prop_or(AttrValue::Static("decimal"))]
    pub inputmode: AttrValue,
}

/// A text box for a number (typed as text, so `1.2万` works and garbage can
/// be shown back with its error).
#[function_component]
pub fn TextField(props: &TextFieldProps) -> Html {
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
                    inputmode={props.inputmode.clone()}
                    autocomplete="off"
                    value={props.value.clone()}
                    placeholder={props.placeholder.clone()}
                    aria-invalid={props.error.as_ref().map(|_| "true")}
                    aria-describedby={(!described_by.is_empty()).then_some(described_by)}
                    oninput={on_input}
                />
                if let Some(unit) = &props.unit {
                    <span class="unit" aria-hidden="true">{ unit.clone() }</span>
                }
            </div>
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id}>{ "⚠ " }{ error.clone() }</p>
            }
            if let Some(hint) = &props.hint {
                <p class="field-hint" id={hint_id}>{ hint.clone() }</p>
            }
        </div>
    }
}
