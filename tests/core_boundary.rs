//! The calculation core stays pure: besides building without the `ui`
//! feature (CI runs `cargo clippy --no-default-features --lib`), no core file
//! may reach for the browser, the clock or a random source. Today's date and
//! seeds are inputs.

use std::fs;
use std::path::{Path, PathBuf};

/// Files that belong to the browser front-end, where these are allowed: the
/// app shell (`ui/`) and each calculator's `view/`.
fn is_front_end(path: &Path) -> bool {
    let text = path.to_string_lossy();
    text.contains("/ui/") || text.contains("/view/") || text.ends_with("main.rs")
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/ is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn core_files_touch_no_browser_clock_or_randomness() {
    const FORBIDDEN: [&str; 10] = [
        "yew::",
        "web_sys",
        "js_sys",
        "gloo",
        "wasm_bindgen",
        "SystemTime",
        "Instant::now",
        "Date::now",
        "rand::",
        "getrandom",
    ];
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let core: Vec<&PathBuf> = files.iter().filter(|p| !is_front_end(p)).collect();
    assert!(
        core.len() >= 10,
        "expected the core files, found {}",
        core.len()
    );
    let mut breaches = Vec::new();
    for path in core {
        let source = fs::read_to_string(path).expect("source is UTF-8");
        // Code only: doc comments may name what the core avoids.
        let text: String = source
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for word in FORBIDDEN {
            if text.contains(word) {
                breaches.push(format!("{} uses {word}", path.display()));
            }
        }
    }
    assert!(breaches.is_empty(), "{}", breaches.join("\n"));
}

#[test]
fn front_end_files_are_behind_the_ui_feature() {
    let lib = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs"))
        .expect("lib.rs is readable");
    assert!(lib.contains("#[cfg(feature = \"ui\")]\npub mod ui;"));
    // Every calculator's view/ folder, and nothing else of it, is gated.
    let calculators = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/calculators");
    let mut checked = 0;
    for entry in fs::read_dir(&calculators)
        .expect("calculators/ is readable")
        .flatten()
    {
        if !entry.path().is_dir() {
            continue;
        }
        let module = fs::read_to_string(entry.path().join("mod.rs")).expect("mod.rs is readable");
        assert!(
            module.contains("#[cfg(feature = \"ui\")]\npub mod view;"),
            "{}: view/ is not gated by the ui feature",
            entry.path().display()
        );
        assert!(entry.path().join("view").is_dir());
        checked += 1;
    }
    assert!(checked >= 4, "{checked} calculators");
}
