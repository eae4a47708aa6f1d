//! Browser only: sends the outbox and hears back what happened (docs/SYNC-SPEC.md, R8–R12).
//! Runs on start, when the browser comes back online, when the page becomes visible, every
//! minute while open, and on "Send now".

use std::cell::Cell;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, closure::Closure};
use wasm_bindgen_futures::{JsFuture, spawn_local};

use super::{
    local::{Outbox, OutboxError},
    outbox::{self, OutboxEntry, OutboxState, PushRequest, PushResponse, SENT_PATH, SentPage},
    status::OutboxStatus,
};

/// How long a tab's claim on the entries it is sending lasts (another tab may take them after).
const LEASE_MS: f64 = 30_000.0;
const SEND_EVERY: std::time::Duration = std::time::Duration::from_secs(60);

thread_local! {
    static STARTED: Cell<bool> = const { Cell::new(false) };
    static RUNNING: Cell<bool> = const { Cell::new(false) };
    /// A trigger came while a round was running (say, the browser came back online during a
    /// round that had found no signal): run another round after it.
    static AGAIN: Cell<bool> = const { Cell::new(false) };
    static STATUS: Cell<Option<OutboxStatus>> = const { Cell::new(None) };
}

fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Reads the outbox into the page's signals.
pub async fn refresh(status: OutboxStatus) {
    match Outbox::open().await {
        Ok(outbox) => match outbox.list().await {
            Ok(entries) => {
                super::status::set_pending(entries.iter().any(OutboxEntry::waiting));
                status.entries.set(entries);
            }
            Err(_) => status.unavailable.set(true),
        },
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

pub async fn remove(status: OutboxStatus, id: uuid::Uuid) -> Result<(), OutboxError> {
    Outbox::open().await?.remove(id).await?;
    refresh(status).await;
    Ok(())
}

/// Deletes every referral and the key from the phone (signing out).
pub async fn wipe(status: OutboxStatus) -> Result<(), OutboxError> {
    Outbox::open().await?.wipe().await?;
    status.entries.set(vec![]);
    Ok(())
}

enum Answer {
    Ok(web_sys::Response),
    SignedOut,
    NoAnswer,
}

async fn request(method: &str, url: &str, body: Option<String>) -> Answer {
    let Some(window) = web_sys::window() else { return Answer::NoAnswer };
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    init.set_cache(web_sys::RequestCache::NoStore);
    if let Some(body) = body {
        init.set_body(&wasm_bindgen::JsValue::from_str(&body));
        let headers = web_sys::Headers::new().ok();
        if let Some(h) = &headers {
            let _ = h.set("content-type", "application/json");
            init.set_headers(h);
        }
    }
    let Ok(response) = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await else { return Answer::NoAnswer };
    let Ok(response) = response.dyn_into::<web_sys::Response>() else { return Answer::NoAnswer };
    match response.status() {
        200..=299 => Answer::Ok(response),
        401 => Answer::SignedOut,
        _ => Answer::NoAnswer,
    }
}

async fn text_of(response: web_sys::Response) -> Option<String> {
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// One round: push what waits, in batches, then read status changes.
async fn run(status: OutboxStatus) -> Result<(), OutboxError> {
    let outbox = Outbox::open().await?;
    loop {
        let mut claimed = outbox.claim(now_ms() as f64, LEASE_MS).await?;
        if claimed.is_empty() {
            break;
        }
        let batch: Vec<serde_json::Value> = outbox::next_batch(&claimed)
            .into_iter()
            .filter_map(|d| serde_json::to_value(d).ok())
            .collect();
        let body = serde_json::to_string(&PushRequest { referrals: batch }).unwrap_or_default();
        let answer = request("POST", outbox::PUSH_PATH, Some(body)).await;
        let response = match answer {
            Answer::Ok(r) => text_of(r).await.and_then(|t| serde_json::from_str::<PushResponse>(&t).ok()),
            Answer::SignedOut => {
                status.sign_in_needed.set(true);
                None
            }
            Answer::NoAnswer => None,
        };
        let Some(response) = response else {
            // R10: everything stays queued; the lease runs out and the next round retries.
            for entry in claimed.iter_mut() {
                outbox::unanswered(entry);
                outbox.save(entry).await?;
            }
            return Ok(());
        };
        status.sign_in_needed.set(false);
        for result in &response.results {
            let Some(entry) = claimed.iter_mut().find(|e| Some(e.id) == result.id) else { continue };
            outbox::apply(entry, &result.outcome);
            // R9: a delivered entry is saved without its details (the sealed part goes).
            outbox.save(entry).await?;
        }
    }
    sync_receipts(&outbox).await
}

/// R11: status changes of sent referrals, after the cursor kept on the phone.
async fn sync_receipts(outbox: &Outbox) -> Result<(), OutboxError> {
    let mut entries = outbox.list().await?;
    if entries.iter().all(|e| e.state != OutboxState::Delivered) {
        return Ok(());
    }
    let mut cursor = outbox.cursor().await;
    loop {
        let Answer::Ok(response) = request("GET", &format!("{SENT_PATH}?since={cursor}"), None).await else { return Ok(()) };
        let Some(page) = text_of(response).await.and_then(|t| serde_json::from_str::<SentPage>(&t).ok()) else { return Ok(()) };
        for receipt in page.receipts {
            if let Some(entry) = entries.iter_mut().find(|e| e.id == receipt.id && e.state == OutboxState::Delivered) {
                entry.status = Some(receipt);
                outbox.save(entry).await?;
            }
        }
        cursor = page.cursor;
        outbox.set_cursor(cursor).await?;
        if !page.more {
            return Ok(());
        }
    }
}
