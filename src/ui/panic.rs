//! If the impossible happens: a panic is logged to the console and the page
//! is replaced by a short message with a link that reopens the same
//! scenario (the address still holds it), instead of freezing.

use super::browser;
use crate::i18n::{Key, Lang};

/// Installs the panic hook; call once, before the app starts.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("kolcalc stopped: {info}").into());
        show_message();
    }));
}

fn show_message() {
    // The address may still be waiting for its frame: write it first, so
    // the reload link carries the last edit.
    browser::flush_pending_hash();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lang = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    let Some(body) = document.body() else {
        return;
    };
    let element = |tag: &str, text: &str| {
        let element = document.create_element(tag).ok()?;
        // Text only: nothing from the page is ever read as HTML.
        element.set_text_content(Some(text));
        Some(element)
    };
    let (Some(panel), Some(title), Some(body_text), Some(reload)) = (
        document.create_element("main").ok(),
        element("h1", lang.text(Key::PanicTitle)),
        element("p", lang.text(Key::PanicBody)),
        element("a", lang.text(Key::PanicReload)),
    ) else {
        return;
    };
    let _ = reload.set_attribute("href", &browser::location_href());
    let _ = panel.set_attribute("class", "panic");
    let _ = panel.set_attribute("role", "alert");
    for child in [&title, &body_text, &reload] {
        let _ = panel.append_child(child);
    }
    body.set_text_content(None);
    let _ = body.append_child(&panel);
}
