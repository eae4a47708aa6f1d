//! Browser only: the outbox machinery (IndexedDB, WebCrypto, sending) behind lazy-loading
//! points, so it is fetched only when a page needs it (see src/sync/lazy.rs).

use leptos::prelude::*;

use super::{outbox::OutboxEntry, sender, status::OutboxStatus};

/// Reads the outbox and starts sending (call from any page once running; again is harmless).
#[lazy]
pub fn start(status: OutboxStatus) {
    sender::start(status);
}

/// Queues a referral on the phone; `false` if the phone could not keep it.
#[lazy]
pub async fn queue(status: OutboxStatus, entry: OutboxEntry) -> bool {
    sender::queue(status, entry).await.is_ok()
}

#[lazy]
pub fn send_now() {
    sender::trigger();
}

#[lazy]
pub async fn remove(status: OutboxStatus, id: uuid::Uuid) -> bool {
    sender::remove(status, id).await.is_ok()
}

#[lazy]
pub async fn wipe(status: OutboxStatus) -> bool {
    sender::wipe(status).await.is_ok()
}

/// A new UUIDv7 for a referral, from the clock and WebCrypto's random numbers.
#[lazy]
pub fn new_id(now_ms: i64) -> Option<uuid::Uuid> {
    super::local::new_referral_id(now_ms)
}
