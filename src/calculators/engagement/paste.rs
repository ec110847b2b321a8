//! Note rows pasted from a spreadsheet: tab- or comma-separated (semicolons
//! too), with or without a header row, English or Chinese headers.
//!
//! With a header, columns are matched by name (点赞/likes, 收藏/saves,
//! 评论/comments, 分享/转发/shares, 阅读/浏览/播放/views) and other columns,
//! such as a date or a title, are ignored. Without one, the order is likes,
//! saves, comments, shares, views. A line with no number in it is skipped
//! and counted, so the page can say so.

use super::form::{NoteColumn, NoteText};
use crate::units::parse_number;

/// What a paste produced.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PastedRows {
    /// Rows read, cells as text (a bad cell shows its error once in the table).
    pub rows: Vec<NoteText>,
    /// Lines skipped because they held no number.
    pub skipped_lines: usize,
    /// Whether a header row was recognised.
    pub had_header: bool,
}

/// Header words for each column, lower case.
const HEADER_WORDS: [(NoteColumn, &[&str]); 5] = [
    (NoteColumn::Likes, &["点赞", "赞", "like"]),
    (
        NoteColumn::Saves,
        &["收藏", "藏", "save", "collect", "bookmark"],
    ),
    (NoteColumn::Comments, &["评论", "评", "comment"]),
    (NoteColumn::Shares, &["分享", "转发", "share", "repost"]),
    (
        NoteColumn::Views,
        &[
            "阅读",
            "浏览",
            "播放",
            "观看",
            "曝光",
            "view",
            "read",
            "play",
            "impression",
        ],
    ),
];

fn header_column(cell: &str) -> Option<NoteColumn> {
    let cell = cell.trim().to_ascii_lowercase();
    HEADER_WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| cell.contains(w)))
        .map(|&(column, _)| column)
}

fn delimiter(text: &str) -> char {
    if text.contains('\t') {
        '\t'
    } else if text.contains(';') {
        ';'
    } else {
        ','
    }
}

/// Splits a line on `delimiter`; double quotes keep a delimiter inside a
/// cell ("1,234") and `""` is a quote, as spreadsheets write CSV.
pub fn split_cells(line: &str, delimiter: char) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                if let Some(cell) = cells.last_mut() {
                    cell.push('"');
                }
            }
            '"' => quoted = !quoted,
            c if c == delimiter && !quoted => cells.push(String::new()),
            c => {
                if let Some(cell) = cells.last_mut() {
                    cell.push(c);
                }
            }
        }
    }
    cells.into_iter().map(|c| c.trim().to_string()).collect()
}

/// Reads pasted text into note rows.
pub fn parse_pasted_rows(text: &str) -> PastedRows {
    let delimiter = delimiter(text);
    let lines: Vec<Vec<String>> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| split_cells(l, delimiter))
        .collect();
    let Some(first) = lines.first() else {
        return PastedRows::default();
    };
    let first_has_number = first.iter().any(|c| parse_number(c).is_ok());
    let header: Vec<Option<NoteColumn>> = first.iter().map(|c| header_column(c)).collect();
    let had_header = !first_has_number && header.iter().any(Option::is_some);
    let columns: Vec<Option<NoteColumn>> = if had_header {
        header
    } else {
        NoteColumn::ALL.iter().copied().map(Some).collect()
    };
    let mut result = PastedRows {
        had_header,
        ..PastedRows::default()
    };
    for cells in lines.iter().skip(usize::from(had_header)) {
        let mut row = NoteText::default();
        let mut any_number = false;
        for (cell, column) in cells.iter().zip(&columns) {
            if let Some(column) = column {
                any_number |= parse_number(cell).is_ok();
                *row.cell_mut(*column) = cell.clone();
            }
        }
        if any_number {
            result.rows.push(row);
        } else {
            result.skipped_lines += 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: [&str; 5]) -> NoteText {
        NoteText::from_cells(cells)
    }

    #[test]
    fn reads_tab_separated_rows_without_header() {
        let pasted = parse_pasted_rows("120\t40\t8\t2\n300\t90\t15\t6\t5000\n");
        assert!(!pasted.had_header);
        assert_eq!(
            pasted.rows,
            vec![
                row(["120", "40", "8", "2", ""]),
                row(["300", "90", "15", "6", "5000"])
            ]
        );
    }

    #[test]
    fn matches_chinese_headers_and_ignores_other_columns() {
        let text = "日期\t标题\t阅读\t点赞\t收藏\t评论\t分享\n2026-10-01\t秋冬护肤\t1.2万\t500\t210\t33\t9\n";
        let pasted = parse_pasted_rows(text);
        assert!(pasted.had_header);
        assert_eq!(pasted.rows, vec![row(["500", "210", "33", "9", "1.2万"])]);
    }

    #[test]
    fn reads_quoted_comma_separated_rows_with_english_header() {
        let text = "Likes,Saves,Comments,Shares\n\"1,200\",300,40,10\n";
        let pasted = parse_pasted_rows(text);
        assert_eq!(pasted.rows, vec![row(["1,200", "300", "40", "10", ""])]);
    }

    #[test]
    fn skips_garbage_lines_and_keeps_bad_cells_visible() {
        let pasted = parse_pasted_rows("hello world\n<script>alert(1)</script>\n10,x,3,1\n");
        assert_eq!(pasted.skipped_lines, 2);
        assert_eq!(pasted.rows, vec![row(["10", "x", "3", "1", ""])]);
    }
}
