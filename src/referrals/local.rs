//! Browser only: the outbox on the phone, in its own IndexedDB database (`signpost-outbox`),
//! apart from the directory copy so that clearing one never touches the other.
//!
//! Stores: `entries` (one record per referral: the receipt as JSON, which holds no personal
//! data but names the referral's author, and the personal details sealed with AES-GCM), `keys`
//! (one AES-GCM key per author, made by WebCrypto as non-extractable: script can use it but
//! never read it out) and `meta` (each author's cursor for status changes, this device's id).
//! Personal details are only ever written sealed, under their author's key.
//!
//! Everything here is per author (R13): an entry is opened, listed, claimed, removed or wiped
//! only for the user it belongs to (`OutboxEntry::belongs_to`); another user's entries are only
//! ever counted.

use idb::{Database, Factory, TransactionMode};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesGcmParams, AesKeyGenParams, CryptoKey};

use uuid::Uuid;

use super::{
    model::ReferralDraft,
    outbox::{self, OutboxEntry, WaitingCount},
    sending,
};

const DB_NAME: &str = "signpost-outbox";
const DB_VERSION: u32 = 1;
const ENTRIES: &str = "entries";
const KEYS: &str = "keys";
const META: &str = "meta";
/// The key of referrals queued before authors were recorded.
const LEGACY_KEY_ID: &str = "aes-gcm";
const DEVICE: &str = "device";
/// Where this tab keeps its own id (sessionStorage lasts as long as the tab, across pages).
const TAB_KEY: &str = "signpost-tab";

/// This tab's id: a claim it made on an earlier page of the same tab is its own, so a page
/// left mid-send does not hold the next page's send for the rest of the lease.
fn tab_id() -> String {
    let storage = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
    if let Some(id) = storage.as_ref().and_then(|s| s.get_item(TAB_KEY).ok().flatten()) {
        return id;
    }
    let id = random_bytes::<16>().map(|b| uuid::Builder::from_random_bytes(b).into_uuid().to_string()).unwrap_or_default();
    if let Some(s) = storage {
        let _ = s.set_item(TAB_KEY, &id);
    }
    id
}

fn key_id(author: Option<Uuid>) -> String {
    author.map_or_else(|| LEGACY_KEY_ID.to_string(), |a| format!("aes-gcm:{a}"))
}

fn cursor_id(author: Uuid) -> String {
    format!("sent-cursor:{author}")
}

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
        // Without WebCrypto nothing could be kept sealed: say so now, not at the first save.
        subtle()?;
        Ok(Self { db })
    }

    /// An author's key: made the first time they queue a referral on this browser profile and
    /// kept in IndexedDB as a CryptoKey object. Two tabs making one at the same moment: `add`
    /// lets only the first be kept, and both then use it.
    async fn key(&self, author: Option<Uuid>) -> Result<CryptoKey, OutboxError> {
        if let Some(key) = self.stored_key(author).await? {
            return Ok(key);
        }
        let usages = Array::of2(&text("encrypt"), &text("decrypt"));
        let made = promise(subtle()?.generate_key_with_object(&AesKeyGenParams::new("AES-GCM", 256), false, &usages)).await?;
        let tx = self.db.transaction(&[KEYS], TransactionMode::ReadWrite).map_err(failed)?;
        if let Ok(store) = tx.object_store(KEYS) {
            let _ = store.add(&made, Some(&text(&key_id(author))));
        }
        let _ = tx.await;
        self.stored_key(author).await?.ok_or(OutboxError::Failed)
    }

    async fn stored_key(&self, author: Option<Uuid>) -> Result<Option<CryptoKey>, OutboxError> {
        let tx = self.db.transaction(&[KEYS], TransactionMode::ReadOnly).map_err(failed)?;
        let value = tx.object_store(KEYS).map_err(failed)?.get(text(&key_id(author))).map_err(failed)?.await.map_err(failed)?;
        Ok(value.and_then(|v| v.dyn_into::<CryptoKey>().ok()))
    }

    async fn seal(&self, author: Option<Uuid>, draft: &ReferralDraft) -> Result<(Uint8Array, Uint8Array), OutboxError> {
        let key = self.key(author).await?;
        let iv = random_bytes::<12>()?;
        let iv = Uint8Array::from(&iv[..]);
        let params = AesGcmParams::new("AES-GCM", &iv);
        let plain = serde_json::to_vec(draft).map_err(failed)?;
        let sealed = promise(subtle()?.encrypt_with_object_and_u8_array(&params, &key, &plain)).await?;
        Ok((iv, Uint8Array::new(&sealed)))
    }

    async fn unseal(&self, author: Option<Uuid>, iv: &Uint8Array, sealed: &Uint8Array) -> Result<ReferralDraft, OutboxError> {
        let key = self.stored_key(author).await?.ok_or(OutboxError::Failed)?;
        let params = AesGcmParams::new("AES-GCM", iv);
        let plain = promise(subtle()?.decrypt_with_object_and_u8_array(&params, &key, &sealed.to_vec())).await?;
        serde_json::from_slice(&Uint8Array::new(&plain).to_vec()).map_err(failed)
    }

    /// Builds the record for an entry: receipt in clear, details sealed under its author's key
    /// (when there are any).
    async fn record(&self, entry: &OutboxEntry, lease_until: f64) -> Result<Object, OutboxError> {
        let receipt = OutboxEntry { draft: None, ..entry.clone() };
        let record = Object::new();
        let set = |k: &str, v: &JsValue| Reflect::set(&record, &text(k), v).map(|_| ()).map_err(failed);
        set("receipt", &text(&serde_json::to_string(&receipt).map_err(failed)?))?;
        set("lease", &JsValue::from_f64(lease_until))?;
        if let Some(draft) = &entry.draft {
            let (iv, sealed) = self.seal(entry.author, draft).await?;
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

    /// Saves a new referral. The write is committed before this returns: a queued referral
    /// survives the tab closing the next moment.
    pub async fn save(&self, entry: &OutboxEntry) -> Result<(), OutboxError> {
        let record = self.record(entry, 0.0).await?;
        self.put(&record, entry.id).await
    }

    /// Saves the new state of an entry still on the phone (and frees its lease). One that has
    /// gone meanwhile (wiped at sign-out while a send was in flight, or removed) stays gone: a
    /// late answer never brings a referral, or its details, back.
    pub async fn update(&self, entry: &OutboxEntry) -> Result<(), OutboxError> {
        let record = self.record(entry, 0.0).await?;
        let key = text(&entry.id.to_string());
        let tx = self.db.transaction(&[ENTRIES], TransactionMode::ReadWrite).map_err(failed)?;
        let store = tx.object_store(ENTRIES).map_err(failed)?;
        if store.get(key.clone()).map_err(failed)?.await.map_err(failed)?.is_some() {
            store.put(&record, Some(&key)).map_err(failed)?;
        }
        match tx.await.map_err(failed)? {
            idb::TransactionResult::Committed => Ok(()),
            _ => Err(OutboxError::Failed),
        }
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

    /// The entry in `record` with its details opened, if it belongs to `who` (a referral
    /// queued before authors were recorded is adopted: from now on it is theirs and sealed
    /// under their key when next saved).
    async fn open_entry(&self, record: &JsValue, who: sending::Author) -> Option<OutboxEntry> {
        let mut entry = Self::receipt_of(record)?;
        if !entry.belongs_to(who.id, who.signed_in_at_ms) {
            return None;
        }
        if let Some((iv, sealed)) = Self::sealed_of(record) {
            // Details that cannot be opened (the key was cleared with site data) are kept
            // sealed; the entry shows, and cannot be sent.
            entry.draft = self.unseal(entry.author, &iv, &sealed).await.ok();
        }
        entry.author = Some(who.id);
        Some(entry)
    }

    async fn records(&self) -> Result<Vec<JsValue>, OutboxError> {
        let tx = self.db.transaction(&[ENTRIES], TransactionMode::ReadOnly).map_err(failed)?;
        tx.object_store(ENTRIES).map_err(failed)?.get_all(None, None).map_err(failed)?.await.map_err(failed)
    }

    /// `who`'s entries, personal details opened, oldest first.
    pub async fn list(&self, who: sending::Author) -> Result<Vec<OutboxEntry>, OutboxError> {
        let mut entries = vec![];
        for record in &self.records().await? {
            if let Some(entry) = self.open_entry(record, who).await {
                entries.push(entry);
            }
        }
        entries.sort_by_key(|e| (e.created_at_ms, e.id));
        Ok(entries)
    }

    /// How many unsent referrals on this phone are not `who`'s (anybody's, when nobody is signed
    /// in): they stay sealed until their author signs in.
    pub async fn others_waiting(&self, who: Option<sending::Author>) -> Result<usize, OutboxError> {
        Ok(self
            .records()
            .await?
            .iter()
            .filter_map(Self::receipt_of)
            .filter(|e| e.unsent() && !who.is_some_and(|w| e.belongs_to(w.id, w.signed_in_at_ms)))
            .count())
    }

    /// What waits unsent on this phone, per known author (no personal data), for the server
    /// (R14). Referrals of no recorded author are left out: nobody could be told of them.
    pub async fn waiting_counts(&self) -> Result<Vec<WaitingCount>, OutboxError> {
        let mut counts: Vec<WaitingCount> = vec![];
        for entry in self.records().await?.iter().filter_map(Self::receipt_of).filter(OutboxEntry::unsent) {
            let Some(author) = entry.author else { continue };
            match counts.iter_mut().find(|c| c.author == author) {
                Some(c) => {
                    c.count += 1;
                    c.oldest_ms = c.oldest_ms.min(entry.created_at_ms);
                }
                None => counts.push(WaitingCount { author, count: 1, oldest_ms: entry.created_at_ms }),
            }
        }
        counts.sort_by_key(|c| c.author);
        Ok(counts)
    }

    /// Claims `who`'s entries waiting to be sent for this tab: in one read-write transaction
    /// (which IndexedDB runs one at a time across tabs) each of their waiting entries whose lease
    /// has run out, or is this tab's own from an earlier page, gets a new lease. Another tab
    /// finds them leased and leaves them alone (R8).
    pub async fn claim(&self, who: sending::Author, now_ms: f64, lease_ms: f64) -> Result<Vec<OutboxEntry>, OutboxError> {
        let tab = tab_id();
        let tx = self.db.transaction(&[ENTRIES], TransactionMode::ReadWrite).map_err(failed)?;
        let store = tx.object_store(ENTRIES).map_err(failed)?;
        let records = store.get_all(None, None).map_err(failed)?.await.map_err(failed)?;
        let mut claimed = vec![];
        for record in records {
            let Some(entry) = Self::receipt_of(&record) else { continue };
            let lease = Reflect::get(&record, &text("lease")).ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
            let holder = Reflect::get(&record, &text("holder")).ok().and_then(|v| v.as_string());
            let free = lease <= now_ms || holder.as_deref() == Some(tab.as_str());
            let ours = entry.belongs_to(who.id, who.signed_in_at_ms);
            if ours && entry.unsent() && free && Self::sealed_of(&record).is_some() && claimed.len() < outbox::MAX_BATCH {
                let _ = Reflect::set(&record, &text("lease"), &JsValue::from_f64(now_ms + lease_ms));
                let _ = Reflect::set(&record, &text("holder"), &text(&tab));
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
            if let Some(entry) = self.open_entry(record, who).await.filter(|e| e.draft.is_some()) {
                entries.push(entry);
            }
        }
        Ok(entries)
    }

    /// Removes one of `who`'s entries (another user's is left alone).
    pub async fn remove(&self, who: sending::Author, id: Uuid) -> Result<(), OutboxError> {
        let mine = self.list(who).await?.iter().any(|e| e.id == id);
        if !mine {
            return Ok(());
        }
        let tx = self.db.transaction(&[ENTRIES], TransactionMode::ReadWrite).map_err(failed)?;
        tx.object_store(ENTRIES).map_err(failed)?.delete(text(&id.to_string())).map_err(failed)?;
        tx.await.map(|_| ()).map_err(failed)
    }

    pub async fn cursor(&self, author: Uuid) -> i64 {
        self.meta(&cursor_id(author)).await.and_then(|v| v.as_f64()).map_or(0, |v| v as i64)
    }

    pub async fn set_cursor(&self, author: Uuid, cursor: i64) -> Result<(), OutboxError> {
        self.set_meta(&cursor_id(author), &JsValue::from_f64(cursor as f64)).await
    }

    async fn meta(&self, id: &str) -> Option<JsValue> {
        let tx = self.db.transaction(&[META], TransactionMode::ReadOnly).ok()?;
        tx.object_store(META).ok()?.get(text(id)).ok()?.await.ok().flatten()
    }

    async fn set_meta(&self, id: &str, value: &JsValue) -> Result<(), OutboxError> {
        let tx = self.db.transaction(&[META], TransactionMode::ReadWrite).map_err(failed)?;
        tx.object_store(META).map_err(failed)?.put(value, Some(&text(id))).map_err(failed)?;
        tx.await.map(|_| ()).map_err(failed)
    }

    /// This phone's own random id (for its reports of what waits on it).
    pub async fn device(&self) -> Result<Uuid, OutboxError> {
        if let Some(id) = self.meta(DEVICE).await.and_then(|v| v.as_string()).and_then(|s| s.parse().ok()) {
            return Ok(id);
        }
        let id = uuid::Builder::from_random_bytes(random_bytes::<16>()?).into_uuid();
        self.set_meta(DEVICE, &text(&id.to_string())).await?;
        Ok(id)
    }

    /// Deletes `who`'s referrals, key and cursor from the phone (signing out). Other users'
    /// queued referrals stay, sealed, for them.
    pub async fn wipe(&self, who: sending::Author) -> Result<(), OutboxError> {
        let mine: Vec<Uuid> = self
            .records()
            .await?
            .iter()
            .filter_map(Self::receipt_of)
            .filter(|e| e.belongs_to(who.id, who.signed_in_at_ms))
            .map(|e| e.id)
            .collect();
        let tx = self.db.transaction(&[ENTRIES, KEYS, META], TransactionMode::ReadWrite).map_err(failed)?;
        let entries = tx.object_store(ENTRIES).map_err(failed)?;
        for id in mine {
            entries.delete(text(&id.to_string())).map_err(failed)?;
        }
        tx.object_store(KEYS).map_err(failed)?.delete(text(&key_id(Some(who.id)))).map_err(failed)?;
        tx.object_store(META).map_err(failed)?.delete(text(&cursor_id(who.id))).map_err(failed)?;
        match tx.await.map_err(failed)? {
            idb::TransactionResult::Committed => Ok(()),
            _ => Err(OutboxError::Failed),
        }
    }
}

/// The outbox as the shared sending code (`sending.rs`) sees it.
impl sending::Store for Outbox {
    type Error = OutboxError;

    async fn claim(&self, author: sending::Author, now_ms: f64, lease_ms: f64) -> Result<Vec<OutboxEntry>, OutboxError> {
        Outbox::claim(self, author, now_ms, lease_ms).await
    }

    async fn save(&self, entry: &OutboxEntry) -> Result<(), OutboxError> {
        Outbox::update(self, entry).await
    }

    async fn list(&self, author: sending::Author) -> Result<Vec<OutboxEntry>, OutboxError> {
        Outbox::list(self, author).await
    }

    async fn cursor(&self, author: Uuid) -> i64 {
        Outbox::cursor(self, author).await
    }

    async fn set_cursor(&self, author: Uuid, cursor: i64) -> Result<(), OutboxError> {
        Outbox::set_cursor(self, author, cursor).await
    }
}
