//! Browser tests: run in headless Chromium by wasm-bindgen-test
//! (`cargo test --target wasm32-unknown-unknown --test engagement_browser`).
//!
//! Each test mounts the engagement page on its own element, drives it the way
//! a browser does (input events that bubble, clicks) and reads the DOM only by
//! ids, `<output>` names, ARIA attributes and visible text, never by layout or
//! styling. Expected figures come from the pure core (`compute`), so these
//! tests check the wiring between the form, the core and the page.
#![cfg(target_arch = "wasm32")]

mod engagement_common;

use gloo::timers::future::TimeoutFuture;
use kolcalc::calculators::engagement::form::{EngagementForm, NoteText};
use kolcalc::calculators::engagement::link;
use kolcalc::calculators::engagement::model::{compute, EngagementReport};
use kolcalc::calculators::engagement::outputs;
use kolcalc::calculators::engagement::view::page::{EngagementPage, EngagementPageProps};
use kolcalc::currency::Currency;
use kolcalc::i18n::Lang;
use kolcalc::link::{build_query, LinkNotice, LinkReader, SharedSettings, MAX_QUERY_BYTES};
use kolcalc::ui::Settings;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

type Pairs = Vec<(&'static str, String)>;

/// Picks one text field of the form.
type Setter = fn(&mut EngagementForm) -> &mut String;

/// The figures every engagement scenario shows.
/// (The core lists them: see `engagement_common::outputs`.)

/// The figures of the comment check, shown once comments are pasted.
const COMMENT_FIGURES: [&str; 4] = [
    "comments_checked",
    "duplicate_share",
    "template_share",
    "short_share",
];

/// A scenario link as an editor would write it: shared keys, then the
/// calculator's keys, including a pasted comment list.
const LINKED: &str = "v=1&lang=en&cur=CNY&f=32000\
    &notes=420,180,46,12,9800;310,150,31,8,7400;1250,640,120,55;280,105,22,6,6100\
    &b=1.8&sus=3&qual=5&fake=20&tiers=10000,50000,500000&ls=86000\
    &cm=%E5%A5%BD%E7%9C%8B%0A%E5%A5%BD%E7%9C%8B%0Awhere%20is%20this%20cafe%3F%0A%F0%9F%91%8D";

/// A page mounted on its own element, with the link pairs it emitted.
struct Page {
    root: web_sys::Element,
    handle: Option<yew::AppHandle<EngagementPage>>,
    links: Rc<RefCell<Vec<Pairs>>>,
}

impl Drop for Page {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

fn settings(lang: Lang) -> Settings {
    Settings {
        lang,
        currency: Currency::Cny,
        cny_per_unit: 1.0,
    }
}

async fn settle() {
    yew::scheduler::flush().await;
}

/// Lets the browser lay out, fire ResizeObservers and paint, then renders.
async fn next_frames() {
    TimeoutFuture::new(120).await;
    settle().await;
    TimeoutFuture::new(30).await;
    settle().await;
}

async fn mount_with(query: &str, lang: Lang, width_px: u32) -> Page {
    let root = document().create_element("div").expect("a div");
    root.set_attribute("style", &format!("width:{width_px}px"))
        .expect("style");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    let links: Rc<RefCell<Vec<Pairs>>> = Rc::default();
    let on_link = {
        let links = links.clone();
        Callback::from(move |pairs: Pairs| links.borrow_mut().push(pairs))
    };
    let props = EngagementPageProps {
        query: AttrValue::from(query.to_string()),
        settings: settings(lang),
        on_link,
    };
    let handle = yew::Renderer::<EngagementPage>::with_root_and_props(root.clone(), props).render();
    settle().await;
    Page {
        root,
        handle: Some(handle),
        links,
    }
}

async fn mount(query: &str) -> Page {
    mount_with(query, Lang::En, 960).await
}

/// Reads a link the way the page does.
fn decode(query: &str) -> (EngagementForm, Vec<LinkNotice>) {
    let mut reader = LinkReader::new(query);
    SharedSettings::read(&mut reader);
    let form = link::decode(&mut reader);
    (form, reader.finish())
}

/// What each `<output>` must hold for `form`: name → data-value, from the
/// core's list of outputs.
fn expected(form: &EngagementForm) -> BTreeMap<String, String> {
    let report: EngagementReport = compute(&form.parse().inputs);
    outputs::outputs(&report)
        .iter()
        .map(|o| (o.key.clone(), o.data()))
        .collect()
}

fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(selector).expect("a valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .collect()
}

fn one(root: &web_sys::Element, selector: &str) -> web_sys::Element {
    root.query_selector(selector)
        .expect("a valid selector")
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn text(element: &web_sys::Element) -> String {
    element
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// Every `<output>` on the page: name → (data-value, visible text).
fn outputs(root: &web_sys::Element) -> BTreeMap<String, (String, String)> {
    all(root, "output[name]")
        .iter()
        .map(|o| {
            (
                o.get_attribute("name").unwrap_or_default(),
                (o.get_attribute("data-value").unwrap_or_default(), text(o)),
            )
        })
        .collect()
}

fn output(root: &web_sys::Element, name: &str) -> String {
    one(root, &format!("output[name=\"{name}\"]"))
        .get_attribute("data-value")
        .unwrap_or_default()
}

/// Asserts whether the results are marked out of date, answer included.
fn assert_stale(page: &Page, stale: bool, context: &str) {
    for selector in ["section.results", ".answer-bar"] {
        let state = one(&page.root, selector).get_attribute("data-state");
        assert_eq!(
            state.as_deref(),
            stale.then_some("stale"),
            "{context}: data-state of {selector}"
        );
    }
}

/// Asserts that the page shows exactly what the core computes for `form`.
fn assert_outputs(page: &Page, form: &EngagementForm, context: &str) {
    let shown = outputs(&page.root);
    let want = expected(form);
    for name in &engagement_common::outputs::page_output_names() {
        assert!(
            shown.contains_key(name),
            "{context}: no <output name={name}>"
        );
    }
    for (name, value) in &want {
        let (data, visible) = shown
            .get(name)
            .unwrap_or_else(|| panic!("{context}: no <output name={name}>"));
        assert_eq!(data, value, "{context}: data-value of {name}");
        // How each is written is held by the server-rendered outputs test;
        // here, that a defined figure shows something other than a dash.
        assert!(!visible.is_empty(), "{context}: {name} shows nothing");
        if !value.is_empty() {
            assert!(
                visible != "–",
                "{context}: {name} shows a dash, not its value"
            );
        }
    }
    if !want.contains_key("comments_checked") {
        for name in COMMENT_FIGURES {
            assert!(
                !shown.contains_key(name),
                "{context}: {name} shown without comments"
            );
        }
    }
}

fn last_link(page: &Page) -> Pairs {
    page.links
        .borrow()
        .last()
        .cloned()
        .expect("the page emitted its link")
}

fn link_value(pairs: &Pairs, key: &str) -> Option<String> {
    pairs
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v.clone())
}

/// The full query a shared link would carry for these pairs.
fn query_of(pairs: &Pairs) -> String {
    let shared = SharedSettings {
        lang: Some(Lang::En),
        currency: Currency::Cny,
        cny_per_unit: 1.0,
        embed: false,
    };
    let mut all = SharedSettings {
        lang: Some(Lang::En),
        ..shared.clone()
    }
    .pairs();
    all.extend(pairs.iter().cloned());
    build_query(&all)
}

fn set_value(element: &web_sys::Element, value: &str) {
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(value);
    } else {
        panic!("{} is not a text box", element.outer_html());
    }
}

fn value_of(element: &web_sys::Element) -> String {
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        input.value()
    } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.value()
    } else {
        panic!("{} is not a text box", element.outer_html());
    }
}

/// Replaces a text box's text as typing would, then lets the page render.
async fn type_into(element: &web_sys::Element, value: &str) {
    set_value(element, value);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_data(Some(value));
    init.set_input_type("insertText");
    let event =
        web_sys::InputEvent::new_with_event_init_dict("input", &init).expect("an input event");
    element.dispatch_event(&event).expect("dispatched");
    settle().await;
}

async fn type_id(page: &Page, id: &str, value: &str) {
    type_into(&one(&page.root, &format!("#{id}")), value).await;
}

fn cell(page: &Page, label: &str) -> web_sys::Element {
    one(
        &page.root,
        &format!(".notes-table input[aria-label=\"{label}\"]"),
    )
}

fn note_inputs(page: &Page) -> Vec<web_sys::Element> {
    all(&page.root, ".notes-table input")
}

fn button(page: &Page, label: &str) -> web_sys::HtmlElement {
    all(&page.root, "button")
        .into_iter()
        .find(|b| text(b) == label || b.get_attribute("aria-label").as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no button {label:?}"))
        .dyn_into::<web_sys::HtmlElement>()
        .expect("a button is an HTML element")
}

async fn click(element: &web_sys::HtmlElement) {
    element.click();
    settle().await;
}

/// The form the page should now hold: the link it last emitted, decoded.
fn form_of_last_link(page: &Page) -> EngagementForm {
    let (form, notices) = decode(&query_of(&last_link(page)));
    assert_eq!(notices, vec![], "the page's own link reads back cleanly");
    form
}

/// A field in error shows it beside itself: marked invalid, described by its
/// error, and the error sits in the field's own container (the nearest
/// ancestor of the input that holds the error holds no other input).
fn assert_field_error(page: &Page, id: &str, context: &str) {
    let input = one(&page.root, &format!("#{id}"));
    assert_eq!(
        input.get_attribute("aria-invalid").as_deref(),
        Some("true"),
        "{context}: #{id} is aria-invalid"
    );
    let error_id = format!("{id}-error");
    let error = page
        .root
        .query_selector(&format!("#{error_id}"))
        .expect("selector")
        .unwrap_or_else(|| panic!("{context}: no #{error_id}"));
    assert!(
        text(&error).chars().count() > 3,
        "{context}: #{error_id} says what is wrong"
    );
    let described_by = input.get_attribute("aria-describedby").unwrap_or_default();
    assert!(
        described_by.split_whitespace().any(|d| d == error_id),
        "{context}: #{id} is described by #{error_id} (aria-describedby={described_by:?})"
    );
    let mut container = input.parent_element();
    while let Some(c) = container.clone() {
        if c.contains(Some(&error)) {
            break;
        }
        container = c.parent_element();
    }
    let container = container.expect("the error is inside the page");
    assert_eq!(
        all(&container, "input, textarea, select").len(),
        1,
        "{context}: #{error_id} is next to #{id}, not elsewhere in the form"
    );
}

fn assert_no_field_error(page: &Page, id: &str, context: &str) {
    let input = one(&page.root, &format!("#{id}"));
    assert_eq!(
        input.get_attribute("aria-invalid"),
        None,
        "{context}: #{id} is not invalid"
    );
    assert!(
        page.root
            .query_selector(&format!("#{id}-error"))
            .expect("selector")
            .is_none(),
        "{context}: #{id}-error is gone"
    );
}

#[wasm_bindgen_test]
async fn default_scenario_shows_what_the_core_computes() {
    let page = mount("").await;
    let form = EngagementForm::default();
    assert_outputs(&page, &form, "default scenario");

    // By hand: (likes + saves) / 25,000 for the six example notes.
    let likes_saves = [600.0, 460.0, 1890.0, 385.0, 600.0, 780.0];
    let by_hand = likes_saves.iter().map(|v| v / 25_000.0).sum::<f64>() / 6.0;
    let shown: f64 = output(&page.root, "ratio_mean").parse().expect("a number");
    assert!(
        (shown - by_hand).abs() < 1e-12,
        "ratio_mean {shown} vs {by_hand}"
    );
    assert_eq!(output(&page.root, "tier"), "tail");
    assert_eq!(output(&page.root, "notes_counted"), "6");
    assert_eq!(note_inputs(&page).len(), 6 * 5, "six rows of five cells");

    // On opening, the page reports its scenario once, every key written.
    let links = page.links.borrow().clone();
    assert_eq!(links.len(), 1, "one link on mount");
    assert_eq!(links[0], link::encode(&form));
    for key in ["f", "notes", "b", "sus", "qual", "fake", "tiers", "ls"] {
        assert!(link_value(&links[0], key).is_some(), "link writes {key}");
    }
}

#[wasm_bindgen_test]
async fn linked_scenario_shows_what_the_core_computes() {
    let (form, notices) = decode(LINKED);
    assert_eq!(notices, vec![], "the test link is clean");
    assert_eq!(form.followers, "32000");
    let page = mount(LINKED).await;
    assert_outputs(&page, &form, "linked scenario");
    assert_eq!(output(&page.root, "notes_counted"), "4");
    assert_eq!(output(&page.root, "fake_share"), "0.2");
    assert_eq!(output(&page.root, "comments_checked"), "4");
    assert!(
        all(&page.root, "[data-notices]").is_empty(),
        "a clean link shows no notice"
    );
    assert_eq!(value_of(&one(&page.root, "#followers")), "32000");
    assert_eq!(value_of(&one(&page.root, "#benchmark")), "1.8");
    assert_eq!(value_of(&one(&page.root, "#fake")), "20");
    assert_eq!(value_of(&one(&page.root, "#comments")).lines().count(), 4);
    assert_eq!(last_link(&page), link::encode(&form));
}

#[wasm_bindgen_test]
async fn typing_updates_outputs_and_the_link() {
    let page = mount("").await;
    let mut form = EngagementForm::default();

    type_id(&page, "followers", "50000").await;
    form.followers = "50000".into();
    assert_outputs(&page, &form, "followers 50000");
    assert_eq!(output(&page.root, "tier"), "mid");
    assert_eq!(link_value(&last_link(&page), "f").as_deref(), Some("50000"));

    // Chinese shorthand for ten thousands.
    type_id(&page, "followers", "1.2万").await;
    form.followers = "1.2万".into();
    assert_outputs(&page, &form, "followers 1.2万");
    assert_eq!(output(&page.root, "tier"), "tail");
    assert_eq!(form.parse().inputs.followers, 12_000);

    let likes = cell(&page, "Likes, note 1");
    assert_eq!(value_of(&likes), "420");
    type_into(&likes, "2000").await;
    form.notes[0].likes = "2000".into();
    assert_outputs(&page, &form, "note 1 likes 2000");
    let notes = link_value(&last_link(&page), "notes").expect("notes in the link");
    assert!(
        notes.starts_with("2000,180,46,12,9800;"),
        "link notes: {notes}"
    );

    type_into(&cell(&page, "Views, note 3"), "").await;
    form.notes[2].views = String::new();
    assert_outputs(&page, &form, "note 3 without views");

    for (id, value) in [
        ("benchmark", "2.5"),
        ("fake", "10"),
        ("suspicious", "2"),
        ("qualified", "6"),
        ("profile-likes-saves", "5000"),
        ("tail-from", "5000"),
        ("mid-from", "12000"),
        ("head-from", "900000"),
    ] {
        type_id(&page, id, value).await;
    }
    form.benchmark = "2.5".into();
    form.fake = "10".into();
    form.suspicious = "2".into();
    form.qualified = "6".into();
    form.profile_likes_saves = "5000".into();
    form.tail_from = "5000".into();
    form.mid_from = "12000".into();
    form.head_from = "900000".into();
    assert_outputs(&page, &form, "every field edited");
    assert_eq!(output(&page.root, "fake_share"), "0.1");
    assert_eq!(
        output(&page.root, "tier"),
        "mid",
        "12,000 with mid from 12,000"
    );

    let pairs = last_link(&page);
    assert_eq!(pairs, link::encode(&form));
    assert_eq!(link_value(&pairs, "b").as_deref(), Some("2.5"));
    assert_eq!(
        link_value(&pairs, "tiers").as_deref(),
        Some("5000,12000,900000")
    );
    assert_eq!(link_value(&pairs, "ls").as_deref(), Some("5000"));
    assert_eq!(form_of_last_link(&page), form);

    // The emitted link reproduces the scenario on a fresh page.
    let query = query_of(&pairs);
    drop(page);
    let reopened = mount(&query).await;
    assert_outputs(&reopened, &form, "reopened from the emitted link");
    assert!(all(&reopened.root, "[data-notices]").is_empty());
}

#[wasm_bindgen_test]
async fn comments_are_checked_as_they_are_typed() {
    let page = mount("").await;
    let mut form = EngagementForm::default();
    assert!(
        COMMENT_FIGURES
            .iter()
            .all(|n| !outputs(&page.root).contains_key(*n)),
        "no comment figures before comments"
    );
    let pasted = "好看\n好看\n求链接\n👍\nwhere did you buy the lamp?\n";
    type_id(&page, "comments", pasted).await;
    form.comments = pasted.into();
    assert_outputs(&page, &form, "comments pasted");
    assert_eq!(output(&page.root, "comments_checked"), "5");
    assert_eq!(link_value(&last_link(&page), "cm").as_deref(), Some(pasted));
    assert_eq!(form_of_last_link(&page), form);

    type_id(&page, "comments", "").await;
    form.comments = String::new();
    assert_outputs(&page, &form, "comments cleared");
    assert_eq!(link_value(&last_link(&page), "cm"), None);
}

#[wasm_bindgen_test]
async fn bad_values_show_an_error_beside_the_field_and_keep_other_results() {
    let page = mount("").await;
    let good = EngagementForm::default();
    // Counts refuse decimals; percentages take them.
    let cases: [(&str, &[&str], Setter); 9] = [
        ("followers", &["abc", "-5", "2.5"], |f| &mut f.followers),
        ("profile-likes-saves", &["abc", "-5", "2.5"], |f| {
            &mut f.profile_likes_saves
        }),
        ("benchmark", &["abc", "-5"], |f| &mut f.benchmark),
        ("fake", &["abc", "-5"], |f| &mut f.fake),
        ("suspicious", &["abc", "-5"], |f| &mut f.suspicious),
        ("qualified", &["abc", "-5"], |f| &mut f.qualified),
        ("tail-from", &["abc", "-5", "2.5"], |f| &mut f.tail_from),
        ("mid-from", &["abc", "-5", "2.5"], |f| &mut f.mid_from),
        ("head-from", &["abc", "-5", "2.5"], |f| &mut f.head_from),
    ];
    for (id, bad_values, field) in cases {
        let original = field(&mut good.clone()).clone();
        for &bad in bad_values {
            let context = format!("#{id} = {bad:?}");
            type_id(&page, id, bad).await;
            let mut form = good.clone();
            *field(&mut form) = bad.to_string();
            assert!(
                !form.parse().errors.is_empty(),
                "{context}: the core refuses it"
            );
            assert_field_error(&page, id, &context);
            assert_eq!(
                value_of(&one(&page.root, &format!("#{id}"))),
                bad,
                "{context}: the typed text stays"
            );
            // The results kept are the last valid ones, marked out of date.
            assert_stale(&page, true, &context);
            assert_outputs(&page, &good, &context);
            // Figures that do not depend on the field keep their values.
            for name in ["save_share", "comment_share", "er_views", "stability_cv"] {
                assert!(
                    !output(&page.root, name).is_empty(),
                    "{context}: {name} keeps its value"
                );
            }
            if id != "followers" {
                assert!(
                    !output(&page.root, "ratio_mean").is_empty(),
                    "{context}: ratio_mean keeps its value"
                );
            }
            // The link keeps what was typed, so a shared link shows the same error.
            assert_eq!(
                last_link(&page),
                link::encode(&form),
                "{context}: link written"
            );
        }
        type_id(&page, id, &original).await;
        assert_no_field_error(&page, id, &format!("#{id} restored"));
        assert_stale(&page, false, &format!("#{id} restored"));
        assert_outputs(&page, &good, &format!("#{id} restored"));
    }
}

#[wasm_bindgen_test]
async fn a_bad_note_cell_is_marked_and_the_last_results_kept_out_of_date() {
    let page = mount("").await;
    let valid = EngagementForm::default();
    let mut form = valid.clone();
    let saves = cell(&page, "Saves, note 2");
    for bad in ["abc", "-5", "2.5"] {
        type_into(&saves, bad).await;
        form.notes[1].saves = bad.into();
        assert_eq!(
            saves.get_attribute("aria-invalid").as_deref(),
            Some("true"),
            "saves {bad:?} is invalid"
        );
        let described = saves.get_attribute("aria-describedby").unwrap_or_default();
        assert!(!described.is_empty(), "the bad cell points at its error");
        let error = one(&page.root, &format!("#{described}"));
        assert!(
            text(&error).contains("Saves"),
            "the error names the column: {}",
            text(&error)
        );
        let context = format!("note 2 saves {bad:?}");
        assert!(
            !form.parse().errors.is_empty(),
            "{context}: the core refuses it"
        );
        assert_stale(&page, true, &context);
        assert_outputs(&page, &valid, &context);
        assert_eq!(output(&page.root, "notes_counted"), "6");
    }
    type_into(&saves, "150").await;
    form.notes[1].saves = "150".into();
    assert_eq!(saves.get_attribute("aria-invalid"), None);
    assert_stale(&page, false, "note 2 fixed");
    assert_outputs(&page, &form, "note 2 fixed");
    assert_eq!(output(&page.root, "notes_counted"), "6");
}

#[wasm_bindgen_test]
async fn adding_and_removing_notes() {
    let page = mount("").await;
    let before = note_inputs(&page).len();
    click(&button(&page, "Add note")).await;
    let after = note_inputs(&page);
    assert_eq!(after.len(), before + 5, "a row of five cells");
    assert!(after.iter().skip(before).all(|i| value_of(i).is_empty()));
    assert_eq!(
        output(&page.root, "notes_counted"),
        "6",
        "a blank row counts for nothing"
    );

    let mut form = EngagementForm::default();
    form.notes.push(Default::default());
    assert_eq!(last_link(&page), link::encode(&form));

    // A half-filled row is in error until its counts are all there.
    type_into(&cell(&page, "Likes, note 7"), "900").await;
    form.notes[6].likes = "900".into();
    assert_outputs(&page, &form, "note 7 half filled");
    assert_eq!(output(&page.root, "notes_counted"), "6");
    for (label, value) in [
        ("Saves, note 7", "300"),
        ("Comments, note 7", "80"),
        ("Shares, note 7", "20"),
    ] {
        type_into(&cell(&page, label), value).await;
    }
    form.notes[6].saves = "300".into();
    form.notes[6].comments = "80".into();
    form.notes[6].shares = "20".into();
    assert_outputs(&page, &form, "note 7 filled");
    assert_eq!(output(&page.root, "notes_counted"), "7");
    assert_eq!(form_of_last_link(&page), form);

    click(&button(&page, "Remove note 1")).await;
    form.notes.remove(0);
    assert_eq!(note_inputs(&page).len(), before + 5 - 5);
    assert_eq!(value_of(&cell(&page, "Likes, note 1")), "310");
    assert_outputs(&page, &form, "note 1 removed");
    assert_eq!(form_of_last_link(&page), form);
}

#[wasm_bindgen_test]
async fn pasted_rows_replace_the_notes() {
    let page = mount("").await;
    let details = one(&page.root, "#paste-rows")
        .closest("details")
        .expect("selector");
    if let Some(details) = details {
        details.set_attribute("open", "").expect("opened");
    }
    let pasted = "日期\t点赞\t收藏\t评论\t分享\t阅读\n\
                  3月1日\t1,200\t300\t40\t10\t15000\n\
                  3月8日\t800\t200\t30\t5\t\n";
    type_id(&page, "paste-rows", pasted).await;
    click(&button(&page, "Replace notes")).await;
    assert_eq!(note_inputs(&page).len(), 2 * 5);
    // Cells keep what was pasted; "1,200" reads as 1200.
    assert_eq!(value_of(&cell(&page, "Likes, note 1")), "1,200");
    let row = NoteText::from_cells;
    let form = EngagementForm {
        notes: vec![
            row(["1,200", "300", "40", "10", "15000"]),
            row(["800", "200", "30", "5", ""]),
        ],
        ..EngagementForm::default()
    };
    assert_outputs(&page, &form, "two pasted rows");
    assert_eq!(value_of(&one(&page.root, "#paste-rows")), "");
    assert_eq!(form.parse().inputs.notes[0].likes, 1200);
    // The link keeps each cell as typed, its comma escaped, so a reload
    // shows "1,200" again.
    let notes = link_value(&last_link(&page), "notes").expect("notes in the link");
    assert_eq!(notes, "1%2C200,300,40,10,15000;800,200,30,5");
}

#[wasm_bindgen_test]
async fn chinese_labels() {
    let page = mount_with("", Lang::Zh, 960).await;
    assert_eq!(text(&one(&page.root, "label[for=\"followers\"]")), "粉丝数");
    assert_eq!(value_of(&cell(&page, "笔记 1 的点赞")), "420");
    assert!(all(&page.root, "button")
        .iter()
        .any(|b| text(b) == "添加笔记"));
    assert_outputs(&page, &EngagementForm::default(), "in Chinese");
}

#[wasm_bindgen_test]
async fn a_tampered_link_shows_its_value_in_the_field_and_names_the_unknown_key() {
    let query = "v=1&lang=en&f=abc&zzz=1";
    let (_, notices) = decode(query);
    assert_eq!(notices.len(), 1);
    let page = mount(query).await;
    let notice = one(&page.root, "[data-notices]");
    assert_eq!(notice.get_attribute("data-notices").as_deref(), Some("1"));
    let said = text(&notice);
    assert!(said.contains("zzz"), "notice: {said}");
    assert_eq!(value_of(&one(&page.root, "#followers")), "abc");
    one(&page.root, ".field-error");
}

#[wasm_bindgen_test]
async fn an_oversized_link_is_refused_whole() {
    let query = format!("v=1&f=50000&cm={}", "a".repeat(MAX_QUERY_BYTES + 10));
    let page = mount(&query).await;
    let notice = one(&page.root, "[data-notices]");
    assert!(text(&notice).contains("8 KB"), "notice: {}", text(&notice));
    assert_outputs(&page, &EngagementForm::default(), "oversized link");
}

#[wasm_bindgen_test]
async fn chart_backing_store_is_css_size_times_device_pixel_ratio() {
    let page = mount_with("", Lang::En, 900).await;
    next_frames().await;
    let canvas: web_sys::HtmlCanvasElement =
        one(&page.root, "canvas").dyn_into().expect("a canvas");
    let dpr = web_sys::window().expect("a window").device_pixel_ratio();

    let check_size = |context: &str| -> f64 {
        let rect = canvas.get_bounding_client_rect();
        assert!(rect.width() > 0.0, "{context}: the canvas is laid out");
        assert_eq!(
            canvas.width(),
            (rect.width() * dpr).round() as u32,
            "{context}: width = css {} × dpr {dpr}",
            rect.width()
        );
        assert_eq!(
            canvas.height(),
            (rect.height() * dpr).round() as u32,
            "{context}: height = css {} × dpr {dpr}",
            rect.height()
        );
        rect.width()
    };
    let wide = check_size("900px page");
    assert_drawn(&canvas, "900px page");

    // The chart follows its container.
    page.root
        .set_attribute("style", "width:520px")
        .expect("style");
    next_frames().await;
    let narrow = check_size("520px page");
    assert!(
        narrow < wide,
        "the canvas shrank with its container ({wide} → {narrow})"
    );
    assert_drawn(&canvas, "520px page");

    // New data redraws it.
    type_into(&cell(&page, "Likes, note 3"), "9000").await;
    next_frames().await;
    check_size("after an edit");
    assert_drawn(&canvas, "after an edit");
}

/// The canvas holds a chart: many painted pixels in several colours.
fn assert_drawn(canvas: &web_sys::HtmlCanvasElement, context: &str) {
    let context_2d = canvas
        .get_context("2d")
        .expect("getContext")
        .expect("a 2d context");
    let get_image_data: js_sys::Function =
        js_sys::Reflect::get(&context_2d, &JsValue::from_str("getImageData"))
            .expect("getImageData")
            .dyn_into()
            .expect("a function");
    let (w, h) = (canvas.width(), canvas.height());
    let image = get_image_data
        .call4(
            &context_2d,
            &JsValue::from(0),
            &JsValue::from(0),
            &JsValue::from(w),
            &JsValue::from(h),
        )
        .expect("image data");
    let data: js_sys::Uint8ClampedArray = js_sys::Reflect::get(&image, &JsValue::from_str("data"))
        .expect("data")
        .dyn_into()
        .expect("bytes");
    let bytes = data.to_vec();
    assert_eq!(bytes.len(), (w * h * 4) as usize);
    let pixels = bytes.chunks_exact(4);
    let total = pixels.len();
    let opaque = pixels.clone().filter(|p| p[3] > 0).count();
    let inked = pixels
        .clone()
        .filter(|p| p[3] > 0 && (p[0] < 235 || p[1] < 235 || p[2] < 235))
        .count();
    let mut colours: Vec<[u8; 3]> = pixels
        .filter(|p| p[3] == 255)
        .map(|p| [p[0] & 0xf0, p[1] & 0xf0, p[2] & 0xf0])
        .collect();
    colours.sort_unstable();
    colours.dedup();
    assert!(
        opaque * 10 > total * 9,
        "{context}: the chart paints its background ({opaque} of {total} pixels)"
    );
    assert!(
        inked * 100 > total,
        "{context}: bars, lines and text are drawn ({inked} of {total} pixels inked)"
    );
    assert!(
        colours.len() >= 4,
        "{context}: several colours drawn ({})",
        colours.len()
    );
}
