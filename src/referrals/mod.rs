//! Referrals: the consent-first form's rules, the phone's outbox and its push protocol, and
//! (server) storage with authorisation in every query, the inbox and retention.

pub mod api;
pub mod consent;
pub mod model;
pub mod names;
pub mod outbox;
pub mod sending;
pub mod ui;
pub mod view;
pub mod status;
pub mod refer_page;
pub mod routes;
pub mod outbox_page;
#[cfg(feature = "hydrate")]
pub mod lazy;
#[cfg(feature = "hydrate")]
mod local;
#[cfg(feature = "hydrate")]
mod sender;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(all(test, feature = "ssr"))]
mod tests;
#[cfg(all(test, feature = "ssr"))]
mod load;
