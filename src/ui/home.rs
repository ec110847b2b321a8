//! The home page: the calculators, one line each.

use crate::calculators::Calculator;
use crate::i18n::{Key, Lang};
use yew::prelude::*;

/// Lists the calculators, each linked at its own page below `root`, the
/// links carrying the `carried` settings fragment.
pub fn home(lang: Lang, root: &str, carried: &str) -> Html {
    html! {
        <main id="main" class="home">
            <h1>{ lang.text(Key::HomeTitle) }</h1>
            <p class="lead">{ lang.text(Key::HomeLead) }</p>
            <ul class="calculator-list">
                { for Calculator::ALL.iter().map(|&c| html! {
                    <li>
                        <a href={format!("{root}{}/{carried}", c.slug())}>{ lang.text(c.name()) }</a>
                        <p>{ lang.text(c.summary()) }</p>
                    </li>
                }) }
            </ul>
        </main>
    }
}
