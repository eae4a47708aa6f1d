//! Browser only: the outbox machinery (IndexedDB, WebCrypto, sending) behind one lazy-loading
//! point, so it is fetched only when a page needs it. One point, not one per operation: the
//! code lazy points share is cut into a wasm file per set of points that reach it (see
//! `sync::lazy::Request`).

use leptos::prelude::*;

use super::{outbox::OutboxEntry, sender, status::OutboxStatus};

enum Request {
    Start(OutboxStatus),
    Queue(OutboxStatus, Box<OutboxEntry>),
    SendNow,
    Remove(OutboxStatus, uuid::Uuid),
    Wipe(OutboxStatus),
    NewId(i64),
}

enum Answer {
    Done(bool),
    Id(Option<uuid::Uuid>),
}

#[lazy]
async fn outbox(request: Request) -> Answer {
    match request {
        Request::Start(status) => {
            sender::start(status);
            Answer::Done(true)
        }
        Request::Queue(status, entry) => Answer::Done(sender::queue(status, *entry).await.is_ok()),
        Request::SendNow => {
            sender::trigger();
            Answer::Done(true)
        }
        Request::Remove(status, id) => Answer::Done(sender::remove(status, id).await.is_ok()),
        Request::Wipe(status) => Answer::Done(sender::wipe(status).await.is_ok()),
        Request::NewId(now_ms) => Answer::Id(super::local::new_referral_id(now_ms)),
    }
}

fn done(answer: Answer) -> bool {
    matches!(answer, Answer::Done(true))
}

/// Reads the outbox and starts sending (call from any page once running; again is harmless).
pub async fn start(status: OutboxStatus) {
    outbox(Request::Start(status)).await;
}

/// Queues a referral on the phone; `false` if the phone could not keep it.
pub async fn queue(status: OutboxStatus, entry: OutboxEntry) -> bool {
    done(outbox(Request::Queue(status, Box::new(entry))).await)
}

/// Tries to send what waits, now.
pub async fn send_now() {
    outbox(Request::SendNow).await;
}

/// Takes a referral that has not been sent out of the outbox.
pub async fn remove(status: OutboxStatus, id: uuid::Uuid) -> bool {
    done(outbox(Request::Remove(status, id)).await)
}

/// Removes everything the outbox holds on this phone.
pub async fn wipe(status: OutboxStatus) -> bool {
    done(outbox(Request::Wipe(status)).await)
}

/// A new UUIDv7 for a referral, from the clock and WebCrypto's random numbers.
pub async fn new_id(now_ms: i64) -> Option<uuid::Uuid> {
    match outbox(Request::NewId(now_ms)).await {
        Answer::Id(id) => id,
        Answer::Done(_) => None,
    }
}
