//! Signpost's directory model (organisations, services, opening hours, needs), the compact wire
//! encodings it uses, and what sync carries (pages of changes, the phone's saved copy, the search
//! vocabulary). The main crate re-exports these where they always were
//! (`crate::directory::{model, hours, needs}`, `crate::wire`, `crate::sync::protocol`,
//! `crate::search`).
//!
//! A crate of its own so that another crate can name its types: `signpost-decode` (model/decode),
//! the browser's decoder of sync pages and of the saved copy, which the browser bundle compiles
//! at full speed while every other crate stays at opt-level "z" (ARCHITECTURE.md, "The browser
//! bundle's compiler").

pub mod directory {
    pub mod hours;
    pub mod model;
    pub mod needs;
}
pub mod search;
pub mod sync;
pub mod wire;
