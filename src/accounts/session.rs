//! Server-side sessions: tower-sessions with a store over our own database (SQLite or
//! PostgreSQL; the published sqlx store is built on sqlx 0.8, and two sqlx versions cannot link
//! SQLite twice), and the [`CurrentUser`] extractor every protected handler takes. Sessions are
//! in the database, so a session made through one app server is valid on every other.
//!
//! The cookie carries only a random session id: HttpOnly, SameSite=Lax, Secure over https. A
//! session ends after [`IDLE`] without activity, [`ABSOLUTE`] after sign-in whatever happens,
//! at sign-out, and when the user's password is reset (the session epoch moves on).

use std::time::Duration;

use async_trait::async_trait;
use axum::{extract::FromRequestParts, http::request::Parts};
use tower_sessions::{
    Expiry, Session, SessionManagerLayer, SessionStore,
    cookie::SameSite,
    session::{Id, Record},
    session_store,
};

use super::{
    model::InvitationLink,
    store::{self, User, now_ms},
    who::Who,
};
use crate::{error::AppError, on_db, server::{db::Db, state::AppState}};

pub const COOKIE: &str = "signpost-session";
/// A session ends this long after sign-in, however active (it also ends after the configured
/// idle time, `SIGNPOST_SESSION_IDLE_SECONDS`).
pub const ABSOLUTE: Duration = Duration::from_secs(super::who::ABSOLUTE_SECS);
/// Activity is written back at most this often (and at least four times per idle period).
const TOUCH_EVERY_MS: i64 = 60 * 1000;

const KEY_USER: &str = "user";
const KEY_EPOCH: &str = "epoch";
const KEY_SIGNED_IN: &str = "signed_in_ms";
const KEY_TOUCHED: &str = "touched_ms";
const KEY_NEW_INVITATION: &str = "new_invitation";
/// The account the session names as it is when the session is read: `load` reads it in the
/// same query as the session, so a signed-in request costs one trip to the database, not two.
/// It lasts the request: it is never written to the database ([`encode`] leaves it out).
const KEY_ACCOUNT: &str = "account";

#[derive(Clone, Debug)]
pub struct DbSessionStore {
    db: Db,
}

impl DbSessionStore {
    pub fn new(db: Db) -> Self {
        Self { db }
    }

    /// Deletes sessions past their expiry (the daily task).
    pub async fn delete_expired(&self) -> Result<u64, sqlx::Error> {
        Ok(on_db!(&self.db, pool => sqlx::query("DELETE FROM sessions WHERE expiry_date < $1")
            .bind(time::OffsetDateTime::now_utc().unix_timestamp())
            .execute(pool).await.map(|r| r.rows_affected()))?)
    }
}

const INSERT_NEW: &str = "INSERT INTO sessions (id, data, expiry_date) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING";
const UPSERT: &str = "INSERT INTO sessions (id, data, expiry_date) VALUES ($1, $2, $3)
    ON CONFLICT (id) DO UPDATE SET data = excluded.data, expiry_date = excluded.expiry_date";

impl DbSessionStore {
    /// Writes a record with `INSERT_NEW` or `UPSERT`; true if a row was written.
    async fn write(&self, sql: &'static str, record: &Record) -> session_store::Result<bool> {
        let written = on_db!(&self.db, pool => sqlx::query(sql)
            .bind(record.id.to_string())
            .bind(encode(record)?)
            .bind(record.expiry_date.unix_timestamp())
            .execute(pool).await.map(|r| r.rows_affected()))
            .map_err(backend)?;
        Ok(written == 1)
    }
}

/// Marks a store error that means the database could not be reached (the store's error type
/// carries only text), so a request fails with 503 rather than 500.
const UNAVAILABLE: &str = "database unavailable: ";

fn backend(e: sqlx::Error) -> session_store::Error {
    let prefix = if crate::server::db::unavailable(&e) { UNAVAILABLE } else { "" };
    session_store::Error::Backend(format!("{prefix}{e}"))
}

/// The record's data as stored: all but the request-long copy of the account ([`KEY_ACCOUNT`]).
fn encode(record: &Record) -> session_store::Result<String> {
    let kept: std::collections::BTreeMap<&String, &serde_json::Value> =
        record.data.iter().filter(|(key, _)| key.as_str() != KEY_ACCOUNT).collect();
    serde_json::to_string(&kept).map_err(|e| session_store::Error::Encode(e.to_string()))
}

/// A live session and the account it names, if that account exists and is not disabled.
const LOAD_SQLITE: &str = "SELECT s.data, s.expiry_date, u.id, u.email, u.role, u.organization_id, u.session_epoch
    FROM sessions s LEFT JOIN users u ON u.id = json_extract(s.data, '$.user') AND u.disabled_at IS NULL
    WHERE s.id = $1 AND s.expiry_date > $2";
const LOAD_POSTGRES: &str = "SELECT s.data, s.expiry_date, u.id, u.email, u.role, u.organization_id, u.session_epoch
    FROM sessions s LEFT JOIN users u ON u.id = s.data::json ->> 'user' AND u.disabled_at IS NULL
    WHERE s.id = $1 AND s.expiry_date > $2";

#[derive(sqlx::FromRow)]
struct SessionRow {
    data: String,
    expiry_date: i64,
    id: Option<String>,
    email: Option<String>,
    role: Option<String>,
    organization_id: Option<String>,
    session_epoch: Option<i64>,
}

impl SessionRow {
    fn account(&self) -> Option<User> {
        let (Some(id), Some(email), Some(role), Some(organisation), Some(epoch)) =
            (&self.id, &self.email, &self.role, &self.organization_id, self.session_epoch)
        else {
            return None;
        };
        store::user_of(id, email, role, organisation, epoch)
    }
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        // A fresh random id until one is free (a collision of 128-bit ids is not expected).
        while !self.write(INSERT_NEW, record).await? {
            record.id = Id::default();
        }
        Ok(())
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        self.write(UPSERT, record).await.map(|_| ())
    }

    /// The session, with the account it names as it is now ([`KEY_ACCOUNT`]), in one query.
    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let row: Option<SessionRow> = on_db!(&self.db, pool => sqlx::query_as(self.db.pick(LOAD_SQLITE, LOAD_POSTGRES))
            .bind(id.to_string())
            .bind(time::OffsetDateTime::now_utc().unix_timestamp())
            .fetch_optional(pool).await)
            .map_err(backend)?;
        let Some(row) = row else { return Ok(None) };
        let decode = |e: &dyn std::fmt::Display| session_store::Error::Decode(e.to_string());
        let mut data: std::collections::HashMap<String, serde_json::Value> = serde_json::from_str(&row.data).map_err(|e| decode(&e))?;
        data.remove(KEY_ACCOUNT);
        if let Some(account) = row.account() {
            data.insert(KEY_ACCOUNT.to_string(), serde_json::to_value(account).map_err(|e| decode(&e))?);
        }
        Ok(Some(Record {
            id: *id,
            data,
            expiry_date: time::OffsetDateTime::from_unix_timestamp(row.expiry_date).map_err(|e| decode(&e))?,
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        on_db!(&self.db, pool => sqlx::query("DELETE FROM sessions WHERE id = $1").bind(id.to_string()).execute(pool).await.map(|r| r.rows_affected())).map_err(backend)?;
        Ok(())
    }
}

/// The session middleware: sessions end after `idle` without activity.
pub fn layer(db: Db, secure: bool, idle: Duration) -> SessionManagerLayer<DbSessionStore> {
    SessionManagerLayer::new(DbSessionStore::new(db))
        .with_name(COOKIE)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(secure)
        .with_path("/")
        .with_expiry(Expiry::OnInactivity(time::Duration::seconds(idle.as_secs() as i64)))
}

fn session_error(e: tower_sessions::session::Error) -> AppError {
    if let tower_sessions::session::Error::Store(session_store::Error::Backend(message)) = &e
        && message.starts_with(UNAVAILABLE)
    {
        tracing::warn!(error = %e, "session store");
        return AppError::Unavailable;
    }
    tracing::error!(error = %e, "session store");
    AppError::Internal
}

/// Signs the user in: a new session id (no fixation), then who they are and when. Returns what
/// the phone is told of it (the `signpost-who` cookie, [`who_cookie`]).
pub async fn sign_in(session: &Session, user: &User, idle: Duration) -> Result<Who, AppError> {
    session.cycle_id().await.map_err(session_error)?;
    let now = now_ms();
    session.insert(KEY_USER, user.id).await.map_err(session_error)?;
    session.insert(KEY_EPOCH, user.session_epoch).await.map_err(session_error)?;
    session.insert(KEY_SIGNED_IN, now).await.map_err(session_error)?;
    session.insert(KEY_TOUCHED, now).await.map_err(session_error)?;
    session.insert(KEY_ACCOUNT, user).await.map_err(session_error)?;
    Ok(Who { user: user.id, signed_in_at_ms: now, idle_secs: idle.as_secs() })
}

/// The `Set-Cookie` header telling the phone who signed in (see `who.rs`).
pub fn who_cookie(who: &Who, secure: bool) -> (axum::http::HeaderName, axum::http::HeaderValue) {
    let value = who.cookie(now_ms(), secure);
    (axum::http::header::SET_COOKIE, axum::http::HeaderValue::from_str(&value).expect("a cookie of ids and digits"))
}

/// The `Set-Cookie` header telling the phone nobody is signed in.
pub fn forget_who_cookie(secure: bool) -> (axum::http::HeaderName, axum::http::HeaderValue) {
    (axum::http::header::SET_COOKIE, axum::http::HeaderValue::from_str(&super::who::forget_cookie(secure)).expect("a plain cookie"))
}

pub async fn sign_out(session: &Session) -> Result<(), AppError> {
    session.flush().await.map_err(session_error)
}

/// The cookie that carries half of an invitation link made by a plain form post.
const NEW_INVITATION_COOKIE: &str = "signpost-new-invitation";
/// How long the page has to show it.
const NEW_INVITATION_SECS: u64 = 300;

/// Keeps an invitation link just made by a plain form post (no JavaScript) for the page the
/// browser is sent back to, which shows it once ([`take_new_invitation`]). The link never
/// travels in a URL (logs, history) and is never kept whole: a one-time pad of random bytes goes
/// in the session (the database), the link XOR the pad in a short-lived HttpOnly cookie. Either
/// half alone says nothing. Returns the `Set-Cookie` value.
pub async fn keep_new_invitation(session: &Session, user: &User, link: &InvitationLink, secure: bool) -> Result<axum::http::HeaderValue, AppError> {
    let mut pad = vec![0u8; link.link.len()];
    getrandom::fill(&mut pad).map_err(|_| AppError::Internal)?;
    let sealed: Vec<u8> = link.link.bytes().zip(&pad).map(|(a, b)| a ^ b).collect();
    session.insert(KEY_NEW_INVITATION, (user.id, link.expires_at_ms, store::hex(&pad))).await.map_err(session_error)?;
    let cookie = format!(
        "{NEW_INVITATION_COOKIE}={}; Path=/; Max-Age={NEW_INVITATION_SECS}; HttpOnly; SameSite=Strict{}",
        store::hex(&sealed),
        if secure { "; Secure" } else { "" }
    );
    axum::http::HeaderValue::from_str(&cookie).map_err(|_| AppError::Internal)
}

/// The invitation link kept by [`keep_new_invitation`] for this user, joined from its halves
/// and removed from both; with the `Set-Cookie` value that removes the cookie, if it was sent.
pub async fn take_new_invitation(
    session: &Session,
    user: &User,
    headers: &axum::http::HeaderMap,
    secure: bool,
) -> Result<(Option<InvitationLink>, Option<axum::http::HeaderValue>), AppError> {
    let kept: Option<(uuid::Uuid, i64, String)> = session.remove(KEY_NEW_INVITATION).await.map_err(session_error)?;
    let sealed = headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| crate::cookie::value(v, NEW_INVITATION_COOKIE))
        .and_then(unhex);
    let forget = sealed.is_some().then(|| {
        let cookie = format!("{NEW_INVITATION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict{}", if secure { "; Secure" } else { "" });
        axum::http::HeaderValue::from_str(&cookie).expect("a plain cookie")
    });
    let link = match (kept, sealed) {
        (Some((by, expires_at_ms, pad)), Some(sealed)) if by == user.id => unhex(&pad)
            .filter(|pad| pad.len() == sealed.len())
            .and_then(|pad| String::from_utf8(sealed.iter().zip(&pad).map(|(a, b)| a ^ b).collect()).ok())
            .map(|link| InvitationLink { link, expires_at_ms }),
        _ => None,
    };
    Ok((link, forget))
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    (s.len() % 2 == 0)
        .then(|| (0..s.len()).step_by(2).map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok()).collect::<Option<Vec<u8>>>())
        .flatten()
}

/// The signed-in user, for handlers that need one. Refuses with 401 when there is no session,
/// it has passed its absolute limit, or the password was reset since.
pub struct CurrentUser(pub User);

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let session = Session::from_request_parts(parts, state).await.map_err(|_| AppError::Internal)?;
        current_user(&session, &state.db, state.config.session_idle).await?.map(CurrentUser).ok_or(AppError::Unauthorised)
    }
}

/// The session's user, if the session is still good; ends it if not. Activity keeps it going
/// for another `idle` period.
pub async fn current_user(session: &Session, db: &Db, idle: Duration) -> Result<Option<User>, AppError> {
    let Some(id) = session.get::<uuid::Uuid>(KEY_USER).await.map_err(session_error)? else {
        return Ok(None);
    };
    let epoch: i64 = session.get(KEY_EPOCH).await.map_err(session_error)?.unwrap_or(-1);
    let signed_in: i64 = session.get(KEY_SIGNED_IN).await.map_err(session_error)?.unwrap_or(0);
    let touched: i64 = session.get(KEY_TOUCHED).await.map_err(session_error)?.unwrap_or(0);
    let now = now_ms();
    // The account as read with the session (or as signed in during this request); read on its
    // own only if the session named no account when it was read.
    let user = match session.get::<User>(KEY_ACCOUNT).await.map_err(session_error)? {
        Some(account) if account.id == id => Some(account),
        _ => store::user(db, id).await?,
    };
    match user {
        Some(user) if user.session_epoch == epoch && now - signed_in < ABSOLUTE.as_millis() as i64 => {
            if now - touched >= TOUCH_EVERY_MS.min(idle.as_millis() as i64 / 4) {
                // Modifying the session saves it with a new inactivity expiry.
                session.insert(KEY_TOUCHED, now).await.map_err(session_error)?;
            }
            Ok(Some(user))
        }
        _ => {
            sign_out(session).await?;
            Ok(None)
        }
    }
}
