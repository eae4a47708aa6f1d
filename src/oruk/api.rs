//! The read-only Open Referral UK 3.0 API at `/api/oruk` (docs/ORUK.md).
//!
//! Every answer comes from the directory snapshot in memory (the published directory: nothing
//! pending, nothing personal, nothing about referrals), carries `Access-Control-Allow-Origin: *`
//! (the profile requires open CORS) and an ETag, and is answered 304 when the client has it.
//! Bad parameters get a 400 with a JSON error naming the parameter; unknown ids a 404.

use axum::{
    Json, Router,
    extract::{Path, Query, State, rejection::QueryRejection},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use chrono::{DateTime, NaiveDate, NaiveTime, Timelike, Utc};
use serde::Serialize;
use tower_http::set_header::SetResponseHeaderLayer;
use uuid::Uuid;

use super::document::{
    ApiInfo, BYDAY, Documents, NEEDS_TAXONOMY_ID, PROFILE, Page, VERSION, need_of_term, service_at_location_id, taxonomy,
    taxonomy_term,
};
use crate::{
    accounts::{model::Role, session::CurrentUser},
    directory::{cache::Snapshot, model::Service, needs::Need},
    error::AppError,
    search::Query as SearchQuery,
    server::state::AppState,
};

/// Where the API is served.
pub const BASE: &str = "/api/oruk";
/// Items per page when `per_page` is not given.
pub const DEFAULT_PER_PAGE: u64 = 50;
/// The most items a page may hold.
pub const MAX_PER_PAGE: u64 = 500;
/// The OpenAPI document of the ORUK 3.0 profile (see src/oruk/README.md for its source and
/// licence), with the one correction described in `openapi`.
const OPENAPI: &str = include_str!("openapi.json");

/// The API's routes, with their full paths, to merge into the site's router.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(BASE, get(info))
        .route(&format!("{BASE}/"), get(info))
        .route(&format!("{BASE}/openapi.json"), get(openapi))
        .route(&format!("{BASE}/services"), get(services))
        .route(&format!("{BASE}/services/{{id}}"), get(service))
        .route(&format!("{BASE}/service_at_locations"), get(service_at_locations))
        .route(&format!("{BASE}/service_at_locations/{{id}}"), get(service_at_location))
        .route(&format!("{BASE}/taxonomies"), get(taxonomies))
        .route(&format!("{BASE}/taxonomies/{{id}}"), get(one_taxonomy))
        .route(&format!("{BASE}/taxonomy_terms"), get(taxonomy_terms))
        .route(&format!("{BASE}/taxonomy_terms/{{id}}"), get(one_taxonomy_term))
        .route(&format!("{BASE}/organizations"), get(organizations))
        .route(&format!("{BASE}/organizations/{{id}}"), get(organization))
        .route(&format!("{BASE}/export/directory.json"), get(export_json))
        .route(&format!("{BASE}/export/{{name}}"), get(export_csv))
        .layer(SetResponseHeaderLayer::overriding(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*")))
        .layer(SetResponseHeaderLayer::overriding(header::ACCESS_CONTROL_EXPOSE_HEADERS, HeaderValue::from_static("ETag")))
}

/// An error as the API answers it.
#[derive(Debug, Serialize)]
struct ApiError {
    error: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    parameter: Option<&'static str>,
}

/// Why a request gets no document.
enum Refusal {
    /// A parameter that cannot be read: which one, and what it should be.
    Bad(&'static str, String),
    NotFound,
    /// The app's own error: the directory could not be read, or (the downloads) the caller is
    /// not a coordinator.
    Failed(AppError),
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        match self {
            Refusal::Bad(parameter, error) => {
                (StatusCode::BAD_REQUEST, Json(ApiError { error, parameter: Some(parameter) })).into_response()
            }
            Refusal::NotFound => (StatusCode::NOT_FOUND, Json(ApiError { error: "no such record".into(), parameter: None })).into_response(),
            Refusal::Failed(e) => e.into_response(),
        }
    }
}

fn bad(parameter: &'static str, error: &str) -> Refusal {
    Refusal::Bad(parameter, error.to_string())
}

/// The answer: JSON with an ETag of its bytes, or 304 when the client already has those bytes.
fn document<T: Serialize>(headers: &HeaderMap, value: &T) -> Response {
    match serde_json::to_vec(value) {
        Ok(body) => conditional(headers, body, "application/json", None),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// `body` with its ETag, or 304 when the client has it already; `download` names the file a
/// browser saves it as.
fn conditional(headers: &HeaderMap, body: Vec<u8>, content_type: &'static str, download: Option<&str>) -> Response {
    let etag = crate::server::conditional::etag_of(&body);
    let Ok(etag_value) = HeaderValue::from_str(&etag) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let has_it = crate::server::conditional::client_has(headers, &etag);
    let cache = (header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if has_it {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag_value), cache]).into_response();
    }
    let mut response =
        (StatusCode::OK, [(header::CONTENT_TYPE, HeaderValue::from_static(content_type)), (header::ETAG, etag_value), cache], body)
            .into_response();
    if let Some(value) = download.and_then(|name| HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")).ok()) {
        response.headers_mut().insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// The whole-directory downloads are for coordinators (from their Open Referral UK page): each
/// takes the server about a second at 5,000 services, where the API's pages are the open way
/// to read the directory. Made off the async threads.
async fn exported<T: Send + 'static>(
    state: &AppState,
    user: Result<CurrentUser, AppError>,
    make: fn(&Snapshot) -> T,
) -> Result<T, Refusal> {
    match user {
        Ok(CurrentUser(u)) if u.role == Role::Coordinator => {}
        Ok(_) => return Err(Refusal::Failed(AppError::Forbidden)),
        Err(e) => return Err(Refusal::Failed(e)),
    }
    let snapshot = snapshot(state).await?;
    tokio::task::spawn_blocking(move || make(&snapshot)).await.map_err(|_| Refusal::Failed(AppError::Internal))
}

/// `GET /api/oruk/export/directory.json`: the whole published directory as one file (the same
/// as `signpost oruk export --format json`).
async fn export_json(State(state): State<AppState>, user: Result<CurrentUser, AppError>, headers: HeaderMap) -> Result<Response, Refusal> {
    let body = exported(&state, user, |s| super::export::json(s).into_bytes()).await?;
    Ok(conditional(&headers, body, "application/json", Some("signpost-directory.json")))
}

/// `GET /api/oruk/export/{name}.csv`: one of the ORUK CSV tables (`oruk export --format csv`).
async fn export_csv(
    State(state): State<AppState>,
    user: Result<CurrentUser, AppError>,
    headers: HeaderMap,
    Path(name): Path<String>,
) -> Result<Response, Refusal> {
    if !super::export::CSV_FILES.contains(&name.as_str()) {
        return Err(Refusal::NotFound);
    }
    let tables = exported(&state, user, super::export::csv).await?;
    let (_, body) = tables.into_iter().find(|(n, _)| *n == name).ok_or(Refusal::NotFound)?;
    Ok(conditional(&headers, body, "text/csv; charset=utf-8", Some(&name)))
}

/// The query string, each parameter once (the last one given wins; empty ones count as absent).
struct Params(Vec<(String, String)>);

impl Params {
    fn read(query: Result<Query<Vec<(String, String)>>, QueryRejection>) -> Result<Self, Refusal> {
        match query {
            Ok(Query(pairs)) => Ok(Params(pairs)),
            Err(_) => Err(bad("query", "the query string could not be read")),
        }
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v.trim()).filter(|v| !v.is_empty())
    }

    /// `page` (1-based) and `per_page`.
    fn paging(&self) -> Result<(u64, u64), Refusal> {
        let page = match self.get("page") {
            None => 1,
            Some(v) => match v.parse::<u64>() {
                Ok(n) if n >= 1 => n,
                _ => return Err(bad("page", "page must be a whole number, 1 or more")),
            },
        };
        let per_page = match self.get("per_page") {
            None => DEFAULT_PER_PAGE,
            Some(v) => match v.parse::<u64>() {
                Ok(n) if (1..=MAX_PER_PAGE).contains(&n) => n,
                _ => return Err(bad("per_page", "per_page must be a whole number from 1 to 500")),
            },
        };
        Ok((page, per_page))
    }

    fn uuid(&self, name: &'static str) -> Result<Option<Uuid>, Refusal> {
        self.get(name).map(|v| Uuid::parse_str(v).map_err(|_| bad(name, &format!("{name} must be a UUID")))).transpose()
    }

    fn age(&self, name: &'static str) -> Result<Option<f64>, Refusal> {
        self.get(name)
            .map(|v| match v.parse::<f64>() {
                Ok(a) if a.is_finite() && a >= 0.0 => Ok(a),
                _ => Err(bad(name, &format!("{name} must be a number, 0 or more"))),
            })
            .transpose()
    }

    fn time(&self, name: &'static str) -> Result<Option<u16>, Refusal> {
        self.get(name)
            .map(|v| {
                NaiveTime::parse_from_str(v, "%H:%M:%S")
                    .or_else(|_| NaiveTime::parse_from_str(v, "%H:%M"))
                    .map(|t| (t.hour() * 60 + t.minute()) as u16)
                    .map_err(|_| bad(name, &format!("{name} must be a time, HH:MM or HH:MM:SS")))
            })
            .transpose()
    }
}

fn path_id(id: &str) -> Result<Uuid, Refusal> {
    Uuid::parse_str(id).map_err(|_| bad("id", "id must be a UUID"))
}

async fn snapshot(state: &AppState) -> Result<std::sync::Arc<Snapshot>, Refusal> {
    state.directory.get(&state.db).await.map_err(Refusal::Failed)
}

/// `GET /api/oruk/`: which standard this is, and where its OpenAPI document is.
async fn info(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let origin = crate::accounts::api::origin(&headers, state.config.secure_cookies).unwrap_or_default();
    document(
        &headers,
        &ApiInfo { version: VERSION.into(), profile: PROFILE.into(), openapi_url: format!("{origin}{BASE}/openapi.json") },
    )
}

/// The profile's OpenAPI document, with this server as its server, and its one mistake
/// corrected: the published copy describes `/service_at_locations/{id}` with the service schema.
async fn openapi(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Ok(mut spec) = serde_json::from_str::<serde_json::Value>(OPENAPI) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let origin = crate::accounts::api::origin(&headers, state.config.secure_cookies).unwrap_or_default();
    spec["servers"] = serde_json::json!([{ "url": format!("{origin}{BASE}") }]);
    let schema = &mut spec["paths"]["/service_at_locations/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
    if let Some(reference) = schema.get_mut("$ref") {
        *reference = serde_json::Value::String(
            "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/compiled/service_at_location.json".into(),
        );
    }
    document(&headers, &spec)
}

/// Which services `/services` returns, from its parameters.
struct ServiceFilter {
    search: Option<String>,
    need: Option<Need>,
    any_need: bool,
    organisation: Option<Uuid>,
    modified_after: Option<DateTime<Utc>>,
    minimum_age: Option<f64>,
    maximum_age: Option<f64>,
    day: Option<u8>,
    start: Option<u16>,
    end: Option<u16>,
}

impl ServiceFilter {
    fn parse(p: &Params) -> Result<Self, Refusal> {
        let need = match p.uuid("taxonomy_term_id")? {
            None => None,
            Some(id) => Some(need_of_term(id).ok_or_else(|| bad("taxonomy_term_id", "no taxonomy term has this id"))?),
        };
        let any_need = match p.uuid("taxonomy_id")? {
            None => false,
            Some(id) if id == NEEDS_TAXONOMY_ID => true,
            Some(_) => return Err(bad("taxonomy_id", "no taxonomy has this id")),
        };
        let modified_after = p
            .get("modified_after")
            .map(|v| {
                DateTime::parse_from_rfc3339(v)
                    .map(|t| t.with_timezone(&Utc))
                    .or_else(|_| NaiveDate::parse_from_str(v, "%Y-%m-%d").map(|d| d.and_time(NaiveTime::MIN).and_utc()))
                    .map_err(|_| bad("modified_after", "modified_after must be a date-time (RFC 3339) or a date (YYYY-MM-DD)"))
            })
            .transpose()?;
        let day = p
            .get("day")
            .map(|v| {
                let v = v.to_ascii_uppercase();
                const NAMES: [&str; 7] = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];
                BYDAY
                    .iter()
                    .zip(NAMES)
                    .position(|(short, long)| v == *short || v == long)
                    .map(|i| i as u8 + 1)
                    .ok_or_else(|| bad("day", "day must be a day of the week: MO, TU, WE, TH, FR, SA or SU"))
            })
            .transpose()?;
        Ok(ServiceFilter {
            search: p.get("search").map(str::to_string),
            need,
            any_need,
            organisation: p.uuid("organization_id")?,
            modified_after,
            minimum_age: p.age("minimum_age")?,
            maximum_age: p.age("maximum_age")?,
            day,
            start: p.time("start_time")?,
            end: p.time("end_time")?,
        })
    }

    fn keeps(&self, s: &Service, snapshot: &Snapshot) -> bool {
        self.need.is_none_or(|n| s.needs.contains(&n))
            && (!self.any_need || !s.needs.is_empty())
            && self.organisation.is_none_or(|o| s.organisation_id == o)
            && self.modified_after.is_none_or(|t| snapshot.modified(s.id).is_some_and(|m| m > t))
            && self.minimum_age.is_none_or(|a| s.min_age.is_some_and(|m| f64::from(m) >= a))
            && self.maximum_age.is_none_or(|a| s.max_age.is_some_and(|m| f64::from(m) <= a))
            && (self.day.is_none() && self.start.is_none() && self.end.is_none()
                || s.hours.periods.iter().any(|p| {
                    // A period that closes at or before it opens runs into the next day.
                    let closes = if p.closes <= p.opens { p.closes + 24 * 60 } else { p.closes };
                    self.day.is_none_or(|d| p.day == d)
                        && self.start.is_none_or(|t| p.opens >= t)
                        && self.end.is_none_or(|t| closes <= t)
                }))
    }
}

/// The services in the order lists give them: by search rank when searching, else by name.
fn ordered<'a>(snapshot: &'a Snapshot, search: Option<&str>) -> Vec<&'a Service> {
    let services = &snapshot.directory.services;
    match search {
        Some(text) => {
            let query = SearchQuery { text: text.to_string(), ..SearchQuery::default() };
            snapshot.index.search(&snapshot.directory, &query, Utc::now()).into_iter().map(|i| &services[i]).collect()
        }
        None => snapshot.by_name.iter().map(|&i| &services[i]).collect(),
    }
}

async fn services(State(state): State<AppState>, headers: HeaderMap, query: Result<Query<Vec<(String, String)>>, QueryRejection>) -> Result<Response, Refusal> {
    let params = Params::read(query)?;
    let (page, per_page) = params.paging()?;
    let filter = ServiceFilter::parse(&params)?;
    let snapshot = snapshot(&state).await?;
    let docs = Documents::new(&snapshot);
    let all: Vec<&Service> = ordered(&snapshot, filter.search.as_deref())
        .into_iter()
        .filter(|s| filter.keeps(s, &snapshot) && snapshot.organisation(s.organisation_id).is_some())
        .collect();
    // (Every service kept has its organisation, so each document is there.)
    let page = Page::cut(all, page, per_page).map(|s| docs.service(s));
    Ok(document(&headers, &page))
}

async fn service(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> Result<Response, Refusal> {
    let id = path_id(&id)?;
    let snapshot = snapshot(&state).await?;
    let full = snapshot.service(id).and_then(|s| Documents::new(&snapshot).service_full(s)).ok_or(Refusal::NotFound)?;
    Ok(document(&headers, &full))
}

async fn service_at_locations(
    State(state): State<AppState>,
    headers: HeaderMap,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Result<Response, Refusal> {
    let (page, per_page) = Params::read(query)?.paging()?;
    let snapshot = snapshot(&state).await?;
    let docs = Documents::new(&snapshot);
    // Documents are made for the page's items only.
    let all: Vec<_> = ordered(&snapshot, None)
        .into_iter()
        .filter(|s| snapshot.organisation(s.organisation_id).is_some())
        .flat_map(|s| s.locations.iter().map(move |l| (s, l)))
        .collect();
    Ok(document(&headers, &Page::cut(all, page, per_page).map(|(s, l)| docs.service_at_location(s, l, true))))
}

async fn service_at_location(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> Result<Response, Refusal> {
    let id = path_id(&id)?;
    let snapshot = snapshot(&state).await?;
    let docs = Documents::new(&snapshot);
    let found = snapshot
        .directory
        .services
        .iter()
        .flat_map(|s| s.locations.iter().map(move |l| (s, l)))
        .find(|(s, l)| service_at_location_id(s.id, l.id) == id)
        .map(|(s, l)| docs.service_at_location(s, l, true))
        .filter(|d| d.service.is_some())
        .ok_or(Refusal::NotFound)?;
    Ok(document(&headers, &found))
}

async fn taxonomies(headers: HeaderMap, query: Result<Query<Vec<(String, String)>>, QueryRejection>) -> Result<Response, Refusal> {
    let (page, per_page) = Params::read(query)?.paging()?;
    Ok(document(&headers, &Page::cut(vec![taxonomy(false)], page, per_page)))
}

async fn one_taxonomy(headers: HeaderMap, Path(id): Path<String>) -> Result<Response, Refusal> {
    if path_id(&id)? != NEEDS_TAXONOMY_ID {
        return Err(Refusal::NotFound);
    }
    Ok(document(&headers, &taxonomy(true)))
}

async fn taxonomy_terms(headers: HeaderMap, query: Result<Query<Vec<(String, String)>>, QueryRejection>) -> Result<Response, Refusal> {
    let params = Params::read(query)?;
    let (page, per_page) = params.paging()?;
    let terms = match params.uuid("taxonomy_id")? {
        Some(id) if id != NEEDS_TAXONOMY_ID => Vec::new(),
        _ => Need::ALL.into_iter().map(|n| taxonomy_term(n, false)).collect(),
    };
    Ok(document(&headers, &Page::cut(terms, page, per_page)))
}

async fn one_taxonomy_term(headers: HeaderMap, Path(id): Path<String>) -> Result<Response, Refusal> {
    let need = need_of_term(path_id(&id)?).ok_or(Refusal::NotFound)?;
    Ok(document(&headers, &taxonomy_term(need, true)))
}

async fn organizations(State(state): State<AppState>, headers: HeaderMap, query: Result<Query<Vec<(String, String)>>, QueryRejection>) -> Result<Response, Refusal> {
    let (page, per_page) = Params::read(query)?.paging()?;
    let snapshot = snapshot(&state).await?;
    let docs = Documents::new(&snapshot);
    let mut all: Vec<_> = snapshot.directory.organisations.iter().map(|o| docs.organization(o)).collect();
    all.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    Ok(document(&headers, &Page::cut(all, page, per_page)))
}

async fn organization(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> Result<Response, Refusal> {
    let id = path_id(&id)?;
    let snapshot = snapshot(&state).await?;
    let full = snapshot.organisation(id).map(|o| Documents::new(&snapshot).organization_full(o)).ok_or(Refusal::NotFound)?;
    Ok(document(&headers, &full))
}
