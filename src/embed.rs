//! Embedding a calculator in another site: the link of the embedded page
//! (`embed=1`), the link back to the full calculator, the copy-paste snippet
//! for a hub's page, and the one message the embedded page sends its host.

/// Height of the iframe before the host script (if any) fits it, CSS px.
pub const DEFAULT_HEIGHT: u32 = 1400;
/// The `type` of the message an embedded page posts to its host:
/// `{ type: "kolcalc:height", height: <CSS px> }`, and nothing else.
pub const HEIGHT_MESSAGE: &str = "kolcalc:height";
/// File name of the optional host script in `dist/`.
pub const HOST_SCRIPT: &str = "embed.js";

/// The same address with `embed=1` added (`true`) or removed. The query's
/// other pairs are kept exactly as they are written, in the fragment of a
/// page's address (`…/engagement/#f=1`) or of a published link
/// (`…/#/engagement?f=1`).
pub fn with_embed(href: &str, embed: bool) -> String {
    crate::link::edit_scenario(href, |parts| {
        parts.retain(|part| part.split('=').next() != Some("embed"));
        if embed {
            parts.push("embed=1".to_string());
        }
    })
}

/// The folder the app is served from: the address up to its last `/`
/// before any query or fragment, above the page's own folder if it has one.
pub fn app_folder(href: &str) -> &str {
    let end = href.find(['#', '?']).unwrap_or(href.len());
    let page = href.get(..end).unwrap_or(href);
    crate::address::split_page(page).0
}

/// Escapes text for an HTML attribute value in double quotes.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The snippet a hub pastes: an iframe showing the scenario at `href`
/// alone, titled `title`, and the optional host script that fits its
/// height to the content.
pub fn snippet(href: &str, title: &str) -> String {
    let src = with_embed(href, true);
    let script = format!("{}{HOST_SCRIPT}", app_folder(href));
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{DEFAULT_HEIGHT}\" style=\"border:0;width:100%;max-width:100%\"></iframe>\n<script src=\"{}\" async></script>",
        attribute(&src),
        attribute(title),
        attribute(&script),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const HREF: &str =
        "https://hub.example/tools/kolcalc/index.html#/timeline?v=1&lang=zh&s=2026-03-02";

    #[test]
    fn embed_is_added_once_and_removed() {
        let embedded = with_embed(HREF, true);
        assert_eq!(
            embedded,
            "https://hub.example/tools/kolcalc/index.html#/timeline?v=1&lang=zh&s=2026-03-02&embed=1"
        );
        assert_eq!(with_embed(&embedded, true), embedded);
        assert_eq!(with_embed(&embedded, false), HREF);
        assert_eq!(
            with_embed("https://a.example/#/engagement?embed=1", false),
            "https://a.example/#/engagement"
        );
        assert_eq!(
            with_embed("https://a.example/", true),
            "https://a.example/#embed=1"
        );
        let page = "https://a.example/kol/budget-mix/#b=400000&lang=zh";
        let embedded = with_embed(page, true);
        assert_eq!(embedded, format!("{page}&embed=1"));
        assert_eq!(with_embed(&embedded, false), page);
        assert_eq!(
            with_embed("https://a.example/kol/timeline/", true),
            "https://a.example/kol/timeline/#embed=1"
        );
    }

    #[test]
    fn the_host_script_sits_beside_the_app() {
        assert_eq!(app_folder(HREF), "https://hub.example/tools/kolcalc/");
        assert_eq!(
            app_folder("http://127.0.0.1:8080/#/x?a=/b"),
            "http://127.0.0.1:8080/"
        );
        assert_eq!(
            app_folder("https://hub.example/kol/engagement/#f=1&v=2"),
            "https://hub.example/kol/"
        );
    }

    #[test]
    fn the_snippet_is_escaped_and_complete() {
        let text = snippet(HREF, "Campaign timeline \"<b>\" · kolcalc");
        assert!(text.contains("src=\"https://hub.example/tools/kolcalc/index.html#/timeline?v=1&amp;lang=zh&amp;s=2026-03-02&amp;embed=1\""));
        assert!(text.contains("title=\"Campaign timeline &quot;&lt;b&gt;&quot; · kolcalc\""));
        assert!(text.contains("loading=\"lazy\""));
        assert!(text.contains("height=\"1400\""));
        assert!(text.ends_with(
            "<script src=\"https://hub.example/tools/kolcalc/embed.js\" async></script>"
        ));
    }
}
