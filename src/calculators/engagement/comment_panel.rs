//! The comment check on the page: paste comments, see the shares of
//! duplicates, template phrases and very short comments, each against its
//! flag line.

use super::comments::{
    CommentCheck, CommentFlag, DUPLICATE_SHARE_FLAG, MAX_COMMENTS, SHORT_SHARE_FLAG,
    TEMPLATE_PHRASES, TEMPLATE_SHARE_FLAG,
};
use crate::i18n::{Key, Lang};
use crate::ui::{Figure, FigureRow};
use crate::units::{format_number, format_percent};
use yew::prelude::*;

/// Props of [`CommentPanel`].
#[derive(Properties, PartialEq)]
pub struct CommentPanelProps {
    /// The pasted comments.
    pub value: String,
    /// The text changed.
    pub on_input: Callback<String>,
    /// The check, when there are comments.
    pub check: Option<CommentCheck>,
    /// Language.
    pub lang: Lang,
}

/// The comment-check section.
#[function_component]
pub fn CommentPanel(props: &CommentPanelProps) -> Html {
    let lang = props.lang;
    let t = |key| lang.text(key);
    let on_input = {
        let callback = props.on_input.clone();
        Callback::from(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            callback.emit(area.value());
        })
    };
    let share = |name: &'static str, label: Key, value: f64, line: f64, flagged: bool| {
        let note = format!(
            "{} {}",
            if flagged { "⚠" } else { "✓" },
            lang.format(Key::FlagLine, &[&format_percent(line, 0)])
        );
        html! {
            <Figure name={name} label={t(label)}
                row={FigureRow::number(value, format_percent(value, 0))}
                note={AttrValue::from(note)} />
        }
    };
    html! {
        <section class="comment-check" aria-labelledby="comments-title">
            <h2 id="comments-title">{ t(Key::CommentsTitle) }</h2>
            <p class="field-hint" id="comments-help">{ t(Key::CommentsHelp) }</p>
            <label for="comments">{ t(Key::CommentsLabel) }</label>
            <textarea id="comments" rows="6" aria-describedby="comments-help"
                value={props.value.clone()} oninput={on_input} />
            if let Some(check) = &props.check {
                <div class="figures">
                    <Figure name="comments_checked" label={t(Key::CommentsChecked)}
                        row={FigureRow::number(check.total as f64, format_number(check.total as f64, 0, lang))} />
                    { share("duplicate_share", Key::DuplicateShare, check.duplicate_share,
                        DUPLICATE_SHARE_FLAG, check.flags.contains(&CommentFlag::Duplicates)) }
                    { share("template_share", Key::TemplateShare, check.template_share,
                        TEMPLATE_SHARE_FLAG, check.flags.contains(&CommentFlag::Templates)) }
                    { share("short_share", Key::ShortShare, check.short_share,
                        SHORT_SHARE_FLAG, check.flags.contains(&CommentFlag::Short)) }
                </div>
                <ul class="reasons" role="status" aria-live="polite">
                    if check.flags.is_empty() {
                        <li>{ t(Key::CommentsNoFlags) }</li>
                    }
                    { for check.flags.iter().map(|flag| html! {
                        <li class="warning">{ t(match flag {
                            CommentFlag::Duplicates => Key::CommentsFlagDuplicates,
                            CommentFlag::Templates => Key::CommentsFlagTemplates,
                            CommentFlag::Short => Key::CommentsFlagShort,
                        }) }</li>
                    }) }
                    if check.left_out > 0 {
                        <li>{ lang.format(Key::CommentsLeftOut, &[&check.left_out.to_string(), &MAX_COMMENTS.to_string()]) }</li>
                    }
                </ul>
            }
            <details class="template-list">
                <summary>{ t(Key::TemplateListTitle) }</summary>
                <p lang="zh-CN">{ TEMPLATE_PHRASES.join(" · ") }</p>
            </details>
        </section>
    }
}
