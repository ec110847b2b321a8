//! Two or three saved scenarios of one calculator side by side (`#/compare`):
//! every input and every output in one table, rows that differ marked, and
//! the absolute and relative change against the first. The comparison is
//! its own link: `calc` (the calculator), `n1`…`n3` (names) and `s1`…`s3`
//! (each scenario's link query).
//!
//! Outputs come from the calculator's list of outputs, computed for each
//! scenario as its page computes them: the same numbers as the page.

use super::browser::today;
use super::settings::Settings;
use super::CopyLink;
use crate::calculators::shortlist::compressed;
use crate::calculators::shortlist::view::read_and_remember;
use crate::calculators::{Calculator, Route};
use crate::dates::parse_date;
use crate::decimal::parse_decimal;
use crate::i18n::{Key, Lang};
use crate::input_labels::{self, Unit};
use crate::link::{query_pairs, LinkReader, SharedSettings, MAX_QUERY_BYTES};
use crate::outputs::{Kind, MoneyFormat, Output};
use crate::units::{format_number, format_percent};
use yew::prelude::*;

/// Props of [`ComparePage`].
#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    /// The comparison's link query.
    pub query: AttrValue,
    /// Language and currency.
    pub settings: Settings,
}

/// One scenario: its name, its inputs (link pairs) and outputs (name,
/// data value, label, text), and how each output is written.
#[derive(Clone, Debug, PartialEq)]
struct Column {
    name: String,
    inputs: Vec<(String, String, String, String)>,
    outputs: Vec<(String, String, String, String)>,
    kinds: Vec<(String, Kind)>,
}

/// A comparison carries up to three scenario links, each up to
/// [`MAX_QUERY_BYTES`] and up to three times longer once escaped inside it.
const MAX_COMPARE_BYTES: usize = 3 * 3 * MAX_QUERY_BYTES;

/// One entry of a column: name, value, label and the value as shown.
type Entry<'a> = (&'a str, &'a str, &'a str, &'a str);

impl Column {
    /// The scenario `query` named `name`, computed.
    fn new(calculator: Calculator, name: String, query: &str, lang: Lang) -> Column {
        // Amounts typed in a display currency mean that scenario's currency
        // at its rate, whatever the reader's header shows.
        let shared = SharedSettings::read(&mut LinkReader::new(query));
        let money = &MoneyFormat {
            lang,
            currency: shared.currency,
            cny_per_unit: shared.cny_per_unit,
        };
        let outputs = calculator.outputs(query, money, today());
        Column {
            name,
            inputs: pairs(query)
                .into_iter()
                .map(|(k, v)| {
                    let input = calculator.input(&k);
                    let label = calculator.input_label(&k, money);
                    let text = input_labels::write(input, &k, &v, money);
                    (k, v, label, text)
                })
                .collect(),
            outputs: outputs
                .iter()
                .map(|o: &Output| (o.key.clone(), o.data(), o.label.write(money), o.text(money)))
                .collect(),
            kinds: outputs.iter().map(|o| (o.key.clone(), o.kind)).collect(),
        }
    }

    fn input_entries(&self) -> Vec<Entry<'_>> {
        self.inputs
            .iter()
            .map(|(k, v, label, text)| (k.as_str(), v.as_str(), label.as_str(), text.as_str()))
            .collect()
    }

    fn output_entries(&self) -> Vec<Entry<'_>> {
        self.outputs
            .iter()
            .map(|(k, v, label, text)| (k.as_str(), v.as_str(), label.as_str(), text.as_str()))
            .collect()
    }
}

/// A cell of the table: the data value and the text shown.
type Value = (String, String);

/// Every name any column has (in the order they first appear), its label
/// and each column's value, empty where a scenario has none: a forward and
/// a backward timeline, or scenarios with other waves, still show it all.
fn rows<'a>(
    columns: &'a [Column],
    entries: fn(&'a Column) -> Vec<Entry<'a>>,
) -> impl Iterator<Item = (String, String, Vec<Value>)> + 'a {
    let lists: Vec<Vec<Entry<'a>>> = columns.iter().map(entries).collect();
    let mut names: Vec<(&str, &str)> = Vec::new();
    for (name, _, label, _) in lists.iter().flatten() {
        if !names.iter().any(|(n, _)| n == name) {
            names.push((name, label));
        }
    }
    names.into_iter().map(move |(name, label)| {
        let values = lists
            .iter()
            .map(|list| {
                list.iter()
                    .find(|(n, ..)| *n == name)
                    .map_or_else(Default::default, |(_, v, _, text)| {
                        (v.to_string(), text.to_string())
                    })
            })
            .collect();
        (name.to_string(), label.to_string(), values)
    })
}

fn read(query: &str) -> (Option<Calculator>, Vec<(String, String)>) {
    let mut reader = LinkReader::within(query, MAX_COMPARE_BYTES);
    let calculator = reader
        .take("calc")
        .and_then(|slug| match Route::from_path(&slug) {
            Route::Calculator(c) => Some(c),
            _ => None,
        });
    let scenarios = (1..=3)
        .filter_map(|i| {
            let query = reader.take(&format!("s{i}"))?;
            let name = reader
                .take(&format!("n{i}"))
                .unwrap_or_else(|| i.to_string());
            Some((name, query))
        })
        .collect();
    (calculator, scenarios)
}

/// A scenario's own pairs: its inputs without the format, language and
/// embed flag.
fn pairs(query: &str) -> Vec<(String, String)> {
    let mut pairs = query_pairs(query);
    pairs.retain(|(k, _)| k != "v" && k != "lang" && k != "embed");
    pairs
}

/// A value as the page's language writes it: numbers grouped (万 and 亿 in
/// Chinese), dates spelled out; anything else as it is.
fn shown(value: &str, lang: Lang) -> String {
    if value.is_empty() {
        return "–".to_string();
    }
    if let Some(n) = parse_decimal(value) {
        return format_number(n, 4, lang);
    }
    parse_date(value).map_or_else(|_| value.to_string(), |d| d.display(lang))
}

/// How a row's change is written: an input's by its unit, an output's as
/// the output is.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Change {
    /// An input of this unit.
    Input(Unit),
    /// An output of this kind.
    Output(Kind),
}

/// The change from `first` to `other`, as text, or `None` when equal:
/// written as the output is (amounts with their currency, signed), with the
/// relative change; dates in days.
fn change(first: &str, other: &str, kind: Option<Change>, money: &MoneyFormat) -> Option<String> {
    let lang = money.lang;
    if first == other {
        return None;
    }
    if let (Some(a), Some(b)) = (parse_decimal(first), parse_decimal(other)) {
        let delta = b - a;
        let number = || Kind::NumberChange(4).write(delta, money);
        let absolute = match kind {
            Some(Change::Input(unit)) => {
                input_labels::write_change(unit, delta, money).unwrap_or_else(number)
            }
            Some(Change::Output(Kind::Money | Kind::MoneyChange)) => {
                Kind::MoneyChange.write(delta, money)
            }
            // A change of counts reads like the counts: whole, "about".
            Some(Change::Output(Kind::Volume(_) | Kind::Expected | Kind::ExpectedChange)) => {
                Kind::ExpectedChange.write(delta, money)
            }
            Some(Change::Output(
                Kind::Number(decimals) | Kind::NumberChange(decimals) | Kind::Ratio(decimals),
            )) => Kind::NumberChange(decimals).write(delta, money),
            Some(Change::Output(Kind::Share(decimals))) => {
                let sign = if delta > 0.0 { "+" } else { "" };
                format!("{sign}{}", format_percent(delta, usize::from(decimals)))
            }
            _ => number(),
        };
        let relative = (a != 0.0).then(|| {
            let sign = if delta > 0.0 { "+" } else { "" };
            format!(
                " ({sign}{})",
                format_percent(delta / a.abs(), 1).replacen('-', "−", 1)
            )
        });
        return Some(format!("{absolute}{}", relative.unwrap_or_default()));
    }
    if let (Ok(a), Ok(b)) = (parse_date(first), parse_date(other)) {
        let days = a.days_until(b);
        return Some(lang.format(
            Key::CompareDays,
            &[&format!("{}{days}", if days > 0 { "+" } else { "" })],
        ));
    }
    Some("≠".to_string())
}

/// The comparison page.
#[function_component]
pub fn ComparePage(props: &ComparePageProps) -> Html {
    let lang = props.settings.lang;
    let t = |k| lang.text(k);
    let (calculator, scenarios) = read(&props.query);
    // Shortlists whose list travels compressed are read first, by the
    // browser, asynchronously; a list that cannot be read opens as the
    // default list with the link's notice, as on the shortlist's page.
    let tried = use_state(Vec::<String>::new);
    let unread: Vec<String> = scenarios
        .iter()
        .filter(|_| calculator == Some(Calculator::Shortlist))
        .filter_map(|(_, query)| compressed::payload_in(query))
        .filter(|p| compressed::known(p).is_none() && !tried.contains(p))
        .collect();
    {
        let tried = tried.clone();
        use_effect_with(unread.clone(), move |unread| {
            let unread = unread.clone();
            if !unread.is_empty() {
                wasm_bindgen_futures::spawn_local(async move {
                    for payload in &unread {
                        read_and_remember(payload).await;
                    }
                    tried.set([(*tried).clone(), unread].concat());
                });
            }
        });
    }
    let money = props.settings.money_format();
    let read_lists = tried.len();
    let columns = use_memo(
        (props.query.clone(), money, read_lists),
        move |(_, money, _)| {
            calculator.map_or_else(Vec::new, |c| {
                scenarios
                    .iter()
                    .map(|(name, query)| Column::new(c, name.clone(), query, money.lang))
                    .collect()
            })
        },
    );
    let title = calculator.map_or_else(
        || t(Key::CompareTitle).to_string(),
        |c| format!("{} · {}", t(Key::CompareTitle), t(c.name())),
    );
    let body = if !unread.is_empty() {
        html! { <p class="sl-reading" role="status" aria-live="polite">{ t(Key::SlReadingList) }</p> }
    } else if columns.len() < 2 {
        html! { <p class="notice">{ t(Key::CompareNeedsTwo) }</p> }
    } else {
        calculator.map_or_else(|| html! {}, |c| table(c, &columns, &money))
    };
    let back = calculator.map(|c| format!("#/{}", c.slug()));
    html! {
        <main id="main" class="compare">
            <div class="page-head">
                <div>
                    <h1>{ title }</h1>
                    <p class="lead">{ t(Key::CompareLead) }</p>
                    if let Some(back) = back {
                        <p><a href={back}>{ t(Key::CompareBack) }</a></p>
                    }
                </div>
                <CopyLink {lang} exports={false} />
            </div>
            { body }
        </main>
    }
}

/// A date never wraps; a sentence reads from the left, like text.
fn cell_class(value: &str) -> Classes {
    if parse_date(value).is_ok() {
        classes!("date")
    } else if !value.is_empty() && parse_decimal(value).is_none() {
        classes!("words")
    } else {
        classes!()
    }
}

fn table(calculator: Calculator, columns: &[Column], money: &MoneyFormat) -> Html {
    let lang = money.lang;
    let t = |k| lang.text(k);
    let kind_of = |name: &str, input: bool| {
        if input {
            // An input changes in its unit (money, points, ×, hours).
            return calculator.input(name).map(|(_, unit)| Change::Input(unit));
        }
        columns
            .iter()
            .flat_map(|c| &c.kinds)
            .find(|(k, _)| k == name)
            .map(|(_, kind)| Change::Output(*kind))
    };
    let Some(first) = columns.first() else {
        return html! {};
    };
    let row = |input: bool, name: String, label: String, values: Vec<Value>| {
        let first_value = values.first().map(|v| v.0.clone()).unwrap_or_default();
        let differs = values.iter().any(|(v, _)| *v != first_value);
        let kind = kind_of(&name, input);
        let cells = values.iter().enumerate().map(|(i, (v, text))| {
            let delta = (i > 0)
                .then(|| change(&first_value, v, kind, money))
                .flatten();
            let text = if text.is_empty() {
                shown(v, lang)
            } else {
                text.clone()
            };
            html! {
                <>
                    <td class={cell_class(v)} data-value={v.clone()}
                        data-label={columns.get(i).map(|c| c.name.clone())}>{ text }</td>
                    if i > 0 {
                        <td class="delta" data-label={lang.format(Key::CompareChange, &[&first.name])}>{ delta.unwrap_or_default() }</td>
                    }
                </>
            }
        });
        html! {
            <tr class={classes!(differs.then_some("differs"))} data-name={name.clone()}
                data-kind={if input { "input" } else { "result" }}>
                <th scope="row">
                    if differs { <span class="differs-mark" title={t(Key::CompareDiffers)}>{ "≠ " }</span> }
                    { label }
                </th>
                { for cells }
            </tr>
        }
    };
    let head = html! {
        <thead><tr>
            <th scope="col">{ t(Key::CompareItem) }</th>
            { for columns.iter().enumerate().map(|(i, c)| html! {
                <>
                    <th scope="col">{ c.name.clone() }</th>
                    if i > 0 { <th scope="col">{ lang.format(Key::CompareChange, &[&first.name]) }</th> }
                </>
            }) }
        </tr></thead>
    };
    let section = |id: &'static str, title: Key, rows: Html| {
        html! {
            <section class="compare-section" aria-labelledby={id}>
                <h2 id={id}>{ t(title) }</h2>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby={id}>
                    <table class="mix-table compare-table stack">
                        { head.clone() }
                        <tbody>{ rows }</tbody>
                    </table>
                </div>
            </section>
        }
    };
    let input_rows: Html = rows(columns, Column::input_entries)
        .map(|(k, label, values)| row(true, k, label, values))
        .collect();
    let output_rows: Html = rows(columns, Column::output_entries)
        .map(|(k, label, values)| row(false, k, label, values))
        .collect();
    html! {
        <>
            { section("compare-inputs", Key::CompareInputs, input_rows) }
            { section("compare-results", Key::CompareResults, output_rows) }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(inputs: &[(&str, &str)], outputs: &[(&str, &str)]) -> Column {
        Column {
            name: String::new(),
            inputs: inputs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string(), k.to_string(), v.to_string()))
                .collect(),
            outputs: outputs
                .iter()
                .map(|(k, v)| {
                    (
                        k.to_string(),
                        v.to_string(),
                        format!("{k} label"),
                        v.to_string(),
                    )
                })
                .collect(),
            kinds: Vec::new(),
        }
    }

    #[test]
    fn a_change_is_written_as_its_output_is() {
        let yuan = MoneyFormat::yuan(Lang::En);
        assert_eq!(
            change("13332", "8888", Some(Change::Output(Kind::Money)), &yuan).as_deref(),
            Some("−¥4,444 (−33.3%)")
        );
        assert_eq!(
            change("0.02", "0.025", Some(Change::Output(Kind::Share(2))), &yuan).as_deref(),
            Some("+0.50% (+25.0%)")
        );
        assert_eq!(change("7", "7", None, &yuan), None);
        assert_eq!(
            change("20", "25", Some(Change::Input(Unit::Percent)), &yuan).as_deref(),
            Some("+5 pts (+25.0%)")
        );
        assert_eq!(
            change("12000", "8000", Some(Change::Input(Unit::Yuan)), &yuan).as_deref(),
            Some("−¥4,000 (−33.3%)")
        );
        assert_eq!(
            change("1200", "900", None, &yuan).as_deref(),
            Some("−300 (−25.0%)")
        );
        // Counts change as counts: a break-even of 244.4 units against
        // 163.0 is about 81 fewer, not −81.4815.
        let volume = Change::Output(Kind::Volume(Key::CompareItem));
        assert_eq!(
            change("244.44444", "162.96296", Some(volume), &yuan).as_deref(),
            Some("about −81 (−33.3%)")
        );
        assert_eq!(
            change("1.85", "2.2", Some(Change::Output(Kind::Ratio(2))), &yuan).as_deref(),
            Some("+0.35 (+18.9%)")
        );
    }

    #[test]
    fn a_result_only_a_later_scenario_has_gets_its_row() {
        // A forward timeline, then a backward one with its latest start.
        let columns = [
            column(&[("dir", "start")], &[("last_live_likely", "2026-03-01")]),
            column(
                &[("dir", "target"), ("t", "2026-03-20")],
                &[
                    ("last_live_likely", "2026-03-18"),
                    ("latest_start_p80", "2026-02-20"),
                ],
            ),
        ];
        let results: Vec<_> = rows(&columns, Column::output_entries).collect();
        assert_eq!(
            results,
            [
                (
                    "last_live_likely".to_string(),
                    "last_live_likely label".to_string(),
                    vec![
                        ("2026-03-01".to_string(), "2026-03-01".to_string()),
                        ("2026-03-18".to_string(), "2026-03-18".to_string())
                    ]
                ),
                (
                    "latest_start_p80".to_string(),
                    "latest_start_p80 label".to_string(),
                    vec![
                        Default::default(),
                        ("2026-02-20".to_string(), "2026-02-20".to_string())
                    ]
                ),
            ]
        );
        let inputs: Vec<_> = rows(&columns, Column::input_entries).map(|r| r.0).collect();
        assert_eq!(inputs, ["dir", "t"]);
    }
}
