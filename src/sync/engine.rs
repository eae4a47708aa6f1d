//! The browser's sync loop and the in-memory copy pages read from (rules C2–C8).
//!
//! `boot` opens the phone's store and reads it into memory (once); `connect` ties the copy to
//! the UI's status signals and starts syncing: now, when the browser comes back online, when
//! the page becomes visible, and every five minutes. One sync at a time per tab; other tabs are
//! told over a BroadcastChannel when the copy changed.

use std::{
    cell::{Cell, RefCell},
    rc::Rc,
    time::Duration,
};

use futures::channel::oneshot;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, prelude::Closure};
use wasm_bindgen_futures::{JsFuture, spawn_local};

use super::{
    local::{self, Applied, LocalStore, STORE_SCHEMA, StoredState},
    protocol::{CHANGES_PATH, ChangesPage, FORMAT, replay, tidy_log},
    status::{OfflineStatus, Phase, Saved},
};
use crate::{directory::model::Directory, pwa::timing, search::Vocabulary};

pub use super::LocalCopy;

/// How often to sync while the app is open (C5).
const SYNC_EVERY: Duration = Duration::from_secs(5 * 60);
/// How often "updated 5 minutes ago" is refreshed.
const CLOCK_TICK: Duration = Duration::from_secs(30);
/// How long after a copy is ready its search index is built, if no search has needed it yet.
const INDEX_AFTER: Duration = Duration::from_millis(300);
/// The index is built in slices of about this many milliseconds, well inside a long task
/// (50 ms) even when the clock's steps are coarse or the phone four times slower than the
/// machine that measured it (Lighthouse's simulation multiplies the tasks it saw by four: a
/// 12 ms slice counted as a long task).
const INDEX_SLICE_MS: i64 = 8;
/// Services indexed between looks at the clock.
const INDEX_BATCH: usize = 4;
/// How long after a start whose log had grown long the log is written again.
const TIDY_AFTER: Duration = Duration::from_secs(2);
/// Entities asked for per page.
const PAGE_LIMIT: u32 = 500;
const CHANNEL: &str = "signpost-directory";

#[derive(Default)]
struct Engine {
    store: Option<Rc<LocalStore>>,
    state: StoredState,
    copy: Option<Rc<LocalCopy>>,
    /// The first read of the store has finished (successfully or not).
    loaded: bool,
    waiters: Vec<oneshot::Sender<()>>,
    status: Option<OfflineStatus>,
    storage_failed: bool,
    /// The copy changed under pages that may be showing older data: they should read again.
    /// (A first download does not count: pages were showing the server's data already.)
    stale_pages: bool,
}

thread_local! {
    static ENGINE: RefCell<Engine> = RefCell::new(Engine::default());
    static BOOTED: Cell<bool> = const { Cell::new(false) };
    static SYNCING: Cell<bool> = const { Cell::new(false) };
    /// Bumped whenever the in-memory copy's state moves on, so that a read of the store begun
    /// before that can tell it is older than what the page now holds (C2).
    static GENERATION: Cell<u64> = const { Cell::new(0) };
    static CHANNEL_HANDLE: RefCell<Option<web_sys::BroadcastChannel>> = const { RefCell::new(None) };
}

pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// The copy pages read from, if there is one.
pub fn copy() -> Option<Rc<LocalCopy>> {
    ENGINE.with_borrow(|e| e.copy.clone())
}

/// Resolves once the first read of the phone's store has finished.
pub async fn wait_loaded() {
    let waiter = ENGINE.with_borrow_mut(|e| {
        if e.loaded {
            None
        } else {
            let (tx, rx) = oneshot::channel();
            e.waiters.push(tx);
            Some(rx)
        }
    });
    if let Some(rx) = waiter {
        let _ = rx.await;
    }
}

fn moved_on() {
    GENERATION.set(GENERATION.get() + 1);
}

/// Makes a new copy current, and builds its index soon unless a search does it first.
fn set_copy(e: &mut Engine, directory: Directory, vocabulary: Vocabulary) {
    let copy = (e.state.cursor > 0).then(|| Rc::new(LocalCopy::new(directory, vocabulary, e.state.complete, e.state.demo)));
    if let Some(c) = &copy {
        let c = c.clone();
        set_timeout(move || spawn_local(build_index(c, timing::phase(timing::INDEX))), INDEX_AFTER);
    }
    e.copy = copy;
}

/// Indexes the copy for about [`INDEX_SLICE_MS`] of the phone's time at a go, giving the page
/// back to the browser between (a tap waits at most that long), until the index is built or the
/// copy is no longer the current one.
async fn build_index(copy: Rc<LocalCopy>, phase: timing::Phase) {
    loop {
        if !ENGINE.with_borrow(|e| e.copy.as_ref().is_some_and(|c| Rc::ptr_eq(c, &copy))) {
            // A copy replaced meanwhile is neither indexed further nor measured: its measure
            // would be a part of a build, taken from the newer copy's mark of the same name.
            std::mem::forget(phase);
            return;
        }
        let until = now_ms() + INDEX_SLICE_MS;
        while now_ms() < until {
            if copy.index_some(INDEX_BATCH) {
                drop(phase);
                return;
            }
        }
        crate::app::next_task().await;
    }
}

/// Writes the store's log again from the copy read at `cursor` (it had grown much longer than
/// the copy needs: C1), a record's encoding per task, so that a tap never waits behind it. A
/// page applied meanwhile leaves the log as it is, to be tidied at a later start.
async fn tidy(store: Rc<LocalStore>, copy: Rc<LocalCopy>, cursor: i64) {
    let mut records = Vec::new();
    for changes in tidy_log(&copy.directory) {
        records.push(local::record(&changes));
        crate::app::next_task().await;
    }
    drop(copy);
    let _ = store.rewrite(cursor, records).await;
}

/// Opens the store and reads the copy into memory, once per page load.
pub fn boot() {
    if BOOTED.replace(true) {
        return;
    }
    spawn_local(async {
        let phase = timing::phase(timing::COPY_READ);
        match LocalStore::open().await {
            Ok(store) => {
                let store = Rc::new(store);
                match store.load().await {
                    Ok(loaded) => ENGINE.with_borrow_mut(|e| {
                        e.store = Some(store.clone());
                        e.state = loaded.state;
                        set_copy(e, loaded.directory, loaded.vocabulary);
                        if let (true, Some(copy)) = (loaded.untidy, e.copy.clone()) {
                            let cursor = e.state.cursor;
                            set_timeout(move || spawn_local(tidy(store, copy, cursor)), TIDY_AFTER);
                        }
                    }),
                    Err(_) => ENGINE.with_borrow_mut(|e| e.storage_failed = true),
                }
            }
            Err(_) => ENGINE.with_borrow_mut(|e| e.storage_failed = true),
        }
        drop(phase);
        let waiters = ENGINE.with_borrow_mut(|e| {
            e.loaded = true;
            std::mem::take(&mut e.waiters)
        });
        for w in waiters {
            let _ = w.send(());
        }
        publish();
    });
}

/// Pushes the engine's state to the UI's signals.
fn publish() {
    let (status, saved, synced_at, storage_failed) = ENGINE.with_borrow(|e| {
        let saved = match &e.copy {
            Some(c) if c.complete => Saved::Complete,
            Some(_) => Saved::Partial,
            None => Saved::Nothing,
        };
        (e.status, saved, e.state.synced_at, e.storage_failed)
    });
    let Some(status) = status else { return };
    status.saved.set(saved);
    status.synced_at.set(synced_at);
    if storage_failed {
        status.phase.set(Phase::StorageRefused);
    }
    if ENGINE.with_borrow_mut(|e| std::mem::take(&mut e.stale_pages)) {
        status.version.update(|v| *v += 1);
    }
}

/// Ties the engine to the UI and starts syncing (C5). Call once, in the browser.
pub fn connect(status: OfflineStatus) {
    if ENGINE.with_borrow(|e| e.status.is_some()) {
        return;
    }
    ENGINE.with_borrow_mut(|e| e.status = Some(status));
    boot();
    let Some(window) = web_sys::window() else { return };
    status.online.set(window.navigator().on_line());
    status.now_ms.set(now_ms());

    let on_online = Closure::<dyn Fn()>::new(move || {
        status.online.set(true);
        trigger();
    });
    let on_offline = Closure::<dyn Fn()>::new(move || status.online.set(false));
    let _ = window.add_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
    let _ = window.add_event_listener_with_callback("offline", on_offline.as_ref().unchecked_ref());
    on_online.forget();
    on_offline.forget();
    if let Some(document) = window.document() {
        let visible = Closure::<dyn Fn()>::new(move || {
            if web_sys::window().and_then(|w| w.document()).is_some_and(|d| !d.hidden()) {
                trigger();
            }
        });
        let _ = document.add_event_listener_with_callback("visibilitychange", visible.as_ref().unchecked_ref());
        visible.forget();
    }
    let _ = set_interval_with_handle(trigger, SYNC_EVERY);
    let _ = set_interval_with_handle(move || status.now_ms.set(now_ms()), CLOCK_TICK);

    // Another tab changed the copy: read it again (C6).
    if let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) {
        let on_message = Closure::<dyn Fn()>::new(|| spawn_local(async { reload().await; }));
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        CHANNEL_HANDLE.with_borrow_mut(|c| *c = Some(channel));
    }
    trigger();
}

/// Starts a sync unless one is running (C5).
pub fn trigger() {
    if SYNCING.replace(true) {
        return;
    }
    spawn_local(async {
        wait_loaded().await;
        let result = sync().await;
        SYNCING.set(false);
        let status = ENGINE.with_borrow(|e| e.status);
        if let Some(status) = status {
            status.phase.set(match result {
                Ok(()) | Err(SyncFailure::Offline) => Phase::Idle,
                Err(SyncFailure::Storage) => Phase::StorageRefused,
                Err(SyncFailure::Server) => Phase::Failed,
            });
        }
        publish();
        if result.is_ok() {
            ask_to_persist();
        }
    });
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SyncFailure {
    /// No connection: nothing to report beyond the offline indicator.
    Offline,
    /// The server answered with something unusable (C3).
    Server,
    /// The phone would not store it (C7).
    Storage,
}

async fn fetch_page(since: i64, vocabulary: &str) -> Result<ChangesPage, SyncFailure> {
    let window = web_sys::window().ok_or(SyncFailure::Offline)?;
    let url = format!("{CHANGES_PATH}?since={since}&limit={PAGE_LIMIT}&vocabulary={vocabulary}");
    let response = JsFuture::from(window.fetch_with_str(&url)).await.map_err(|_| SyncFailure::Offline)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| SyncFailure::Server)?;
    if !response.ok() {
        return Err(SyncFailure::Server);
    }
    // As bytes: a page is up to a few hundred KB, and text would be decoded to a JavaScript
    // string only to be encoded back to UTF-8 for the parser.
    let body = response.array_buffer().map_err(|_| SyncFailure::Server)?;
    let body = JsFuture::from(body).await.map_err(|_| SyncFailure::Server)?;
    // A page that does not parse changes nothing (C3).
    signpost_decode::page(&js_sys::Uint8Array::new(&body).to_vec()).ok_or(SyncFailure::Server)
}

/// The current copy's contents, to change (copied only when a page changes something).
fn working_copy() -> (Directory, Vocabulary) {
    ENGINE.with_borrow(|e| match &e.copy {
        Some(c) => (c.directory.clone(), c.vocabulary.clone()),
        None => (Directory::default(), Vocabulary::default()),
    })
}

/// One sync: pages until the server has no more (C2–C4, C8).
async fn sync() -> Result<(), SyncFailure> {
    let Some(store) = ENGINE.with_borrow(|e| e.store.clone()) else {
        return Err(SyncFailure::Storage);
    };
    let mut received: u64 = 0;
    let mut working: Option<(Directory, Vocabulary)> = None;
    let result = loop {
        let Ok(state) = store.state().await else { break Err(SyncFailure::Storage) };
        // The store moved since this page read it (another tab, or the page before this one
        // still writing as it closed): read its work first, or the pages fetched from its
        // cursor would be applied to an older copy (C2).
        if ENGINE.with_borrow(|e| e.state.cursor != state.cursor) {
            working = None;
            if !reload().await {
                break Err(SyncFailure::Storage);
            }
            continue;
        }
        let fetching = timing::phase(timing::SYNC_FETCH);
        let page = match fetch_page(state.cursor, &state.vocabulary_version).await {
            Ok(p) => p,
            Err(e) => break Err(e),
        };
        drop(fetching);
        let applying = timing::phase(timing::SYNC_APPLY);
        let now = now_ms();
        match store.apply(state.cursor, &page, now).await {
            Ok(Applied::Applied) => {
                if !page.is_empty() || page.vocabulary.is_some() {
                    let (directory, vocabulary) = working.get_or_insert_with(working_copy);
                    apply_page(directory, vocabulary, &page);
                }
                drop(applying);
                received += page.len() as u64;
                moved_on();
                ENGINE.with_borrow_mut(|e| {
                    e.state.cursor = page.cursor;
                    e.state.complete = e.state.complete || !page.more;
                    e.state.demo = page.demo;
                    e.state.vocabulary_version = page.vocabulary_version.clone();
                    if !page.more {
                        e.state.synced_at = Some(now);
                    }
                });
                if let Some(status) = ENGINE.with_borrow(|e| e.status) {
                    status.phase.set(if page.more {
                        Phase::Downloading { done: received, total: received + page.remaining }
                    } else {
                        Phase::Idle
                    });
                }
                if !page.more {
                    break Ok(());
                }
            }
            // Another tab moved the cursor: read its work, ask again from there (C2).
            Ok(Applied::Stale) => {
                working = None;
                if !reload().await {
                    break Err(SyncFailure::Storage);
                }
            }
            Ok(Applied::Reset) => {
                if store.clear().await.is_err() {
                    break Err(SyncFailure::Storage);
                }
                moved_on();
                ENGINE.with_borrow_mut(|e| e.state = StoredState { schema: STORE_SCHEMA, format: FORMAT, ..StoredState::default() });
                working = Some((Directory::default(), Vocabulary::default()));
            }
            Ok(Applied::Refused) => break Err(SyncFailure::Server),
            Err(_) => break Err(SyncFailure::Storage),
        }
    };
    // The copy became complete on a page that changed nothing: the same copy, now complete.
    if working.is_none() && ENGINE.with_borrow(|e| e.copy.as_ref().is_some_and(|c| c.complete != e.state.complete)) {
        working = Some(working_copy());
    }
    // Whatever arrived before a failure is kept and used (C4).
    if let Some((directory, vocabulary)) = working {
        ENGINE.with_borrow_mut(|e| {
            e.stale_pages |= e.copy.is_some();
            set_copy(e, directory, vocabulary);
        });
        CHANNEL_HANDLE.with_borrow(|c| {
            if let Some(c) = c {
                let _ = c.post_message(&wasm_bindgen::JsValue::from_str("changed"));
            }
        });
    }
    result
}

/// Applies a page the store accepted to a working copy of the directory.
fn apply_page(d: &mut Directory, vocabulary: &mut Vocabulary, page: &ChangesPage) {
    replay(d, [page.changes()]);
    if let Some(v) = &page.vocabulary {
        *vocabulary = v.clone();
    }
}

/// Reads the store again (another tab changed it); false when it could not be read.
///
/// A read that this page's own sync overtook is dropped: the sync wrote after the read began,
/// and the store only takes a page from the cursor it holds, so the page's copy is the newer
/// one. (Kept, it would put back the copy as it was: a page whose sync had just completed the
/// copy went back to a partial one, when the page before it posted "changed" as it closed.)
/// Another tab that writes after that says so again.
async fn reload() -> bool {
    let Some(store) = ENGINE.with_borrow(|e| e.store.clone()) else { return false };
    let began = GENERATION.get();
    let Ok(loaded) = store.load().await else { return false };
    if GENERATION.get() != began {
        return true;
    }
    moved_on();
    ENGINE.with_borrow_mut(|e| {
        e.state = loaded.state;
        e.stale_pages = true;
        set_copy(e, loaded.directory, loaded.vocabulary);
    });
    publish();
    true
}

/// Asks the browser (once per page load) to keep the store when space runs low; remembers a
/// refusal for the UI.
fn ask_to_persist() {
    thread_local! { static ASKED: Cell<bool> = const { Cell::new(false) }; }
    if ASKED.replace(true) {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let storage = window.navigator().storage();
    spawn_local(async move {
        let Ok(promise) = storage.persist() else { return };
        let granted = JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()).unwrap_or(false);
        if let Some(status) = ENGINE.with_borrow(|e| e.status) {
            status.persist_refused.set(!granted);
        }
    });
}
