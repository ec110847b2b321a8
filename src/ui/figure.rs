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

/// One computed figure: an `<output>` named by its metric key, with an
/// optional note under it.
pub fn figure(name: &'static str, label: &str, row: FigureRow, note: Option<&str>) -> Html {
    let label_id = format!("{name}-label");
    let (data, text, reason) = match row {
        FigureRow::Value { data, text } => (data, text, None),
        FigureRow::Undefined { reason } => (String::new(), "–".to_string(), Some(reason)),
    };
    html! {
        <div class={classes!("figure", reason.as_ref().map(|_| "undefined"))}>
            <span class="figure-label" id={label_id.clone()}>{ label }</span>
            <output name={name} data-value={data} aria-labelledby={label_id}>{ text }</output>
            if let Some(reason) = reason {
                <span class="figure-reason">{ reason }</span>
            }
            if let Some(note) = note {
                <span class="figure-note">{ note }</span>
            }
        </div>
    }
}
