//! Accounts: who signs in, to which organisation they belong, and what their role lets them do.
//! Passwords are argon2id hashes; sessions are server-side (tower-sessions over our SQLite
//! pool) with only an id in an HttpOnly cookie.

pub mod api;
pub mod invite_page;
pub mod members_page;
pub mod model;
pub mod password_page;
pub mod ui;
pub mod who;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod passwords;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod store;
