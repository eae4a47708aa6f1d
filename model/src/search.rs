//! The search vocabulary, which travels with the directory (sync pages carry it, S8). The search
//! itself is the main crate's `search`.

use serde::{Deserialize, Serialize};

use crate::directory::needs::Need;

/// Words that name needs and languages in every shipped locale, so that a search in any
/// language finds them ("ખોરાક" finds food services; "Somali" finds Somali speakers).
/// It is data: the server builds it from the locales, and it can travel with the directory.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Vocabulary {
    pub needs: Vec<(Need, Vec<String>)>,
    pub languages: Vec<(String, Vec<String>)>,
}

impl Vocabulary {
    /// The words for a need (none if the vocabulary has no entry for it).
    pub fn need_words(&self, need: Need) -> &[String] {
        self.needs.iter().find(|(n, _)| *n == need).map_or(&[], |(_, w)| w)
    }

    /// The words for a language, by its code.
    pub fn language_words(&self, code: &str) -> &[String] {
        self.languages.iter().find(|(c, _)| c == code).map_or(&[], |(_, w)| w)
    }
}
