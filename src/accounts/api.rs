//! The members pages' server functions (inviting, listing, removing): who is signed in (the
//! session), then `store`, which decides whether they may.
//!
//! - `POST /api/create-invitation` (urlencoded `role`: `worker` or `org-admin`):
//!   [`create_invitation`], a one-time link for a new member of the admin's organisation
//! - `POST /api/invitation-page`: [`invitation_page`], what `/members/invite` shows
//! - `GET /api/members`: [`members_page`], the organisation's members (`/members`)
//! - `POST /api/remove-member` (urlencoded `id`): [`remove_member`], a member's access taken away
//! - `POST /api/change-password` (urlencoded `current`, `new`, `confirm`): [`change_password`],
//!   the signed-in user's own password (`/account/password`)
//!
//! With JavaScript the link comes back as the function's answer. A plain form post (no
//! JavaScript) is answered by Leptos with a redirect back to the page, which drops the answer,
//! and a token must never be put in a URL (logs, history) nor kept raw anywhere on the server:
//! so for a plain form post the link is split in two (`session::keep_new_invitation`), half in
//! the admin's session and half in a short-lived cookie, and the page joins them, once.

use leptos::{prelude::*, server_fn::codec::GetUrl};

use super::model::{InvitationLink, MembersOverview};
use crate::error::AppError;

/// What the invitation page shows: a link just made by a plain form post, if any.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct InvitePageData {
    pub created: Option<InvitationLink>,
}

/// The page `/members/invite` (where a plain form post is sent back to).
pub const INVITE_PATH: &str = "/members/invite";

/// The server state, the session and its signed-in user, or `Unauthorised`. Answers to the
/// signed-in carry personal data or one-time links: they are never stored by the browser or
/// anything between (`Cache-Control: no-store`; during server rendering this applies to the
/// page itself).
#[cfg(feature = "ssr")]
pub(crate) async fn signed_in()
-> Result<(crate::server::state::AppState, tower_sessions::Session, super::store::User), AppError> {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(
            axum::http::header::CACHE_CONTROL,
            axum::http::HeaderValue::from_static("no-store"),
        );
    }
    let state = use_context::<crate::server::state::AppState>().ok_or(AppError::Internal)?;
    let session = leptos_axum::extract::<tower_sessions::Session>().await.map_err(|_| AppError::Internal)?;
    let user = super::session::current_user(&session, &state.db, state.config.session_idle).await?.ok_or(AppError::Unauthorised)?;
    Ok((state, session, user))
}

/// [`signed_in`], for organisation admins only (`Forbidden` for other roles).
#[cfg(feature = "ssr")]
async fn signed_in_admin()
-> Result<(crate::server::state::AppState, tower_sessions::Session, super::store::User), AppError> {
    let (state, session, user) = signed_in().await?;
    if user.role != super::model::Role::OrgAdmin {
        return Err(AppError::Forbidden);
    }
    Ok((state, session, user))
}

/// An invitation link for `token`: absolute when the request named this site's host.
#[cfg(feature = "ssr")]
pub(crate) async fn invitation_link(token: &str, expires_at_ms: i64, secure: bool) -> Result<InvitationLink, AppError> {
    let headers: axum::http::HeaderMap = leptos_axum::extract().await.map_err(|_| AppError::Internal)?;
    let path = format!("/invite/{token}");
    let link = match origin(&headers, secure) {
        Some(origin) => format!("{origin}{path}"),
        None => path,
    };
    Ok(InvitationLink { link, expires_at_ms })
}

/// `scheme://host` of this site, from the request's `Host` header (https when the server is
/// configured for it), or nothing when the header is missing or not a plain host name.
#[cfg(feature = "ssr")]
pub(crate) fn origin(headers: &axum::http::HeaderMap, https: bool) -> Option<String> {
    let host = headers.get(axum::http::header::HOST)?.to_str().ok()?;
    let plain = !host.is_empty()
        && host.len() <= 255
        && host.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'));
    plain.then(|| format!("{}://{host}", if https { "https" } else { "http" }))
}

/// Whether the request is a plain form post from a browser without JavaScript (Leptos's own
/// test: such a browser accepts HTML, the server function client asks for the encoding).
#[cfg(feature = "ssr")]
pub(crate) fn plain_form_post(headers: &axum::http::HeaderMap) -> bool {
    headers
        .get(axum::http::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// Makes a one-time invitation link to the signed-in admin's organisation, for a `role` of
/// `worker` or `org-admin`. It works once, for `INVITATION_DAYS` days.
#[server(prefix = "/api", endpoint = "create-invitation")]
pub async fn create_invitation(role: String) -> Result<InvitationLink, AppError> {
    use axum::http::{HeaderMap, HeaderValue, StatusCode, header};

    let (state, session, admin) = signed_in_admin().await?;
    let role = super::model::Role::from_code(role.trim()).ok_or(AppError::BadRequest("account-error-role".into()))?;
    let (token, expires_at_ms) = super::store::invite(&state.db, &admin, admin.organisation_id, role).await?;
    let headers: HeaderMap = leptos_axum::extract().await.map_err(|_| AppError::Internal)?;
    let invitation = invitation_link(&token, expires_at_ms, state.config.secure_cookies).await?;
    tracing::info!(by = %admin.id, "invitation made");
    if plain_form_post(&headers) {
        let cookie = super::session::keep_new_invitation(&session, &admin, &invitation, state.config.secure_cookies).await?;
        // Back to the page, whatever the Referer said (or if the browser sent none).
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(StatusCode::SEE_OTHER);
            response.insert_header(header::LOCATION, HeaderValue::from_static(INVITE_PATH));
            response.append_header(header::SET_COOKIE, cookie);
        }
    }
    Ok(invitation)
}

/// The members of the signed-in admin's organisation, and referrals that members whose access
/// was removed left unsent on a device, for `/members`.
#[server(prefix = "/api", endpoint = "members", input = GetUrl)]
pub async fn members_page() -> Result<MembersOverview, AppError> {
    let (state, _, admin) = signed_in().await?;
    let members = super::store::members(&state.db, &admin).await?;
    let unsent = super::store::unsent_of_removed(&state.db, &admin, super::store::now_ms()).await?;
    Ok(MembersOverview { members, unsent })
}

/// Takes the access of member `id` away (see `store::remove_member`).
#[server(prefix = "/api", endpoint = "remove-member")]
pub async fn remove_member(id: String) -> Result<(), AppError> {
    let (state, _, admin) = signed_in().await?;
    let member = id.trim().parse().map_err(|_| AppError::NotFound)?;
    super::store::remove_member(&state.db, &admin, member).await?;
    tracing::info!(by = %admin.id, member = %member, "member's access removed");
    Ok(())
}

/// What `/members/invite` shows the signed-in organisation admin. Takes the link a plain form
/// post just made out of the session, so it is shown once (a POST: it changes the session).
#[server(prefix = "/api", endpoint = "invitation-page")]
pub async fn invitation_page() -> Result<InvitePageData, AppError> {
    let (state, session, admin) = signed_in_admin().await?;
    let headers: axum::http::HeaderMap = leptos_axum::extract().await.map_err(|_| AppError::Internal)?;
    let (created, forget) = super::session::take_new_invitation(&session, &admin, &headers, state.config.secure_cookies).await?;
    if let (Some(cookie), Some(response)) = (forget, use_context::<leptos_axum::ResponseOptions>()) {
        response.append_header(axum::http::header::SET_COOKIE, cookie);
    }
    Ok(InvitePageData { created })
}

/// Changes the signed-in user's own password: `current` must be right, `new` long enough, not a
/// common password, and typed the same in `confirm`. Every other session of theirs ends; this
/// one carries on.
#[server(prefix = "/api", endpoint = "change-password")]
pub async fn change_password(current: String, new: String, confirm: String) -> Result<(), AppError> {
    let (state, session, user) = signed_in().await?;
    if new != confirm {
        return Err(AppError::BadRequest("account-error-password-mismatch".into()));
    }
    let changed = super::store::change_password(&state.db, &state.hashing, &user, &current, &new).await?;
    let who = super::session::sign_in(&session, &changed, state.config.session_idle).await?;
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        let (name, value) = super::session::who_cookie(&who, state.config.secure_cookies);
        response.append_header(name, value);
    }
    tracing::info!(user = %user.id, "password changed");
    Ok(())
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use axum::http::{HeaderMap, HeaderValue, header};

    use super::origin;

    fn host(value: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_static(value));
        headers
    }

    #[test]
    fn the_origin_comes_from_a_plain_host_header_only() {
        assert_eq!(origin(&host("signpost.example.org"), true).as_deref(), Some("https://signpost.example.org"));
        assert_eq!(origin(&host("127.0.0.1:3000"), false).as_deref(), Some("http://127.0.0.1:3000"));
        assert_eq!(origin(&host("[::1]:3000"), false).as_deref(), Some("http://[::1]:3000"));
        assert_eq!(origin(&host("evil.example/path?"), true), None);
        assert_eq!(origin(&host("a@b"), true), None);
        assert_eq!(origin(&HeaderMap::new(), true), None);
    }
}
