//! The app shell: reads the route and shared settings from the location
//! hash, renders the header and the page, and writes each page's scenario
//! back into the address (history replace, so typing adds no history).

use super::browser;
use super::embed::use_height_reporter;
use super::frame::Frame;
use super::settings::Settings;
use crate::calculators::Route;
use crate::currency::Currency;
use crate::i18n::{Key, Lang};
use crate::link::{build_query, split_hash, LinkReader, SharedSettings};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Where the chosen language is remembered, when storage is available.
const LANG_STORAGE_KEY: &str = "kolcalc.lang";

/// The pairs a page last wrote, so a settings change can rewrite the address.
type PagePairs = Rc<RefCell<Vec<(&'static str, String)>>>;

/// What a link names: its shared settings, and whether it names a
/// currency at all (a header link names nothing).
fn read_link(hash: &str) -> (SharedSettings, bool) {
    let (_, query) = split_hash(hash);
    let mut reader = LinkReader::new(query);
    let names_currency = reader.has("cur");
    (SharedSettings::read(&mut reader), names_currency)
}

/// The settings a link opens with; `lang` when it names no language.
fn settings_from(shared: &SharedSettings, lang: impl FnOnce() -> Lang) -> Settings {
    Settings {
        lang: shared.lang.unwrap_or_else(lang),
        currency: shared.currency,
        cny_per_unit: shared.cny_per_unit,
    }
}

/// Settings after following a link in this tab (what the link names wins,
/// anything it leaves out stays as it was), and whether it asks to embed.
fn settings_after_navigation(hash: &str, current: Settings) -> (Settings, bool) {
    let (shared, names_currency) = read_link(hash);
    let linked = settings_from(&shared, || current.lang);
    let settings = if names_currency {
        linked
    } else {
        Settings {
            currency: current.currency,
            cny_per_unit: current.cny_per_unit,
            ..linked
        }
    };
    (settings, shared.embed)
}

fn first_visit_lang() -> Lang {
    browser::stored(LANG_STORAGE_KEY)
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_else(|| {
            let preferred = browser::preferred_languages();
            Lang::from_preferences(preferred.iter().map(String::as_str))
        })
}

/// Writes the scenario into the address. It names a language only when the
/// link opened with one (`link_lang`): a link copied from it then opens in
/// the receiver's language unless the sender chose one.
fn write_address(
    route: &Route,
    settings: &Settings,
    link_lang: Option<Lang>,
    embed: bool,
    pairs: &[(&'static str, String)],
) {
    if let Route::Calculator(_) = route {
        let shared = SharedSettings {
            lang: link_lang,
            currency: settings.currency,
            cny_per_unit: settings.cny_per_unit,
            embed,
        };
        let mut all = shared.pairs();
        all.extend(pairs.iter().cloned());
        browser::replace_hash_soon(format!("#{}?{}", route.path(), build_query(&all)));
    }
}

/// The whole app.
#[function_component]
pub fn App() -> Html {
    let hash = use_state(browser::location_hash);
    let generation = use_state(|| 0u32);
    let opened = {
        let hash = (*hash).clone();
        use_memo((), move |_| read_link(&hash).0)
    };
    let settings = use_state(|| settings_from(&opened, first_visit_lang));
    // The language the opened link names; the address keeps it until the
    // user picks another language.
    let link_lang = use_state(|| opened.lang);
    let latest_link_lang = use_mut_ref(|| *link_lang);
    *latest_link_lang.borrow_mut() = *link_lang;
    // An embedded frame stays embedded when a link inside it (a preset)
    // leaves the key out: it has no header to come back with.
    let embed = use_state(|| opened.embed);
    let root = use_node_ref();
    use_height_reporter(root.clone(), *embed);
    let page_pairs: PagePairs = use_mut_ref(Vec::new);
    // The settings as of this render, for listeners set up once.
    let latest_settings = use_mut_ref(|| *settings);
    *latest_settings.borrow_mut() = *settings;
    let (path, query) = split_hash(&hash);
    let route = Route::from_path(path);

    // Once the first render is in the document, the page takes over from
    // the prerendered one (src/start.js).
    use_effect_with((), |_| browser::announce_mounted());

    {
        // A link opened in this tab (typed, pasted or clicked) remounts the page.
        let hash = hash.clone();
        let generation = generation.clone();
        let settings = settings.clone();
        let embed = embed.clone();
        let page_pairs = page_pairs.clone();
        let link_lang = link_lang.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "hashchange", move |_| {
                    browser::cancel_pending_hash();
                    if browser::open_elsewhere(&browser::location_hash()) {
                        return;
                    }
                    // A published link followed here moves to its page's address.
                    browser::settle_address();
                    // The previous page's scenario must not leak into the next.
                    page_pairs.borrow_mut().clear();
                    let new_hash = browser::location_hash();
                    let current = *latest_settings.borrow();
                    let (next, embedded) = settings_after_navigation(&new_hash, current);
                    // A link naming no language (a header link) keeps the one
                    // the address named, as the page keeps its language.
                    let named = read_link(&new_hash).0.lang;
                    link_lang.set(named.or(*latest_link_lang.borrow()));
                    settings.set(next);
                    if embedded {
                        embed.set(true);
                    }
                    hash.set(new_hash);
                    generation.set(*generation + 1);
                })
            });
            move || drop(listener)
        });
    }

    {
        let route = route.clone();
        let page_pairs = page_pairs.clone();
        use_effect_with(
            (*settings, *link_lang, *embed, route.clone()),
            move |(settings, link_lang, embed, _)| {
                let title = match &route {
                    Route::Calculator(c) => {
                        format!("{} · {}", settings.t(c.name()), settings.t(Key::AppName))
                    }
                    Route::Compare => format!(
                        "{} · {}",
                        settings.t(Key::CompareTitle),
                        settings.t(Key::AppName)
                    ),
                    Route::Home | Route::NotFound => settings.t(Key::AppTitle).to_string(),
                };
                browser::set_document_language_and_title(settings.lang.html_lang(), &title);
                write_address(&route, settings, *link_lang, *embed, &page_pairs.borrow());
            },
        );
    }

    let on_link = {
        let route = route.clone();
        let settings = *settings;
        let link_lang = *link_lang;
        let embed = *embed;
        let page_pairs = page_pairs.clone();
        Callback::from(move |pairs: Vec<(&'static str, String)>| {
            write_address(&route, &settings, link_lang, embed, &pairs);
            *page_pairs.borrow_mut() = pairs;
        })
    };
    let on_lang = {
        let settings = settings.clone();
        let link_lang = link_lang.clone();
        Callback::from(move |lang: Lang| {
            browser::store(LANG_STORAGE_KEY, lang.code());
            // The reader's own choice, remembered here: the link names none.
            link_lang.set(None);
            settings.set(Settings { lang, ..*settings });
        })
    };
    let on_currency = {
        let settings = settings.clone();
        Callback::from(move |currency: Currency| {
            settings.set(Settings {
                currency,
                cny_per_unit: currency.default_cny_per_unit(),
                ..*settings
            });
        })
    };
    let on_rate = {
        let settings = settings.clone();
        Callback::from(move |cny_per_unit: f64| {
            settings.set(Settings {
                cny_per_unit,
                ..*settings
            });
        })
    };

    html! {
        <Frame route={route.clone()} query={AttrValue::from(query.to_string())}
            settings={*settings} link_lang={*link_lang} embed={*embed} generation={*generation}
            root={AttrValue::Static(browser::root_prefix())} saved=true embed_root={root}
            {on_link} {on_lang} {on_currency} {on_rate} />
    }
}
