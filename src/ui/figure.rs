//! Outputs on the page: each is an `<output>` whose `name` is its stable
//! key and whose `data-value` holds the unrounded value, while its text is
//! written for the reader. An undefined figure shows a dash and why.

use crate::outputs::{Group, Label, MoneyFormat, Output};
use yew::prelude::*;

/// One output as a figure: its label, value and note (or why it is
/// undefined).
pub fn figure(output: &Output, money: &MoneyFormat) -> Html {
    let lang = money.lang;
    let name = output.key.clone();
    let label_id = format!("{name}-label");
    let reason = output.reason().map(|why| lang.text(why));
    html! {
        <div class={classes!("figure", reason.map(|_| "undefined"))}>
            <span class="figure-label" id={label_id.clone()}>{ output.label.write(money) }</span>
            <output name={name} class={date_class(output)} data-value={output.data()} aria-labelledby={label_id}>{ output.text(money) }</output>
            if let Some(reason) = reason {
                <span class="figure-reason">{ reason }</span>
            }
            if let Some(note) = &output.note {
                <span class="figure-note">{ note.write(money) }</span>
            }
        </div>
    }
}

/// The figures of `outputs` in the grid named `grid`, in their order.
pub fn figures(outputs: &[Output], grid: &str, money: &MoneyFormat) -> Html {
    let shown = outputs
        .iter()
        .filter(|o| matches!(o.group, Group::Figure(g) if g == grid))
        .map(|o| figure(o, money));
    html! { <div class="figures">{ for shown }</div> }
}

/// One output as a table cell: its value, and in a few words why it is
/// undefined. `data-label` names its column, for tables laid out as cards
/// on a phone.
pub fn cell(output: &Output, money: &MoneyFormat) -> Html {
    let reason = output.short_reason().map(|why| money.lang.text(why));
    let column = match &output.group {
        Group::Cell { column, .. } => Some(column.write(money)),
        _ => None,
    };
    html! {
        <td class={classes!(output.note.as_ref().map(|_| "noted"))} data-label={column}>
            <output name={output.key.clone()} class={date_class(output)} data-value={output.data()}>{ output.text(money) }</output>
            if let Some(reason) = reason {
                <span class="cell-reason">{ reason }</span>
            }
        </td>
    }
}

/// The rows and columns of the table named `table`: each row's heading and
/// its cells, in the order the outputs come; the columns' headings.
pub fn table_of<'a>(
    outputs: &'a [Output],
    table: &str,
) -> (Vec<&'a Label>, Vec<(&'a Label, Vec<&'a Output>)>) {
    let mut columns: Vec<&Label> = Vec::new();
    let mut rows: Vec<(&Label, Vec<&Output>)> = Vec::new();
    for output in outputs {
        let Group::Cell {
            table: t,
            row,
            column,
        } = &output.group
        else {
            continue;
        };
        if *t != table {
            continue;
        }
        if !columns.contains(&column) {
            columns.push(column);
        }
        match rows.iter_mut().find(|(r, _)| *r == row) {
            Some((_, cells)) => cells.push(output),
            None => rows.push((row, vec![output])),
        }
    }
    (columns, rows)
}

/// The table named `table` as `<thead>` (`corner` above the row headings)
/// and `<tbody>`, every cell an output.
pub fn output_table(outputs: &[Output], table: &str, corner: &str, money: &MoneyFormat) -> Html {
    let (columns, rows) = table_of(outputs, table);
    html! {
        <>
            <thead><tr>
                <th scope="col">{ corner.to_string() }</th>
                { for columns.iter().map(|c| html! { <th scope="col">{ c.write(money) }</th> }) }
            </tr></thead>
            <tbody>
                { for rows.iter().map(|(row, cells)| html! {
                    <tr>
                        <th scope="row">{ row.write(money) }</th>
                        { for cells.iter().map(|o| cell(o, money)) }
                    </tr>
                }) }
            </tbody>
        </>
    }
}

/// A date is one unit to read: `nowrap` keeps "2027年3月7日" on one line.
fn date_class(output: &crate::outputs::Output) -> Option<&'static str> {
    matches!(output.value, crate::outputs::Value::Date(_)).then_some("date")
}
