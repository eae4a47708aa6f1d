//! Search over the directory, in pure Rust so that the same code runs on the server and, in the
//! browser, over the phone's copy of the directory.

pub mod fuzzy;
pub mod index;
pub mod normalise;
pub mod query;

pub use index::{SearchIndex, Vocabulary, matches_filters};
pub use query::Query;
