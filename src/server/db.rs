//! The database: SQLite (embedded, the default) or PostgreSQL (larger deployments, several app
//! servers), chosen by the URL's scheme; opening it and migrating it to the current schema.
//!
//! One store API over both ([`Db`]): a query whose SQL is the same for both is written once and
//! run on whichever pool there is ([`on_db!`](crate::on_db)); where the two differ (types,
//! functions, `rowid`), both versions stand side by side ([`Db::pick`]) so the difference is
//! visible in the store module. Types are kept portable: ids are text, times are `i64`
//! milliseconds (BIGINT in PostgreSQL), flags are booleans (INTEGER 0/1 in SQLite).
//!
//! Sequences that phones read after a cursor (the directory's `changes.seq`, the referrals'
//! `seq`) are handed out by [`next_seq`] from a row of `sequences`, which stays locked until the
//! transaction commits: writers take numbers in the order they commit, so a reader never sees
//! number 12 while 11 is still to come (PostgreSQL's own sequences allow that, and a phone whose
//! cursor passed 12 would never see 11).

use std::{str::FromStr, time::Duration};

use sqlx::{
    PgPool, Postgres, Sqlite, SqlitePool, Transaction,
    postgres::{PgConnectOptions, PgPoolOptions},
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
};

use super::config::DatabaseUrl;

static SQLITE_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// How long a request waits for a database connection before it is answered "unavailable".
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);

/// The database, whichever it is. Cheap to clone (a pool).
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// A transaction on either database.
pub enum DbTx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

/// Which database a [`Db`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs `$body` with `$pool` bound to the pool of `$db` (a `&Db`), compiled once per backend, so
/// the same `sqlx::query(..)` code serves both.
#[macro_export]
macro_rules! on_db {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::server::db::Db::Sqlite($pool) => $body,
            $crate::server::db::Db::Postgres($pool) => $body,
        }
    };
}

/// Runs `$body` with `$conn` bound to the connection of a transaction (`&mut DbTx`).
#[macro_export]
macro_rules! on_tx {
    ($tx:expr, $conn:ident => $body:expr) => {
        match $tx {
            $crate::server::db::DbTx::Sqlite(tx) => {
                let $conn = &mut **tx;
                $body
            }
            $crate::server::db::DbTx::Postgres(tx) => {
                let $conn = &mut **tx;
                $body
            }
        }
    };
}

impl Db {
    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// The SQL for this database, where the two differ: SQLite's version, then PostgreSQL's.
    pub fn pick(&self, sqlite: &'static str, postgres: &'static str) -> &'static str {
        match self {
            Db::Sqlite(_) => sqlite,
            Db::Postgres(_) => postgres,
        }
    }

    /// Begins a transaction. On SQLite it takes the write lock at once (`BEGIN IMMEDIATE`), so
    /// a writer waits its turn (the busy timeout) instead of being refused with "database is
    /// locked" when it first writes after reading, while another process's write is under way.
    pub async fn begin(&self) -> Result<DbTx, sqlx::Error> {
        Ok(match self {
            Db::Sqlite(pool) => DbTx::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(pool) => DbTx::Postgres(pool.begin().await?),
        })
    }

    pub async fn close(&self) {
        on_db!(self, pool => pool.close().await)
    }
}

impl DbTx {
    pub fn backend(&self) -> Backend {
        match self {
            DbTx::Sqlite(_) => Backend::Sqlite,
            DbTx::Postgres(_) => Backend::Postgres,
        }
    }

    /// See [`Db::pick`].
    pub fn pick(&self, sqlite: &'static str, postgres: &'static str) -> &'static str {
        match self {
            DbTx::Sqlite(_) => sqlite,
            DbTx::Postgres(_) => postgres,
        }
    }

    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            DbTx::Sqlite(tx) => tx.commit().await,
            DbTx::Postgres(tx) => tx.commit().await,
        }
    }
}

/// A sequence that phones read after a cursor.
#[derive(Clone, Copy, Debug)]
pub enum Sequence {
    /// The directory's change log (`changes.seq`).
    Changes,
    /// The referrals' change sequence (`referrals.seq`).
    Referrals,
}

impl Sequence {
    fn name(self) -> &'static str {
        match self {
            Sequence::Changes => "changes",
            Sequence::Referrals => "referrals",
        }
    }
}

/// The first of the next `count` numbers of `sequence` (the rest follow it), inside `tx`: the
/// sequence's row stays locked until `tx` ends, so numbers are committed in the order they are
/// given, with no gaps left by other writers. One statement however many are taken (a group
/// of pushed referrals takes one number each).
pub async fn next_seq(tx: &mut DbTx, sequence: Sequence, count: i64) -> Result<i64, sqlx::Error> {
    debug_assert!(count >= 1);
    let last: i64 = on_tx!(tx, conn => {
        sqlx::query_scalar("UPDATE sequences SET value = value + $2 WHERE name = $1 RETURNING value")
            .bind(sequence.name())
            .bind(count)
            .fetch_one(conn)
            .await
    })?;
    Ok(last - count + 1)
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("unsupported database URL {0}: use sqlite://path/to/file.db or postgres://user@host/database")]
    Unsupported(String),
    #[error("cannot open database {url}: {reason}")]
    Open { url: String, reason: String },
    #[error("cannot migrate database {url}: {source}")]
    Migrate { url: String, source: sqlx::migrate::MigrateError },
}

/// What went wrong connecting, in words an operator can act on (never the password).
fn explain(e: &sqlx::Error) -> String {
    match e {
        sqlx::Error::Database(d) => match d.code().as_deref() {
            Some("28P01") | Some("28000") => format!("the server refused the user name or password ({})", d.message()),
            Some("3D000") => format!("no such database ({})", d.message()),
            _ => d.message().to_string(),
        },
        sqlx::Error::Io(io) => format!("cannot reach the database server ({io})"),
        sqlx::Error::PoolTimedOut => "the database server did not answer in time".to_string(),
        other => other.to_string(),
    }
}

/// Opens (creating a SQLite file if needed) and migrates the database. Migrations run once even
/// when several servers start together (sqlx holds a lock on PostgreSQL while it migrates; for
/// SQLite a file lock does).
pub async fn open(url: &DatabaseUrl) -> Result<Db, DbError> {
    let shown = url.to_string();
    let open_err = |e: sqlx::Error| DbError::Open { url: shown.clone(), reason: explain(&e) };
    let db = if url.0.starts_with("sqlite:") {
        let options = SqliteConnectOptions::from_str(&url.0)
            .map_err(open_err)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: a committed transaction survives power loss (referrals rely on it).
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        // sqlx locks PostgreSQL while it migrates, but not SQLite: two processes starting
        // together would both run the first migration, and the first connection's switch to
        // WAL can be refused as "locked" without waiting. A file lock beside the database,
        // held from the first connection to the end of migrating, makes them take turns.
        let path = options.get_filename();
        let _lock = if path.as_os_str().is_empty() || path.to_string_lossy().contains(":memory:") {
            None
        } else {
            Some(lock_file(path).map_err(|e| DbError::Open { url: shown.clone(), reason: e.to_string() })?)
        };
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .acquire_timeout(ACQUIRE_TIMEOUT)
            // No ping before each use: a connection to a file in this process cannot be cut
            // off while idle, and sqlx pings each one as it is returned (and drops it if that
            // fails). Each ping is a trip to the connection's thread and back, as long as the
            // query's own: with it, a request's every query cost two.
            .test_before_acquire(false)
            .connect_with(options)
            .await
            .map_err(open_err)?;
        SQLITE_MIGRATOR.run(&pool).await.map_err(|source| DbError::Migrate { url: shown.clone(), source })?;
        Db::Sqlite(pool)
    } else if url.0.starts_with("postgres:") || url.0.starts_with("postgresql:") {
        // PostgreSQL commits durably by default (synchronous_commit = on, fsync = on).
        let options = PgConnectOptions::from_str(&url.0).map_err(open_err)?.application_name("signpost");
        // One connection first: its error says what is wrong (refused, wrong password, no such
        // database), where the pool would only report that it timed out retrying.
        sqlx::Connection::close(<sqlx::PgConnection as sqlx::Connection>::connect_with(&options).await.map_err(open_err)?)
            .await
            .map_err(open_err)?;
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect_with(options)
            .await
            .map_err(open_err)?;
        POSTGRES_MIGRATOR.run(&pool).await.map_err(|source| DbError::Migrate { url: shown.clone(), source })?;
        Db::Postgres(pool)
    } else {
        return Err(DbError::Unsupported(shown));
    };
    Ok(db)
}

/// An exclusive lock on `<database>.migrating`, held until dropped.
fn lock_file(database: &std::path::Path) -> std::io::Result<std::fs::File> {
    let mut name = database.as_os_str().to_owned();
    name.push(".migrating");
    let file = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(name)?;
    file.lock()?;
    Ok(file)
}

/// Whether an error means the database could not be reached (down, restarting, out of
/// connections), as opposed to a fault in a query: the request is answered 503, and may be
/// tried again.
pub fn unavailable(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Io(_) | sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::WorkerCrashed)
        || matches!(e, sqlx::Error::Database(d) if d.code().is_some_and(|c| c.starts_with("57P") || c.starts_with("08")))
}

/// For tests: the URL of a fresh, empty database — a new database on the PostgreSQL server
/// whose admin URL is in `SIGNPOST_TEST_POSTGRES` when that is set (the test command starts a
/// throwaway server and sets it), else a SQLite file in `dir`.
pub async fn test_database_url(dir: &std::path::Path) -> String {
    match std::env::var("SIGNPOST_TEST_POSTGRES").ok().filter(|v| !v.is_empty()) {
        Some(admin) => fresh_postgres_database(&admin).await.expect("the test PostgreSQL server makes a database"),
        None => format!("sqlite://{}", dir.join("signpost.db").display()),
    }
}

/// Makes an empty database on the PostgreSQL server at `admin_url`; its URL.
pub async fn fresh_postgres_database(admin_url: &str) -> Result<String, sqlx::Error> {
    let name = format!("signpost_{}", uuid::Uuid::now_v7().simple());
    let admin = PgPoolOptions::new().max_connections(1).connect(admin_url).await?;
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&admin).await?;
    admin.close().await;
    Ok(with_database(admin_url, &name))
}

/// `admin_url` with its database name replaced by `name`.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url.split_once('?').map_or((url, None), |(b, q)| (b, Some(q)));
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let base = match base[scheme_end..].find('/') {
        Some(slash) => &base[..scheme_end + slash],
        None => base,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_test_database_url_names_the_new_database() {
        assert_eq!(super::with_database("postgres://postgres@localhost/postgres?host=/tmp/pg", "x"), "postgres://postgres@localhost/x?host=/tmp/pg");
        assert_eq!(super::with_database("postgres://u:p@db:5432", "x"), "postgres://u:p@db:5432/x");
        assert_eq!(super::with_database("postgresql://u@h/a", "x"), "postgresql://u@h/x");
    }
}
