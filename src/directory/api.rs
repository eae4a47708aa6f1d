//! The directory's server functions: thin wrappers that take the server's snapshot of the
//! directory and call the plain functions in `read.rs`. Reads use GET, so they can be cached.

use leptos::{prelude::*, server_fn::codec::GetUrl};

use super::read::{FilterOptions, OrganisationPage, SearchPage, ServicePage, SiteInfo};
use crate::{error::AppError, search::Query};

#[cfg(feature = "ssr")]
async fn snapshot() -> Result<std::sync::Arc<super::cache::Snapshot>, AppError> {
    let state = use_context::<crate::server::state::AppState>().ok_or(AppError::Internal)?;
    state.directory.get(&state.pool).await
}

#[server(prefix = "/api", endpoint = "search", input = GetUrl)]
pub async fn search_directory(query: Query) -> Result<SearchPage, AppError> {
    let snap = snapshot().await?;
    Ok(super::read::search_page(&snap.directory, &snap.index, &query, chrono::Utc::now()))
}

#[server(prefix = "/api", endpoint = "filters", input = GetUrl)]
pub async fn get_filter_options() -> Result<FilterOptions, AppError> {
    let snap = snapshot().await?;
    Ok(super::read::filter_options(&snap.directory))
}

#[server(prefix = "/api", endpoint = "service", input = GetUrl)]
pub async fn get_service(id: String) -> Result<ServicePage, AppError> {
    let snap = snapshot().await?;
    super::read::service_page(&snap.directory, &id, chrono::Utc::now()).ok_or(AppError::NotFound)
}

#[server(prefix = "/api", endpoint = "organisation", input = GetUrl)]
pub async fn get_organisation(id: String) -> Result<OrganisationPage, AppError> {
    let snap = snapshot().await?;
    super::read::organisation_page(&snap.directory, &id, chrono::Utc::now()).ok_or(AppError::NotFound)
}

#[server(prefix = "/api", endpoint = "site", input = GetUrl)]
pub async fn get_site_info() -> Result<SiteInfo, AppError> {
    let snap = snapshot().await?;
    Ok(SiteInfo { demo: snap.demo })
}
