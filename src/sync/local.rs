//! The phone's copy of the directory, in IndexedDB (rules C1, C2, C7, C8 in docs/SYNC-SPEC.md).
//!
//! Stores: `meta` (the sync state and the search vocabulary, as JSON text), `services` and
//! `organisations` (one record each, keyed by id: the wire type as JSON, in UTF-8 bytes). Behind
//! a schema version: when the layout changes, the version goes up and the copy is downloaded
//! again.
//!
//! Bytes rather than text because a start reads every record: IndexedDB hands back bytes
//! faster than strings, and bytes go into the wasm memory as they are, where a string is
//! re-encoded on the way (measured in docs/BENCHMARKS.md, offline start).

use std::future::IntoFuture;

use idb::{Database, DatabaseEvent, Factory, TransactionMode};
use js_sys::Uint8Array;
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use wasm_bindgen::{JsCast, JsValue};

use super::protocol::{ChangesPage, Decision, FORMAT, decide};
use crate::{
    directory::model::{Directory, Organisation, Service},
    search::Vocabulary,
};

const DB_NAME: &str = "signpost";
/// IndexedDB version: which object stores exist.
const DB_VERSION: u32 = 1;
/// Layout of the records; a different value in `meta` means "download again" (C1).
/// 2: services and organisations as JSON bytes (1 had JSON text).
pub const STORE_SCHEMA: u32 = 2;
const META: &str = "meta";
const SERVICES: &str = "services";
const ORGANISATIONS: &str = "organisations";
const STATE_KEY: &str = "state";
const VOCABULARY_KEY: &str = "vocabulary";
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

/// A record of `services` or `organisations`: the wire type as JSON bytes.
fn record(value: &impl Serialize) -> JsValue {
    Uint8Array::from(serde_json::to_vec(value).unwrap_or_default().as_slice()).into()
}

/// Reads the records of `services` or `organisations`; `None` if any is not one (C1).
fn parse_records<T: DeserializeOwned>(values: &[JsValue]) -> Option<Vec<T>> {
    let mut bytes = Vec::new();
    values
        .iter()
        .map(|v| {
            let record = v.dyn_ref::<Uint8Array>()?;
            bytes.resize(record.length() as usize, 0);
            record.copy_to(&mut bytes);
            serde_json::from_slice(&bytes).ok()
        })
        .collect()
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
                Ok(Loaded { state: StoredState::fresh(), directory: Directory::default(), vocabulary: Vocabulary::default() })
            }
        }
    }

    async fn read_all(&self) -> Option<Loaded> {
        let tx = self.db.transaction(&ALL_STORES, TransactionMode::ReadOnly).ok()?;
        let meta = tx.object_store(META).ok()?;
        // All four asked for at once, so that the browser reads the stores while the page
        // takes in what came first.
        let state = meta.get(text(STATE_KEY)).ok()?.into_future();
        let vocabulary = meta.get(text(VOCABULARY_KEY)).ok()?.into_future();
        let services = tx.object_store(SERVICES).ok()?.get_all(None, None).ok()?.into_future();
        let organisations = tx.object_store(ORGANISATIONS).ok()?.get_all(None, None).ok()?.into_future();
        // Each awaited before any is judged: a request left behind would call back into a
        // closure already dropped.
        let (state, vocabulary, services, organisations) = (state.await, vocabulary.await, services.await, organisations.await);
        let (state, vocabulary) = (state.ok()?, vocabulary.ok()?);
        let (services, organisations) = (services.ok()?, organisations.ok()?);
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
        let _phase = crate::pwa::timing::phase(crate::pwa::timing::COPY_PARSE);
        let services = parse_records::<Service>(&services)?;
        let organisations = parse_records::<Organisation>(&organisations)?;
        Some(Loaded { state, directory: Directory { organisations, services }, vocabulary })
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
        let tx = self.db.transaction(&ALL_STORES, TransactionMode::ReadWrite).map_err(|_| LocalError::WriteFailed)?;
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
        let put = |store: &str, key: String, value: JsValue| -> Result<(), LocalError> {
            tx.object_store(store)
                .and_then(|s| s.put(&value, Some(&text(&key))))
                .map(|_| ())
                .map_err(|_| LocalError::WriteFailed)
        };
        let delete = |store: &str, key: String| -> Result<(), LocalError> {
            tx.object_store(store).and_then(|s| s.delete(text(&key))).map(|_| ()).map_err(|_| LocalError::WriteFailed)
        };
        for o in &page.organisations {
            put(ORGANISATIONS, o.id.to_string(), record(o))?;
        }
        for s in &page.services {
            put(SERVICES, s.id.to_string(), record(s))?;
        }
        for id in &page.deleted_organisations {
            delete(ORGANISATIONS, id.to_string())?;
        }
        for id in &page.deleted_services {
            delete(SERVICES, id.to_string())?;
        }
        if let Some(v) = &page.vocabulary {
            put(META, VOCABULARY_KEY.to_string(), text(&serde_json::to_string(v).unwrap_or_default()))?;
            state.vocabulary_version = page.vocabulary_version.clone();
        }
        state.cursor = page.cursor;
        state.complete = state.complete || !page.more;
        state.demo = page.demo;
        if !page.more {
            state.synced_at = Some(now_ms);
        }
        put(META, STATE_KEY.to_string(), text(&serde_json::to_string(&state).unwrap_or_default()))?;
        commit(tx).await?;
        Ok(Applied::Applied)
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

async fn commit(tx: idb::Transaction) -> Result<(), LocalError> {
    match tx.commit() {
        Ok(tx) => match tx.await {
            Ok(result) if result.is_committed() => Ok(()),
            _ => Err(LocalError::WriteFailed),
        },
        Err(_) => Err(LocalError::WriteFailed),
    }
}
