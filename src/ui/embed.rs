//! The embedded page (`embed=1`): the calculator alone with a link to the
//! full one, and its height posted to the host page whenever it changes,
//! so the host script can fit the iframe. The message carries the height
//! and nothing else (see `crate::embed::HEIGHT_MESSAGE`).

use crate::embed::{with_embed, HEIGHT_MESSAGE};
use crate::i18n::{Key, Lang};
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// Posts `height` to the page that frames this one, if any.
fn post_height(height: f64) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if js_sys::Object::is(&parent, &window) {
        return;
    }
    let message = js_sys::Object::new();
    let set = |key: &str, value: JsValue| js_sys::Reflect::set(&message, &key.into(), &value);
    if set("type", HEIGHT_MESSAGE.into()).is_ok() && set("height", height.into()).is_ok() {
        // The host's origin is unknown here, and the message holds no data
        // of the user's, so any host may read it.
        let _ = parent.post_message(&message, "*");
    }
}

/// Watches `root` and posts its height each time it changes.
#[hook]
pub fn use_height_reporter(root: NodeRef, enabled: bool) {
    use_effect_with(enabled, move |&enabled| {
        let observer = enabled
            .then(|| root.cast::<web_sys::Element>())
            .flatten()
            .and_then(|element| {
                let last = std::cell::Cell::new(0.0);
                let watched = element.clone();
                super::browser::observe_resize(&element, move || {
                    let height = watched.get_bounding_client_rect().height().ceil();
                    if height > 0.0 && height != last.get() {
                        last.set(height);
                        post_height(height);
                    }
                })
            });
        move || {
            if let Some((observer, _on_resize)) = observer {
                observer.disconnect();
            }
        }
    });
}

/// The bar above an embedded calculator: a link to the full calculator
/// with the same scenario, in a new tab.
pub fn embed_bar(lang: Lang) -> Html {
    let href = with_embed(&super::browser::location_href(), false);
    html! {
        <div class="embed-bar">
            <a href={href} target="_blank" rel="noopener">{ lang.text(Key::OpenFullCalculator) }{ " ↗" }</a>
        </div>
    }
}
