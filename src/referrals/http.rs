//! Server only: the phone's referral protocol (docs/SYNC-SPEC.md, R1–R15). Thin: who is signed
//! in, parse, call `store`, answer. (The inbox's reads and actions are server functions, in
//! `api.rs`: one way to do each thing.)
//!
//! - `POST /api/referrals/v1/push`: a batch of queued referrals, all by the signed-in author
//! - `GET /api/referrals/v1/sent?since=&limit=&author=`: receipts of the user's own referrals
//! - `POST /api/referrals/v1/waiting`: how many referrals wait on a phone, per author (R14)
//! - `GET /api/referrals/v1/figures`: anonymised counts (coordinators)

use axum::{
    Json,
    extract::{Query, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use serde::Deserialize;
use uuid::Uuid;

use super::{
    model::ReferralDraft,
    outbox::{MAX_BATCH, PushOutcome, PushRequest, PushResponse, PushResult, WaitingReport},
    store,
};
use crate::{
    accounts::{session::CurrentUser, store::now_ms},
    error::AppError,
    server::{client::ClientIp, state::AppState},
};

fn no_store(mut response: Response) -> Response {
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn json<T: serde::Serialize>(value: T) -> Response {
    no_store(Json(value).into_response())
}

/// Too many requests: try again after `wait`.
fn slow_down(wait: std::time::Duration) -> Response {
    let secs = wait.as_secs().max(1).to_string();
    let mut response = (StatusCode::TOO_MANY_REQUESTS, "error-busy").into_response();
    if let Ok(v) = HeaderValue::from_str(&secs) {
        response.headers_mut().insert(header::RETRY_AFTER, v);
    }
    response
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
    // R13: the phone sends a batch for the author it was made by; another user's session never
    // sends it as theirs.
    if request.author.is_some_and(|author| author != user.id) {
        tracing::info!(user = %user.id, "push refused: the referrals belong to someone else");
        return Err(AppError::Forbidden);
    }
    if let Err(not_until) = state.limits.pushes.check_key(&user.id) {
        let wait = not_until.wait_time_from(governor::clock::Clock::now(&governor::clock::DefaultClock::default()));
        return Ok(slow_down(wait));
    }
    let now = now_ms();
    let one = |item: serde_json::Value| {
        let (state, user) = (&state, &user);
        async move {
            let id = id_of(&item);
            let outcome = match serde_json::from_value::<ReferralDraft>(item) {
                Err(_) => PushOutcome::Malformed,
                Ok(draft) => {
                    // One item the database fails on is answered on its own ("try again"); the
                    // rest of the batch goes on (R15).
                    match store::ingest(&state.intake, user, draft, now).await {
                        Ok(outcome) => outcome,
                        Err(AppError::Internal) => PushOutcome::Unavailable,
                        Err(e) => return Err(e),
                    }
                }
            };
            // Ids and outcomes only: never the content.
            tracing::info!(referral = ?id, outcome = outcome.http_status(), "referral pushed");
            Ok(PushResult::new(id, outcome))
        }
    };
    // The batch's referrals go in together, so they share one commit (R2); an id sent twice
    // in a batch goes in after the first, and is answered as the repeat it is.
    let mut seen = std::collections::HashSet::new();
    let (first, again): (Vec<_>, Vec<_>) =
        request.referrals.into_iter().enumerate().partition(|(_, item)| seen.insert(id_of(item)));
    let mut results = Vec::with_capacity(first.len() + again.len());
    for part in [first, again] {
        let (places, items): (Vec<usize>, Vec<_>) = part.into_iter().unzip();
        let answers = futures::future::join_all(items.into_iter().map(one)).await;
        results.extend(places.into_iter().zip(answers));
    }
    results.sort_by_key(|(place, _)| *place);
    let results = results.into_iter().map(|(_, answer)| answer).collect::<Result<Vec<_>, _>>()?;
    Ok(json(PushResponse { results }))
}

/// The id a pushed item says it has, if it says one.
fn id_of(item: &serde_json::Value) -> Option<Uuid> {
    item.get("id").and_then(|v| v.as_str()).and_then(|s| s.parse::<Uuid>().ok())
}

#[derive(Deserialize)]
pub struct SentParams {
    since: Option<String>,
    limit: Option<String>,
    author: Option<String>,
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
    // R13: receipts go to the phone for the author it asks about, only if that is who is signed in.
    if let Some(author) = params.author.as_deref().filter(|a| !a.trim().is_empty()) {
        if author.trim().parse::<Uuid>().ok() != Some(user.id) {
            return Err(AppError::Forbidden);
        }
    }
    Ok(json(store::sent(&state.db, &user, since, limit).await?))
}

/// R14: a phone's report of what waits on it. No session needed (a removed member's phone
/// still reports); counts only; limited per client.
pub async fn waiting(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    body: Result<Json<WaitingReport>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, AppError> {
    let Ok(Json(report)) = body else {
        return Err(AppError::BadRequest("error-bad-request".into()));
    };
    if let Err(not_until) = state.limits.reports.check_key(&client) {
        let wait = not_until.wait_time_from(governor::clock::Clock::now(&governor::clock::DefaultClock::default()));
        return Ok(slow_down(wait));
    }
    crate::accounts::store::record_waiting(&state.db, &report, now_ms()).await?;
    Ok(no_store(StatusCode::NO_CONTENT.into_response()))
}

pub async fn figures(State(state): State<AppState>, CurrentUser(user): CurrentUser) -> Result<Response, AppError> {
    Ok(json(store::figures(&state.db, &user).await?))
}
