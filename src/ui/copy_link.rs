//! "Copy link": puts the scenario's address on the clipboard, and shows it
//! to copy by hand where the clipboard is not allowed.

use crate::i18n::{Key, Lang};
use yew::prelude::*;

/// Props of [`CopyLink`].
#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    /// Language of the button and status.
    pub lang: Lang,
    /// What the link leaves out, when it cannot carry the whole scenario.
    #[prop_or_default]
    pub warning: Option<AttrValue>,
}

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Copied,
    CopyByHand(String),
}

/// The copy-link button with its status line.
#[function_component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    let status = use_state(|| Status::Idle);
    let on_click = {
        let status = status.clone();
        Callback::from(move |_| {
            let href = super::browser::location_href();
            let status = status.clone();
            let shown = href.clone();
            super::browser::copy_text(&href, move |copied| {
                status.set(if copied {
                    Status::Copied
                } else {
                    Status::CopyByHand(shown)
                });
            });
        })
    };
    let lang = props.lang;
    html! {
        <div class="copy-link">
            <button type="button" onclick={on_click}>{ lang.text(Key::CopyLink) }</button>
            <span class="status" role="status" aria-live="polite">
                { match &*status {
                    Status::Idle => html! {},
                    Status::Copied if props.warning.is_some() => html! { lang.text(Key::LinkCopiedPlain) },
                    Status::Copied => html! { lang.text(Key::LinkCopied) },
                    Status::CopyByHand(href) => html! {
                        <>
                            { lang.text(Key::CopyByHand) }
                            <input class="copy-by-hand" readonly=true value={href.clone()}
                                aria-label={lang.text(Key::CopyLink)} />
                        </>
                    },
                } }
            </span>
            if let Some(warning) = &props.warning {
                <p class="field-error link-warning">{ "⚠ " }{ warning.clone() }</p>
            }
        </div>
    }
}
