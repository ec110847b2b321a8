//! The registry of calculators: one enum, matched exhaustively wherever a
//! calculator needs naming, routing or rendering.

pub mod budget_mix;
pub mod compensation;
pub mod engagement;
pub mod shortlist;
pub mod timeline;

use crate::currency::Currency;
use crate::dates::Date;
use crate::i18n::Key;
use crate::link::{LinkReader, SharedSettings};
use crate::outputs::{MoneyFormat, Output};

/// A calculator of the suite.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Calculator {
    /// Vet a creator from their recent notes.
    Engagement,
    /// Split a budget across creator tiers.
    BudgetMix,
    /// Compare pay models and booking channels.
    Compensation,
    /// Schedule a campaign from selection to publication.
    Timeline,
    /// Vet a creator list and pick the best set under the budget.
    Shortlist,
}

impl Calculator {
    /// Every calculator, in the order of the home page.
    pub const ALL: [Calculator; 5] = [
        Calculator::Engagement,
        Calculator::BudgetMix,
        Calculator::Compensation,
        Calculator::Timeline,
        Calculator::Shortlist,
    ];

    /// The route segment: `#/engagement`.
    pub fn slug(self) -> &'static str {
        match self {
            Calculator::Engagement => "engagement",
            Calculator::BudgetMix => "budget-mix",
            Calculator::Compensation => "compensation",
            Calculator::Timeline => "timeline",
            Calculator::Shortlist => "shortlist",
        }
    }

    /// Its name.
    pub fn name(self) -> Key {
        match self {
            Calculator::Engagement => Key::EngagementName,
            Calculator::BudgetMix => Key::BudgetMixName,
            Calculator::Compensation => Key::CompensationName,
            Calculator::Timeline => Key::TimelineName,
            Calculator::Shortlist => Key::ShortlistName,
        }
    }

    /// Every output of the scenario in link `query`, computed as its page
    /// computes it: amounts typed in the display currency convert at
    /// `money`'s rate, and a timeline without a start begins `today`.
    pub fn outputs(self, query: &str, money: &MoneyFormat, today: Date) -> Vec<Output> {
        let mut reader = LinkReader::new(query);
        SharedSettings::read(&mut reader);
        let rate = if money.currency == Currency::Cny {
            1.0
        } else {
            money.cny_per_unit
        };
        match self {
            Calculator::Engagement => engagement::outputs::of_link(&mut reader),
            Calculator::BudgetMix => {
                budget_mix::outputs::of_link(&mut reader, money.currency, money.cny_per_unit)
            }
            Calculator::Compensation => {
                compensation::outputs::of_link(&mut reader, money.currency, rate)
            }
            Calculator::Timeline => timeline::outputs::of_link(&mut reader, today),
            Calculator::Shortlist => {
                shortlist::outputs::of_link(&mut reader, money.currency, money.cny_per_unit)
            }
        }
    }

    /// One line on what it answers.
    pub fn summary(self) -> Key {
        match self {
            Calculator::Engagement => Key::EngagementSummary,
            Calculator::BudgetMix => Key::BudgetMixSummary,
            Calculator::Compensation => Key::CompensationSummary,
            Calculator::Timeline => Key::TimelineSummary,
            Calculator::Shortlist => Key::ShortlistSummary,
        }
    }
}

/// A place in the app, read from the location hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/` or no hash: the list of calculators.
    Home,
    /// `#/engagement` and the other calculators.
    Calculator(Calculator),
    /// `#/compare`: saved scenarios side by side.
    Compare,
    /// Anything else.
    NotFound,
}

impl Route {
    /// Reads a route path such as `/engagement` (query already split off).
    pub fn from_path(path: &str) -> Route {
        let slug = path.trim_start_matches('/').trim_end_matches('/');
        if slug.is_empty() {
            return Route::Home;
        }
        if slug == "compare" {
            return Route::Compare;
        }
        Calculator::ALL
            .into_iter()
            .find(|c| c.slug() == slug)
            .map_or(Route::NotFound, Route::Calculator)
    }

    /// The path of this route, for links.
    pub fn path(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "/".to_string(),
            Route::Compare => "/compare".to_string(),
            Route::Calculator(c) => format!("/{}", c.slug()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_round_trip() {
        for calculator in Calculator::ALL {
            let route = Route::Calculator(calculator);
            assert_eq!(Route::from_path(&route.path()), route);
        }
        assert_eq!(Route::from_path(""), Route::Home);
        assert_eq!(Route::from_path("/"), Route::Home);
        assert_eq!(Route::from_path("/nope"), Route::NotFound);
        assert_eq!(Route::from_path(&Route::Compare.path()), Route::Compare);
    }
}
