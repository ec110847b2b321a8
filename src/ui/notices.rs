//! The quiet notice listing what a link carried that could not be used.

use crate::i18n::{link_notice, Key, Lang};
use crate::link::LinkNotice;
use yew::prelude::*;

/// Props of [`LinkNotices`].
#[derive(Properties, PartialEq)]
pub struct LinkNoticesProps {
    /// What was ignored.
    pub notices: Vec<LinkNotice>,
    /// Language.
    pub lang: Lang,
}

/// Lists link notices; closes on request.
#[function_component]
pub fn LinkNotices(props: &LinkNoticesProps) -> Html {
    let open = use_state(|| true);
    if props.notices.is_empty() || !*open {
        return html! {};
    }
    let close = {
        let open = open.clone();
        Callback::from(move |_| open.set(false))
    };
    html! {
        <aside class="notice" role="status" aria-live="polite" data-notices={props.notices.len().to_string()}>
            <p>{ props.lang.text(Key::LinkNoticeIntro) }</p>
            <ul>
                { for props.notices.iter().map(|n| html! { <li>{ link_notice(props.lang, n) }</li> }) }
            </ul>
            <button type="button" class="secondary" onclick={close}>{ props.lang.text(Key::Dismiss) }</button>
        </aside>
    }
}
