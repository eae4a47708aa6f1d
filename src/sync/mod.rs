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

use std::sync::{Mutex, OnceLock};

use crate::{
    directory::model::Directory,
    search::{SearchIndex, Vocabulary, index::IndexBuilder},
};

/// The directory as a browser tab holds it (built by `engine`; the server never makes one).
/// The search index is built a slice at a time while the tab is otherwise idle
/// ([`LocalCopy::index_some`]), or at once the first time words are searched for, so a page
/// can be shown from the copy before that work is done.
pub struct LocalCopy {
    pub directory: Directory,
    pub vocabulary: Vocabulary,
    pub complete: bool,
    pub demo: bool,
    index: OnceLock<SearchIndex>,
    /// The index so far, while it is built in slices.
    building: Mutex<Option<IndexBuilder>>,
}

impl LocalCopy {
    pub fn new(directory: Directory, vocabulary: Vocabulary, complete: bool, demo: bool) -> Self {
        Self { directory, vocabulary, complete, demo, index: OnceLock::new(), building: Mutex::new(None) }
    }

    /// The search index, finished now if it is not built yet (from where the slices got to).
    pub fn index(&self) -> &SearchIndex {
        self.index.get_or_init(|| {
            let builder = self.building.lock().unwrap_or_else(|e| e.into_inner()).take();
            builder.unwrap_or_else(|| IndexBuilder::new(&self.directory)).finish(&self.directory, &self.vocabulary)
        })
    }

    /// One step of building the index: up to `count` more services, or, once all are in,
    /// putting the index in order. True once the index is built.
    pub fn index_some(&self, count: usize) -> bool {
        if self.index.get().is_some() {
            return true;
        }
        let added_all = {
            let mut building = self.building.lock().unwrap_or_else(|e| e.into_inner());
            let builder = building.get_or_insert_with(|| IndexBuilder::new(&self.directory));
            builder.added_all(&self.directory) || {
                builder.add(&self.directory, &self.vocabulary, count);
                false
            }
        };
        if added_all {
            self.index();
        }
        added_all
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::directory::{cache, synthetic};

    /// An index built in slices, or finished by a search part way, is the index built at once.
    #[test]
    fn an_index_built_in_slices_is_the_index_built_at_once() {
        let directory = synthetic::directory(300, 1);
        let vocabulary = cache::vocabulary(&directory.languages());
        let whole = SearchIndex::build(&directory, &vocabulary);
        for slice in [1, 7, 64, 299, 300, 1000] {
            let copy = LocalCopy::new(directory.clone(), vocabulary.clone(), true, false);
            let mut slices = 0;
            while !copy.index_some(slice) {
                slices += 1;
            }
            // Each slice of services, then putting the index in order.
            assert_eq!(slices, 300usize.div_ceil(slice), "slices of {slice}");
            assert_eq!(copy.index(), &whole, "slices of {slice}");
        }
        let copy = LocalCopy::new(directory.clone(), vocabulary.clone(), true, false);
        assert!(!copy.index_some(100));
        assert_eq!(copy.index(), &whole, "finished by a search after 100");
        assert!(copy.index_some(1), "nothing left once finished");
    }
}
