//! The few things the app asks of the browser, each failing softly: no
//! window, blocked storage or a missing clipboard never panics.

use crate::address;
use crate::dates::Date;
use std::cell::RefCell;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The address in the single-page form every part of the app reads,
/// `#/engagement?f=…` (see [`crate::address`]), however the address bar
/// holds it; an address still waiting for the next paint is written first.
pub fn location_hash() -> String {
    flush_pending_hash();
    let Some(location) = window().map(|w| w.location()) else {
        return String::new();
    };
    let pathname = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    address::legacy_hash(&pathname, &hash)
}

/// Tells the page the app's first render is in the document: src/start.js
/// then carries over what was typed into the prerendered page, removes it
/// and marks the page ready (`<html data-ready>`).
pub fn announce_mounted() {
    if let (Some(window), Ok(event)) = (window(), web_sys::Event::new("kolcalc:mounted")) {
        let _ = window.dispatch_event(&event);
    }
}

/// The element with `id`, if the page has one.
pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    window()?.document()?.get_element_by_id(id)
}

/// The path of the page in the address bar.
fn location_pathname() -> String {
    window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// The prefix that leads from this page to the site's root folder.
pub fn root_prefix() -> &'static str {
    address::root_prefix(&location_pathname())
}

/// Writes the page and scenario of `hash` (single-page form) into the
/// address bar as its page's path and fragment, without a new history entry.
pub fn replace_hash(hash: &str) {
    let Some(url) = address::canonical_address(&location_pathname(), hash) else {
        return;
    };
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

thread_local! {
    /// Set when the app itself opens another page's document.
    static OPENING_ANOTHER_PAGE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// When the page `hash` (single-page form) names is one this build does not
/// carry, opens that page's own document in place of the link's history
/// entry and returns true. The address before the link stays in the
/// history, so Back returns to the scenario as it was.
pub fn open_elsewhere(hash: &str) -> bool {
    let (path, _) = crate::link::split_hash(hash);
    if super::frame::carries(&crate::calculators::Route::from_path(path)) {
        return false;
    }
    let Some(url) = address::canonical_address(&location_pathname(), hash) else {
        return false;
    };
    OPENING_ANOTHER_PAGE.with(|opening| opening.set(true));
    window().is_some_and(|w| w.location().replace(&url).is_ok())
}

/// Whether this document is being left for another page the app opened
/// (a link inside the page, as `#/compare?…`): nothing typed is lost, as
/// Back returns to it, so there is nothing to warn about.
pub fn opening_another_page() -> bool {
    OPENING_ANOTHER_PAGE.with(std::cell::Cell::get)
}

/// Moves a published link (`…/#/engagement?f=1`) to its page's address
/// (`…/engagement/#f=1`) at once, so relative links resolve from there.
pub fn settle_address() {
    let hash = location_hash();
    if hash.starts_with("#/")
        && window().is_some_and(|w| w.location().hash().unwrap_or_default() == hash)
    {
        replace_hash(&hash);
    }
}

thread_local! {
    /// The address waiting for the next frame, if any.
    static PENDING_HASH: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Writes `hash` into the address bar just after the next paint. Replacing
/// the address costs 1.5 to 3 ms in Chromium, more than computing the
/// results: written before the paint it would delay every keystroke's
/// frame, and several edits within one frame write the address once.
pub fn replace_hash_soon(hash: String) {
    let already_scheduled =
        PENDING_HASH.with(|pending| pending.borrow_mut().replace(hash).is_some());
    if already_scheduled {
        return;
    }
    // A task queued by a frame callback runs once that frame is painted.
    let after_paint = Closure::once_into_js(|| {
        let flush = Closure::once_into_js(flush_pending_hash);
        let queued = window().is_some_and(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(flush.unchecked_ref(), 0)
                .is_ok()
        });
        if !queued {
            flush_pending_hash();
        }
    });
    let scheduled = window().is_some_and(|w| {
        w.request_animation_frame(after_paint.unchecked_ref())
            .is_ok()
    });
    if !scheduled {
        flush_pending_hash();
    }
}

/// Writes a pending address now (before the address is read or shared).
pub fn flush_pending_hash() {
    if let Some(hash) = PENDING_HASH.with(|pending| pending.try_borrow_mut().ok()?.take()) {
        replace_hash(&hash);
    }
}

/// Drops a pending address: the user has navigated to another link.
pub fn cancel_pending_hash() {
    PENDING_HASH.with(|pending| pending.try_borrow_mut().ok()?.take());
}

/// The full address of the page, including an address still pending.
pub fn location_href() -> String {
    flush_pending_hash();
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Local storage, when the browser allows it (a sandboxed frame does not).
fn storage() -> Option<web_sys::Storage> {
    window().and_then(|w| w.local_storage().ok().flatten())
}

/// Why storage refused a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageRefusal {
    /// This site's share of the browser's storage is full.
    Full,
    /// No storage here: blocked (a private window, a sandboxed frame) or
    /// missing.
    Unavailable,
}

/// Stores a value, or says why it could not be stored.
pub fn store_or_why(key: &str, value: &str) -> Result<(), StorageRefusal> {
    let storage = storage().ok_or(StorageRefusal::Unavailable)?;
    storage.set_item(key, value).map_err(|error| {
        let name = js_sys::Reflect::get(&error, &"name".into())
            .ok()
            .and_then(|n| n.as_string());
        // Firefox before 2020 names it differently.
        match name.as_deref() {
            Some("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED") => StorageRefusal::Full,
            _ => StorageRefusal::Unavailable,
        }
    })
}

/// Whether storage can be written and read back here, or why not: a full
/// store is not a blocked one (space can be freed while the page is open).
pub fn storage_state() -> Result<(), StorageRefusal> {
    const PROBE: &str = "kolcalc.probe";
    let state = store_or_why(PROBE, "1").and_then(|()| match stored(PROBE).as_deref() {
        Some("1") => Ok(()),
        _ => Err(StorageRefusal::Unavailable),
    });
    if let Some(storage) = storage() {
        let _ = storage.remove_item(PROBE);
    }
    state
}

/// A stored value, or `None` where storage is missing or blocked.
pub fn stored(key: &str) -> Option<String> {
    storage().and_then(|s| s.get_item(key).ok().flatten())
}

/// Stores a value; `false` where storage is missing, blocked or full.
pub fn store(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

fn document() -> Option<web_sys::Document> {
    window().and_then(|w| w.document())
}

/// Sets the page's `lang` attribute and title.
pub fn set_document_language_and_title(lang: &str, title: &str) {
    if let Some(document) = document() {
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang);
        }
        document.set_title(title);
    }
}

/// Calls `on_resize` after the next layout (the observer's first notice)
/// and whenever `element` changes size; keep the returned pair alive, and
/// disconnect the observer when done.
pub fn observe_resize(
    element: &web_sys::Element,
    on_resize: impl FnMut() + 'static,
) -> Option<(
    web_sys::ResizeObserver,
    wasm_bindgen::closure::Closure<dyn FnMut()>,
)> {
    let on_resize = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(on_resize);
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    Some((observer, on_resize))
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

/// The page's title.
pub fn document_title() -> String {
    document().map(|d| d.title()).unwrap_or_default()
}

/// Moves keyboard focus to the element with `id` (made focusable).
pub fn focus_by_id(id: &str) {
    if let Some(element) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.set_attribute("tabindex", "-1");
        let _ = element.focus();
    }
}

/// Device pixels per CSS pixel (1 where unknown).
pub fn device_pixel_ratio() -> f64 {
    window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(1.0)
}

/// Today in the browser's time zone; off the browser (server rendering in
/// tests) a fixed day, so pages render the same every time.
pub fn today() -> Date {
    let (y, m, d) = if cfg!(target_arch = "wasm32") {
        let now = js_sys::Date::new_0();
        (
            now.get_full_year() as i32,
            now.get_month() + 1,
            now.get_date(),
        )
    } else {
        (2026, 11, 25)
    };
    Date::from_ymd(y, m, d).unwrap_or(Date::from_days(0))
}

/// The page clock in ms, for measurements; 0 off the browser (server
/// rendering in tests), where the browser's clock cannot be called.
pub fn now_ms() -> f64 {
    if !cfg!(target_arch = "wasm32") {
        return 0.0;
    }
    window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Offers `url` (a data or object URL) as a download named `file_name`.
pub fn download_url(url: &str, file_name: &str) -> bool {
    let Some(document) = document() else {
        return false;
    };
    let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    anchor.set_href(url);
    anchor.set_download(file_name);
    anchor.click();
    true
}

/// Offers `text` as a download of type `mime`.
pub fn download_text(text: &str, mime: &str, file_name: &str) -> bool {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let offered = download_url(&url, file_name);
    let _ = web_sys::Url::revoke_object_url(&url);
    offered
}

/// Copies `text` to the clipboard; calls `done` with whether it worked.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = window().map(|w| w.navigator().clipboard()) else {
        done(false);
        return;
    };
    let promise = clipboard.write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// The decimal separator of the reader's locale (the browser's first
/// preferred language), so numbers pasted into their spreadsheet read as
/// numbers: `,` in German or French, `.` in English or Chinese.
pub fn decimal_separator() -> char {
    let locale = preferred_languages().into_iter().next().unwrap_or_default();
    if locale.is_empty() {
        return '.';
    }
    let written = js_sys::Number::from(1.5).to_locale_string(&locale);
    if String::from(written).contains(',') {
        ','
    } else {
        '.'
    }
}
