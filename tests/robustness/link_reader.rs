//! The shared link reader, settings and percent-coding over hostile queries.

use super::*;

proptest! {
    #![proptest_config(config())]

    /// Percent-decoding never panics and undoes percent-encoding of any text.
    #[test]
    fn percent_coding_any_text(text in any::<String>(), raw in "[%0-9A-Fa-fzZ+&=]{0,40}") {
        prop_assert_eq!(percent_decode(&percent_encode(&text)), text);
        let _ = percent_decode(&raw);
    }
}
