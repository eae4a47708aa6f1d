//! The directory's server functions: thin wrappers that take the server's snapshot of the
//! directory and call the plain functions in `read.rs`. Reads use GET, so they can be cached.

use leptos::{prelude::*, server_fn::codec::GetUrl};

use super::read::{FilterOptions, OrganisationPage, SearchPage, ServicePage, SiteInfo};
use crate::{error::AppError, search::Query};

#[cfg(feature = "ssr")]
async fn snapshot() -> Result<std::sync::Arc<super::cache::Snapshot>, AppError> {
    let state = use_context::<crate::server::state::AppState>().ok_or(AppError::Internal)?;
    match use_context::<super::cache::RequestSnapshot>() {
        Some(request) => request.get(&state.directory, &state.db).await,
        None => state.directory.get(&state.db).await,
    }
}

/// Searches the directory. The work is bounded by [`super::read::search_page`] and runs off the
/// async threads, at most [`CONCURRENT_SEARCHES`] at a time, so that searches, however many
/// and however long, cannot hold up other requests (`/api/search` and the server-rendered
/// search page both come here).
#[server(prefix = "/api", endpoint = "search", input = GetUrl, output = crate::wire::Json)]
pub async fn search_directory(query: Query) -> Result<SearchPage, AppError> {
    let snap = snapshot().await?;
    let _permit = SEARCHES.acquire().await.map_err(|_| AppError::Internal)?;
    tokio::task::spawn_blocking(move || super::read::search_page(&snap.directory, &snap.index, &query, chrono::Utc::now()))
        .await
        .map_err(|_| AppError::Internal)
}

/// How many searches run at once; more wait their turn (without holding a thread).
#[cfg(feature = "ssr")]
pub const CONCURRENT_SEARCHES: usize = 4;
#[cfg(feature = "ssr")]
static SEARCHES: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(CONCURRENT_SEARCHES);

#[server(prefix = "/api", endpoint = "filters", input = GetUrl, output = crate::wire::Json)]
pub async fn get_filter_options() -> Result<FilterOptions, AppError> {
    Ok(snapshot().await?.filters.clone())
}

#[server(prefix = "/api", endpoint = "service", input = GetUrl, output = crate::wire::Json)]
pub async fn get_service(id: String) -> Result<ServicePage, AppError> {
    let snap = snapshot().await?;
    super::read::service_page(&snap.directory, &id, chrono::Utc::now()).ok_or(AppError::NotFound)
}

#[server(prefix = "/api", endpoint = "organisation", input = GetUrl, output = crate::wire::Json)]
pub async fn get_organisation(id: String) -> Result<OrganisationPage, AppError> {
    let snap = snapshot().await?;
    super::read::organisation_page(&snap.directory, &id, chrono::Utc::now()).ok_or(AppError::NotFound)
}

#[server(prefix = "/api", endpoint = "site", input = GetUrl, output = crate::wire::Json)]
pub async fn get_site_info() -> Result<SiteInfo, AppError> {
    let snap = snapshot().await?;
    Ok(SiteInfo { demo: snap.demo })
}
