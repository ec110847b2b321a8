//! Results as data: each figure is an `<output>` whose `name` is a stable
//! metric key and whose `data-value` holds the unrounded value, while its
//! text is formatted for the reader. An undefined figure shows a dash and why.

use yew::prelude::*;

/// A figure's value as shown.
#[derive(Clone, Debug, PartialEq)]
pub enum FigureRow {
    /// A number: its unrounded value and its formatted text.
    Value {
        /// `data-value`: the unrounded number or a key such as `meets`.
        data: String,
        /// The visible text.
        text: String,
    },
    /// No value for these inputs, and why.
    Undefined {
        /// Why, in the current language.
        reason: String,
    },
}

impl FigureRow {
    /// A number shown as `text`.
    pub fn number(value: f64, text: String) -> FigureRow {
        FigureRow::Value {
            data: value.to_string(),
            text,
        }
    }
}

/// Props of [`Figure`].
#[derive(Properties, PartialEq)]
pub struct FigureProps {
    /// The metric key (`ratio_mean`), used as the output's `name`.
    pub name: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// The value.
    pub row: FigureRow,
    /// A short line under the value (formula or comparison).
    #[prop_or_default]
    pub note: Option<AttrValue>,
}

/// One computed figure.
#[function_component]
pub fn Figure(props: &FigureProps) -> Html {
    let label_id = format!("{}-label", props.name);
    let (data, text, reason) = match &props.row {
        FigureRow::Value { data, text } => (data.clone(), text.clone(), None),
        FigureRow::Undefined { reason } => (String::new(), "–".to_string(), Some(reason.clone())),
    };
    html! {
        <div class={classes!("figure", reason.as_ref().map(|_| "undefined"))}>
            <span class="figure-label" id={label_id.clone()}>{ props.label.clone() }</span>
            <output name={props.name.clone()} data-value={data} aria-labelledby={label_id}>
                { text }
            </output>
            if let Some(reason) = reason {
                <span class="figure-reason">{ reason }</span>
            }
            if let Some(note) = &props.note {
                <span class="figure-note">{ note.clone() }</span>
            }
        </div>
    }
}
