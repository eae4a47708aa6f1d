//! Server only: signing in and out (plain form posts, so they work without JavaScript), who is
//! signed in, and invitations.
//!
//! - `POST /login` (form: email, password, next) → 303 to `next`, or back to `/login?error=…`
//! - `POST /logout` → 303 to `/`
//! - `GET /api/accounts/v1/me` → the signed-in user, or 401
//! - `POST /api/accounts/v1/invitations` (JSON `{ "role": "worker" }`, organisation admins) →
//!   a one-time link to copy
//! - `POST /invite/{token}` (form: email, password) → creates the account, signs in, 303 to `/`;
//!   refused (link expired or used, password too short, email taken…) → 303 back to
//!   `/invite/{token}?error=<message id>`, which the page (`invite_page.rs`) shows

use std::net::SocketAddr;

use axum::{
    Extension, Form, Json,
    extract::{ConnectInfo, Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use super::{
    model::{Me, Role},
    session::{self, CurrentUser},
    store::{self, now_ms},
};
use crate::{error::AppError, server::{safe_next, state::AppState}};

/// Failed sign-ins allowed per email address in [`WINDOW_MS`].
pub const MAX_FAILURES_PER_EMAIL: i64 = 5;
/// Failed sign-ins allowed per client address in [`WINDOW_MS`].
pub const MAX_FAILURES_PER_CLIENT: i64 = 30;
pub const WINDOW_MS: i64 = 15 * 60 * 1000;

#[derive(Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
    #[serde(default)]
    next: String,
}

fn back_to_login(error: &str, next: &str) -> Response {
    let next: String = url_encode(next);
    Redirect::to(&format!("/login?error={error}&next={next}")).into_response()
}

/// Percent-encodes everything but unreserved characters.
fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub async fn login(
    State(state): State<AppState>,
    session: Session,
    client: Option<Extension<ConnectInfo<SocketAddr>>>,
    Form(form): Form<LoginForm>,
) -> Result<Response, AppError> {
    let next = safe_next(&form.next).to_string();
    let email_key = store::failure_key("email", &form.email);
    let client_key = store::failure_key("client", &client.map(|c| c.0.0.ip().to_string()).unwrap_or_default());
    let since = now_ms() - WINDOW_MS;
    if store::failures_since(&state.pool, &email_key, since).await? >= MAX_FAILURES_PER_EMAIL
        || store::failures_since(&state.pool, &client_key, since).await? >= MAX_FAILURES_PER_CLIENT
    {
        tracing::info!("sign-in refused: too many failures");
        return Ok(back_to_login("limited", &next));
    }
    match store::check_login(&state.pool, &form.email, &form.password).await? {
        Some(user) => {
            session::sign_in(&session, &user).await?;
            store::clear_failures(&state.pool, &email_key).await?;
            tracing::info!(user = %user.id, "signed in");
            Ok(Redirect::to(&next).into_response())
        }
        None => {
            store::record_failure(&state.pool, &[&email_key, &client_key], now_ms()).await?;
            tracing::info!("sign-in failed");
            Ok(back_to_login("invalid", &next))
        }
    }
}

pub async fn logout(session: Session) -> Result<Response, AppError> {
    session::sign_out(&session).await?;
    Ok(Redirect::to("/").into_response())
}

pub async fn me(CurrentUser(user): CurrentUser) -> Json<Me> {
    Json(Me { id: user.id, email: user.email, role: user.role, organisation_id: user.organisation_id })
}

#[derive(Deserialize)]
pub struct InvitationRequest {
    role: Role,
}

#[derive(Serialize)]
pub struct Invitation {
    /// The path to give the new member (shown once; only a hash is kept).
    pub path: String,
    pub expires_at_ms: i64,
}

pub async fn invite(
    State(state): State<AppState>,
    CurrentUser(admin): CurrentUser,
    Json(request): Json<InvitationRequest>,
) -> Result<Response, AppError> {
    let (token, expires_at_ms) = store::invite(&state.pool, &admin, request.role).await?;
    tracing::info!(by = %admin.id, "invitation made");
    Ok((StatusCode::CREATED, Json(Invitation { path: format!("/invite/{token}"), expires_at_ms })).into_response())
}

#[derive(Deserialize)]
pub struct AcceptForm {
    email: String,
    password: String,
}

pub async fn accept_invitation(
    State(state): State<AppState>,
    session: Session,
    Path(token): Path<String>,
    Form(form): Form<AcceptForm>,
) -> Result<Response, AppError> {
    let user = match store::accept_invitation(&state.pool, &token, &form.email, &form.password).await {
        Ok(user) => user,
        // Back to the form, with the reason (a message id, never what was typed).
        Err(AppError::BadRequest(id)) => {
            tracing::info!("invitation refused");
            return Ok(Redirect::to(&format!("/invite/{}?error={}", url_encode(&token), url_encode(&id))).into_response());
        }
        Err(e) => return Err(e),
    };
    session::sign_in(&session, &user).await?;
    tracing::info!(user = %user.id, "invitation accepted");
    Ok(Redirect::to("/").into_response())
}

#[cfg(test)]
mod tests {
    #[test]
    fn next_is_encoded_into_the_login_address() {
        assert_eq!(super::url_encode("/services/1?a=b&c"), "/services/1%3Fa%3Db%26c");
    }
}
