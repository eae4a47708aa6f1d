//! Listings kept by the network itself: organisations edit their own services and details,
//! coordinators onboard organisations and moderate changes, every published version is kept,
//! and each listing says how recently its organisation confirmed it.

pub mod api;
pub mod form;
#[cfg(feature = "hydrate")]
pub mod lazy;
pub mod model;
pub mod oruk_page;
pub mod report;
#[cfg(feature = "hydrate")]
pub mod report_outbox;
pub mod report_page;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod store;
pub mod ui;
