//! Server only: signing in and out (plain form posts, so they work without JavaScript), who is
//! signed in, and accepting an invitation.
//!
//! - `POST /login` (form: email, password, next) → 303 to `next`, or back to `/login?error=…`
//! - `POST /logout` → 303 to `/`
//! - `GET /api/accounts/v1/me` → the signed-in user, or 401
//! - `POST /invite/{token}` (form: email, password) → creates the account, signs in, 303 to `/`;
//!   refused (link expired or used, password too short or too common, email taken…) → 303 back
//!   to `/invite/{token}?error=<message id>`, which the page (`invite_page.rs`) shows
//!
//! Making invitations is the members pages' server function (`api.rs`), the only way to do it.
//!
//! Sign-in limits (`store.rs`): each attempt first takes its account's turn, so guesses at one
//! account are checked one at a time and, after five failures, ever more slowly (never a
//! lockout); and each client address may have 30 failed or pending attempts in 15 minutes,
//! counted before the password is checked. Hashing itself runs a few at a time.

use axum::{
    Form, Json,
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;
use tower_sessions::Session;

use super::{
    model::Me,
    session::{self, CurrentUser},
    store::{self, now_ms},
};
use crate::{
    error::AppError,
    redirect::{query_value, safe_next},
    server::{client::ClientIp, state::AppState},
};

/// Failed (or pending) sign-ins allowed per client address in [`WINDOW_MS`].
pub const MAX_ATTEMPTS_PER_CLIENT: i64 = 30;
pub const WINDOW_MS: i64 = 15 * 60 * 1000;

#[derive(Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
    #[serde(default)]
    next: String,
}

fn back_to_login(error: &str, next: &str) -> Response {
    Redirect::to(&format!("/login?error={error}&next={}", query_value(next))).into_response()
}

pub async fn login(
    State(state): State<AppState>,
    session: Session,
    ClientIp(client): ClientIp,
    Form(form): Form<LoginForm>,
) -> Result<Response, AppError> {
    let next = safe_next(&form.next);
    let now = now_ms();
    let account = store::failure_key("email", &form.email);
    let client_key = store::failure_key("client", &client.to_string());
    let Some(attempt) = store::count_client_attempt(&state.db, &client_key, now - WINDOW_MS, now, MAX_ATTEMPTS_PER_CLIENT).await? else {
        tracing::info!("sign-in refused: too many attempts from one client");
        return Ok(back_to_login("limited", &next));
    };
    if !store::claim_attempt(&state.db, &account, now).await? {
        store::forget_attempt(&state.db, attempt).await?;
        tracing::info!("sign-in refused: the account's attempts are slowed");
        return Ok(back_to_login("limited", &next));
    }
    let checked = store::check_login(&state.db, &state.hashing, &form.email, &form.password).await;
    let user = match checked {
        Ok(user) => user,
        Err(AppError::Busy) => {
            // Not checked: neither counts as a failure.
            store::forget_attempt(&state.db, attempt).await?;
            store::release_attempt(&state.db, &account).await?;
            tracing::warn!("sign-in refused: password checks are queued up");
            return Ok(back_to_login("busy", &next));
        }
        Err(e) => return Err(e),
    };
    match user {
        Some(user) => {
            let who = session::sign_in(&session, &user, state.config.session_idle).await?;
            store::attempt_succeeded(&state.db, &account).await?;
            store::forget_attempt(&state.db, attempt).await?;
            tracing::info!(user = %user.id, "signed in");
            Ok(([session::who_cookie(&who, state.config.secure_cookies)], Redirect::to(&next)).into_response())
        }
        None => {
            store::attempt_failed(&state.db, &account, now_ms()).await?;
            tracing::info!("sign-in failed");
            Ok(back_to_login("invalid", &next))
        }
    }
}

pub async fn logout(State(state): State<AppState>, session: Session) -> Result<Response, AppError> {
    session::sign_out(&session).await?;
    Ok(([session::forget_who_cookie(state.config.secure_cookies)], Redirect::to("/")).into_response())
}

pub async fn me(CurrentUser(user): CurrentUser) -> Json<Me> {
    Json(Me { id: user.id, email: user.email, role: user.role, organisation_id: user.organisation_id })
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
    let user = match store::accept_invitation(&state.db, &state.hashing, &token, &form.email, &form.password).await {
        Ok(user) => user,
        // Back to the form, with the reason (a message id, never what was typed).
        Err(AppError::BadRequest(id)) => {
            tracing::info!("invitation refused");
            return Ok(Redirect::to(&format!("/invite/{}?error={}", query_value(&token), query_value(&id))).into_response());
        }
        Err(e) => return Err(e),
    };
    let who = session::sign_in(&session, &user, state.config.session_idle).await?;
    tracing::info!(user = %user.id, "invitation accepted");
    Ok(([session::who_cookie(&who, state.config.secure_cookies)], Redirect::to("/")).into_response())
}
