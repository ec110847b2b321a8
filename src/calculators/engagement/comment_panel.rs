//! The comment check on the page: paste comments, see the shares of
//! duplicates, template phrases and very short comments, each against its
//! flag line.

use super::comments::{
    CommentCheck, CommentFlag, DUPLICATE_SHARE_FLAG, MAX_COMMENTS, SHORT_SHARE_FLAG,
    TEMPLATE_PHRASES, TEMPLATE_SHARE_FLAG,
};
use crate::i18n::{Key, Lang};
use crate::ui::{figure, FigureRow};
use crate::units::{format_number, format_percent};
use yew::prelude::*;

/// The comment-check section: the pasted `value`, its `check` when there
/// are comments, and `on_input` for edits.
pub fn comment_panel(
    value: &str,
    check: Option<&CommentCheck>,
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
    let share = |name: &'static str, label: Key, value: f64, line: f64, flagged: bool| {
        let note = format!(
            "{} {}",
            if flagged { "⚠" } else { "✓" },
            lang.format(Key::FlagLine, &[&format_percent(line, 0)])
        );
        figure(
            name,
            t(label),
            FigureRow::number(value, format_percent(value, 0)),
            Some(&note),
        )
    };
    html! {
        <section class="comment-check" aria-labelledby="comments-title">
            <h2 id="comments-title">{ t(Key::CommentsTitle) }</h2>
            <p class="field-hint" id="comments-help">{ t(Key::CommentsHelp) }</p>
            <label for="comments">{ t(Key::CommentsLabel) }</label>
            <textarea id="comments" rows="6" aria-describedby="comments-help"
                value={value.to_string()} oninput={on_input} />
            if let Some(check) = check {
                <div class="figures">
                    { figure("comments_checked", t(Key::CommentsChecked),
                        FigureRow::number(check.total as f64, format_number(check.total as f64, 0, lang)), None) }
                    { share("duplicate_share", Key::DuplicateShare, check.duplicate_share,
                        DUPLICATE_SHARE_FLAG, check.flags.contains(&CommentFlag::Duplicates)) }
                    { share("template_share", Key::TemplateShare, check.template_share,
                        TEMPLATE_SHARE_FLAG, check.flags.contains(&CommentFlag::Templates)) }
                    { share("short_share", Key::ShortShare, check.short_share,
                        SHORT_SHARE_FLAG, check.flags.contains(&CommentFlag::Short)) }
                </div>
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
