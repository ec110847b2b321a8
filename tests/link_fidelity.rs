//! The same link opens the same page: for any form state (whatever was
//! typed in each field, valid or not, separators and percent signs
//! included), the link the page writes reopens the same form state, so each
//! field shows the same text with the same message, and the calculator
//! computes the same inputs and outputs; and a link the app wrote never
//! leaves a notice.

use kolcalc::calculators::budget_mix::form::MixForm;
use kolcalc::calculators::budget_mix::model::Objective;
use kolcalc::calculators::compensation::form::{CompensationForm, FIELD_COUNT};
use kolcalc::calculators::compensation::model::{compute as compensation_compute, Basis};
use kolcalc::calculators::engagement::form::{EngagementForm, NoteColumn, NoteText};
use kolcalc::calculators::engagement::link::{fit, LinkFit};
use kolcalc::calculators::engagement::model::compute as engagement_compute;
use kolcalc::calculators::timeline::form::TimelineForm;
use kolcalc::calculators::timeline::model::Direction;
use kolcalc::calculators::{budget_mix, compensation, engagement, timeline};
use kolcalc::currency::Currency;
use kolcalc::dates::Date;
use kolcalc::i18n::Lang;
use kolcalc::link::{build_query, LinkNotice, LinkReader, SharedSettings};
use proptest::prelude::*;

fn today() -> Date {
    Date::from_ymd(2026, 11, 25).expect("a date")
}

/// Text as people type it into a field: numbers, numbers written the way
/// people write them, the link's own separators, and anything at all.
fn typed() -> BoxedStrategy<String> {
    prop_oneof![
        3 => "[0-9]{1,7}",
        2 => "[0-9]{1,4}[.,][0-9]{1,2}",
        2 => "[0-9 ,;%％.+万kK-]{0,9}",
        1 => "[a-z&=#?+~ ]{0,6}",
        1 => "%(25|2C|2c|3B|3b|20|zz)?[0-9]{0,3}",
        1 => "\\PC{0,10}",
        1 => Just(String::new()),
    ]
    .boxed()
}

/// A list of lines as typed into a text box (dates, comments).
fn typed_lines() -> BoxedStrategy<String> {
    prop::collection::vec(
        prop_oneof![
            "2026-0[1-9]-[12][0-9]",
            "2026-07-0[1-9] ?~ ?2026-07-1[0-9]",
            typed()
        ],
        0..4,
    )
    .prop_map(|lines| lines.join("\n"))
    .boxed()
}

fn settings() -> impl Strategy<Value = (SharedSettings, Lang)> {
    (
        prop::sample::select(Currency::ALL.to_vec()),
        prop_oneof![Just(None), (0.01f64..100.0).prop_map(Some)],
        prop::sample::select(Lang::ALL.to_vec()),
    )
        .prop_map(|(currency, rate, lang)| {
            let settings = SharedSettings {
                lang: Some(lang),
                currency,
                cny_per_unit: rate.unwrap_or_else(|| currency.default_cny_per_unit()),
                embed: false,
            };
            (settings, lang)
        })
}

/// Writes the link the page writes and opens it as the page opens it.
fn reopen<F>(
    (settings, lang): &(SharedSettings, Lang),
    form: &F,
    encode: fn(&F) -> Vec<(&'static str, String)>,
    decode: impl FnOnce(&mut LinkReader) -> F,
) -> (String, SharedSettings, F, Vec<LinkNotice>) {
    let mut pairs = SharedSettings {
        lang: Some(*lang),
        ..settings.clone()
    }
    .pairs();
    pairs.extend(encode(form));
    let link = build_query(&pairs);
    let mut reader = LinkReader::new(&link);
    let reopened_settings = SharedSettings::read(&mut reader);
    let reopened = decode(&mut reader);
    (link, reopened_settings, reopened, reader.finish())
}

/// A row with nothing at all typed in it.
fn untouched(row: &NoteText) -> bool {
    NoteColumn::ALL.iter().all(|&c| row.cell(c).is_empty())
}

fn note_row() -> impl Strategy<Value = NoteText> {
    prop_oneof![
        // a row just added: nothing typed in yet
        1 => Just(NoteText::default()),
        6 => [typed(), typed(), typed(), typed(), typed()]
            .prop_map(|[a, b, c, d, e]| NoteText::from_cells([&a, &b, &c, &d, &e])),
    ]
}

fn engagement_form() -> impl Strategy<Value = EngagementForm> {
    (
        prop::collection::vec(typed(), 9),
        prop::collection::vec(note_row(), 0..12),
        typed_lines(),
    )
        .prop_map(|(texts, notes, comments)| {
            let mut texts = texts.into_iter();
            let mut next = || texts.next().unwrap_or_default();
            EngagementForm {
                followers: next(),
                benchmark: next(),
                suspicious: next(),
                qualified: next(),
                fake: next(),
                tail_from: next(),
                mid_from: next(),
                head_from: next(),
                profile_likes_saves: next(),
                notes,
                comments,
            }
        })
}

fn compensation_form() -> impl Strategy<Value = CompensationForm> {
    (
        prop::collection::vec(typed(), FIELD_COUNT),
        prop::sample::select(Basis::ALL.to_vec()),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(texts, basis, quote_in_display, quote_is_net)| CompensationForm {
                texts: texts.try_into().expect("one text per field"),
                basis,
                quote_in_display,
                quote_is_net,
            },
        )
}

fn mix_form() -> impl Strategy<Value = MixForm> {
    (
        prop::collection::vec(typed(), 16),
        prop::collection::vec(typed(), 35),
        prop::sample::select(Objective::ALL.to_vec()),
    )
        .prop_map(|(globals, cells, objective)| {
            let mut cells = cells.into_iter();
            MixForm {
                globals: globals.try_into().expect("16 fields"),
                cells: std::array::from_fn(|_| {
                    std::array::from_fn(|_| cells.next().unwrap_or_default())
                }),
                objective,
            }
        })
}

fn timeline_form() -> impl Strategy<Value = TimelineForm> {
    (
        prop::collection::vec(typed(), 5),
        (typed_lines(), typed_lines()),
        prop::collection::vec(typed(), 18 + 6 + 9),
        prop::collection::vec(any::<bool>(), 6),
        any::<bool>(),
    )
        .prop_map(|(globals, (off, work), cells, working, backward)| {
            let mut form = TimelineForm::new(today());
            let mut globals = globals.into_iter();
            for slot in form.globals.iter_mut().take(5) {
                *slot = globals.next().unwrap_or_default();
            }
            form.globals[5] = off;
            form.globals[6] = work;
            let mut cells = cells.into_iter();
            let mut next = || cells.next().unwrap_or_default();
            form.steps = std::array::from_fn(|_| std::array::from_fn(|_| next()));
            form.rounds = std::array::from_fn(|_| std::array::from_fn(|_| next()));
            form.waves = std::array::from_fn(|_| std::array::from_fn(|_| next()));
            form.working = std::array::from_fn(|i| working[i]);
            form.direction = if backward {
                Direction::Backward
            } else {
                Direction::Forward
            };
            form
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_engagement_form_reopens_the_same(form in engagement_form(), settings in settings()) {
        prop_assume!(fit(&form) == LinkFit::Whole);
        let (link, reopened_settings, reopened, notices) =
            reopen(&settings, &form, engagement::link::encode, engagement::link::decode);
        // Rows just added, with nothing typed in, are not part of the
        // scenario; comments of nothing but spaces are none.
        let mut shown = form.clone();
        shown.notes.retain(|row| !untouched(row));
        if shown.comments.trim().is_empty() {
            shown.comments.clear();
        }
        prop_assert_eq!(&reopened, &shown, "{}", link);
        prop_assert_eq!(notices, vec![], "{}", link);
        prop_assert_eq!(reopened_settings, settings.0);
        let (before, after) = (form.parse(), reopened.parse());
        prop_assert_eq!(&before.inputs, &after.inputs, "{}", link);
        prop_assert_eq!(before.rows_left_out, after.rows_left_out);
        prop_assert_eq!(before.errors.len(), after.errors.len());
        prop_assert_eq!(engagement_compute(&before.inputs), engagement_compute(&after.inputs));
    }

    #[test]
    fn any_compensation_form_reopens_the_same(form in compensation_form(), settings in settings()) {
        prop_assume!(compensation::link::fits(&form));
        let (link, _, reopened, notices) =
            reopen(&settings, &form, compensation::link::encode, compensation::link::decode);
        prop_assert_eq!(&reopened, &form, "{}", link);
        prop_assert_eq!(notices, vec![], "{}", link);
        let rate = settings.0.cny_per_unit;
        let (before, after) = (form.parse_at_rate(rate), reopened.parse_at_rate(rate));
        prop_assert_eq!(&before, &after);
        prop_assert_eq!(compensation_compute(&before.inputs), compensation_compute(&after.inputs));
    }

    #[test]
    fn any_budget_mix_form_reopens_the_same(form in mix_form(), settings in settings()) {
        prop_assume!(budget_mix::link::fits(&form));
        let (link, _, reopened, notices) =
            reopen(&settings, &form, budget_mix::link::encode, budget_mix::link::decode);
        prop_assert_eq!(&reopened, &form, "{}", link);
        prop_assert_eq!(notices, vec![], "{}", link);
        // Outputs are a function of the inputs read (the optimiser and the
        // Monte Carlo are seeded): the same inputs, the same outputs.
        let rate = settings.0.cny_per_unit;
        prop_assert_eq!(form.parse(rate), reopened.parse(rate));
    }

    #[test]
    fn any_timeline_form_reopens_the_same(form in timeline_form(), settings in settings()) {
        prop_assume!(timeline::link::fits(&form));
        let (link, _, reopened, notices) = reopen(
            &settings,
            &form,
            timeline::link::encode,
            |reader| timeline::link::decode(reader, today()),
        );
        prop_assert_eq!(&reopened, &form, "{}", link);
        prop_assert_eq!(notices, vec![], "{}", link);
        // The schedule is a function of the inputs read (draws are seeded).
        prop_assert_eq!(form.parse(today()), reopened.parse(today()));
    }
}
