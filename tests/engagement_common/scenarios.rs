//! The named scenarios the formula tests work out by hand; the link tests
//! check every one of them survives a round trip through its link.

use super::{form, row, viewed};
use kolcalc::calculators::engagement::form::EngagementForm;

/// The brief's example: 10,000 followers, notes (100,50,10,5) and (300,100,20,10).
pub fn two_note_example() -> EngagementForm {
    form(10_000, vec![row(100, 50, 10, 5), row(300, 100, 20, 10)])
}

/// 20,000 followers, likes+saves 1,400, 100 and 300 (ratios 7%, 0.5%, 1.5%).
pub fn odd_count() -> EngagementForm {
    form(
        20_000,
        vec![
            row(1_000, 400, 140, 60),
            row(70, 30, 8, 2),
            row(200, 100, 30, 10),
        ],
    )
}

/// Views on the first and last of three notes only.
pub fn partial_views() -> EngagementForm {
    form(
        10_000,
        vec![
            viewed(100, 50, 10, 5, 1_000),
            row(300, 100, 20, 10),
            viewed(80, 40, 8, 2, 2_000),
        ],
    )
}

/// Views given, but all zero.
pub fn zero_views() -> EngagementForm {
    form(
        10_000,
        vec![viewed(100, 50, 10, 5, 0), viewed(300, 100, 20, 10, 0)],
    )
}

/// Interactions 100, 200 and 300.
pub fn evenly_spread() -> EngagementForm {
    form(
        10_000,
        vec![row(60, 30, 8, 2), row(120, 60, 16, 4), row(180, 90, 24, 6)],
    )
}

/// Likes+saves+comments 999 (with 500 shares) and 1,000.
pub fn viral_line() -> EngagementForm {
    form(50_000, vec![row(600, 300, 99, 500), row(600, 300, 100, 0)])
}

/// A profile total far above any follower count used here, so the
/// followers-versus-likes check stays quiet unless a scenario wants it.
pub fn with_big_profile(mut form: EngagementForm) -> EngagementForm {
    form.profile_likes_saves = "1000000".into();
    form
}

/// Mean 1.8% resting on one note of four.
pub fn few_notes_meet() -> EngagementForm {
    let small = || row(100, 40, 16, 4);
    with_big_profile(form(
        10_000,
        vec![small(), small(), small(), row(200, 100, 36, 4)],
    ))
}

/// Saves 40 of 520 interactions.
pub fn low_saves() -> EngagementForm {
    with_big_profile(form(10_000, vec![row(200, 20, 25, 5), row(220, 20, 25, 5)]))
}

/// Three notes of 100 interactions and one of 1,000.
pub fn uneven() -> EngagementForm {
    let small = || row(56, 24, 10, 10);
    with_big_profile(form(
        5_000,
        vec![small(), small(), small(), row(560, 240, 100, 100)],
    ))
}

/// Two equal notes of this shape.
pub fn twice(likes: u64, saves: u64, comments: u64, shares: u64) -> EngagementForm {
    with_big_profile(form(
        10_000,
        vec![
            row(likes, saves, comments, shares),
            row(likes, saves, comments, shares),
        ],
    ))
}

/// Likes+saves 120 on each of two notes: 1.2% of 10,000.
pub fn below() -> EngagementForm {
    with_big_profile(form(10_000, vec![row(80, 40, 10, 2), row(90, 30, 10, 2)]))
}

/// Two notes without a single interaction.
pub fn no_interactions() -> EngagementForm {
    with_big_profile(form(10_000, vec![row(0, 0, 0, 0), viewed(0, 0, 0, 0, 500)]))
}

/// Every named scenario, for the round-trip test.
pub fn all() -> Vec<(&'static str, EngagementForm)> {
    vec![
        ("default", EngagementForm::default()),
        ("two_note_example", two_note_example()),
        ("odd_count", odd_count()),
        ("partial_views", partial_views()),
        ("zero_views", zero_views()),
        ("evenly_spread", evenly_spread()),
        ("viral_line", viral_line()),
        ("few_notes_meet", few_notes_meet()),
        ("low_saves", low_saves()),
        ("uneven", uneven()),
        ("comment_share_low", twice(100, 50, 2, 8)),
        ("comment_share_high", twice(100, 50, 40, 10)),
        ("comment_share_5", twice(120, 60, 10, 10)),
        ("comment_share_15", twice(100, 60, 30, 10)),
        ("below", below()),
        ("no_interactions", no_interactions()),
        ("one_note", form(10_000, vec![row(100, 50, 10, 5)])),
        ("no_notes", form(25_000, vec![])),
        (
            "fake_zero",
            EngagementForm {
                fake: "0".into(),
                ..two_note_example()
            },
        ),
        (
            "fake_all",
            EngagementForm {
                fake: "100".into(),
                ..two_note_example()
            },
        ),
        (
            "custom_tiers",
            EngagementForm {
                tail_from: "1000".into(),
                mid_from: "2000".into(),
                head_from: "3000".into(),
                ..form(2_000, vec![row(10, 5, 1, 0)])
            },
        ),
    ]
}
