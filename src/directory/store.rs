//! Server-only database access for the directory, on SQLite or PostgreSQL (one set of queries;
//! where the SQL differs, both versions side by side). Rows are their own types, mapped to and
//! from the domain types in `model.rs`; ids are stored as hyphenated UUID text.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::FromRow;
use uuid::Uuid;

use crate::{
    on_db, on_tx,
    server::db::{Db, DbTx, Sequence, next_seq},
};

use super::{
    hours::{Closure, Hours, OpeningPeriod, SpecialHours, format_hhmm, parse_hhmm},
    model::{Access, Directory, Location, Organisation, Phone, Service, ServiceStatus},
    needs::Need,
};

const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

#[derive(FromRow)]
struct OrganisationRow {
    id: String,
    name: String,
    description: String,
    email: Option<String>,
    website: Option<String>,
    areas: String,
}

#[derive(FromRow)]
struct ServiceRow {
    id: String,
    organization_id: String,
    name: String,
    description: String,
    status: String,
    eligibility_description: Option<String>,
    minimum_age: Option<i64>,
    maximum_age: Option<i64>,
    free: bool,
    fees: Option<String>,
    access_drop_in: bool,
    access_self_referral: bool,
    access_professional_referral: bool,
    access_phone: bool,
    access_appointment: bool,
    accepts_referrals: bool,
    email: Option<String>,
    url: Option<String>,
    assured_date: Option<String>,
}

#[derive(FromRow)]
struct LocationRow {
    service_id: String,
    id: String,
    name: Option<String>,
    address_1: String,
    city: String,
    postal_code: String,
    neighbourhood: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
}

#[derive(FromRow)]
struct PhoneRow {
    service_id: Option<String>,
    organization_id: Option<String>,
    number: String,
    description: Option<String>,
}

#[derive(FromRow)]
struct ScheduleRow {
    service_id: String,
    byday: String,
    opens_at: String,
    closes_at: String,
}

#[derive(FromRow)]
struct ClosureRow {
    service_id: String,
    valid_from: String,
    valid_to: String,
    description: Option<String>,
}

#[derive(FromRow)]
struct SpecialRow {
    service_id: String,
    valid_from: String,
    valid_to: String,
    opens_at: String,
    closes_at: String,
    description: Option<String>,
}

#[derive(FromRow)]
struct PairRow {
    service_id: String,
    value: String,
}

fn uuid(s: &str) -> Result<Uuid, sqlx::Error> {
    Uuid::parse_str(s).map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

fn date(s: &str) -> Result<NaiveDate, sqlx::Error> {
    crate::wire::date::parse(s).ok_or_else(|| decode_err(format!("date {s}")))
}

fn decode_err(msg: String) -> sqlx::Error {
    sqlx::Error::Decode(msg.into())
}

fn age(v: Option<i64>) -> Option<u8> {
    v.and_then(|a| u8::try_from(a).ok())
}

/// The directory's change sequence: the highest change number committed (0 when empty).
pub async fn change_seq(db: &Db) -> Result<i64, sqlx::Error> {
    on_db!(db, pool => sqlx::query_scalar("SELECT COALESCE(MAX(seq), 0) FROM changes").fetch_one(pool).await)
}

/// Which kind of entity a change is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entity {
    Organisation,
    Service,
}

/// Every entity with its latest change up to `upto` (its number and time), oldest first: what
/// sync pages are cut from (S2, S4), and when each record last changed.
pub async fn changelog(db: &Db, upto: i64) -> Result<Vec<(i64, Entity, Uuid, Option<DateTime<Utc>>)>, sqlx::Error> {
    let rows: Vec<(String, String, i64, String)> = on_db!(db, pool => {
        sqlx::query_as(
            "SELECT entity, entity_id, MAX(seq) AS seq, MAX(changed_at) AS changed_at FROM changes WHERE seq <= $1
             GROUP BY entity, entity_id ORDER BY seq",
        )
        .bind(upto)
        .fetch_all(pool)
        .await
    })?;
    Ok(rows
        .into_iter()
        .filter_map(|(entity, id, seq, at)| {
            let entity = match entity.as_str() {
                "service" => Entity::Service,
                "organization" => Entity::Organisation,
                _ => return None,
            };
            let at = DateTime::parse_from_rfc3339(&at).ok().map(|t| t.with_timezone(&Utc));
            Some((seq, entity, Uuid::parse_str(&id).ok()?, at))
        })
        .collect())
}

/// Number of organisations (0 means an empty directory).
pub async fn organisation_count(db: &Db) -> Result<i64, sqlx::Error> {
    on_db!(db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM organizations").fetch_one(pool).await)
}

/// Whether the database holds the demo directory.
pub async fn is_demo(db: &Db) -> Result<bool, sqlx::Error> {
    let v: Option<String> =
        on_db!(db, pool => sqlx::query_scalar("SELECT value FROM meta WHERE key = 'demo'").fetch_optional(pool).await)?;
    Ok(v.as_deref() == Some("1"))
}

pub async fn set_demo(tx: &mut DbTx, demo: bool) -> Result<(), sqlx::Error> {
    on_tx!(tx, conn => {
        sqlx::query("INSERT INTO meta (key, value) VALUES ('demo', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bind(if demo { "1" } else { "0" })
            .execute(conn)
            .await
            .map(|_| ())
    })?;
    Ok(())
}

/// Everything the directory holds, as rows.
struct Rows {
    seq: i64,
    orgs: Vec<OrganisationRow>,
    services: Vec<ServiceRow>,
    phones: Vec<PhoneRow>,
    locations: Vec<LocationRow>,
    schedules: Vec<ScheduleRow>,
    closures: Vec<ClosureRow>,
    special: Vec<SpecialRow>,
    languages: Vec<PairRow>,
    areas: Vec<PairRow>,
    needs: Vec<PairRow>,
}

/// Reads the whole directory. One transaction gives one consistent snapshot (PostgreSQL:
/// repeatable read, so every query sees the same committed state).
pub async fn load(db: &Db) -> Result<(i64, Directory), sqlx::Error> {
    let mut tx = db.begin().await?;
    if tx.backend() == crate::server::db::Backend::Postgres {
        on_tx!(&mut tx, conn => sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute(conn).await.map(|_| ()))?;
    }
    let rows = on_tx!(&mut tx, conn => {
        let seq: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(seq), 0) FROM changes").fetch_one(&mut *conn).await?;
        let orgs: Vec<OrganisationRow> =
            sqlx::query_as("SELECT id, name, description, email, website, areas FROM organizations ORDER BY name, id")
                .fetch_all(&mut *conn)
                .await?;
        let services: Vec<ServiceRow> = sqlx::query_as(
            "SELECT id, organization_id, name, description, status, eligibility_description, minimum_age, maximum_age,
                    free, fees, access_drop_in, access_self_referral, access_professional_referral, access_phone,
                    access_appointment, accepts_referrals, email, url, assured_date
             FROM services ORDER BY name, id",
        )
        .fetch_all(&mut *conn)
        .await?;
        let phones: Vec<PhoneRow> =
            sqlx::query_as("SELECT service_id, organization_id, number, description FROM phones ORDER BY position, id")
                .fetch_all(&mut *conn)
                .await?;
        let locations: Vec<LocationRow> = sqlx::query_as(
            "SELECT sal.service_id, l.id, l.name, l.address_1, l.city, l.postal_code, l.neighbourhood, l.latitude, l.longitude
             FROM service_at_locations sal JOIN locations l ON l.id = sal.location_id
             ORDER BY sal.position, sal.id",
        )
        .fetch_all(&mut *conn)
        .await?;
        // Days in the week's order, then by time: sorted as they are read.
        let schedules: Vec<ScheduleRow> =
            sqlx::query_as("SELECT service_id, byday, opens_at, closes_at FROM schedules ORDER BY opens_at, id")
                .fetch_all(&mut *conn)
                .await?;
        let closures: Vec<ClosureRow> =
            sqlx::query_as("SELECT service_id, valid_from, valid_to, description FROM closures ORDER BY valid_from, id")
                .fetch_all(&mut *conn)
                .await?;
        let special: Vec<SpecialRow> = sqlx::query_as(
            "SELECT service_id, valid_from, valid_to, opens_at, closes_at, description FROM special_hours
             ORDER BY valid_from, opens_at, id",
        )
        .fetch_all(&mut *conn)
        .await?;
        let languages: Vec<PairRow> =
            sqlx::query_as("SELECT service_id, code AS value FROM languages ORDER BY service_id, position, id")
                .fetch_all(&mut *conn)
                .await?;
        let areas: Vec<PairRow> =
            sqlx::query_as("SELECT service_id, name AS value FROM service_areas ORDER BY service_id, position, id")
                .fetch_all(&mut *conn)
                .await?;
        // (Needs are sorted by their code's order below.)
        let needs: Vec<PairRow> = sqlx::query_as(
            "SELECT a.link_id AS service_id, t.code AS value FROM attributes a
             JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id WHERE a.link_type = 'service' ORDER BY a.id",
        )
        .fetch_all(&mut *conn)
        .await?;
        Ok::<_, sqlx::Error>(Rows { seq, orgs, services, phones, locations, schedules, closures, special, languages, areas, needs })
    })?;
    tx.commit().await?;
    let Rows { seq, orgs, services, phones, locations, mut schedules, closures, special, languages, areas, needs } = rows;
    schedules.sort_by_key(|s| BYDAY.iter().position(|d| *d == s.byday));

    let mut org_phones: HashMap<String, Vec<Phone>> = HashMap::new();
    let mut service_phones: HashMap<String, Vec<Phone>> = HashMap::new();
    for p in phones {
        let phone = Phone { number: p.number, description: p.description };
        match (p.service_id, p.organization_id) {
            (Some(s), _) => service_phones.entry(s).or_default().push(phone),
            (None, Some(o)) => org_phones.entry(o).or_default().push(phone),
            (None, None) => {}
        }
    }
    let mut service_locations: HashMap<String, Vec<Location>> = HashMap::new();
    for l in locations {
        service_locations.entry(l.service_id).or_default().push(Location {
            id: uuid(&l.id)?,
            name: l.name,
            address: l.address_1,
            city: l.city,
            postcode: l.postal_code,
            neighbourhood: l.neighbourhood,
            latitude: l.latitude,
            longitude: l.longitude,
        });
    }
    let mut hours: HashMap<String, Hours> = HashMap::new();
    for s in schedules {
        let day = BYDAY.iter().position(|d| *d == s.byday).ok_or_else(|| decode_err(format!("byday {}", s.byday)))?;
        let period = OpeningPeriod {
            day: day as u8 + 1,
            opens: parse_hhmm(&s.opens_at).map_err(|e| decode_err(e.to_string()))?,
            closes: parse_hhmm(&s.closes_at).map_err(|e| decode_err(e.to_string()))?,
        };
        hours.entry(s.service_id).or_default().periods.push(period);
    }
    for c in closures {
        let closure = Closure { from: date(&c.valid_from)?, to: date(&c.valid_to)?, note: c.description };
        hours.entry(c.service_id).or_default().closures.push(closure);
    }
    for h in special {
        let minutes = |t: &str| parse_hhmm(t).map_err(|e| decode_err(e.to_string()));
        let special = SpecialHours {
            from: date(&h.valid_from)?,
            to: date(&h.valid_to)?,
            opens: minutes(&h.opens_at)?,
            closes: minutes(&h.closes_at)?,
            note: h.description,
        };
        hours.entry(h.service_id).or_default().special.push(special);
    }
    let group = |rows: Vec<PairRow>| {
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        for r in rows {
            map.entry(r.service_id).or_default().push(r.value);
        }
        map
    };
    let mut languages = group(languages);
    let mut areas = group(areas);
    let mut needs = group(needs);

    let organisations = orgs
        .into_iter()
        .map(|o| {
            Ok(Organisation {
                id: uuid(&o.id)?,
                phones: org_phones.remove(&o.id).unwrap_or_default(),
                name: o.name,
                description: o.description,
                email: o.email,
                website: o.website,
                areas: o.areas.lines().map(str::to_string).filter(|a| !a.is_empty()).collect(),
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let services = services
        .into_iter()
        .map(|s| {
            let mut service_needs: Vec<Need> =
                needs.remove(&s.id).unwrap_or_default().iter().filter_map(|c| Need::from_code(c)).collect();
            service_needs.sort();
            Ok(Service {
                id: uuid(&s.id)?,
                organisation_id: uuid(&s.organization_id)?,
                status: ServiceStatus::from_oruk(&s.status).ok_or_else(|| decode_err(format!("status {}", s.status)))?,
                eligibility: s.eligibility_description,
                min_age: age(s.minimum_age),
                max_age: age(s.maximum_age),
                free: s.free,
                fees: s.fees,
                access: Access {
                    drop_in: s.access_drop_in,
                    self_referral: s.access_self_referral,
                    professional_referral: s.access_professional_referral,
                    phone: s.access_phone,
                    appointment: s.access_appointment,
                },
                accepts_referrals: s.accepts_referrals,
                needs: service_needs,
                languages: languages.remove(&s.id).unwrap_or_default(),
                areas: areas.remove(&s.id).unwrap_or_default(),
                locations: service_locations.remove(&s.id).unwrap_or_default(),
                phones: service_phones.remove(&s.id).unwrap_or_default(),
                hours: hours.remove(&s.id).unwrap_or_default(),
                last_reviewed: s.assured_date.as_deref().map(date).transpose()?,
                email: s.email,
                website: s.url,
                name: s.name,
                description: s.description,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok((seq, Directory { organisations, services }))
}

/// Appends to the change log, with the next number of the change sequence (S1).
async fn record_change(tx: &mut DbTx, entity: &str, id: Uuid, op: &str) -> Result<(), sqlx::Error> {
    let seq = next_seq(tx, Sequence::Changes, 1).await?;
    on_tx!(tx, conn => {
        sqlx::query("INSERT INTO changes (seq, entity, entity_id, op, changed_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(seq)
            .bind(entity)
            .bind(id.to_string())
            .bind(op)
            .bind(Utc::now().to_rfc3339())
            .execute(conn)
            .await
            .map(|_| ())
    })?;
    Ok(())
}

/// Inserts or replaces an organisation (not its services).
/// Whose phone numbers: an organisation's or a service's.
#[derive(Clone, Copy)]
enum PhoneOwner {
    Organisation,
    Service,
}

/// Stores `phones`, in their order, for the organisation or service `id`.
async fn insert_phones(tx: &mut DbTx, owner: PhoneOwner, id: &str, phones: &[Phone]) -> Result<(), sqlx::Error> {
    let statement = match owner {
        PhoneOwner::Organisation => "INSERT INTO phones (id, organization_id, number, description, position) VALUES ($1, $2, $3, $4, $5)",
        PhoneOwner::Service => "INSERT INTO phones (id, service_id, number, description, position) VALUES ($1, $2, $3, $4, $5)",
    };
    for (i, p) in phones.iter().enumerate() {
        on_tx!(tx, conn => {
            sqlx::query(statement)
                .bind(Uuid::now_v7().to_string())
                .bind(id)
                .bind(&p.number)
                .bind(&p.description)
                .bind(i as i64)
                .execute(conn)
                .await
                .map(|_| ())
        })?;
    }
    Ok(())
}

pub async fn upsert_organisation(tx: &mut DbTx, o: &Organisation) -> Result<(), sqlx::Error> {
    let id = o.id.to_string();
    on_tx!(tx, conn => {
        sqlx::query(
            "INSERT INTO organizations (id, name, description, email, website, areas) VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description,
                 email = excluded.email, website = excluded.website, areas = excluded.areas",
        )
        .bind(&id)
        .bind(&o.name)
        .bind(&o.description)
        .bind(&o.email)
        .bind(&o.website)
        .bind(o.areas.join("\n"))
        .execute(&mut *conn)
        .await?;
        sqlx::query("DELETE FROM phones WHERE organization_id = $1").bind(&id).execute(conn).await.map(|_| ())
    })?;
    insert_phones(tx, PhoneOwner::Organisation, &id, &o.phones).await?;
    record_change(tx, "organization", o.id, "upsert").await
}

/// Inserts or replaces a service with everything it owns (its locations are upserted as the
/// organisation's locations). Only `listings::store::publish_service` calls this (it keeps the
/// service's versions), and this module's tests.
pub(crate) async fn upsert_service(tx: &mut DbTx, s: &Service) -> Result<(), sqlx::Error> {
    let id = s.id.to_string();
    on_tx!(tx, conn => {
        sqlx::query(
            "INSERT INTO services (id, organization_id, name, description, status, eligibility_description,
                 minimum_age, maximum_age, free, fees, access_drop_in, access_self_referral,
                 access_professional_referral, access_phone, accepts_referrals, email, url, assured_date, last_modified,
                 access_appointment)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
             ON CONFLICT (id) DO UPDATE SET organization_id = excluded.organization_id, name = excluded.name,
                 description = excluded.description, status = excluded.status,
                 eligibility_description = excluded.eligibility_description, minimum_age = excluded.minimum_age,
                 maximum_age = excluded.maximum_age, free = excluded.free, fees = excluded.fees,
                 access_drop_in = excluded.access_drop_in, access_self_referral = excluded.access_self_referral,
                 access_professional_referral = excluded.access_professional_referral,
                 access_phone = excluded.access_phone, accepts_referrals = excluded.accepts_referrals,
                 email = excluded.email, url = excluded.url, assured_date = excluded.assured_date,
                 last_modified = excluded.last_modified, access_appointment = excluded.access_appointment",
        )
        .bind(&id)
        .bind(s.organisation_id.to_string())
        .bind(&s.name)
        .bind(&s.description)
        .bind(s.status.oruk())
        .bind(&s.eligibility)
        .bind(s.min_age.map(i64::from))
        .bind(s.max_age.map(i64::from))
        .bind(s.free)
        .bind(&s.fees)
        .bind(s.access.drop_in)
        .bind(s.access.self_referral)
        .bind(s.access.professional_referral)
        .bind(s.access.phone)
        .bind(s.accepts_referrals)
        .bind(&s.email)
        .bind(&s.website)
        .bind(s.last_reviewed.map(crate::wire::date::to_string))
        .bind(Utc::now().to_rfc3339())
        .bind(s.access.appointment)
        .execute(&mut *conn)
        .await?;
        for statement in [
            "DELETE FROM phones WHERE service_id = $1",
            "DELETE FROM schedules WHERE service_id = $1",
            "DELETE FROM closures WHERE service_id = $1",
            "DELETE FROM special_hours WHERE service_id = $1",
            "DELETE FROM languages WHERE service_id = $1",
            "DELETE FROM service_areas WHERE service_id = $1",
            "DELETE FROM service_at_locations WHERE service_id = $1",
            "DELETE FROM attributes WHERE link_id = $1 AND link_type = 'service'",
        ] {
            sqlx::query(statement).bind(&id).execute(&mut *conn).await?;
        }
        Ok::<_, sqlx::Error>(())
    })?;

    insert_phones(tx, PhoneOwner::Service, &id, &s.phones).await?;
    on_tx!(tx, conn => {
        for p in &s.hours.periods {
            sqlx::query("INSERT INTO schedules (id, service_id, byday, opens_at, closes_at) VALUES ($1, $2, $3, $4, $5)")
                .bind(Uuid::now_v7().to_string())
                .bind(&id)
                .bind(BYDAY[usize::from(p.day.clamp(1, 7) - 1)])
                .bind(format_hhmm(p.opens))
                .bind(format_hhmm(p.closes))
                .execute(&mut *conn)
                .await?;
        }
        for c in &s.hours.closures {
            sqlx::query("INSERT INTO closures (id, service_id, valid_from, valid_to, description) VALUES ($1, $2, $3, $4, $5)")
                .bind(Uuid::now_v7().to_string())
                .bind(&id)
                .bind(crate::wire::date::to_string(c.from))
                .bind(crate::wire::date::to_string(c.to))
                .bind(&c.note)
                .execute(&mut *conn)
                .await?;
        }
        for h in &s.hours.special {
            sqlx::query(
                "INSERT INTO special_hours (id, service_id, valid_from, valid_to, opens_at, closes_at, description)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(Uuid::now_v7().to_string())
            .bind(&id)
            .bind(crate::wire::date::to_string(h.from))
            .bind(crate::wire::date::to_string(h.to))
            .bind(format_hhmm(h.opens))
            .bind(format_hhmm(h.closes))
            .bind(&h.note)
            .execute(&mut *conn)
            .await?;
        }
        // A service's languages and areas, in their order; its needs (ORUK attributes).
        let ordered = [
            ("INSERT INTO languages (id, service_id, code, position) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING", &s.languages),
            ("INSERT INTO service_areas (id, service_id, name, position) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING", &s.areas),
        ];
        for (statement, values) in ordered {
            for (position, value) in values.iter().enumerate() {
                sqlx::query(statement)
                    .bind(Uuid::now_v7().to_string())
                    .bind(&id)
                    .bind(value)
                    .bind(position as i64)
                    .execute(&mut *conn)
                    .await?;
            }
        }
        for need in &s.needs {
            sqlx::query(
                "INSERT INTO attributes (id, link_id, link_type, taxonomy_term_id)
                 SELECT $1, $2, 'service', id FROM taxonomy_terms WHERE code = $3
                 ON CONFLICT DO NOTHING",
            )
            .bind(Uuid::now_v7().to_string())
            .bind(&id)
            .bind(need.code())
            .execute(&mut *conn)
            .await?;
        }
        for (i, l) in s.locations.iter().enumerate() {
            sqlx::query(
                "INSERT INTO locations (id, organization_id, name, address_1, city, postal_code, neighbourhood, latitude, longitude)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name, address_1 = excluded.address_1, city = excluded.city,
                     postal_code = excluded.postal_code, neighbourhood = excluded.neighbourhood,
                     latitude = excluded.latitude, longitude = excluded.longitude",
            )
            .bind(l.id.to_string())
            .bind(s.organisation_id.to_string())
            .bind(&l.name)
            .bind(&l.address)
            .bind(&l.city)
            .bind(&l.postcode)
            .bind(&l.neighbourhood)
            .bind(l.latitude)
            .bind(l.longitude)
            .execute(&mut *conn)
            .await?;
            sqlx::query("INSERT INTO service_at_locations (id, service_id, location_id, position) VALUES ($1, $2, $3, $4)")
                .bind(Uuid::now_v7().to_string())
                .bind(&id)
                .bind(l.id.to_string())
                .bind(i as i64)
                .execute(&mut *conn)
                .await?;
        }
        Ok::<_, sqlx::Error>(())
    })?;
    record_change(tx, "service", s.id, "upsert").await
}

/// Deletes a service (and, by cascade, everything it owns). Returns whether it existed. Only
/// `listings::store::publish_service` calls this (an archive keeps the last version).
pub(crate) async fn delete_service(tx: &mut DbTx, id: Uuid) -> Result<bool, sqlx::Error> {
    let done = on_tx!(tx, conn => {
        sqlx::query("DELETE FROM services WHERE id = $1").bind(id.to_string()).execute(conn).await.map(|r| r.rows_affected())
    })?;
    if done > 0 {
        record_change(tx, "service", id, "delete").await?;
    }
    Ok(done > 0)
}

/// Saves a whole directory in one transaction (the demo directory, a synthetic one): every
/// service published as its next version (none added when unchanged).
pub async fn save_directory(db: &Db, directory: &Directory, demo: bool) -> Result<(), crate::error::AppError> {
    let now = crate::accounts::store::now_ms();
    let mut tx = db.begin().await?;
    for o in &directory.organisations {
        upsert_organisation(&mut tx, o).await?;
    }
    for s in &directory.services {
        crate::listings::store::publish_service(&mut tx, s, false, None, None, now).await?;
    }
    set_demo(&mut tx, demo).await?;
    Ok(tx.commit().await?)
}

#[cfg(test)]
mod tests;
