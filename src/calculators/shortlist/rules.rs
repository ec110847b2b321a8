//! The layer rules the shortlist applies to a list of named creators: the
//! budget mix's rules less its seeding minimum (a proposal sheet names its
//! creators; seeding KOCs are booked in bulk elsewhere). The budget mix's
//! own rules are made from these only where the pick is handed to it
//! ([`super::handoff`]).

use crate::calculators::budget_mix::model::Rules as MixRules;
use serde::{Deserialize, Serialize};

/// The rules every pick must respect.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShortlistRules {
    /// At most this many head KOLs.
    pub head_cap: u64,
    /// At least this many vertical (mid) KOL reviews.
    pub min_reviews: u64,
    /// No tier may take more than this share of the budget.
    pub max_tier_share: f64,
}

impl Default for ShortlistRules {
    /// No head KOL, three mid-tier reviews, at most 60% of the budget per
    /// tier (assumption, as the budget mix).
    fn default() -> Self {
        ShortlistRules {
            head_cap: 0,
            min_reviews: 3,
            max_tier_share: 0.6,
        }
    }
}

impl ShortlistRules {
    /// The budget mix's rules for the same pick: no seeding minimum.
    pub fn to_mix(self) -> MixRules {
        MixRules {
            min_seeding: 0,
            min_reviews: self.min_reviews,
            head_cap: self.head_cap,
            max_tier_share: self.max_tier_share,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_mix_gets_the_same_rules_and_no_seeding() {
        let rules = ShortlistRules {
            head_cap: 2,
            min_reviews: 5,
            max_tier_share: 0.4,
        };
        assert_eq!(
            rules.to_mix(),
            MixRules {
                min_seeding: 0,
                min_reviews: 5,
                head_cap: 2,
                max_tier_share: 0.4,
            }
        );
    }
}
