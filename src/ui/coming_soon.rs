//! A calculator that is not built yet says so: its name and one honest line.

use crate::calculators::Calculator;
use crate::i18n::{Key, Lang};
use yew::prelude::*;

/// The page of a calculator still being built.
pub fn coming_soon(calculator: Calculator, lang: Lang) -> Html {
    html! {
        <main id="main" class="coming-soon">
            <h1>{ lang.text(calculator.name()) }</h1>
            <p>{ lang.text(Key::BeingBuilt) }</p>
            <p><a href="#/">{ lang.text(Key::BackHome) }</a></p>
        </main>
    }
}
