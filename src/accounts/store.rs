//! Server only: users, password hashes, sign-in rate limits and invitations in the database.

use argon2::{
    Argon2, PasswordHash, PasswordVerifier,
    password_hash::{PasswordHasher, SaltString},
};
use sha2::{Digest, Sha256};
use sqlx::{AssertSqlSafe, SqlitePool};
use uuid::Uuid;

use super::model::{Member, Role};
use crate::error::AppError;

/// A user as the server knows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct User {
    pub id: Uuid,
    pub email: String,
    pub role: Role,
    pub organisation_id: Uuid,
    pub session_epoch: i64,
}

#[derive(sqlx::FromRow)]
struct UserRow {
    id: String,
    email: String,
    role: String,
    organization_id: String,
    session_epoch: i64,
    password_hash: String,
}

impl UserRow {
    fn user(&self) -> Option<User> {
        Some(User {
            id: self.id.parse().ok()?,
            email: self.email.clone(),
            role: Role::from_code(&self.role)?,
            organisation_id: self.organization_id.parse().ok()?,
            session_epoch: self.session_epoch,
        })
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AccountError {
    #[error("an account with that email already exists")]
    EmailTaken,
    #[error("no organisation matches {0:?}")]
    NoSuchOrganisation(String),
    #[error("no account has that email")]
    NoSuchUser,
    #[error("{0}")]
    Rejected(&'static str),
    #[error("database: {0}")]
    Database(String),
}

impl From<sqlx::Error> for AccountError {
    fn from(e: sqlx::Error) -> Self {
        AccountError::Database(e.to_string())
    }
}

pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// An argon2id hash (PHC string, default OWASP parameters: 19 MiB, 2 passes).
pub fn hash_password(password: &str) -> String {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).expect("the operating system provides random bytes");
    let salt = SaltString::encode_b64(&salt).expect("16 bytes make a valid salt");
    Argon2::default().hash_password(password.as_bytes(), &salt).expect("argon2 accepts any password").to_string()
}

pub fn verify_password(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
}

/// A hash checked when no account matches, so a wrong email takes as long as a wrong password.
pub fn dummy_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| hash_password("no account has this password"))
}

/// 32 random bytes as hex: tokens for invitations and generated passwords.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system provides random bytes");
    hex(&bytes)
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// The organisation named by id or by its exact name (case ignored).
pub async fn find_organisation(pool: &SqlitePool, id_or_name: &str) -> Result<Uuid, AccountError> {
    let row: Option<String> = sqlx::query_scalar("SELECT id FROM organizations WHERE id = ?1 OR name = ?1 COLLATE NOCASE LIMIT 2")
        .bind(id_or_name.trim())
        .fetch_optional(pool)
        .await?;
    row.and_then(|id| id.parse().ok()).ok_or_else(|| AccountError::NoSuchOrganisation(id_or_name.to_string()))
}

pub async fn add_user(pool: &SqlitePool, email: &str, organisation: Uuid, role: Role, password: &str) -> Result<User, AccountError> {
    let email = normalise_email(email);
    if !crate::referrals::model::valid_email(&email) {
        return Err(AccountError::Rejected("account-error-email-invalid"));
    }
    if let Some(problem) = super::model::password_problem(password) {
        return Err(AccountError::Rejected(problem));
    }
    let id = Uuid::now_v7();
    let hash = hash_password(password);
    let result = sqlx::query(
        "INSERT INTO users (id, email, password_hash, organization_id, role, created_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (email) DO NOTHING",
    )
    .bind(id.to_string())
    .bind(&email)
    .bind(hash)
    .bind(organisation.to_string())
    .bind(role.code())
    .bind(now_ms())
    .execute(pool)
    .await;
    match result {
        Ok(r) if r.rows_affected() == 0 => Err(AccountError::EmailTaken),
        Ok(_) => Ok(User { id, email, role, organisation_id: organisation, session_epoch: 0 }),
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => {
            Err(AccountError::NoSuchOrganisation(organisation.to_string()))
        }
        Err(e) => Err(e.into()),
    }
}

/// Sets a new password and ends every session the user had.
pub async fn reset_password(pool: &SqlitePool, email: &str, password: &str) -> Result<(), AccountError> {
    if let Some(problem) = super::model::password_problem(password) {
        return Err(AccountError::Rejected(problem));
    }
    let r = sqlx::query("UPDATE users SET password_hash = ?, session_epoch = session_epoch + 1 WHERE email = ?")
        .bind(hash_password(password))
        .bind(normalise_email(email))
        .execute(pool)
        .await?;
    if r.rows_affected() == 0 { Err(AccountError::NoSuchUser) } else { Ok(()) }
}

const USER_COLUMNS: &str = "id, email, role, organization_id, session_epoch, password_hash";

pub async fn user(pool: &SqlitePool, id: Uuid) -> Result<Option<User>, AppError> {
    let row: Option<UserRow> = sqlx::query_as(AssertSqlSafe(format!("SELECT {USER_COLUMNS} FROM users WHERE id = ? AND disabled_at IS NULL")))
        .bind(id.to_string())
        .fetch_optional(pool)
        .await?;
    Ok(row.and_then(|r| r.user()))
}

/// The user with this email and password, if they match. Always spends one argon2 check.
pub async fn check_login(pool: &SqlitePool, email: &str, password: &str) -> Result<Option<User>, AppError> {
    let row: Option<UserRow> = sqlx::query_as(AssertSqlSafe(format!("SELECT {USER_COLUMNS} FROM users WHERE email = ? AND disabled_at IS NULL")))
        .bind(normalise_email(email))
        .fetch_optional(pool)
        .await?;
    let password = password.to_string();
    let (hash, user) = match &row {
        Some(r) => (r.password_hash.clone(), r.user()),
        None => (dummy_hash().to_string(), None),
    };
    // argon2 takes tens of milliseconds of CPU: off the async threads.
    let ok = tokio::task::spawn_blocking(move || verify_password(&hash, &password)).await.unwrap_or(false);
    Ok(if ok { user } else { None })
}

/// Rate-limit keys: hashes, so the table holds no email addresses or client addresses.
pub fn failure_key(kind: &str, value: &str) -> String {
    sha256_hex(format!("{kind}:{}", value.trim().to_lowercase()).as_bytes())
}

pub async fn failures_since(pool: &SqlitePool, key: &str, since_ms: i64) -> Result<i64, AppError> {
    Ok(sqlx::query_scalar("SELECT count(*) FROM login_failures WHERE key = ? AND at >= ?")
        .bind(key)
        .bind(since_ms)
        .fetch_one(pool)
        .await?)
}

pub async fn record_failure(pool: &SqlitePool, keys: &[&str], at_ms: i64) -> Result<(), AppError> {
    for key in keys {
        sqlx::query("INSERT INTO login_failures (key, at) VALUES (?, ?)").bind(key).bind(at_ms).execute(pool).await?;
    }
    Ok(())
}

pub async fn clear_failures(pool: &SqlitePool, key: &str) -> Result<(), AppError> {
    sqlx::query("DELETE FROM login_failures WHERE key = ?").bind(key).execute(pool).await?;
    Ok(())
}

/// Forgets failures older than `before_ms` (the daily task).
pub async fn forget_failures(pool: &SqlitePool, before_ms: i64) -> Result<u64, AppError> {
    Ok(sqlx::query("DELETE FROM login_failures WHERE at < ?").bind(before_ms).execute(pool).await?.rows_affected())
}

pub use super::model::INVITATION_DAYS;

/// Makes a one-time invitation to the admin's organisation; returns the token (shown once).
pub async fn invite(pool: &SqlitePool, admin: &User, role: Role) -> Result<(String, i64), AppError> {
    if admin.role != Role::OrgAdmin {
        return Err(AppError::Forbidden);
    }
    if role == Role::Coordinator {
        return Err(AppError::BadRequest("account-error-role".into()));
    }
    let token = random_token();
    let now = now_ms();
    let expires = now + INVITATION_DAYS * 24 * 3600 * 1000;
    sqlx::query(
        "INSERT INTO invitations (token_hash, organization_id, role, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(sha256_hex(token.as_bytes()))
    .bind(admin.organisation_id.to_string())
    .bind(role.code())
    .bind(admin.id.to_string())
    .bind(now)
    .bind(expires)
    .execute(pool)
    .await?;
    Ok((token, expires))
}

/// Uses an invitation: creates the account in the inviting organisation. The token works once.
pub async fn accept_invitation(pool: &SqlitePool, token: &str, email: &str, password: &str) -> Result<User, AppError> {
    if let Some(problem) = super::model::password_problem(password) {
        return Err(AppError::BadRequest(problem.into()));
    }
    let now = now_ms();
    // Claim the token first (one statement: two people using the same link cannot both win).
    let claimed: Option<(String, String)> = sqlx::query_as(
        "UPDATE invitations SET used_at = ?1 WHERE token_hash = ?2 AND used_at IS NULL AND expires_at > ?1
         RETURNING organization_id, role",
    )
    .bind(now)
    .bind(sha256_hex(token.trim().as_bytes()))
    .fetch_optional(pool)
    .await?;
    let Some((organisation, role)) = claimed else {
        return Err(AppError::BadRequest("account-error-invitation".into()));
    };
    let organisation: Uuid = organisation.parse().map_err(|_| AppError::Internal)?;
    let role = Role::from_code(&role).ok_or(AppError::Internal)?;
    match add_user(pool, email, organisation, role, password).await {
        Ok(user) => Ok(user),
        Err(e) => {
            // Give the link back so the person can try again with another email.
            sqlx::query("UPDATE invitations SET used_at = NULL WHERE token_hash = ?")
                .bind(sha256_hex(token.trim().as_bytes()))
                .execute(pool)
                .await?;
            Err(match e {
                AccountError::EmailTaken => AppError::BadRequest("account-error-email-taken".into()),
                AccountError::Rejected(id) => AppError::BadRequest(id.into()),
                _ => AppError::Internal,
            })
        }
    }
}

/// The members of the admin's organisation who can sign in, in the order they joined.
pub async fn members(pool: &SqlitePool, admin: &User) -> Result<Vec<Member>, AppError> {
    if admin.role != Role::OrgAdmin {
        return Err(AppError::Forbidden);
    }
    let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
        "SELECT id, email, role, created_at FROM users
         WHERE organization_id = ? AND disabled_at IS NULL ORDER BY created_at, email",
    )
    .bind(admin.organisation_id.to_string())
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, email, role, joined_at_ms)| {
            let you = id == admin.id.to_string();
            Some(Member { id, email, role: Role::from_code(&role)?, joined_at_ms, you })
        })
        .collect())
}

/// Takes a member's access away: they cannot sign in, their sessions end, and invitations they
/// made and nobody used stop working. Only an organisation admin, for another member of their
/// own organisation (anyone else's id is simply not found).
pub async fn remove_member(pool: &SqlitePool, admin: &User, member: Uuid) -> Result<(), AppError> {
    if admin.role != Role::OrgAdmin {
        return Err(AppError::Forbidden);
    }
    if member == admin.id {
        return Err(AppError::BadRequest("account-error-remove-self".into()));
    }
    let mut tx = pool.begin().await?;
    let removed = sqlx::query(
        "UPDATE users SET disabled_at = ?, session_epoch = session_epoch + 1
         WHERE id = ? AND organization_id = ? AND role != 'coordinator' AND disabled_at IS NULL",
    )
    .bind(now_ms())
    .bind(member.to_string())
    .bind(admin.organisation_id.to_string())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if removed == 0 {
        return Err(AppError::NotFound);
    }
    sqlx::query("DELETE FROM invitations WHERE created_by = ? AND used_at IS NULL")
        .bind(member.to_string())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_argon2id_and_verify() {
        let hash = hash_password("correct horse battery");
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(verify_password(&hash, "correct horse battery"));
        assert!(!verify_password(&hash, "correct horse battery!"));
        assert!(!verify_password("not a hash", "x"));
        assert_ne!(hash, hash_password("correct horse battery"), "salted");
    }

    #[test]
    fn rate_limit_keys_hide_what_they_count() {
        let key = failure_key("email", " Worker@Example.org ");
        assert_eq!(key, failure_key("email", "worker@example.org"));
        assert!(!key.contains("example"));
        assert_eq!(key.len(), 64);
    }
}
