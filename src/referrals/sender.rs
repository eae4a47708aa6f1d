//! Browser only: when to send the outbox, and the network as the shared sending code
//! (`sending.rs`) needs it. Rounds run on start, when the browser comes back online, when the
//! page becomes visible, every minute while open, and on "Send now"; each sends only the
//! referrals of whoever is signed in on this phone (`accounts::who`, R13).

use std::cell::Cell;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, closure::Closure};
use wasm_bindgen_futures::{JsFuture, spawn_local};

use super::{
    local::{Outbox, OutboxError},
    outbox::{OutboxEntry, PUSH_PATH, PushResponse, SENT_PATH, SentPage, WAITING_PATH, WaitingReport},
    sending::{self, Answer, Author},
    status::OutboxStatus,
};
use crate::accounts::who;

const SEND_EVERY: std::time::Duration = std::time::Duration::from_secs(60);
/// A request with no answer after this long is given up (and sent again later).
const TIMEOUT_MS: u32 = 30_000;

thread_local! {
    static STARTED: Cell<bool> = const { Cell::new(false) };
    static RUNNING: Cell<bool> = const { Cell::new(false) };
    /// A trigger came while a round was running (say, the browser came back online during a
    /// round that had found no signal): run another round after it.
    static AGAIN: Cell<bool> = const { Cell::new(false) };
    static STATUS: Cell<Option<OutboxStatus>> = const { Cell::new(None) };
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Who is signed in on this phone, as the outbox's author.
fn author() -> Option<Author> {
    who::current().map(|w| Author { id: w.user, signed_in_at_ms: w.signed_in_at_ms })
}

/// Reads the signed-in user's outbox (and how many of others' wait, sealed) into the page's
/// signals.
pub async fn refresh(status: OutboxStatus) {
    let me = author();
    match Outbox::open().await {
        Ok(outbox) => {
            let mine = match me {
                Some(me) => outbox.list(me).await,
                None => Ok(vec![]),
            };
            match (mine, outbox.others_waiting(me).await) {
                (Ok(entries), Ok(others)) => {
                    super::status::set_pending(others > 0 || entries.iter().any(OutboxEntry::waiting));
                    status.entries.set(entries);
                    status.others_waiting.set(others);
                }
                _ => status.unavailable.set(true),
            }
        }
        Err(_) => status.unavailable.set(true),
    }
    status.loaded.set(true);
}

/// Starts the sender once per page.
pub fn start(status: OutboxStatus) {
    STATUS.set(Some(status));
    if STARTED.replace(true) {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let again = Closure::<dyn Fn()>::new(trigger);
    let _ = window.add_event_listener_with_callback("online", again.as_ref().unchecked_ref());
    if let Some(document) = window.document() {
        let _ = document.add_event_listener_with_callback("visibilitychange", again.as_ref().unchecked_ref());
    }
    again.forget();
    let _ = set_interval_with_handle(trigger, SEND_EVERY);
    trigger();
}

/// Sends now; if a round is running in this tab, another follows it.
pub fn trigger() {
    let Some(status) = STATUS.get() else { return };
    if RUNNING.replace(true) {
        AGAIN.set(true);
        return;
    }
    spawn_local(async move {
        status.sending.set(true);
        loop {
            AGAIN.set(false);
            let _ = run(status).await;
            refresh(status).await;
            if !AGAIN.get() {
                break;
            }
        }
        status.sending.set(false);
        RUNNING.set(false);
        // Something still waits (no signal, or another tab or an earlier page held it): try
        // again once any lease has run out, rather than at the next minute's round.
        if status.waiting() > 0 && !status.sign_in_needed.get_untracked() {
            set_timeout(trigger, std::time::Duration::from_millis(super::sending::LEASE_MS as u64 + 1000));
        }
    });
}

/// Queues a referral on the phone. Committed before this returns (R8).
pub async fn queue(status: OutboxStatus, entry: OutboxEntry) -> Result<(), OutboxError> {
    let outbox = Outbox::open().await?;
    outbox.save(&entry).await?;
    super::status::set_pending(true);
    refresh(status).await;
    start(status);
    trigger();
    Ok(())
}

/// Removes one of the signed-in user's referrals from the phone.
pub async fn remove(status: OutboxStatus, id: uuid::Uuid) -> Result<(), OutboxError> {
    if let Some(me) = author() {
        Outbox::open().await?.remove(me, id).await?;
    }
    refresh(status).await;
    Ok(())
}

/// Deletes the signed-in user's referrals and key from the phone (signing out). Other users'
/// stay, sealed.
pub async fn wipe(status: OutboxStatus) -> Result<(), OutboxError> {
    if let Some(me) = author() {
        Outbox::open().await?.wipe(me).await?;
    }
    status.entries.set(vec![]);
    Ok(())
}

/// The network through `fetch`, with a timeout.
struct Fetch;

enum Reply {
    Ok(web_sys::Response),
    Status(u16),
    NoAnswer,
}

async fn request(method: &str, url: &str, body: Option<String>) -> Reply {
    let Some(window) = web_sys::window() else { return Reply::NoAnswer };
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    init.set_cache(web_sys::RequestCache::NoStore);
    init.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(TIMEOUT_MS)));
    if let Some(body) = body {
        init.set_body(&wasm_bindgen::JsValue::from_str(&body));
        if let Ok(headers) = web_sys::Headers::new() {
            let _ = headers.set("content-type", "application/json");
            init.set_headers(&headers);
        }
    }
    let Ok(response) = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await else { return Reply::NoAnswer };
    let Ok(response) = response.dyn_into::<web_sys::Response>() else { return Reply::NoAnswer };
    match response.status() {
        200..=299 => Reply::Ok(response),
        status => Reply::Status(status),
    }
}

async fn json_of<T: serde::de::DeserializeOwned>(response: web_sys::Response) -> Option<T> {
    let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
    serde_json::from_str(&text).ok()
}

/// What a reply means to the sending code (`refused_whole`: this request's body as a whole is
/// refused by 413, or by 400 for a push).
async fn answer<T: serde::de::DeserializeOwned>(reply: Reply, refused_whole: &[u16]) -> Answer<T> {
    match reply {
        Reply::Ok(response) => json_of(response).await.map_or(Answer::NoAnswer, Answer::Ok),
        Reply::Status(401 | 403) => Answer::SignedOut,
        Reply::Status(status) if refused_whole.contains(&status) => Answer::Refused,
        Reply::Status(_) | Reply::NoAnswer => Answer::NoAnswer,
    }
}

impl sending::Transport for Fetch {
    async fn push(&self, body: String) -> Answer<PushResponse> {
        answer(request("POST", PUSH_PATH, Some(body)).await, &[400, 413]).await
    }

    async fn sent(&self, author: uuid::Uuid, since: i64) -> Answer<SentPage> {
        answer(request("GET", &format!("{SENT_PATH}?since={since}&author={author}"), None).await, &[]).await
    }
}

/// One round: the signed-in user's referrals, then the phone's report of what waits on it.
async fn run(status: OutboxStatus) -> Result<(), OutboxError> {
    let outbox = Outbox::open().await?;
    match author() {
        Some(me) => {
            let report = sending::round(&Fetch, &outbox, me, now_ms()).await?;
            if report.signed_out {
                // The session has ended (or is someone else's): nobody is signed in on this
                // phone as far as the outbox goes, so everything stays sealed.
                who::forget();
            }
            status.sign_in_needed.set(report.signed_out);
        }
        None => status.sign_in_needed.set(outbox.others_waiting(None).await? > 0),
    }
    report_waiting(&outbox).await
}

/// R14: tells the server how many referrals wait on this phone per author, when that changed
/// since the last report (or an hour has passed), so that an organisation admin who removed a
/// member learns that member's referrals remain on a device.
async fn report_waiting(outbox: &Outbox) -> Result<(), OutboxError> {
    const KEY: &str = "signpost-outbox-reported";
    let counts = outbox.waiting_counts().await?;
    let storage = window().local_storage().ok().flatten();
    let summary = serde_json::to_string(&counts).unwrap_or_default();
    let hour = (now_ms() / 3_600_000.0) as i64;
    let stamp = format!("{hour}:{summary}");
    let last = storage.as_ref().and_then(|s| s.get_item(KEY).ok().flatten());
    // Nothing waits and nothing was ever reported, or nothing changed within the hour.
    if (counts.is_empty() && last.is_none()) || last.as_deref() == Some(stamp.as_str()) {
        return Ok(());
    }
    let empty = counts.is_empty();
    let report = WaitingReport { device: outbox.device().await?, authors: counts };
    let body = serde_json::to_string(&report).unwrap_or_default();
    if let (Reply::Ok(_), Some(s)) = (request("POST", WAITING_PATH, Some(body)).await, storage) {
        let _ = if empty { s.remove_item(KEY) } else { s.set_item(KEY, &stamp) };
    }
    Ok(())
}
