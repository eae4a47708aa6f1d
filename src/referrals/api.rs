//! The inbox's server functions: who is signed in (the session), then the plain functions in
//! `store`, which decide what that user may see and do. Reads are GETs like the directory's;
//! the two changes are POSTs of a urlencoded form, so the pages' forms work without JavaScript
//! (a plain form post is answered with a redirect back to the page, see `ui.rs`). These are the
//! only way to read and act on the inbox: there is no second API for the same operations.
//!
//! - `GET /api/inbox?page=`: [`inbox_page`]
//! - `GET /api/inbox-referral?id=`: [`referral_page`]
//! - `POST /api/inbox-status` (`id`, `action`, `reason`, `outcome`): [`change_referral_status`]
//! - `POST /api/inbox-note` (`id`, `body`): [`add_referral_note`]

use leptos::{prelude::*, server_fn::codec::GetUrl};

use super::view::{Detail, Inbox};
use crate::error::AppError;

/// The server state and the signed-in user, or `Unauthorised` (answers are never stored, see
/// [`crate::accounts::api::signed_in`]).
#[cfg(feature = "ssr")]
async fn signed_in() -> Result<(crate::server::state::AppState, crate::accounts::store::User), AppError> {
    let (state, _, user) = crate::accounts::api::signed_in().await?;
    Ok((state, user))
}

/// A referral id from a URL or form: anything else is simply not found.
#[cfg(feature = "ssr")]
fn referral_id(id: &str) -> Result<uuid::Uuid, AppError> {
    id.trim().parse().map_err(|_| AppError::NotFound)
}

/// One page (1-based; past the end, the last) of the referrals received by the signed-in
/// organisation admin's services, newest first.
#[server(prefix = "/api", endpoint = "inbox", input = GetUrl)]
pub async fn inbox_page(page: Option<u32>) -> Result<Inbox, AppError> {
    let (state, user) = signed_in().await?;
    let retention = state.config.retention_days();
    super::store::inbox(&state.db, &user, page.unwrap_or(1), retention, crate::accounts::store::now_ms()).await
}

/// One referral, as far as the signed-in user may see it.
#[server(prefix = "/api", endpoint = "inbox-referral", input = GetUrl)]
pub async fn referral_page(id: String) -> Result<Detail, AppError> {
    let (state, user) = signed_in().await?;
    super::store::detail(&state.db, &user, referral_id(&id)?, state.config.retention_days()).await
}

/// Moves a received referral on: `action` is `seen`, `accept`, `decline` (with a `reason`) or
/// `close` (with an `outcome` code).
#[server(prefix = "/api", endpoint = "inbox-status")]
pub async fn change_referral_status(
    id: String,
    action: String,
    reason: Option<String>,
    outcome: Option<String>,
) -> Result<(), AppError> {
    use super::model::{Outcome, StatusChange};
    let (state, user) = signed_in().await?;
    let id = referral_id(&id)?;
    let change = match action.as_str() {
        "seen" => StatusChange::Seen,
        "accept" => StatusChange::Accept,
        "decline" => StatusChange::Decline { reason: reason.unwrap_or_default() },
        "close" => {
            let outcome = outcome.as_deref().and_then(Outcome::from_code);
            StatusChange::Close { outcome: outcome.ok_or(AppError::BadRequest("inbox-error-outcome".into()))? }
        }
        _ => return Err(AppError::BadRequest("referral-error-status-change".into())),
    };
    super::store::change_status(&state.db, &user, id, &change, crate::accounts::store::now_ms()).await?;
    Ok(())
}

/// Adds a note to a received referral (seen by the receiving organisation only).
#[server(prefix = "/api", endpoint = "inbox-note")]
pub async fn add_referral_note(id: String, body: String) -> Result<(), AppError> {
    let (state, user) = signed_in().await?;
    super::store::add_note(&state.db, &user, referral_id(&id)?, &body, crate::accounts::store::now_ms()).await
}
