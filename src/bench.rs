//! Benchmarks only (feature `bench`): the search engine exported to JavaScript, so bench/ can
//! time it in Chromium against MiniSearch on the same data. Not part of the app's bundle.

fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}
use wasm_bindgen::prelude::*;

use crate::{
    directory::model::Directory,
    search::{Query, SearchIndex, Vocabulary},
};

#[derive(serde::Deserialize)]
struct Input {
    directory: Directory,
    vocabulary: Vocabulary,
}

#[wasm_bindgen]
pub struct SearchBench {
    input: Input,
    index: Option<SearchIndex>,
}

#[wasm_bindgen]
impl SearchBench {
    /// Parses `{directory, vocabulary}` as written by `signpost synthetic --json`.
    #[wasm_bindgen(constructor)]
    pub fn new(json: &str) -> Result<SearchBench, JsValue> {
        let input: Input = serde_json::from_str(json).map_err(|e| JsValue::from_str(&e.to_string()))?;
        Ok(SearchBench { input, index: None })
    }

    /// Builds the index (timed separately from parsing).
    pub fn build(&mut self) {
        self.index = Some(SearchIndex::build(&self.input.directory, &self.input.vocabulary));
    }

    /// Runs one query and returns how many services matched.
    pub fn search(&self, text: &str) -> usize {
        let Some(index) = &self.index else { return 0 };
        let query = Query { text: text.to_string(), page: 1, ..Query::default() };
        index.search(&self.input.directory, &query, now()).len()
    }

    /// The names of the first `n` results (to check both engines find sensible things).
    pub fn top(&self, text: &str, n: usize) -> Vec<String> {
        let Some(index) = &self.index else { return vec![] };
        let query = Query { text: text.to_string(), page: 1, ..Query::default() };
        index.search(&self.input.directory, &query, now()).into_iter().take(n).map(|i| self.input.directory.services[i].name.clone()).collect()
    }

    /// Bytes of wasm memory in use (its linear memory size).
    pub fn memory_bytes() -> f64 {
        wasm_bindgen::memory().unchecked_into::<js_sys::WebAssembly::Memory>().buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length() as f64
    }
}
