//! A creator list pasted from a spreadsheet (Excel, WPS, Numbers and Google
//! Sheets copy tab-separated) or read from a CSV or TSV file, headings in
//! English or Chinese.
//!
//! Headings are matched by the words agencies' proposal sheets (达人提报表)
//! use: 达人昵称/昵称/name, 粉丝数/followers, 报价/图文报价/视频报价/quote,
//! 平均点赞/likes, 平均收藏/saves, 平均评论/comments, 平均分享/shares,
//! 阅读/views and 赞藏/likes+saves. A heading matched by none is left for
//! the user to map (or ignore); a second column for the same field (a video
//! quote after the image quote) is ignored until mapped. Without a heading
//! row the columns are in link order: name, followers, quote, likes, saves,
//! comments, shares, views. Cells stay as typed: the form reads them.

use super::form::{Column, CreatorText};
use super::model::MAX_CREATORS;
use crate::calculators::engagement::paste::split_cells;
use crate::units::parse_number;

/// A pasted sheet before its columns are mapped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sheet {
    /// The heading row's cells (empty without one).
    pub headings: Vec<String>,
    /// The field each column fills, as recognised (`None`: ignored).
    pub columns: Vec<Option<Column>>,
    /// Data rows, cells as typed, at most [`MAX_CREATORS`].
    pub rows: Vec<Vec<String>>,
    /// Lines beyond [`MAX_CREATORS`] data rows, left out.
    pub rows_over_limit: usize,
    /// Blank lines and lines without any number, skipped.
    pub skipped_lines: usize,
}

impl Sheet {
    /// Headings no word matched (their columns await a mapping).
    pub fn unknown_columns(&self) -> Vec<usize> {
        (0..self.headings.len())
            .filter(|&i| self.columns.get(i).is_some_and(Option::is_none))
            .collect()
    }

    /// Fields the list needs that no column fills.
    pub fn missing(&self, columns: &[Option<Column>]) -> Vec<Column> {
        let has = |c: Column| columns.contains(&Some(c));
        let mut missing: Vec<Column> = [Column::Followers, Column::Quote]
            .into_iter()
            .filter(|&c| !has(c))
            .collect();
        if !has(Column::Likes) && !has(Column::LikesSaves) {
            missing.push(Column::Likes);
        }
        missing
    }
}

/// Heading words per field, lower case; more specific fields first.
const HEADING_WORDS: [(Column, &[&str]); 9] = [
    (
        Column::LikesSaves,
        &[
            "赞藏",
            "获赞与收藏",
            "likes+saves",
            "likes & saves",
            "likes and saves",
            "like+save",
        ],
    ),
    (Column::Followers, &["粉丝", "follower", "fans"]),
    (
        Column::Quote,
        &[
            "报价", "价格", "刊例", "费用", "quote", "price", "cost", "fee",
        ],
    ),
    (Column::Likes, &["点赞", "like"]),
    (Column::Saves, &["收藏", "save", "collect", "bookmark"]),
    (Column::Comments, &["评论", "comment"]),
    (Column::Shares, &["分享", "转发", "share", "repost"]),
    (
        Column::Views,
        &[
            "阅读",
            "浏览",
            "曝光",
            "播放",
            "view",
            "read",
            "impression",
            "reach",
        ],
    ),
    (
        Column::Name,
        &[
            "昵称", "达人", "博主", "账号", "名称", "name", "creator", "account", "kol", "handle",
        ],
    ),
];

/// The field a heading names, if any.
pub fn heading_column(heading: &str) -> Option<Column> {
    let heading = heading.trim().to_lowercase();
    if heading.is_empty() {
        return None;
    }
    HEADING_WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| heading.contains(w)))
        .map(|&(column, _)| column)
}

fn delimiter(text: &str) -> char {
    if text.contains('\t') {
        '\t'
    } else if text.contains(';') && !text.contains(',') {
        ';'
    } else {
        ','
    }
}

/// Reads pasted text or a file's text into a sheet. Never fails: what it
/// cannot read is counted.
pub fn read_sheet(text: &str) -> Sheet {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = delimiter(text);
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let mut sheet = Sheet::default();
    let Some(first) = lines.next() else {
        return sheet;
    };
    let first = split_cells(first, delimiter);
    let first_is_heading = first.iter().all(|c| parse_number(c).is_err())
        && (first.iter().any(|c| heading_column(c).is_some()) || first.len() > 1);
    let mut data = Vec::new();
    if first_is_heading {
        let mut seen = Vec::new();
        sheet.columns = first
            .iter()
            .map(|h| {
                let column = heading_column(h).filter(|c| !seen.contains(c));
                if let Some(c) = column {
                    seen.push(c);
                }
                column
            })
            .collect();
        sheet.headings = first;
    } else {
        sheet.columns = Column::LINK_ORDER.iter().copied().map(Some).collect();
        data.push(first);
    }
    data.extend(lines.map(|l| split_cells(l, delimiter)));
    for cells in data {
        if !cells.iter().any(|c| parse_number(c).is_ok()) {
            sheet.skipped_lines += 1;
        } else if sheet.rows.len() < MAX_CREATORS {
            sheet.rows.push(cells);
        } else {
            sheet.rows_over_limit += 1;
        }
    }
    sheet
}

/// The sheet's rows as creator rows, each column filling the field
/// `columns` gives it. A likes+saves column fills likes (saves 0) unless
/// the sheet has likes or saves of its own.
pub fn creator_rows(sheet: &Sheet, columns: &[Option<Column>]) -> Vec<CreatorText> {
    let has_split =
        columns.contains(&Some(Column::Likes)) || columns.contains(&Some(Column::Saves));
    sheet
        .rows
        .iter()
        .map(|cells| {
            let mut row = CreatorText::default();
            let mut likes_saves = None;
            for (cell, column) in cells.iter().zip(columns) {
                match column {
                    Some(Column::LikesSaves) => likes_saves = Some(cell.clone()),
                    Some(c) => {
                        if let Some(slot) = row.cell_mut(*c) {
                            if slot.is_empty() {
                                slot.clone_from(cell);
                            }
                        }
                    }
                    None => {}
                }
            }
            if let (Some(total), false) = (likes_saves, has_split) {
                row.likes = total;
                row.saves = "0".to_string();
            }
            for c in [Column::Comments, Column::Shares] {
                if let Some(slot) = row.cell_mut(c) {
                    if slot.is_empty() {
                        *slot = "0".to_string();
                    }
                }
            }
            row
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_headings_map_every_field() {
        let text =
            "达人昵称\t粉丝数\t图文报价\t视频报价\t平均点赞\t平均收藏\t平均评论\t平均分享\t阅读\n\
                    小鹿\t1.2万\t¥3,000\t4500\t300\t120\t20\t5\t8000\n";
        let sheet = read_sheet(text);
        assert_eq!(sheet.unknown_columns(), vec![3]);
        let rows = creator_rows(&sheet, &sheet.columns);
        assert_eq!(rows.len(), 1);
        let row = &rows[0];
        assert_eq!(row.name, "小鹿");
        assert_eq!(row.followers, "1.2万");
        assert_eq!(row.quote, "¥3,000");
        assert_eq!((row.likes.as_str(), row.saves.as_str()), ("300", "120"));
        assert_eq!(row.views, "8000");
    }

    #[test]
    fn english_csv_with_quotes_and_likes_saves() {
        let text =
            "Name,Followers,Quote,Likes+Saves,Comments\n\"Mia, Lab\",\"12,000\",12k,800,40\n";
        let sheet = read_sheet(text);
        assert!(sheet.unknown_columns().is_empty());
        let rows = creator_rows(&sheet, &sheet.columns);
        assert_eq!(rows[0].name, "Mia, Lab");
        assert_eq!(rows[0].followers, "12,000");
        assert_eq!(rows[0].likes, "800");
        assert_eq!(rows[0].saves, "0");
        assert_eq!(rows[0].shares, "0");
    }

    #[test]
    fn unknown_headings_wait_for_a_mapping() {
        let sheet = read_sheet("账号ID\tA\tB\nx1\t100\t200\n");
        assert_eq!(sheet.unknown_columns(), vec![1, 2]);
        assert!(!sheet.missing(&sheet.columns).is_empty());
        let mapping = vec![
            Some(Column::Name),
            Some(Column::Followers),
            Some(Column::Quote),
        ];
        assert_eq!(sheet.missing(&mapping), vec![Column::Likes]);
    }

    #[test]
    fn rows_over_the_limit_are_counted() {
        let mut text = String::from("name\tfollowers\tquote\tlikes\tsaves\n");
        for i in 0..510 {
            text.push_str(&format!("c{i}\t1000\t100\t10\t5\n"));
        }
        let sheet = read_sheet(&text);
        assert_eq!(sheet.rows.len(), MAX_CREATORS);
        assert_eq!(sheet.rows_over_limit, 10);
    }

    #[test]
    fn no_heading_reads_link_order() {
        let sheet = read_sheet("Amy\t5000\t800\t90\t30\t5\t1\n");
        let rows = creator_rows(&sheet, &sheet.columns);
        assert_eq!(rows[0].quote, "800");
        assert_eq!(rows[0].shares, "1");
    }
}
