//! Timeline links reopen what was on the page: a wave, a step or a list of
//! days typed with a mistake comes back cell by cell, line by line, with
//! the same message and the same schedule; what no field can hold falls
//! back with a notice naming it.

use kolcalc::calculators::timeline::form::{Field, Global, TimelineForm, WaveColumn};
use kolcalc::calculators::timeline::link::{decode, encode};
use kolcalc::calculators::timeline::model::{Step, Wave};
use kolcalc::calculators::timeline::plan::compute;
use kolcalc::dates::Date;
use kolcalc::fields::FieldText;
use kolcalc::link::{build_query, LinkNotice, LinkReader};

fn today() -> Date {
    Date::from_ymd(2026, 11, 25).expect("a date")
}

fn open(query: &str) -> (TimelineForm, Vec<LinkNotice>) {
    let mut reader = LinkReader::new(query);
    let form = decode(&mut reader, today());
    (form, reader.finish())
}

fn set(form: &mut TimelineForm, field: Field, text: &str) {
    *form.text_mut(field).expect("a field") = text.into();
}

/// The page's case: the seeding wave's creators set to 123, then the next
/// cell to `abc`, then reloaded. The page planned 123 creators; the link
/// used to reopen the default wave of 20.
#[test]
fn a_wave_with_a_bad_cell_reopens_cell_by_cell() {
    let mut form = TimelineForm::new(today());
    set(
        &mut form,
        Field::Wave(Wave::Seeding, WaveColumn::Creators),
        "123",
    );
    set(
        &mut form,
        Field::Wave(Wave::Seeding, WaveColumn::Parallel),
        "abc",
    );
    let link = build_query(&encode(&form));
    let (opened, notices) = open(&link);
    assert_eq!(notices, vec![], "{link}");
    assert_eq!(opened, form, "{link}");
    let (before, after) = (form.parse(today()), opened.parse(today()));
    assert_eq!(after, before);
    assert_eq!(after.inputs.waves[0].creators, 123);
    assert_eq!(compute(&after.inputs), compute(&before.inputs));
}

#[test]
fn steps_rounds_and_lists_of_days_come_back_as_typed() {
    let mut form = TimelineForm::new(today());
    set(&mut form, Field::StepDays(Step::DraftReview, 0), "5");
    set(&mut form, Field::StepDays(Step::DraftReview, 1), "3,5");
    set(&mut form, Field::Global(Global::Seed), "x");
    set(
        &mut form,
        Field::Global(Global::DaysOff),
        "2026-12-24\n\n2026-12-28 ~ 2026-12-31; 2027-01-02\nnot a date\n",
    );
    set(&mut form, Field::Global(Global::WorkingDays), "50%");
    let link = build_query(&encode(&form));
    let (opened, notices) = open(&link);
    assert_eq!(notices, vec![], "{link}");
    assert_eq!(opened, form, "{link}");
    assert_eq!(opened.parse(today()), form.parse(today()));
}

#[test]
fn published_lists_of_days_read_as_before() {
    let (form, notices) = open("off=2026-12-24;2026-12-28~2026-12-31&work=2026-12-27");
    assert_eq!(notices, vec![]);
    assert_eq!(
        form.text(Field::Global(Global::DaysOff)),
        "2026-12-24\n2026-12-28~2026-12-31"
    );
    let parsed = form.parse(today());
    assert_eq!(parsed.errors, vec![]);
    assert_eq!(parsed.inputs.edits.days_off.len(), 2);
}

#[test]
fn what_no_field_can_hold_keeps_its_default_with_a_notice() {
    let (form, notices) = open("dir=sideways&w1=1,2&sel=1,2,3,x&rc=1,2,3,4&s=abc");
    let defaults = TimelineForm::new(today());
    assert_eq!(form.direction, defaults.direction);
    assert_eq!(form.waves, defaults.waves);
    assert_eq!(form.steps, defaults.steps);
    assert_eq!(form.rounds, defaults.rounds);
    // the date typed by hand is shown in its field, with its message
    assert_eq!(form.text(Field::Global(Global::Start)), "abc");
    let keys: Vec<String> = notices
        .iter()
        .map(|n| match n {
            LinkNotice::Ignored { key, .. } => key.clone(),
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(keys, vec!["dir", "sel", "rc", "w1"]);
}
