//! Red flags decide the verdict (issue 17, item 10): the comment check, the
//! practitioners' "suspicious below" line and the profile's likes and saves
//! feed the verdict, and the page says which signals failed.

mod engagement_common;

use engagement_common::outputs::{page_output, Value};
use engagement_common::report_of;

const DEFAULT_NOTES: &str = "notes=420,180,46,12,9800;310,150,31,8,7400;1250,640,120,55,26000;280,105,22,6,6100;390,210,38,14,8900;520,260,57,19,11200";

fn verdict(query: &str) -> Value {
    page_output(&report_of(query), "verdict").expect("verdict")
}

fn red_flags(query: &str) -> Value {
    page_output(&report_of(query), "red_flags").expect("the page names its red flags")
}

fn word(text: &str) -> Value {
    Value::Word(text.to_string())
}

#[test]
fn farmed_comments_are_a_red_flag() {
    // Ten comments, every one "好看": all duplicates, all template, all at
    // most three characters; every share above its flag line.
    let comments = ["%E5%A5%BD%E7%9C%8B"; 10].join("%0A");
    let query = format!("v=1&f=25000&{DEFAULT_NOTES}&ls=86000&cm={comments}");
    assert_eq!(verdict(&query), word("red_flags"));
    assert_eq!(
        red_flags(&query),
        word("duplicate_comments,template_comments,short_comments")
    );
}

#[test]
fn every_note_below_the_suspicious_line_is_a_red_flag() {
    // 25,000 followers, every note 500 likes + saves = 2%: above the brief's
    // 1.5% benchmark, below the practitioners' 3% "suspicious" line on every
    // note. Comment share 50 / 600 = 8.3%, saves 150 / 600 = 25%, the notes
    // even (CV 0): no other warning.
    let query = "v=1&f=25000&notes=350,150,50,50;350,150,50,50;350,150,50,50&ls=86000";
    assert_eq!(verdict(query), word("red_flags"));
    assert_eq!(red_flags(query), word("below_suspicious_line"));
}

#[test]
fn a_median_below_the_suspicious_line_is_a_warning() {
    // The example: median ratio 2.4% below 3% on four of six notes, one
    // note at 7.56%: not every note, so a warning sign, not a red flag.
    let query = format!("v=1&f=25000&{DEFAULT_NOTES}&ls=86000");
    assert_eq!(verdict(&query), word("borderline"));
    assert_eq!(red_flags(&query), word(""));
}

#[test]
fn more_followers_than_profile_likes_and_saves_is_a_red_flag() {
    // 30,000 followers, 29,999 likes and saves on the profile, ever.
    let query = "f=30000&ls=29999&notes=400,200,40,10;500,260,50,12";
    assert_eq!(verdict(query), word("red_flags"));
    assert_eq!(
        red_flags(query),
        word("below_suspicious_line,followers_exceed_profile")
    );
}
