//! Settings every page shares: language, display currency and its rate.

use crate::currency::Currency;
use crate::i18n::{Key, Lang};
use crate::outputs::MoneyFormat;

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

    /// How amounts are written here.
    pub fn money_format(&self) -> MoneyFormat {
        MoneyFormat {
            lang: self.lang,
            currency: self.currency,
            cny_per_unit: self.cny_per_unit,
        }
    }

    /// A yuan amount in CNY and, when another currency is chosen, in it too.
    pub fn money(&self, cny: f64) -> String {
        self.money_format().write(cny)
    }
}
