//! The community directory: organisations and their services, how to find them, and their pages.

pub mod api;
#[cfg(feature = "ssr")]
pub mod cache;
#[cfg(feature = "ssr")]
pub mod demo;
pub mod read;
pub mod source;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod synthetic;
pub mod ui;

// The model itself is a crate of its own (model/, see its lib.rs for why), here where it always was.
pub use signpost_model::directory::{hours, model, needs};
