//! Settings every page shares: language, display currency and its rate.

use crate::currency::Currency;
use crate::i18n::{Key, Lang};
use crate::units::format_number;

/// What the header sets for every page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Settings {
    /// Interface language.
    pub lang: Lang,
    /// Display currency.
    pub currency: Currency,
    /// Yuan per one unit of the display currency.
    pub cny_per_unit: f64,
}

impl Settings {
    /// The text of `key` in the current language.
    pub fn t(&self, key: Key) -> &'static str {
        self.lang.text(key)
    }

    /// A yuan amount in CNY and, when another currency is chosen, in it too.
    pub fn money(&self, cny: f64) -> String {
        let yuan = format!("¥{}", format_number(cny, 2, self.lang));
        if self.currency == Currency::Cny || self.cny_per_unit <= 0.0 {
            yuan
        } else {
            let amount = cny / self.cny_per_unit;
            format!(
                "{yuan} ({}{})",
                self.currency.symbol(),
                format_number(amount, self.currency.decimals(), self.lang)
            )
        }
    }
}
