//! The one way pages read the directory. On the server: the database snapshot, through the
//! server functions. In the browser: the copy saved on the phone when it is complete (so
//! search and pages work with no signal), otherwise the server; and when the server cannot be
//! reached, whatever part of the directory the phone has (C4 in docs/SYNC-SPEC.md).

use std::future::Future;

use super::{
    api,
    read::{FilterOptions, OrganisationPage, SearchPage, ServicePage, SiteInfo},
};
use crate::{error::AppError, search::Query};

/// Reads from the phone's copy when that is the right source, else from the network.
/// `pick` takes the copy's answer apart: `Some(None)` means the copy does not have the thing.
#[cfg(feature = "hydrate")]
async fn read<T, Net>(
    request: crate::sync::lazy::LocalRead,
    pick: fn(crate::sync::lazy::LocalAnswer) -> Option<Option<T>>,
    network: impl FnOnce() -> Net,
) -> Result<T, AppError>
where
    Net: Future<Output = Result<T, AppError>>,
{
    let Some(copy) = crate::sync::lazy::read_copy(request).await else {
        return network().await;
    };
    let found = pick(copy.answer).flatten();
    if copy.complete {
        return found.ok_or(AppError::NotFound);
    }
    match network().await {
        Err(AppError::Unreachable) => found.ok_or(AppError::Unreachable),
        online => online,
    }
}

/// Resources need `Send` futures; the browser's are single-threaded (they hold the copy's `Rc`),
/// which `SendWrapper` vouches for.
#[cfg(feature = "hydrate")]
fn sendable<F: Future>(f: F) -> send_wrapper::SendWrapper<F> {
    send_wrapper::SendWrapper::new(f)
}

#[cfg(feature = "hydrate")]
mod browser {
    use super::*;
    use crate::sync::lazy::{LocalAnswer as A, LocalRead as R};

    pub fn search(query: Query) -> impl Future<Output = Result<SearchPage, AppError>> + Send {
        let q = query.clone();
        sendable(read(R::Search(q), |a| if let A::Search(p) = a { Some(Some(p)) } else { None }, move || {
            api::search_directory(query)
        }))
    }

    pub fn service(id: String) -> impl Future<Output = Result<ServicePage, AppError>> + Send {
        sendable(read(R::Service(id.clone()), |a| if let A::Service(p) = a { Some(p) } else { None }, move || {
            api::get_service(id)
        }))
    }

    pub fn organisation(id: String) -> impl Future<Output = Result<OrganisationPage, AppError>> + Send {
        sendable(read(R::Organisation(id.clone()), |a| if let A::Organisation(p) = a { Some(p) } else { None }, move || {
            api::get_organisation(id)
        }))
    }

    pub fn filter_options() -> impl Future<Output = Result<FilterOptions, AppError>> + Send {
        sendable(read(R::Filters, |a| if let A::Filters(f) = a { Some(Some(f)) } else { None }, api::get_filter_options))
    }

    pub fn site_info() -> impl Future<Output = Result<SiteInfo, AppError>> + Send {
        sendable(read(R::Site, |a| if let A::Site(s) = a { Some(Some(s)) } else { None }, api::get_site_info))
    }
}

/// On the server every read is the server function itself (which reads the snapshot).
#[cfg(not(feature = "hydrate"))]
mod server {
    use super::*;

    pub fn search(query: Query) -> impl Future<Output = Result<SearchPage, AppError>> + Send {
        api::search_directory(query)
    }
    pub fn service(id: String) -> impl Future<Output = Result<ServicePage, AppError>> + Send {
        api::get_service(id)
    }
    pub fn organisation(id: String) -> impl Future<Output = Result<OrganisationPage, AppError>> + Send {
        api::get_organisation(id)
    }
    pub fn filter_options() -> impl Future<Output = Result<FilterOptions, AppError>> + Send {
        api::get_filter_options()
    }
    pub fn site_info() -> impl Future<Output = Result<SiteInfo, AppError>> + Send {
        api::get_site_info()
    }
}

#[cfg(feature = "hydrate")]
pub use browser::*;
#[cfg(not(feature = "hydrate"))]
pub use server::*;
