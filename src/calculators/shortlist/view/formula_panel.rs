//! The formula panel: how each creator is vetted and costed, how the pick
//! is made, and where each default comes from.

use crate::i18n::{Key, Lang};
use yew::Html;

const FORMULAS: [(&str, Key); 3] = [
    (
        "c<i>_tier · c<i>_ratio · c<i>_verdict",
        Key::SlFormulaVetting,
    ),
    (
        "c<i>_engagements · c<i>_authentic · c<i>_cost · c<i>_cpe",
        Key::SlFormulaCosts,
    ),
    ("c<i>_picked · pick_* · opt_status", Key::SlFormulaPick),
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
