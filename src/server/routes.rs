//! Every route the server answers, in one place.
//!
//! - `/`, `/services/{id}`, `/organisations/{id}`: pages (Leptos, server-rendered, hydrated;
//!   kept for a minute for visitors not signed in: src/server/page_cache.rs)
//! - `/api/*`: Leptos server functions
//! - `POST /language`: keep the chosen language in a cookie and go back
//! - `GET /healthz`: liveness and database check
//! - `GET /api/sync/v1/changes`: directory changes since a cursor (docs/SYNC-SPEC.md)
//! - `GET /sw.js`, `/shell`, `/manifest.webmanifest`, `/locales/{id}.ftl`: the installable app
//! - `POST /login`, `POST /logout`, `POST /invite/{token}`, `GET /api/accounts/v1/me`: accounts
//!   (src/accounts/http.rs); the pages `/members/invite` and `/invite/{token}` are Leptos routes
//! - `/api/oruk/…`: the read-only Open Referral UK 3.0 API (src/oruk/api.rs, docs/ORUK.md)
//! - `/api/referrals/v1/{push,sent,waiting,figures}`: the phone's referral protocol
//!   (src/referrals/http.rs); the inbox is server functions (src/referrals/api.rs)
//! - `/pkg/*`: the hashed wasm/js/css bundle, cached for a year
//! - anything else: files from `public/`, or the localised not-found page

use std::time::{Duration, Instant};

use axum::{
    Form, Router,
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use leptos::prelude::{provide_context, use_context};
use leptos_axum::{LeptosRoutes, generate_route_list};
use serde::Deserialize;
use tower_http::{
    compression::CompressionLayer,
    services::ServeDir,
    set_header::SetResponseHeaderLayer,
    timeout::{RequestBodyTimeoutLayer, TimeoutLayer},
};

use super::{page_cache, same_origin::same_origin_only, security, state::AppState};
use crate::{
    accounts::http as accounts,
    referrals::http as referrals,
    app::{App, shell},
    error::AppError,
    pwa::server as pwa,
    i18n::{LOCALE_COOKIE, find},
};

/// Largest request body accepted (forms, server-function calls and referral pushes are small;
/// the phone keeps its pushes under it, see `outbox::MAX_PUSH_BYTES`).
const BODY_LIMIT: usize = crate::referrals::outbox::MAX_REQUEST_BYTES;
/// Largest upload: an Open Referral UK file on the coordinator's import page (the file, and
/// room for the form around it).
const UPLOAD_LIMIT: usize = crate::oruk::import::MAX_BYTES + 64 * 1024;
/// A request body that stops arriving for this long is given up (slow clients cannot hold the
/// server); so is a request not answered within [`REQUEST_TIMEOUT`].
const BODY_TIMEOUT: Duration = Duration::from_secs(10);
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// How long the language cookie lasts.
const LOCALE_COOKIE_MAX_AGE: Duration = Duration::from_secs(365 * 24 * 3600);

pub fn router(state: AppState) -> Router {
    let options = state.config.leptos.clone();
    let routes = generate_route_list(App);
    let page_state = state.clone();
    let error_state = state.clone();

    let pkg_dir = std::path::Path::new(options.site_root.as_ref()).join(options.site_pkg_dir.as_ref());
    let pkg_cache = if options.hash_files {
        // File names carry a content hash: a changed file is a new URL.
        HeaderValue::from_static("public, max-age=31536000, immutable")
    } else {
        HeaderValue::from_static("no-cache")
    };
    let pkg = Router::new()
        .fallback_service(ServeDir::new(pkg_dir).precompressed_br().precompressed_gzip())
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, pkg_cache));

    Router::new()
        .route("/healthz", get(healthz))
        .route("/language", post(set_language))
        .route(crate::sync::protocol::CHANGES_PATH, get(crate::sync::server::changes))
        .route("/login", post(accounts::login))
        .route("/logout", post(accounts::logout))
        .route("/invite/{token}", post(accounts::accept_invitation))
        .route("/api/accounts/v1/me", get(accounts::me))
        .route(crate::referrals::outbox::PUSH_PATH, post(referrals::push))
        .route(crate::referrals::outbox::SENT_PATH, get(referrals::sent))
        .route(crate::referrals::outbox::WAITING_PATH, post(referrals::waiting))
        .route("/api/referrals/v1/figures", get(referrals::figures))
        .route("/sw.js", get(pwa::service_worker))
        .route("/shell", get(pwa::shell))
        .route("/manifest.webmanifest", get(pwa::manifest))
        .route("/locales/{file}", get(pwa::locale_file))
        .merge(crate::oruk::api::routes())
        .route(
            crate::oruk::upload::UPLOAD_PATH,
            post(crate::oruk::upload::upload).layer(axum::extract::DefaultBodyLimit::max(UPLOAD_LIMIT)),
        )
        .leptos_routes_with_context(
            &state,
            routes,
            move || {
                provide_context(page_state.clone());
                use crate::directory::cache::RequestSnapshot;
                provide_context(RequestSnapshot::for_request(use_context::<axum::http::request::Parts>().as_ref()));
            },
            {
                let options = options.clone();
                move || shell(options.clone())
            },
        )
        .nest("/pkg", pkg)
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(move || provide_context(error_state.clone()), shell))
        .layer(crate::accounts::session::layer(state.db.clone(), state.config.secure_cookies, state.config.session_idle))
        .layer(middleware::from_fn_with_state(state.clone(), page_cache::serve))
        .layer(middleware::from_fn(same_origin_only))
        .layer(middleware::from_fn(server_fn_status))
        .layer(middleware::from_fn_with_state(state.config.secure_cookies, security::headers))
        .layer(middleware::from_fn(log_request))
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn(limit_body))
        .layer(RequestBodyTimeoutLayer::new(BODY_TIMEOUT))
        .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, REQUEST_TIMEOUT))
        .layer(middleware::from_fn(isolate_reactive_owner))
        .with_state(state)
}

/// Refuses a body larger than the route takes ([`BODY_LIMIT`]; [`UPLOAD_LIMIT`] for the
/// Open Referral UK upload) with 413: at once when its length is declared, else as it arrives.
async fn limit_body(req: Request, next: Next) -> Response {
    let limit = if req.uri().path() == crate::oruk::upload::UPLOAD_PATH { UPLOAD_LIMIT } else { BODY_LIMIT };
    let declared = req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    }
    let (parts, body) = req.into_parts();
    next.run(Request::from_parts(parts, axum::body::Body::new(http_body_util::Limited::new(body, limit)))).await
}

/// A request's path as it may be written to a log: never the query string (which can carry
/// what a user typed), and never an invitation's token.
pub fn loggable_path(path: &str) -> &str {
    if path.starts_with("/invite/") { "/invite/{token}" } else { path }
}

/// Runs every step of a request with no reactive owner left on the thread by another request.
///
/// Leptos's `Owner::new_root`, which starts each page render, stays the thread's current owner
/// after the render's step returns, and `Owner::new` adopts whatever is current as its parent.
/// Leptos's file handler (the icons) and its server-function handler both call `Owner::new`:
/// polled next on that thread, they read the page's contexts as their own. The file handler
/// then applied, and so took, the page's response headers: the page went out without its
/// Content-Security-Policy nonce, its scripts were refused and it never started.
async fn isolate_reactive_owner(req: Request, next: Next) -> Response {
    let mut response = std::pin::pin!(next.run(req));
    std::future::poll_fn(|cx| {
        if let Some(owner) = leptos::prelude::Owner::current() {
            owner.unset();
        }
        response.as_mut().poll(cx)
    })
    .await
}

/// Logs method, path ([`loggable_path`]), status and time taken.
async fn log_request(req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let path = loggable_path(req.uri().path()).to_string();
    let started = Instant::now();
    let response = next.run(req).await;
    let status = response.status().as_u16();
    let ms = started.elapsed().as_millis() as u64;
    if status >= 500 {
        tracing::warn!(%method, path, status, ms, "request");
    } else {
        tracing::debug!(%method, path, status, ms, "request");
    }
    response
}

/// Server functions answer every error with 500; give the status the error stands for (400
/// for bad arguments, 404 for not found, …), read from the encoded [`AppError`] itself.
async fn server_fn_status(req: Request, next: Next) -> Response {
    let response = next.run(req).await;
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !response.headers().contains_key(leptos::server_fn::error::SERVER_FN_ERROR_HEADER)
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, BODY_LIMIT).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "").into_response();
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status = StatusCode::from_u16(error.status_code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    }
    Response::from_parts(parts, axum::body::Body::from(bytes))
}

async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    match crate::on_db!(&state.db, pool => sqlx::query_scalar::<_, i32>("SELECT 1").fetch_one(pool).await) {
        Ok(_) => (StatusCode::OK, "ok"),
        Err(e) => {
            tracing::error!(error = %e, "health check: database unavailable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}

#[derive(Deserialize)]
struct LanguageForm {
    locale: String,
    #[serde(default)]
    next: String,
}

async fn set_language(State(state): State<AppState>, Form(form): Form<LanguageForm>) -> Response {
    let next = crate::safe_next(&form.next);
    let Some(locale) = find(&form.locale) else {
        return Redirect::to(&next).into_response();
    };
    let secure = if state.config.secure_cookies { "; Secure" } else { "" };
    let cookie = format!(
        "{LOCALE_COOKIE}={}; Path=/; Max-Age={}; SameSite=Lax{secure}",
        locale.id,
        LOCALE_COOKIE_MAX_AGE.as_secs()
    );
    let mut response = Redirect::to(&next).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}
