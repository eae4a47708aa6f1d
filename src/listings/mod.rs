//! Listings kept by the network itself: organisations edit their own services and details,
//! coordinators onboard organisations and moderate changes, every published version is kept,
//! and each listing says how recently its organisation confirmed it.

pub mod api;
pub mod form;
pub mod model;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod store;
pub mod ui;
