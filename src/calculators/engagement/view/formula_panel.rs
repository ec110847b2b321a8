//! The formula panel: every metric's formula in words and where each default
//! comes from.

use crate::i18n::{Key, Lang};
use yew::Html;

const FORMULAS: [(Key, Key); 12] = [
    (Key::FtRatio, Key::FormulaRatio),
    (Key::FtShareAbove, Key::FormulaShareAbove),
    (Key::FtErFollowers, Key::FormulaErFollowers),
    (Key::FtErViews, Key::FormulaErViews),
    (Key::FtSaveShare, Key::FormulaSaveShare),
    (Key::FtCommentShare, Key::FormulaCommentShare),
    (Key::FtCv, Key::FormulaCv),
    (Key::FtViral, Key::FormulaViral),
    (Key::FtAuthentic, Key::FormulaAuthentic),
    (Key::FtTier, Key::FormulaTier),
    (Key::FtVerdict, Key::FormulaVerdict),
    (Key::FtComments, Key::FormulaComments),
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
