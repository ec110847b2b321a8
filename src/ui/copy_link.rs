//! "Copy link": puts the scenario's address on the clipboard, and shows it
//! to copy by hand where the clipboard is not allowed. "Embed" shows the
//! snippet a resource hub pastes to embed the calculator with this scenario.

use super::browser::today;
use crate::calculators::Route;
use crate::i18n::{Key, Lang};
use crate::link::{split_hash, with_lang, LinkReader, SharedSettings};
use crate::outputs::MoneyFormat;
use yew::prelude::*;

/// Props of [`CopyLink`].
#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    /// Language of the button and status.
    pub lang: Lang,
    /// What the link leaves out, when it cannot carry the whole scenario.
    #[prop_or_default]
    pub warning: Option<AttrValue>,
    /// Whether to offer the calculator's CSV and table (a page of one
    /// scenario); the comparison has none to offer.
    #[prop_or(true)]
    pub exports: bool,
}

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Copied,
    CopyByHand(String),
    TableCopied,
    TableByHand(String),
}

/// The scenario in the address as rows of the export, in `lang` and the
/// currency the address names; `None` off a calculator's page.
fn export_rows(lang: Lang) -> Option<(&'static str, Vec<crate::export::Row>)> {
    let hash = super::browser::location_hash();
    let (route, query) = split_hash(&hash);
    let calculator = super::frame::carried_calculator(&Route::from_path(route))?;
    // The address holds the scenario and its currency.
    let shared = SharedSettings::read(&mut LinkReader::new(query));
    let money = MoneyFormat {
        lang,
        currency: shared.currency,
        cny_per_unit: shared.cny_per_unit,
    };
    let outputs = calculator.outputs(query, &money, today());
    Some((
        calculator.slug(),
        crate::export::rows(calculator, query, &outputs, &money),
    ))
}

/// The copy-link and embed buttons with their status line.
#[function_component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    let status = use_state(|| Status::Idle);
    // The snippet, made from the address when the panel opens.
    let snippet = use_state(|| None::<String>);
    let snippet_copied = use_state(|| false);
    let link_lang = use_state(|| None::<Lang>);
    let on_embed = {
        let link_lang = link_lang.clone();
        let snippet = snippet.clone();
        let snippet_copied = snippet_copied.clone();
        Callback::from(move |_| {
            snippet_copied.set(false);
            snippet.set(match *snippet {
                Some(_) => None,
                None => Some(crate::embed::snippet(
                    &with_lang(&super::browser::location_href(), *link_lang),
                    &super::browser::document_title(),
                )),
            });
        })
    };
    let on_csv = {
        let lang = props.lang;
        Callback::from(move |_| {
            let Some((slug, rows)) = export_rows(lang) else {
                return;
            };
            super::browser::download_text(
                &crate::export::csv(&rows, lang),
                "text/csv;charset=utf-8",
                &format!("kolcalc-{slug}.csv"),
            );
        })
    };
    let on_table = {
        let lang = props.lang;
        let status = status.clone();
        Callback::from(move |_| {
            let Some((_, rows)) = export_rows(lang) else {
                return;
            };
            let text = crate::export::tsv(&rows, lang, super::browser::decimal_separator());
            let status = status.clone();
            let shown = text.clone();
            super::browser::copy_text(&text, move |copied| {
                status.set(if copied {
                    Status::TableCopied
                } else {
                    Status::TableByHand(shown)
                });
            });
        })
    };
    let on_link_lang = {
        let link_lang = link_lang.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            link_lang.set(Lang::from_code(&select.value()));
        })
    };
    let on_print = Callback::from(|_| super::browser::print());
    let on_copy_snippet = {
        let snippet = snippet.clone();
        let snippet_copied = snippet_copied.clone();
        Callback::from(move |_| {
            if let Some(text) = &*snippet {
                let snippet_copied = snippet_copied.clone();
                super::browser::copy_text(text, move |copied| snippet_copied.set(copied));
            }
        })
    };
    let on_click = {
        let status = status.clone();
        let link_lang = link_lang.clone();
        Callback::from(move |_| {
            // The language the sender picked, or none: the link then opens
            // in the receiver's language.
            let href = with_lang(&super::browser::location_href(), *link_lang);
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
            <button type="button" id="copy-link-button" onclick={on_click}>{ lang.text(Key::CopyLink) }</button>
            <button type="button" class="secondary" id="embed-button" aria-expanded={snippet.is_some().to_string()}
                aria-controls="embed-panel" onclick={on_embed}>{ lang.text(Key::EmbedButton) }</button>
            <span class="link-lang">
                <label for="link-lang">{ lang.text(Key::LinkLangLabel) }</label>
                <select id="link-lang" onchange={on_link_lang}>
                    <option value="" selected={link_lang.is_none()}>{ lang.text(Key::LinkLangReader) }</option>
                    <option value="en" selected={*link_lang == Some(Lang::En)}>{ lang.text(Key::LinkLangEn) }</option>
                    <option value="zh" selected={*link_lang == Some(Lang::Zh)}>{ lang.text(Key::LinkLangZh) }</option>
                </select>
            </span>
            if props.exports {
                <button type="button" class="secondary" id="csv-button" onclick={on_csv}>{ lang.text(Key::DownloadCsv) }</button>
                <button type="button" class="secondary" id="table-button" onclick={on_table}>{ lang.text(Key::CopyTable) }</button>
            }
            <button type="button" class="secondary" id="print-button" onclick={on_print}>{ lang.text(Key::PrintButton) }</button>
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
                    Status::TableCopied => html! { lang.text(Key::TableCopied) },
                    Status::TableByHand(text) => html! {
                        <>
                            { lang.text(Key::TableByHand) }
                            <textarea class="copy-by-hand" readonly=true rows="4" value={text.clone()}
                                aria-label={lang.text(Key::CopyTable)} />
                        </>
                    },
                } }
            </span>
            if let Some(warning) = &props.warning {
                <p class="field-error link-warning">{ "⚠ " }{ warning.clone() }</p>
            }
            if let Some(text) = &*snippet {
                <div class="embed-panel" id="embed-panel">
                    <label for="embed-snippet">{ lang.text(Key::EmbedSnippetLabel) }</label>
                    <textarea id="embed-snippet" readonly=true rows="4" spellcheck="false" value={text.clone()} />
                    <p class="field-hint">{ lang.text(Key::EmbedHint) }</p>
                    <button type="button" class="secondary" onclick={on_copy_snippet}>{ lang.text(Key::CopySnippet) }</button>
                    <span role="status" aria-live="polite">
                        if *snippet_copied { { lang.text(Key::SnippetCopied) } }
                    </span>
                </div>
            }
        </div>
    }
}
