//! What every calculator page shares: its props, its scenario opened from
//! the link once and written back after each edit, and rows of text fields
//! rendered from specs.

use super::field::TextField;
use super::form_state::{use_form, FormHandle};
use super::settings::Settings;
use crate::fields::FieldText;
use crate::i18n::{field_error, Key, Lang};
use crate::link::{LinkNotice, LinkReader, SharedSettings};
use crate::units::FieldError;
use std::rc::Rc;
use yew::prelude::*;

/// Props of every calculator page.
#[derive(Clone, Properties, PartialEq)]
pub struct CalculatorProps {
    /// The link's query, read once when the page opens.
    pub query: AttrValue,
    /// Language and currency.
    pub settings: Settings,
    /// Receives the scenario's link pairs after each edit.
    pub on_link: Callback<Vec<(&'static str, String)>>,
}

/// Opens the page's scenario from its link (what could not be used comes
/// back as notices) and writes the scenario back after every edit.
#[hook]
pub fn use_scenario<F: Clone + PartialEq + 'static>(
    props: &CalculatorProps,
    decode: fn(&mut LinkReader) -> F,
    encode: fn(&F) -> Vec<(&'static str, String)>,
) -> (FormHandle<F>, Rc<Vec<LinkNotice>>) {
    let opened = {
        let query = props.query.clone();
        use_memo((), move |_| {
            let mut reader = LinkReader::new(&query);
            SharedSettings::read(&mut reader);
            let form = decode(&mut reader);
            (form, Rc::new(reader.finish()))
        })
    };
    let form = {
        let opened = opened.clone();
        use_form(move || opened.0.clone())
    };
    {
        let on_link = props.on_link.clone();
        use_effect_with(form.get().clone(), move |form| on_link.emit(encode(form)));
    }
    (form, opened.1.clone())
}

/// A text field of a form, as a page lays it out.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldSpec<Field> {
    /// The input element's id.
    pub id: &'static str,
    /// The form field it edits.
    pub field: Field,
    /// Its label; `{0}` stands for the display currency.
    pub label: Key,
    /// Where its default comes from.
    pub hint: Option<Key>,
    /// The unit shown after it.
    pub unit: Option<&'static str>,
}

/// A row of text fields, each with its error beside it.
pub fn field_row<F: FieldText>(
    specs: &[FieldSpec<F::Field>],
    form: &FormHandle<F>,
    errors: &[(F::Field, FieldError)],
    settings: &Settings,
) -> Html {
    let lang = settings.lang;
    let fields = specs.iter().map(|spec| {
        let FieldSpec {
            id,
            field,
            label,
            hint,
            unit,
        } = *spec;
        TextField {
            label: lang.format(label, &[settings.currency.code()]).into(),
            hint: hint.map(|h| lang.text(h).into()),
            unit: unit.map(AttrValue::from),
            ..bound_field(form, errors, lang, id, field)
        }
        .view()
    });
    html! { <div class="field-row">{ for fields }</div> }
}

/// A text field showing `field` of the form with its error, writing what is
/// typed back; the caller adds its label, hint and unit.
pub fn bound_field<F: FieldText>(
    form: &FormHandle<F>,
    errors: &[(F::Field, FieldError)],
    lang: Lang,
    id: &'static str,
    field: F::Field,
) -> TextField {
    TextField {
        id: id.into(),
        value: form.get().text(field).to_string().into(),
        on_input: text_writer(form, field),
        error: error_text(errors, field, lang).map(AttrValue::from),
        ..TextField::default()
    }
}

/// Writes text typed into `field` back into the form.
pub fn text_writer<F: FieldText>(form: &FormHandle<F>, field: F::Field) -> Callback<String> {
    let form = form.clone();
    Callback::from(move |text: String| {
        form.edit(move |f| {
            if let Some(slot) = f.text_mut(field) {
                *slot = text;
            }
        })
    })
}

/// What is wrong with `field`, in `lang`, if anything.
pub fn error_text<Field: PartialEq>(
    errors: &[(Field, FieldError)],
    field: Field,
    lang: Lang,
) -> Option<String> {
    errors
        .iter()
        .find(|(f, _)| *f == field)
        .map(|&(_, e)| field_error(lang, e))
}

/// A text cell of an input table: the box (labelled for screen readers,
/// its column heading shown above it on phones) and its error under it.
pub fn table_cell<F: FieldText>(
    form: &FormHandle<F>,
    errors: &[(F::Field, FieldError)],
    lang: Lang,
    field: F::Field,
    id: String,
    label: String,
    header: &str,
) -> Html {
    let error = error_text(errors, field, lang);
    let error_id = format!("{id}-error");
    let on_input = {
        let write = text_writer(form, field);
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            write.emit(input.value());
        })
    };
    html! {
        <td data-label={header.to_string()}>
            <input {id} type="text" inputmode="decimal" autocomplete="off" aria-label={label}
                aria-invalid={error.as_ref().map(|_| "true")}
                aria-describedby={error.as_ref().map(|_| error_id.clone())}
                class={classes!(error.is_some().then_some("invalid"))}
                value={form.get().text(field).to_string()} oninput={on_input} />
            if let Some(error) = error {
                <span class="cell-error" id={error_id} aria-live="polite">{ "⚠ " }{ error }</span>
            }
        </td>
    }
}

/// The formula panel: each figure's formula under its name in words, then
/// where each default comes from.
pub fn formula_panel(lang: crate::i18n::Lang, formulas: &[(Key, Key)], sources: &[Key]) -> Html {
    let t = |key| lang.text(key);
    html! {
        <section class="formulas" aria-labelledby="formulas-title">
            <h2 id="formulas-title">{ t(Key::FormulasTitle) }</h2>
            <dl>
                { for formulas.iter().map(|&(title, key)| html! {
                    <>
                        <dt>{ t(title) }</dt>
                        <dd>{ t(key) }</dd>
                    </>
                }) }
            </dl>
            <h3>{ t(Key::SourcesTitle) }</h3>
            <ul>
                { for sources.iter().map(|&key| html! { <li>{ t(key) }</li> }) }
            </ul>
        </section>
    }
}
