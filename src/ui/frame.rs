//! What every page shows around its calculator: the skip link, the header,
//! the page for the route and the footer. Props only, no browser: the
//! prerender (examples/prerender.rs) renders the same frame natively at
//! each page's default scenario, and the app then takes over.

use super::compare::ComparePage;
use super::embed::embed_bar;
use super::header::Header;
use super::home::home;
use super::saved::SavedScenarios;
use super::settings::Settings;
use crate::calculators::budget_mix::view::BudgetMixPage;
use crate::calculators::compensation::view::CompensationPage;
use crate::calculators::engagement::view::EngagementPage;
use crate::calculators::shortlist::view::ShortlistPage;
use crate::calculators::timeline::view::TimelinePage;
use crate::calculators::{Calculator, Route};
use crate::currency::Currency;
use crate::i18n::{Key, Lang};
use crate::link::SharedSettings;
use yew::prelude::*;

/// Props of [`Frame`].
#[derive(Properties, PartialEq)]
pub struct FrameProps {
    /// The page on screen.
    pub route: Route,
    /// Its scenario, as a link's query.
    pub query: AttrValue,
    /// Language and currency.
    pub settings: Settings,
    /// Embedded in another site's frame: the calculator alone.
    #[prop_or_default]
    pub embed: bool,
    /// Bumped when a link is followed, to remount the page.
    #[prop_or_default]
    pub generation: u32,
    /// From this page to the site's root folder (`./` or `../`).
    pub root: AttrValue,
    /// The language the address names, carried by links to other pages.
    #[prop_or_default]
    pub link_lang: Option<Lang>,
    /// Shows the saved scenarios (they live in the browser's storage).
    #[prop_or_default]
    pub saved: bool,
    /// The embedded frame's outer element, whose height is reported.
    #[prop_or_default]
    pub embed_root: NodeRef,
    /// The page's scenario changed: its link pairs.
    #[prop_or_default]
    pub on_link: Callback<Vec<(&'static str, String)>>,
    /// A language was chosen.
    #[prop_or_default]
    pub on_lang: Callback<Lang>,
    /// A currency was chosen.
    #[prop_or_default]
    pub on_currency: Callback<Currency>,
    /// A valid rate was typed.
    #[prop_or_default]
    pub on_rate: Callback<f64>,
}

/// The page for the route with the header and footer around it.
#[function_component]
pub fn Frame(props: &FrameProps) -> Html {
    let settings = props.settings;
    let lang = settings.lang;
    let query = props.query.clone();
    let on_link = props.on_link.clone();
    let key = props.generation;
    let carried = crate::address::carried_settings(&SharedSettings {
        lang: props.link_lang,
        currency: settings.currency,
        cny_per_unit: settings.cny_per_unit,
        embed: false,
    });
    let current = match props.route {
        Route::Calculator(c) => Some(c),
        _ => None,
    };
    let page = match props.route {
        Route::Home => home(lang, &props.root, &carried),
        Route::Compare => html! {
            <ComparePage {key} {query} {settings} />
        },
        Route::NotFound => html! {
            <main id="main" class="not-found">
                <h1>{ lang.text(Key::NotFoundTitle) }</h1>
                <p><a href={props.root.clone()}>{ lang.text(Key::BackHome) }</a></p>
            </main>
        },
        Route::Calculator(Calculator::Engagement) => html! {
            <EngagementPage {key} {query} {settings} {on_link} />
        },
        Route::Calculator(Calculator::Compensation) => html! {
            <CompensationPage {key} {query} {settings} {on_link} />
        },
        Route::Calculator(Calculator::BudgetMix) => html! {
            <BudgetMixPage {key} {query} {settings} {on_link} />
        },
        Route::Calculator(Calculator::Timeline) => html! {
            <TimelinePage {key} {query} {settings} {on_link} />
        },
        Route::Calculator(Calculator::Shortlist) => html! {
            <ShortlistPage {key} {query} {settings} {on_link} />
        },
    };
    let saved = match current {
        Some(calculator) if props.saved => html! { <SavedScenarios {calculator} {lang} /> },
        _ => html! {},
    };
    let footer = html! {
        <footer class="site-footer"><p>{ lang.text(Key::PrivacyLine) }</p></footer>
    };
    if props.embed {
        return html! {
            <div class="embedded" ref={props.embed_root.clone()}>
                { embed_bar(lang) }
                { page }
                { saved }
                { footer }
            </div>
        };
    }
    // `#main` would be read as a scenario, so the skip link moves focus itself.
    let on_skip = Callback::from(|event: MouseEvent| {
        event.prevent_default();
        super::browser::focus_by_id("main");
    });
    html! {
        <>
            <a class="skip-link" href="#main" onclick={on_skip}>{ lang.text(Key::SkipToContent) }</a>
            <Header {settings} {current} root={props.root.clone()} carried={carried}
                on_lang={props.on_lang.clone()} on_currency={props.on_currency.clone()}
                on_rate={props.on_rate.clone()} />
            { page }
            { saved }
            { footer }
        </>
    }
}
