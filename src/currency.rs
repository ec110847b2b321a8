//! Display currencies. Creator prices are in CNY; every amount can also be
//! shown in the brand's own currency at an exchange rate the user can edit.

use serde::{Deserialize, Serialize};

/// A currency the amounts can be shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Currency {
    /// Chinese yuan (renminbi): the currency creators are paid in.
    Cny,
    /// US dollar.
    Usd,
    /// Euro.
    Eur,
    /// Pound sterling.
    Gbp,
    /// Australian dollar.
    Aud,
    /// Canadian dollar.
    Cad,
    /// Singapore dollar.
    Sgd,
    /// Hong Kong dollar.
    Hkd,
    /// Japanese yen.
    Jpy,
    /// South Korean won.
    Krw,
}

/// The date the default rates were set; the page states it beside the rate.
pub const DEFAULT_RATES_DATE: &str = "2026-11-25";

impl Currency {
    /// Every display currency, in the order of the selector.
    pub const ALL: [Currency; 10] = [
        Currency::Cny,
        Currency::Usd,
        Currency::Eur,
        Currency::Gbp,
        Currency::Aud,
        Currency::Cad,
        Currency::Sgd,
        Currency::Hkd,
        Currency::Jpy,
        Currency::Krw,
    ];

    /// The ISO 4217 code, also the value of the link key `cur`.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Cny => "CNY",
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
            Currency::Aud => "AUD",
            Currency::Cad => "CAD",
            Currency::Sgd => "SGD",
            Currency::Hkd => "HKD",
            Currency::Jpy => "JPY",
            Currency::Krw => "KRW",
        }
    }

    /// The symbol written before amounts.
    pub fn symbol(self) -> &'static str {
        match self {
            Currency::Cny => "¥",
            Currency::Usd => "US$",
            Currency::Eur => "€",
            Currency::Gbp => "£",
            Currency::Aud => "A$",
            Currency::Cad => "C$",
            Currency::Sgd => "S$",
            Currency::Hkd => "HK$",
            Currency::Jpy => "JP¥",
            Currency::Krw => "₩",
        }
    }

    /// Reads an ISO code in any letter case.
    pub fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code.trim()))
    }

    /// Default yuan per one unit of this currency: indicative mid-market
    /// rates set on [`DEFAULT_RATES_DATE`] (an assumption the user edits).
    pub fn default_cny_per_unit(self) -> f64 {
        match self {
            Currency::Cny => 1.0,
            Currency::Usd => 7.10,
            Currency::Eur => 8.20,
            Currency::Gbp => 9.35,
            Currency::Aud => 4.62,
            Currency::Cad => 5.07,
            Currency::Sgd => 5.46,
            Currency::Hkd => 0.913,
            Currency::Jpy => 0.0462,
            Currency::Krw => 0.00497,
        }
    }

    /// Decimals shown for amounts: none for yen and won.
    pub fn decimals(self) -> usize {
        match self {
            Currency::Jpy | Currency::Krw => 0,
            _ => 2,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_rates_are_positive() {
        for currency in Currency::ALL {
            assert_eq!(Currency::from_code(currency.code()), Some(currency));
            assert_eq!(
                Currency::from_code(&currency.code().to_lowercase()),
                Some(currency)
            );
            assert!(currency.default_cny_per_unit() > 0.0);
        }
        assert_eq!(Currency::from_code("XYZ"), None);
    }
}
