//! What pages read from the directory, as plain functions over a [`Directory`]. The server
//! calls them on its snapshot of the database; the browser will call the same functions on its
//! copy of the directory, so both give the same answers.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use super::model::Now;
use super::model::{Directory, Organisation, Service, ServiceCard};
use crate::search::{Query, SearchIndex, query::PAGE_SIZE};

/// One page of search results, with what the filters can offer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchPage {
    pub cards: Vec<ServiceCard>,
    /// Matches in all pages.
    pub total: usize,
    pub page: u32,
    pub pages: u32,
    #[serde(with = "crate::wire::instant")]
    pub now: Now,
}

/// The values the area and language filters offer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FilterOptions {
    pub neighbourhoods: Vec<String>,
    pub languages: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServicePage {
    pub service: Service,
    pub organisation: Organisation,
    #[serde(with = "crate::wire::instant")]
    pub now: Now,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganisationPage {
    pub organisation: Organisation,
    pub services: Vec<ServiceCard>,
    #[serde(with = "crate::wire::instant")]
    pub now: Now,
}

/// Facts about the directory shown on every page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SiteInfo {
    /// The directory is the demo data set, not real listings.
    pub demo: bool,
}

fn card(directory: &Directory, service: &Service, now: Now) -> ServiceCard {
    let org = directory.organisation(service.organisation_id).map_or("", |o| o.name.as_str());
    ServiceCard::new(service, org, now)
}

pub fn filter_options(directory: &Directory) -> FilterOptions {
    FilterOptions { neighbourhoods: directory.neighbourhoods(), languages: directory.languages() }
}

/// The one way a search runs, on the server and on the phone: the query is bounded first
/// ([`Query::bounded`]), whoever made it.
pub fn search_page(directory: &Directory, index: &SearchIndex, query: &Query, now: Now) -> SearchPage {
    let query = query.bounded();
    results_page(directory, index.search(directory, &query, now), &query, now)
}

/// A page of results from ranked positions in `directory.services`.
pub fn results_page(directory: &Directory, hits: Vec<usize>, query: &Query, now: Now) -> SearchPage {
    let total = hits.len();
    let pages = total.div_ceil(PAGE_SIZE).max(1) as u32;
    let page = query.page.clamp(1, pages);
    let cards = hits
        .iter()
        .skip((page as usize - 1) * PAGE_SIZE)
        .take(PAGE_SIZE)
        .map(|&i| card(directory, &directory.services[i], now))
        .collect();
    SearchPage { cards, total, page, pages, now }
}

/// A listed service and its organisation; `None` when there is no such listed service.
pub fn service_page(directory: &Directory, id: &str, now: Now) -> Option<ServicePage> {
    let id = Uuid::parse_str(id).ok()?;
    let service = directory.service(id).filter(|s| s.status.listed())?;
    let organisation = directory.organisation(service.organisation_id)?;
    Some(ServicePage { service: service.clone(), organisation: organisation.clone(), now })
}

pub fn organisation_page(directory: &Directory, id: &str, now: Now) -> Option<OrganisationPage> {
    let id = Uuid::parse_str(id).ok()?;
    let organisation = directory.organisation(id)?;
    let services = directory.services_of(id).into_iter().map(|s| card(directory, s, now)).collect();
    Some(OrganisationPage { organisation: organisation.clone(), services, now })
}
