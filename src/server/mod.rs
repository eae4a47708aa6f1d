//! The server (feature `ssr`): configuration, database, state, routes and start-up.

pub mod cli;
pub mod client;
pub mod conditional;
pub mod copy;
pub mod config;
pub mod db;
pub mod encoded;
pub mod page_cache;
mod routes;
mod same_origin;
pub mod security;
pub mod state;

use std::process::ExitCode;

use tokio::net::TcpListener;
use tracing_subscriber::EnvFilter;

pub use routes::router;

use crate::directory::{demo, store};
use config::Config;
use state::AppState;

/// Starts logging, to standard error (standard output is for what a command prints, such as an
/// exported service). Logs never carry personal data: handlers log ids and outcomes, not input.
pub fn init_tracing(config: &Config) {
    let filter = EnvFilter::try_new(&config.log_filter).unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_target(false).with_writer(std::io::stderr).try_init();
}

/// An HTTP client builder for requests the server makes itself (an Open Referral UK feed),
/// with the one TLS provider compiled in (ring) installed first.
pub fn http_client() -> reqwest::ClientBuilder {
    // Installing it a second time is refused, and harmless.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
}

/// Loads (or refreshes) the demo directory. Ids are stable, so running it twice adds nothing.
pub async fn seed_demo(db: &db::Db) -> Result<usize, String> {
    let directory = demo::directory().map_err(|e| e.to_string())?;
    store::save_directory(db, &directory, true).await.map_err(|e| format!("saving the demo directory: {e}"))?;
    Ok(directory.services.len())
}

/// Gets an open database ready to serve: the demo directory when it is empty, and the consent
/// statements this server offers (each language, with the configured retention period).
pub async fn prepare(db: &db::Db, config: &Config) -> Result<(), String> {
    let first = crate::listings::store::record_first_versions(db, crate::accounts::store::now_ms())
        .await
        .map_err(|e| format!("recording the directory's first versions: {e}"))?;
    if first > 0 {
        tracing::info!(services = first, "recorded the first version of services listed before versions were kept");
    }
    match store::organisation_count(db).await {
        Ok(0) => {
            let n = seed_demo(db).await?;
            tracing::info!(services = n, "empty database: loaded the demo directory");
        }
        Ok(_) => {}
        Err(e) => return Err(format!("reading the database: {e}")),
    }
    let now = crate::accounts::store::now_ms();
    crate::referrals::store::record_consent_statements(db, config.retention_days(), now)
        .await
        .map_err(|e| format!("recording the consent statements: {e}"))
}

/// Opens the database or explains why not.
pub async fn open_db(config: &Config) -> Result<db::Db, String> {
    db::open(&config.database_url).await.map_err(|e| e.to_string())
}

/// Runs the server until Ctrl-C or SIGTERM, then finishes in-flight requests and stops.
pub async fn serve(config: Config) -> ExitCode {
    if let Err(e) = crate::pwa::server::check_bundle(&config.leptos) {
        return fail(&e);
    }
    crate::i18n::server::preload();
    let db = match open_db(&config).await {
        Ok(db) => db,
        Err(e) => return fail(&e),
    };
    if let Err(e) = prepare(&db, &config).await {
        return fail(&e);
    }
    let addr = config.site_addr;
    let listener = match TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => return fail(&format!("cannot listen on {addr}: {e}")),
    };
    let max_connections = config.max_connections;
    let state = AppState::new(config, db.clone());
    let housekeeper = tokio::spawn(daily(state.clone()));
    tracing::info!("listening on http://{addr}");
    serve_http(listener, router(state), max_connections, shutdown_signal()).await;
    housekeeper.abort();
    db.close().await;
    tracing::info!("stopped");
    ExitCode::SUCCESS
}

/// How long a client has to send a request's headers (and an idle connection stays open).
const HEADER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);
/// How long requests in flight get to finish once the server is asked to stop.
const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(20);

/// Serves `app` until `shutdown`, then lets requests in flight finish. Unlike `axum::serve`, a
/// client must send its request headers within [`HEADER_TIMEOUT`] (slow clients cannot hold a
/// connection), and at most `max_connections` are served at once (more wait to be accepted).
/// Bodies and handling have their own timeouts (`routes.rs`).
pub async fn serve_http(
    listener: TcpListener,
    app: axum::Router,
    max_connections: usize,
    shutdown: impl std::future::Future<Output = ()>,
) {
    use hyper::server::conn::http1;
    use hyper_util::{
        rt::{TokioIo, TokioTimer},
        server::graceful::GracefulShutdown,
        service::TowerToHyperService,
    };
    use tower::Service as _;

    let mut make_service = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(HEADER_TIMEOUT);
    let permits = std::sync::Arc::new(tokio::sync::Semaphore::new(max_connections));
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = permits.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
            () = shutdown.as_mut() => break,
        };
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(connection) => connection,
                Err(e) => {
                    // Out of file descriptors and the like: wait a little rather than spin.
                    tracing::warn!(error = %e, "accepting a connection");
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = shutdown.as_mut() => break,
        };
        let service = match make_service.call(remote).await {
            Ok(service) => service,
            Err(never) => match never {},
        };
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service)));
        tokio::spawn(async move {
            // Client-side failures (a closed or timed-out connection) are not ours to report.
            let _ = connection.await;
            drop(permit);
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(SHUTDOWN_GRACE) => tracing::warn!("stopping with requests still in flight"),
    }
}

/// Once a day: purge the personal details of referrals untouched for the retention period, and
/// forget expired sessions and old sign-in failures — done by one server only, whichever claims
/// the day first ([`claim_day`]); and, on every server, forget quiet rate limits. Checked every
/// hour (and at start), so a server that was down at midnight still does it.
async fn daily(state: AppState) {
    let mut interval = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        interval.tick().await;
        let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
        match claim_day(&state.db, &today).await {
            Ok(true) => match housekeeping(&state.db, state.config.retention_days()).await {
                Ok(purged) => tracing::info!(purged, day = %today, "daily housekeeping done"),
                Err(e) => tracing::error!(error = %e, "daily housekeeping failed"),
            },
            Ok(false) => tracing::debug!(day = %today, "daily housekeeping: another server has it"),
            Err(e) => tracing::warn!(error = %e, "daily housekeeping: database unavailable"),
        }
        state.limits.sweep();
    }
}

/// Claims the day's housekeeping for this server: true for the first server to ask that day,
/// false for every other (one row per day, inserted once).
pub async fn claim_day(db: &db::Db, day: &str) -> Result<bool, sqlx::Error> {
    let claimed = crate::on_db!(db, pool => {
        sqlx::query("INSERT INTO housekeeping_runs (day, ran_at) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING")
            .bind(day)
            .bind(crate::accounts::store::now_ms())
            .execute(pool)
            .await
            .map(|r| r.rows_affected())
    })?;
    Ok(claimed == 1)
}

/// Purges referrals past retention, expired sessions and old sign-in failures; returns how many
/// referrals were purged.
pub async fn housekeeping(db: &db::Db, retention_days: u32) -> Result<u64, String> {
    let now = crate::accounts::store::now_ms();
    let purged = crate::referrals::store::purge(db, retention_days, now).await.map_err(|e| e.to_string())?;
    crate::accounts::session::DbSessionStore::new(db.clone()).delete_expired().await.map_err(|e| e.to_string())?;
    crate::accounts::store::forget_failures(db, now - 24 * 3600 * 1000).await.map_err(|e| e.to_string())?;
    crate::listings::store::forget_done_reports(db, now).await.map_err(|e| e.to_string())?;
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
