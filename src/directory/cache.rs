//! Server-only: the directory and its search index, kept in memory and rebuilt when the
//! database's change sequence moves. Derived entirely from the database, so any number of
//! servers can each keep one (nothing here is state another server would need).

use std::{
    collections::HashMap,
    hash::{DefaultHasher, Hash, Hasher},
    sync::{Arc, RwLock},
};

use chrono::{DateTime, Utc};
use uuid::Uuid;


use super::{model::Directory, needs::Need, store};
use crate::{
    error::AppError,
    server::db::Db,
    i18n::{self, LOCALES},
    search::{SearchIndex, Vocabulary},
};

/// One consistent view of the directory: everything up to change `seq`, and nothing after.
pub struct Snapshot {
    pub seq: i64,
    pub directory: Directory,
    pub index: SearchIndex,
    pub demo: bool,
    pub vocabulary: Vocabulary,
    /// Changes whenever the vocabulary does (a hash of it).
    pub vocabulary_version: String,
    /// Each entity at its latest change up to `seq`, oldest first (for sync pages).
    pub changelog: Vec<(i64, store::Entity, Uuid)>,
    /// When each organisation and service last changed.
    modified: HashMap<Uuid, DateTime<Utc>>,
    services_by_id: HashMap<Uuid, usize>,
    organisations_by_id: HashMap<Uuid, usize>,
    /// The services' positions in name order (then id): how lists without a search give them.
    pub by_name: Vec<usize>,
    /// Sync pages as sent, made once for this version of the directory.
    pub sync_pages: crate::sync::server::PageCache,
    /// What the search filters offer, worked out once for this version of the directory.
    pub filters: crate::directory::read::FilterOptions,
    /// Pages rendered from this version of the directory, kept for their minute
    /// (`server::page_cache`).
    pub pages: crate::server::page_cache::Pages,
}

impl Snapshot {
    pub fn new(seq: i64, directory: Directory, demo: bool, changes: Vec<(i64, store::Entity, Uuid, Option<DateTime<Utc>>)>) -> Self {
        let modified = changes.iter().filter_map(|(_, _, id, at)| Some((*id, (*at)?))).collect();
        let changelog = changes.into_iter().map(|(seq, entity, id, _)| (seq, entity, id)).collect();
        let vocabulary = vocabulary(&directory.languages());
        let index = SearchIndex::build(&directory, &vocabulary);
        let mut hasher = DefaultHasher::new();
        serde_json::to_string(&vocabulary).unwrap_or_default().hash(&mut hasher);
        let vocabulary_version = format!("{:016x}", hasher.finish());
        let services_by_id = directory.services.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
        let organisations_by_id = directory.organisations.iter().enumerate().map(|(i, o)| (o.id, i)).collect();
        let filters = crate::directory::read::filter_options(&directory);
        let mut by_name: Vec<usize> = (0..directory.services.len()).collect();
        by_name.sort_by(|&a, &b| {
            let (a, b) = (&directory.services[a], &directory.services[b]);
            a.name.cmp(&b.name).then(a.id.cmp(&b.id))
        });
        Self {
            seq,
            directory,
            index,
            demo,
            vocabulary,
            vocabulary_version,
            changelog,
            modified,
            services_by_id,
            organisations_by_id,
            by_name,
            sync_pages: Default::default(),
            filters,
            pages: Default::default(),
        }
    }

    /// When an organisation or service last changed, if the change log says.
    pub fn modified(&self, id: Uuid) -> Option<DateTime<Utc>> {
        self.modified.get(&id).copied()
    }

    pub fn service(&self, id: Uuid) -> Option<&crate::directory::model::Service> {
        self.services_by_id.get(&id).map(|&i| &self.directory.services[i])
    }

    pub fn organisation(&self, id: Uuid) -> Option<&crate::directory::model::Organisation> {
        self.organisations_by_id.get(&id).map(|&i| &self.directory.organisations[i])
    }
}

#[derive(Default)]
pub struct DirectoryCache {
    current: RwLock<Option<Arc<Snapshot>>>,
    reload: tokio::sync::Mutex<()>,
}

impl DirectoryCache {
    /// The current snapshot, rebuilt first if the directory changed since it was built.
    pub async fn get(&self, db: &Db) -> Result<Arc<Snapshot>, AppError> {
        let seq = store::change_seq(db).await?;
        if let Some(s) = self.fresh(seq) {
            return Ok(s);
        }
        // One rebuild at a time; others wait for it rather than all rebuilding.
        let _guard = self.reload.lock().await;
        if let Some(s) = self.fresh(seq) {
            return Ok(s);
        }
        let (seq, directory) = store::load(db).await?;
        let demo = store::is_demo(db).await?;
        let changelog = store::changelog(db, seq).await?;
        let snapshot = Arc::new(Snapshot::new(seq, directory, demo, changelog));
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Some(snapshot.clone());
        tracing::info!(seq, services = snapshot.directory.services.len(), "directory snapshot rebuilt");
        Ok(snapshot)
    }

    fn fresh(&self, seq: i64) -> Option<Arc<Snapshot>> {
        let current = self.current.read().unwrap_or_else(|e| e.into_inner());
        current.as_ref().filter(|s| s.seq == seq).cloned()
    }
}

/// One snapshot for the whole of a request: a page's resources (the search, its filters, the
/// site's details) all read the same version of the directory, and the freshness check (a
/// database read) is made once per page rather than once per resource. Provided afresh for
/// every request (`server::routes`); reads made without it check on their own.
#[derive(Clone, Default)]
pub struct RequestSnapshot(Arc<tokio::sync::OnceCell<Arc<Snapshot>>>);

impl RequestSnapshot {
    /// One that reads `snapshot`, already taken (`server::page_cache` keeps the page under it).
    pub fn of(snapshot: Arc<Snapshot>) -> Self {
        Self(Arc::new(tokio::sync::OnceCell::new_with(Some(snapshot))))
    }

    /// The request's: the one its extensions carry, if an earlier step took it, else a new one.
    pub fn for_request(parts: Option<&axum::http::request::Parts>) -> Self {
        parts.and_then(|p| p.extensions.get::<Self>()).cloned().unwrap_or_default()
    }

    pub async fn get(&self, cache: &DirectoryCache, db: &Db) -> Result<Arc<Snapshot>, AppError> {
        self.0.get_or_try_init(|| cache.get(db)).await.cloned()
    }
}

/// The commas that separate a list of search words, in each shipped script: Latin and the
/// Indic scripts use ",", Arabic script "،" (and "؛"), Ethiopic "፣" (and "፤").
pub const TERM_SEPARATORS: [char; 6] = [',', ';', '،', '؛', '፣', '፤'];

/// The search words in a translated list such as `need-food-terms`.
pub fn search_terms(list: &str) -> impl Iterator<Item = &str> {
    list.split(TERM_SEPARATORS).map(str::trim).filter(|w| !w.is_empty())
}

/// The names of every need and of these languages, in every shipped locale, plus each need's
/// extra search words (`need-<code>-terms`, comma separated).
pub fn vocabulary(language_codes: &[String]) -> Vocabulary {
    let localizers: Vec<_> = LOCALES.iter().map(i18n::server::localizer).collect();
    let words_for = |ids: &[String]| {
        let mut words: Vec<String> = Vec::new();
        for l in &localizers {
            for id in ids {
                if l.has(id) {
                    for w in search_terms(&l.t(id)) {
                        if !words.iter().any(|x| x == w) {
                            words.push(w.to_string());
                        }
                    }
                }
            }
        }
        words
    };
    Vocabulary {
        needs: Need::ALL.iter().map(|n| (*n, words_for(&[n.message_id(), n.terms_message_id()]))).collect(),
        languages: language_codes.iter().map(|c| (c.clone(), words_for(&[format!("language-{c}")]))).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::search_terms;

    #[test]
    fn search_word_lists_split_on_each_scripts_own_commas() {
        let split = |s| search_terms(s).collect::<Vec<_>>();
        assert_eq!(split("food bank, meals,, lunch "), ["food bank", "meals", "lunch"]);
        assert_eq!(split("بنك الطعام، وجبات؛ جوع"), ["بنك الطعام", "وجبات", "جوع"]);
        assert_eq!(split("ባንኪ ምግቢ፣ መግቢ፤ ጥሜት"), ["ባንኪ ምግቢ", "መግቢ", "ጥሜት"]);
    }
}
