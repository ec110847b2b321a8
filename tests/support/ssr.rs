//! Reading pages rendered by yew's server-side renderer: attributes of
//! opening tags and every `<output>` with its data-value and text. Shared
//! by the calculators' page tests.
#![allow(dead_code)]

use std::collections::BTreeMap;

/// The value of attribute `name` in an opening tag.
pub fn attr(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag.get(start..)?.find('"')?;
    Some(tag[start..start + len].to_string())
}

/// Opening tags of `element` (`<input ...>`), in document order.
pub fn tags<'a>(html: &'a str, element: &str) -> Vec<&'a str> {
    let open = format!("<{element} ");
    html.match_indices(&open)
        .map(|(at, _)| {
            let end = html[at..].find('>').expect("tag closes") + at;
            &html[at..=end]
        })
        .collect()
}

/// Every `<output>`: name → (data-value, text); panics on a repeated name.
pub fn page_outputs(html: &str) -> BTreeMap<String, (String, String)> {
    let mut all = BTreeMap::new();
    for (at, _) in html.match_indices("<output ") {
        let end = at + html[at..].find('>').expect("tag closes");
        let tag = &html[at..=end];
        let close = end + html[end..].find("</output>").expect("output closes");
        let name = attr(tag, "name").expect("output has a name");
        let data = attr(tag, "data-value").expect("output has a data-value");
        let text = html[end + 1..close].trim().to_string();
        assert!(
            all.insert(name.clone(), (data, text)).is_none(),
            "{name} twice"
        );
    }
    all
}
