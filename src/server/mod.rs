//! The server (feature `ssr`): configuration, database, state, routes and start-up.

pub mod cli;
pub mod config;
pub mod db;
mod routes;
mod same_origin;
pub mod state;

use std::process::ExitCode;

use tokio::net::TcpListener;
use tracing_subscriber::EnvFilter;

pub use routes::router;

use crate::directory::{demo, store};
use config::Config;
use state::AppState;

/// Starts logging. Logs never carry personal data: handlers log ids and outcomes, not input.
pub fn init_tracing(config: &Config) {
    let filter = EnvFilter::try_new(&config.log_filter).unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_target(false).try_init();
}

/// Loads (or refreshes) the demo directory. Ids are stable, so running it twice adds nothing.
pub async fn seed_demo(pool: &sqlx::SqlitePool) -> Result<usize, String> {
    let directory = demo::directory().map_err(|e| e.to_string())?;
    store::save_directory(pool, &directory, true).await.map_err(|e| format!("saving the demo directory: {e}"))?;
    Ok(directory.services.len())
}

/// Opens the database or explains why not.
pub async fn open_db(config: &Config) -> Result<sqlx::SqlitePool, String> {
    db::open(&config.database_url).await.map_err(|e| e.to_string())
}

/// Runs the server until Ctrl-C or SIGTERM, then finishes in-flight requests and stops.
pub async fn serve(config: Config) -> ExitCode {
    crate::i18n::server::preload();
    let pool = match open_db(&config).await {
        Ok(pool) => pool,
        Err(e) => return fail(&e),
    };
    match store::organisation_count(&pool).await {
        Ok(0) => match seed_demo(&pool).await {
            Ok(n) => tracing::info!(services = n, "empty database: loaded the demo directory"),
            Err(e) => return fail(&e),
        },
        Ok(_) => {}
        Err(e) => return fail(&format!("reading the database: {e}")),
    }
    let addr = config.site_addr;
    let listener = match TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => return fail(&format!("cannot listen on {addr}: {e}")),
    };
    let housekeeper = tokio::spawn(daily(pool.clone(), config.retention));
    let state = AppState::new(config, pool.clone());
    tracing::info!("listening on http://{addr}");
    let app = router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    let served = axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await;
    housekeeper.abort();
    pool.close().await;
    match served {
        Ok(()) => {
            tracing::info!("stopped");
            ExitCode::SUCCESS
        }
        Err(e) => fail(&format!("server error: {e}")),
    }
}

pub use crate::safe_next;

/// Once a day (and at start): purge the personal details of referrals finished longer ago than
/// the retention period, and forget expired sessions and old sign-in failures.
async fn daily(pool: sqlx::SqlitePool, retention: std::time::Duration) {
    let mut interval = tokio::time::interval(std::time::Duration::from_secs(24 * 3600));
    loop {
        interval.tick().await;
        match housekeeping(&pool, retention).await {
            Ok(purged) => tracing::info!(purged, "daily housekeeping"),
            Err(e) => tracing::error!(error = %e, "daily housekeeping failed"),
        }
    }
}

/// Purges referrals past retention, expired sessions and old sign-in failures; returns how many
/// referrals were purged.
pub async fn housekeeping(pool: &sqlx::SqlitePool, retention: std::time::Duration) -> Result<u64, String> {
    let now = crate::accounts::store::now_ms();
    let purged = crate::referrals::store::purge(pool, now - retention.as_millis() as i64, now)
        .await
        .map_err(|e| e.to_string())?;
    crate::accounts::session::SqliteSessionStore::new(pool.clone()).delete_expired().await.map_err(|e| e.to_string())?;
    crate::accounts::store::forget_failures(pool, now - 24 * 3600 * 1000).await.map_err(|e| e.to_string())?;
    Ok(purged)
}

/// Reports a fatal error on stderr (and in the log) and gives the exit code for it.
pub fn fail(message: &str) -> ExitCode {
    tracing::error!("{message}");
    eprintln!("signpost: {message}");
    ExitCode::FAILURE
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = terminate => {}
    }
    tracing::info!("shutting down: finishing requests in flight");
}
