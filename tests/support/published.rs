//! Reads a file of published links: blocks separated by a blank line, each
//! a `link: <query>` line followed by `<output> = <value>` lines; `#` starts
//! a comment line. Shared by the calculators' link tests.

/// One published link and the outputs it must keep giving.
pub struct Published {
    /// Line of `link:` in the file, for messages.
    pub line: usize,
    /// The query as published.
    pub link: String,
    /// Output names and their published values, in file order.
    pub expected: Vec<(String, String)>,
}

/// Every block of `fixtures`, in order.
pub fn published(fixtures: &str) -> Vec<Published> {
    let mut links = Vec::new();
    let mut current: Option<Published> = None;
    for (index, line) in fixtures.lines().enumerate() {
        let line = line.trim();
        if line.starts_with('#') {
            continue;
        }
        if line.is_empty() {
            links.extend(current.take());
        } else if let Some(link) = line.strip_prefix("link:") {
            assert!(
                current.is_none(),
                "line {}: block without blank line",
                index + 1
            );
            current = Some(Published {
                line: index + 1,
                link: link.trim().to_string(),
                expected: Vec::new(),
            });
        } else {
            let (key, value) = line
                .split_once('=')
                .unwrap_or_else(|| panic!("line {}: not `key = value`", index + 1));
            current
                .as_mut()
                .unwrap_or_else(|| panic!("line {}: output before `link:`", index + 1))
                .expected
                .push((key.trim().to_string(), value.trim().to_string()));
        }
    }
    links.extend(current);
    links
}
