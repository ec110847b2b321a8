//! What every page shows around its calculator: the skip link, the header,
//! the page for the route and the footer. Props only, no browser: the
//! prerender (examples/prerender.rs) renders the same frame natively at
//! each page's default scenario, and the app then takes over.

#[cfg(feature = "compare-page")]
use super::compare::ComparePage;
use super::embed::embed_bar;
use super::header::Header;
#[cfg(feature = "home-page")]
use super::home::home;
use super::saved::SavedScenarios;
use super::settings::Settings;
#[cfg(feature = "budget-mix-page")]
use crate::calculators::budget_mix::view::BudgetMixPage;
#[cfg(feature = "compensation-page")]
use crate::calculators::compensation::view::CompensationPage;
#[cfg(feature = "engagement-page")]
use crate::calculators::engagement::view::EngagementPage;
#[cfg(feature = "shortlist-page")]
use crate::calculators::shortlist::view::ShortlistPage;
#[cfg(feature = "timeline-page")]
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

/// Whether this build's WebAssembly carries the page for `route` (the
/// `*-page` features in Cargo.toml). The release build gives each page a
/// WebAssembly of its own; a link to a page it does not carry opens that
/// page's document.
pub fn carries(route: &Route) -> bool {
    match route {
        Route::Home => cfg!(feature = "home-page"),
        Route::Compare => cfg!(feature = "compare-page"),
        Route::NotFound => true,
        Route::Calculator(_) => carried_calculator(route).is_some(),
    }
}

/// The calculator of `route` when this build carries its page. Code that
/// works on a page's own calculator takes it from here, so that a page's
/// build keeps no other calculator's model.
pub fn carried_calculator(route: &Route) -> Option<Calculator> {
    match route {
        #[cfg(feature = "engagement-page")]
        Route::Calculator(Calculator::Engagement) => Some(Calculator::Engagement),
        #[cfg(feature = "budget-mix-page")]
        Route::Calculator(Calculator::BudgetMix) => Some(Calculator::BudgetMix),
        #[cfg(feature = "compensation-page")]
        Route::Calculator(Calculator::Compensation) => Some(Calculator::Compensation),
        #[cfg(feature = "timeline-page")]
        Route::Calculator(Calculator::Timeline) => Some(Calculator::Timeline),
        #[cfg(feature = "shortlist-page")]
        Route::Calculator(Calculator::Shortlist) => Some(Calculator::Shortlist),
        _ => None,
    }
}

/// The page for the route with the header and footer around it.
#[function_component]
pub fn Frame(props: &FrameProps) -> Html {
    let settings = props.settings;
    let lang = settings.lang;
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
        #[cfg(feature = "home-page")]
        Route::Home => home(lang, &props.root, &carried),
        #[cfg(feature = "compare-page")]
        Route::Compare => html! {
            <ComparePage key={props.generation} query={props.query.clone()} {settings} />
        },
        Route::NotFound => html! {
            <main id="main" class="not-found">
                <h1>{ lang.text(Key::NotFoundTitle) }</h1>
                <p><a href={props.root.clone()}>{ lang.text(Key::BackHome) }</a></p>
            </main>
        },
        #[cfg(feature = "engagement-page")]
        Route::Calculator(Calculator::Engagement) => html! {
            <EngagementPage key={props.generation} query={props.query.clone()} {settings}
                on_link={props.on_link.clone()} />
        },
        #[cfg(feature = "compensation-page")]
        Route::Calculator(Calculator::Compensation) => html! {
            <CompensationPage key={props.generation} query={props.query.clone()} {settings}
                on_link={props.on_link.clone()} />
        },
        #[cfg(feature = "budget-mix-page")]
        Route::Calculator(Calculator::BudgetMix) => html! {
            <BudgetMixPage key={props.generation} query={props.query.clone()} {settings}
                on_link={props.on_link.clone()} />
        },
        #[cfg(feature = "timeline-page")]
        Route::Calculator(Calculator::Timeline) => html! {
            <TimelinePage key={props.generation} query={props.query.clone()} {settings}
                on_link={props.on_link.clone()} />
        },
        #[cfg(feature = "shortlist-page")]
        Route::Calculator(Calculator::Shortlist) => html! {
            <ShortlistPage key={props.generation} query={props.query.clone()} {settings}
                on_link={props.on_link.clone()} />
        },
        // A page this build does not carry: the app opens that page's own
        // document instead of mounting (see `carries`).
        #[allow(unreachable_patterns)]
        _ => html! {},
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
