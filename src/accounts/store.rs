//! Server only: users, password hashes, sign-in rate limits and invitations in the database.

use argon2::{
    Argon2, PasswordHash, PasswordVerifier,
    password_hash::{PasswordHasher, SaltString},
};
use sha2::{Digest, Sha256};
use sqlx::AssertSqlSafe;
use uuid::Uuid;

use super::model::{Member, Role, UnsentOnDevice};
use crate::{error::AppError, on_db, on_tx, server::db::Db};

/// A user as the server knows them. (Serialisable for the session's request-long copy,
/// `session::KEY_ACCOUNT`, which is never written to the database.)
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
        user_of(&self.id, &self.email, &self.role, &self.organization_id, self.session_epoch)
    }
}

/// A user from the columns of their row (`None` if one does not parse).
pub(super) fn user_of(id: &str, email: &str, role: &str, organisation: &str, session_epoch: i64) -> Option<User> {
    Some(User {
        id: id.parse().ok()?,
        email: email.to_string(),
        role: Role::from_code(role)?,
        organisation_id: organisation.parse().ok()?,
        session_epoch,
    })
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
pub async fn find_organisation(db: &Db, id_or_name: &str) -> Result<Uuid, AccountError> {
    let sql = db.pick(
        "SELECT id FROM organizations WHERE id = $1 OR name = $1 COLLATE NOCASE LIMIT 2",
        "SELECT id FROM organizations WHERE id = $1 OR lower(name) = lower($1) LIMIT 2",
    );
    let row: Option<String> = on_db!(db, pool => sqlx::query_scalar(sql)
        .bind(id_or_name.trim())
        .fetch_optional(pool).await)?;
    row.and_then(|id| id.parse().ok()).ok_or_else(|| AccountError::NoSuchOrganisation(id_or_name.to_string()))
}

pub async fn add_user(db: &Db, email: &str, organisation: Uuid, role: Role, password: &str) -> Result<User, AccountError> {
    let email = normalise_email(email);
    if !crate::referrals::model::valid_email(&email) {
        return Err(AccountError::Rejected("account-error-email-invalid"));
    }
    if let Some(problem) = chosen_password_problem(password, &email) {
        return Err(AccountError::Rejected(problem));
    }
    insert_user(db, &email, organisation, role, hash_password(password)).await
}

/// Adds an account with a password already checked and hashed.
async fn insert_user(db: &Db, email: &str, organisation: Uuid, role: Role, hash: String) -> Result<User, AccountError> {
    let email = normalise_email(email);
    if !crate::referrals::model::valid_email(&email) {
        return Err(AccountError::Rejected("account-error-email-invalid"));
    }
    let id = Uuid::now_v7();
    let result = on_db!(db, pool => sqlx::query(
        "INSERT INTO users (id, email, password_hash, organization_id, role, created_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (email) DO NOTHING",
    )
    .bind(id.to_string())
    .bind(&email)
    .bind(hash)
    .bind(organisation.to_string())
    .bind(role.code())
    .bind(now_ms())
    .execute(pool).await.map(|r| r.rows_affected()));
    match result {
        Ok(0) => Err(AccountError::EmailTaken),
        Ok(_) => Ok(User { id, email, role, organisation_id: organisation, session_epoch: 0 }),
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => {
            Err(AccountError::NoSuchOrganisation(organisation.to_string()))
        }
        Err(e) => Err(e.into()),
    }
}

/// What is wrong with a password someone chose for the account `email`: its length, or that it
/// is too easy to guess.
pub fn chosen_password_problem(password: &str, email: &str) -> Option<&'static str> {
    super::model::password_problem(password).or_else(|| super::passwords::problem(password, email))
}

/// Sets a new password and ends every session the user had.
pub async fn reset_password(db: &Db, email: &str, password: &str) -> Result<(), AccountError> {
    if let Some(problem) = chosen_password_problem(password, email) {
        return Err(AccountError::Rejected(problem));
    }
    let r = on_db!(db, pool => sqlx::query("UPDATE users SET password_hash = $1, session_epoch = session_epoch + 1 WHERE email = $2")
        .bind(hash_password(password))
        .bind(normalise_email(email))
        .execute(pool).await.map(|r| r.rows_affected()))?;
    if r == 0 { Err(AccountError::NoSuchUser) } else { Ok(()) }
}

const USER_COLUMNS: &str = "id, email, role, organization_id, session_epoch, password_hash";

pub async fn user(db: &Db, id: Uuid) -> Result<Option<User>, AppError> {
    let row: Option<UserRow> = on_db!(db, pool => sqlx::query_as(AssertSqlSafe(format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1 AND disabled_at IS NULL")))
        .bind(id.to_string())
        .fetch_optional(pool).await)?;
    Ok(row.and_then(|r| r.user()))
}

/// The user with this email and password, if they match. Always spends one argon2 check (a
/// wrong email takes as long as a wrong password), off the async threads, at most
/// `hashing`'s permits at a time: a flood of sign-ins queues rather than exhausting memory.
pub async fn check_login(db: &Db, hashing: &tokio::sync::Semaphore, email: &str, password: &str) -> Result<Option<User>, AppError> {
    let row: Option<UserRow> = on_db!(db, pool => sqlx::query_as(AssertSqlSafe(format!("SELECT {USER_COLUMNS} FROM users WHERE email = $1 AND disabled_at IS NULL")))
        .bind(normalise_email(email))
        .fetch_optional(pool).await)?;
    let (hash, user) = match &row {
        Some(r) => (r.password_hash.clone(), r.user()),
        None => (dummy_hash().to_string(), None),
    };
    let password = password.to_string();
    let ok = off_thread(hashing, move || verify_password(&hash, &password)).await?;
    Ok(if ok { user } else { None })
}

/// How long a sign-in waits for its turn to check a password before the server says it is busy.
pub const HASHING_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// Runs argon2 work (checking or making a hash) on the blocking pool, holding one of
/// `hashing`'s permits; `Busy` if none comes free within [`HASHING_WAIT`].
pub async fn off_thread<T: Send + 'static>(
    hashing: &tokio::sync::Semaphore,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    let _permit = tokio::time::timeout(HASHING_WAIT, hashing.acquire())
        .await
        .map_err(|_| AppError::Busy)?
        .map_err(|_| AppError::Internal)?;
    tokio::task::spawn_blocking(work).await.map_err(|_| AppError::Internal)
}

/// Rate-limit keys: hashes, so the tables hold no email addresses or client addresses.
pub fn failure_key(kind: &str, value: &str) -> String {
    sha256_hex(format!("{kind}:{}", value.trim().to_lowercase()).as_bytes())
}

/// Failures an account may have before each attempt must wait.
pub const FREE_FAILURES: i64 = 5;
/// The longest an account's next attempt must wait after failures.
pub const MAX_DELAY_MS: i64 = 30_000;
/// Failures are forgotten after this long without another.
pub const FAILURE_MEMORY_MS: i64 = 15 * 60 * 1000;
/// How long an attempt holds its account's slot at most (longer than any password check).
const ATTEMPT_HOLD_MS: i64 = 30_000;

/// Takes the account's turn to check a password, before any hashing: refused (false) while
/// another attempt on it is being checked, or until the delay its recent failures earn has
/// passed (none for the first [`FREE_FAILURES`], then 1 s, 2 s, 4 s … up to [`MAX_DELAY_MS`]).
/// Attempts refused here do not count, so nobody can keep the owner out for longer than one
/// delay: it slows guessing to one try per half minute.
pub async fn claim_attempt(db: &Db, key: &str, now_ms: i64) -> Result<bool, AppError> {
    on_db!(db, pool => sqlx::query("INSERT INTO login_throttle (key) VALUES ($1) ON CONFLICT (key) DO NOTHING").bind(key).execute(pool).await.map(|r| r.rows_affected()))?;
    // The delay after `failures` failures: 2^(failures - free) seconds, at most the maximum.
    let sql = db.pick(
        "UPDATE login_throttle
         SET busy_until = $2 + $3,
             failures = CASE WHEN last_failure_at < $2 - $4 THEN 0 ELSE failures END
         WHERE key = $1 AND busy_until <= $2
           AND (failures < $5 OR last_failure_at < $2 - $4
                OR last_failure_at + min($6, 1000 * (1 << min(failures - $5, 15))) <= $2)",
        "UPDATE login_throttle
         SET busy_until = $2 + $3,
             failures = CASE WHEN last_failure_at < $2 - $4 THEN 0 ELSE failures END
         WHERE key = $1 AND busy_until <= $2
           AND (failures < $5 OR last_failure_at < $2 - $4
                OR last_failure_at + LEAST($6, 1000 * (1::bigint << LEAST(failures - $5, 15)::int)) <= $2)",
    );
    let claimed = on_db!(db, pool => sqlx::query(sql)
    .bind(key)
    .bind(now_ms)
    .bind(ATTEMPT_HOLD_MS)
    .bind(FAILURE_MEMORY_MS)
    .bind(FREE_FAILURES)
    .bind(MAX_DELAY_MS)
    .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(claimed == 1)
}

/// The claimed attempt failed: one more failure, and the slot is free again.
pub async fn attempt_failed(db: &Db, key: &str, now_ms: i64) -> Result<(), AppError> {
    on_db!(db, pool => sqlx::query("UPDATE login_throttle SET failures = failures + 1, last_failure_at = $1, busy_until = 0 WHERE key = $2")
        .bind(now_ms)
        .bind(key)
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The claimed attempt was not checked after all (the server was busy): the slot is free again
/// and nothing counts.
pub async fn release_attempt(db: &Db, key: &str) -> Result<(), AppError> {
    on_db!(db, pool => sqlx::query("UPDATE login_throttle SET busy_until = 0 WHERE key = $1").bind(key).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The claimed attempt succeeded: the account's failures are forgotten.
pub async fn attempt_succeeded(db: &Db, key: &str) -> Result<(), AppError> {
    on_db!(db, pool => sqlx::query("DELETE FROM login_throttle WHERE key = $1").bind(key).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Records an attempt from a client before its password is checked, and tells whether the
/// client is within `limit` attempts that failed (or are still being checked) in the window
/// since `since_ms`. Counting first means parallel guesses see each other. Returns the record's
/// id, to forget it if the attempt succeeds ([`forget_attempt`]); None when over the limit.
pub async fn count_client_attempt(db: &Db, key: &str, since_ms: i64, now_ms: i64, limit: i64) -> Result<Option<i64>, AppError> {
    let (insert, earlier) = (
        db.pick(
            "INSERT INTO login_failures (key, at) VALUES ($1, $2) RETURNING rowid",
            "INSERT INTO login_failures (key, at) VALUES ($1, $2) RETURNING id",
        ),
        db.pick(
            "SELECT count(*) FROM login_failures WHERE key = $1 AND at >= $2 AND rowid < $3",
            "SELECT count(*) FROM login_failures WHERE key = $1 AND at >= $2 AND id < $3",
        ),
    );
    let id: i64 = on_db!(db, pool => sqlx::query_scalar(insert)
        .bind(key)
        .bind(now_ms)
        .fetch_one(pool).await)?;
    let before: i64 = on_db!(db, pool => sqlx::query_scalar(earlier)
        .bind(key)
        .bind(since_ms)
        .bind(id)
        .fetch_one(pool).await)?;
    if before >= limit {
        // Over the limit: this attempt is not checked, so it does not count either.
        forget_attempt(db, id).await?;
        return Ok(None);
    }
    Ok(Some(id))
}

/// Forgets a client attempt that succeeded (or was never checked).
pub async fn forget_attempt(db: &Db, id: i64) -> Result<(), AppError> {
    let sql = db.pick("DELETE FROM login_failures WHERE rowid = $1", "DELETE FROM login_failures WHERE id = $1");
    on_db!(db, pool => sqlx::query(sql).bind(id).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Forgets failures older than `before_ms` (the daily task).
pub async fn forget_failures(db: &Db, before_ms: i64) -> Result<u64, AppError> {
    let clients = on_db!(db, pool => sqlx::query("DELETE FROM login_failures WHERE at < $1").bind(before_ms).execute(pool).await.map(|r| r.rows_affected()))?;
    let accounts = on_db!(db, pool => sqlx::query("DELETE FROM login_throttle WHERE last_failure_at < $1 AND busy_until < $2")
        .bind(before_ms)
        .bind(before_ms)
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(clients + accounts)
}

/// Changes the signed-in user's own password, after checking their current one. Every other
/// session of theirs ends (the epoch moves on); returns the user as they now are, to sign the
/// current session in again.
pub async fn change_password(
    db: &Db,
    hashing: &tokio::sync::Semaphore,
    user: &User,
    current: &str,
    new: &str,
) -> Result<User, AppError> {
    if let Some(problem) = chosen_password_problem(new, &user.email) {
        return Err(AppError::BadRequest(problem.into()));
    }
    let Some(checked) = check_login(db, hashing, &user.email, current).await? else {
        return Err(AppError::BadRequest("account-error-current-password".into()));
    };
    if checked.id != user.id {
        return Err(AppError::Unauthorised);
    }
    if current == new {
        return Err(AppError::BadRequest("account-error-password-same".into()));
    }
    let new = new.to_string();
    let hash = off_thread(hashing, move || hash_password(&new)).await?;
    let epoch: i64 = on_db!(db, pool => sqlx::query_scalar(
        "UPDATE users SET password_hash = $1, session_epoch = session_epoch + 1 WHERE id = $2 AND disabled_at IS NULL
         RETURNING session_epoch",
    )
    .bind(hash)
    .bind(user.id.to_string())
    .fetch_optional(pool).await)?
    .ok_or(AppError::Unauthorised)?;
    Ok(User { session_epoch: epoch, ..user.clone() })
}

pub use super::model::INVITATION_DAYS;

/// Makes a one-time invitation to `organisation`; returns the token (shown once). An
/// organisation admin invites to their own organisation; a coordinator to any (the first admin
/// of an organisation they onboard).
pub async fn invite(db: &Db, admin: &User, organisation: Uuid, role: Role) -> Result<(String, i64), AppError> {
    let allowed = match admin.role {
        Role::OrgAdmin => admin.organisation_id == organisation,
        Role::Coordinator => true,
        Role::Worker => false,
    };
    if !allowed {
        return Err(AppError::Forbidden);
    }
    if role == Role::Coordinator {
        return Err(AppError::BadRequest("account-error-role".into()));
    }
    let token = random_token();
    let now = now_ms();
    let expires = now + INVITATION_DAYS * 24 * 3600 * 1000;
    on_db!(db, pool => sqlx::query(
        "INSERT INTO invitations (token_hash, organization_id, role, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(sha256_hex(token.as_bytes()))
    .bind(organisation.to_string())
    .bind(role.code())
    .bind(admin.id.to_string())
    .bind(now)
    .bind(expires)
    .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok((token, expires))
}

/// Uses an invitation: creates the account in the inviting organisation. The token works once.
pub async fn accept_invitation(
    db: &Db,
    hashing: &tokio::sync::Semaphore,
    token: &str,
    email: &str,
    password: &str,
) -> Result<User, AppError> {
    if let Some(problem) = chosen_password_problem(password, email) {
        return Err(AppError::BadRequest(problem.into()));
    }
    if !crate::referrals::model::valid_email(&normalise_email(email)) {
        return Err(AppError::BadRequest("account-error-email-invalid".into()));
    }
    let password = password.to_string();
    let hash = off_thread(hashing, move || hash_password(&password)).await?;
    let now = now_ms();
    // Claim the token first (one statement: two people using the same link cannot both win).
    let claimed: Option<(String, String)> = on_db!(db, pool => sqlx::query_as(
        "UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1
         RETURNING organization_id, role",
    )
    .bind(now)
    .bind(sha256_hex(token.trim().as_bytes()))
    .fetch_optional(pool).await)?;
    let Some((organisation, role)) = claimed else {
        return Err(AppError::BadRequest("account-error-invitation".into()));
    };
    let organisation: Uuid = organisation.parse().map_err(|_| AppError::Internal)?;
    let role = Role::from_code(&role).ok_or(AppError::Internal)?;
    match insert_user(db, email, organisation, role, hash).await {
        Ok(user) => Ok(user),
        Err(e) => {
            // Give the link back so the person can try again with another email.
            on_db!(db, pool => sqlx::query("UPDATE invitations SET used_at = NULL WHERE token_hash = $1")
                .bind(sha256_hex(token.trim().as_bytes()))
                .execute(pool).await.map(|r| r.rows_affected()))?;
            Err(match e {
                AccountError::EmailTaken => AppError::BadRequest("account-error-email-taken".into()),
                AccountError::Rejected(id) => AppError::BadRequest(id.into()),
                _ => AppError::Internal,
            })
        }
    }
}

/// Referrals that phones report waiting, unsent, for members of the admin's organisation whose
/// access was removed: they can never be sent, so the admin must know to reach those families
/// another way. Reports older than [`WAITING_REPORT_DAYS`] are not shown.
pub async fn unsent_of_removed(db: &Db, admin: &User, now_ms: i64) -> Result<Vec<UnsentOnDevice>, AppError> {
    if admin.role != Role::OrgAdmin {
        return Err(AppError::Forbidden);
    }
    let rows: Vec<(String, i64, i64, i64)> = on_db!(db, pool => sqlx::query_as(
        "SELECT users.email, CAST(sum(device_waiting.count) AS BIGINT), min(device_waiting.oldest_at), max(device_waiting.reported_at)
         FROM device_waiting JOIN users ON users.id = device_waiting.author_id
         WHERE users.organization_id = $1 AND users.disabled_at IS NOT NULL AND device_waiting.reported_at >= $2
         GROUP BY users.id, users.email ORDER BY users.email",
    )
    .bind(admin.organisation_id.to_string())
    .bind(now_ms - WAITING_REPORT_DAYS * 24 * 3600 * 1000)
    .fetch_all(pool).await)?;
    Ok(rows
        .into_iter()
        .map(|(email, count, oldest_ms, reported_ms)| UnsentOnDevice { email, count: count as u32, oldest_ms, reported_ms })
        .collect())
}

/// How long a phone's report of unsent referrals is shown.
pub const WAITING_REPORT_DAYS: i64 = 60;

/// Keeps what a phone reports waiting on it (R14): its report replaces its last one. Only
/// existing users count; at most [`MAX_REPORTED_AUTHORS`] of them.
pub async fn record_waiting(db: &Db, report: &crate::referrals::outbox::WaitingReport, now_ms: i64) -> Result<(), AppError> {
    let mut tx = db.begin().await?;
    on_tx!(&mut tx, conn => sqlx::query("DELETE FROM device_waiting WHERE device = $1").bind(report.device.to_string()).execute(conn).await.map(|r| r.rows_affected()))?;
    for w in report.authors.iter().filter(|w| w.count > 0).take(MAX_REPORTED_AUTHORS) {
        on_tx!(&mut tx, conn => sqlx::query(
            "INSERT INTO device_waiting (device, author_id, count, oldest_at, reported_at)
             SELECT $1, id, $2, $3, $4 FROM users WHERE id = $5
             ON CONFLICT (device, author_id) DO UPDATE SET count = excluded.count, oldest_at = excluded.oldest_at,
                 reported_at = excluded.reported_at",
        )
        .bind(report.device.to_string())
        .bind(i64::from(w.count.min(10_000)))
        .bind(w.oldest_ms)
        .bind(now_ms)
        .bind(w.author.to_string())
        .execute(conn).await.map(|r| r.rows_affected()))?;
    }
    tx.commit().await?;
    Ok(())
}

/// Most authors one phone's report is kept for.
pub const MAX_REPORTED_AUTHORS: usize = 20;

/// The members of the admin's organisation who can sign in, in the order they joined.
pub async fn members(db: &Db, admin: &User) -> Result<Vec<Member>, AppError> {
    if admin.role != Role::OrgAdmin {
        return Err(AppError::Forbidden);
    }
    let rows: Vec<(String, String, String, i64)> = on_db!(db, pool => sqlx::query_as(
        "SELECT id, email, role, created_at FROM users
         WHERE organization_id = $1 AND disabled_at IS NULL ORDER BY created_at, email",
    )
    .bind(admin.organisation_id.to_string())
    .fetch_all(pool).await)?;
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
pub async fn remove_member(db: &Db, admin: &User, member: Uuid) -> Result<(), AppError> {
    if admin.role != Role::OrgAdmin {
        return Err(AppError::Forbidden);
    }
    if member == admin.id {
        return Err(AppError::BadRequest("account-error-remove-self".into()));
    }
    let mut tx = db.begin().await?;
    let removed = on_tx!(&mut tx, conn => sqlx::query(
        "UPDATE users SET disabled_at = $1, session_epoch = session_epoch + 1
         WHERE id = $2 AND organization_id = $3 AND role != 'coordinator' AND disabled_at IS NULL",
    )
    .bind(now_ms())
    .bind(member.to_string())
    .bind(admin.organisation_id.to_string())
    .execute(conn).await.map(|r| r.rows_affected()))?;
    if removed == 0 {
        return Err(AppError::NotFound);
    }
    for statement in ["DELETE FROM invitations WHERE created_by = $1 AND used_at IS NULL", "DELETE FROM service_caseworkers WHERE user_id = $1"] {
        on_tx!(&mut tx, conn => sqlx::query(statement)
            .bind(member.to_string())
            .execute(conn).await.map(|r| r.rows_affected()))?;
    }
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
