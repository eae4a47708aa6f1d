//! Server side of directory sync: `GET /api/sync/v1/changes` (rules S1–S10 in
//! docs/SYNC-SPEC.md). Entity states come from the directory snapshot, and only changes the
//! snapshot includes are listed, so a page never claims a change it does not carry.

use axum::{
    Json,
    extract::{Query, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use serde::Deserialize;
use sqlx::SqlitePool;
use uuid::Uuid;

use super::protocol::{ChangesPage, DEFAULT_LIMIT, FORMAT, MAX_LIMIT, SyncError};
use crate::{directory::cache::Snapshot, error::AppError, server::state::AppState};

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
    let result = async {
        let snapshot = state.directory.get(&state.pool).await?;
        page(&state.pool, &snapshot, since, limit, params.vocabulary.as_deref()).await
    }
    .await;
    match result {
        Ok(page) => {
            let mut response = Json(page).into_response();
            response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(e) => e.into_response(),
    }
}

#[derive(sqlx::FromRow)]
struct Changed {
    entity: String,
    entity_id: String,
    seq: i64,
}

/// Builds the page of changes after `since` (S2–S8).
pub async fn page(
    pool: &SqlitePool,
    snapshot: &Snapshot,
    since: i64,
    limit: u32,
    client_vocabulary: Option<&str>,
) -> Result<ChangesPage, AppError> {
    let mut page = ChangesPage {
        format: FORMAT,
        since,
        cursor: since,
        more: false,
        remaining: 0,
        reset: false,
        organisations: vec![],
        services: vec![],
        deleted_organisations: vec![],
        deleted_services: vec![],
        vocabulary_version: snapshot.vocabulary_version.clone(),
        vocabulary: (client_vocabulary != Some(snapshot.vocabulary_version.as_str())).then(|| snapshot.vocabulary.clone()),
        demo: snapshot.demo,
    };
    if since > snapshot.seq {
        // S6: the client has seen changes this database never had.
        page.reset = true;
        page.cursor = 0;
        page.vocabulary = None;
        return Ok(page);
    }
    // Each entity once, at its latest change up to the snapshot (S4), oldest first (S2).
    let rows: Vec<Changed> = sqlx::query_as(
        "SELECT entity, entity_id, MAX(seq) AS seq FROM changes WHERE seq > ? AND seq <= ?
         GROUP BY entity, entity_id ORDER BY seq LIMIT ?",
    )
    .bind(since)
    .bind(snapshot.seq)
    .bind(i64::from(limit) + 1)
    .fetch_all(pool)
    .await?;
    page.more = rows.len() > limit as usize;
    let rows = &rows[..rows.len().min(limit as usize)];
    page.cursor = if page.more { rows.last().map_or(since, |r| r.seq) } else { snapshot.seq };
    if page.more {
        let remaining: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM (SELECT 1 FROM changes WHERE seq > ? AND seq <= ? GROUP BY entity, entity_id HAVING MAX(seq) > ?)",
        )
        .bind(since)
        .bind(snapshot.seq)
        .bind(page.cursor)
        .fetch_one(pool)
        .await?;
        page.remaining = remaining.max(0) as u64;
    }
    for row in rows {
        let Ok(id) = Uuid::parse_str(&row.entity_id) else { continue };
        match row.entity.as_str() {
            "service" => match snapshot.service(id) {
                Some(s) => page.services.push(s.clone()),
                None => page.deleted_services.push(id),
            },
            "organization" => match snapshot.organisation(id) {
                Some(o) => page.organisations.push(o.clone()),
                None => page.deleted_organisations.push(id),
            },
            _ => {}
        }
    }
    Ok(page)
}
