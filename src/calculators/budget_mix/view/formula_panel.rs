//! The formula panel: every figure's formula in words and where each
//! default comes from (brief, practitioner or assumption).

use crate::i18n::{Key, Lang};
use yew::Html;

const FORMULAS: [(Key, Key); 7] = [
    (Key::FtMixCost, Key::MixFormulaCost),
    (Key::FtMixReach, Key::MixFormulaReach),
    (Key::FtMixPer, Key::MixFormulaPer),
    (Key::FtMixPillars, Key::MixFormulaPillars),
    (Key::FtMixCampaign, Key::MixFormulaCampaign),
    (Key::FtMixOptimiser, Key::MixFormulaOptimiser),
    (Key::FtMixBand, Key::MixFormulaBand),
];

const SOURCES: [Key; 4] = [
    Key::MixSourceQuotes,
    Key::MixSourceReach,
    Key::MixSourceAds,
    Key::MixSourceAssumptions,
];

/// Formulas and sources.
pub fn formula_panel(lang: Lang) -> Html {
    crate::ui::formula_panel(lang, &FORMULAS, &SOURCES)
}
