//! A calculator that is not built yet says so: its name and one honest line.

use crate::calculators::Calculator;
use crate::i18n::{Key, Lang};
use yew::prelude::*;

/// Props of [`ComingSoon`].
#[derive(Properties, PartialEq)]
pub struct ComingSoonProps {
    /// The calculator.
    pub calculator: Calculator,
    /// Language.
    pub lang: Lang,
}

/// The page of a calculator still being built.
#[function_component]
pub fn ComingSoon(props: &ComingSoonProps) -> Html {
    let lang = props.lang;
    html! {
        <main id="main" class="coming-soon">
            <h1>{ lang.text(props.calculator.name()) }</h1>
            <p>{ lang.text(Key::BeingBuilt) }</p>
            <p><a href="#/">{ lang.text(Key::BackHome) }</a></p>
        </main>
    }
}
