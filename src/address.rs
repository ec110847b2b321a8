//! Pages live at paths (`<root>/budget-mix/`) and a scenario in the
//! fragment (`#b=400000&…`), never in the query string a host would log.
//! Inside, the app still reads the single-page form every published link
//! uses, `#/budget-mix?b=400000&…`: these functions translate between the
//! address in the bar and that form. Pure, so they are tested natively.

use crate::calculators::Route;
use crate::currency::Currency;
use crate::link::{build_query, split_hash, SharedSettings};

/// Splits a pathname into the site's root folder and the page's segment,
/// when the last segment names a page: `/tools/budget-mix/` →
/// (`/tools/`, Some(`budget-mix`)); `/tools/` → (`/tools/`, None).
pub fn split_page(pathname: &str) -> (&str, Option<&str>) {
    let trimmed = pathname.strip_suffix("index.html").unwrap_or(pathname);
    let folder_end = trimmed.rfind('/').map_or(0, |i| i + 1);
    let without_slash = trimmed.strip_suffix('/').unwrap_or(trimmed);
    let segment_start = without_slash.rfind('/').map_or(0, |i| i + 1);
    let segment = &without_slash[segment_start..];
    match Route::from_path(segment) {
        Route::Calculator(_) | Route::Compare if !segment.is_empty() => {
            (&trimmed[..segment_start], Some(segment))
        }
        _ => (&trimmed[..folder_end], None),
    }
}

/// The prefix that leads from the page at `pathname` to the site's root
/// folder, for relative links (`./` on the home page, `../` on the others).
pub fn root_prefix(pathname: &str) -> &'static str {
    match split_page(pathname).1 {
        Some(_) => "../",
        None => "./",
    }
}

/// The address in the single-page form the app reads: a fragment already
/// in that form (a published link) as it is, otherwise the page named by
/// the path with the fragment as its query.
pub fn legacy_hash(pathname: &str, hash: &str) -> String {
    if hash.starts_with("#/") {
        return hash.to_string();
    }
    let page = split_page(pathname).1.unwrap_or("");
    let query = hash.strip_prefix('#').unwrap_or(hash);
    if query.is_empty() {
        format!("#/{page}")
    } else {
        format!("#/{page}?{query}")
    }
}

/// The address (path and fragment, from the origin) of the page a
/// single-page-form `hash` names, for a page now at `pathname`; `None` for
/// a route no page serves (the address stays as it is).
pub fn canonical_address(pathname: &str, hash: &str) -> Option<String> {
    let root = split_page(pathname).0;
    let (path, query) = split_hash(hash);
    let page = match Route::from_path(path) {
        Route::NotFound => return None,
        Route::Home => String::new(),
        route => format!("{}/", route.path().trim_start_matches('/')),
    };
    let fragment = if query.is_empty() {
        String::new()
    } else {
        format!("#{query}")
    };
    Some(format!("{root}{page}{fragment}"))
}

/// The fragment a link to another page carries (`#lang=zh&cur=USD`), so
/// that page opens in the same language (when the address named one) and
/// currency: each page is its own document, so nothing else carries them.
/// Empty when there is nothing to carry.
pub fn carried_settings(shared: &SharedSettings) -> String {
    let pairs: Vec<(&'static str, String)> = shared
        .pairs()
        .into_iter()
        .filter(|(key, _)| *key != "v" && *key != "embed")
        .filter(|(key, _)| !(*key == "cur" && shared.currency == Currency::Cny))
        .collect();
    if pairs.is_empty() {
        String::new()
    } else {
        format!("#{}", build_query(&pairs))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_found_at_the_root_or_under_a_subpath() {
        assert_eq!(split_page("/"), ("/", None));
        assert_eq!(split_page("/index.html"), ("/", None));
        assert_eq!(split_page("/budget-mix/"), ("/", Some("budget-mix")));
        assert_eq!(
            split_page("/budget-mix/index.html"),
            ("/", Some("budget-mix"))
        );
        assert_eq!(split_page("/tools/kolcalc/"), ("/tools/kolcalc/", None));
        assert_eq!(
            split_page("/tools/kolcalc/engagement/"),
            ("/tools/kolcalc/", Some("engagement"))
        );
        assert_eq!(split_page("/compare/"), ("/", Some("compare")));
        assert_eq!(split_page("/other/"), ("/other/", None));
        assert_eq!(root_prefix("/tools/timeline/"), "../");
        assert_eq!(root_prefix("/tools/"), "./");
    }

    #[test]
    fn every_page_has_a_path_and_reads_back_as_itself() {
        for calculator in crate::calculators::Calculator::ALL {
            let hash = format!("#/{}?a=1&b=2", calculator.slug());
            let address = canonical_address("/site/", &hash).expect("a page");
            assert_eq!(address, format!("/site/{}/#a=1&b=2", calculator.slug()));
            let (path, fragment) = address.split_once('#').expect("a fragment");
            assert_eq!(legacy_hash(path, &format!("#{fragment}")), hash);
        }
    }

    #[test]
    fn published_links_keep_their_scenario_and_move_to_their_page() {
        let link = "#/engagement?f=12000&v=3";
        assert_eq!(legacy_hash("/", link), link);
        assert_eq!(legacy_hash("/timeline/", link), link);
        assert_eq!(
            canonical_address("/", link).as_deref(),
            Some("/engagement/#f=12000&v=3")
        );
        // Followed from another page: the root is found from that page.
        assert_eq!(
            canonical_address("/x/timeline/", link).as_deref(),
            Some("/x/engagement/#f=12000&v=3")
        );
        assert_eq!(canonical_address("/x/", "#/").as_deref(), Some("/x/"));
        assert_eq!(canonical_address("/x/", "#/nowhere?a=1"), None);
    }

    #[test]
    fn links_to_other_pages_carry_language_and_currency_only() {
        use crate::i18n::Lang;
        let mut shared = SharedSettings::default();
        assert_eq!(carried_settings(&shared), "");
        shared.lang = Some(Lang::Zh);
        shared.embed = true;
        assert_eq!(carried_settings(&shared), "#lang=zh");
        shared.currency = Currency::Usd;
        shared.cny_per_unit = Currency::Usd.default_cny_per_unit();
        assert_eq!(carried_settings(&shared), "#lang=zh&cur=USD");
        shared.lang = None;
        shared.cny_per_unit = 7.5;
        assert_eq!(carried_settings(&shared), "#cur=USD&rate=7.5");
    }

    #[test]
    fn the_query_string_is_never_written() {
        assert_eq!(
            canonical_address("/", "#/budget-mix?b=400000").as_deref(),
            Some("/budget-mix/#b=400000")
        );
        assert_eq!(legacy_hash("/budget-mix/", ""), "#/budget-mix");
        assert_eq!(legacy_hash("/", "#"), "#/");
    }
}
