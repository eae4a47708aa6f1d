//! Server only: referrals in the database. Every query that returns or changes a referral
//! takes the signed-in [`User`] and filters by what their role may see (not only the UI):
//! - a worker: the referrals they made;
//! - an organisation admin: also their organisation's sent referrals and those received by
//!   its services (and only they change a received referral's status or add notes);
//! - a coordinator: anonymised counts only ([`figures`]).
//! Someone asking for a referral they may not see gets "not found", never a hint it exists.

use serde::{Deserialize, Serialize};
use sqlx::{AssertSqlSafe, SqlitePool};
use uuid::Uuid;

use super::{
    model::{ContactMethod, Outcome, ReferralDraft, Status, StatusChange, Urgency, next_status},
    outbox::{PushOutcome, Receipt, SentPage},
};
pub use super::view::{Detail, Inbox, Note, Relation, Summary};
use crate::{
    accounts::{model::Role, store::{User, sha256_hex}},
    directory::needs::Need,
    error::AppError,
};

/// The service a referral goes to, as the directory has it now.
#[derive(Clone, Debug)]
pub struct Target {
    pub name: String,
    pub organisation_id: Uuid,
    /// Listed and taking referrals through Signpost.
    pub accepts: bool,
}

/// SHA-256 of the referral as sent (after tidying): the same content always hashes the same.
pub fn content_hash(draft: &ReferralDraft) -> String {
    sha256_hex(&serde_json::to_vec(draft).expect("a draft always serialises"))
}

fn needs_text(needs: &[Need]) -> String {
    needs.iter().map(|n| n.code()).collect::<Vec<_>>().join(",")
}

fn parse_needs(text: &str) -> Vec<Need> {
    text.split(',').filter_map(Need::from_code).collect()
}

/// Stores one pushed referral exactly once (docs/SYNC-SPEC.md, R1–R7). The row is its own
/// idempotency record: it is written in one statement, committed durably (SQLite
/// `synchronous = FULL`) before the answer is sent.
pub async fn ingest(
    pool: &SqlitePool,
    referrer: &User,
    draft: ReferralDraft,
    target: Option<Target>,
    now_ms: i64,
) -> Result<PushOutcome, AppError> {
    if !referrer.role.may_refer() {
        return Err(AppError::Forbidden);
    }
    let draft = draft.tidied();
    let hash = content_hash(&draft);
    // R3/R4: a repeat of what is stored is acknowledged; a different referral under a stored
    // id is refused. Checked first, so a repeat is acknowledged even if the service has since
    // stopped taking referrals.
    if let Some(outcome) = existing(pool, draft.id, &hash, referrer).await? {
        return Ok(outcome);
    }
    let errors = draft.problems(now_ms);
    if !errors.is_empty() {
        return Ok(PushOutcome::Invalid { errors });
    }
    let Some(target) = target.filter(|t| t.accepts) else {
        return Ok(PushOutcome::NotAccepting);
    };
    let consent = draft.consent.as_ref().expect("checked by problems()");
    let inserted = sqlx::query(
        "INSERT INTO referrals (id, content_hash, service_id, service_name, receiving_org_id, referrer_user_id,
             referrer_org_id, needs, urgency, safeguarding, interpreter, language, contact_method,
             consent_version, consent_language, consent_at, consent_by, status, received_at, changed_at, seq,
             person_name, contact_detail, support, referrer_contact)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?,
             (SELECT COALESCE(MAX(seq), 0) + 1 FROM referrals), ?, ?, ?, ?)
         ON CONFLICT (id) DO NOTHING",
    )
    .bind(draft.id.to_string())
    .bind(&hash)
    .bind(draft.service_id.to_string())
    .bind(&target.name)
    .bind(target.organisation_id.to_string())
    .bind(referrer.id.to_string())
    .bind(referrer.organisation_id.to_string())
    .bind(needs_text(&draft.needs))
    .bind(draft.urgency.code())
    .bind(draft.safeguarding)
    .bind(draft.interpreter)
    .bind(&draft.language)
    .bind(draft.contact_method.code())
    .bind(consent.version)
    .bind(&consent.language)
    .bind(consent.given_at_ms)
    .bind(referrer.id.to_string())
    .bind(now_ms)
    .bind(now_ms)
    .bind(&draft.person_name)
    .bind(&draft.contact_detail)
    .bind(&draft.support)
    .bind(&draft.referrer_contact)
    .execute(pool)
    .await?;
    if inserted.rows_affected() == 1 {
        return Ok(PushOutcome::Stored);
    }
    // Another request stored this id between our check and our insert.
    Ok(existing(pool, draft.id, &hash, referrer).await?.unwrap_or(PushOutcome::Conflict))
}

async fn existing(pool: &SqlitePool, id: Uuid, hash: &str, referrer: &User) -> Result<Option<PushOutcome>, AppError> {
    let row: Option<(String, String)> = sqlx::query_as("SELECT content_hash, referrer_user_id FROM referrals WHERE id = ?")
        .bind(id.to_string())
        .fetch_optional(pool)
        .await?;
    Ok(row.map(|(stored, by)| {
        if stored == hash && by == referrer.id.to_string() { PushOutcome::AlreadyStored } else { PushOutcome::Conflict }
    }))
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    service_id: String,
    service_name: String,
    receiving_org_id: String,
    referrer_user_id: String,
    referrer_org_id: String,
    needs: String,
    urgency: String,
    safeguarding: bool,
    interpreter: bool,
    language: String,
    contact_method: String,
    consent_version: i64,
    consent_language: String,
    consent_at: i64,
    status: String,
    decline_reason: Option<String>,
    outcome: Option<String>,
    received_at: i64,
    changed_at: i64,
    seq: i64,
    person_name: Option<String>,
    contact_detail: Option<String>,
    support: Option<String>,
    referrer_contact: Option<String>,
    purged_at: Option<i64>,
}

const COLUMNS: &str = "id, service_id, service_name, receiving_org_id, referrer_user_id, referrer_org_id, needs,
    urgency, safeguarding, interpreter, language, contact_method, consent_version, consent_language, consent_at,
    status, decline_reason, outcome, received_at, changed_at, seq, person_name, contact_detail, support,
    referrer_contact, purged_at";

impl Row {
    fn relation(&self, user: &User) -> Option<Relation> {
        let org = user.organisation_id.to_string();
        match user.role {
            Role::OrgAdmin if self.receiving_org_id == org => Some(Relation::Receiver),
            Role::OrgAdmin if self.referrer_org_id == org => Some(Relation::Sender),
            Role::Worker if self.referrer_user_id == user.id.to_string() => Some(Relation::Sender),
            _ => None,
        }
    }

    fn status(&self) -> Status {
        Status::from_code(&self.status).unwrap_or(Status::New)
    }

    fn receipt(&self) -> Receipt {
        Receipt {
            id: self.id.parse().unwrap_or_default(),
            service_id: self.service_id.parse().unwrap_or_default(),
            status: self.status(),
            reason: self.decline_reason.clone(),
            outcome: self.outcome.as_deref().and_then(Outcome::from_code),
            received_at_ms: self.received_at,
            changed_at_ms: self.changed_at,
        }
    }
}

impl From<&Row> for Summary {
    fn from(r: &Row) -> Self {
        Summary {
            id: r.id.parse().unwrap_or_default(),
            service_id: r.service_id.parse().unwrap_or_default(),
            service_name: r.service_name.clone(),
            person_name: r.person_name.clone(),
            needs: parse_needs(&r.needs),
            urgency: Urgency::from_code(&r.urgency).unwrap_or(Urgency::Routine),
            safeguarding: r.safeguarding,
            status: r.status(),
            received_at_ms: r.received_at,
            changed_at_ms: r.changed_at,
        }
    }
}

/// Referrals received by the admin's organisation's services, newest first.
pub async fn inbox(pool: &SqlitePool, user: &User) -> Result<Inbox, AppError> {
    if user.role != Role::OrgAdmin {
        return Err(AppError::Forbidden);
    }
    let rows: Vec<Row> =
        sqlx::query_as(AssertSqlSafe(format!("SELECT {COLUMNS} FROM referrals WHERE receiving_org_id = ? ORDER BY received_at DESC, id LIMIT 500")))
            .bind(user.organisation_id.to_string())
            .fetch_all(pool)
            .await?;
    let referrals: Vec<Summary> = rows.iter().map(Summary::from).collect();
    Ok(Inbox { new: referrals.iter().filter(|r| r.status == Status::New).count(), referrals })
}

async fn visible_row(pool: &SqlitePool, user: &User, id: Uuid) -> Result<(Row, Relation), AppError> {
    let row: Option<Row> = sqlx::query_as(AssertSqlSafe(format!("SELECT {COLUMNS} FROM referrals WHERE id = ?")))
        .bind(id.to_string())
        .fetch_optional(pool)
        .await?;
    row.and_then(|r| r.relation(user).map(|rel| (r, rel))).ok_or(AppError::NotFound)
}

pub async fn detail(pool: &SqlitePool, user: &User, id: Uuid) -> Result<Detail, AppError> {
    let (row, relation) = visible_row(pool, user, id).await?;
    let notes = if relation == Relation::Receiver {
        let notes: Vec<(String, String, i64)> = sqlx::query_as(
            "SELECT users.email, referral_notes.body, referral_notes.created_at FROM referral_notes
             JOIN users ON users.id = referral_notes.author_id WHERE referral_id = ? ORDER BY referral_notes.created_at, referral_notes.id",
        )
        .bind(id.to_string())
        .fetch_all(pool)
        .await?;
        notes.into_iter().map(|(author, body, created_at_ms)| Note { author, body, created_at_ms }).collect()
    } else {
        vec![]
    };
    Ok(Detail {
        summary: Summary::from(&row),
        relation,
        contact_method: ContactMethod::from_code(&row.contact_method).unwrap_or(ContactMethod::ThroughReferrer),
        contact_detail: row.contact_detail.clone(),
        language: row.language.clone(),
        interpreter: row.interpreter,
        support: row.support.clone(),
        referrer_contact: row.referrer_contact.clone(),
        consent_version: row.consent_version as u32,
        consent_language: row.consent_language.clone(),
        consent_at_ms: row.consent_at,
        decline_reason: row.decline_reason.clone(),
        outcome: row.outcome.as_deref().and_then(Outcome::from_code),
        purged: row.purged_at.is_some(),
        notes,
    })
}

/// Moves a received referral on (receiving organisation admins only). Every change takes a new
/// place in the referral change sequence, so the referrer's phone hears of it.
pub async fn change_status(pool: &SqlitePool, user: &User, id: Uuid, change: &StatusChange, now_ms: i64) -> Result<Status, AppError> {
    let (row, relation) = visible_row(pool, user, id).await?;
    if relation != Relation::Receiver {
        return Err(AppError::Forbidden);
    }
    let current = row.status();
    let next = next_status(current, change).map_err(|id| AppError::BadRequest(id.into()))?;
    if next == current {
        return Ok(next);
    }
    let (reason, outcome) = match change {
        StatusChange::Decline { reason } => (Some(reason.trim().to_string()), None),
        StatusChange::Close { outcome } => (row.decline_reason.clone(), Some(outcome.code())),
        _ => (None, None),
    };
    // Compare-and-set on the status: two admins acting at once cannot both move it.
    let updated = sqlx::query(
        "UPDATE referrals SET status = ?, decline_reason = ?, outcome = ?, changed_at = ?,
             finished_at = CASE WHEN ? THEN ? ELSE finished_at END,
             seq = (SELECT MAX(seq) + 1 FROM referrals)
         WHERE id = ? AND status = ?",
    )
    .bind(next.code())
    .bind(reason)
    .bind(outcome)
    .bind(now_ms)
    .bind(next.finished())
    .bind(now_ms)
    .bind(id.to_string())
    .bind(current.code())
    .execute(pool)
    .await?;
    if updated.rows_affected() == 0 {
        return Err(AppError::BadRequest("referral-error-status-change".into()));
    }
    tracing::info!(referral = %id, status = next.code(), "referral status changed");
    Ok(next)
}

pub async fn add_note(pool: &SqlitePool, user: &User, id: Uuid, body: &str, now_ms: i64) -> Result<(), AppError> {
    let (row, relation) = visible_row(pool, user, id).await?;
    if relation != Relation::Receiver {
        return Err(AppError::Forbidden);
    }
    if row.purged_at.is_some() {
        return Err(AppError::BadRequest("referral-error-purged".into()));
    }
    let body = body.trim();
    if body.is_empty() || body.chars().count() > super::model::MAX_NOTE_CHARS {
        return Err(AppError::BadRequest("referral-error-note".into()));
    }
    sqlx::query("INSERT INTO referral_notes (id, referral_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)")
        .bind(Uuid::now_v7().to_string())
        .bind(id.to_string())
        .bind(user.id.to_string())
        .bind(body)
        .bind(now_ms)
        .execute(pool)
        .await?;
    Ok(())
}

/// Receipts (no personal data) of the referrals the user sent, changed after `since`: a worker's
/// own; an organisation admin's organisation's. Paged by the referral change sequence.
pub async fn sent(pool: &SqlitePool, user: &User, since: i64, limit: u32) -> Result<SentPage, AppError> {
    let (column, value) = match user.role {
        Role::Worker => ("referrer_user_id", user.id.to_string()),
        Role::OrgAdmin => ("referrer_org_id", user.organisation_id.to_string()),
        Role::Coordinator => return Err(AppError::Forbidden),
    };
    let rows: Vec<Row> =
        sqlx::query_as(AssertSqlSafe(format!("SELECT {COLUMNS} FROM referrals WHERE {column} = ? AND seq > ? ORDER BY seq LIMIT ?")))
            .bind(value)
            .bind(since)
            .bind(i64::from(limit) + 1)
            .fetch_all(pool)
            .await?;
    let more = rows.len() > limit as usize;
    let receipts: Vec<Receipt> = rows.iter().take(limit as usize).map(Row::receipt).collect();
    let cursor = rows.iter().take(limit as usize).last().map_or(since, |r| r.seq);
    Ok(SentPage { cursor, more, receipts })
}

/// The sent list with names, for the referrer's own screens (online).
pub async fn sent_list(pool: &SqlitePool, user: &User) -> Result<Vec<Summary>, AppError> {
    let (column, value) = match user.role {
        Role::Worker => ("referrer_user_id", user.id.to_string()),
        Role::OrgAdmin => ("referrer_org_id", user.organisation_id.to_string()),
        Role::Coordinator => return Err(AppError::Forbidden),
    };
    let rows: Vec<Row> =
        sqlx::query_as(AssertSqlSafe(format!("SELECT {COLUMNS} FROM referrals WHERE {column} = ? ORDER BY received_at DESC LIMIT 500")))
            .bind(value)
            .fetch_all(pool)
            .await?;
    Ok(rows.iter().map(Summary::from).collect())
}

/// Anonymised figures for the coordinator: counts only, no names, contacts or free text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Figures {
    pub total: i64,
    pub by_status: Vec<(Status, i64)>,
    pub by_need: Vec<(Need, i64)>,
    pub by_outcome: Vec<(Outcome, i64)>,
    /// Receiving organisation id → count.
    pub by_organisation: Vec<(Uuid, i64)>,
    /// "YYYY-MM" (UTC) → count.
    pub by_month: Vec<(String, i64)>,
    pub urgent: i64,
    pub interpreter: i64,
}

pub async fn figures(pool: &SqlitePool, user: &User) -> Result<Figures, AppError> {
    if user.role != Role::Coordinator {
        return Err(AppError::Forbidden);
    }
    let rows: Vec<(String, String, Option<String>, String, i64, String, bool)> = sqlx::query_as(
        "SELECT status, needs, outcome, receiving_org_id, received_at, urgency, interpreter FROM referrals",
    )
    .fetch_all(pool)
    .await?;
    let mut f = Figures { total: rows.len() as i64, ..Figures::default() };
    fn bump<K: PartialEq>(v: &mut Vec<(K, i64)>, k: K) {
        match v.iter_mut().find(|(x, _)| *x == k) {
            Some((_, n)) => *n += 1,
            None => v.push((k, 1)),
        }
    }
    for (status, needs, outcome, org, received_at, urgency, interpreter) in rows {
        if let Some(s) = Status::from_code(&status) {
            bump(&mut f.by_status, s);
        }
        for need in parse_needs(&needs) {
            bump(&mut f.by_need, need);
        }
        if let Some(o) = outcome.as_deref().and_then(Outcome::from_code) {
            bump(&mut f.by_outcome, o);
        }
        if let Ok(org) = org.parse() {
            bump(&mut f.by_organisation, org);
        }
        if let Some(t) = chrono::DateTime::from_timestamp_millis(received_at) {
            bump(&mut f.by_month, t.format("%Y-%m").to_string());
        }
        f.urgent += i64::from(urgency == Urgency::Urgent.code());
        f.interpreter += i64::from(interpreter);
    }
    f.by_month.sort();
    f.by_need.sort_by_key(|(n, _)| *n);
    Ok(f)
}

/// Purges the personal details (and notes) of referrals finished (declined or closed) before
/// `before_ms`; what figures need stays. Returns how many were purged.
pub async fn purge(pool: &SqlitePool, before_ms: i64, now_ms: i64) -> Result<u64, AppError> {
    let mut tx = pool.begin().await?;
    sqlx::query(
        "DELETE FROM referral_notes WHERE referral_id IN
             (SELECT id FROM referrals WHERE purged_at IS NULL AND finished_at < ?)",
    )
    .bind(before_ms)
    .execute(&mut *tx)
    .await?;
    let purged = sqlx::query(
        "UPDATE referrals SET person_name = NULL, contact_detail = NULL, support = NULL, referrer_contact = NULL,
             decline_reason = NULL, purged_at = ?
         WHERE purged_at IS NULL AND finished_at < ?",
    )
    .bind(now_ms)
    .bind(before_ms)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    tx.commit().await?;
    Ok(purged)
}
