//! Hand-worked scenarios through the public API: a form as the user typed
//! it, `EngagementForm::parse`, then `compute`. Each test writes out its
//! arithmetic so a reader can check the expected figures without the code.

mod engagement_common;

use engagement_common::outputs::reason_keys;
use engagement_common::scenarios::{self, two_note_example};
use engagement_common::{assert_close, assert_figure, form, inputs_of, report_of_form, row};
use kolcalc::calculators::engagement::form::{EngagementForm, Field, NoteColumn, NoteText};
use kolcalc::calculators::engagement::model::{
    compute, EngagementInputs, FakeShareSource, Reason, RedFlag, Tier, Undefined, Verdict,
};
use kolcalc::calculators::engagement::paste::parse_pasted_rows;
use kolcalc::fields::FieldText;
use kolcalc::units::{FieldError, MAX_COUNT};

#[test]
fn two_note_example_works_out_every_figure() {
    // followers 10,000; notes (likes, saves, comments, shares):
    //   (100, 50, 10, 5):  likes+saves 150 → ratio 1.5%, interactions 165
    //   (300, 100, 20, 10): likes+saves 400 → ratio 4%,  interactions 430
    let report = report_of_form(&two_note_example());
    // mean (1.5% + 4%) / 2 = 2.75%; median of an even count = mean of the two = 2.75%
    assert_figure(report.ratio_mean, 0.0275, "ratio_mean");
    assert_figure(report.ratio_median, 0.0275, "ratio_median");
    // 1.5% sits exactly on the 1.5% benchmark and counts: 2 of 2 notes
    assert_figure(report.share_above_benchmark, 1.0, "share_above_benchmark");
    assert!(report.notes.iter().all(|n| n.meets_benchmark));
    // mean interactions (165 + 430) / 2 = 297.5 → / 10,000 = 2.975%
    assert_figure(report.er_followers, 0.02975, "er_followers");
    // no note gives views
    assert_eq!(report.er_views, Err(Undefined::NoViews));
    // saves 150 / interactions 595; comments 30 / 595 = 5.04% (healthy)
    assert_figure(report.save_share, 150.0 / 595.0, "save_share");
    assert_figure(report.comment_share, 30.0 / 595.0, "comment_share");
    // interactions 165 and 430: mean 297.5, each 132.5 away → population
    // sd 132.5 → CV 132.5 / 297.5 = 0.4454
    assert_figure(report.stability_cv, 132.5 / 297.5, "stability_cv");
    // likes+saves+comments 160 and 420: no note reaches 1,000
    assert_figure(report.viral_rate, 0.0, "viral_rate");
    // 10,000 followers is exactly the tail bound: tail, the brief's 30% fake
    assert_eq!(report.tier, Tier::Tail);
    assert_eq!(report.fake_share, 0.30);
    assert_eq!(report.fake_share_source, FakeShareSource::BriefBelowHead);
    // authentic 10,000 × 0.7 = 7,000; ratio mean on them 2.75% / 0.7 = 3.9286%
    assert_figure(report.authentic_followers, 7_000.0, "authentic_followers");
    assert_figure(
        report.authentic_ratio_mean,
        0.0275 / 0.7,
        "authentic_ratio_mean",
    );
    // likes+saves across notes 150 + 400 = 550
    assert_eq!(report.likes_saves_notes, 550);
    assert_eq!(report.notes.len(), 2);
    assert_figure(report.notes[1].ratio, 0.04, "note 2 ratio");
    assert_eq!(report.notes[1].interactions, 430);
    // No profile total: 10,000 followers against the notes' 550 likes+saves
    // is the only warning, so the verdict is borderline.
    assert_eq!(report.verdict, Ok(Verdict::Borderline));
    assert_eq!(
        reason_keys(&report),
        ["mean_meets_benchmark", "followers_exceed_likes_saves_notes"]
    );
    assert_eq!(
        report.reasons[1],
        Reason::FollowersExceedLikesSaves {
            followers: 10_000,
            likes_saves: 550,
            from_profile: false
        }
    );
}

#[test]
fn a_profile_total_above_followers_leaves_the_example_meeting_the_benchmark() {
    // Same notes; the profile shows 200,000 likes+saves ≥ 10,000 followers.
    let mut example = two_note_example();
    example.profile_likes_saves = "200000".into();
    let report = report_of_form(&example);
    assert_eq!(report.verdict, Ok(Verdict::Meets));
    assert_eq!(reason_keys(&report), ["mean_meets_benchmark"]);
    match report.reasons[0] {
        Reason::MeanMeetsBenchmark { mean, benchmark } => {
            assert_close(mean, 0.0275, "reason mean");
            assert_eq!(benchmark, 0.015);
        }
        other => panic!("unexpected reason {other:?}"),
    }
}

#[test]
fn median_of_an_odd_count_is_the_middle_ratio() {
    // followers 20,000; likes+saves 100, 300, 1,400 → ratios 0.5%, 1.5%, 7%
    // median 1.5% (the middle); mean 1,800 / 3 / 20,000 = 3%
    // at or above 1.5%: 1.5% and 7% → 2 of 3
    let report = report_of_form(&scenarios::odd_count());
    assert_figure(report.ratio_median, 0.015, "ratio_median");
    assert_figure(report.ratio_mean, 0.03, "ratio_mean");
    assert_figure(
        report.share_above_benchmark,
        2.0 / 3.0,
        "share_above_benchmark",
    );
    // per-note results keep the order given
    assert_figure(report.notes[0].ratio, 0.07, "note 1 ratio");
    assert!(!report.notes[1].meets_benchmark);
}

#[test]
fn er_views_counts_only_the_notes_that_give_views() {
    // (100,50,10,5) 1,000 views → 165 interactions
    // (300,100,20,10) no views   → 430 interactions, left out
    // (80,40,8,2) 2,000 views    → 130 interactions
    // er_views = (165 + 130) / (1,000 + 2,000) = 295 / 3,000 = 9.833%
    let report = report_of_form(&scenarios::partial_views());
    assert_figure(report.er_views, 295.0 / 3_000.0, "er_views");
}

#[test]
fn views_of_zero_leave_er_views_undefined() {
    let report = report_of_form(&scenarios::zero_views());
    assert_eq!(report.er_views, Err(Undefined::NoViews));
}

#[test]
fn stability_cv_uses_the_population_standard_deviation() {
    // interactions 100, 200, 300: mean 200, squared deviations 10,000, 0, 10,000
    // population variance 20,000 / 3 → sd 81.65 → CV 0.40825 (= 1/√6);
    // the sample sd (divide by 2) would give 0.5.
    let report = report_of_form(&scenarios::evenly_spread());
    assert_figure(report.stability_cv, 1.0 / 6f64.sqrt(), "stability_cv");
}

#[test]
fn viral_notes_need_a_thousand_likes_saves_and_comments() {
    // (600, 300, 99, 500): 600+300+99 = 999 → not viral (shares do not count)
    // (600, 300, 100, 0):  600+300+100 = 1,000 → viral; rate 1 of 2
    let report = report_of_form(&scenarios::viral_line());
    assert_figure(report.viral_rate, 0.5, "viral_rate");
    let just_below = report_of_form(&form(50_000, vec![row(999, 0, 0, 0)]));
    assert_figure(just_below.viral_rate, 0.0, "viral_rate at 999");
    let at_line = report_of_form(&form(50_000, vec![row(1_000, 0, 0, 0)]));
    assert_figure(at_line.viral_rate, 1.0, "viral_rate at 1000");
}

#[test]
fn tiers_start_exactly_at_their_bounds() {
    // default bounds: tail from 10,000, mid from 50,000, head from 500,000
    for (followers, tier) in [
        (1, Tier::Koc),
        (9_999, Tier::Koc),
        (10_000, Tier::Tail),
        (49_999, Tier::Tail),
        (50_000, Tier::Mid),
        (499_999, Tier::Mid),
        (500_000, Tier::Head),
        (10_000_000_000, Tier::Head),
    ] {
        let report = report_of_form(&form(followers, vec![row(10, 5, 1, 0)]));
        assert_eq!(report.tier, tier, "{followers} followers");
    }
    // custom bounds 1,000 / 2,000 / 3,000
    for (followers, tier) in [
        (999, Tier::Koc),
        (1_000, Tier::Tail),
        (1_999, Tier::Tail),
        (2_000, Tier::Mid),
        (3_000, Tier::Head),
    ] {
        let custom = EngagementForm {
            tail_from: "1000".into(),
            mid_from: "2000".into(),
            head_from: "3000".into(),
            ..form(followers, vec![row(10, 5, 1, 0)])
        };
        assert_eq!(report_of_form(&custom).tier, tier, "{followers} followers");
    }
}

#[test]
fn fake_share_follows_the_tier_unless_the_user_gives_one() {
    let notes = || vec![row(3_000, 1_500, 400, 100), row(4_000, 2_000, 500, 100)];
    // 499,999 followers: mid tier → the brief's 30%; authentic 499,999 × 0.7
    let mid = report_of_form(&form(499_999, notes()));
    assert_eq!(mid.fake_share, 0.30);
    assert_eq!(mid.fake_share_source, FakeShareSource::BriefBelowHead);
    assert_figure(mid.authentic_followers, 349_999.3, "authentic at 499,999");
    // 500,000: head → practitioners' 15%; authentic 425,000
    let head = report_of_form(&form(500_000, notes()));
    assert_eq!(head.fake_share, 0.15);
    assert_eq!(head.fake_share_source, FakeShareSource::PractitionerHead);
    assert_figure(head.authentic_followers, 425_000.0, "authentic at 500,000");
    // ratio mean (4,500 + 6,000) / 2 / 500,000 = 1.05%; on authentic: 1.05% / 0.85
    assert_figure(head.authentic_ratio_mean, 0.0105 / 0.85, "authentic ratio");
    // a typed 20% wins over the head tier's 15%
    let user_head = report_of_form(&EngagementForm {
        fake: "20".into(),
        ..form(500_000, notes())
    });
    assert_eq!(user_head.fake_share, 0.20);
    assert_eq!(user_head.fake_share_source, FakeShareSource::User);
    assert_figure(user_head.authentic_followers, 400_000.0, "authentic 20%");
    // and a typed 50% wins over a KOC's 30%: 5,000 × 0.5 = 2,500
    let user_koc = report_of_form(&EngagementForm {
        fake: "50%".into(),
        ..form(5_000, notes())
    });
    assert_eq!(user_koc.tier, Tier::Koc);
    assert_eq!(user_koc.fake_share, 0.50);
    assert_figure(user_koc.authentic_followers, 2_500.0, "authentic 50%");
}

#[test]
fn a_fake_share_of_zero_turns_the_correction_off() {
    let report = report_of_form(&EngagementForm {
        fake: "0".into(),
        ..two_note_example()
    });
    assert_eq!(report.fake_share, 0.0);
    assert_eq!(report.fake_share_source, FakeShareSource::User);
    assert_figure(report.authentic_followers, 10_000.0, "authentic_followers");
    assert_figure(report.authentic_ratio_mean, 0.0275, "authentic_ratio_mean");
}

// --- verdict and its reasons ------------------------------------------------
// These scenarios give the profile 1,000,000 likes + saves, so the
// followers-versus-likes check stays quiet unless a test wants it.

#[test]
fn few_notes_at_the_benchmark_make_a_good_mean_borderline() {
    // followers 10,000; three notes (100,40,16,4): likes+saves 140 → 1.4%;
    // one (200,100,36,4): 300 → 3%. mean (3 × 140 + 300) / 4 / 10,000 = 1.8% ≥ 1.5%
    // but only 1 of 4 notes reaches 1.5% → 25% < 50%.
    // saves 220 / 820 = 26.8%, comments 84 / 820 = 10.2%,
    // interactions 160,160,160,340: mean 205, variance 6,075 → CV 0.38: all fine.
    let report = report_of_form(&scenarios::few_notes_meet());
    assert_figure(report.ratio_mean, 0.018, "ratio_mean");
    assert_eq!(report.verdict, Ok(Verdict::Borderline));
    assert_eq!(
        reason_keys(&report),
        ["mean_meets_benchmark", "few_notes_meet_benchmark"]
    );
    assert_eq!(
        report.reasons[1],
        Reason::FewNotesMeetBenchmark { share: 0.25 }
    );
}

#[test]
fn low_save_share_is_a_warning() {
    // (200,20,25,5) and (220,20,25,5): ratios 2.2% and 2.4%, mean 2.3%;
    // saves 40 / interactions 520 = 7.7% < 15%; comments 50 / 520 = 9.6%;
    // interactions 250 and 270 → CV 10 / 260 = 0.04.
    let report = report_of_form(&scenarios::low_saves());
    assert_figure(report.save_share, 40.0 / 520.0, "save_share");
    assert_eq!(report.verdict, Ok(Verdict::Borderline));
    assert_eq!(
        reason_keys(&report),
        ["mean_meets_benchmark", "low_save_share"]
    );
}

#[test]
fn very_uneven_notes_are_a_warning() {
    // followers 5,000; three notes of 100 interactions (56,24,10,10: ratio 1.6%)
    // and one of 1,000 (560,240,100,100: ratio 16%).
    // interactions mean 325, squared deviations 3 × 225² + 675² = 607,500
    // → variance 151,875 → sd 389.71 → CV 1.1991 > 0.8.
    // saves 312 / 1,300 = 24%, comments 130 / 1,300 = 10%: fine.
    let report = report_of_form(&scenarios::uneven());
    let cv = 151_875f64.sqrt() / 325.0;
    assert_figure(report.stability_cv, cv, "stability_cv");
    assert_eq!(report.verdict, Ok(Verdict::Borderline));
    assert_eq!(
        reason_keys(&report),
        ["mean_meets_benchmark", "uneven_notes"]
    );
}

#[test]
fn comment_share_outside_five_to_fifteen_percent_is_a_warning() {
    // two notes (100,50,2,8): comments 4 / 320 = 1.25% < 5%
    let low = report_of_form(&scenarios::twice(100, 50, 2, 8));
    assert_figure(low.comment_share, 0.0125, "low comment_share");
    assert_eq!(low.verdict, Ok(Verdict::Borderline));
    assert_eq!(
        reason_keys(&low),
        ["mean_meets_benchmark", "comment_share_outside_range"]
    );
    // two notes (100,50,40,10): comments 80 / 400 = 20% > 15%
    let high = report_of_form(&scenarios::twice(100, 50, 40, 10));
    assert_figure(high.comment_share, 0.20, "high comment_share");
    assert_eq!(
        reason_keys(&high),
        ["mean_meets_benchmark", "comment_share_outside_range"]
    );
}

#[test]
fn comment_share_exactly_on_either_bound_is_healthy() {
    // (120,60,10,10): 10 / 200 = 5% exactly; (100,60,30,10): 30 / 200 = 15% exactly
    for (scenario, share) in [
        (scenarios::twice(120, 60, 10, 10), 0.05),
        (scenarios::twice(100, 60, 30, 10), 0.15),
    ] {
        let report = report_of_form(&scenario);
        assert_figure(report.comment_share, share, "comment_share");
        assert_eq!(report.verdict, Ok(Verdict::Meets), "at {share}");
    }
}

#[test]
fn more_followers_than_profile_likes_and_saves_is_a_red_flag() {
    // 10,000 followers, profile 9,999: one short → a red flag from the
    // profile (fewer likes and saves ever than followers: bought followers)
    let short = report_of_form(&EngagementForm {
        profile_likes_saves: "9999".into(),
        ..two_note_example()
    });
    assert_eq!(short.verdict, Ok(Verdict::RedFlags));
    assert_eq!(short.red_flags, vec![RedFlag::FollowersExceedProfile]);
    assert_eq!(
        short.reasons.last(),
        Some(&Reason::FollowersExceedLikesSaves {
            followers: 10_000,
            likes_saves: 9_999,
            from_profile: true
        })
    );
    // profile equal to the followers: no warning (the notes' 550 is not used)
    let equal = report_of_form(&EngagementForm {
        profile_likes_saves: "10000".into(),
        ..two_note_example()
    });
    assert_eq!(equal.verdict, Ok(Verdict::Meets));
}

#[test]
fn a_mean_below_the_benchmark_is_below_whatever_else_holds() {
    // (80,40,10,2) and (90,30,10,2): likes+saves 120 each → 1.2% < 1.5%;
    // no note reaches the benchmark, so that warning is listed too.
    let report = report_of_form(&scenarios::below());
    assert_eq!(report.verdict, Ok(Verdict::Below));
    assert_eq!(
        reason_keys(&report),
        ["mean_below_benchmark", "few_notes_meet_benchmark"]
    );
    match report.reasons[0] {
        Reason::MeanBelowBenchmark { mean, benchmark } => {
            assert_close(mean, 0.012, "mean");
            assert_eq!(benchmark, 0.015);
        }
        other => panic!("unexpected reason {other:?}"),
    }
    // raising the benchmark field to 1% turns the same notes into a pass
    let lower = report_of_form(&EngagementForm {
        benchmark: "1".into(),
        ..scenarios::below()
    });
    assert_eq!(lower.verdict, Ok(Verdict::Meets));
}

// --- figures without a value ------------------------------------------------

#[test]
fn zero_followers_leave_the_ratios_undefined_and_the_rest_computed() {
    let default = compute(&EngagementInputs::default());
    let report = compute(&EngagementInputs {
        followers: 0,
        ..EngagementInputs::default()
    });
    for (name, figure) in [
        ("ratio_mean", report.ratio_mean),
        ("ratio_median", report.ratio_median),
        ("share_above_benchmark", report.share_above_benchmark),
        ("er_followers", report.er_followers),
        ("authentic_followers", report.authentic_followers),
        ("authentic_ratio_mean", report.authentic_ratio_mean),
    ] {
        assert_eq!(figure, Err(Undefined::NoFollowers), "{name}");
    }
    assert_eq!(report.verdict, Err(Undefined::NoFollowers));
    assert!(report.reasons.is_empty());
    assert!(report
        .notes
        .iter()
        .all(|n| n.ratio == Err(Undefined::NoFollowers) && !n.meets_benchmark));
    // figures that do not divide by followers stay as they were
    assert_eq!(report.save_share, default.save_share);
    assert_eq!(report.comment_share, default.comment_share);
    assert_eq!(report.stability_cv, default.stability_cv);
    assert_eq!(report.viral_rate, default.viral_rate);
    assert_eq!(report.er_views, default.er_views);
    assert_eq!(report.likes_saves_notes, default.likes_saves_notes);
}

#[test]
fn no_notes_leave_every_note_figure_undefined() {
    let report = report_of_form(&form(25_000, vec![]));
    for (name, figure) in [
        ("ratio_mean", report.ratio_mean),
        ("ratio_median", report.ratio_median),
        ("share_above_benchmark", report.share_above_benchmark),
        ("er_followers", report.er_followers),
        ("save_share", report.save_share),
        ("comment_share", report.comment_share),
        ("stability_cv", report.stability_cv),
        ("viral_rate", report.viral_rate),
        ("authentic_ratio_mean", report.authentic_ratio_mean),
    ] {
        assert_eq!(figure, Err(Undefined::NoNotes), "{name}");
    }
    assert_eq!(report.er_views, Err(Undefined::NoViews));
    assert_eq!(report.verdict, Err(Undefined::NoNotes));
    // the follower figures do not need notes: 25,000 × 0.7
    assert_figure(report.authentic_followers, 17_500.0, "authentic_followers");
    assert_eq!(report.likes_saves_notes, 0);
}

#[test]
fn one_note_gives_ratios_but_no_stability() {
    // (100,50,10,5) over 10,000: ratio 1.5% is the mean and the median
    let report = report_of_form(&form(10_000, vec![row(100, 50, 10, 5)]));
    assert_eq!(report.stability_cv, Err(Undefined::TooFewNotes));
    assert_figure(report.ratio_mean, 0.015, "ratio_mean");
    assert_figure(report.ratio_median, 0.015, "ratio_median");
    assert_figure(report.save_share, 50.0 / 165.0, "save_share");
}

#[test]
fn notes_without_any_interaction_leave_the_shares_undefined() {
    let report = report_of_form(&scenarios::no_interactions());
    assert_eq!(report.save_share, Err(Undefined::NoInteractions));
    assert_eq!(report.comment_share, Err(Undefined::NoInteractions));
    assert_eq!(report.stability_cv, Err(Undefined::NoInteractions));
    // ratios are a plain zero, and zero misses the benchmark
    assert_figure(report.ratio_mean, 0.0, "ratio_mean");
    assert_figure(report.er_followers, 0.0, "er_followers");
    assert_figure(report.er_views, 0.0, "er_views");
    assert_figure(report.viral_rate, 0.0, "viral_rate");
    // Every note at 0%, below the suspicious line: a red flag, which
    // decides before the benchmark.
    assert_eq!(report.verdict, Ok(Verdict::RedFlags));
    assert_eq!(report.red_flags, vec![RedFlag::BelowSuspiciousLine]);
}

#[test]
fn a_fake_share_of_one_hundred_percent_leaves_no_authentic_follower() {
    let report = report_of_form(&EngagementForm {
        fake: "100".into(),
        ..two_note_example()
    });
    assert_figure(report.authentic_followers, 0.0, "authentic_followers");
    assert_eq!(
        report.authentic_ratio_mean,
        Err(Undefined::NoAuthenticFollowers)
    );
    assert_figure(report.ratio_mean, 0.0275, "ratio_mean");
}

// --- what the user typed ------------------------------------------------------

#[test]
fn bad_follower_counts_are_named_and_the_other_results_stay() {
    let default = compute(&EngagementInputs::default());
    let huge = "1".repeat(400);
    for (typed, error) in [
        ("", FieldError::Empty),
        ("   ", FieldError::Empty),
        ("0", FieldError::Zero),
        ("-5", FieldError::Negative),
        ("abc", FieldError::NotANumber),
        ("1.5", FieldError::NotWhole),
        ("10000000001", FieldError::TooLarge { max: MAX_COUNT }),
        (huge.as_str(), FieldError::TooLarge { max: MAX_COUNT }),
        ("<script>alert(1)</script>", FieldError::NotANumber),
        ("1e5", FieldError::NotANumber),
        ("NaN", FieldError::NotANumber),
        ("inf", FieldError::NotANumber),
    ] {
        let parsed = EngagementForm {
            followers: typed.into(),
            ..EngagementForm::default()
        }
        .parse();
        assert_eq!(parsed.errors, vec![(Field::Followers, error)], "{typed:?}");
        assert_eq!(parsed.inputs.followers, 0, "{typed:?}");
        let report = compute(&parsed.inputs);
        assert_eq!(report.ratio_mean, Err(Undefined::NoFollowers), "{typed:?}");
        assert_eq!(report.save_share, default.save_share, "{typed:?}");
        assert_eq!(report.stability_cv, default.stability_cv, "{typed:?}");
    }
}

#[test]
fn counts_are_read_the_way_people_type_them() {
    for typed in [
        "12000",
        "12,000",
        " 12000 ",
        "1.2万",
        "1.2w",
        "12k",
        "１２０００",
    ] {
        let inputs = inputs_of(&EngagementForm {
            followers: typed.into(),
            ..EngagementForm::default()
        });
        assert_eq!(inputs.followers, 12_000, "{typed:?}");
    }
    // the largest count accepted is 10^10 exactly
    let largest = inputs_of(&EngagementForm {
        followers: "10000000000".into(),
        ..EngagementForm::default()
    });
    assert_eq!(largest.followers, 10_000_000_000);
}

/// Fails today (bug in `units::parse_number`): `1.11万` names 11,100
/// followers, but 1.11 × 10,000 in floating point is 11,100.000000000002,
/// which `parse_count` then refuses as not whole. The field's own hint says
/// "You can type 12000, 12k or 1.2万".
#[test]
fn counts_typed_with_a_unit_suffix_read_as_the_whole_number_they_name() {
    let mut refused = Vec::new();
    for (typed, count) in [
        ("1.11万", 11_100),
        ("3.57万", 35_700),
        ("0.07万", 700),
        ("1.1亿", 110_000_000),
        ("2.01k", 2_010),
    ] {
        let parsed = EngagementForm {
            followers: typed.into(),
            ..EngagementForm::default()
        }
        .parse();
        if !parsed.errors.is_empty() || parsed.inputs.followers != count {
            refused.push(format!("{typed} → {:?}", parsed.errors));
        }
    }
    assert!(refused.is_empty(), "refused: {refused:?}");
}

#[test]
fn a_bad_note_cell_leaves_its_row_out_and_keeps_the_others() {
    let default_notes = EngagementInputs::default().notes;
    for (column, typed, error) in [
        (NoteColumn::Likes, "12.5", FieldError::NotWhole),
        (NoteColumn::Saves, "-3", FieldError::Negative),
        (NoteColumn::Comments, "", FieldError::Empty),
        (NoteColumn::Shares, "<b>1</b>", FieldError::NotANumber),
        (
            NoteColumn::Views,
            "99999999999",
            FieldError::TooLarge { max: MAX_COUNT },
        ),
    ] {
        let mut typed_form = EngagementForm::default();
        *typed_form.notes[2].cell_mut(column) = typed.into();
        let parsed = typed_form.parse();
        assert_eq!(
            parsed.errors,
            vec![(Field::Note { row: 2, column }, error)],
            "{column:?} = {typed:?}"
        );
        assert_eq!(parsed.rows_left_out, 1);
        let mut kept = default_notes.clone();
        kept.remove(2);
        assert_eq!(parsed.inputs.notes, kept);
        assert_eq!(compute(&parsed.inputs).notes.len(), 5);
    }
}

#[test]
fn bad_percentages_and_bounds_fall_back_to_their_defaults() {
    let defaults = EngagementInputs::default();
    let line_range = FieldError::OutOfRange {
        min: 0.001,
        max: 100.0,
    };
    let percent_range = FieldError::OutOfRange {
        min: 0.0,
        max: 100.0,
    };
    for (field, typed, error) in [
        (Field::Benchmark, "0", line_range),
        (Field::Benchmark, "150", line_range),
        (Field::Benchmark, "-1", FieldError::Negative),
        (Field::Benchmark, "1.5.", FieldError::NotANumber),
        (Field::Suspicious, "", FieldError::Empty),
        (Field::Qualified, "200%", line_range),
        (Field::Fake, "101", percent_range),
        (Field::Fake, "-1", FieldError::Negative),
        (Field::Fake, "lots", FieldError::NotANumber),
        (Field::TailFrom, "0", FieldError::Zero),
        (Field::TailFrom, "1.5", FieldError::NotWhole),
        (Field::MidFrom, "5000", FieldError::NotAscending),
        (Field::HeadFrom, "50000", FieldError::NotAscending),
        (Field::ProfileLikesSaves, "1.5", FieldError::NotWhole),
        (Field::ProfileLikesSaves, "-1", FieldError::Negative),
    ] {
        let mut typed_form = EngagementForm::default();
        *typed_form.text_mut(field).expect("a single-value field") = typed.into();
        let parsed = typed_form.parse();
        assert_eq!(parsed.errors, vec![(field, error)], "{field:?} = {typed:?}");
        // every field in error falls back to its default; the profile total
        // and the fake share to "not given"
        let expected = EngagementInputs {
            profile_likes_saves: match field {
                Field::ProfileLikesSaves => None,
                _ => defaults.profile_likes_saves,
            },
            ..defaults.clone()
        };
        assert_eq!(parsed.inputs, expected, "{field:?} = {typed:?}");
    }
}

#[test]
fn several_bad_fields_each_get_their_own_error() {
    let mut typed = EngagementForm {
        followers: "many".into(),
        benchmark: "0".into(),
        fake: "120".into(),
        head_from: "40000".into(),
        ..EngagementForm::default()
    };
    typed.notes[0].views = "lots".into();
    let parsed = typed.parse();
    let fields: Vec<Field> = parsed.errors.iter().map(|(f, _)| *f).collect();
    assert_eq!(fields.len(), 5, "{:?}", parsed.errors);
    for field in [
        Field::Followers,
        Field::Benchmark,
        Field::Fake,
        Field::HeadFrom,
        Field::Note {
            row: 0,
            column: NoteColumn::Views,
        },
    ] {
        assert!(fields.contains(&field), "{field:?} missing");
    }
    let report = compute(&parsed.inputs);
    assert_eq!(report.notes.len(), 5);
    assert!(report.save_share.is_ok() && report.viral_rate.is_ok());
}

#[test]
fn pasted_garbage_never_becomes_a_number() {
    let pasted = parse_pasted_rows("<script>alert(1)</script>\n120\t40\t8\t2\n10\tx\t3\t1\n");
    assert_eq!(pasted.skipped_lines, 1);
    let typed = EngagementForm {
        notes: pasted.rows,
        ..form(10_000, vec![])
    };
    let parsed = typed.parse();
    assert_eq!(
        parsed.errors,
        vec![(
            Field::Note {
                row: 1,
                column: NoteColumn::Saves
            },
            FieldError::NotANumber
        )]
    );
    assert_eq!(parsed.inputs.notes.len(), 1);
    assert_eq!(parsed.inputs.notes[0].likes, 120);
    assert_figure(compute(&parsed.inputs).ratio_mean, 0.016, "ratio_mean");
}

#[test]
fn blank_rows_are_skipped_silently() {
    let mut typed = two_note_example();
    typed.notes.insert(1, NoteText::default());
    let parsed = typed.parse();
    assert_eq!(parsed.errors, vec![]);
    assert_eq!(parsed.inputs.notes.len(), 2);
}
