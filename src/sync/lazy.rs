//! The browser's offline machinery behind lazy-loading points. With `cargo leptos build --split`
//! everything only these functions reach (the IndexedDB copy, sync, the search index) is cut
//! into a separate wasm file, fetched after the page is interactive, so the first download
//! stays small. Without splitting they are ordinary async calls.

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

/// Opens the phone's store and reads it into memory (the app shell calls this first).
#[lazy]
pub fn boot() {
    engine::boot();
}

/// Starts the offline machinery for a running page: the saved copy and sync.
#[lazy]
pub fn start(status: OfflineStatus) {
    engine::connect(status);
}

/// Answers a read from the saved copy, once the copy has been read from the store.
#[lazy]
pub async fn read_copy(request: LocalRead) -> Option<FromCopy> {
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
