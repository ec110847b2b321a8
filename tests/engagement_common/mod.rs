//! Helpers shared by the integration tests, named by what a test does:
//! open a scenario link, compute its report, write a form's link, compare
//! floating-point figures.
// Each test crate uses its own subset of these helpers.
#![allow(dead_code)]

pub mod outputs;
pub mod scenarios;

use kolcalc::calculators::engagement::form::{EngagementForm, NoteText};
use kolcalc::calculators::engagement::link::{decode, encode};
use kolcalc::calculators::engagement::model::{
    compute, EngagementInputs, EngagementReport, Figure,
};
use kolcalc::i18n::Lang;
use kolcalc::link::{build_query, LinkNotice, LinkReader, SharedSettings};

/// Everything a scenario link opens: shared settings, the form and the notices.
#[derive(Clone, Debug)]
pub struct Opened {
    pub settings: SharedSettings,
    pub form: EngagementForm,
    pub notices: Vec<LinkNotice>,
}

/// Opens a link's query the way the page does.
pub fn open(query: &str) -> Opened {
    let mut reader = LinkReader::new(query);
    let settings = SharedSettings::read(&mut reader);
    let form = decode(&mut reader);
    let notices = reader.finish();
    Opened {
        settings,
        form,
        notices,
    }
}

/// The form a link opens and the notices it leaves.
pub fn open_link(query: &str) -> (EngagementForm, Vec<LinkNotice>) {
    let opened = open(query);
    (opened.form, opened.notices)
}

/// Reads a form that must have no field in error.
pub fn inputs_of(form: &EngagementForm) -> EngagementInputs {
    let parsed = form.parse();
    assert_eq!(parsed.errors, vec![], "form should read cleanly: {form:?}");
    assert_eq!(parsed.rows_left_out, 0);
    parsed.inputs
}

/// The report of a form that must have no field in error.
pub fn report_of_form(form: &EngagementForm) -> EngagementReport {
    compute(&inputs_of(form))
}

/// The report a link opens to. A decoded form never holds a field in error.
pub fn report_of(query: &str) -> EngagementReport {
    report_of_form(&open(query).form)
}

/// The link of a form with default settings, in English.
pub fn link_of(form: &EngagementForm) -> String {
    link_with(&SharedSettings::default(), Lang::En, form)
}

/// The link of a form with the given settings and language.
pub fn link_with(settings: &SharedSettings, lang: Lang, form: &EngagementForm) -> String {
    let mut pairs = SharedSettings {
        lang: Some(lang),
        ..settings.clone()
    }
    .pairs();
    pairs.extend(encode(form));
    build_query(&pairs)
}

/// A note row without views.
pub fn row(likes: u64, saves: u64, comments: u64, shares: u64) -> NoteText {
    NoteText {
        likes: likes.to_string(),
        saves: saves.to_string(),
        comments: comments.to_string(),
        shares: shares.to_string(),
        views: String::new(),
    }
}

/// A note row with views.
pub fn viewed(likes: u64, saves: u64, comments: u64, shares: u64, views: u64) -> NoteText {
    NoteText {
        views: views.to_string(),
        ..row(likes, saves, comments, shares)
    }
}

/// A form with these followers and notes; fake share by tier, no profile
/// total, the suspicious line at 1% (below these scenarios' notes, which
/// were worked around the brief's 1.5%, so that red flag stays quiet
/// unless a test sets the line; `engagement_fidelity.rs` tests it), every
/// other field at its default.
pub fn form(followers: u64, notes: Vec<NoteText>) -> EngagementForm {
    EngagementForm {
        followers: followers.to_string(),
        notes,
        fake: String::new(),
        profile_likes_saves: String::new(),
        suspicious: "1".into(),
        ..EngagementForm::default()
    }
}

/// Whether `a` and `b` agree within relative tolerance `rel`.
pub fn approx_eq(a: f64, b: f64, rel: f64) -> bool {
    if a == b {
        return true;
    }
    let scale = a.abs().max(b.abs()).max(f64::MIN_POSITIVE);
    (a - b).abs() <= rel * scale
}

/// Asserts `actual` equals `expected` within a relative 1e-12.
#[track_caller]
pub fn assert_close(actual: f64, expected: f64, what: &str) {
    assert!(
        approx_eq(actual, expected, 1e-12),
        "{what}: got {actual:e}, expected {expected:e}"
    );
}

/// Asserts a figure is defined and close to `expected`.
#[track_caller]
pub fn assert_figure(figure: Figure, expected: f64, what: &str) {
    match figure {
        Ok(value) => assert_close(value, expected, what),
        Err(why) => panic!("{what}: undefined ({why:?}), expected {expected}"),
    }
}
