//! Server side of directory sync: `GET /api/sync/v1/changes` (rules S1–S10 in
//! docs/SYNC-SPEC.md). Pages are cut from the directory snapshot alone: its states and its
//! change log, read together up to one change number, so a page never claims a change it does
//! not carry, and answering needs no database query.

use axum::{
    Json,
    extract::{Query, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use serde::Deserialize;
use super::protocol::{ChangesPage, DEFAULT_LIMIT, MAX_LIMIT, SyncError};
use crate::{
    directory::{cache::Snapshot, store::Entity},
    server::state::AppState,
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

pub async fn changes(State(state): State<AppState>, Query(params): Query<Params>) -> Response {
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
    match state.directory.get(&state.db).await {
        Ok(snapshot) => {
            let page = page(&snapshot, since, limit, params.vocabulary.as_deref());
            let mut response = Json(page).into_response();
            response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(e) => e.into_response(),
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
