//! Prerenders the site: after `trunk build`, writes one HTML file per page
//! (`index.html` for the home page, `<slug>/index.html` for each calculator,
//! `compare/index.html`) with the same yew components the app mounts,
//! rendered natively at each page's default scenario in English, so a page
//! is readable before (and without) its WebAssembly. Each page gets its own
//! title, description and Open Graph tags; with `KOLCALC_SITE_URL` set (the
//! address the site is published at, ending in `/`) also its canonical URL.
//!
//!     cargo run --example prerender -- dist
//!
//! Trunk runs it after every build (Trunk.toml's post_build hook).

use kolcalc::calculators::{Calculator, Route};
use kolcalc::i18n::{Key, Lang};
use kolcalc::link::{LinkReader, SharedSettings};
use kolcalc::ui::browser::today;
use kolcalc::ui::{Frame, FrameProps, Settings};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use yew::{AttrValue, LocalServerRenderer};

/// Where the prerendered page goes in the shell Trunk wrote.
const MOUNT: &str = "<div id=\"app\"></div>";

/// Shown only while a link's own scenario is being computed (see early.js).
const LOADING_NOTE: &str = "<p class=\"loading-note\" role=\"status\">Computing this link's results… 正在计算此链接的结果…</p>";

/// One page of the site.
struct Page {
    route: Route,
    /// Folder below the site's root, empty for the home page.
    folder: String,
    title: String,
    description: String,
    /// Rendered content: false for pages whose content lives in the
    /// browser's storage (the comparison of saved scenarios).
    content: bool,
    /// The name of its own WebAssembly build (tools/page-builds.sh, in a
    /// release build); without one it runs Trunk's, which carries every page.
    build: &'static str,
}

fn pages() -> Vec<Page> {
    let lang = Lang::En;
    let home_description = lang.text(Key::HomeLead).to_string();
    let mut all = vec![Page {
        route: Route::Home,
        folder: String::new(),
        title: lang.text(Key::AppTitle).to_string(),
        description: home_description.clone(),
        content: true,
        build: "home",
    }];
    all.extend(Calculator::ALL.into_iter().map(|calculator| Page {
        route: Route::Calculator(calculator),
        folder: format!("{}/", calculator.slug()),
        title: format!(
            "{} · {}",
            lang.text(calculator.name()),
            lang.text(Key::AppName)
        ),
        description: lang.text(calculator.summary()).to_string(),
        content: true,
        build: calculator.slug(),
    }));
    all.push(Page {
        route: Route::Compare,
        folder: "compare/".to_string(),
        title: format!(
            "{} · {}",
            lang.text(Key::CompareTitle),
            lang.text(Key::AppName)
        ),
        description: home_description,
        content: false,
        build: "compare",
    });
    all
}

/// The settings a first visit without a link opens with, in `lang`.
fn default_settings(lang: Lang) -> Settings {
    let shared = SharedSettings::read(&mut LinkReader::new(""));
    Settings {
        lang,
        currency: shared.currency,
        cny_per_unit: shared.cny_per_unit,
    }
}

/// The page's body as the app renders it at its default scenario.
pub fn render(route: Route, root: &'static str) -> String {
    let props = FrameProps {
        route,
        query: AttrValue::Static(""),
        settings: default_settings(Lang::En),
        link_lang: None,
        embed: false,
        generation: 0,
        root: AttrValue::Static(root),
        saved: false,
        embed_root: Default::default(),
        on_link: Default::default(),
        on_lang: Default::default(),
        on_currency: Default::default(),
        on_rate: Default::default(),
    };
    let renderer = LocalServerRenderer::<Frame>::with_props(props).hydratable(false);
    futures::executor::block_on(renderer.render())
}

/// Escapes text for an HTML attribute value in double quotes.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Replaces the first `<open…>…close` span of `html` with `with`.
fn replace_span(html: &str, open: &str, close: &str, with: &str) -> Result<String, String> {
    let range = span(html, open, close)?;
    Ok(format!(
        "{}{with}{}",
        &html[..range.start],
        &html[range.end..]
    ))
}

/// The byte range of the first `<open…>…close` span of `html`.
fn span(html: &str, open: &str, close: &str) -> Result<std::ops::Range<usize>, String> {
    let start = html.find(open).ok_or(format!("no {open} in the shell"))?;
    let len = html[start..]
        .find(close)
        .ok_or(format!("{open} never closes"))?;
    Ok(start..start + len + close.len())
}

/// The value of `name="…"` in one tag.
fn attribute_in<'a>(tag: &'a str, name: &str) -> Result<&'a str, String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key).ok_or(format!("no {name} in {tag}"))? + key.len();
    let len = tag[start..]
        .find('"')
        .ok_or(format!("{name} never closes in {tag}"))?;
    Ok(&tag[start..start + len])
}

/// A CSP source that allows exactly `text` inline.
fn csp_hash(text: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest = sha2::Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Adds `source` to the CSP's `directive` (e.g. `style-src 'self'`).
fn allow(html: &str, directive: &str, source: &str) -> Result<String, String> {
    if !html.contains(directive) {
        return Err(format!("no {directive} in the shell's CSP"));
    }
    Ok(html.replacen(directive, &format!("{directive} {source}"), 1))
}

/// The shell made ready to paint from its first response: the stylesheet
/// and `early.js` inlined, each allowed by its hash in the page's CSP (still
/// no `'unsafe-inline'`), so the prerendered page paints without waiting
/// for another file; and the WebAssembly preloaded from the start, which
/// no longer takes the bandwidth a stylesheet needs. The two files are
/// removed from the folder: no page asks for them any more.
fn first_paint_shell(shell: &str, dist: &Path) -> Result<String, String> {
    let mut html = shell.to_string();

    let link = span(&html, "<link rel=\"stylesheet\"", ">")?;
    let css_file = dist.join(attribute_in(&html[link.clone()], "href")?);
    let css = read(&css_file)?;
    check_inlinable(&css, "</style", &css_file)?;
    html.replace_range(link, &format!("<style>{css}</style>"));
    html = allow(&html, "style-src 'self'", &csp_hash(&css))?;
    remove(&css_file)?;

    let script = span(&html, "<script src=\"./early.js\"", "</script>")?;
    let early_file = dist.join("early.js");
    let early = read(&early_file)?.replace("__PAGES__", &page_list());
    check_inlinable(&early, "</script", &early_file)?;
    html.replace_range(script, &format!("<script>{early}</script>"));
    html = allow(
        &html,
        "script-src 'self' 'wasm-unsafe-eval'",
        &csp_hash(&early),
    )?;
    remove(&early_file)?;

    // Trunk's own preload names an integrity the app's fetch does not, so
    // the browser would fetch the module twice: preload it as fetched.
    while let Ok(preload) = span(&html, "<link rel=\"preload\"", ">") {
        if !html[preload.clone()].contains("application/wasm") {
            return Err("a preload other than the WebAssembly's".to_string());
        }
        html.replace_range(preload, "");
    }
    let start = span(&html, "<script type=\"module\"", "</script>")?;
    let (_, module) = app_files(&html)?;
    html.insert_str(
        start.end,
        &format!(
            "\n    <link rel=\"preload\" href=\"{module}\" as=\"fetch\" type=\"application/wasm\" crossorigin=\"anonymous\" />"
        ),
    );
    Ok(html)
}

/// The folders of the pages other than home, as a JavaScript array, for
/// early.js to send a published link straight to its page.
fn page_list() -> String {
    let folders: Vec<String> = pages()
        .iter()
        .filter(|page| !page.folder.is_empty())
        .map(|page| format!("'{}'", page.folder.trim_end_matches('/')))
        .collect();
    format!("[{}]", folders.join(", "))
}

/// Inlined text must not end its own element, nor hold the `="./` that
/// each page's relative paths rewrite (its hash would no longer match).
fn check_inlinable(text: &str, close: &str, file: &Path) -> Result<(), String> {
    match [close, "=\"./"].into_iter().find(|bad| text.contains(bad)) {
        Some(bad) => Err(format!(
            "{} holds {bad}: it cannot be inlined",
            file.display()
        )),
        None => Ok(()),
    }
}

fn read(file: &Path) -> Result<String, String> {
    std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))
}

fn remove(file: &Path) -> Result<(), String> {
    std::fs::remove_file(file).map_err(|e| format!("{}: {e}", file.display()))
}

/// The app's bindings and module in a shell: `(./….js, ./…_bg.wasm)`.
fn app_files(shell: &str) -> Result<(String, String), String> {
    let start = &shell[span(shell, "<script type=\"module\"", "</script>")?];
    Ok((
        attribute_in(start, "data-bindings")?.to_string(),
        attribute_in(start, "data-module")?.to_string(),
    ))
}

/// The shell pointed at the page's own build; `None` when `dist` holds none
/// (a debug build), and the page runs Trunk's.
fn with_own_build(shell: &str, page: &Page, dist: &Path) -> Result<Option<String>, String> {
    let prefix = format!("page-{}-", page.build);
    let mut own = None;
    for entry in std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))? {
        let name = entry.map_err(|e| e.to_string())?.file_name();
        let name = name.to_string_lossy();
        if let Some(stem) = name
            .strip_prefix(&prefix)
            .and_then(|n| n.strip_suffix(".js"))
        {
            own = Some(format!("{prefix}{stem}"));
        }
    }
    let Some(own) = own else {
        return Ok(None);
    };
    if !dist.join(format!("{own}_bg.wasm")).is_file() {
        return Err(format!("{own}.js has no {own}_bg.wasm beside it"));
    }
    let (bindings, module) = app_files(shell)?;
    let mut html = shell
        .replace(&bindings, &format!("./{own}.js"))
        .replace(&module, &format!("./{own}_bg.wasm"));
    // Trunk's module preload vouches for its bindings by their hash.
    let preload = span(&html, "<link rel=\"modulepreload\"", ">")?;
    let integrity = attribute_in(&html[preload.clone()], "integrity")?.to_string();
    let tag = html[preload.clone()].replace(
        &integrity,
        &subresource_integrity(
            &std::fs::read(dist.join(format!("{own}.js"))).map_err(|e| e.to_string())?,
        ),
    );
    html.replace_range(preload, &tag);
    Ok(Some(html))
}

/// The `integrity` value that vouches for `bytes` (SHA-384, as Trunk's).
fn subresource_integrity(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(bytes))
    )
}

fn page_html(shell: &str, page: &Page, site: Option<&str>) -> Result<String, String> {
    let depth_prefix = if page.folder.is_empty() { "./" } else { "../" };
    // Trunk writes asset URLs relative to the root (`./kolcalc-….js`).
    let mut html = shell.replace("=\"./", &format!("=\"{depth_prefix}"));
    html = replace_span(
        &html,
        "<title>",
        "</title>",
        &format!("<title>{}</title>", attribute(&page.title)),
    )?;
    let mut head = format!(
        "<meta name=\"description\" content=\"{description}\" />\n    \
         <meta property=\"og:type\" content=\"website\" />\n    \
         <meta property=\"og:site_name\" content=\"kolcalc\" />\n    \
         <meta property=\"og:title\" content=\"{title}\" />\n    \
         <meta property=\"og:description\" content=\"{description}\" />\n    \
         <meta property=\"og:locale\" content=\"en_US\" />\n    \
         <meta property=\"og:locale:alternate\" content=\"zh_CN\" />",
        description = attribute(&page.description),
        title = attribute(&page.title),
    );
    if let Some(site) = site {
        let url = attribute(&format!("{site}{}", page.folder));
        head.push_str(&format!(
            "\n    <link rel=\"canonical\" href=\"{url}\" />\n    <meta property=\"og:url\" content=\"{url}\" />"
        ));
    }
    html = replace_span(&html, "<meta name=\"description\"", "/>", &head)?;
    if !html.contains(MOUNT) {
        return Err(format!("no {MOUNT} in the shell"));
    }
    let content = if page.content {
        render(page.route.clone(), depth_prefix)
    } else {
        String::new()
    };
    // A page whose defaults count from today (the timeline's start) was
    // rendered at the renderer's date, not the visitor's: its results are
    // marked as loading like a link's until the app has computed them.
    if content.contains(&today().iso()) {
        html = html.replacen("<html ", "<html data-dated ", 1);
    }
    let body = if page.content {
        format!("<div id=\"prerendered\">{LOADING_NOTE}{content}</div>{MOUNT}")
    } else {
        MOUNT.to_string()
    };
    Ok(html.replacen(MOUNT, &body, 1))
}

fn run(dist: &Path) -> Result<(), String> {
    let shell_path = dist.join("index.html");
    let shell = read(&shell_path)?;
    if shell.contains("id=\"prerendered\"") {
        return Err(format!("{} is already prerendered", shell_path.display()));
    }
    let shell = first_paint_shell(&shell, dist)?;
    let site = std::env::var("KOLCALC_SITE_URL")
        .ok()
        .filter(|s| !s.is_empty())
        .map(|s| if s.ends_with('/') { s } else { format!("{s}/") });
    let mut folders = Vec::new();
    let mut runs_trunks_build = false;
    for page in pages() {
        let own = with_own_build(&shell, &page, dist)?;
        runs_trunks_build |= own.is_none();
        let html = page_html(own.as_deref().unwrap_or(&shell), &page, site.as_deref())?;
        let folder: PathBuf = dist.join(&page.folder);
        std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        let file = folder.join("index.html");
        std::fs::write(&file, html).map_err(|e| format!("{}: {e}", file.display()))?;
        println!("prerendered {}", file.display());
        folders.push(page.folder);
    }
    if !runs_trunks_build {
        // Every page runs its own build: no page asks for Trunk's.
        let (bindings, module) = app_files(&shell)?;
        for file in [bindings, module] {
            remove(&dist.join(file.trim_start_matches("./")))?;
        }
    }
    write_service_worker(dist, &folders)
}

/// Writes `sw.js`: the worker of `src/sw.js` with this build's pages and
/// files, and a version that changes whenever any of them does.
fn write_service_worker(dist: &Path, folders: &[String]) -> Result<(), String> {
    use std::hash::{DefaultHasher, Hasher};
    let mut files: Vec<String> = folders.iter().map(|f| format!("./{f}")).collect();
    let mut assets = Vec::new();
    for entry in std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let kept = entry.file_type().is_ok_and(|t| t.is_file())
            && !matches!(name.as_str(), "sw.js" | "index.html" | "embed.js")
            && !name.ends_with(".gz")
            && !name.ends_with(".br");
        if kept {
            assets.push(name);
        }
    }
    assets.sort();
    files.extend(assets.iter().map(|name| format!("./{name}")));
    // SipHash with fixed keys: the same build gives the same version.
    let mut hasher = DefaultHasher::new();
    for folder in folders {
        let page = dist.join(folder).join("index.html");
        hasher.write(&std::fs::read(&page).map_err(|e| format!("{}: {e}", page.display()))?);
    }
    for name in &assets {
        hasher.write(name.as_bytes());
        hasher.write(&std::fs::read(dist.join(name)).map_err(|e| format!("{name}: {e}"))?);
    }
    let list = files
        .iter()
        .map(|f| format!("'{f}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let worker = include_str!("../src/sw.js")
        .replace("'__VERSION__'", &format!("'{:016x}'", hasher.finish()))
        .replace("__FILES__", &format!("[{list}]"));
    let file = dist.join("sw.js");
    std::fs::write(&file, worker).map_err(|e| format!("{}: {e}", file.display()))?;
    println!("wrote {} ({} files)", file.display(), files.len());
    Ok(())
}

fn main() -> ExitCode {
    let Some(dist) = std::env::args_os().nth(1) else {
        eprintln!("usage: prerender <dist folder>");
        return ExitCode::FAILURE;
    };
    match run(Path::new(&dist)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}
