//! Server only: referrals in the database. Every query that returns or changes a referral
//! takes the signed-in [`User`] and filters by what they may see (not only the UI), which is
//! what the consent statement tells families ("only the service and the person helping you
//! today will see them"):
//! - the worker (or admin) who made a referral sees it, and its receipts;
//! - the admins of the receiving organisation see and act on it (status, notes);
//! - nobody else: not the referrer's organisation's other members or admins, not other
//!   organisations, and a coordinator gets anonymised counts only ([`figures`]).
//! Someone asking for a referral they may not see gets "not found", never a hint it exists.
//!
//! Personal details are purged once a referral has been untouched (no status change, no note)
//! for the retention period, whatever its status ([`purge`]); the receiving organisation sees
//! the date coming in its inbox a month before ([`PURGE_WARNING_DAYS`]).

use serde::{Deserialize, Serialize};
use sqlx::AssertSqlSafe;
use uuid::Uuid;

use super::{
    model::{ContactMethod, Field, FieldError, Outcome, ReferralDraft, Status, StatusChange, Urgency, next_status},
    outbox::{PushOutcome, Receipt, SentPage},
};
pub use super::view::{Detail, Inbox, Note, Relation, Summary};
use crate::{
    accounts::{model::Role, store::{User, sha256_hex}},
    directory::needs::Need,
    error::AppError,
    on_db, on_tx,
    server::db::{Db, Sequence, next_seq},
};

/// SHA-256 of the referral as sent (after tidying): the same content always hashes the same.
/// Emptied at purge ([`PURGED_HASH`]), so a purged referral cannot be confirmed by guessing.
pub fn content_hash(draft: &ReferralDraft) -> String {
    sha256_hex(&serde_json::to_vec(draft).expect("a draft always serialises"))
}

/// The content hash of a purged referral.
pub const PURGED_HASH: &str = "";
/// Referrals shown per page of the inbox.
pub const INBOX_PAGE_SIZE: u32 = 50;
/// The receiving organisation is told this many days before a referral's details are purged.
pub const PURGE_WARNING_DAYS: i64 = 30;
const DAY_MS: i64 = 24 * 3600 * 1000;

/// Every consent statement the server offers now (each shipped locale, with the configured
/// retention period), kept under its version so referrals can name the text their family heard.
/// Texts offered before stay: a phone that read one before an update can still send.
pub async fn record_consent_statements(db: &Db, retention_days: u32, now_ms: i64) -> Result<(), AppError> {
    let mut tx = db.begin().await?;
    for info in crate::i18n::LOCALES {
        // (A statement shown in English in place of a stale translation is kept as English.)
        let l = crate::i18n::server::localizer(info);
        on_tx!(&mut tx, conn => sqlx::query(
            "INSERT INTO consent_statements (version, language, retention_days, text, first_offered_at)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (version) DO NOTHING",
        )
        .bind(super::consent::version(&l, retention_days))
        .bind(super::consent::language_read(&l))
        .bind(i64::from(retention_days))
        .bind(super::consent::statement_template(&l, retention_days))
        .bind(now_ms)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    }
    tx.commit().await?;
    Ok(())
}

fn needs_text(needs: &[Need]) -> String {
    needs.iter().map(|n| n.code()).collect::<Vec<_>>().join(",")
}

fn parse_needs(text: &str) -> Vec<Need> {
    text.split(',').filter_map(Need::from_code).collect()
}

/// Stores one pushed referral exactly once (docs/SYNC-SPEC.md, R1–R7). The row is its own
/// idempotency record: it is written in one statement, committed durably (SQLite
/// `synchronous = FULL`) before the answer is sent. The write goes through the server's
/// [`Intake`], so referrals pushed at the same moment share one commit; the statement that
/// writes the row also checks, in the same transaction, that the service (as published) is
/// listed and takes referrals, and names it.
pub async fn ingest(intake: &Intake, referrer: &User, draft: ReferralDraft, now_ms: i64) -> Result<PushOutcome, AppError> {
    let db = &intake.db;
    if !referrer.role.may_refer() {
        return Err(AppError::Forbidden);
    }
    let draft = draft.tidied();
    let hash = content_hash(&draft);
    // R3/R4: a repeat of what is stored is acknowledged, and a different referral under a
    // stored id refused, whatever else would be said of it (say, the service has since stopped
    // taking referrals): every refusal below asks first whether the id is stored.
    let refuse = async |id: Uuid, outcome: PushOutcome| -> Result<PushOutcome, AppError> {
        Ok(existing(db, id, &hash, referrer).await?.unwrap_or(outcome))
    };
    let errors = draft.problems(now_ms);
    if !errors.is_empty() {
        return refuse(draft.id, PushOutcome::Invalid { errors }).await;
    }
    let consent = draft.consent.as_ref().expect("checked by problems()");
    // The statement read must be one this server offered, in that language.
    let retention_days = match &consent.statement {
        Some(version) => match intake.promised_retention(version, &consent.language).await? {
            Some(days) => Some(days),
            None => {
                let error = FieldError { field: Field::Consent, message: "referral-error-consent-unknown".into() };
                return refuse(draft.id, PushOutcome::Invalid { errors: vec![error] }).await;
            }
        },
        None => None,
    };
    let id = draft.id;
    let row = NewReferral { draft, hash: hash.clone(), referrer_id: referrer.id, referrer_org: referrer.organisation_id, retention_days, now_ms };
    if intake.store(row).await? {
        return Ok(PushOutcome::Stored);
    }
    // Not written: its id is stored already (a repeat, or a conflict), or the service is gone,
    // unlisted or no longer takes referrals (R7).
    refuse(id, PushOutcome::NotAccepting).await
}

/// Writes pushed referrals for one server (R2, group commit). One task takes whatever
/// referrals are waiting (up to [`MAX_GROUP`]), inserts them in one transaction and commits it
/// (one durable write to disk for all of them), then answers each push; referrals that arrive
/// meanwhile make the next group. On SQLite, where one writer at a time holds the lock, that
/// replaces a queue of single-row transactions, each waiting for the lock and its own sync.
/// Cheap to clone; the task ends when the last clone is dropped.
#[derive(Clone)]
pub struct Intake {
    db: Db,
    queue: tokio::sync::mpsc::Sender<Waiting>,
    /// What each consent statement the server offered promised (version and language to
    /// retention days), as read so far: a statement never changes once offered.
    offered: std::sync::Arc<std::sync::RwLock<std::collections::HashMap<(String, String), i64>>>,
}

/// Referrals in one transaction at most: enough for every connection a server serves at once
/// to push a batch.
const MAX_GROUP: usize = 512;

/// A referral checked and ready to insert, with everything its row records.
struct NewReferral {
    draft: ReferralDraft,
    hash: String,
    referrer_id: Uuid,
    referrer_org: Uuid,
    retention_days: Option<i64>,
    now_ms: i64,
}

struct Waiting {
    row: NewReferral,
    answer: tokio::sync::oneshot::Sender<Result<bool, AppError>>,
}

impl Intake {
    /// Starts the writer for `db` (on the current Tokio runtime).
    pub fn new(db: Db) -> Self {
        let (queue, waiting) = tokio::sync::mpsc::channel(2 * MAX_GROUP);
        tokio::spawn(write_in_groups(db.clone(), waiting));
        Self { db, queue, offered: Default::default() }
    }

    /// The retention period a statement version promised, if the server offered that statement
    /// in that language.
    async fn promised_retention(&self, version: &str, language: &str) -> Result<Option<i64>, AppError> {
        let key = (version.to_string(), language.to_string());
        if let Some(days) = self.offered.read().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return Ok(Some(*days));
        }
        let days: Option<i64> = on_db!(&self.db, pool => sqlx::query_scalar(
            "SELECT retention_days FROM consent_statements WHERE version = $1 AND language = $2",
        )
        .bind(version)
        .bind(language)
        .fetch_optional(pool).await)?;
        // Only statements that exist are kept, so the map is never larger than the table.
        if let Some(days) = days {
            self.offered.write().unwrap_or_else(|e| e.into_inner()).insert(key, days);
        }
        Ok(days)
    }

    /// Inserts `row`, answering once the transaction holding it is committed: whether it was
    /// inserted (false: a row with its id is there already, or its service takes no referrals).
    async fn store(&self, row: NewReferral) -> Result<bool, AppError> {
        let (answer, answered) = tokio::sync::oneshot::channel();
        // The writer is gone only when the server is stopping: "try again".
        self.queue.send(Waiting { row, answer }).await.map_err(|_| AppError::Unavailable)?;
        answered.await.map_err(|_| AppError::Unavailable)?
    }
}

async fn write_in_groups(db: Db, mut queue: tokio::sync::mpsc::Receiver<Waiting>) {
    let mut group = Vec::with_capacity(MAX_GROUP);
    while queue.recv_many(&mut group, MAX_GROUP).await > 0 {
        let rows: Vec<&NewReferral> = group.iter().map(|w| &w.row).collect();
        let results: Vec<Result<bool, AppError>> = match insert_all(&db, &rows).await {
            Ok(inserted) => inserted.into_iter().map(Ok).collect(),
            // One referral the database fails on is answered on its own, "try again" (R15): the
            // others are written one by one. (A group whose commit failed was not written: a
            // row that was after all is found by its id and acknowledged.) A database that
            // cannot be reached fails them all at once.
            Err(e) if rows.len() > 1 && !crate::server::db::unavailable(&e) => {
                let mut results = Vec::with_capacity(rows.len());
                for row in &rows {
                    results.push(insert_all(&db, std::slice::from_ref(row)).await.map(|i| i[0]).map_err(AppError::from));
                }
                results
            }
            Err(e) => {
                let error = AppError::from(e);
                rows.iter().map(|_| Err(error.clone())).collect()
            }
        };
        drop(rows);
        for (waiting, result) in group.drain(..).zip(results) {
            // (A push whose client went away is committed all the same; its phone's repeat is
            // acknowledged.)
            let _ = waiting.answer.send(result);
        }
    }
}

/// The insert of pushed referrals, before their values (`v.column<k>` is the k-th value of a
/// referral's `VALUES` row: both databases name a `VALUES` list's columns so). Each is written
/// only if no row has its id and its service is listed ([`ServiceStatus::listed`]) and takes
/// referrals; its row names the service and its organisation as they are now. One statement
/// for a whole group, not one per referral: each statement is a trip to the database's thread
/// and back.
const INSERT_HEAD: &str = "INSERT INTO referrals (id, content_hash, service_id, service_name, receiving_org_id,
         referrer_user_id, referrer_org_id, needs, urgency, safeguarding, interpreter, language, contact_method,
         consent_version, consent_statement, retention_days, consent_language, consent_at, consent_by, status,
         received_at, changed_at, touched_at, seq, person_name, contact_detail, support, referrer_contact)
     SELECT v.column1, v.column2, s.id, s.name, s.organization_id, v.column4, v.column5, v.column6, v.column7,
         v.column8, v.column9, v.column10, v.column11, v.column12, v.column13, v.column14, v.column15,
         v.column16, v.column4, 'new', v.column17, v.column17, v.column17, v.column18, v.column19,
         v.column20, v.column21, v.column22
     FROM (";

/// The insert's end, after the values: answers with the ids it wrote.
static INSERT_TAIL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let listed: Vec<String> =
        crate::directory::model::ServiceStatus::ALL.into_iter().filter(|s| s.listed()).map(|s| format!("'{}'", s.oruk())).collect();
    format!(
        ") v JOIN services s ON s.id = v.column3
         WHERE s.accepts_referrals AND s.status IN ({})
         ON CONFLICT (id) DO NOTHING
         RETURNING id",
        listed.join(", ")
    )
});

/// Each referral's values in the insert.
const INSERT_VALUES: usize = 22;
// A whole group's values fit in one statement on both databases (SQLite allows 32,766 since
// 3.32; PostgreSQL 65,535).
const _: () = assert!(MAX_GROUP * INSERT_VALUES <= 32_766);

/// Inserts `rows` in one transaction, each with its place in the referral change sequence, and
/// commits: whether each was inserted. A row is inserted only if no row has its id and its
/// service is listed and takes referrals; the row names the service and its organisation as
/// they are now. Of two with one id (two pushes of it at once), only the first is offered:
/// the other is not inserted, and its push is answered by what is stored.
async fn insert_all(db: &Db, rows: &[&NewReferral]) -> Result<Vec<bool>, sqlx::Error> {
    let mut ids = std::collections::HashSet::new();
    let offered: Vec<bool> = rows.iter().map(|row| ids.insert(row.draft.id)).collect();
    let sent: Vec<&NewReferral> = rows.iter().zip(&offered).filter(|(_, offered)| **offered).map(|(row, _)| *row).collect();
    let mut tx = db.begin().await?;
    // One number each, taken at once. (A row not inserted leaves its number unused: readers
    // only need the numbers in commit order, not without gaps.)
    let first = next_seq(&mut tx, Sequence::Referrals, sent.len() as i64).await?;
    // sqlx's builder writes each database's placeholders (`$1`… for PostgreSQL, `?` for SQLite,
    // whose driver would otherwise look each numbered one up by name: with hundreds of them,
    // a cost of its own).
    let written: Vec<String> = on_tx!(&mut tx, conn => {
        let mut insert = sqlx::QueryBuilder::new(INSERT_HEAD);
        insert.push_values((first..).zip(&sent), |mut values, (seq, row)| {
            let (draft, consent) = (&row.draft, row.draft.consent.as_ref().expect("checked by problems()"));
            values
                .push_bind(draft.id.to_string())
                .push_bind(row.hash.as_str())
                .push_bind(draft.service_id.to_string())
                .push_bind(row.referrer_id.to_string())
                .push_bind(row.referrer_org.to_string())
                .push_bind(needs_text(&draft.needs))
                .push_bind(draft.urgency.code())
                .push_bind(draft.safeguarding)
                .push_bind(draft.interpreter)
                .push_bind(draft.language.as_str())
                .push_bind(draft.contact_method.code())
                .push_bind(i64::from(consent.version))
                .push_bind(consent.statement.as_deref())
                .push_bind(row.retention_days)
                .push_bind(consent.language.as_str())
                .push_bind(consent.given_at_ms)
                .push_bind(row.now_ms)
                .push_bind(seq)
                .push_bind(draft.person_name.as_str())
                .push_bind(draft.contact_detail.as_str())
                .push_bind(draft.support.as_str())
                .push_bind(draft.referrer_contact.as_str());
        });
        insert.push(INSERT_TAIL.as_str());
        insert.build_query_scalar().fetch_all(conn).await
    })?;
    tx.commit().await?;
    let written: std::collections::HashSet<String> = written.into_iter().collect();
    Ok(rows.iter().zip(offered).map(|(row, offered)| offered && written.contains(&row.draft.id.to_string())).collect())
}

async fn existing(db: &Db, id: Uuid, hash: &str, referrer: &User) -> Result<Option<PushOutcome>, AppError> {
    let row: Option<(String, String)> = on_db!(db, pool => sqlx::query_as("SELECT content_hash, referrer_user_id FROM referrals WHERE id = $1")
        .bind(id.to_string())
        .fetch_optional(pool).await)?;
    Ok(row.map(|(stored, by)| {
        // A purged referral's content can no longer be compared: a repeat from its referrer is
        // acknowledged (the server had it), anyone else's is a conflict.
        let same = stored == hash || stored == PURGED_HASH;
        if same && by == referrer.id.to_string() { PushOutcome::AlreadyStored } else { PushOutcome::Conflict }
    }))
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    service_id: String,
    service_name: String,
    receiving_org_id: String,
    referrer_user_id: String,
    needs: String,
    urgency: String,
    safeguarding: bool,
    interpreter: bool,
    language: String,
    contact_method: String,
    consent_version: i64,
    consent_statement: Option<String>,
    retention_days: Option<i64>,
    consent_language: String,
    consent_at: i64,
    status: String,
    decline_reason: Option<String>,
    outcome: Option<String>,
    received_at: i64,
    changed_at: i64,
    touched_at: i64,
    seq: i64,
    person_name: Option<String>,
    contact_detail: Option<String>,
    support: Option<String>,
    referrer_contact: Option<String>,
    purged_at: Option<i64>,
}

const COLUMNS: &str = "id, service_id, service_name, receiving_org_id, referrer_user_id, needs,
    urgency, safeguarding, interpreter, language, contact_method, consent_version, consent_statement, retention_days,
    consent_language, consent_at, status, decline_reason, outcome, received_at, changed_at, touched_at, seq,
    person_name, contact_detail, support, referrer_contact, purged_at";

/// Days a referral's details are kept after it was last touched: the configured period, or
/// the one its consent statement promised if that is shorter.
fn kept_days(promised: Option<i64>, configured: u32) -> i64 {
    promised.map_or(i64::from(configured), |p| p.min(i64::from(configured)))
}

impl Row {
    /// How `user` stands to this referral, if at all: the receiving organisation's admins and
    /// the members they chose to work through the service's referrals (`caseworker`), and the
    /// person who made it. Nobody else.
    fn relation(&self, user: &User, caseworker: bool) -> Option<Relation> {
        let receiving = self.receiving_org_id == user.organisation_id.to_string();
        if receiving && (user.role == Role::OrgAdmin || (user.role == Role::Worker && caseworker)) {
            Some(Relation::Receiver)
        } else if user.role.may_refer() && self.referrer_user_id == user.id.to_string() {
            Some(Relation::Sender)
        } else {
            None
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
            purged: self.purged_at.is_some(),
        }
    }

    fn summary(&self, retention_days: u32) -> Summary {
        Summary {
            id: self.id.parse().unwrap_or_default(),
            service_id: self.service_id.parse().unwrap_or_default(),
            service_name: self.service_name.clone(),
            person_name: self.person_name.clone(),
            needs: parse_needs(&self.needs),
            urgency: Urgency::from_code(&self.urgency).unwrap_or(Urgency::Routine),
            safeguarding: self.safeguarding,
            status: self.status(),
            received_at_ms: self.received_at,
            changed_at_ms: self.changed_at,
            purge_at_ms: self
                .purged_at
                .is_none()
                .then(|| self.touched_at + kept_days(self.retention_days, retention_days) * DAY_MS),
        }
    }
}

/// Whether `user` works through the referrals of service `service` (chosen by its admins).
async fn is_caseworker(db: &Db, user: &User, service: &str) -> Result<bool, AppError> {
    if user.role != Role::Worker {
        return Ok(false);
    }
    let found: i64 = on_db!(db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM service_caseworkers WHERE service_id = $1 AND user_id = $2 AND organization_id = $3",
    )
    .bind(service)
    .bind(user.id.to_string())
    .bind(user.organisation_id.to_string())
    .fetch_one(pool).await)?;
    Ok(found > 0)
}

/// One page (1-based) of the referrals received by the organisation's services (for an admin,
/// all of them; for a member chosen to work through some services' referrals, those), newest
/// first, with how many are new and how many lose their personal details within
/// [`PURGE_WARNING_DAYS`].
pub async fn inbox(db: &Db, user: &User, page: u32, retention_days: u32, now_ms: i64) -> Result<Inbox, AppError> {
    // '' for an admin (every service); the member's id for a caseworker (their services).
    let caseworker = match user.role {
        Role::OrgAdmin => String::new(),
        Role::Worker => {
            let services: i64 = on_db!(db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM service_caseworkers WHERE user_id = $1")
                .bind(user.id.to_string())
                .fetch_one(pool).await)?;
            if services == 0 {
                return Err(AppError::Forbidden);
            }
            user.id.to_string()
        }
        Role::Coordinator => return Err(AppError::Forbidden),
    };
    let org = user.organisation_id.to_string();
    let warn_before = now_ms + PURGE_WARNING_DAYS * DAY_MS;
    let sql = db.pick(
        "SELECT count(*),
             count(*) FILTER (WHERE status = 'new'),
             count(*) FILTER (WHERE purged_at IS NULL AND touched_at + min(coalesce(retention_days, $2), $2) * $3 <= $4)
         FROM referrals WHERE receiving_org_id = $1
             AND ($5 = '' OR service_id IN (SELECT service_id FROM service_caseworkers WHERE user_id = $5))",
        "SELECT count(*),
             count(*) FILTER (WHERE status = 'new'),
             count(*) FILTER (WHERE purged_at IS NULL AND touched_at + LEAST(coalesce(retention_days, $2), $2) * $3 <= $4)
         FROM referrals WHERE receiving_org_id = $1
             AND ($5 = '' OR service_id IN (SELECT service_id FROM service_caseworkers WHERE user_id = $5))",
    );
    let (total, new, purging_soon): (i64, i64, i64) = on_db!(db, pool => sqlx::query_as(sql)
    .bind(&org)
    .bind(i64::from(retention_days))
    .bind(DAY_MS)
    .bind(warn_before)
    .bind(&caseworker)
    .fetch_one(pool).await)?;
    let pages = (total as u32).div_ceil(INBOX_PAGE_SIZE).max(1);
    let page = page.clamp(1, pages);
    let rows: Vec<Row> = on_db!(db, pool => sqlx::query_as(AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM referrals WHERE receiving_org_id = $1
             AND ($4 = '' OR service_id IN (SELECT service_id FROM service_caseworkers WHERE user_id = $4))
         ORDER BY received_at DESC, id LIMIT $2 OFFSET $3"
    )))
    .bind(&org)
    .bind(i64::from(INBOX_PAGE_SIZE))
    .bind(i64::from((page - 1) * INBOX_PAGE_SIZE))
    .bind(&caseworker)
    .fetch_all(pool).await)?;
    Ok(Inbox {
        new: new as usize,
        purging_soon: purging_soon as usize,
        total: total as usize,
        page,
        pages,
        referrals: rows.iter().map(|r| r.summary(retention_days)).collect(),
        now_ms,
    })
}

async fn visible_row(db: &Db, user: &User, id: Uuid) -> Result<(Row, Relation), AppError> {
    let row: Option<Row> = on_db!(db, pool => sqlx::query_as(AssertSqlSafe(format!("SELECT {COLUMNS} FROM referrals WHERE id = $1")))
        .bind(id.to_string())
        .fetch_optional(pool).await)?;
    let Some(row) = row else { return Err(AppError::NotFound) };
    let caseworker = is_caseworker(db, user, &row.service_id).await?;
    row.relation(user, caseworker).map(|rel| (row, rel)).ok_or(AppError::NotFound)
}

pub async fn detail(db: &Db, user: &User, id: Uuid, retention_days: u32) -> Result<Detail, AppError> {
    let (row, relation) = visible_row(db, user, id).await?;
    let notes = if relation == Relation::Receiver {
        let notes: Vec<(String, String, i64)> = on_db!(db, pool => sqlx::query_as(
            "SELECT users.email, referral_notes.body, referral_notes.created_at FROM referral_notes
             JOIN users ON users.id = referral_notes.author_id WHERE referral_id = $1 ORDER BY referral_notes.created_at, referral_notes.id",
        )
        .bind(id.to_string())
        .fetch_all(pool).await)?;
        notes.into_iter().map(|(author, body, created_at_ms)| Note { author, body, created_at_ms }).collect()
    } else {
        vec![]
    };
    // The exact statement the family heard, with the service's name in it.
    let statement: Option<String> = match &row.consent_statement {
        Some(version) => on_db!(db, pool => sqlx::query_scalar("SELECT text FROM consent_statements WHERE version = $1")
            .bind(version)
            .fetch_optional(pool).await)?
            .map(|text: String| text.replace(super::consent::SERVICE_PLACEHOLDER, &row.service_name)),
        None => None,
    };
    let referrer: Option<String> = on_db!(db, pool => sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
        .bind(&row.referrer_user_id)
        .fetch_optional(pool).await)?;
    Ok(Detail {
        summary: row.summary(retention_days),
        relation,
        referrer,
        contact_method: ContactMethod::from_code(&row.contact_method).unwrap_or(ContactMethod::ThroughReferrer),
        contact_detail: row.contact_detail.clone(),
        language: row.language.clone(),
        interpreter: row.interpreter,
        support: row.support.clone(),
        referrer_contact: row.referrer_contact.clone(),
        consent_version: row.consent_version as u32,
        consent_statement: statement,
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
pub async fn change_status(db: &Db, user: &User, id: Uuid, change: &StatusChange, now_ms: i64) -> Result<Status, AppError> {
    let (row, relation) = visible_row(db, user, id).await?;
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
    // Compare-and-set on the status: two admins acting at once cannot both move it. A new
    // place in the change sequence, in the same transaction.
    let mut tx = db.begin().await?;
    let seq = next_seq(&mut tx, Sequence::Referrals, 1).await?;
    let updated = on_tx!(&mut tx, conn => sqlx::query(
        "UPDATE referrals SET status = $1, decline_reason = $2, outcome = $3, changed_at = $4, touched_at = $5,
             finished_at = CASE WHEN $6 THEN $7 ELSE finished_at END, seq = $10
         WHERE id = $8 AND status = $9",
    )
    .bind(next.code())
    .bind(reason)
    .bind(outcome)
    .bind(now_ms)
    .bind(now_ms)
    .bind(next.finished())
    .bind(now_ms)
    .bind(id.to_string())
    .bind(current.code())
    .bind(seq)
    .execute(conn).await.map(|r| r.rows_affected()))?;
    if updated == 0 {
        return Err(AppError::BadRequest("referral-error-status-change".into()));
    }
    tx.commit().await?;
    tracing::info!(referral = %id, status = next.code(), "referral status changed");
    Ok(next)
}

pub async fn add_note(db: &Db, user: &User, id: Uuid, body: &str, now_ms: i64) -> Result<(), AppError> {
    let (row, relation) = visible_row(db, user, id).await?;
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
    let mut tx = db.begin().await?;
    on_tx!(&mut tx, conn => sqlx::query("INSERT INTO referral_notes (id, referral_id, author_id, body, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(Uuid::now_v7().to_string())
        .bind(id.to_string())
        .bind(user.id.to_string())
        .bind(body)
        .bind(now_ms)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    // A note is work on the referral: its retention starts again.
    on_tx!(&mut tx, conn => sqlx::query("UPDATE referrals SET touched_at = $1 WHERE id = $2").bind(now_ms).bind(id.to_string()).execute(conn).await.map(|r| r.rows_affected()))?;
    tx.commit().await?;
    Ok(())
}

/// Receipts (no personal data) of the referrals the user made, changed after `since`, in the
/// referral change sequence: each phone keeps its own cursor per user.
pub async fn sent(db: &Db, user: &User, since: i64, limit: u32) -> Result<SentPage, AppError> {
    if !user.role.may_refer() {
        return Err(AppError::Forbidden);
    }
    let rows: Vec<Row> =
        on_db!(db, pool => sqlx::query_as(AssertSqlSafe(format!("SELECT {COLUMNS} FROM referrals WHERE referrer_user_id = $1 AND seq > $2 ORDER BY seq LIMIT $3")))
            .bind(user.id.to_string())
            .bind(since)
            .bind(i64::from(limit) + 1)
            .fetch_all(pool).await)?;
    let more = rows.len() > limit as usize;
    let receipts: Vec<Receipt> = rows.iter().take(limit as usize).map(Row::receipt).collect();
    let cursor = rows.iter().take(limit as usize).last().map_or(since, |r| r.seq);
    Ok(SentPage { cursor, more, receipts })
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

pub async fn figures(db: &Db, user: &User) -> Result<Figures, AppError> {
    if user.role != Role::Coordinator {
        return Err(AppError::Forbidden);
    }
    let rows: Vec<(String, String, Option<String>, String, i64, String, bool)> = on_db!(db, pool => sqlx::query_as(
        "SELECT status, needs, outcome, receiving_org_id, received_at, urgency, interpreter FROM referrals",
    )
    .fetch_all(pool).await)?;
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

/// Purges the personal details, notes and content hash of every referral untouched (no status
/// change, no note) for its retention period: the configured one, or the one its consent
/// statement promised if shorter. Whatever its status: a referral nobody acts on is not kept for
/// ever. What figures need stays. Each purge takes a new place in the change sequence, so the
/// referrer's phone drops the decline reason it holds. Returns how many were purged.
pub async fn purge(db: &Db, retention_days: u32, now_ms: i64) -> Result<u64, AppError> {
    let mut tx = db.begin().await?;
    let sql = tx.pick(
        "SELECT id FROM referrals
         WHERE purged_at IS NULL AND touched_at + min(coalesce(retention_days, $1), $1) * $2 <= $3
         ORDER BY seq",
        "SELECT id FROM referrals
         WHERE purged_at IS NULL AND touched_at + LEAST(coalesce(retention_days, $1), $1) * $2 <= $3
         ORDER BY seq",
    );
    let due: Vec<String> = on_tx!(&mut tx, conn => sqlx::query_scalar(sql)
    .bind(i64::from(retention_days))
    .bind(DAY_MS)
    .bind(now_ms)
    .fetch_all(conn).await)?;
    if due.is_empty() {
        return Ok(0);
    }
    // One new place each, taken at once (as a group of pushed referrals takes them).
    let first = next_seq(&mut tx, Sequence::Referrals, due.len() as i64).await?;
    for (seq, id) in (first..).zip(&due) {
        on_tx!(&mut tx, conn => sqlx::query("DELETE FROM referral_notes WHERE referral_id = $1").bind(id).execute(conn).await.map(|r| r.rows_affected()))?;
        on_tx!(&mut tx, conn => sqlx::query(
            "UPDATE referrals SET person_name = NULL, contact_detail = NULL, support = NULL, referrer_contact = NULL,
                 decline_reason = NULL, content_hash = $1, purged_at = $2, seq = $4
             WHERE id = $3",
        )
        .bind(PURGED_HASH)
        .bind(now_ms)
        .bind(id)
        .bind(seq)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    }
    tx.commit().await?;
    Ok(due.len() as u64)
}
