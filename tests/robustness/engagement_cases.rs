//! The engagement benchmark over hostile input.

use super::*;

pub(super) fn wild_note() -> impl Strategy<Value = Note> + Clone {
    (
        wild_u64(),
        wild_u64(),
        wild_u64(),
        wild_u64(),
        prop::option::of(wild_u64()),
    )
        .prop_map(|(likes, saves, comments, shares, views)| Note {
            likes,
            saves,
            comments,
            shares,
            views,
        })
}

/// Engagement inputs anywhere in their types; `nan` lets the fake share be NaN.
pub(super) fn wild_engagement_inputs(nan: bool) -> impl Strategy<Value = EngagementInputs> {
    let fake = wild_f64().prop_filter("no NaN", move |v| nan || !v.is_nan());
    (
        wild_u64(),
        table(wild_note()),
        (wild_f64(), wild_f64(), wild_f64()),
        prop::option::of(fake),
        (wild_u64(), wild_u64(), wild_u64()),
        prop::option::of(wild_u64()),
    )
        .prop_map(
            |(followers, notes, (benchmark, sus, qual), fake_share, (a, b, c), profile)| {
                EngagementInputs {
                    followers,
                    notes,
                    benchmark,
                    suspicious_line: sus,
                    qualified_line: qual,
                    fake_share,
                    tiers: TierBounds {
                        tail_from: a,
                        mid_from: b,
                        head_from: c,
                    },
                    profile_likes_saves: profile,
                    comments: String::new(),
                }
            },
        )
}

pub(super) fn note_text() -> impl Strategy<Value = NoteText> + Clone {
    prop::array::uniform5(field_text())
        .prop_map(|cells| NoteText::from_cells(cells.each_ref().map(String::as_str)))
}

pub(super) fn engagement_form() -> impl Strategy<Value = EngagementForm> {
    (
        prop::array::uniform10(field_text_down_to(TINY_ZEROS)),
        table(note_text()),
        prop_oneof![field_text(), "(\\PC{0,20}\n){0,50}"],
    )
        .prop_map(|(t, notes, comments)| {
            let [followers, benchmark, suspicious, qualified, fake, tail_from, mid_from, head_from, profile_likes_saves, _] =
                t;
            EngagementForm {
                followers,
                notes,
                benchmark,
                suspicious,
                qualified,
                fake,
                tail_from,
                mid_from,
                head_from,
                profile_likes_saves,
                comments,
            }
        })
}

pub(super) fn check_engagement(inputs: &EngagementInputs) -> Result<(), TestCaseError> {
    let report = timed("engagement compute", || eng_compute(inputs))?;
    prop_assert_eq!(report.notes.len(), inputs.notes.len());
    all_finite(&engagement_numbers(&report))
}

proptest! {
    #![proptest_config(config())]

    /// compute over its whole input types (counts up to u64::MAX, 0 to
    /// 10,000 notes, any benchmark and tier bounds, ±inf fake share).
    #[test]
    fn engagement_compute_any_inputs(inputs in wild_engagement_inputs(false)) {
        check_engagement(&inputs)?;
    }

    /// Anything typed in every field, 0 to 10,000 note rows, read by the
    /// form and computed; pasted comments checked and pasted as a table.
    #[test]
    fn engagement_form_any_text(form in engagement_form()) {
        let parsed = timed("engagement parse", || form.parse())?;
        prop_assert!(parsed.inputs.notes.len() <= 200);
        check_engagement(&parsed.inputs)?;
        if let Some(c) = timed("comment check", || check_comments(&form.comments))? {
            all_finite(&[
                ("duplicate_share".into(), c.duplicate_share),
                ("template_share".into(), c.template_share),
                ("short_share".into(), c.short_share),
            ])?;
        }
        timed("paste", || parse_pasted_rows(&form.comments))?;
    }

    /// Any query through the engagement link: no panic, the form computes
    /// finite figures, and the link reopens to the same scenario.
    #[test]
    fn engagement_link_any_query(q in query(engagement_links(), ENGAGEMENT_KEYS)) {
        let (_, form, _) = timed("engagement decode", || {
            check_round_trip(&q, &engagement_codec())
        })??;
        check_engagement(&form.parse().inputs)?;
    }
}

/// A NaN fake-follower share (possible only for a direct caller: neither the
/// form nor a link can produce one) comes out as NaN in `fake_share`,
/// `authentic_followers` and `authentic_ratio_mean`: `f64::clamp` keeps NaN
/// (src/calculators/engagement/model.rs, `compute`, the `fake_share` match).
/// Reproduce: `compute(&EngagementInputs { fake_share: Some(f64::NAN),
/// ..Default::default() })`.
#[test]
pub(super) fn engagement_compute_nan_fake_share() {
    proptest!(config(), |(inputs in wild_engagement_inputs(true))| {
        check_engagement(&inputs)?;
    });
}
