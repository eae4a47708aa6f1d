//! The database: opening it, and migrating it to the current schema.
//!
//! SQLite is the embedded default. PostgreSQL (for larger deployments) is chosen by the URL
//! scheme once its migrations exist; until then a `postgres:` URL is refused with a clear message.

use std::{str::FromStr, time::Duration};

use sqlx::{
    SqlitePool,
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
};

use super::config::DatabaseUrl;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("unsupported database URL {0}: this version stores data in SQLite (sqlite://path/to/file.db)")]
    Unsupported(String),
    #[error("cannot open database {url}: {source}")]
    Open { url: String, source: sqlx::Error },
    #[error("cannot migrate database {url}: {source}")]
    Migrate { url: String, source: sqlx::migrate::MigrateError },
}

/// Opens (creating if needed) and migrates the database.
pub async fn open(url: &DatabaseUrl) -> Result<SqlitePool, DbError> {
    let shown = url.to_string();
    if !url.0.starts_with("sqlite:") {
        return Err(DbError::Unsupported(shown));
    }
    let options = SqliteConnectOptions::from_str(&url.0)
        .map_err(|source| DbError::Open { url: shown.clone(), source })?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        // FULL: a committed transaction survives power loss (referrals will rely on it).
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    let pool = SqlitePoolOptions::new()
        .max_connections(8)
        .acquire_timeout(Duration::from_secs(10))
        .connect_with(options)
        .await
        .map_err(|source| DbError::Open { url: shown.clone(), source })?;
    MIGRATOR.run(&pool).await.map_err(|source| DbError::Migrate { url: shown, source })?;
    Ok(pool)
}
