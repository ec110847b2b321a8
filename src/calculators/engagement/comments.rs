//! Comment check: the brief's "bot-generated comments often read generic or
//! repetitive", made measurable. Paste a note's comments, one per line.
//!
//! Each comment is normalised (lower case, without spaces, punctuation or
//! emoji) and then counted as:
//! - a **duplicate** when another comment normalises to the same text;
//! - a **template** when it is made only of [`TEMPLATE_PHRASES`] (repeated or
//!   combined, such as 绝了绝了 or "so good!! need this"), or only of emoji;
//! - **very short** when it has at most [`SHORT_MAX_CHARS`] letters, digits
//!   or characters.
//!
//! A share above its flag line is a red flag that decides the verdict
//! (lines are assumptions,
//! editable in a later version, chosen so a lively genuine thread passes).

/// Generic phrases comment farms (水军) reuse, English and Chinese.
pub const TEMPLATE_PHRASES: &[&str] = &[
    "绝了",
    "买它",
    "求链接",
    "好好看",
    "好看",
    "太好看了",
    "太美了",
    "爱了",
    "爱了爱了",
    "种草了",
    "已种草",
    "被种草了",
    "求分享",
    "蹲",
    "蹲一个",
    "哪里买",
    "冲",
    "冲冲冲",
    "支持",
    "赞",
    "真不错",
    "不错",
    "学到了",
    "好棒",
    "666",
    "so good",
    "need this",
    "love it",
    "love this",
    "amazing",
    "nice",
    "beautiful",
    "so cute",
    "great post",
    "where to buy",
    "link please",
    "want it",
    "wow",
];

/// Duplicates above this share of comments are a warning sign.
pub const DUPLICATE_SHARE_FLAG: f64 = 0.20;
/// Template comments above this share are a warning sign.
pub const TEMPLATE_SHARE_FLAG: f64 = 0.30;
/// Very short comments above this share are a warning sign.
pub const SHORT_SHARE_FLAG: f64 = 0.40;
/// A comment with at most this many characters is very short.
pub const SHORT_MAX_CHARS: usize = 3;
/// Most comments one check reads; more are left out and said so.
pub const MAX_COMMENTS: usize = 5_000;

/// A warning raised by the comment check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum CommentFlag {
    /// Too many exact duplicates.
    Duplicates,
    /// Too many template phrases.
    Templates,
    /// Too many very short comments.
    Short,
}

/// The comment check's results.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CommentCheck {
    /// `comments_checked`: comments read (non-empty lines, at most [`MAX_COMMENTS`]).
    pub total: usize,
    /// Lines beyond [`MAX_COMMENTS`] that were not read.
    pub left_out: usize,
    /// `duplicate_share`: comments whose text another comment repeats / comments.
    pub duplicate_share: f64,
    /// `template_share`: comments made only of template phrases or emoji / comments.
    pub template_share: f64,
    /// `short_share`: comments of at most three characters / comments.
    pub short_share: f64,
    /// Shares above their flag line.
    pub flags: Vec<CommentFlag>,
}

/// Whether a character carries meaning: letters, digits and CJK characters,
/// not spaces, punctuation (ASCII, CJK or full-width), symbols or emoji.
/// Range checks rather than Unicode tables keep the page small.
fn is_meaningful(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let code = c as u32;
    !matches!(code,
        0x80..=0xBF            // Latin-1 punctuation and symbols
        | 0x2000..=0x2BFF      // general punctuation, arrows, symbols, dingbats
        | 0x3000..=0x303F      // CJK punctuation
        | 0xFE00..=0xFE6F      // variation selectors, CJK compatibility forms
        | 0xFF00..=0xFF0F      // full-width punctuation
        | 0xFF1A..=0xFF20
        | 0xFF3B..=0xFF40
        | 0xFF5B..=0xFF65
        | 0x1F000..=0x1FAFF    // emoji and pictographs
        | 0xE0000..=0xE007F) // tags
}

fn normalise(comment: &str) -> String {
    comment
        .chars()
        .filter(|&c| is_meaningful(c))
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn is_template(normalised: &str) -> bool {
    if normalised.is_empty() {
        return true; // only emoji or punctuation
    }
    let phrases: Vec<String> = TEMPLATE_PHRASES.iter().map(|p| normalise(p)).collect();
    // Can the text be cut entirely into template phrases? (word-break DP)
    let chars: Vec<char> = normalised.chars().collect();
    let mut reachable = vec![false; chars.len() + 1];
    if let Some(first) = reachable.first_mut() {
        *first = true;
    }
    for start in 0..chars.len() {
        if !reachable.get(start).copied().unwrap_or(false) {
            continue;
        }
        for phrase in &phrases {
            let phrase_chars: Vec<char> = phrase.chars().collect();
            let end = start + phrase_chars.len();
            if chars.get(start..end) == Some(&phrase_chars[..]) {
                if let Some(slot) = reachable.get_mut(end) {
                    *slot = true;
                }
            }
        }
    }
    reachable.last().copied().unwrap_or(false)
}

/// Checks pasted comments, one per line. `None` when there is no comment.
pub fn check(text: &str) -> Option<CommentCheck> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.is_empty() {
        return None;
    }
    let left_out = lines.len().saturating_sub(MAX_COMMENTS);
    let lines = lines.get(..lines.len().min(MAX_COMMENTS)).unwrap_or(&[]);
    let keys: Vec<String> = lines
        .iter()
        .map(|line| {
            let n = normalise(line);
            if n.is_empty() {
                line.to_string()
            } else {
                n
            }
        })
        .collect();
    // Equal keys sit side by side once sorted: each run longer than one is
    // a group of duplicates.
    let mut sorted: Vec<&str> = keys.iter().map(String::as_str).collect();
    crate::sort::sort_by(&mut sorted, |a, b| a < b);
    let duplicates: usize = sorted
        .chunk_by(|a, b| a == b)
        .filter(|run| run.len() > 1)
        .map(<[&str]>::len)
        .sum();
    let total = lines.len() as f64;
    let normalised: Vec<String> = lines.iter().map(|l| normalise(l)).collect();
    let templates = normalised.iter().filter(|n| is_template(n)).count();
    let short = normalised
        .iter()
        .filter(|n| n.chars().count() <= SHORT_MAX_CHARS)
        .count();
    let duplicate_share = duplicates as f64 / total;
    let template_share = templates as f64 / total;
    let short_share = short as f64 / total;
    let mut flags = Vec::new();
    if duplicate_share > DUPLICATE_SHARE_FLAG {
        flags.push(CommentFlag::Duplicates);
    }
    if template_share > TEMPLATE_SHARE_FLAG {
        flags.push(CommentFlag::Templates);
    }
    if short_share > SHORT_SHARE_FLAG {
        flags.push(CommentFlag::Short);
    }
    Some(CommentCheck {
        total: lines.len(),
        left_out,
        duplicate_share,
        template_share,
        short_share,
        flags,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_text_has_no_check() {
        assert_eq!(check(" \n\n  "), None);
    }

    #[test]
    fn counts_duplicates_templates_and_short_comments() {
        // 5 comments: "绝了" twice (duplicates, template, short), "so good!!"
        // (template), a real question, and "👍" (template, short).
        let text = "绝了\n绝了！\nSo good!!\n这个色号黄皮能用吗？用了两周会不会闷痘\n👍";
        let result = check(text).unwrap();
        assert_eq!(result.total, 5);
        assert!((result.duplicate_share - 2.0 / 5.0).abs() < 1e-12);
        assert!((result.template_share - 4.0 / 5.0).abs() < 1e-12);
        assert!((result.short_share - 3.0 / 5.0).abs() < 1e-12);
        assert_eq!(
            result.flags,
            vec![
                CommentFlag::Duplicates,
                CommentFlag::Templates,
                CommentFlag::Short
            ]
        );
    }

    #[test]
    fn combined_templates_count_but_real_sentences_do_not() {
        assert!(is_template(&normalise("绝了绝了买它")));
        assert!(is_template(&normalise("So good, need this")));
        assert!(!is_template(&normalise("好看但是有点贵")));
        assert!(!is_template(&normalise("nice shade, does it oxidise?")));
    }

    #[test]
    fn genuine_thread_raises_no_flag() {
        let text = "请问油皮适合吗\n用了一周毛孔小了一点\n包装好精致，在哪个渠道买的\n敏感肌第一次用有点刺痛\nHow long does shipping to Sydney take?";
        assert_eq!(check(text).unwrap().flags, vec![]);
    }
}
