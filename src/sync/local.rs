//! The phone's copy of the directory, in IndexedDB (rules C1, C2, C7, C8 in docs/SYNC-SPEC.md).
//!
//! The copy is kept as the log of the pages of changes it was made from: one record per page
//! applied (its upserts and tombstones as JSON, in UTF-8 bytes), in order, beside the sync
//! state and the search vocabulary. A start reads the log and replays it, a record at a time
//! as it is read ([`super::protocol::Replay`]). When later pages have made the log much longer
//! than the copy needs, it is written again as a few records of what the copy holds
//! ([`super::protocol::tidy_log`], [`LocalStore::rewrite`]).
//!
//! Pages rather than a record per entity because a start reads everything: IndexedDB hands
//! back tens of records of a few hundred KB much faster than 20,000 small ones. Bytes rather
//! than text because bytes go into the wasm memory as they are, where a string is re-encoded
//! on the way (measured in docs/BENCHMARKS.md, offline start).
//!
//! Behind a schema version: when the layout changes, the version goes up and the copy is
//! downloaded again.

use std::future::IntoFuture;

use idb::{Database, DatabaseEvent, Factory, KeyRange, TransactionMode};
use js_sys::Uint8Array;
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};

use super::protocol::{Changes, ChangesPage, Decision, FORMAT, Replay, decide, untidy};
use crate::{directory::model::Directory, search::Vocabulary};

const DB_NAME: &str = "signpost";
/// IndexedDB version: which object stores exist. (A new version would have to wait for every
/// tab that holds the database open to close it, so the layout changes behind the schema.)
const DB_VERSION: u32 = 1;
/// Layout of the records; a different value in `meta` means "download again" (C1).
/// 3: the log of pages, in `meta` under the keys 0, 1, 2… (2 had one record per entity, as
/// JSON bytes, in `services` and `organisations`; 1 the same as text).
pub const STORE_SCHEMA: u32 = 3;
/// The sync state, the vocabulary and the log (under the keys 0, 1, 2…).
const META: &str = "meta";
const STATE_KEY: &str = "state";
const VOCABULARY_KEY: &str = "vocabulary";
/// Unused since schema 3; emptied with the rest.
const SERVICES: &str = "services";
const ORGANISATIONS: &str = "organisations";
const ALL_STORES: [&str; 3] = [META, SERVICES, ORGANISATIONS];

/// The sync state kept in `meta`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StoredState {
    pub schema: u32,
    pub format: u32,
    pub cursor: i64,
    /// A page with `more: false` has been applied (C4).
    pub complete: bool,
    /// Milliseconds since the epoch of the last successful sync.
    pub synced_at: Option<i64>,
    pub vocabulary_version: String,
    pub demo: bool,
    /// The key the log's next record takes.
    #[serde(default)]
    pub next_record: u32,
}

impl StoredState {
    fn fresh() -> Self {
        Self { schema: STORE_SCHEMA, format: FORMAT, ..Self::default() }
    }
}

/// Why the store could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LocalError {
    /// No IndexedDB (private mode, disabled storage) or it failed to open.
    Unavailable,
    /// A write was refused (quota exceeded, or aborted).
    WriteFailed,
}

/// What was read from the store at start.
pub struct Loaded {
    pub state: StoredState,
    pub directory: Directory,
    pub vocabulary: Vocabulary,
    /// The log holds many more records than the copy needs: write it again
    /// ([`LocalStore::rewrite`]).
    pub untidy: bool,
}

/// The outcome of offering a page to the store.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applied {
    Applied,
    Stale,
    Reset,
    Refused,
}

pub struct LocalStore {
    db: Database,
}

fn text(value: &str) -> JsValue {
    JsValue::from_str(value)
}

/// A record of the log: a page's changes as JSON bytes.
pub fn record(changes: &Changes) -> Uint8Array {
    Uint8Array::from(serde_json::to_vec(changes).unwrap_or_default().as_slice())
}

/// The log's records: its numeric keys. (`state` and `vocabulary` are strings, which
/// IndexedDB orders after every number.)
fn log_range() -> Option<KeyRange> {
    KeyRange::bound(&JsValue::from(0), &JsValue::from(f64::INFINITY), None, None).ok()
}

/// Where a start's reads of the log begin: it asks for the log in parts, keys 0–1, 2–5, 6–13…,
/// all at once, and parses each part as it arrives while IndexedDB reads the next ones (a read
/// of the whole log kept the page waiting, idle, for a fifth of a 20,000-service start). Small
/// parts first, so that parsing starts early.
const LOG_PARTS: [u32; 6] = [0, 2, 6, 14, 30, 62];

/// The log's keys in `LOG_PARTS`' parts, in order, the last open-ended.
fn log_parts() -> Option<Vec<KeyRange>> {
    LOG_PARTS
        .iter()
        .enumerate()
        .map(|(i, &from)| {
            let to = LOG_PARTS.get(i + 1).map_or(f64::INFINITY, |&to| f64::from(to));
            KeyRange::bound(&JsValue::from(from), &JsValue::from(to), Some(false), Some(true)).ok()
        })
        .collect()
}

/// Reads records of the log and applies them in order; `None` if any is not one (C1).
fn parse_log(values: &[JsValue], log: &mut Replay) -> Option<()> {
    let mut bytes = Vec::new();
    for v in values {
        let record = v.dyn_ref::<Uint8Array>()?;
        bytes.resize(record.length() as usize, 0);
        record.copy_to(&mut bytes);
        log.apply(signpost_decode::record(&bytes)?);
    }
    Some(())
}

/// The state and vocabulary as read from `meta`; `None` if either cannot be read, or the store
/// is of another schema or sync format (C1).
fn read_header(state: Option<JsValue>, vocabulary: Option<JsValue>) -> Option<(StoredState, Vocabulary)> {
    let state: StoredState = match state {
        Some(v) => serde_json::from_str(&v.as_string()?).ok()?,
        None => StoredState::fresh(),
    };
    if state.schema != STORE_SCHEMA || state.format != FORMAT {
        return None;
    }
    let vocabulary = match vocabulary {
        Some(v) => serde_json::from_str(&v.as_string()?).ok()?,
        None => Vocabulary::default(),
    };
    Some((state, vocabulary))
}

impl LocalStore {
    pub async fn open() -> Result<Self, LocalError> {
        let factory = Factory::new().map_err(|_| LocalError::Unavailable)?;
        let mut request = factory.open(DB_NAME, Some(DB_VERSION)).map_err(|_| LocalError::Unavailable)?;
        request.on_upgrade_needed(|event| {
            let Ok(db) = event.database() else { return };
            // A new IndexedDB version starts from empty stores; the data comes again (C1).
            for name in db.store_names() {
                let _ = db.delete_object_store(&name);
            }
            for name in ALL_STORES {
                let _ = db.create_object_store(name, idb::ObjectStoreParams::new());
            }
        });
        let db = request.await.map_err(|_| LocalError::Unavailable)?;
        Ok(Self { db })
    }

    /// Reads the whole copy. Anything unreadable or from another schema clears the stores and
    /// gives an empty copy, to be downloaded again (C1).
    pub async fn load(&self) -> Result<Loaded, LocalError> {
        match self.read_all().await {
            Some(loaded) => Ok(loaded),
            None => {
                self.clear().await?;
                Ok(Loaded { state: StoredState::fresh(), directory: Directory::default(), vocabulary: Vocabulary::default(), untidy: false })
            }
        }
    }

    async fn read_all(&self) -> Option<Loaded> {
        let tx = self.db.transaction(&[META], TransactionMode::ReadOnly).ok()?;
        let meta = tx.object_store(META).ok()?;
        // Everything asked for at once, so that the browser reads the log while the page takes
        // in what came first. Every request made is awaited before this returns, whatever came
        // back or failed to be made: a request left behind would call back into a closure
        // already dropped.
        let state = meta.get(text(STATE_KEY)).ok().map(IntoFuture::into_future);
        let vocabulary = meta.get(text(VOCABULARY_KEY)).ok().map(IntoFuture::into_future);
        let parts: Vec<_> =
            log_parts().unwrap_or_default().into_iter().map(|range| meta.get_all(Some(range.into()), None).ok().map(IntoFuture::into_future)).collect();
        let (state, vocabulary) = (settle(state).await, settle(vocabulary).await);
        let mut read = state.zip(vocabulary).and_then(|(state, vocabulary)| read_header(state, vocabulary));
        if parts.len() != LOG_PARTS.len() {
            read = None;
        }
        let phase = crate::pwa::timing::phase(crate::pwa::timing::COPY_PARSE);
        let mut log = Replay::new(Directory::default());
        let mut records = 0;
        for part in parts {
            let values = settle(part).await;
            // Parsed as it comes, unless something before it could not be read.
            if read.is_some() {
                let parsed = values.and_then(|values| {
                    records += values.len();
                    parse_log(&values, &mut log)
                });
                if parsed.is_none() {
                    read = None;
                }
            }
        }
        let (state, vocabulary) = read?;
        let directory = log.finish();
        drop(phase);
        let untidy = untidy(records, directory.organisations.len() + directory.services.len());
        Some(Loaded { state, directory, vocabulary, untidy })
    }

    /// Empties every store (C1, C8).
    pub async fn clear(&self) -> Result<(), LocalError> {
        let tx = self.db.transaction(&ALL_STORES, TransactionMode::ReadWrite).map_err(|_| LocalError::WriteFailed)?;
        for name in ALL_STORES {
            tx.object_store(name).and_then(|s| s.clear()).map_err(|_| LocalError::WriteFailed)?;
        }
        let state = serde_json::to_string(&StoredState::fresh()).unwrap_or_default();
        tx.object_store(META)
            .and_then(|s| s.put(&text(&state), Some(&text(STATE_KEY))))
            .map_err(|_| LocalError::WriteFailed)?;
        commit(tx).await
    }

    /// Offers a page asked with `since`: in one transaction, checks the stored cursor (C2),
    /// then writes the upserts, tombstones, vocabulary and new state together.
    pub async fn apply(&self, since: i64, page: &ChangesPage, now_ms: i64) -> Result<Applied, LocalError> {
        let tx = self.db.transaction(&[META], TransactionMode::ReadWrite).map_err(|_| LocalError::WriteFailed)?;
        let meta = tx.object_store(META).map_err(|_| LocalError::WriteFailed)?;
        let stored = meta.get(text(STATE_KEY)).map_err(|_| LocalError::WriteFailed)?.await.map_err(|_| LocalError::WriteFailed)?;
        let mut state: StoredState =
            stored.and_then(|v| v.as_string()).and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_else(StoredState::fresh);
        let outcome = match decide(since, state.cursor, page) {
            Decision::Apply => Applied::Applied,
            Decision::Stale => Applied::Stale,
            Decision::Reset => Applied::Reset,
            Decision::Refuse(_) => Applied::Refused,
        };
        if outcome != Applied::Applied {
            let _ = tx.abort();
            return Ok(outcome);
        }
        let put = |key: JsValue, value: JsValue| -> Result<(), LocalError> {
            meta.put(&value, Some(&key)).map(|_| ()).map_err(|_| LocalError::WriteFailed)
        };
        let changes = page.changes();
        if !changes.is_empty() {
            put(JsValue::from(state.next_record), record(&changes).into())?;
            state.next_record += 1;
        }
        if let Some(v) = &page.vocabulary {
            put(text(VOCABULARY_KEY), text(&serde_json::to_string(v).unwrap_or_default()))?;
            state.vocabulary_version = page.vocabulary_version.clone();
        }
        state.cursor = page.cursor;
        state.complete = state.complete || !page.more;
        state.demo = page.demo;
        if !page.more {
            state.synced_at = Some(now_ms);
        }
        put(text(STATE_KEY), text(&serde_json::to_string(&state).unwrap_or_default()))?;
        commit(tx).await?;
        Ok(Applied::Applied)
    }

    /// Writes the log again as `records` (the copy read at `cursor`, in
    /// [`tidy_log`](super::protocol::tidy_log)'s records), in one transaction, if the stored cursor is still `cursor`: a page applied
    /// meanwhile (by this tab or another) leaves the log as it is, and false is returned.
    pub async fn rewrite(&self, cursor: i64, records: Vec<Uint8Array>) -> Result<bool, LocalError> {
        let tx = self.db.transaction(&[META], TransactionMode::ReadWrite).map_err(|_| LocalError::WriteFailed)?;
        let meta = tx.object_store(META).map_err(|_| LocalError::WriteFailed)?;
        let stored = meta.get(text(STATE_KEY)).map_err(|_| LocalError::WriteFailed)?.await.map_err(|_| LocalError::WriteFailed)?;
        let Some(mut state) = stored.and_then(|v| v.as_string()).and_then(|s| serde_json::from_str::<StoredState>(&s).ok()) else {
            let _ = tx.abort();
            return Ok(false);
        };
        if state.cursor != cursor || state.schema != STORE_SCHEMA {
            let _ = tx.abort();
            return Ok(false);
        }
        let range = log_range().ok_or(LocalError::WriteFailed)?;
        meta.delete(range).map_err(|_| LocalError::WriteFailed)?;
        state.next_record = 0;
        for r in records {
            meta.put(&r.into(), Some(&JsValue::from(state.next_record))).map_err(|_| LocalError::WriteFailed)?;
            state.next_record += 1;
        }
        meta.put(&text(&serde_json::to_string(&state).unwrap_or_default()), Some(&text(STATE_KEY))).map_err(|_| LocalError::WriteFailed)?;
        commit(tx).await?;
        Ok(true)
    }

    /// The stored state (cursor and vocabulary version to ask with).
    pub async fn state(&self) -> Result<StoredState, LocalError> {
        let tx = self.db.transaction(&[META], TransactionMode::ReadOnly).map_err(|_| LocalError::Unavailable)?;
        let value = tx
            .object_store(META)
            .and_then(|s| s.get(text(STATE_KEY)))
            .map_err(|_| LocalError::Unavailable)?
            .await
            .map_err(|_| LocalError::Unavailable)?;
        Ok(value.and_then(|v| v.as_string()).and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_else(StoredState::fresh))
    }
}

/// What a request made (`Some`) gave, once it has answered; `None` if it could not be made or
/// failed.
async fn settle<T, E>(request: Option<impl std::future::Future<Output = Result<T, E>>>) -> Option<T> {
    request?.await.ok()
}

async fn commit(tx: idb::Transaction) -> Result<(), LocalError> {
    match tx.commit() {
        Ok(tx) => match tx.await {
            Ok(result) if result.is_committed() => Ok(()),
            _ => Err(LocalError::WriteFailed),
        },
        Err(_) => Err(LocalError::WriteFailed),
    }
}
