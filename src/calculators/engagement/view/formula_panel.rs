//! The formula panel: every metric's formula in words and where each default
//! comes from.

use crate::i18n::{Key, Lang};
use yew::Html;

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
    crate::ui::formula_panel(lang, &FORMULAS, &SOURCES)
}
