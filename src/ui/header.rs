//! Site header: navigation, language switch, display currency and rate.

use super::field::TextField;
use super::settings::Settings;
use crate::calculators::Calculator;
use crate::currency::{Currency, DEFAULT_RATES_DATE};
use crate::i18n::{field_error, Key, Lang};
use crate::link::RATE_RANGE;
use crate::units::{parse_decimal, plain_number};
use yew::prelude::*;

/// Props of [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// Current settings.
    pub settings: Settings,
    /// The calculator on screen, if any (marked in the navigation).
    pub current: Option<Calculator>,
    /// From this page to the site's root folder (`./` or `../`).
    pub root: AttrValue,
    /// The language and currency links to other pages carry (a fragment).
    #[prop_or_default]
    pub carried: AttrValue,
    /// A language was chosen.
    pub on_lang: Callback<Lang>,
    /// A currency was chosen (its default rate applies).
    pub on_currency: Callback<Currency>,
    /// A valid rate was typed.
    pub on_rate: Callback<f64>,
}

/// The site header.
#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let settings = props.settings;
    let lang = settings.lang;
    let rate_text = use_state(|| plain_number(settings.cny_per_unit, 6));
    {
        // A new currency (or a link) brings a new rate: show it.
        let rate_text = rate_text.clone();
        use_effect_with(
            (settings.currency, settings.cny_per_unit),
            move |(_, rate)| {
                let typed = parse_decimal(&rate_text, RATE_RANGE.0, RATE_RANGE.1).ok();
                if typed != Some(*rate) {
                    rate_text.set(plain_number(*rate, 6));
                }
            },
        );
    }
    let rate_error = parse_decimal(&rate_text, RATE_RANGE.0, RATE_RANGE.1)
        .err()
        .map(|e| AttrValue::from(field_error(lang, e)));
    let on_rate_input = {
        let rate_text = rate_text.clone();
        let on_rate = props.on_rate.clone();
        Callback::from(move |text: String| {
            if let Ok(rate) = parse_decimal(&text, RATE_RANGE.0, RATE_RANGE.1) {
                on_rate.emit(rate);
            }
            rate_text.set(text);
        })
    };
    let on_currency = {
        let on_currency = props.on_currency.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            if let Some(currency) = Currency::from_code(&select.value()) {
                on_currency.emit(currency);
            }
        })
    };
    let rate_hint = lang.format(
        Key::RateDefaultHint,
        &[
            &plain_number(settings.currency.default_cny_per_unit(), 6),
            DEFAULT_RATES_DATE,
        ],
    );
    html! {
        <header class="site-header">
            <div class="bar">
                <a class="brand" href={format!("{}{}", props.root, props.carried)}>{ lang.text(Key::AppName) }</a>
                <nav aria-label={lang.text(Key::NavLabel)}>
                    { for Calculator::ALL.iter().map(|&c| html! {
                        <a href={format!("{}{}/{}", props.root, c.slug(), props.carried)}
                           aria-current={(props.current == Some(c)).then_some("page")}>
                            { lang.text(c.name()) }
                        </a>
                    }) }
                </nav>
            </div>
            <div class="settings">
                <div class="lang-switch" role="group" aria-label={lang.text(Key::LanguageLabel)}>
                    { for Lang::ALL.iter().map(|&l| {
                        let on_lang = props.on_lang.clone();
                        html! {
                            <button type="button" lang={l.html_lang()}
                                aria-pressed={(l == lang).to_string()}
                                onclick={Callback::from(move |_| on_lang.emit(l))}>
                                { l.text(Key::LanguageName) }
                            </button>
                        }
                    }) }
                </div>
                <div class="field currency">
                    <label for="currency">{ lang.text(Key::CurrencyLabel) }</label>
                    <select id="currency" onchange={on_currency}>
                        { for Currency::ALL.iter().map(|&c| html! {
                            <option value={c.code()} selected={c == settings.currency}>{ c.code() }</option>
                        }) }
                    </select>
                </div>
                if settings.currency != Currency::Cny {
                    { TextField {
                        id: "rate".into(),
                        label: lang.format(Key::RateLabel, &[settings.currency.code()]).into(),
                        value: (*rate_text).clone().into(),
                        on_input: on_rate_input,
                        error: rate_error,
                        hint: Some(rate_hint.into()),
                        unit: None,
                    }.view() }
                }
            </div>
        </header>
    }
}
