//! The formula panel: every figure's formula in words and where each
//! default comes from (brief, practitioner or assumption).

use crate::i18n::{Key, Lang};
use yew::Html;

const FORMULAS: [(&str, Key); 9] = [
    (
        "total · creator_pay · fees · fx · product",
        Key::CompFormulaCost,
    ),
    ("perf", Key::CompFormulaPerformance),
    ("seeding", Key::CompFormulaSeeding),
    ("hybrid", Key::CompFormulaHybrid),
    ("cpe · cpr · cpc · cps", Key::CompFormulaPerResult),
    (
        "contribution_margin · breakeven_roas · profit",
        Key::CompFormulaMargin,
    ),
    ("perf_vs_flat", Key::CompFormulaPerfVsFlat),
    ("hybrid_vs_flat · pays", Key::CompFormulaPays),
    ("cheapest", Key::CompFormulaCheapest),
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
