//! Browser only: the outbox on the phone, in its own IndexedDB database (`signpost-outbox`),
//! apart from the directory copy so that clearing one never touches the other.
//!
//! Stores: `entries` (one record per referral: the receipt as JSON, which holds no personal
//! data, and the personal details sealed with AES-GCM), `keys` (the AES-GCM key, made by
//! WebCrypto as non-extractable: script can use it but never read it out) and `meta` (the
//! cursor for status changes). Personal details are only ever written sealed.

use idb::{Database, Factory, TransactionMode};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesGcmParams, AesKeyGenParams, CryptoKey};

use super::{model::ReferralDraft, outbox::OutboxEntry};

const DB_NAME: &str = "signpost-outbox";
const DB_VERSION: u32 = 1;
const ENTRIES: &str = "entries";
const KEYS: &str = "keys";
const META: &str = "meta";
const KEY_ID: &str = "aes-gcm";
const CURSOR: &str = "sent-cursor";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutboxError {
    /// No IndexedDB or no WebCrypto (very old browser, or storage turned off).
    Unavailable,
    /// The store refused a write (quota), or sealed data could not be opened.
    Failed,
}

fn failed<E>(_: E) -> OutboxError {
    OutboxError::Failed
}

fn text(s: &str) -> JsValue {
    JsValue::from_str(s)
}

pub struct Outbox {
    db: Database,
    key: CryptoKey,
}

fn subtle() -> Result<web_sys::SubtleCrypto, OutboxError> {
    let window = web_sys::window().ok_or(OutboxError::Unavailable)?;
    Ok(window.crypto().map_err(|_| OutboxError::Unavailable)?.subtle())
}

fn random_bytes<const N: usize>() -> Result<[u8; N], OutboxError> {
    let mut bytes = [0u8; N];
    let window = web_sys::window().ok_or(OutboxError::Unavailable)?;
    window.crypto().map_err(|_| OutboxError::Unavailable)?.get_random_values_with_u8_array(&mut bytes).map_err(failed)?;
    Ok(bytes)
}

/// A new referral id: UUIDv7 from the clock and the browser's random generator.
pub fn new_referral_id(now_ms: i64) -> Option<uuid::Uuid> {
    let random = random_bytes::<10>().ok()?;
    Some(uuid::Builder::from_unix_timestamp_millis(now_ms as u64, &random).into_uuid())
}

async fn promise(p: Result<js_sys::Promise, JsValue>) -> Result<JsValue, OutboxError> {
    JsFuture::from(p.map_err(failed)?).await.map_err(failed)
}

impl Outbox {
    pub async fn open() -> Result<Self, OutboxError> {
        let factory = Factory::new().map_err(|_| OutboxError::Unavailable)?;
        let mut request = factory.open(DB_NAME, Some(DB_VERSION)).map_err(|_| OutboxError::Unavailable)?;
        request.on_upgrade_needed(|event| {
            let Ok(db) = idb::DatabaseEvent::database(&event) else { return };
            for name in [ENTRIES, KEYS, META] {
                if !db.store_names().iter().any(|n| n == name) {
                    let _ = db.create_object_store(name, idb::ObjectStoreParams::new());
                }
            }
        });
        let db = request.await.map_err(|_| OutboxError::Unavailable)?;
        let key = Self::key(&db).await?;
        Ok(Self { db, key })
    }

    /// The outbox key: made once per browser profile and kept in IndexedDB as a CryptoKey
    /// object. Two tabs making one at the same moment: `add` lets only the first be kept, and
    /// both then use it.
    async fn key(db: &Database) -> Result<CryptoKey, OutboxError> {
        if let Some(key) = Self::stored_key(db).await? {
            return Ok(key);
        }
        let usages = Array::of2(&text("encrypt"), &text("decrypt"));
        let made = promise(subtle()?.generate_key_with_object(&AesKeyGenParams::new("AES-GCM", 256), false, &usages)).await?;
        let tx = db.transaction(&[KEYS], TransactionMode::ReadWrite).map_err(failed)?;
        if let Ok(store) = tx.object_store(KEYS) {
            let _ = store.add(&made, Some(&text(KEY_ID)));
        }
        let _ = tx.await;
        Self::stored_key(db).await?.ok_or(OutboxError::Failed)
    }

    async fn stored_key(db: &Database) -> Result<Option<CryptoKey>, OutboxError> {
        let tx = db.transaction(&[KEYS], TransactionMode::ReadOnly).map_err(failed)?;
        let value = tx.object_store(KEYS).map_err(failed)?.get(text(KEY_ID)).map_err(failed)?.await.map_err(failed)?;
        Ok(value.and_then(|v| v.dyn_into::<CryptoKey>().ok()))
    }

    async fn seal(&self, draft: &ReferralDraft) -> Result<(Uint8Array, Uint8Array), OutboxError> {
        let iv = random_bytes::<12>()?;
        let iv = Uint8Array::from(&iv[..]);
        let params = AesGcmParams::new("AES-GCM", &iv);
        let plain = serde_json::to_vec(draft).map_err(failed)?;
        let sealed = promise(subtle()?.encrypt_with_object_and_u8_array(&params, &self.key, &plain)).await?;
        Ok((iv, Uint8Array::new(&sealed)))
    }

    async fn unseal(&self, iv: &Uint8Array, sealed: &Uint8Array) -> Result<ReferralDraft, OutboxError> {
        let params = AesGcmParams::new("AES-GCM", iv);
        let plain = promise(subtle()?.decrypt_with_object_and_u8_array(&params, &self.key, &sealed.to_vec())).await?;
        serde_json::from_slice(&Uint8Array::new(&plain).to_vec()).map_err(failed)
    }

    /// Builds the record for an entry: receipt in clear, details sealed (when there are any).
    async fn record(&self, entry: &OutboxEntry, lease_until: f64) -> Result<Object, OutboxError> {
        let receipt = OutboxEntry { draft: None, ..entry.clone() };
        let record = Object::new();
        let set = |k: &str, v: &JsValue| Reflect::set(&record, &text(k), v).map(|_| ()).map_err(failed);
        set("receipt", &text(&serde_json::to_string(&receipt).map_err(failed)?))?;
        set("lease", &JsValue::from_f64(lease_until))?;
        if let Some(draft) = &entry.draft {
            let (iv, sealed) = self.seal(draft).await?;
            set("iv", &iv)?;
            set("sealed", &sealed)?;
        }
        Ok(record)
    }

    async fn put(&self, record: &Object, id: uuid::Uuid) -> Result<(), OutboxError> {
        let tx = self.db.transaction(&[ENTRIES], TransactionMode::ReadWrite).map_err(failed)?;
        tx.object_store(ENTRIES).map_err(failed)?.put(record, Some(&text(&id.to_string()))).map_err(failed)?;
        match tx.await.map_err(failed)? {
            idb::TransactionResult::Committed => Ok(()),
            _ => Err(OutboxError::Failed),
        }
    }

    /// Saves an entry (a new referral, or its new state). The write is committed before this
    /// returns: a queued referral survives the tab closing the next moment.
    pub async fn save(&self, entry: &OutboxEntry) -> Result<(), OutboxError> {
        let record = self.record(entry, 0.0).await?;
        self.put(&record, entry.id).await
    }

    fn receipt_of(record: &JsValue) -> Option<OutboxEntry> {
        let receipt = Reflect::get(record, &text("receipt")).ok()?.as_string()?;
        serde_json::from_str(&receipt).ok()
    }

    fn sealed_of(record: &JsValue) -> Option<(Uint8Array, Uint8Array)> {
        let iv = Reflect::get(record, &text("iv")).ok()?.dyn_into::<Uint8Array>().ok()?;
        let sealed = Reflect::get(record, &text("sealed")).ok()?.dyn_into::<Uint8Array>().ok()?;
        Some((iv, sealed))
    }

    async fn open_entry(&self, record: &JsValue) -> Option<OutboxEntry> {
        let mut entry = Self::receipt_of(record)?;
        if let Some((iv, sealed)) = Self::sealed_of(record) {
            // Details that cannot be opened (the key was cleared with site data) are kept
            // sealed; the entry shows, and cannot be sent.
            entry.draft = self.unseal(&iv, &sealed).await.ok();
        }
        Some(entry)
    }

    /// Every entry, personal details opened, oldest first.
    pub async fn list(&self) -> Result<Vec<OutboxEntry>, OutboxError> {
        let tx = self.db.transaction(&[ENTRIES], TransactionMode::ReadOnly).map_err(failed)?;
        let records = tx.object_store(ENTRIES).map_err(failed)?.get_all(None, None).map_err(failed)?.await.map_err(failed)?;
        let mut entries = vec![];
        for record in &records {
            if let Some(entry) = self.open_entry(record).await {
                entries.push(entry);
            }
        }
        entries.sort_by_key(|e| (e.created_at_ms, e.id));
        Ok(entries)
    }

    /// Claims the entries waiting to be sent for this tab: in one read-write transaction (which
    /// IndexedDB runs one at a time across tabs) each waiting entry whose lease has run out gets
    /// a new lease. Another tab finds them leased and leaves them alone (R8).
    pub async fn claim(&self, now_ms: f64, lease_ms: f64) -> Result<Vec<OutboxEntry>, OutboxError> {
        let tx = self.db.transaction(&[ENTRIES], TransactionMode::ReadWrite).map_err(failed)?;
        let store = tx.object_store(ENTRIES).map_err(failed)?;
        let records = store.get_all(None, None).map_err(failed)?.await.map_err(failed)?;
        let mut claimed = vec![];
        for record in records {
            let Some(entry) = Self::receipt_of(&record) else { continue };
            let lease = Reflect::get(&record, &text("lease")).ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
            let waiting = matches!(entry.state, super::outbox::OutboxState::Queued | super::outbox::OutboxState::Sending);
            if waiting && lease <= now_ms && Self::sealed_of(&record).is_some() && claimed.len() < super::outbox::MAX_BATCH {
                let _ = Reflect::set(&record, &text("lease"), &JsValue::from_f64(now_ms + lease_ms));
                store.put(&record, Some(&text(&entry.id.to_string()))).map_err(failed)?;
                claimed.push(record);
            }
        }
        match tx.await.map_err(failed)? {
            idb::TransactionResult::Committed => {}
            _ => return Err(OutboxError::Failed),
        }
        let mut entries = vec![];
        for record in &claimed {
            if let Some(entry) = self.open_entry(record).await.filter(|e| e.draft.is_some()) {
                entries.push(entry);
            }
        }
        Ok(entries)
    }

    pub async fn remove(&self, id: uuid::Uuid) -> Result<(), OutboxError> {
        let tx = self.db.transaction(&[ENTRIES], TransactionMode::ReadWrite).map_err(failed)?;
        tx.object_store(ENTRIES).map_err(failed)?.delete(text(&id.to_string())).map_err(failed)?;
        tx.await.map(|_| ()).map_err(failed)
    }

    pub async fn cursor(&self) -> i64 {
        let Ok(tx) = self.db.transaction(&[META], TransactionMode::ReadOnly) else { return 0 };
        let Ok(store) = tx.object_store(META) else { return 0 };
        let Ok(request) = store.get(text(CURSOR)) else { return 0 };
        request.await.ok().flatten().and_then(|v| v.as_f64()).map_or(0, |v| v as i64)
    }

    pub async fn set_cursor(&self, cursor: i64) -> Result<(), OutboxError> {
        let tx = self.db.transaction(&[META], TransactionMode::ReadWrite).map_err(failed)?;
        tx.object_store(META).map_err(failed)?.put(&JsValue::from_f64(cursor as f64), Some(&text(CURSOR))).map_err(failed)?;
        tx.await.map(|_| ()).map_err(failed)
    }

    /// Empties the outbox, key included (signing out). Clearing rather than deleting the
    /// database: a deletion would wait for every other tab to close its connection.
    pub async fn wipe(self) -> Result<(), OutboxError> {
        let tx = self.db.transaction(&[ENTRIES, KEYS, META], TransactionMode::ReadWrite).map_err(failed)?;
        for name in [ENTRIES, KEYS, META] {
            tx.object_store(name).map_err(failed)?.clear().map_err(failed)?;
        }
        match tx.await.map_err(failed)? {
            idb::TransactionResult::Committed => Ok(()),
            _ => Err(OutboxError::Failed),
        }
    }
}
