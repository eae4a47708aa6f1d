//! Server only: listing changes, moderation and every published version, on SQLite or
//! PostgreSQL (one set of queries). Who may do what is decided here, in the same transaction as
//! the change:
//!
//! - an organisation admin edits, adds and archives its own organisation's services and details;
//!   the change waits for a coordinator unless the organisation is trusted;
//! - a coordinator does the same for any organisation, publishing at once, and approves, sends
//!   back, trusts, restores and onboards;
//! - workers change nothing.
//!
//! The directory tables only ever hold published listings (written by [`publish_service`], the
//! one way a service enters, changes in or leaves the directory), so nothing pending can reach
//! search, pages, phones or any API.

use uuid::Uuid;

use super::model::{
    ChangeItem, ChangeKind, ChangeState, ListedService, Listing, MAX_REASON_CHARS, ListingsOverview, OrganisationOverview, Saved,
    ServiceEdit, ServiceVersion, freshness,
    london_date, organisation_problems, service_fields,
};
use crate::{
    accounts::{model::Role, store::User},
    directory::{
        model::{Organisation, Service},
        store as directory,
    },
    error::AppError,
    on_db, on_tx,
    server::db::{Db, DbTx},
};

/// Whether `user` may change the listings of `organisation`.
fn may_edit(user: &User, organisation: Uuid) -> bool {
    user.role == Role::Coordinator || (user.role == Role::OrgAdmin && user.organisation_id == organisation)
}

fn coordinator(user: &User) -> Result<(), AppError> {
    if user.role == Role::Coordinator { Ok(()) } else { Err(AppError::Forbidden) }
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, AppError> {
    serde_json::to_string(value).map_err(|_| AppError::Internal)
}

fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, AppError> {
    serde_json::from_str(text).map_err(|e| {
        tracing::error!(error = %e, "a stored listing document does not read");
        AppError::Internal
    })
}

fn bad(id: &str) -> AppError {
    AppError::BadRequest(id.into())
}

/// Locks an organisation's listings until `tx` ends (its row: PostgreSQL locks it; on SQLite
/// the write takes the database's write lock at once) and says whether it is trusted; `None`
/// when there is no such organisation. Every change to an organisation's listings starts here,
/// so two saves of one listing are decided one after the other.
async fn lock_organisation(tx: &mut DbTx, organisation: Uuid) -> Result<Option<bool>, sqlx::Error> {
    on_tx!(tx, conn => sqlx::query_scalar("UPDATE organizations SET trusted = trusted WHERE id = $1 RETURNING trusted")
        .bind(organisation.to_string())
        .fetch_optional(conn)
        .await)
}

/// The newest published version of a service: its number (0: never published) and document
/// (none when archived or never published).
async fn published(tx: &mut DbTx, service: Uuid) -> Result<(i64, Option<Service>), AppError> {
    let row: Option<(i64, String, bool)> = on_tx!(tx, conn => sqlx::query_as(
        "SELECT version, document, archived FROM service_versions WHERE service_id = $1 ORDER BY version DESC LIMIT 1",
    )
    .bind(service.to_string())
    .fetch_optional(conn)
    .await)?;
    match row {
        None => Ok((0, None)),
        Some((version, _, true)) => Ok((version, None)),
        Some((version, document, false)) => Ok((version, Some(from_json(&document)?))),
    }
}

/// The change waiting for a coordinator on a listing, if any: its id, kind and document.
async fn pending(tx: &mut DbTx, entity: Uuid) -> Result<Option<(Uuid, ChangeKind, String)>, AppError> {
    let row: Option<(String, String, String)> = on_tx!(tx, conn => sqlx::query_as(
        "SELECT id, kind, document FROM listing_changes WHERE entity_id = $1 AND state = 'pending' ORDER BY asked_at DESC LIMIT 1",
    )
    .bind(entity.to_string())
    .fetch_optional(conn)
    .await)?;
    row.map(|(id, kind, document)| {
        Ok((id.parse().map_err(|_| AppError::Internal)?, ChangeKind::from_code(&kind).ok_or(AppError::Internal)?, document))
    })
    .transpose()
}

/// Puts `service` in the directory as its next published version (or, `archived`, takes it
/// out, keeping this version to restore), recording who and which change: the one way a
/// service enters, changes in or leaves the directory tables. The change log moves, so phones
/// receive it at their next sync. Publishing the document the newest version already holds
/// adds no version. Returns the version now published.
pub async fn publish_service(
    tx: &mut DbTx,
    service: &Service,
    archived: bool,
    by: Option<Uuid>,
    change: Option<Uuid>,
    now_ms: i64,
) -> Result<i64, AppError> {
    let document = to_json(service)?;
    // Two publications of one service at once (two servers, an import during a save) must not
    // both take the next version number. On PostgreSQL the second waits here until the first
    // commits, then reads its version; SQLite's transactions hold the write lock already
    // (`Db::begin`).
    if tx.backend() == crate::server::db::Backend::Postgres {
        on_tx!(tx, conn => sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
            .bind(service.id.to_string())
            .execute(conn)
            .await
            .map(|_| ()))?;
    }
    let latest: Option<(i64, String, bool)> = on_tx!(tx, conn => sqlx::query_as(
        "SELECT version, document, archived FROM service_versions WHERE service_id = $1 ORDER BY version DESC LIMIT 1",
    )
    .bind(service.id.to_string())
    .fetch_optional(conn)
    .await)?;
    if archived {
        directory::delete_service(tx, service.id).await?;
    } else {
        directory::upsert_service(tx, service).await?;
    }
    let version = match &latest {
        Some((v, d, a)) if *d == document && *a == archived => return Ok(*v),
        Some((v, ..)) => v + 1,
        None => 1,
    };
    on_tx!(tx, conn => sqlx::query(
        "INSERT INTO service_versions (service_id, version, organization_id, document, archived, published_by, published_at, change_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(service.id.to_string())
    .bind(version)
    .bind(service.organisation_id.to_string())
    .bind(&document)
    .bind(archived)
    .bind(by.map(|u| u.to_string()))
    .bind(now_ms)
    .bind(change.map(|c| c.to_string()))
    .execute(conn)
    .await
    .map(|_| ()))?;
    Ok(version)
}

/// Records the listed version of every service that has none yet (a directory loaded before
/// versions were kept), so that every service has a version to compare and restore. Cheap when
/// there is nothing to do; run at start.
pub async fn record_first_versions(db: &Db, now_ms: i64) -> Result<usize, AppError> {
    let missing: i64 = on_db!(db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM services s WHERE NOT EXISTS (SELECT 1 FROM service_versions v WHERE v.service_id = s.id)",
    )
    .fetch_one(pool)
    .await)?;
    if missing == 0 {
        return Ok(0);
    }
    let (_, dir) = directory::load(db).await?;
    let mut tx = db.begin().await?;
    let mut done = 0;
    for s in &dir.services {
        let (version, _) = published(&mut tx, s.id).await?;
        if version == 0 {
            insert_version(&mut tx, s, now_ms).await?;
            done += 1;
        }
    }
    tx.commit().await?;
    Ok(done)
}

async fn insert_version(tx: &mut DbTx, s: &Service, now_ms: i64) -> Result<(), AppError> {
    on_tx!(tx, conn => sqlx::query(
        "INSERT INTO service_versions (service_id, version, organization_id, document, archived, published_at) VALUES ($1, 1, $2, $3, $4, $5)",
    )
    .bind(s.id.to_string())
    .bind(s.organisation_id.to_string())
    .bind(to_json(s)?)
    .bind(false)
    .bind(now_ms)
    .execute(conn)
    .await
    .map(|_| ()))?;
    Ok(())
}

/// What the editor of service `id` starts from (see [`ServiceEdit`]): for the organisation's
/// admins and coordinators only; anyone else is told it does not exist.
pub async fn service_edit(db: &Db, user: &User, id: Uuid) -> Result<ServiceEdit, AppError> {
    let mut tx = db.begin().await?;
    let (base_version, live) = published(&mut tx, id).await?;
    let waiting = pending(&mut tx, id).await?;
    let service = match (&waiting, live) {
        (Some((_, _, document)), _) => from_json::<Service>(document)?,
        (None, Some(live)) => live,
        (None, None) => return Err(AppError::NotFound),
    };
    if !may_edit(user, service.organisation_id) {
        return Err(AppError::NotFound);
    }
    let returned: Option<(String, Option<String>)> = on_tx!(&mut tx, conn => sqlx::query_as(
        "SELECT state, reason FROM listing_changes WHERE entity_id = $1 AND state IN ('returned', 'pending', 'published')
         ORDER BY asked_at DESC LIMIT 1",
    )
    .bind(id.to_string())
    .fetch_optional(conn)
    .await)?;
    tx.commit().await?;
    Ok(ServiceEdit {
        service,
        base_version,
        pending: waiting.map(|(change, ..)| change),
        returned: returned.filter(|(state, _)| state == "returned").and_then(|(_, reason)| reason),
    })
}

/// What the editor of a new service of `organisation` starts from: an empty service with a new
/// id (nothing is stored until it is saved).
pub async fn new_service(db: &Db, user: &User, organisation: Uuid) -> Result<ServiceEdit, AppError> {
    if !may_edit(user, organisation) {
        return Err(AppError::NotFound);
    }
    let known: Option<String> = on_db!(db, pool => sqlx::query_scalar("SELECT id FROM organizations WHERE id = $1")
        .bind(organisation.to_string())
        .fetch_optional(pool)
        .await)?;
    known.ok_or(AppError::NotFound)?;
    let service = Service {
        id: Uuid::now_v7(),
        organisation_id: organisation,
        name: String::new(),
        description: String::new(),
        status: crate::directory::model::ServiceStatus::Active,
        eligibility: None,
        min_age: None,
        max_age: None,
        free: true,
        fees: None,
        access: Default::default(),
        accepts_referrals: false,
        needs: Vec::new(),
        languages: Vec::new(),
        areas: Vec::new(),
        locations: Vec::new(),
        phones: Vec::new(),
        email: None,
        website: None,
        hours: Default::default(),
        last_reviewed: None,
    };
    Ok(ServiceEdit { service, base_version: 0, pending: None, returned: None })
}

/// Saves a service as edited (or, `archive`, takes it out of the directory): published at once
/// for a coordinator or a trusted organisation, else waiting for a coordinator. `base_version`
/// and `pending` say which version the editor started from ([`ServiceEdit`]): if the listing
/// has moved on since, nothing is saved and the answer is `Conflict` (the editor reloads the
/// newer version; what was typed is kept on the phone).
pub async fn save_service(
    db: &Db,
    user: &User,
    mut service: Service,
    base_version: i64,
    pending_change: Option<Uuid>,
    archive: bool,
    now_ms: i64,
) -> Result<Saved, AppError> {
    if !matches!(user.role, Role::OrgAdmin | Role::Coordinator) {
        return Err(AppError::Forbidden);
    }
    if let Some(problem) = service.problems().first() {
        return Err(bad(problem));
    }
    if service.id.is_nil() {
        return Err(bad("error-bad-request"));
    }
    for place in service.locations.iter_mut().filter(|l| l.id.is_nil()) {
        place.id = Uuid::now_v7();
    }
    let mut tx = db.begin().await?;
    let (version, live) = published(&mut tx, service.id).await?;
    // The organisation it belongs to now decides who may change it, not the one the form names.
    let owner = live.as_ref().map_or(service.organisation_id, |l| l.organisation_id);
    if !may_edit(user, owner) {
        return Err(if live.is_some() { AppError::NotFound } else { AppError::Forbidden });
    }
    if !may_edit(user, service.organisation_id) {
        return Err(AppError::Forbidden);
    }
    let Some(trusted) = lock_organisation(&mut tx, service.organisation_id).await? else {
        return Err(bad("service-invalid-organisation"));
    };
    let (version_now, _) = published(&mut tx, service.id).await?;
    let waiting = pending(&mut tx, service.id).await?;
    if version_now != version || version != base_version || waiting.as_ref().map(|w| w.0) != pending_change {
        return Err(AppError::Conflict);
    }
    if live.is_none() && version > 0 {
        // Archived: it comes back only by a coordinator restoring a version of it.
        return Err(AppError::NotFound);
    }
    let kind = match (archive, &live) {
        (true, _) => ChangeKind::Archived,
        (false, Some(_)) => ChangeKind::Changed,
        (false, None) => ChangeKind::New,
    };
    // An edit by the organisation confirms the listing as of today.
    if user.role == Role::OrgAdmin && !archive {
        service.last_reviewed = Some(london_date(now_ms));
    }
    let publish = user.role == Role::Coordinator || trusted;
    let change = Uuid::now_v7();
    if let Some((previous, ..)) = waiting {
        replace(&mut tx, previous, user, now_ms).await?;
    }
    insert_change(&mut tx, change, "service", service.id, service.organisation_id, kind, base_version, &to_json(&service)?, user, now_ms, publish)
        .await?;
    let saved = if publish {
        Saved::Published { version: publish_service(&mut tx, &service, archive, Some(user.id), Some(change), now_ms).await? }
    } else {
        Saved::Pending { change }
    };
    tx.commit().await?;
    Ok(saved)
}

async fn replace(tx: &mut DbTx, change: Uuid, by: &User, now_ms: i64) -> Result<(), AppError> {
    on_tx!(tx, conn => sqlx::query("UPDATE listing_changes SET state = 'replaced', decided_by = $1, decided_at = $2 WHERE id = $3 AND state = 'pending'")
        .bind(by.id.to_string())
        .bind(now_ms)
        .bind(change.to_string())
        .execute(conn)
        .await
        .map(|_| ()))?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn insert_change(
    tx: &mut DbTx,
    id: Uuid,
    entity: &str,
    entity_id: Uuid,
    organisation: Uuid,
    kind: ChangeKind,
    base_version: i64,
    document: &str,
    by: &User,
    now_ms: i64,
    published: bool,
) -> Result<(), AppError> {
    on_tx!(tx, conn => sqlx::query(
        "INSERT INTO listing_changes (id, organization_id, entity, entity_id, kind, base_version, document, state, asked_by, asked_at, decided_by, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(id.to_string())
    .bind(organisation.to_string())
    .bind(entity)
    .bind(entity_id.to_string())
    .bind(kind.code())
    .bind(base_version)
    .bind(document)
    .bind(if published { "published" } else { "pending" })
    .bind(by.id.to_string())
    .bind(now_ms)
    .bind(published.then(|| by.id.to_string()))
    .bind(published.then_some(now_ms))
    .execute(conn)
    .await
    .map(|_| ()))?;
    Ok(())
}

/// An organisation's details as published: its version (the number of its published changes)
/// and the details (from the directory tables).
async fn organisation_now(tx: &mut DbTx, id: Uuid) -> Result<(i64, Option<Organisation>), AppError> {
    let row: Option<(String, String, Option<String>, Option<String>, String)> = on_tx!(tx, conn => sqlx::query_as(
        "SELECT name, description, email, website, areas FROM organizations WHERE id = $1",
    )
    .bind(id.to_string())
    .fetch_optional(&mut *conn)
    .await)?;
    let version: i64 = on_tx!(tx, conn => sqlx::query_scalar(
        "SELECT COUNT(*) FROM listing_changes WHERE entity_id = $1 AND entity = 'organization' AND state = 'published'",
    )
    .bind(id.to_string())
    .fetch_one(conn)
    .await)?;
    let Some((name, description, email, website, areas)) = row else { return Ok((version, None)) };
    let areas = areas.lines().map(str::to_string).filter(|a| !a.is_empty()).collect();
    let phones: Vec<(String, Option<String>)> = on_tx!(tx, conn => sqlx::query_as(
        "SELECT number, description FROM phones WHERE organization_id = $1 ORDER BY position, id",
    )
    .bind(id.to_string())
    .fetch_all(conn)
    .await)?;
    let phones = phones.into_iter().map(|(number, description)| crate::directory::model::Phone { number, description }).collect();
    Ok((version, Some(Organisation { id, name, description, email, website, phones, areas })))
}

/// What the organisation details editor starts from: the newest details (waiting or published),
/// the published version and the waiting change.
pub async fn organisation_edit(db: &Db, user: &User, id: Uuid) -> Result<(Organisation, i64, Option<Uuid>), AppError> {
    if !may_edit(user, id) {
        return Err(AppError::NotFound);
    }
    let mut tx = db.begin().await?;
    let (version, live) = organisation_now(&mut tx, id).await?;
    let live = live.ok_or(AppError::NotFound)?;
    let waiting = pending(&mut tx, id).await?;
    tx.commit().await?;
    Ok(match waiting {
        Some((change, _, document)) => (from_json(&document)?, version, Some(change)),
        None => (live, version, None),
    })
}

/// Saves an organisation's details, with the same rules as [`save_service`].
pub async fn save_organisation(
    db: &Db,
    user: &User,
    organisation: Organisation,
    base_version: i64,
    pending_change: Option<Uuid>,
    now_ms: i64,
) -> Result<Saved, AppError> {
    if !may_edit(user, organisation.id) {
        return Err(if user.role == Role::Worker { AppError::Forbidden } else { AppError::NotFound });
    }
    if let Some(problem) = organisation_problems(&organisation).first() {
        return Err(bad(problem));
    }
    let mut tx = db.begin().await?;
    let Some(trusted) = lock_organisation(&mut tx, organisation.id).await? else { return Err(AppError::NotFound) };
    let (version, _) = organisation_now(&mut tx, organisation.id).await?;
    let waiting = pending(&mut tx, organisation.id).await?;
    if version != base_version || waiting.as_ref().map(|w| w.0) != pending_change {
        return Err(AppError::Conflict);
    }
    let publish = user.role == Role::Coordinator || trusted;
    let change = Uuid::now_v7();
    if let Some((previous, ..)) = waiting {
        replace(&mut tx, previous, user, now_ms).await?;
    }
    let document = to_json(&organisation)?;
    insert_change(&mut tx, change, "organization", organisation.id, organisation.id, ChangeKind::Changed, base_version, &document, user, now_ms, publish)
        .await?;
    if publish {
        directory::upsert_organisation(&mut tx, &organisation).await?;
    }
    tx.commit().await?;
    Ok(if publish { Saved::Published { version: version + 1 } } else { Saved::Pending { change } })
}

#[derive(sqlx::FromRow)]
struct ChangeRow {
    id: String,
    organization_id: String,
    organization_name: String,
    entity: String,
    entity_id: String,
    kind: String,
    base_version: i64,
    document: String,
    state: String,
    reason: Option<String>,
    asked_by: String,
    asked_at: i64,
    decided_at: Option<i64>,
}

const CHANGE_COLUMNS: &str = "c.id, c.organization_id, o.name AS organization_name, c.entity, c.entity_id, c.kind, c.base_version,
     c.document, c.state, c.reason, u.email AS asked_by, c.asked_at, c.decided_at
     FROM listing_changes c JOIN organizations o ON o.id = c.organization_id JOIN users u ON u.id = c.asked_by";

/// A stored change as the queue shows it: the version it started from beside the one asked for.
async fn item(tx: &mut DbTx, row: ChangeRow) -> Result<ChangeItem, AppError> {
    let entity_id: Uuid = row.entity_id.parse().map_err(|_| AppError::Internal)?;
    let listing = if row.entity == "service" {
        let before: Option<String> = on_tx!(tx, conn => sqlx::query_scalar(
            "SELECT document FROM service_versions WHERE service_id = $1 AND version = $2",
        )
        .bind(entity_id.to_string())
        .bind(row.base_version)
        .fetch_optional(conn)
        .await)?;
        Listing::Service { before: before.as_deref().map(from_json).transpose()?, after: from_json(&row.document)? }
    } else {
        // The details published before this change: the last published change before it, or
        // (none through Signpost yet) what the directory holds when it is still pending.
        let before: Option<String> = on_tx!(tx, conn => sqlx::query_scalar(
            "SELECT document FROM listing_changes WHERE entity_id = $1 AND state = 'published' AND asked_at < $2
             ORDER BY asked_at DESC LIMIT 1",
        )
        .bind(entity_id.to_string())
        .bind(row.asked_at)
        .fetch_optional(conn)
        .await)?;
        let before = match before {
            Some(d) => Some(from_json(&d)?),
            None if row.state == "pending" => organisation_now(tx, entity_id).await?.1,
            None => None,
        };
        Listing::Organisation { before, after: from_json(&row.document)? }
    };
    Ok(ChangeItem {
        id: row.id.parse().map_err(|_| AppError::Internal)?,
        organisation_id: row.organization_id.parse().map_err(|_| AppError::Internal)?,
        organisation_name: row.organization_name,
        kind: ChangeKind::from_code(&row.kind).ok_or(AppError::Internal)?,
        state: ChangeState::from_code(&row.state).ok_or(AppError::Internal)?,
        reason: row.reason,
        asked_by: row.asked_by,
        asked_at_ms: row.asked_at,
        decided_at_ms: row.decided_at,
        listing,
    })
}

/// The coordinator's queue: every change waiting for a decision, oldest first.
pub async fn queue(db: &Db, user: &User) -> Result<Vec<ChangeItem>, AppError> {
    coordinator(user)?;
    let sql = format!("SELECT {CHANGE_COLUMNS} WHERE c.state = 'pending' ORDER BY c.asked_at, c.id");
    items(db, &sql, None).await
}

/// An organisation's own changes, newest first (waiting, sent back, published): for its admins
/// and coordinators.
pub async fn organisation_changes(db: &Db, user: &User, organisation: Uuid, limit: i64) -> Result<Vec<ChangeItem>, AppError> {
    if !may_edit(user, organisation) {
        return Err(AppError::NotFound);
    }
    let sql = format!(
        "SELECT {CHANGE_COLUMNS} WHERE c.organization_id = $1 AND c.state <> 'replaced' ORDER BY c.asked_at DESC, c.id LIMIT {}",
        limit.clamp(1, 500)
    );
    items(db, &sql, Some(organisation)).await
}

async fn items(db: &Db, sql: &str, organisation: Option<Uuid>) -> Result<Vec<ChangeItem>, AppError> {
    let mut tx = db.begin().await?;
    // The statement is one of the constant texts above, with a clamped number.
    let rows: Vec<ChangeRow> = on_tx!(&mut tx, conn => {
        let q = sqlx::query_as(sqlx::AssertSqlSafe(sql.to_string()));
        match organisation {
            Some(o) => q.bind(o.to_string()).fetch_all(conn).await,
            None => q.fetch_all(conn).await,
        }
    })?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        out.push(item(&mut tx, row).await?);
    }
    tx.commit().await?;
    Ok(out)
}

/// A coordinator approves a waiting change: it is published (the directory, its history and
/// every phone at its next sync). Refused as `Conflict` when the listing was published again
/// since the change was made (approving it would silently undo that).
pub async fn approve(db: &Db, user: &User, change: Uuid, now_ms: i64) -> Result<(), AppError> {
    coordinator(user)?;
    let mut tx = db.begin().await?;
    let row: Option<(String, String, String, String, i64, String)> = on_tx!(&mut tx, conn => sqlx::query_as(
        "SELECT organization_id, entity, entity_id, kind, base_version, document FROM listing_changes WHERE id = $1 AND state = 'pending'",
    )
    .bind(change.to_string())
    .fetch_optional(conn)
    .await)?;
    let Some((organisation, entity, entity_id, kind, base_version, document)) = row else { return Err(AppError::NotFound) };
    let organisation: Uuid = organisation.parse().map_err(|_| AppError::Internal)?;
    let entity_id: Uuid = entity_id.parse().map_err(|_| AppError::Internal)?;
    lock_organisation(&mut tx, organisation).await?.ok_or(AppError::NotFound)?;
    let current = if entity == "service" { published(&mut tx, entity_id).await?.0 } else { organisation_now(&mut tx, entity_id).await?.0 };
    if current != base_version {
        return Err(AppError::Conflict);
    }
    let claimed = on_tx!(&mut tx, conn => sqlx::query(
        "UPDATE listing_changes SET state = 'published', decided_by = $1, decided_at = $2 WHERE id = $3 AND state = 'pending'",
    )
    .bind(user.id.to_string())
    .bind(now_ms)
    .bind(change.to_string())
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    if claimed == 0 {
        return Err(AppError::NotFound);
    }
    if entity == "service" {
        let service: Service = from_json(&document)?;
        let archived = ChangeKind::from_code(&kind) == Some(ChangeKind::Archived);
        publish_service(&mut tx, &service, archived, Some(user.id), Some(change), now_ms).await?;
    } else {
        directory::upsert_organisation(&mut tx, &from_json(&document)?).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A coordinator sends a waiting change back to its organisation, with a reason it will see.
pub async fn send_back(db: &Db, user: &User, change: Uuid, reason: &str, now_ms: i64) -> Result<(), AppError> {
    coordinator(user)?;
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > MAX_REASON_CHARS {
        return Err(bad("listing-error-reason"));
    }
    let done = on_db!(db, pool => sqlx::query(
        "UPDATE listing_changes SET state = 'returned', reason = $1, decided_by = $2, decided_at = $3 WHERE id = $4 AND state = 'pending'",
    )
    .bind(reason)
    .bind(user.id.to_string())
    .bind(now_ms)
    .bind(change.to_string())
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))?;
    if done == 0 { Err(AppError::NotFound) } else { Ok(()) }
}

/// A coordinator marks an organisation trusted (its admins' changes publish at once, still
/// recorded) or not.
pub async fn set_trusted(db: &Db, user: &User, organisation: Uuid, trusted: bool) -> Result<(), AppError> {
    coordinator(user)?;
    let done = on_db!(db, pool => sqlx::query("UPDATE organizations SET trusted = $1 WHERE id = $2")
        .bind(trusted)
        .bind(organisation.to_string())
        .execute(pool)
        .await
        .map(|r| r.rows_affected()))?;
    if done == 0 { Err(AppError::NotFound) } else { Ok(()) }
}

/// Every published version of a service, newest first, each with what changed from the one
/// before: for the organisation's admins and coordinators (others: not found).
pub async fn history(db: &Db, user: &User, service: Uuid) -> Result<Vec<ServiceVersion>, AppError> {
    type Row = (i64, String, String, bool, Option<String>, i64, Option<String>);
    let rows: Vec<Row> = on_db!(db, pool => sqlx::query_as(
        "SELECT v.version, v.organization_id, v.document, v.archived, u.email, v.published_at, a.email
         FROM service_versions v LEFT JOIN users u ON u.id = v.published_by
         LEFT JOIN listing_changes c ON c.id = v.change_id LEFT JOIN users a ON a.id = c.asked_by
         WHERE v.service_id = $1 ORDER BY v.version",
    )
    .bind(service.to_string())
    .fetch_all(pool)
    .await)?;
    // The organisation that holds it now decides who sees its history.
    let owner = rows.last().and_then(|r| r.1.parse::<Uuid>().ok());
    if !owner.is_some_and(|o| may_edit(user, o)) {
        return Err(AppError::NotFound);
    }
    let mut out: Vec<ServiceVersion> = Vec::with_capacity(rows.len());
    let mut previous: Option<Service> = None;
    for (version, _, document, archived, published_by, published_at_ms, asked_by) in rows {
        let service: Service = from_json(&document)?;
        let fields = service_fields(previous.as_ref(), &service);
        previous = Some(service.clone());
        // Who asked, only where it was someone else (a trusted organisation publishes its own).
        let asked_by = asked_by.filter(|a| published_by.as_ref() != Some(a));
        out.push(ServiceVersion { version, archived, published_by, asked_by, published_at_ms, fields, service });
    }
    out.reverse();
    Ok(out)
}

/// A coordinator restores version `version` of a service (also an archived one): it is
/// published again as the newest version. `base_version` is the newest version the coordinator
/// saw, as for a save.
pub async fn restore(db: &Db, user: &User, service: Uuid, version: i64, base_version: i64, now_ms: i64) -> Result<i64, AppError> {
    coordinator(user)?;
    let mut tx = db.begin().await?;
    let document: Option<String> = on_tx!(&mut tx, conn => sqlx::query_scalar(
        "SELECT document FROM service_versions WHERE service_id = $1 AND version = $2",
    )
    .bind(service.to_string())
    .bind(version)
    .fetch_optional(conn)
    .await)?;
    let restored: Service = from_json(&document.ok_or(AppError::NotFound)?)?;
    lock_organisation(&mut tx, restored.organisation_id).await?.ok_or(AppError::NotFound)?;
    let waiting = pending(&mut tx, service).await?;
    let (newest, live) = published(&mut tx, service).await?;
    if newest != base_version {
        return Err(AppError::Conflict);
    }
    let kind = if live.is_some() { ChangeKind::Changed } else { ChangeKind::New };
    if let Some((previous, ..)) = waiting {
        replace(&mut tx, previous, user, now_ms).await?;
    }
    let change = Uuid::now_v7();
    insert_change(&mut tx, change, "service", service, restored.organisation_id, kind, base_version, &to_json(&restored)?, user, now_ms, true)
        .await?;
    let published = publish_service(&mut tx, &restored, false, Some(user.id), Some(change), now_ms).await?;
    tx.commit().await?;
    Ok(published)
}

/// The organisation confirms that a listing is still right, unchanged: it is published again
/// with today's date as its check (no coordinator needed: nothing but the date changes).
pub async fn confirm(db: &Db, user: &User, service: Uuid, now_ms: i64) -> Result<i64, AppError> {
    let mut tx = db.begin().await?;
    let (_, live) = published(&mut tx, service).await?;
    let mut live = live.ok_or(AppError::NotFound)?;
    if !may_edit(user, live.organisation_id) {
        return Err(AppError::NotFound);
    }
    lock_organisation(&mut tx, live.organisation_id).await?.ok_or(AppError::NotFound)?;
    live.last_reviewed = Some(london_date(now_ms));
    let version = publish_service(&mut tx, &live, false, Some(user.id), None, now_ms).await?;
    tx.commit().await?;
    Ok(version)
}

/// A coordinator adds an organisation to the directory (it appears on phones at their next
/// sync, with no services yet).
pub async fn create_organisation(db: &Db, user: &User, mut organisation: Organisation, now_ms: i64) -> Result<Uuid, AppError> {
    coordinator(user)?;
    organisation.id = Uuid::now_v7();
    if let Some(problem) = organisation_problems(&organisation).first() {
        return Err(bad(problem));
    }
    let mut tx = db.begin().await?;
    directory::upsert_organisation(&mut tx, &organisation).await?;
    on_tx!(&mut tx, conn => sqlx::query("UPDATE organizations SET created_at = $1 WHERE id = $2")
        .bind(now_ms)
        .bind(organisation.id.to_string())
        .execute(conn)
        .await
        .map(|_| ()))?;
    insert_change(&mut tx, Uuid::now_v7(), "organization", organisation.id, organisation.id, ChangeKind::New, 0, &to_json(&organisation)?, user, now_ms, true)
        .await?;
    tx.commit().await?;
    Ok(organisation.id)
}

/// Every organisation, for the coordinator: its services, members, waiting changes, services
/// due for confirmation, last published change and oldest confirmation.
pub async fn organisations(db: &Db, user: &User, review_months: u32, now_ms: i64) -> Result<Vec<OrganisationOverview>, AppError> {
    coordinator(user)?;
    let rows: Vec<(String, String, bool, i64, i64, Option<i64>)> = on_db!(db, pool => sqlx::query_as(
        "SELECT o.id, o.name, o.trusted,
                (SELECT COUNT(*) FROM users u WHERE u.organization_id = o.id AND u.disabled_at IS NULL),
                (SELECT COUNT(*) FROM listing_changes c WHERE c.organization_id = o.id AND c.state = 'pending'),
                (SELECT MAX(v.published_at) FROM service_versions v WHERE v.organization_id = o.id AND v.published_by IS NOT NULL)
         FROM organizations o ORDER BY o.name, o.id",
    )
    .fetch_all(pool)
    .await)?;
    let checks: Vec<(String, Option<String>)> = on_db!(db, pool => sqlx::query_as(
        "SELECT organization_id, assured_date FROM services",
    )
    .fetch_all(pool)
    .await)?;
    let today = london_date(now_ms);
    let mut by_organisation: std::collections::HashMap<String, Vec<Option<chrono::NaiveDate>>> = Default::default();
    for (organisation, date) in checks {
        by_organisation.entry(organisation).or_default().push(date.as_deref().and_then(crate::wire::date::parse));
    }
    let mut out = Vec::with_capacity(rows.len());
    for (id, name, trusted, members, pending, last_change_ms) in rows {
        let dates = by_organisation.remove(&id).unwrap_or_default();
        let due = dates
            .iter()
            .filter(|d| super::model::freshness(**d, today, review_months) != super::model::Freshness::Current)
            .count();
        let oldest_check = if dates.iter().any(Option::is_none) { None } else { dates.iter().flatten().min().copied() };
        out.push(OrganisationOverview {
            id: id.parse().map_err(|_| AppError::Internal)?,
            name,
            trusted,
            services: dates.len() as u32,
            members: members as u32,
            pending: pending as u32,
            due: due as u32,
            last_change_ms,
            oldest_check,
        });
    }
    Ok(out)
}

/// An organisation's listings page (see [`ListingsOverview`]): for its admins and
/// coordinators.
pub async fn organisation_listings(
    db: &Db,
    user: &User,
    organisation: Uuid,
    review_months: u32,
    now_ms: i64,
) -> Result<ListingsOverview, AppError> {
    if !may_edit(user, organisation) {
        return Err(AppError::NotFound);
    }
    let mut tx = db.begin().await?;
    let (_, details) = organisation_now(&mut tx, organisation).await?;
    let details = details.ok_or(AppError::NotFound)?;
    let trusted: bool = on_tx!(&mut tx, conn => sqlx::query_scalar("SELECT trusted FROM organizations WHERE id = $1")
        .bind(organisation.to_string())
        .fetch_one(conn)
        .await)?;
    // The newest version of each service whose newest version is this organisation's.
    let rows: Vec<(String, bool)> = on_tx!(&mut tx, conn => sqlx::query_as(
        "SELECT v.document, v.archived FROM service_versions v
         WHERE v.organization_id = $1 AND v.version = (SELECT MAX(w.version) FROM service_versions w WHERE w.service_id = v.service_id)",
    )
    .bind(organisation.to_string())
    .fetch_all(conn)
    .await)?;
    let waiting: Vec<String> = on_tx!(&mut tx, conn => sqlx::query_scalar(
        "SELECT entity_id FROM listing_changes WHERE organization_id = $1 AND state = 'pending'",
    )
    .bind(organisation.to_string())
    .fetch_all(conn)
    .await)?;
    // New services waiting for a coordinator: listed for the organisation, not yet published.
    let new: Vec<String> = on_tx!(&mut tx, conn => sqlx::query_scalar(
        "SELECT document FROM listing_changes WHERE organization_id = $1 AND state = 'pending' AND kind = 'new' AND entity = 'service'",
    )
    .bind(organisation.to_string())
    .fetch_all(conn)
    .await)?;
    // Members and who works through which service's referrals: the organisation's admins only.
    let admin = user.role == Role::OrgAdmin;
    let members: Vec<(String, String)> = if admin {
        on_tx!(&mut tx, conn => sqlx::query_as(
            "SELECT id, email FROM users WHERE organization_id = $1 AND role = 'worker' AND disabled_at IS NULL ORDER BY email",
        )
        .bind(organisation.to_string())
        .fetch_all(conn)
        .await)?
    } else {
        Vec::new()
    };
    let caseworkers: Vec<(String, String)> = if admin {
        on_tx!(&mut tx, conn => sqlx::query_as("SELECT service_id, user_id FROM service_caseworkers WHERE organization_id = $1")
            .bind(organisation.to_string())
            .fetch_all(conn)
            .await)?
    } else {
        Vec::new()
    };
    tx.commit().await?;
    let members = members
        .into_iter()
        .filter_map(|(id, email)| Some(super::model::MemberChoice { id: id.parse().ok()?, email }))
        .collect();
    let today = london_date(now_ms);
    let mut services = Vec::with_capacity(rows.len());
    for (document, archived) in rows {
        let service: Service = from_json(&document)?;
        let id = service.id.to_string();
        services.push(ListedService {
            freshness: freshness(service.last_reviewed, today, review_months),
            published: true,
            pending: waiting.contains(&id),
            caseworkers: caseworkers.iter().filter(|(s, _)| *s == id).filter_map(|(_, u)| u.parse().ok()).collect(),
            archived,
            service,
        });
    }
    for document in new {
        let service: Service = from_json(&document)?;
        services.push(ListedService {
            freshness: freshness(service.last_reviewed, today, review_months),
            published: false,
            pending: true,
            archived: false,
            caseworkers: Vec::new(),
            service,
        });
    }
    services.sort_by(|a, b| (a.archived, &a.service.name).cmp(&(b.archived, &b.service.name)));
    let changes = organisation_changes(db, user, organisation, 20).await?;
    Ok(ListingsOverview {
        organisation: details,
        trusted,
        services,
        changes,
        coordinator: user.role == Role::Coordinator,
        members,
        review_months,
    })
}

/// Stores a report about a listing (anyone may make one), once: a report sent again with the
/// same id is a repeat. The service must be listed.
pub async fn receive_report(
    db: &Db,
    report: &super::report::CheckedReport,
    now_ms: i64,
) -> Result<super::report::ReportOutcome, AppError> {
    use super::report::ReportOutcome;
    let mut tx = db.begin().await?;
    let (_, live) = published(&mut tx, report.service).await?;
    let live = live.ok_or(AppError::NotFound)?;
    let stored = on_tx!(&mut tx, conn => sqlx::query(
        "INSERT INTO listing_reports (id, service_id, service_name, organization_id, kind, body, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING",
    )
    .bind(report.id.to_string())
    .bind(report.service.to_string())
    .bind(&live.name)
    .bind(live.organisation_id.to_string())
    .bind(report.kind.code())
    .bind(&report.text)
    .bind(now_ms)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    tx.commit().await?;
    Ok(if stored == 1 { ReportOutcome::Received } else { ReportOutcome::AlreadyReceived })
}

/// Reports about listings, newest first, open ones before done ones: an organisation's admins
/// see those about their organisation's listings, coordinators every one.
pub async fn reports(db: &Db, user: &User, limit: i64) -> Result<Vec<super::report::ReportItem>, AppError> {
    let rows: Vec<(String, String, String, String, String, String, i64, Option<i64>)> = match user.role {
        Role::Coordinator => on_db!(db, pool => sqlx::query_as(
            "SELECT r.id, r.service_id, r.service_name, o.name, r.kind, r.body, r.received_at, r.done_at
             FROM listing_reports r JOIN organizations o ON o.id = r.organization_id
             ORDER BY r.done_at IS NOT NULL, r.received_at DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(pool)
        .await)?,
        Role::OrgAdmin => on_db!(db, pool => sqlx::query_as(
            "SELECT r.id, r.service_id, r.service_name, o.name, r.kind, r.body, r.received_at, r.done_at
             FROM listing_reports r JOIN organizations o ON o.id = r.organization_id
             WHERE r.organization_id = $1
             ORDER BY r.done_at IS NOT NULL, r.received_at DESC LIMIT $2",
        )
        .bind(user.organisation_id.to_string())
        .bind(limit)
        .fetch_all(pool)
        .await)?,
        Role::Worker => return Err(AppError::Forbidden),
    };
    rows.into_iter()
        .map(|(id, service, service_name, organisation_name, kind, text, received_at_ms, done_at)| {
            Ok(super::report::ReportItem {
                id: id.parse().map_err(|_| AppError::Internal)?,
                service_id: service.parse().map_err(|_| AppError::Internal)?,
                service_name,
                organisation_name,
                kind: super::report::ReportKind::from_code(&kind).ok_or(AppError::Internal)?,
                text,
                received_at_ms,
                done: done_at.is_some(),
            })
        })
        .collect()
}

/// Marks a report done: by the admins of the organisation it is about, or a coordinator.
/// How long a report is kept once marked done: its free text may say more than it should (a
/// name, a number), and once acted on nobody needs it.
pub const DONE_REPORTS_KEPT_DAYS: i64 = 90;

/// Deletes the reports marked done more than [`DONE_REPORTS_KEPT_DAYS`] before `now_ms` (the
/// daily housekeeping); how many.
pub async fn forget_done_reports(db: &Db, now_ms: i64) -> Result<u64, AppError> {
    let before = now_ms - DONE_REPORTS_KEPT_DAYS * 24 * 3600 * 1000;
    Ok(on_db!(db, pool => sqlx::query("DELETE FROM listing_reports WHERE done_at IS NOT NULL AND done_at < $1")
        .bind(before)
        .execute(pool)
        .await
        .map(|r| r.rows_affected()))?)
}

pub async fn report_done(db: &Db, user: &User, report: Uuid, now_ms: i64) -> Result<(), AppError> {
    let done = match user.role {
        Role::Coordinator => on_db!(db, pool => sqlx::query(
            "UPDATE listing_reports SET done_at = $1, done_by = $2 WHERE id = $3 AND done_at IS NULL",
        )
        .bind(now_ms)
        .bind(user.id.to_string())
        .bind(report.to_string())
        .execute(pool)
        .await
        .map(|r| r.rows_affected()))?,
        Role::OrgAdmin => on_db!(db, pool => sqlx::query(
            "UPDATE listing_reports SET done_at = $1, done_by = $2 WHERE id = $3 AND done_at IS NULL AND organization_id = $4",
        )
        .bind(now_ms)
        .bind(user.id.to_string())
        .bind(report.to_string())
        .bind(user.organisation_id.to_string())
        .execute(pool)
        .await
        .map(|r| r.rows_affected()))?,
        Role::Worker => return Err(AppError::Forbidden),
    };
    if done == 0 { Err(AppError::NotFound) } else { Ok(()) }
}

/// An organisation admin chooses which of its workers work through the referrals a service of
/// theirs receives (its admins always do): they then see those referrals in their inbox and act
/// on them. Only active workers of the same organisation can be chosen.
pub async fn set_caseworkers(db: &Db, user: &User, service: Uuid, members: &[Uuid]) -> Result<(), AppError> {
    if user.role != Role::OrgAdmin {
        return Err(AppError::Forbidden);
    }
    let mut tx = db.begin().await?;
    let (_, live) = published(&mut tx, service).await?;
    let live = live.filter(|s| s.organisation_id == user.organisation_id).ok_or(AppError::NotFound)?;
    lock_organisation(&mut tx, live.organisation_id).await?.ok_or(AppError::NotFound)?;
    let organisation = live.organisation_id.to_string();
    for member in members {
        let ok: Option<String> = on_tx!(&mut tx, conn => sqlx::query_scalar(
            "SELECT id FROM users WHERE id = $1 AND organization_id = $2 AND role = 'worker' AND disabled_at IS NULL",
        )
        .bind(member.to_string())
        .bind(&organisation)
        .fetch_optional(conn)
        .await)?;
        if ok.is_none() {
            return Err(bad("listing-error-member"));
        }
    }
    on_tx!(&mut tx, conn => sqlx::query("DELETE FROM service_caseworkers WHERE service_id = $1")
        .bind(service.to_string())
        .execute(conn)
        .await
        .map(|_| ()))?;
    for member in members {
        on_tx!(&mut tx, conn => sqlx::query(
            "INSERT INTO service_caseworkers (service_id, user_id, organization_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind(service.to_string())
        .bind(member.to_string())
        .bind(&organisation)
        .execute(conn)
        .await
        .map(|_| ()))?;
    }
    tx.commit().await?;
    Ok(())
}
