//! The listings pages as lazily loaded routes (see `referrals/routes.rs`): people who only
//! search never download them.

use leptos::prelude::*;

use crate::referrals::routes::lazy_page;

lazy_page!(
    /// `/listings`: an organisation's listings
    ListingsRoute => crate::listings::ui::ListingsPage, listings_route_view, messages [LISTINGS]
);
lazy_page!(
    /// `/listings/*`: the service form, a service's history, the coordinator's queue and
    /// organisations, an organisation's details (one route: each route costs main-bundle bytes)
    ListingsSubRoute => crate::listings::ui::ListingsSubPage, listings_sub_route_view, messages [LISTINGS, ORUK]
);
lazy_page!(
    /// `/services/:id/report`: report a problem with a listing
    ReportRoute => crate::listings::report_page::ReportPage, report_route_view, messages [LISTINGS]
);
