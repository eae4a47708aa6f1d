//! `signpost db copy --from URL --to URL [--sessions]`: moves a whole deployment from one
//! database to another (SQLite to PostgreSQL as a network outgrows one server, or back, or
//! between servers of one kind): the directory and its change log, accounts, invitations,
//! consent statements, referrals and their notes, optionally sessions (so nobody has to sign in
//! again). Sign-in counters are not moved: they are minutes old by nature.
//!
//! The target must be new (migrated, empty): everything is written in one transaction, so a
//! copy either lands whole or not at all. Then both sides are read back and compared, table by
//! table: the number of rows and a SHA-256 over every row's values (in a canonical form, sorted,
//! so the two databases' orderings do not matter). Any difference is reported and the command
//! fails.

use sha2::{Digest, Sha256};
use sqlx::{AssertSqlSafe, Row};

use super::{
    config::DatabaseUrl,
    db::{self, Db, DbTx},
};
use crate::{on_db, on_tx};

/// How a column's values are read and written.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Text,
    Int,
    Bool,
    Float,
}

use Kind::{Bool, Float, Int, Text};

/// A table to copy: its columns and, for tables both migrations fill, how a copied row replaces
/// the one already there.
struct Table {
    name: &'static str,
    columns: &'static [(&'static str, Kind)],
    on_conflict: &'static str,
}

/// Every table, parents before children.
const TABLES: &[Table] = &[
    Table {
        name: "organizations",
        columns: &[
            ("id", Text),
            ("name", Text),
            ("description", Text),
            ("email", Text),
            ("website", Text),
            ("trusted", Bool),
            ("areas", Text),
            ("created_at", Int),
        ],
        on_conflict: "",
    },
    Table {
        name: "services",
        columns: &[
            ("id", Text),
            ("organization_id", Text),
            ("name", Text),
            ("description", Text),
            ("status", Text),
            ("eligibility_description", Text),
            ("minimum_age", Int),
            ("maximum_age", Int),
            ("free", Bool),
            ("fees", Text),
            ("access_drop_in", Bool),
            ("access_self_referral", Bool),
            ("access_professional_referral", Bool),
            ("access_phone", Bool),
            ("access_appointment", Bool),
            ("accepts_referrals", Bool),
            ("email", Text),
            ("url", Text),
            ("assured_date", Text),
            ("last_modified", Text),
        ],
        on_conflict: "",
    },
    Table {
        name: "locations",
        columns: &[
            ("id", Text),
            ("organization_id", Text),
            ("location_type", Text),
            ("name", Text),
            ("address_1", Text),
            ("city", Text),
            ("postal_code", Text),
            ("country", Text),
            ("neighbourhood", Text),
            ("latitude", Float),
            ("longitude", Float),
        ],
        on_conflict: "",
    },
    Table {
        name: "service_at_locations",
        columns: &[("id", Text), ("service_id", Text), ("location_id", Text), ("position", Int)],
        on_conflict: "",
    },
    Table {
        name: "phones",
        columns: &[("id", Text), ("service_id", Text), ("organization_id", Text), ("number", Text), ("description", Text), ("position", Int)],
        on_conflict: "",
    },
    Table {
        name: "schedules",
        columns: &[("id", Text), ("service_id", Text), ("freq", Text), ("byday", Text), ("opens_at", Text), ("closes_at", Text)],
        on_conflict: "",
    },
    Table {
        name: "closures",
        columns: &[("id", Text), ("service_id", Text), ("valid_from", Text), ("valid_to", Text), ("description", Text)],
        on_conflict: "",
    },
    Table {
        name: "special_hours",
        columns: &[
            ("id", Text),
            ("service_id", Text),
            ("valid_from", Text),
            ("valid_to", Text),
            ("opens_at", Text),
            ("closes_at", Text),
            ("description", Text),
        ],
        on_conflict: "",
    },
    Table { name: "languages", columns: &[("id", Text), ("service_id", Text), ("code", Text), ("position", Int)], on_conflict: "" },
    Table { name: "service_areas", columns: &[("id", Text), ("service_id", Text), ("name", Text), ("position", Int)], on_conflict: "" },
    Table {
        name: "taxonomy_terms",
        columns: &[("id", Text), ("code", Text), ("taxonomy", Text), ("name", Text)],
        on_conflict: "ON CONFLICT (id) DO UPDATE SET code = excluded.code, taxonomy = excluded.taxonomy, name = excluded.name",
    },
    Table {
        name: "attributes",
        columns: &[("id", Text), ("link_id", Text), ("link_type", Text), ("taxonomy_term_id", Text)],
        on_conflict: "",
    },
    Table {
        name: "changes",
        columns: &[("seq", Int), ("entity", Text), ("entity_id", Text), ("op", Text), ("changed_at", Text)],
        on_conflict: "",
    },
    Table { name: "meta", columns: &[("key", Text), ("value", Text)], on_conflict: "" },
    Table {
        name: "sequences",
        columns: &[("name", Text), ("value", Int)],
        on_conflict: "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
    },
    Table {
        name: "users",
        columns: &[
            ("id", Text),
            ("email", Text),
            ("password_hash", Text),
            ("organization_id", Text),
            ("role", Text),
            ("session_epoch", Int),
            ("created_at", Int),
            ("disabled_at", Int),
        ],
        on_conflict: "",
    },
    Table {
        name: "invitations",
        columns: &[
            ("token_hash", Text),
            ("organization_id", Text),
            ("role", Text),
            ("created_by", Text),
            ("created_at", Int),
            ("expires_at", Int),
            ("used_at", Int),
        ],
        on_conflict: "",
    },
    Table {
        name: "consent_statements",
        columns: &[("version", Text), ("language", Text), ("retention_days", Int), ("text", Text), ("first_offered_at", Int)],
        on_conflict: "",
    },
    Table {
        name: "referrals",
        columns: &[
            ("id", Text),
            ("content_hash", Text),
            ("service_id", Text),
            ("service_name", Text),
            ("receiving_org_id", Text),
            ("referrer_user_id", Text),
            ("referrer_org_id", Text),
            ("needs", Text),
            ("urgency", Text),
            ("safeguarding", Bool),
            ("interpreter", Bool),
            ("language", Text),
            ("contact_method", Text),
            ("consent_version", Int),
            ("consent_language", Text),
            ("consent_at", Int),
            ("consent_by", Text),
            ("consent_statement", Text),
            ("retention_days", Int),
            ("status", Text),
            ("decline_reason", Text),
            ("outcome", Text),
            ("received_at", Int),
            ("changed_at", Int),
            ("touched_at", Int),
            ("finished_at", Int),
            ("seq", Int),
            ("person_name", Text),
            ("contact_detail", Text),
            ("support", Text),
            ("referrer_contact", Text),
            ("purged_at", Int),
        ],
        on_conflict: "",
    },
    Table {
        name: "referral_notes",
        columns: &[("id", Text), ("referral_id", Text), ("author_id", Text), ("body", Text), ("created_at", Int)],
        on_conflict: "",
    },
    Table {
        name: "device_waiting",
        columns: &[("device", Text), ("author_id", Text), ("count", Int), ("oldest_at", Int), ("reported_at", Int)],
        on_conflict: "",
    },
    Table { name: "housekeeping_runs", columns: &[("day", Text), ("ran_at", Int)], on_conflict: "" },
    Table {
        name: "listing_changes",
        columns: &[
            ("id", Text),
            ("organization_id", Text),
            ("entity", Text),
            ("entity_id", Text),
            ("kind", Text),
            ("base_version", Int),
            ("document", Text),
            ("state", Text),
            ("reason", Text),
            ("asked_by", Text),
            ("asked_at", Int),
            ("decided_by", Text),
            ("decided_at", Int),
        ],
        on_conflict: "",
    },
    Table {
        name: "service_versions",
        columns: &[
            ("service_id", Text),
            ("version", Int),
            ("organization_id", Text),
            ("document", Text),
            ("archived", Bool),
            ("published_by", Text),
            ("published_at", Int),
            ("change_id", Text),
        ],
        on_conflict: "",
    },
    Table {
        name: "listing_reports",
        columns: &[
            ("id", Text),
            ("service_id", Text),
            ("service_name", Text),
            ("organization_id", Text),
            ("kind", Text),
            ("body", Text),
            ("received_at", Int),
            ("done_at", Int),
            ("done_by", Text),
        ],
        on_conflict: "",
    },
    Table {
        name: "service_caseworkers",
        columns: &[("service_id", Text), ("user_id", Text), ("organization_id", Text)],
        on_conflict: "",
    },
    Table {
        name: "oruk_imports",
        columns: &[("entity", Text), ("id", Text), ("source", Text), ("imported_at", Int)],
        on_conflict: "",
    },
];

/// Sessions: copied only when asked.
const SESSIONS: Table = Table { name: "sessions", columns: &[("id", Text), ("data", Text), ("expiry_date", Int)], on_conflict: "" };

/// One value of a row, as both databases can read and write it.
#[derive(Clone, Debug, PartialEq)]
enum Value {
    Text(Option<String>),
    Int(Option<i64>),
    Bool(Option<bool>),
    Float(Option<f64>),
}

impl Value {
    /// The value in a form that is the same whichever database it came from.
    fn canonical(&self, out: &mut Vec<u8>) {
        match self {
            Value::Text(None) | Value::Int(None) | Value::Bool(None) | Value::Float(None) => out.extend_from_slice(b"N;"),
            Value::Text(Some(s)) => {
                out.extend_from_slice(format!("T{}:", s.len()).as_bytes());
                out.extend_from_slice(s.as_bytes());
            }
            Value::Int(Some(i)) => out.extend_from_slice(format!("I{i};").as_bytes()),
            Value::Bool(Some(b)) => out.extend_from_slice(if *b { b"B1;" } else { b"B0;" }),
            Value::Float(Some(f)) => out.extend_from_slice(format!("F{:016x};", f.to_bits()).as_bytes()),
        }
    }
}

/// Reads a row's values by their kinds (the same code for a SQLite and a PostgreSQL row).
fn values<R>(row: &R, kinds: &[Kind]) -> Result<Vec<Value>, sqlx::Error>
where
    R: Row,
    usize: sqlx::ColumnIndex<R>,
    for<'r> Option<String>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> Option<i64>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> Option<bool>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> Option<f64>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    kinds
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            Ok(match kind {
                Text => Value::Text(row.try_get(i)?),
                Int => Value::Int(row.try_get(i)?),
                Bool => Value::Bool(row.try_get(i)?),
                Float => Value::Float(row.try_get(i)?),
            })
        })
        .collect()
}

fn select_all(table: &Table) -> AssertSqlSafe<String> {
    let columns: Vec<&str> = table.columns.iter().map(|(c, _)| *c).collect();
    // Table and column names come from the constant list above, never from input.
    AssertSqlSafe(format!("SELECT {} FROM {}", columns.join(", "), table.name))
}

async fn read(db: &Db, table: &Table) -> Result<Vec<Vec<Value>>, sqlx::Error> {
    let kinds: Vec<Kind> = table.columns.iter().map(|(_, k)| *k).collect();
    on_db!(db, pool => {
        let rows = sqlx::query(select_all(table)).fetch_all(pool).await?;
        rows.iter().map(|row| values(row, &kinds)).collect()
    })
}

async fn write(tx: &mut DbTx, table: &Table, rows: &[Vec<Value>]) -> Result<(), sqlx::Error> {
    let columns: Vec<&str> = table.columns.iter().map(|(c, _)| *c).collect();
    let params: Vec<String> = (1..=columns.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "INSERT INTO {} ({}) VALUES ({}) {}",
        table.name,
        columns.join(", "),
        params.join(", "),
        table.on_conflict
    );
    for row in rows {
        on_tx!(tx, conn => {
            let mut query = sqlx::query(AssertSqlSafe(sql.clone()));
            for value in row {
                query = match value {
                    Value::Text(v) => query.bind(v.clone()),
                    Value::Int(v) => query.bind(*v),
                    Value::Bool(v) => query.bind(*v),
                    Value::Float(v) => query.bind(*v),
                };
            }
            query.execute(conn).await.map(|_| ())
        })?;
    }
    Ok(())
}

/// Rows and a checksum of a table's contents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableDigest {
    pub rows: usize,
    pub sha256: String,
}

fn digest(rows: &[Vec<Value>]) -> TableDigest {
    let mut encoded: Vec<Vec<u8>> = rows
        .iter()
        .map(|row| {
            let mut out = vec![];
            row.iter().for_each(|v| v.canonical(&mut out));
            out
        })
        .collect();
    encoded.sort();
    let mut hasher = Sha256::new();
    for row in &encoded {
        hasher.update((row.len() as u64).to_le_bytes());
        hasher.update(row);
    }
    TableDigest { rows: rows.len(), sha256: hasher.finalize().iter().map(|b| format!("{b:02x}")).collect() }
}

/// What was copied, per table.
#[derive(Debug)]
pub struct Report {
    pub tables: Vec<(&'static str, TableDigest)>,
}

/// Copies the deployment at `from` into the new database at `to` and verifies the copy.
pub async fn copy(from: &DatabaseUrl, to: &DatabaseUrl, with_sessions: bool) -> Result<Report, String> {
    let source = db::open(from).await.map_err(|e| e.to_string())?;
    let target = db::open(to).await.map_err(|e| e.to_string())?;
    let result = copy_between(&source, &target, with_sessions).await;
    source.close().await;
    target.close().await;
    result
}

async fn copy_between(source: &Db, target: &Db, with_sessions: bool) -> Result<Report, String> {
    let tables: Vec<&Table> = TABLES.iter().chain(with_sessions.then_some(&SESSIONS)).collect();
    for name in ["organizations", "users", "referrals", "changes"] {
        let sql = AssertSqlSafe(format!("SELECT count(*) FROM {name}"));
        let n: i64 = on_db!(target, pool => sqlx::query_scalar(sql).fetch_one(pool).await).map_err(|e| e.to_string())?;
        if n > 0 {
            return Err(format!("the target database is not empty ({name} has {n} rows): copy into a new database"));
        }
    }
    let mut read_rows = Vec::with_capacity(tables.len());
    for table in &tables {
        read_rows.push(read(source, table).await.map_err(|e| format!("reading {}: {e}", table.name))?);
    }
    let mut tx = target.begin().await.map_err(|e| e.to_string())?;
    for (table, rows) in tables.iter().zip(&read_rows) {
        write(&mut tx, table, rows).await.map_err(|e| format!("writing {}: {e} (nothing was copied)", table.name))?;
    }
    tx.commit().await.map_err(|e| format!("committing: {e} (nothing was copied)"))?;

    // Read both back and compare.
    let mut report = Report { tables: vec![] };
    let mut differences = vec![];
    for (table, rows) in tables.iter().zip(&read_rows) {
        let expected = digest(rows);
        let copied = digest(&read(target, table).await.map_err(|e| format!("verifying {}: {e}", table.name))?);
        if copied != expected {
            differences.push(format!(
                "{}: {} rows (sha256 {}) in the source, {} rows (sha256 {}) in the copy",
                table.name, expected.rows, expected.sha256, copied.rows, copied.sha256
            ));
        }
        report.tables.push((table.name, copied));
    }
    if differences.is_empty() { Ok(report) } else { Err(format!("the copy differs from the source:\n{}", differences.join("\n"))) }
}
