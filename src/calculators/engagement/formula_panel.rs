//! The formula panel: every metric's formula in words and where each default
//! comes from.

use crate::i18n::{Key, Lang};
use yew::prelude::*;

const FORMULAS: [(&str, Key); 12] = [
    ("ratio_mean · ratio_median", Key::FormulaRatio),
    ("share_above_benchmark", Key::FormulaShareAbove),
    ("er_followers", Key::FormulaErFollowers),
    ("er_views", Key::FormulaErViews),
    ("save_share", Key::FormulaSaveShare),
    ("comment_share", Key::FormulaCommentShare),
    ("stability_cv", Key::FormulaCv),
    ("viral_rate", Key::FormulaViral),
    (
        "authentic_followers · authentic_ratio_mean",
        Key::FormulaAuthentic,
    ),
    ("tier", Key::FormulaTier),
    ("verdict", Key::FormulaVerdict),
    (
        "duplicate_share · template_share · short_share",
        Key::FormulaComments,
    ),
];

const SOURCES: [Key; 6] = [
    Key::SourceBenchmark,
    Key::SourcePractitionerLines,
    Key::SourceFake,
    Key::SourceTiers,
    Key::SourceThresholds,
    Key::SourceCommentLines,
];

/// Formulas and sources.
pub fn formula_panel(lang: Lang) -> Html {
    let t = |key| lang.text(key);
    html! {
        <section class="formulas" aria-labelledby="formulas-title">
            <h2 id="formulas-title">{ t(Key::FormulasTitle) }</h2>
            <dl>
                { for FORMULAS.iter().map(|(names, key)| html! {
                    <>
                        <dt><code>{ *names }</code></dt>
                        <dd>{ t(*key) }</dd>
                    </>
                }) }
            </dl>
            <h3>{ t(Key::SourcesTitle) }</h3>
            <ul>
                { for SOURCES.iter().map(|key| html! { <li>{ t(*key) }</li> }) }
            </ul>
        </section>
    }
}
