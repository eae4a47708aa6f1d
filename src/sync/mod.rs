//! Keeping the phone's copy of the directory up to date: the rules are in docs/SYNC-SPEC.md.

#[cfg(feature = "hydrate")]
pub mod engine;
#[cfg(feature = "hydrate")]
pub mod lazy;
#[cfg(feature = "hydrate")]
pub mod local;
pub mod protocol;
#[cfg(feature = "ssr")]
pub mod server;
pub mod status;

use crate::{directory::model::Directory, search::SearchIndex};

/// The directory as a browser tab holds it, ready to search (built by `engine`; the server
/// never makes one, but pages' reading code is the same on both sides).
pub struct LocalCopy {
    pub directory: Directory,
    pub index: SearchIndex,
    pub complete: bool,
    pub demo: bool,
}
