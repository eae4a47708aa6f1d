//! Browser only: reports about listings kept on the phone until the server has them (in
//! localStorage: a report says what is wrong with a listing, not who made it), sent at once when
//! there is a signal and again whenever the connection comes back. Behind `lazy.rs`, except
//! [`waiting`], which every page asks at start.

use std::cell::Cell;

use wasm_bindgen::{JsCast, closure::Closure};
use wasm_bindgen_futures::JsFuture;

use super::report::{ProblemReport, keep_after};

use super::report::QUEUE_KEY;
const TIMEOUT_MS: u32 = 15_000;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn read() -> Vec<ProblemReport> {
    storage().and_then(|s| s.get_item(QUEUE_KEY).ok().flatten()).and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default()
}

fn write(queue: &[ProblemReport]) -> bool {
    let Some(s) = storage() else { return false };
    if queue.is_empty() {
        return s.remove_item(QUEUE_KEY).is_ok();
    }
    serde_json::to_string(queue).ok().is_some_and(|t| s.set_item(QUEUE_KEY, &t).is_ok())
}

/// Keeps a report on the phone (`false` if the phone could not).
pub fn keep(report: ProblemReport) -> bool {
    let mut queue = read();
    if !queue.iter().any(|r| r.id == report.id) {
        queue.push(report);
    }
    write(&queue)
}

/// A new id for a report (a random UUID from WebCrypto).
pub fn new_id() -> Option<String> {
    web_sys::window()?.crypto().ok().map(|c| c.random_uuid())
}

/// Sends one report; the HTTP status, or `None` with no answer.
async fn send(report: &ProblemReport) -> Option<u16> {
    let window = web_sys::window()?;
    let body = [("id", &report.id), ("service", &report.service), ("kind", &report.kind), ("text", &report.text)]
        .iter()
        .map(|(k, v)| format!("{k}={}", percent_encoding::utf8_percent_encode(v, percent_encoding::NON_ALPHANUMERIC)))
        .collect::<Vec<_>>()
        .join("&");
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    init.set_cache(web_sys::RequestCache::NoStore);
    init.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(TIMEOUT_MS)));
    init.set_body(&wasm_bindgen::JsValue::from_str(&body));
    let headers = web_sys::Headers::new().ok()?;
    let _ = headers.set("content-type", "application/x-www-form-urlencoded");
    let _ = headers.set("accept", "application/json");
    init.set_headers(&headers);
    let response = JsFuture::from(window.fetch_with_str_and_init(super::report::REPORT_PATH, &init)).await.ok()?;
    Some(response.dyn_into::<web_sys::Response>().ok()?.status())
}

thread_local! {
    static SENDING: Cell<bool> = const { Cell::new(false) };
    static LISTENING: Cell<bool> = const { Cell::new(false) };
}

/// Sends every waiting report, one at a time; keeps those the server did not take for now.
/// Returns how many are still waiting.
pub async fn send_waiting() -> usize {
    if SENDING.with(|s| s.replace(true)) {
        return read().len();
    }
    for report in read() {
        if !keep_after(send(&report).await) {
            // Removed by id: another tab may have added one meanwhile.
            let queue: Vec<ProblemReport> = read().into_iter().filter(|r| r.id != report.id).collect();
            write(&queue);
        }
    }
    SENDING.with(|s| s.set(false));
    read().len()
}

/// Sends what waits now, and again whenever the connection comes back (once per page).
pub fn start() {
    leptos::task::spawn_local(async {
        send_waiting().await;
    });
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let on_online = Closure::<dyn FnMut()>::new(|| {
        leptos::task::spawn_local(async {
            send_waiting().await;
        })
    });
    let _ = window.add_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
    on_online.forget();
}
