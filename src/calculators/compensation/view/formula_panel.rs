//! The formula panel: every figure's formula in words and where each
//! default comes from (brief, practitioner or assumption).

use crate::i18n::{Key, Lang};
use yew::Html;

const FORMULAS: [(Key, Key); 9] = [
    (Key::FtCompCost, Key::CompFormulaCost),
    (Key::FtCompPerformance, Key::CompFormulaPerformance),
    (Key::FtCompSeeding, Key::CompFormulaSeeding),
    (Key::FtCompHybrid, Key::CompFormulaHybrid),
    (Key::FtCompPerResult, Key::CompFormulaPerResult),
    (Key::FtCompMargin, Key::CompFormulaMargin),
    (Key::FtCompPerfVsFlat, Key::CompFormulaPerfVsFlat),
    (Key::FtCompPays, Key::CompFormulaPays),
    (Key::FtCompCheapest, Key::CompFormulaCheapest),
];

const SOURCES: [Key; 6] = [
    Key::CompSourceBrief,
    Key::CompSourcePlatformFee,
    Key::CompSourceQuote,
    Key::CompSourceSeeding,
    Key::CompSourceCommission,
    Key::CompSourceAssumptions,
];

/// Formulas and sources.
pub fn formula_panel(lang: Lang) -> Html {
    crate::ui::formula_panel(lang, &FORMULAS, &SOURCES)
}
