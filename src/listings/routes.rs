//! The listings pages as lazily loaded routes (see `referrals/routes.rs`): people who only
//! search never download them.

use leptos::prelude::*;
use leptos_router::LazyRoute;
#[cfg(any(feature = "ssr", feature = "hydrate"))]
use leptos_router::lazy_route;

use crate::referrals::routes::lazy_page;

lazy_page!(
    /// `/listings`: an organisation's listings
    ListingsRoute => super::ui::ListingsPage
);
lazy_page!(
    /// `/listings/edit`: the service form
    ServiceEditRoute => super::ui::ServiceEditPage
);
lazy_page!(
    /// `/listings/history`: a service's published versions
    HistoryRoute => super::ui::HistoryPage
);
lazy_page!(
    /// `/listings/changes`: the coordinator's queue
    QueueRoute => super::ui::QueuePage
);
lazy_page!(
    /// `/listings/organisations`: the coordinator's organisations
    OrganisationsRoute => super::ui::OrganisationsListPage
);
lazy_page!(
    /// `/listings/organisation`: an organisation's details
    OrganisationEditRoute => super::ui::OrganisationEditPage
);
lazy_page!(
    /// `/services/:id/report`: report a problem with a listing
    ReportRoute => super::report_page::ReportPage
);
