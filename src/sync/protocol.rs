//! The sync format (shared by server and browser) and the client's decisions about a page,
//! kept pure so they can be tested without a browser. Rules: docs/SYNC-SPEC.md.

use std::borrow::Cow;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
pub use signpost_model::sync::{Changes, ChangesPage, FORMAT};
use uuid::Uuid;

use crate::directory::model::{Directory, Organisation, Service};

/// Entities per page unless the client asks otherwise (S2).
pub const DEFAULT_LIMIT: u32 = 500;
/// The most entities a page may have (S2).
pub const MAX_LIMIT: u32 = 1000;
/// Where the changes are served.
pub const CHANGES_PATH: &str = "/api/sync/v1/changes";

/// Applies changes to a directory in order (C2): an upsert replaces the entity with its id or
/// is added after the others, then the page's tombstones remove theirs. A later page wins:
/// an entity deleted and then sent again is back.
pub fn replay<'a>(directory: &mut Directory, pages: impl IntoIterator<Item = Changes<'a>>) {
    let mut replay = Replay::new(std::mem::take(directory));
    for page in pages {
        replay.apply(page);
    }
    *directory = replay.finish();
}

/// [`replay`] a page at a time, for pages that arrive one by one: a start applies each record
/// of the log as it is read, and drops it, so that the next record is read into the memory the
/// last one left. (A 20,000-service log is 40 records; decoded and kept until the end, their
/// entities' memory, about 8 MB besides the text they share with the copy, was in use at once
/// beside the copy's own, in memory the page had to be given fresh.)
pub struct Replay {
    organisations: Slots<Organisation>,
    services: Slots<Service>,
}

impl Replay {
    pub fn new(directory: Directory) -> Self {
        Self { organisations: Slots::new(directory.organisations, |o| o.id), services: Slots::new(directory.services, |s| s.id) }
    }

    pub fn apply(&mut self, page: Changes<'_>) {
        self.organisations.apply(page.organisations, &page.deleted_organisations);
        self.services.apply(page.services, &page.deleted_services);
    }

    pub fn finish(self) -> Directory {
        Directory { organisations: self.organisations.finish(), services: self.services.finish() }
    }
}

/// Entities per record of a tidy log.
pub const TIDY_ENTITIES: usize = 500;
/// Records a log may hold beyond what a tidy one would before it is worth writing again.
pub const LOG_SLACK: usize = 32;

/// Whether a log of `records` records, for a copy of `entities` entities, has grown enough
/// beyond a tidy one ([`tidy_log`]) to be written again.
pub fn untidy(records: usize, entities: usize) -> bool {
    records > entities.div_ceil(TIDY_ENTITIES) + LOG_SLACK
}

/// A directory as a tidy log: its organisations, then its services, a few hundred a record.
/// Replayed, it gives the directory back, in its order.
pub fn tidy_log(directory: &Directory) -> impl Iterator<Item = Changes<'_>> {
    let organisations = directory.organisations.chunks(TIDY_ENTITIES).map(|o| Changes { organisations: o.into(), ..Changes::default() });
    let services = directory.services.chunks(TIDY_ENTITIES).map(|s| Changes { services: s.into(), ..Changes::default() });
    organisations.chain(services)
}

/// Entities by id while changes are replayed. An upsert replaces in place or adds at the end;
/// a delete only marks its entity, and the marked ones are left out at the end (no entity moves
/// until then).
struct Slots<T> {
    items: Vec<T>,
    alive: Vec<bool>,
    at: FxHashMap<Uuid, usize>,
    id: fn(&T) -> Uuid,
}

impl<T: Clone> Slots<T> {
    fn new(items: Vec<T>, id: fn(&T) -> Uuid) -> Self {
        let at = items.iter().enumerate().map(|(i, x)| (id(x), i)).collect();
        Self { alive: vec![true; items.len()], items, at, id }
    }

    fn apply(&mut self, upserts: Cow<'_, [T]>, deletes: &[Uuid]) {
        for item in upserts.into_owned() {
            let key = (self.id)(&item);
            match self.at.get(&key) {
                Some(&i) => self.items[i] = item,
                None => {
                    self.at.insert(key, self.items.len());
                    self.items.push(item);
                    self.alive.push(true);
                }
            }
        }
        for key in deletes {
            if let Some(i) = self.at.remove(key) {
                self.alive[i] = false;
            }
        }
    }

    fn finish(mut self) -> Vec<T> {
        let mut alive = self.alive.into_iter();
        self.items.retain(|_| alive.next().unwrap_or(false));
        self.items
    }
}

/// The error body of a refused sync request (S10).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SyncError {
    pub error: String,
}

/// What the client does with a page it received (C2, C3, C8).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Apply it and move the cursor to `page.cursor`.
    Apply,
    /// Another writer moved the stored cursor since the request: drop the page, ask again from
    /// the stored cursor.
    Stale,
    /// Clear the copy and start again from 0.
    Reset,
    /// Refuse it: the copy stays as it is.
    Refuse(Refusal),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    UnknownFormat,
    /// The page does not answer what was asked.
    WrongSince,
    /// The cursor went backwards.
    Backwards,
}

/// Decides what to do with `page`, asked with `since`, given the cursor stored now.
pub fn decide(asked_since: i64, stored_cursor: i64, page: &ChangesPage) -> Decision {
    if page.format != FORMAT {
        return Decision::Refuse(Refusal::UnknownFormat);
    }
    if page.since != asked_since {
        return Decision::Refuse(Refusal::WrongSince);
    }
    if page.reset {
        return Decision::Reset;
    }
    if page.cursor < page.since {
        return Decision::Refuse(Refusal::Backwards);
    }
    if stored_cursor != asked_since {
        return Decision::Stale;
    }
    Decision::Apply
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(since: i64, cursor: i64) -> ChangesPage {
        ChangesPage { cursor, ..ChangesPage::empty(since, "v".into(), false) }
    }

    #[test]
    fn c2_a_page_is_applied_only_over_the_cursor_it_was_asked_from() {
        assert_eq!(decide(10, 10, &page(10, 20)), Decision::Apply);
        assert_eq!(decide(10, 20, &page(10, 20)), Decision::Stale, "another tab applied it already");
        assert_eq!(decide(10, 5, &page(10, 20)), Decision::Stale);
    }

    #[test]
    fn c3_unknown_formats_and_backward_cursors_are_refused() {
        let mut p = page(10, 20);
        p.format = FORMAT + 1;
        assert_eq!(decide(10, 10, &p), Decision::Refuse(Refusal::UnknownFormat));
        assert_eq!(decide(10, 10, &page(10, 5)), Decision::Refuse(Refusal::Backwards));
        assert_eq!(decide(10, 10, &page(11, 20)), Decision::Refuse(Refusal::WrongSince));
    }

    #[test]
    fn c8_a_reset_page_resets_whatever_the_stored_cursor() {
        let mut p = page(50, 0);
        p.reset = true;
        assert_eq!(decide(50, 50, &p), Decision::Reset);
        assert_eq!(decide(50, 10, &p), Decision::Reset);
    }

    #[test]
    fn s7_pages_round_trip_through_json_and_leave_out_empty_parts() {
        let p = page(0, 3);
        let json = serde_json::to_string(&p).unwrap();
        assert!(!json.contains("services") && !json.contains("vocabulary\":"), "{json}");
        assert_eq!(serde_json::from_str::<ChangesPage>(&json).unwrap(), p);
    }

    /// Ids in the directory's order.
    #[cfg(feature = "ssr")]
    fn ids(d: &Directory) -> (Vec<Uuid>, Vec<Uuid>) {
        (d.organisations.iter().map(|o| o.id).collect(), d.services.iter().map(|s| s.id).collect())
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn c1_replaying_the_stored_pages_gives_the_directory_the_pages_made() {
        let full = crate::directory::synthetic::directory(30, 7);
        let (orgs, services) = (&full.organisations, &full.services);
        // A first download in two pages, then a later page that renames one service, deletes
        // another and an organisation, and one after that which brings the deleted service back.
        let first = Changes { organisations: Cow::Borrowed(orgs), services: Cow::Borrowed(&services[..20]), ..Changes::default() };
        let second = Changes { services: Cow::Borrowed(&services[20..]), ..Changes::default() };
        let mut renamed = services[3].clone();
        renamed.name = "Renamed".into();
        let third = Changes {
            services: Cow::Owned(vec![renamed.clone()]),
            deleted_services: Cow::Owned(vec![services[5].id, Uuid::from_u128(1)]),
            deleted_organisations: Cow::Owned(vec![orgs[0].id]),
            ..Changes::default()
        };
        let fourth = Changes { services: Cow::Owned(vec![services[5].clone()]), ..Changes::default() };

        // Through JSON, as the store keeps them.
        let stored: Vec<Vec<u8>> = [&first, &second, &third, &fourth].iter().map(|c| serde_json::to_vec(c).unwrap()).collect();
        let mut copy = Directory::default();
        replay(&mut copy, stored.iter().map(|b| serde_json::from_slice::<Changes>(b).unwrap()));

        let (org_ids, service_ids) = ids(&copy);
        assert_eq!(org_ids, orgs[1..].iter().map(|o| o.id).collect::<Vec<_>>(), "the deleted organisation is gone, the rest in order");
        let mut expected: Vec<Uuid> = services.iter().map(|s| s.id).filter(|id| *id != services[5].id).collect();
        expected.push(services[5].id);
        assert_eq!(service_ids, expected, "a service deleted and sent again comes back, after the others");
        assert_eq!(copy.service(renamed.id).unwrap().name, "Renamed");
        assert_eq!(copy.services.len(), 30);

        // Replaying onto a copy that holds the first pages already gives the same as all at once.
        let mut stepwise = Directory::default();
        replay(&mut stepwise, [first.clone(), second.clone()]);
        replay(&mut stepwise, [third.clone()]);
        replay(&mut stepwise, [fourth.clone()]);
        assert_eq!(ids(&stepwise), ids(&copy));
        assert_eq!(stepwise.service(renamed.id).unwrap().name, "Renamed");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn c1_a_long_log_is_written_again_as_a_tidy_one_that_replays_to_the_same_copy() {
        let full = crate::directory::synthetic::directory(1200, 3);
        let entities = full.organisations.len() + full.services.len();
        let tidy: Vec<Changes> = tidy_log(&full).collect();
        assert_eq!(tidy.len(), full.organisations.len().div_ceil(TIDY_ENTITIES) + full.services.len().div_ceil(TIDY_ENTITIES));
        assert!(tidy.iter().all(|c| c.organisations.len() + c.services.len() <= TIDY_ENTITIES && !c.is_empty()));
        assert!(!untidy(tidy.len(), entities), "a tidy log is tidy");
        assert!(!untidy(tidy.len() + LOG_SLACK - 2, entities), "a few pages of changes since are left as they are");
        assert!(untidy(tidy.len() + LOG_SLACK + 2, entities));
        assert!(untidy(LOG_SLACK + 1, 0), "a log of nothing but tombstones");

        let mut copy = Directory::default();
        replay(&mut copy, tidy);
        assert_eq!(ids(&copy), ids(&full));
        assert_eq!(serde_json::to_value(&copy.services).unwrap(), serde_json::to_value(&full.services).unwrap());
        assert!(tidy_log(&Directory::default()).next().is_none(), "an empty copy is an empty log");
    }

    #[test]
    fn c1_a_page_as_the_server_sends_it_reads_as_its_changes() {
        let mut p = page(0, 3);
        p.deleted_services = vec![Uuid::from_u128(9)];
        let json = serde_json::to_vec(&p).unwrap();
        let changes: Changes = serde_json::from_slice(&json).unwrap();
        assert_eq!(changes, p.changes());
        assert!(!changes.is_empty());
        assert!(Changes::default().is_empty());
    }
}
