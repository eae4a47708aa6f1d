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

use std::sync::OnceLock;

use crate::{
    directory::model::Directory,
    search::{SearchIndex, Vocabulary},
};

/// The directory as a browser tab holds it (built by `engine`; the server never makes one).
/// The search index is built the first time words are searched for (or when the tab is idle),
/// so a page can be shown from the copy before that work is done.
pub struct LocalCopy {
    pub directory: Directory,
    pub vocabulary: Vocabulary,
    pub complete: bool,
    pub demo: bool,
    index: OnceLock<SearchIndex>,
}

impl LocalCopy {
    pub fn new(directory: Directory, vocabulary: Vocabulary, complete: bool, demo: bool) -> Self {
        Self { directory, vocabulary, complete, demo, index: OnceLock::new() }
    }

    pub fn index(&self) -> &SearchIndex {
        self.index.get_or_init(|| {
            #[cfg(feature = "hydrate")]
            let _phase = crate::pwa::timing::phase(crate::pwa::timing::INDEX);
            SearchIndex::build(&self.directory, &self.vocabulary)
        })
    }
}
