//! The search index over the directory: an inverted index of normalised words with field
//! weights (service name > organisation > need > language/area > description), matched exactly,
//! by prefix (as you type) and with typos scaled to word length.

use chrono::{DateTime, Utc};
use rustc_hash::FxHashMap;
use uuid::Uuid;

use super::{
    fuzzy::{Rows, distances, typo_budget},
    normalise::{normalise, words},
    query::{MAX_QUERY_WORDS, MAX_TYPO_WORD_CHARS, Query},
};
use crate::directory::{
    model::{Directory, Service},
    needs::Need,
};

/// An area that covers the whole city: services listing it match every neighbourhood filter.
pub const CITY_WIDE_AREA: &str = "Leicester";

pub use signpost_model::search::Vocabulary;

/// Where a word was found, and how much that counts.
#[derive(Clone, Copy)]
enum Field {
    Name,
    Organisation,
    Need,
    Language,
    Area,
    Text,
}

impl Field {
    fn weight(self) -> f32 {
        match self {
            Field::Name => 10.0,
            Field::Organisation => 6.0,
            Field::Need => 5.0,
            Field::Language | Field::Area => 3.0,
            Field::Text => 2.0,
        }
    }
}

/// Match quality multipliers.
const EXACT: f32 = 1.0;
const PREFIX: f32 = 0.8;
const TYPO: f32 = 0.7;
const TYPO_PREFIX: f32 = 0.55;
/// Each extra typo costs this much quality.
const PER_EXTRA_TYPO: f32 = 0.15;

/// The index. Document numbers are positions in `Directory::services`.
#[cfg_attr(test, derive(Debug, PartialEq))]
pub struct SearchIndex {
    /// Sorted, unique normalised words.
    terms: Vec<String>,
    term_chars: Vec<Vec<char>>,
    /// Per term: (document, best field weight of the term in that document).
    postings: Vec<Vec<(u32, f32)>>,
    /// The documents in name order (normalised name, then position): the list a search with
    /// no words shows, worked out once rather than per search.
    by_name: Vec<u32>,
    /// Per document: its place in `by_name`, for ordering ties.
    name_rank: Vec<u32>,
}

impl SearchIndex {
    pub fn build(directory: &Directory, vocabulary: &Vocabulary) -> Self {
        IndexBuilder::new(directory).finish(directory, vocabulary)
    }

    /// Number of distinct words indexed.
    pub fn term_count(&self) -> usize {
        self.terms.len()
    }

    /// The services matching `query` at `now`, best first, as positions in `directory.services`.
    pub fn search(&self, directory: &Directory, query: &Query, now: DateTime<Utc>) -> Vec<usize> {
        let query_words = query_words(&query.text);
        if query_words.is_empty() {
            // What `list_by_name` gives, in the order kept since the index was built.
            return self
                .by_name
                .iter()
                .map(|&d| d as usize)
                .filter(|&d| matches_filters(&directory.services[d], query, now))
                .collect();
        }
        let docs = directory.services.len();
        let passes: Vec<bool> = directory.services.iter().map(|s| matches_filters(s, query, now)).collect();

        let mut matched = vec![0u32; docs];
        let mut score = vec![0f32; docs];
        let mut best = vec![0f32; docs];
        for word in &query_words {
            best.iter_mut().for_each(|b| *b = 0.0);
            self.score_word(word, &mut best);
            for d in 0..docs {
                if best[d] > 0.0 {
                    matched[d] += 1;
                    score[d] += best[d];
                }
            }
        }
        let mut hits: Vec<usize> = (0..docs).filter(|&d| passes[d] && matched[d] > 0).collect();
        hits.sort_by(|&a, &b| {
            matched[b]
                .cmp(&matched[a])
                .then(score[b].total_cmp(&score[a]))
                .then(self.name_rank[a].cmp(&self.name_rank[b]))
        });
        hits
    }

    /// Adds, per document, the best weighted quality with which `word` matches it.
    fn score_word(&self, word: &str, best: &mut [f32]) {
        let mut credit = |term: usize, quality: f32| {
            for &(doc, weight) in &self.postings[term] {
                let v = weight * quality;
                if v > best[doc as usize] {
                    best[doc as usize] = v;
                }
            }
        };
        let chars: Vec<char> = word.chars().collect();
        // Exact, then completions of the word (prefix search as you type).
        let start = self.terms.partition_point(|t| t.as_str() < word);
        let mut end = start;
        while end < self.terms.len() && self.terms[end].starts_with(word) {
            let quality = if self.terms[end] == word { EXACT } else { PREFIX };
            if quality == EXACT || chars.len() >= 2 {
                credit(end, quality);
            }
            end += 1;
        }
        // Typos, within a budget that grows with the word's length.
        let budget = if chars.len() > MAX_TYPO_WORD_CHARS { 0 } else { typo_budget(chars.len()) };
        if budget == 0 {
            return;
        }
        let mut rows = Rows::default();
        for term in (0..self.terms.len()).filter(|t| !(start..end).contains(t)) {
            if let Some((whole, prefix)) = distances(&chars, &self.term_chars[term], budget, &mut rows) {
                let quality = if whole <= budget {
                    TYPO - PER_EXTRA_TYPO * (whole.max(1) - 1) as f32
                } else {
                    TYPO_PREFIX - PER_EXTRA_TYPO * (prefix.max(1) - 1) as f32
                };
                credit(term, quality);
            }
        }
    }
}

/// A [`SearchIndex`] being built a few services at a time, so that a browser can build it
/// between other work rather than in one long task (`sync::LocalCopy::index_some`). Each call
/// must be given the same directory and vocabulary.
pub struct IndexBuilder {
    /// Organisation id → its position in `Directory::organisations`.
    organisations: FxHashMap<Uuid, usize>,
    /// Vocabulary words are the same for every service with that need or language: split
    /// them into words once, not once per service.
    need_words: FxHashMap<Need, Vec<String>>,
    language_words: FxHashMap<String, Vec<String>>,
    /// Term → postings; documents are visited in order, so each term's postings grow in
    /// document order and a repeat within a document is always the last posting.
    terms: FxHashMap<String, Vec<(u32, f32)>>,
    /// The next service to index.
    next: usize,
}

impl IndexBuilder {
    pub fn new(directory: &Directory) -> Self {
        Self {
            organisations: directory.organisations.iter().enumerate().map(|(i, o)| (o.id, i)).collect(),
            need_words: FxHashMap::default(),
            language_words: FxHashMap::default(),
            terms: FxHashMap::default(),
            next: 0,
        }
    }

    /// Whether every service is indexed (and the index only needs putting in order).
    pub fn added_all(&self, directory: &Directory) -> bool {
        self.next >= directory.services.len()
    }

    /// Indexes up to `count` more services.
    pub fn add(&mut self, directory: &Directory, vocabulary: &Vocabulary, count: usize) {
        let end = directory.services.len().min(self.next.saturating_add(count));
        let Self { organisations, need_words, language_words, terms, .. } = self;
        let mut add_word = |doc: u32, weight: f32, word: &str| {
            let postings = match terms.get_mut(word) {
                Some(p) => p,
                None => terms.entry(word.to_string()).or_default(),
            };
            match postings.last_mut() {
                Some(last) if last.0 == doc => last.1 = last.1.max(weight),
                _ => postings.push((doc, weight)),
            }
        };
        for (doc, s) in directory.services.iter().enumerate().take(end).skip(self.next) {
            let doc = doc as u32;
            let mut add = |field: Field, text: &str| {
                for w in words(text) {
                    add_word(doc, field.weight(), &w);
                }
            };
            add(Field::Name, &s.name);
            if let Some(&org) = organisations.get(&s.organisation_id) {
                add(Field::Organisation, &directory.organisations[org].name);
            }
            add(Field::Text, &s.description);
            if let Some(e) = &s.eligibility {
                add(Field::Text, e);
            }
            for area in s.neighbourhoods() {
                add(Field::Area, area);
            }
            for need in &s.needs {
                let list = need_words.entry(*need).or_insert_with(|| {
                    let mut list = words(need.code());
                    for w in vocabulary.need_words(*need) {
                        list.extend(words(w));
                    }
                    list
                });
                for w in list.iter() {
                    add_word(doc, Field::Need.weight(), w);
                }
            }
            for code in &s.languages {
                if !language_words.contains_key(code) {
                    language_words.insert(code.clone(), vocabulary.language_words(code).iter().flat_map(|w| words(w)).collect());
                }
                for w in &language_words[code] {
                    add_word(doc, Field::Language.weight(), w);
                }
            }
        }
        self.next = end;
    }

    /// Indexes whatever services are left, and puts the index in order.
    pub fn finish(mut self, directory: &Directory, vocabulary: &Vocabulary) -> SearchIndex {
        self.add(directory, vocabulary, usize::MAX);
        let mut entries: Vec<_> = self.terms.into_iter().collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let term_chars = entries.iter().map(|(t, _)| t.chars().collect()).collect();
        let (terms, postings) = entries.into_iter().unzip();
        let sort_keys: Vec<String> = directory.services.iter().map(|s| normalise(&s.name)).collect();
        let mut by_name: Vec<u32> = (0..sort_keys.len() as u32).collect();
        by_name.sort_by(|&a, &b| sort_keys[a as usize].cmp(&sort_keys[b as usize]).then(a.cmp(&b)));
        let mut name_rank = vec![0u32; by_name.len()];
        for (rank, &doc) in by_name.iter().enumerate() {
            name_rank[doc as usize] = rank as u32;
        }
        SearchIndex { terms, term_chars, postings, by_name, name_rank }
    }
}

/// The words a search looks for: the text's distinct words, first ones first, at most
/// [`MAX_QUERY_WORDS`]. With the typo limit on long words this bounds the work of any query.
pub fn query_words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in words(text) {
        if out.len() == MAX_QUERY_WORDS {
            break;
        }
        if !out.contains(&word) {
            out.push(word);
        }
    }
    out
}

/// The services passing a query's filters, by name: what a search with no words shows. Needs
/// no index, so a page can show it before the index is built.
pub fn list_by_name(directory: &Directory, query: &Query, now: DateTime<Utc>) -> Vec<usize> {
    let mut all: Vec<(String, usize)> = directory
        .services
        .iter()
        .enumerate()
        .filter(|(_, s)| matches_filters(s, query, now))
        .map(|(i, s)| (normalise(&s.name), i))
        .collect();
    all.sort();
    all.into_iter().map(|(_, i)| i).collect()
}

/// Whether a service passes a query's filters at `now`. Only listed services ever pass.
pub fn matches_filters(s: &Service, q: &Query, now: DateTime<Utc>) -> bool {
    s.status.listed()
        && q.need.is_none_or(|n| s.needs.contains(&n))
        && q.area.as_deref().is_none_or(|area| {
            s.neighbourhoods().iter().any(|n| n.eq_ignore_ascii_case(area) || n.eq_ignore_ascii_case(CITY_WIDE_AREA))
        })
        && q.language.as_deref().is_none_or(|l| s.languages.iter().any(|x| x.eq_ignore_ascii_case(l)))
        && q.age.is_none_or(|a| s.serves_age(a))
        && (!q.free || s.free)
        && (!q.accepts_referrals || s.accepts_referrals)
        && (!q.open_now || s.hours.is_open_at(now))
}

#[cfg(test)]
mod tests;
