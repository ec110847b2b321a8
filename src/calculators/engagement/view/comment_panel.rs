//! The comment check on the page: paste comments, see the shares of
//! duplicates, template phrases and very short comments, each against its
//! flag line.

use super::super::comments::{CommentCheck, CommentFlag, MAX_COMMENTS, TEMPLATE_PHRASES};
use crate::i18n::{Key, Lang};
use crate::outputs::{MoneyFormat, Output};
use crate::ui::figures;
use yew::prelude::*;

/// The comment-check section: the pasted `value`, its `check` when there
/// are comments, and `on_input` for edits.
pub fn comment_panel(
    value: &str,
    check: Option<&CommentCheck>,
    outputs: &[Output],
    on_input: Callback<String>,
    lang: Lang,
) -> Html {
    let t = |key| lang.text(key);
    let on_input = {
        let callback = on_input;
        Callback::from(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            callback.emit(area.value());
        })
    };
    html! {
        <section class="comment-check" aria-labelledby="comments-title">
            <h2 id="comments-title">{ t(Key::CommentsTitle) }</h2>
            <p class="field-hint" id="comments-help">{ t(Key::CommentsHelp) }</p>
            <label for="comments">{ t(Key::CommentsLabel) }</label>
            <textarea id="comments" rows="6" aria-describedby="comments-help"
                value={value.to_string()} oninput={on_input} />
            if let Some(check) = check {
                { figures(outputs, "comments", &MoneyFormat::yuan(lang)) }
                <div role="status" aria-live="polite">
                    <ul class="reasons">
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
                </div>
            }
            <details class="template-list">
                <summary>{ t(Key::TemplateListTitle) }</summary>
                <p lang="zh-CN">{ TEMPLATE_PHRASES.join(" · ") }</p>
            </details>
        </section>
    }
}
