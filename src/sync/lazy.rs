//! The browser's offline machinery behind one lazy-loading point. With `cargo leptos build --split`
//! everything only it reaches (the IndexedDB copy, sync, the search index) is cut into separate
//! wasm files, fetched after the page is interactive, so the first download stays small.
//! Without splitting these are ordinary async calls.

use leptos::prelude::*;

use super::{engine, status::OfflineStatus};
use crate::{
    directory::read::{self, FilterOptions, OrganisationPage, SearchPage, ServicePage, SiteInfo},
    search::{Query, index::list_by_name},
};

/// What a page asks of the saved copy.
pub enum LocalRead {
    Search(Query),
    Service(String),
    Organisation(String),
    Filters,
    Site,
}

/// The saved copy's answer.
pub enum LocalAnswer {
    Search(SearchPage),
    Service(Option<ServicePage>),
    Organisation(Option<OrganisationPage>),
    Filters(FilterOptions),
    Site(SiteInfo),
}

/// The copy's answer, and whether the copy is complete; `None` when nothing is saved.
pub struct FromCopy {
    pub complete: bool,
    pub answer: LocalAnswer,
}

/// What a page asks of the offline machinery.
///
/// The machinery has one lazy-loading point, not one per operation. wasm-split cuts the code
/// that lazy points share into a separate wasm file for each set of points (and lazy routes)
/// that reach it, and loading a point fetches and instantiates every file it needs: with
/// `boot`, `start` and `read_copy` as three points, starting the machinery took 47 files
/// (the browser's idle callback spent 300 ms at 4× CPU just starting their fetches).
pub enum Request {
    /// Open the phone's store and read it into memory (the app shell, before its first render).
    Boot,
    /// Start the machinery for a running page: the saved copy and sync.
    Start(OfflineStatus),
    /// Read from the saved copy.
    Read(LocalRead),
}

#[lazy]
async fn offline(request: Request) -> Option<FromCopy> {
    match request {
        Request::Boot => {
            engine::boot();
            None
        }
        Request::Start(status) => {
            engine::connect(status);
            None
        }
        Request::Read(read) => read_copy_now(read).await,
    }
}

/// Opens the phone's store and reads it into memory (the app shell calls this first).
pub async fn boot() {
    offline(Request::Boot).await;
}

/// Starts the offline machinery for a running page: the saved copy and sync.
pub async fn start(status: OfflineStatus) {
    offline(Request::Start(status)).await;
}

/// Answers a read from the saved copy, once the copy has been read from the store; `None`
/// when nothing is saved.
pub async fn read_copy(request: LocalRead) -> Option<FromCopy> {
    offline(Request::Read(request)).await
}

async fn read_copy_now(request: LocalRead) -> Option<FromCopy> {
    engine::wait_loaded().await;
    let copy = engine::copy()?;
    let now = chrono::DateTime::from_timestamp_millis(engine::now_ms()).unwrap_or_default();
    let d = &copy.directory;
    let answer = match request {
        // No words: filters and names only, which needs no index (a first page can show
        // before the index is built).
        LocalRead::Search(q) if q.text.trim().is_empty() => {
            LocalAnswer::Search(read::results_page(d, list_by_name(d, &q, now), &q, now))
        }
        LocalRead::Search(q) => LocalAnswer::Search(read::search_page(d, copy.index(), &q, now)),
        LocalRead::Service(id) => LocalAnswer::Service(read::service_page(d, &id, now)),
        LocalRead::Organisation(id) => LocalAnswer::Organisation(read::organisation_page(d, &id, now)),
        LocalRead::Filters => LocalAnswer::Filters(read::filter_options(d)),
        LocalRead::Site => LocalAnswer::Site(SiteInfo { demo: copy.demo }),
    };
    Some(FromCopy { complete: copy.complete, answer })
}
