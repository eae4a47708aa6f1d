//! Referrals: the consent-first form's rules, the phone's outbox and its push protocol, and
//! (server) storage with authorisation in every query, the inbox and retention.

pub mod model;
pub mod outbox;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(all(test, feature = "ssr"))]
mod tests;
