//! The community directory: organisations and their services, how to find them, and their pages.

pub mod api;
#[cfg(feature = "ssr")]
pub mod cache;
#[cfg(feature = "ssr")]
pub mod demo;
pub mod hours;
pub mod model;
pub mod needs;
pub mod read;
pub mod source;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod synthetic;
pub mod ui;
