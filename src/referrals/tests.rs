//! Fault injection: the phone's outbox rules (`outbox.rs`) against the server's store
//! (`store::ingest`) on a real SQLite file, through 1,000 seeded random schedules of lost
//! requests, lost responses, duplicate sends, server restarts between commit and answer,
//! crashes part-way through a batch, and two clients holding copies of the same outbox.
//! Whatever happens, every referral must end on the server exactly once, with the content the
//! phone queued, and every phone must end with it delivered and its personal details gone
//! (docs/SYNC-SPEC.md, R1–R10).

use sqlx::SqlitePool;
use uuid::Uuid;

use super::{
    model::{Consent, ContactMethod, ReferralDraft, Urgency},
    outbox::{self, OutboxEntry, OutboxState, PushOutcome},
    store::{self, Target, content_hash},
};
use crate::{
    accounts::{model::Role, store::{User, add_user, now_ms}},
    directory::needs::Need,
    server::{config::DatabaseUrl, db},
};

const SCHEDULES: u64 = 1000;
const STEPS: usize = 24;

/// What the network and server do to one push.
#[derive(Clone, Copy, Debug)]
enum Fate {
    /// Delivered and answered.
    Fine,
    /// Never reaches the server.
    RequestLost,
    /// The server commits everything; the answer is lost.
    ResponseLost,
    /// The server commits everything, then restarts before answering.
    RestartAfterCommit,
    /// The server commits the first items, then crashes.
    CrashMidBatch,
    /// The phone sends the same batch twice (a retry racing the first); it sees the second answer.
    Duplicate,
}

struct Harness {
    url: DatabaseUrl,
    pool: SqlitePool,
    user: User,
    service: Uuid,
    target: Target,
}

impl Harness {
    async fn new(dir: &std::path::Path) -> Self {
        let url = DatabaseUrl(format!("sqlite://{}", dir.join("faults.db").display()));
        let pool = db::open(&url).await.unwrap();
        let org = Uuid::now_v7();
        sqlx::query("INSERT INTO organizations (id, name) VALUES (?, 'Referrers')").bind(org.to_string()).execute(&pool).await.unwrap();
        let user = add_user(&pool, "worker@example.org", org, Role::Worker, "a long enough password").await.unwrap();
        Harness { url, pool, user, service: Uuid::now_v7(), target: Target { name: "Food bank".into(), organisation_id: org, accepts: true } }
    }

    async fn restart(&mut self) {
        self.pool.close().await;
        self.pool = db::open(&self.url).await.unwrap();
    }

    /// The server's handling of a batch: items one by one, each committed before the next.
    async fn ingest(&self, batch: &[ReferralDraft], items: usize) -> Vec<PushOutcome> {
        let mut outcomes = vec![];
        for draft in batch.iter().take(items) {
            let outcome = store::ingest(&self.pool, &self.user, draft.clone(), Some(self.target.clone()), now_ms()).await.unwrap();
            outcomes.push(outcome);
        }
        outcomes
    }
}

fn draft(rng: &mut fastrand::Rng, service: Uuid) -> ReferralDraft {
    let names = ["Amina Farah", "Jan Kowalski", "ریحانہ خان", "પ્રિયા પટેલ", "Ioana Popescu", "Hodan Ali"];
    ReferralDraft {
        id: Uuid::now_v7(),
        service_id: service,
        person_name: names[rng.usize(..names.len())].to_string(),
        contact_method: ContactMethod::Phone,
        contact_detail: format!("0116 496 0{:03}", rng.u32(0..1000)),
        language: ["so", "pl", "ur", "gu", "ro"][rng.usize(..5)].to_string(),
        interpreter: rng.bool(),
        needs: vec![Need::ALL[rng.usize(..Need::ALL.len())]],
        support: format!("Needs help {}", rng.u32(..)),
        urgency: Urgency::ALL[rng.usize(..3)],
        safeguarding: rng.bool(),
        referrer_contact: "worker@example.org".into(),
        consent: Some(Consent { version: 1, language: "en-GB".into(), given_at_ms: now_ms() }),
    }
}

/// One push by a phone, with what the network and server do to it.
async fn push(server: &mut Harness, phone: &mut Vec<OutboxEntry>, fate: Fate, rng: &mut fastrand::Rng) {
    let batch: Vec<ReferralDraft> = outbox::next_batch(phone).into_iter().cloned().collect();
    if batch.is_empty() {
        return;
    }
    for e in phone.iter_mut().filter(|e| e.waiting()) {
        e.state = OutboxState::Sending;
    }
    let answer = match fate {
        Fate::Fine => Some(server.ingest(&batch, batch.len()).await),
        Fate::RequestLost => None,
        Fate::ResponseLost => {
            server.ingest(&batch, batch.len()).await;
            None
        }
        Fate::RestartAfterCommit => {
            server.ingest(&batch, batch.len()).await;
            server.restart().await;
            None
        }
        Fate::CrashMidBatch => {
            server.ingest(&batch, rng.usize(..=batch.len())).await;
            server.restart().await;
            None
        }
        Fate::Duplicate => {
            server.ingest(&batch, batch.len()).await;
            Some(server.ingest(&batch, batch.len()).await)
        }
    };
    match answer {
        Some(outcomes) => {
            for (draft, outcome) in batch.iter().zip(&outcomes) {
                let entry = phone.iter_mut().find(|e| e.id == draft.id).unwrap();
                outbox::apply(entry, outcome);
            }
        }
        None => phone.iter_mut().for_each(outbox::unanswered),
    }
}

#[tokio::test(flavor = "current_thread")]
async fn every_referral_reaches_the_server_exactly_once_whatever_the_network_does() {
    // On tmpfs where there is one: the test is about ordering, not disks, and durable commits
    // on a real disk would make 1,000 schedules slow.
    let shm = std::path::Path::new("/dev/shm");
    let dir = if shm.is_dir() { tempfile::tempdir_in(shm) } else { tempfile::tempdir() }.unwrap();
    let mut server = Harness::new(dir.path()).await;
    let fates = [Fate::Fine, Fate::RequestLost, Fate::ResponseLost, Fate::RestartAfterCommit, Fate::CrashMidBatch, Fate::Duplicate];
    let mut total = 0usize;
    for seed in 0..SCHEDULES {
        let mut rng = fastrand::Rng::with_seed(seed);
        // Phone 0 makes referrals; phone 1, when it appears, holds a copy of phone 0's outbox
        // as it was then (the same store open in a second tab, or restored from a backup).
        let mut phones: Vec<Vec<OutboxEntry>> = vec![vec![]];
        let mut made: Vec<ReferralDraft> = vec![];
        for _ in 0..STEPS {
            match rng.u8(..10) {
                0..=2 => {
                    let d = draft(&mut rng, server.service);
                    phones[0].push(OutboxEntry::new(d.clone(), "Food bank".into(), now_ms()));
                    made.push(d);
                }
                3 if phones.len() == 1 => phones.push(phones[0].clone()),
                _ => {
                    let p = rng.usize(..phones.len());
                    let fate = fates[rng.usize(..fates.len())];
                    push(&mut server, &mut phones[p], fate, &mut rng).await;
                }
            }
        }
        // Then the signal comes back for good: every phone sends until nothing waits.
        for phone in phones.iter_mut() {
            for _ in 0..10 {
                push(&mut server, phone, Fate::Fine, &mut rng).await;
            }
            for e in phone.iter() {
                assert_eq!(e.state, OutboxState::Delivered, "seed {seed}: {e:?}");
                assert!(e.draft.is_none(), "seed {seed}: personal details kept after delivery");
            }
        }
        for d in &made {
            let rows: Vec<(String,)> = sqlx::query_as("SELECT content_hash FROM referrals WHERE id = ?")
                .bind(d.id.to_string())
                .fetch_all(&server.pool)
                .await
                .unwrap();
            assert_eq!(rows.len(), 1, "seed {seed}: referral {} stored {} times", d.id, rows.len());
            assert_eq!(rows[0].0, content_hash(&d.clone().tidied()), "seed {seed}: content changed");
        }
        total += made.len();
    }
    let stored: i64 = sqlx::query_scalar("SELECT count(*) FROM referrals").fetch_one(&server.pool).await.unwrap();
    assert_eq!(stored as usize, total, "nothing extra, nothing lost");
    assert!(total > 2000, "the schedules made {total} referrals");
}

#[tokio::test]
async fn the_same_id_with_different_content_is_refused_and_kept_on_the_phone() {
    let dir = tempfile::tempdir().unwrap();
    let server = Harness::new(dir.path()).await;
    let mut rng = fastrand::Rng::with_seed(7);
    let first = draft(&mut rng, server.service);
    assert_eq!(server.ingest(std::slice::from_ref(&first), 1).await, [PushOutcome::Stored]);
    let changed = ReferralDraft { person_name: "Someone Else".into(), ..first.clone() };
    let outcome = server.ingest(std::slice::from_ref(&changed), 1).await.remove(0);
    assert_eq!(outcome, PushOutcome::Conflict);
    assert_eq!(outcome.http_status(), 409);
    let mut entry = OutboxEntry::new(changed, "Food bank".into(), 0);
    outbox::apply(&mut entry, &outcome);
    assert_eq!(entry.state, OutboxState::Conflict);
    assert!(entry.draft.is_some(), "never dropped silently");
    // Whitespace the server tidies away is not a different referral.
    let spaced = ReferralDraft { person_name: format!("  {}  ", first.person_name), ..first.clone() };
    assert_eq!(server.ingest(&[spaced], 1).await, [PushOutcome::AlreadyStored]);
}

#[tokio::test]
async fn a_service_that_stopped_taking_referrals_keeps_the_referral_on_the_phone() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Harness::new(dir.path()).await;
    let mut rng = fastrand::Rng::with_seed(8);
    let stored = draft(&mut rng, server.service);
    assert_eq!(server.ingest(std::slice::from_ref(&stored), 1).await, [PushOutcome::Stored]);
    server.target.accepts = false;
    let late = draft(&mut rng, server.service);
    assert_eq!(server.ingest(std::slice::from_ref(&late), 1).await, [PushOutcome::NotAccepting]);
    // A repeat of one stored before the change is still acknowledged.
    assert_eq!(server.ingest(&[stored], 1).await, [PushOutcome::AlreadyStored]);
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM referrals").fetch_one(&server.pool).await.unwrap();
    assert_eq!(count, 1);
}

#[tokio::test]
async fn purging_keeps_figures_and_drops_personal_details_of_finished_referrals_only() {
    use super::model::{Outcome, StatusChange};
    let dir = tempfile::tempdir().unwrap();
    let server = Harness::new(dir.path()).await;
    let admin = add_user(&server.pool, "admin@example.org", server.target.organisation_id, Role::OrgAdmin, "a long enough password")
        .await
        .unwrap();
    let mut rng = fastrand::Rng::with_seed(9);
    let (closed, open) = (draft(&mut rng, server.service), draft(&mut rng, server.service));
    server.ingest(&[closed.clone(), open.clone()], 2).await;
    let t0 = now_ms();
    store::change_status(&server.pool, &admin, closed.id, &StatusChange::Accept, t0).await.unwrap();
    store::change_status(&server.pool, &admin, closed.id, &StatusChange::Close { outcome: Outcome::Supported }, t0).await.unwrap();
    store::add_note(&server.pool, &admin, closed.id, "Called Amina on Tuesday", t0).await.unwrap();
    assert_eq!(store::purge(&server.pool, t0 - 1, t0).await.unwrap(), 0, "not yet past retention");
    assert_eq!(store::purge(&server.pool, t0 + 1, t0 + 2).await.unwrap(), 1);
    let d = store::detail(&server.pool, &admin, closed.id).await.unwrap();
    assert!(d.purged);
    assert_eq!((d.summary.person_name, d.contact_detail, d.support, d.referrer_contact), (None, None, None, None));
    assert!(d.notes.is_empty());
    assert_eq!(d.outcome, Some(Outcome::Supported), "what figures need stays");
    let still = store::detail(&server.pool, &admin, open.id).await.unwrap();
    assert_eq!(still.summary.person_name.as_deref(), Some(open.person_name.as_str()));
    let notes: i64 = sqlx::query_scalar("SELECT count(*) FROM referral_notes").fetch_one(&server.pool).await.unwrap();
    assert_eq!(notes, 0);
}
