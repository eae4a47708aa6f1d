//! Server only: the referral endpoints. Thin: who is signed in, parse, call `store`, answer.
//!
//! - `POST /api/referrals/v1/push`: a batch of queued referrals (docs/SYNC-SPEC.md, R1–R7)
//! - `GET /api/referrals/v1/sent?since=&limit=`: receipts of the user's sent referrals
//! - `GET /api/referrals/v1/sent-list`: the same with names, for screens
//! - `GET /api/referrals/v1/inbox`: referrals received by the admin's organisation
//! - `GET /api/referrals/v1/referrals/{id}`: one referral, as far as the user may see it
//! - `POST /api/referrals/v1/referrals/{id}/status`: `{"action": "accept"}`, …
//! - `POST /api/referrals/v1/referrals/{id}/notes`: `{"body": "…"}`
//! - `GET /api/referrals/v1/figures`: anonymised counts (coordinators)

use axum::{
    Json,
    extract::{Path, Query, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use serde::Deserialize;
use uuid::Uuid;

use super::{
    model::{ReferralDraft, StatusChange},
    outbox::{MAX_BATCH, PushOutcome, PushRequest, PushResponse, PushResult},
    store::{self, Target},
};
use crate::{accounts::{session::CurrentUser, store::now_ms}, error::AppError, server::state::AppState};

fn no_store(mut response: Response) -> Response {
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn json<T: serde::Serialize>(value: T) -> Response {
    no_store(Json(value).into_response())
}

pub async fn push(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    body: Result<Json<PushRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, AppError> {
    if !user.role.may_refer() {
        return Err(AppError::Forbidden);
    }
    let Ok(Json(request)) = body else {
        return Err(AppError::BadRequest("referral-error-batch".into()));
    };
    if request.referrals.len() > MAX_BATCH {
        return Err(AppError::BadRequest("referral-error-batch".into()));
    }
    let snapshot = state.directory.get(&state.pool).await?;
    let now = now_ms();
    let mut results = Vec::with_capacity(request.referrals.len());
    for item in request.referrals {
        let id = item.get("id").and_then(|v| v.as_str()).and_then(|s| s.parse::<Uuid>().ok());
        let outcome = match serde_json::from_value::<ReferralDraft>(item) {
            Err(_) => PushOutcome::Malformed,
            Ok(draft) => {
                let target = snapshot.directory.service(draft.service_id).map(|s| Target {
                    name: s.name.clone(),
                    organisation_id: s.organisation_id,
                    accepts: s.accepts_referrals && s.status.listed(),
                });
                store::ingest(&state.pool, &user, draft, target, now).await?
            }
        };
        // Ids and outcomes only: never the content.
        tracing::info!(referral = ?id, outcome = outcome.http_status(), "referral pushed");
        results.push(PushResult::new(id, outcome));
    }
    Ok(json(PushResponse { results }))
}

#[derive(Deserialize)]
pub struct SentParams {
    since: Option<String>,
    limit: Option<String>,
}

pub async fn sent(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Query(params): Query<SentParams>,
) -> Result<Response, AppError> {
    let since = match params.since.as_deref().map(str::trim) {
        None | Some("") => 0,
        Some(s) => s.parse::<i64>().ok().filter(|n| *n >= 0).ok_or(AppError::BadRequest("error-bad-request".into()))?,
    };
    let limit = match params.limit.as_deref().map(str::trim) {
        None | Some("") => 200,
        Some(s) => s.parse::<u32>().ok().filter(|n| (1..=500).contains(n)).ok_or(AppError::BadRequest("error-bad-request".into()))?,
    };
    Ok(json(store::sent(&state.pool, &user, since, limit).await?))
}

pub async fn sent_list(State(state): State<AppState>, CurrentUser(user): CurrentUser) -> Result<Response, AppError> {
    Ok(json(store::sent_list(&state.pool, &user).await?))
}

pub async fn inbox(State(state): State<AppState>, CurrentUser(user): CurrentUser) -> Result<Response, AppError> {
    Ok(json(store::inbox(&state.pool, &user).await?))
}

fn referral_id(id: &str) -> Result<Uuid, AppError> {
    id.parse().map_err(|_| AppError::NotFound)
}

pub async fn detail(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    Ok(json(store::detail(&state.pool, &user, referral_id(&id)?).await?))
}

pub async fn change_status(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
    body: Result<Json<StatusChange>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, AppError> {
    let id = referral_id(&id)?;
    let Ok(Json(change)) = body else {
        return Err(AppError::BadRequest("referral-error-status-change".into()));
    };
    let status = store::change_status(&state.pool, &user, id, &change, now_ms()).await?;
    Ok(json(serde_json::json!({ "status": status })))
}

#[derive(Deserialize)]
pub struct NoteBody {
    body: String,
}

pub async fn add_note(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
    body: Result<Json<NoteBody>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, AppError> {
    let id = referral_id(&id)?;
    let Ok(Json(note)) = body else {
        return Err(AppError::BadRequest("referral-error-note".into()));
    };
    store::add_note(&state.pool, &user, id, &note.body, now_ms()).await?;
    Ok(no_store(StatusCode::CREATED.into_response()))
}

pub async fn figures(State(state): State<AppState>, CurrentUser(user): CurrentUser) -> Result<Response, AppError> {
    Ok(json(store::figures(&state.pool, &user).await?))
}
