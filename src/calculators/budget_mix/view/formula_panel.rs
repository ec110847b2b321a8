//! The formula panel: every figure's formula in words and where each
//! default comes from (brief, practitioner or assumption).

use crate::i18n::{Key, Lang};
use yew::Html;

const FORMULAS: [(&str, Key); 7] = [
    ("<plan>_<tier>_cost", Key::MixFormulaCost),
    (
        "<plan>_<tier>_impressions · engagements · authentic",
        Key::MixFormulaReach,
    ),
    ("<plan>_<tier>_cpe · cpm", Key::MixFormulaPer),
    (
        "creator_budget · feed_* · search_* · <plan>_unspent",
        Key::MixFormulaPillars,
    ),
    ("<plan>_campaign_*", Key::MixFormulaCampaign),
    ("opt_*", Key::MixFormulaOptimiser),
    ("mc_authentic_* · mc_cpe_*", Key::MixFormulaBand),
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
