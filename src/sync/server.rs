//! Server side of directory sync: `GET /api/sync/v1/changes` (rules S1–S10 in
//! docs/SYNC-SPEC.md). Pages are cut from the directory snapshot alone: its states and its
//! change log, read together up to one change number, so a page never claims a change it does
//! not carry, and answering needs no database query.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use axum::{
    Json,
    extract::{Query, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use serde::Deserialize;
use tokio::sync::OnceCell;

use super::protocol::{ChangesPage, DEFAULT_LIMIT, MAX_LIMIT, SyncError};
use crate::{
    directory::{cache::Snapshot, store::Entity},
    server::{encoded::Encoded, state::AppState},
};

/// Query parameters, read as text so that bad values get a precise 400 (S10).
#[derive(Deserialize)]
pub struct Params {
    since: Option<String>,
    limit: Option<String>,
    vocabulary: Option<String>,
}

fn bad(message: &str) -> Response {
    (StatusCode::BAD_REQUEST, Json(SyncError { error: message.to_string() })).into_response()
}

pub async fn changes(State(state): State<AppState>, Query(params): Query<Params>, headers: HeaderMap) -> Response {
    let since = match params.since.as_deref().map(str::trim) {
        None | Some("") => 0,
        Some(s) => match s.parse::<i64>() {
            Ok(n) if n >= 0 => n,
            _ => return bad("since must be a whole number, 0 or more"),
        },
    };
    let limit = match params.limit.as_deref().map(str::trim) {
        None | Some("") => DEFAULT_LIMIT,
        Some(s) => match s.parse::<u32>() {
            Ok(n) if (1..=MAX_LIMIT).contains(&n) => n,
            _ => return bad("limit must be a whole number from 1 to 1000"),
        },
    };
    let snapshot = match state.directory.get(&state.db).await {
        Ok(snapshot) => snapshot,
        Err(e) => return e.into_response(),
    };
    let with_vocabulary = params.vocabulary.as_deref() != Some(snapshot.vocabulary_version.as_str());
    match snapshot.sync_pages.get(&snapshot, since, limit, with_vocabulary).await {
        Some(encoded) => encoded.response(StatusCode::OK, HeaderMap::new(), &headers),
        // The cache is full (S11): made for this request alone.
        None => {
            let page = page(&snapshot, since, limit, params.vocabulary.as_deref());
            let mut response = Json(page).into_response();
            response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            response
        }
    }
}

/// Brotli quality for pages: made once per directory version and sent to every phone on
/// pay-as-you-go data, so well compressed (quality 9 is about a tenth of 11's time, for a few
/// per cent more bytes).
const BROTLI_QUALITY: u32 = 9;

/// A page as it is sent: its JSON, compressed with brotli and gzip when it is made.
fn encoded(page: &ChangesPage) -> Encoded {
    Encoded::new(serde_json::to_vec(page).unwrap_or_default(), "application/json", BROTLI_QUALITY).compressed()
}

/// Key: `since`, `limit`, whether the page carries the vocabulary.
type PageKey = (i64, u32, bool);

/// The pages of one snapshot, each encoded once and reused by every phone that asks for it
/// until the directory changes (a new snapshot starts with an empty cache) (S11). Phones ask
/// for few distinct pages (a first sync walks the same cursors as every other first sync; a
/// phone that is up to date asks for the empty page after the last change), but `since` is
/// the client's to choose, so the cache is bounded: once full, further pages are made per
/// request as before.
#[derive(Default)]
pub struct PageCache {
    pages: Mutex<HashMap<PageKey, Arc<OnceCell<Arc<Encoded>>>>>,
    bytes: std::sync::atomic::AtomicUsize,
}

/// At most this many pages, and this many bytes of them, per snapshot.
const MAX_PAGES: usize = 256;
const MAX_BYTES: usize = 48 * 1024 * 1024;

impl PageCache {
    /// The page for the key, made (off the async threads) by the first request that needs it;
    /// requests arriving meanwhile wait for that one. `None` when the cache is full.
    async fn get(&self, snapshot: &Arc<Snapshot>, since: i64, limit: u32, with_vocabulary: bool) -> Option<Arc<Encoded>> {
        use std::sync::atomic::Ordering;
        let cell = {
            let mut pages = self.pages.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            match pages.get(&(since, limit, with_vocabulary)) {
                Some(cell) => cell.clone(),
                None if pages.len() >= MAX_PAGES || self.bytes.load(Ordering::Relaxed) >= MAX_BYTES => return None,
                None => pages.entry((since, limit, with_vocabulary)).or_default().clone(),
            }
        };
        let encoded = cell
            .get_or_try_init(|| {
                let snapshot = snapshot.clone();
                async move {
                    let encoded = tokio::task::spawn_blocking(move || {
                        // The vocabulary is sent unless the client's is current, whatever
                        // version it named: `None` here and a stale one are the same page.
                        let client = (!with_vocabulary).then_some(snapshot.vocabulary_version.as_str());
                        Arc::new(encoded(&page(&snapshot, since, limit, client)))
                    })
                    .await?;
                    self.bytes.fetch_add(encoded.bytes(), Ordering::Relaxed);
                    Ok::<_, tokio::task::JoinError>(encoded)
                }
            })
            .await
            .ok()?;
        Some(encoded.clone())
    }
}

/// Builds the page of changes after `since` (S2–S8), from the snapshot alone.
pub fn page(snapshot: &Snapshot, since: i64, limit: u32, client_vocabulary: Option<&str>) -> ChangesPage {
    let mut page = ChangesPage {
        vocabulary: (client_vocabulary != Some(snapshot.vocabulary_version.as_str())).then(|| snapshot.vocabulary.clone()),
        ..ChangesPage::empty(since, snapshot.vocabulary_version.clone(), snapshot.demo)
    };
    if since > snapshot.seq {
        // S6: the client has seen changes this database never had.
        page.reset = true;
        page.cursor = 0;
        page.vocabulary = None;
        return page;
    }
    // Each entity once, at its latest change (S4), oldest first (S2).
    let after = &snapshot.changelog[snapshot.changelog.partition_point(|(seq, _, _)| *seq <= since)..];
    let taken = &after[..after.len().min(limit as usize)];
    page.more = after.len() > taken.len();
    page.remaining = (after.len() - taken.len()) as u64;
    page.cursor = if page.more { taken.last().map_or(since, |(seq, _, _)| *seq) } else { snapshot.seq };
    for &(_, entity, id) in taken {
        match entity {
            Entity::Service => match snapshot.service(id) {
                Some(s) => page.services.push(s.clone()),
                None => page.deleted_services.push(id),
            },
            Entity::Organisation => match snapshot.organisation(id) {
                Some(o) => page.organisations.push(o.clone()),
                None => page.deleted_organisations.push(id),
            },
        }
    }
    page
}
