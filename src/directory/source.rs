//! The one way pages read the directory. On the server: the database snapshot, through the
//! server functions. In the browser: the copy saved on the phone when it is complete (so
//! search and pages work with no signal), otherwise the server; and when the server cannot be
//! reached, whatever part of the directory the phone has (C4 in docs/SYNC-SPEC.md).

use std::future::Future;

use super::{
    api,
    read::{self, FilterOptions, OrganisationPage, SearchPage, ServicePage, SiteInfo},
};
use crate::{error::AppError, search::Query};

use crate::sync::LocalCopy as Copy;

/// Reads with `local` from the phone's copy when that is the right source, else from the
/// network; `local` gives `None` when the copy does not have the thing asked for.
async fn read<T, Net>(
    #[allow(unused_variables)] local: impl Fn(&Copy, read::Now) -> Option<T>,
    network: impl FnOnce() -> Net,
) -> Result<T, AppError>
where
    Net: Future<Output = Result<T, AppError>>,
{
    #[cfg(feature = "hydrate")]
    {
        use crate::sync::engine;
        engine::wait_loaded().await;
        if let Some(copy) = engine::copy() {
            let now = chrono::DateTime::from_timestamp_millis(engine::now_ms()).unwrap_or_default();
            if copy.complete {
                return local(&copy, now).ok_or(AppError::NotFound);
            }
            let online = network().await;
            if matches!(online, Err(AppError::Unreachable))
                && let Some(found) = local(&copy, now)
            {
                return Ok(found);
            }
            return online;
        }
    }
    network().await
}

/// Resources need `Send` futures; the browser's are single-threaded (they hold the copy's `Rc`),
/// which `SendWrapper` vouches for. On the server the futures are `Send` as they are.
#[cfg(feature = "hydrate")]
fn sendable<F: Future>(f: F) -> send_wrapper::SendWrapper<F> {
    send_wrapper::SendWrapper::new(f)
}
#[cfg(not(feature = "hydrate"))]
fn sendable<F: Future>(f: F) -> F {
    f
}

pub fn search(query: Query) -> impl Future<Output = Result<SearchPage, AppError>> + Send {
    let q = query.clone();
    sendable(read(move |c, now| Some(read::search_page(&c.directory, &c.index, &q, now)), move || api::search_directory(query)))
}

pub fn service(id: String) -> impl Future<Output = Result<ServicePage, AppError>> + Send {
    let key = id.clone();
    sendable(read(move |c, now| read::service_page(&c.directory, &key, now), move || api::get_service(id)))
}

pub fn organisation(id: String) -> impl Future<Output = Result<OrganisationPage, AppError>> + Send {
    let key = id.clone();
    sendable(read(move |c, now| read::organisation_page(&c.directory, &key, now), move || api::get_organisation(id)))
}

pub fn filter_options() -> impl Future<Output = Result<FilterOptions, AppError>> + Send {
    sendable(read(|c, _| Some(read::filter_options(&c.directory)), api::get_filter_options))
}

pub fn site_info() -> impl Future<Output = Result<SiteInfo, AppError>> + Send {
    sendable(read(|c, _| Some(SiteInfo { demo: c.demo }), api::get_site_info))
}
