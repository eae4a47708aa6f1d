//! The listings pages as lazily loaded routes (see `referrals/routes.rs`): people who only
//! search never download them.

use leptos::prelude::*;

use crate::referrals::routes::lazy_page;

lazy_page!(
    /// `/listings`: an organisation's listings
    ListingsRoute => super::ui::ListingsPage
);
lazy_page!(
    /// `/listings/*`: the service form, a service's history, the coordinator's queue and
    /// organisations, an organisation's details (one route: each route costs main-bundle bytes)
    ListingsSubRoute => super::ui::ListingsSubPage
);
lazy_page!(
    /// `/services/:id/report`: report a problem with a listing
    ReportRoute => super::report_page::ReportPage
);
