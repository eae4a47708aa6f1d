//! Names the phases of a page's start in the browser's performance timeline (User Timing), so
//! that DevTools, Lighthouse ("User Timing marks and measures") and `make bench` can say which
//! of them a long task belongs to: hydration, reading the locale, loading the offline machinery,
//! reading the phone's copy, a sync page, building the search index. Each phase is a measure
//! named `signpost:<phase>`, from when it began to when it ended (awaits included).
//!
//! Browser only; the calls are a few microseconds, and the entries are the browser's own.

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance, js_name = mark, catch)]
    fn mark(name: &str) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
    #[wasm_bindgen(js_namespace = performance, js_name = measure, catch)]
    fn measure(name: &str, start_mark: &str) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
    #[wasm_bindgen(js_namespace = performance, js_name = clearMarks)]
    fn clear_marks(name: &str);
    #[wasm_bindgen(js_namespace = performance, js_name = clearMeasures)]
    fn clear_measures(name: &str);
}

/// A phase that is running; it is measured when dropped.
#[must_use = "the phase is measured when this is dropped"]
pub struct Phase {
    name: &'static str,
}

/// Starts measuring `name` (a `signpost:` name from this module's list).
pub fn phase(name: &'static str) -> Phase {
    // A timeline without User Timing (none that runs this app) only loses the measure.
    let _ = mark(name);
    Phase { name }
}

impl Drop for Phase {
    /// Keeps the phase's latest measure only: a tab open all day syncs every few minutes, and
    /// the browser keeps every measure until the page closes. (A trace, as DevTools and
    /// Lighthouse record, still has each one.)
    fn drop(&mut self) {
        clear_measures(self.name);
        let _ = measure(self.name, self.name);
        clear_marks(self.name);
    }
}

/// The page hydrating (from the module's start to the last lazy route's view in place).
pub const HYDRATE: &str = "signpost:hydrate";
/// The app shell starting offline (locale, phone's copy, first render).
pub const SHELL: &str = "signpost:shell";
/// The page's messages parsed from the locale payload.
pub const LOCALE: &str = "signpost:locale";
/// From asking for the offline machinery to its code running (download and instantiation of its wasm chunks).
pub const OFFLINE_LOAD: &str = "signpost:offline-load";
/// The phone's copy opened and read from IndexedDB into memory (its parsing included).
pub const COPY_READ: &str = "signpost:copy-read";
/// The copy's records, once read, parsed into services and organisations.
pub const COPY_PARSE: &str = "signpost:copy-parse";
/// One page of changes fetched from the server.
pub const SYNC_FETCH: &str = "signpost:sync-fetch";
/// One page of changes written to IndexedDB and applied to the copy in memory.
pub const SYNC_APPLY: &str = "signpost:sync-apply";
/// The search index built from the copy.
pub const INDEX: &str = "signpost:index";
