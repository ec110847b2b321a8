//! Reading pages rendered by yew's server-side renderer: attributes of
//! opening tags and every `<output>` with its data-value and text. Shared
//! by the calculators' page tests.
#![allow(dead_code)]

use kolcalc::currency::Currency;
use kolcalc::i18n::Lang;
use kolcalc::ui::{CalculatorProps, Settings};
use std::collections::BTreeMap;
use yew::{AttrValue, BaseComponent, Callback, LocalServerRenderer};

/// Calculator page `C` opened from link `query` in `lang` and `currency`
/// (at the currency's default rate), rendered to HTML.
pub fn render_page<C: BaseComponent<Properties = CalculatorProps>>(
    query: &str,
    lang: Lang,
    currency: Currency,
) -> String {
    render_page_at::<C>(query, lang, currency, currency.default_cny_per_unit())
}

/// [`render_page`] at exchange rate `cny_per_unit`.
pub fn render_page_at<C: BaseComponent<Properties = CalculatorProps>>(
    query: &str,
    lang: Lang,
    currency: Currency,
    cny_per_unit: f64,
) -> String {
    let props = CalculatorProps {
        query: AttrValue::from(query.to_string()),
        settings: Settings {
            lang,
            currency,
            cny_per_unit,
        },
        on_link: Callback::noop(),
    };
    futures::executor::block_on(LocalServerRenderer::<C>::with_props(props).render())
}

/// The value of attribute `name` in an opening tag.
pub fn attr(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag.get(start..)?.find('"')?;
    Some(tag[start..start + len].to_string())
}

/// Opening tags of `element` (`<input ...>`), in document order.
pub fn tags<'a>(html: &'a str, element: &str) -> Vec<&'a str> {
    let open = format!("<{element} ");
    html.match_indices(&open)
        .map(|(at, _)| {
            let end = html[at..].find('>').expect("tag closes") + at;
            &html[at..=end]
        })
        .collect()
}

/// Every `<output>`: name → (data-value, text); panics on a repeated name.
pub fn page_outputs(html: &str) -> BTreeMap<String, (String, String)> {
    let mut all = BTreeMap::new();
    for (at, _) in html.match_indices("<output ") {
        let end = at + html[at..].find('>').expect("tag closes");
        let tag = &html[at..=end];
        let close = end + html[end..].find("</output>").expect("output closes");
        let name = attr(tag, "name").expect("output has a name");
        let data = attr(tag, "data-value").expect("output has a data-value");
        let text = html[end + 1..close].trim().to_string();
        assert!(
            all.insert(name.clone(), (data, text)).is_none(),
            "{name} twice"
        );
    }
    all
}

/// A chart's "Show data as a table": its column headings and the cells of
/// each body row.
#[derive(Debug)]
pub struct ChartTable {
    /// `<th scope="col">` texts.
    pub columns: Vec<String>,
    /// Each body row's cells; the first is a `<th scope="row">`.
    pub rows: Vec<Vec<String>>,
}

/// The text of `html` without its tags, trimmed.
fn text_of(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.trim().to_string()
}

/// The texts of every `<open …>…</close>` cell in `html`, in order.
fn cells(html: &str, open: &str, close: &str) -> Vec<String> {
    html.split(open)
        .skip(1)
        .map(|part| {
            let start = part.find('>').expect("cell tag closes") + 1;
            let end = part.find(close).expect("cell closes");
            text_of(&part[start..end])
        })
        .collect()
}

/// Every `<details class="chart-data">` in the page, in order, checked for
/// its structure: a summary, a labelled focusable region, one table whose
/// headings are scoped and whose rows each start with a row heading.
pub fn chart_tables(html: &str) -> Vec<ChartTable> {
    html.split("<details class=\"chart-data\"")
        .skip(1)
        .map(|part| {
            let end = part.find("</details>").expect("details closes");
            let details = &part[..end];
            assert!(details.contains("<summary>"), "no summary: {details}");
            let region = tags(details, "div")
                .into_iter()
                .next()
                .expect("a region around the table");
            assert_eq!(attr(region, "role").as_deref(), Some("region"));
            assert_eq!(attr(region, "tabindex").as_deref(), Some("0"));
            assert!(attr(region, "aria-label").is_some_and(|l| !l.is_empty()));
            assert_eq!(details.matches("<table").count(), 1, "{details}");
            let head = &details[details.find("<thead>").expect("thead")
                ..details.find("</thead>").expect("thead closes")];
            let body = &details[details.find("<tbody>").expect("tbody")
                ..details.find("</tbody>").expect("tbody closes")];
            let columns = cells(head, "<th scope=\"col\"", "</th>");
            let rows: Vec<Vec<String>> = body
                .split("<tr>")
                .skip(1)
                .map(|row| {
                    assert!(
                        row.starts_with("<th scope=\"row\""),
                        "row without heading: {row}"
                    );
                    let mut all = cells(row, "<th scope=\"row\"", "</th>");
                    all.extend(cells(row, "<td", "</td>"));
                    all
                })
                .collect();
            for row in &rows {
                assert_eq!(row.len(), columns.len(), "row {row:?} under {columns:?}");
            }
            ChartTable { columns, rows }
        })
        .collect()
}

/// How many charts (`<figure class="chart">`) the page has.
pub fn chart_count(html: &str) -> usize {
    html.matches("<figure class=\"chart\"").count()
}

/// The data tables of the page's charts, one per chart, checked to have
/// `columns[i]` columns each.
pub fn chart_data_tables(html: &str, columns: &[usize], at: &str) -> Vec<ChartTable> {
    let tables = chart_tables(html);
    assert_eq!(chart_count(html), columns.len(), "{at}");
    let shape: Vec<usize> = tables.iter().map(|t| t.columns.len()).collect();
    assert_eq!(shape, columns, "{at}");
    tables
}
