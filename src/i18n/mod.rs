//! All UI text, in English and Simplified Chinese, from one table
//! ([`table`]): each entry gives a key with both languages side by side, so a
//! key cannot exist in one language only; tests also reject an empty or
//! untranslated entry. Messages with values use `{0}`, `{1}` placeholders.

mod messages;
mod table;

pub use messages::{field_error, link_notice};
pub use table::Key;

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// Both languages, in the order of the switch.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The link value and the `lang` attribute's value.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// The `lang` attribute of the page.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        }
    }

    /// Reads `en` or `zh` (and `zh-CN` style tags).
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        if code == "en" || code.starts_with("en-") {
            Some(Lang::En)
        } else if code == "zh" || code.starts_with("zh-") {
            Some(Lang::Zh)
        } else {
            None
        }
    }

    /// The first of the browser's preferred languages that we speak,
    /// English otherwise.
    pub fn from_preferences<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(|tag| {
                let primary = tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
                Lang::from_code(&primary)
            })
            .unwrap_or_default()
    }

    /// The text of `key` in this language.
    pub fn text(self, key: Key) -> &'static str {
        table::lookup(self, key)
    }

    /// The text of `key` with `{0}`, `{1}`, … replaced by `args`.
    pub fn format(self, key: Key, args: &[&str]) -> String {
        fill(self.text(key), args)
    }
}

/// Replaces `{i}` placeholders in `template`.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut text = template.to_string();
    for (i, arg) in args.iter().enumerate() {
        text = text.replace(&format!("{{{i}}}"), arg);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(text: &str) -> Vec<usize> {
        (0..10)
            .filter(|i| text.contains(&format!("{{{i}}}")))
            .collect()
    }

    fn has_chinese(text: &str) -> bool {
        text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    #[test]
    fn every_key_is_translated_in_both_languages() {
        let mut problems = Vec::new();
        for &key in Key::ALL {
            let en = Lang::En.text(key);
            let zh = Lang::Zh.text(key);
            if en.trim().is_empty() {
                problems.push(format!("{key:?}: English missing"));
            }
            if zh.trim().is_empty() {
                problems.push(format!("{key:?}: Chinese missing"));
            }
            if !has_chinese(zh) && !Key::SAME_IN_BOTH.contains(&key) {
                problems.push(format!("{key:?}: Chinese left untranslated: {zh}"));
            }
            if placeholders(en) != placeholders(zh) {
                problems.push(format!("{key:?}: placeholders differ"));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn practitioner_terms_are_used() {
        let all_zh: String = Key::ALL.iter().map(|&k| Lang::Zh.text(k)).collect();
        for term in [
            "粉丝",
            "点赞",
            "收藏",
            "评论",
            "赞藏比",
            "水军",
            "达人",
            "KOC",
            "博主",
            "头部",
            "腰部",
            "尾部",
            "素人",
            "种草",
            "赞藏",
            "报备笔记",
            "蒲公英",
            "坑位费",
            "纯佣",
        ] {
            assert!(all_zh.contains(term), "{term} not used");
        }
    }

    #[test]
    fn browser_preferences_pick_the_language() {
        assert_eq!(Lang::from_preferences(["zh-CN", "en"]), Lang::Zh);
        assert_eq!(Lang::from_preferences(["fr-FR", "zh-TW"]), Lang::Zh);
        assert_eq!(Lang::from_preferences(["de"]), Lang::En);
        assert_eq!(Lang::from_preferences([]), Lang::En);
    }

    #[test]
    fn each_key_finds_its_own_text() {
        assert_eq!(Lang::En.text(Key::AppName), "kolcalc");
        assert_eq!(Lang::Zh.text(Key::NavLabel), "计算器");
        assert_eq!(
            Lang::Zh.text(Key::NoticeNewerFormat),
            "此链接来自更新的版本（格式 {0}），部分参数可能被忽略。"
        );
    }

    #[test]
    fn keys_of_later_sections_find_their_own_text() {
        assert_eq!(Lang::En.text(Key::CompSectionQuote), "The creator's quote");
        assert_eq!(Lang::Zh.text(Key::SlPrevRows), "上一页");
        let last = Key::ALL.last().copied().expect("keys");
        assert_eq!(Lang::En.text(last), "Next rows");
    }

    /// The source files under `dir`, with any test module cut off.
    fn sources(dir: &std::path::Path, files: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).expect("src readable") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                sources(&path, files);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("readable");
                let code = text.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
                let name = path.to_string_lossy().replace('\\', "/");
                files.push((name, code.to_string()));
            }
        }
    }

    /// A page's build carries only the sections of its pages (the cfg of each
    /// section in `table.rs`), so a key of a page's section may be used by
    /// that page's code only, or by code that dispatches on the calculator,
    /// which a page's build reaches for its own calculator only
    /// (`input_labels.rs`, and the comparison, which carries every page).
    #[test]
    fn a_pages_texts_are_used_by_its_pages_alone() {
        let users = |section: &str| -> &[&str] {
            match section {
                "compensation" => &["/calculators/compensation/"],
                "budget_mix" => &["/calculators/budget_mix/", "/calculators/shortlist/"],
                "timeline" => &["/calculators/timeline/"],
                "shortlist" => &["/calculators/shortlist/"],
                _ => &["/"],
            }
        };
        let dispatch = ["/src/input_labels.rs", "/src/ui/compare.rs", "/src/i18n/"];
        let mut files = Vec::new();
        sources(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        assert!(files.len() > 50, "the sources were found");
        let mut problems = Vec::new();
        for (section, keys) in table::SECTIONS {
            for key in keys.iter() {
                let name = format!("Key::{key:?}");
                for (file, code) in &files {
                    let used = code.match_indices(&name).any(|(at, _)| {
                        !code[at + name.len()..].starts_with(|c: char| c.is_alphanumeric())
                    });
                    let allowed = users(section).iter().any(|dir| file.contains(dir))
                        || dispatch.iter().any(|d| file.contains(d));
                    if used && !allowed {
                        problems.push(format!("{name} ({section}) is used in {file}"));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(fill("{0} of {1}", &["a", "b"]), "a of b");
    }
}
