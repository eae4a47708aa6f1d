//! One round of sending the outbox (docs/SYNC-SPEC.md, R8–R15): the phone's sending code,
//! written once over two small traits so that the browser runs it with `fetch` and IndexedDB
//! (`sender.rs`, `local.rs`) and the fault-injection test (`tests.rs`) runs the very same code
//! with an HTTP client against the real server, under lost requests, lost answers, 413s, 5xx,
//! timeouts and restarts.
//!
//! A round, for the signed-in author only:
//! 1. claim what waits (a lease, so two tabs do not send the same referrals at once);
//! 2. push it oldest first, in batches bounded by count and bytes ([`outbox::batches`]);
//!    a referral too large to go even alone is refused on the phone, never sent;
//! 3. a batch answered 413 (or refused whole as unreadable) is split in two and each half sent;
//!    a single referral refused that way is shown as refused, with what to do, so it can never
//!    hold up the others (R15);
//! 4. no answer, a server error, "busy" or "signed out" stops the round with everything left
//!    queued (R10);
//! 5. then the author's receipts are read after their own cursor (R11).

use uuid::Uuid;

use super::outbox::{self, OutboxEntry, OutboxState, PushRequest, PushResponse, SentPage};

/// How long a claim on entries lasts before another tab may take them.
pub const LEASE_MS: f64 = 30_000.0;

/// What came back for a request.
#[derive(Debug)]
pub enum Answer<T> {
    /// 2xx with a readable body.
    Ok(T),
    /// 401 or 403: this session may not send for this author (signed out, session ended, access
    /// removed, or another user signed in).
    SignedOut,
    /// 413, or 400 for the body as a whole: this body will never be taken as it is.
    Refused,
    /// No answer, a timeout, 429, 5xx or an unreadable body: try again later.
    NoAnswer,
}

/// The network, as the sending code needs it.
#[allow(async_fn_in_trait)]
pub trait Transport {
    /// `POST` [`outbox::PUSH_PATH`] with this JSON body.
    async fn push(&self, body: String) -> Answer<PushResponse>;
    /// `GET` [`outbox::SENT_PATH`] for `author`'s receipts after `since`.
    async fn sent(&self, author: Uuid, since: i64) -> Answer<SentPage>;
}

/// The phone's outbox, as the sending code needs it. Everything is per author: another user's
/// entries are never returned, opened or changed here.
#[allow(async_fn_in_trait)]
pub trait Store {
    type Error;
    /// The author's waiting entries (details opened) whose lease has run out, each given a new
    /// lease until `now_ms + lease_ms`; at most [`outbox::MAX_BATCH`].
    async fn claim(&self, author: Author, now_ms: f64, lease_ms: f64) -> Result<Vec<OutboxEntry>, Self::Error>;
    /// Saves an entry's new state (without its details once delivered) and frees its lease.
    /// An entry no longer in the store (wiped at sign-out meanwhile) is not brought back.
    async fn save(&self, entry: &OutboxEntry) -> Result<(), Self::Error>;
    /// The author's entries (details opened).
    async fn list(&self, author: Author) -> Result<Vec<OutboxEntry>, Self::Error>;
    /// The author's cursor for receipts.
    async fn cursor(&self, author: Uuid) -> i64;
    async fn set_cursor(&self, author: Uuid, cursor: i64) -> Result<(), Self::Error>;
}

/// The signed-in user a round sends for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Author {
    pub id: Uuid,
    /// When they signed in on this phone (see [`outbox::adopts`]).
    pub signed_in_at_ms: i64,
}

/// How a round ended.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Pushes made.
    pub pushes: usize,
    /// The server said this session may not send: the worker must sign in.
    pub signed_out: bool,
    /// Something was left for a later round (no answer, busy, server error).
    pub interrupted: bool,
}

/// What became of one push (and its halves).
enum Sent {
    Done,
    Stop { signed_out: bool },
}

/// One round: push what waits for `author`, then read their receipts.
pub async fn round<T: Transport, S: Store>(transport: &T, store: &S, author: Author, now_ms: f64) -> Result<Report, S::Error> {
    let mut report = Report::default();
    loop {
        let mut claimed = store.claim(author, now_ms, LEASE_MS).await?;
        if claimed.is_empty() {
            break;
        }
        let (batches, too_large) = outbox::batches(&claimed);
        let too_large: Vec<Uuid> = too_large.iter().map(|d| d.id).collect();
        let batches: Vec<Vec<Uuid>> = batches.iter().map(|b| b.iter().map(|d| d.id).collect()).collect();
        for id in too_large {
            if let Some(entry) = claimed.iter_mut().find(|e| e.id == id) {
                outbox::refuse_too_large(entry);
                store.save(entry).await?;
            }
        }
        let mut stopped = None;
        for batch in batches {
            match push(transport, store, author, &mut claimed, batch, &mut report).await? {
                Sent::Done => {}
                Sent::Stop { signed_out } => {
                    stopped = Some(signed_out);
                    break;
                }
            }
        }
        if let Some(signed_out) = stopped {
            // R10: what was not answered stays queued; the lease runs out and a later round
            // sends it again.
            for entry in claimed.iter_mut().filter(|e| e.state == OutboxState::Sending) {
                outbox::unanswered(entry);
                store.save(entry).await?;
            }
            report.signed_out = signed_out;
            report.interrupted = true;
            return Ok(report);
        }
    }
    if !sync_receipts(transport, store, author).await? {
        report.interrupted = true;
    }
    Ok(report)
}

/// Pushes the entries `ids` (all in `claimed`), splitting on a refused body.
async fn push<T: Transport, S: Store>(
    transport: &T,
    store: &S,
    author: Author,
    claimed: &mut [OutboxEntry],
    ids: Vec<Uuid>,
    report: &mut Report,
) -> Result<Sent, S::Error> {
    // Halves wait on a stack, first half on top: the order stays oldest first.
    let mut stack = vec![ids];
    while let Some(ids) = stack.pop() {
        let referrals: Vec<serde_json::Value> = ids
            .iter()
            .filter_map(|id| claimed.iter().find(|e| e.id == *id))
            .filter_map(|e| e.draft.as_ref())
            .filter_map(|d| serde_json::to_value(d).ok())
            .collect();
        for entry in claimed.iter_mut().filter(|e| ids.contains(&e.id)) {
            entry.state = OutboxState::Sending;
        }
        let body = serde_json::to_string(&PushRequest { author: Some(author.id), referrals }).unwrap_or_default();
        report.pushes += 1;
        match transport.push(body).await {
            Answer::Ok(response) => {
                for result in &response.results {
                    let Some(entry) = claimed.iter_mut().find(|e| Some(e.id) == result.id && ids.contains(&e.id)) else { continue };
                    outbox::apply(entry, &result.outcome);
                    // R9: a delivered entry is saved without its details (the sealed part goes).
                    store.save(entry).await?;
                }
                // Anything the answer did not mention stays as it is stored, leased, for a later
                // round (not this one: a server that never mentions it must not keep us here).
                for entry in claimed.iter_mut().filter(|e| ids.contains(&e.id) && e.state == OutboxState::Sending) {
                    outbox::unanswered(entry);
                }
            }
            Answer::Refused if ids.len() > 1 => {
                let (first, second) = ids.split_at(ids.len() / 2);
                stack.push(second.to_vec());
                stack.push(first.to_vec());
            }
            Answer::Refused => {
                // R15: even alone the server will not take it: refused, kept for the worker.
                if let Some(entry) = claimed.iter_mut().find(|e| e.id == ids[0]) {
                    outbox::refuse_too_large(entry);
                    store.save(entry).await?;
                }
            }
            Answer::SignedOut => return Ok(Sent::Stop { signed_out: true }),
            Answer::NoAnswer => return Ok(Sent::Stop { signed_out: false }),
        }
    }
    Ok(Sent::Done)
}

/// R11: status changes of the author's sent referrals, after the author's own cursor. The
/// server's receipt replaces the phone's: once the server purges a referral its receipt has no
/// decline reason, and neither has the phone's copy. False when the server could not be asked.
async fn sync_receipts<T: Transport, S: Store>(transport: &T, store: &S, author: Author) -> Result<bool, S::Error> {
    let mut entries = store.list(author).await?;
    if entries.iter().all(|e| e.state != OutboxState::Delivered) {
        return Ok(true);
    }
    let mut cursor = store.cursor(author.id).await;
    loop {
        let page = match transport.sent(author.id, cursor).await {
            Answer::Ok(page) => page,
            _ => return Ok(false),
        };
        for receipt in page.receipts {
            if let Some(entry) = entries.iter_mut().find(|e| e.id == receipt.id && e.state == OutboxState::Delivered) {
                entry.status = Some(receipt);
                store.save(entry).await?;
            }
        }
        cursor = page.cursor;
        store.set_cursor(author.id, cursor).await?;
        if !page.more {
            return Ok(true);
        }
    }
}
