//! Browser tests of the browser's own compression, as the shortlist's
//! compressed links use it: run in headless Chromium by wasm-bindgen-test
//! (`cargo test --target wasm32-unknown-unknown --test shortlist_browser`).
#![cfg(target_arch = "wasm32")]

use kolcalc::calculators::shortlist::compressed::{self, MAX_LIST_BYTES};
use kolcalc::ui::compression::{compress, decompress};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn list(rows: usize) -> String {
    (0..rows)
        .map(|i| format!("达人{i},{},¥9%2C000,300,200,40,10", 10_000 + i * 311))
        .collect::<Vec<_>>()
        .join(";")
}

#[wasm_bindgen_test]
async fn a_list_comes_back_through_its_payload() {
    let plain = list(500);
    let bytes = compress(plain.as_bytes()).await.expect("compressed");
    assert!(
        bytes.len() < plain.len() / 2,
        "{} of {}",
        bytes.len(),
        plain.len()
    );
    let pairs = vec![("list", plain.clone())];
    let zipped = compressed::with_compressed(&pairs, &bytes);
    let payload = &zipped[0].1;
    let back = compressed::payload_bytes(payload).expect("base64url");
    let raw = decompress(&back, MAX_LIST_BYTES).await.expect("inflated");
    assert_eq!(compressed::read_list(raw), Some(plain));
}

#[wasm_bindgen_test]
async fn inflating_stops_at_the_cap() {
    // 2 MB of one byte compresses to a few KB: a zip bomb for the cap.
    let bomb = compress(&vec![b','; 2 * MAX_LIST_BYTES])
        .await
        .expect("compressed");
    assert!(bomb.len() < 16 * 1024, "{} bytes", bomb.len());
    assert_eq!(decompress(&bomb, MAX_LIST_BYTES).await, None);
    let whole = decompress(&bomb, 4 * MAX_LIST_BYTES)
        .await
        .expect("under a larger cap");
    assert_eq!(whole.len(), 2 * MAX_LIST_BYTES);
}

#[wasm_bindgen_test]
async fn what_is_not_deflate_is_refused() {
    let good = compress(list(3).as_bytes()).await.expect("compressed");
    let truncated = &good[..good.len() / 2];
    for bad in [&b"not deflate at all"[..], truncated, &[]] {
        assert_eq!(decompress(bad, MAX_LIST_BYTES).await, None, "{bad:?}");
    }
}
