//! The formula panel: how each creator is vetted and costed, how the pick
//! is made, and where each default comes from.

use crate::i18n::{Key, Lang};
use yew::Html;

const FORMULAS: [(Key, Key); 3] = [
    (Key::FtSlVetting, Key::SlFormulaVetting),
    (Key::FtSlCosts, Key::SlFormulaCosts),
    (Key::FtSlPick, Key::SlFormulaPick),
];

const SOURCES: [Key; 5] = [
    Key::BenchmarkHint,
    Key::FakeHint,
    Key::MixPlatformFeeHint,
    Key::SlHeadCapHint,
    Key::SlMaxShareHint,
];

/// Formulas and sources.
pub fn formula_panel(lang: Lang) -> Html {
    crate::ui::formula_panel(lang, &FORMULAS, &SOURCES)
}
