//! The browser's own compression (`CompressionStream`, `DecompressionStream`,
//! raw deflate), for lists too long for a plain link. Bound here directly
//! to the browser's globals: no script file beside the app (the page's CSP
//! and the offline cache stay as they are) and no compression code in the
//! wasm. Both directions are asynchronous; a browser without them, or a
//! payload that is not deflate, gives `None`.

use js_sys::{Array, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The format, both ways.
const FORMAT: &str = "deflate-raw";

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = CompressionStream)]
    type Compressor;
    #[wasm_bindgen(constructor, catch, js_class = "CompressionStream")]
    fn new(format: &str) -> Result<Compressor, JsValue>;

    #[wasm_bindgen(js_name = DecompressionStream)]
    type Decompressor;
    #[wasm_bindgen(constructor, catch, js_class = "DecompressionStream")]
    fn new(format: &str) -> Result<Decompressor, JsValue>;

    #[wasm_bindgen(js_name = Blob)]
    type BytesBlob;
    #[wasm_bindgen(constructor, catch, js_class = "Blob")]
    fn new(parts: &Array) -> Result<BytesBlob, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn stream(this: &BytesBlob) -> Result<ByteStream, JsValue>;

    #[wasm_bindgen(js_name = ReadableStream)]
    type ByteStream;
    #[wasm_bindgen(method, catch, js_name = pipeThrough)]
    fn pipe_through(this: &ByteStream, transform: &JsValue) -> Result<ByteStream, JsValue>;
    #[wasm_bindgen(method, catch, js_name = getReader)]
    fn get_reader(this: &ByteStream) -> Result<ByteReader, JsValue>;

    #[wasm_bindgen(js_name = ReadableStreamDefaultReader)]
    type ByteReader;
    #[wasm_bindgen(method, catch)]
    fn read(this: &ByteReader) -> Result<Promise, JsValue>;
    #[wasm_bindgen(method)]
    fn cancel(this: &ByteReader) -> Promise;
}

/// `bytes` as a stream, through `transform`.
fn piped(bytes: &[u8], transform: &JsValue) -> Result<ByteStream, JsValue> {
    let parts = Array::of1(&Uint8Array::from(bytes));
    BytesBlob::new(&parts)?.stream()?.pipe_through(transform)
}

/// Everything a stream gives, or `None` when it fails or would pass `cap`
/// bytes (reading then stops: a small payload that inflates without end
/// costs no more than `cap`).
async fn read_all(stream: ByteStream, cap: usize) -> Option<Vec<u8>> {
    let reader = stream.get_reader().ok()?;
    let mut out = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read().ok()?).await.ok()?;
        if Reflect::get(&chunk, &"done".into()).ok()?.as_bool() != Some(false) {
            return Some(out);
        }
        let value: Uint8Array = Reflect::get(&chunk, &"value".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let start = out.len();
        let end = start.checked_add(value.length() as usize)?;
        if end > cap {
            // The promise only says the stream was cancelled.
            let _ = reader.cancel();
            return None;
        }
        out.resize(end, 0);
        value.copy_to(out.get_mut(start..)?);
    }
}

/// `bytes` compressed.
pub async fn compress(bytes: &[u8]) -> Option<Vec<u8>> {
    let compressor = Compressor::new(FORMAT).ok()?;
    read_all(piped(bytes, &compressor).ok()?, usize::MAX).await
}

/// `bytes` decompressed, if they are deflate and inflate to at most `cap`
/// bytes.
pub async fn decompress(bytes: &[u8], cap: usize) -> Option<Vec<u8>> {
    let decompressor = Decompressor::new(FORMAT).ok()?;
    read_all(piped(bytes, &decompressor).ok()?, cap).await
}
