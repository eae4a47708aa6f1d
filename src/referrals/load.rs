//! The load test `make bench` runs (bench/bench.mjs starts the servers; this is the phones):
//! simulated phones, each a worker signed in through the real sign-in form, syncing the
//! directory and sending referrals with the phone's own sending code (`sending::round`, as in
//! the fault-injection test) over HTTP to running servers, while listings change underneath.
//! Afterwards it checks, in the database, that every referral a phone queued is stored exactly
//! once with its content and its author, and that every phone ended with the latest version of
//! every changed listing. Ignored by `cargo test`: it needs servers and runs for a minute.
//!
//! Environment:
//! - `SIGNPOST_LOAD_URL`: where the phones connect (a server or a load balancer);
//! - `SIGNPOST_LOAD_DATABASE`: the servers' `DATABASE_URL` (users are added, listings changed
//!   and results checked there directly);
//! - `SIGNPOST_LOAD_PHONES` (200), `SIGNPOST_LOAD_SECONDS` (60), `SIGNPOST_LOAD_THINK_MS` (1000:
//!   the mean pause between a phone's rounds);
//! - `SIGNPOST_LOAD_REPORT`: a file to write the figures to, as JSON.
//!
//! Run it with the same settings the servers were started with (the consent statement depends
//! on `SIGNPOST_RETENTION_DAYS`).

use std::{
    cell::RefCell,
    collections::{BTreeMap, HashMap, HashSet},
    rc::Rc,
    time::{Duration, Instant},
};

use uuid::Uuid;

use super::{
    consent,
    model::ReferralDraft,
    outbox::{OutboxEntry, OutboxState},
    sending::{self, Author},
    store::content_hash,
    tests::{Fate, Fixture, Network, Phone, draft, sign_in},
};
use crate::{
    accounts::{model::Role, store::add_user},
    directory::{model::Service, store as directory_store},
    on_db,
    server::{
        config::{Config, DatabaseUrl},
        db::{self, Db},
    },
    sync::protocol::{self, CHANGES_PATH, ChangesPage, Decision},
};

const PASSWORD: &str = "load test password 1";

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().map_or(default, |v| v.parse().unwrap_or_else(|_| panic!("{name}: a whole number, not {v:?}")))
}

/// One phone: its worker, its network, its outbox and its copy of the directory (the
/// description of each service is all the test needs to see that no change is missed).
struct LoadPhone {
    author: Author,
    network: Network,
    outbox: Phone,
    cursor: i64,
    vocabulary: String,
    descriptions: HashMap<Uuid, String>,
    /// Services that take referrals, as this phone's copy says.
    accepting: Vec<(Uuid, String)>,
    made: Vec<ReferralDraft>,
    /// Sync requests refused or unanswered, and pages the phone refused.
    sync_failures: usize,
}

impl LoadPhone {
    /// Syncs as the phone's engine does (`sync::engine`): pages from its cursor until no more,
    /// each page checked with the same rules ([`protocol::decide`]).
    async fn sync(&mut self) {
        loop {
            let query = format!("?since={}&limit=500&vocabulary={}", self.cursor, self.vocabulary);
            let Some((200, body)) = self.network.exchange(CHANGES_PATH, &query, |client, url| client.get(url)).await else {
                self.sync_failures += 1;
                return;
            };
            let Ok(page) = serde_json::from_str::<ChangesPage>(&body) else {
                self.sync_failures += 1;
                return;
            };
            match protocol::decide(self.cursor, self.cursor, &page) {
                Decision::Apply => self.apply(&page),
                Decision::Reset => {
                    self.cursor = 0;
                    self.descriptions.clear();
                    continue;
                }
                Decision::Stale | Decision::Refuse(_) => {
                    self.sync_failures += 1;
                    return;
                }
            }
            if !page.more {
                return;
            }
        }
    }

    fn apply(&mut self, page: &ChangesPage) {
        for s in &page.services {
            self.descriptions.insert(s.id, s.description.clone());
            self.accepting.retain(|(id, _)| *id != s.id);
            if s.accepts_referrals && s.status.listed() {
                self.accepting.push((s.id, s.name.clone()));
            }
        }
        for id in &page.deleted_services {
            self.descriptions.remove(id);
            self.accepting.retain(|(a, _)| a != id);
        }
        self.cursor = page.cursor;
        self.vocabulary = page.vocabulary_version.clone();
    }

    /// A worker makes a referral to a service that takes them: into the outbox.
    fn refer(&mut self, rng: &mut fastrand::Rng, statement: &str) {
        if self.accepting.is_empty() {
            return;
        }
        let (service, name) = self.accepting[rng.usize(..self.accepting.len())].clone();
        let d = draft(rng, &Fixture { service, statement: statement.to_string() });
        self.outbox.add(OutboxEntry::new(d.clone(), self.author.id, name, crate::accounts::store::now_ms()));
        self.made.push(d);
    }

    /// One round of the phone's sending code.
    async fn send(&self) -> sending::Report {
        sending::round(&self.network, &self.outbox, self.author, crate::accounts::store::now_ms() as f64).await.unwrap()
    }
}

/// Changes one listing's description every `every`, until `until`: each a transaction like an
/// import's, numbered in the change log. The last description written for each service.
async fn change_listings(db: &Db, until: Instant, every: Duration) -> (usize, HashMap<Uuid, String>) {
    let (_, directory) = directory_store::load(db).await.unwrap();
    let services: Vec<Service> = directory.services.into_iter().take(8).collect();
    let mut last = HashMap::new();
    let mut n = 0;
    while Instant::now() < until {
        tokio::time::sleep(every).await;
        let mut s = services[n % services.len()].clone();
        n += 1;
        s.description = format!("{} (checked {n})", s.description);
        let mut tx = db.begin().await.unwrap();
        crate::listings::store::publish_service(&mut tx, &s, false, None, None, crate::accounts::store::now_ms()).await.unwrap();
        tx.commit().await.unwrap();
        last.insert(s.id, s.description);
    }
    (n, last)
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i].as_secs_f64() * 1000.0
}

/// This process's CPU time so far (user + system), from /proc.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which is in parentheses): utime and stime are 14th and 15th.
    let fields: Vec<&str> = stat.rsplit_once(')').map_or("", |(_, rest)| rest).split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "make bench runs it against running servers (SIGNPOST_LOAD_URL)"]
async fn phones_under_load() {
    let base = std::env::var("SIGNPOST_LOAD_URL").expect("SIGNPOST_LOAD_URL: where the phones connect");
    let url = std::env::var("SIGNPOST_LOAD_DATABASE").expect("SIGNPOST_LOAD_DATABASE: the servers' DATABASE_URL");
    let phones = setting("SIGNPOST_LOAD_PHONES", 200) as usize;
    let seconds = setting("SIGNPOST_LOAD_SECONDS", 60);
    let think_ms = setting("SIGNPOST_LOAD_THINK_MS", 1000);
    let db = db::open(&DatabaseUrl(url)).await.unwrap();
    let config = Config::from_env().unwrap();
    let en = crate::i18n::server::localizer(crate::i18n::reference());
    let statement = consent::version(&en, config.retention_days());

    // Workers spread over the network's organisations, each signed in through the form.
    let (_, directory) = directory_store::load(&db).await.unwrap();
    let started = Instant::now();
    // Each run has its own workers, so runs can follow one another on one database.
    let run = crate::accounts::store::now_ms();
    let email = |n: usize| format!("phone{n}.{run}@load.example.org");
    let mut users = vec![];
    for n in 0..phones {
        let org = directory.organisations[n % directory.organisations.len()].id;
        users.push(add_user(&db, &email(n), org, Role::Worker, PASSWORD).await.unwrap().id);
    }
    let mut cookies = vec![];
    for n in 0..phones {
        cookies.push(sign_in(&base, &email(n), PASSWORD).await);
    }
    let setup_s = started.elapsed().as_secs_f64();
    let base = Rc::new(RefCell::new(base));
    let fleet: Vec<Rc<RefCell<LoadPhone>>> = users
        .iter()
        .zip(cookies)
        .map(|(&id, cookie)| {
            Rc::new(RefCell::new(LoadPhone {
                author: Author { id, signed_in_at_ms: 0 },
                network: Network::to(base.clone(), vec![(id, cookie)]),
                outbox: Phone::default(),
                cursor: 0,
                vocabulary: String::new(),
                descriptions: HashMap::new(),
                accepting: vec![],
                made: vec![],
                sync_failures: 0,
            }))
        })
        .collect();

    // The run: each phone pauses, syncs, often makes a referral, and runs a sending round;
    // a few rounds lose their answer (so the phone sends again, likely to the other server) or
    // go out twice at once. Listings change once a second meanwhile.
    let cpu_before = cpu_seconds();
    let run_started = Instant::now();
    let until = run_started + Duration::from_secs(seconds);
    let local = tokio::task::LocalSet::new();
    let changes = {
        let db = db.clone();
        local.spawn_local(async move { change_listings(&db, until, Duration::from_secs(1)).await })
    };
    let mut tasks = vec![];
    for (n, phone) in fleet.iter().enumerate() {
        let phone = phone.clone();
        let statement = statement.clone();
        tasks.push(local.spawn_local(async move {
            let mut rng = fastrand::Rng::with_seed(n as u64);
            // Phones start spread over the first pause.
            tokio::time::sleep(Duration::from_millis(rng.u64(..think_ms.max(1)))).await;
            while Instant::now() < until {
                let mut p = phone.borrow_mut();
                p.sync().await;
                if rng.bool() {
                    p.refer(&mut rng, &statement);
                }
                p.network.fate.set(match rng.u8(..50) {
                    0 => Fate::ResponseLost,
                    1 => Fate::Simultaneous,
                    _ => Fate::Fine,
                });
                p.send().await;
                drop(p);
                tokio::time::sleep(Duration::from_millis(rng.u64(think_ms / 2..=think_ms * 3 / 2))).await;
            }
        }));
    }
    let ((changed, last), elapsed) = local
        .run_until(async {
            for t in tasks {
                t.await.unwrap();
            }
            let elapsed = run_started.elapsed();
            (changes.await.unwrap(), elapsed)
        })
        .await;
    let cpu = cpu_seconds() - cpu_before;
    // What the phones asked during the run (the drain below is not timed).
    let asked: Vec<usize> = fleet.iter().map(|p| p.borrow().network.exchanges.borrow().len()).collect();

    // The signal stays: every phone syncs and sends until nothing waits.
    let mut drained = true;
    for phone in &fleet {
        let mut p = phone.borrow_mut();
        p.network.fate.set(Fate::Fine);
        p.sync().await;
        let mut rounds = 0;
        while p.outbox.all().iter().any(OutboxEntry::waiting) && rounds < 5 {
            tokio::time::sleep(Duration::from_millis(100)).await;
            p.send().await;
            rounds += 1;
        }
        drained &= p.outbox.all().iter().all(|e| e.state == OutboxState::Delivered && e.draft.is_none());
    }

    // What the database holds: every referral made by this run's workers, or with an id one
    // of its phones made.
    let rows: Vec<(String, String, String)> =
        on_db!(&db, pool => sqlx::query_as("SELECT id, content_hash, referrer_user_id FROM referrals").fetch_all(pool).await).unwrap();
    let workers: HashSet<String> = users.iter().map(Uuid::to_string).collect();
    let queued: HashSet<String> = fleet.iter().flat_map(|p| p.borrow().made.iter().map(|d| d.id.to_string()).collect::<Vec<_>>()).collect();
    let rows: Vec<(String, String, String)> = rows.into_iter().filter(|(id, _, referrer)| queued.contains(id) || workers.contains(referrer)).collect();
    let mut stored: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for (id, hash, referrer) in rows.iter().cloned() {
        stored.entry(id).or_default().push((hash, referrer));
    }
    let (mut made, mut once, mut missing, mut wrong) = (0usize, 0usize, 0usize, 0usize);
    for phone in &fleet {
        let p = phone.borrow();
        for d in &p.made {
            made += 1;
            match stored.get(&d.id.to_string()).map(Vec::as_slice) {
                None | Some([]) => missing += 1,
                Some([(hash, referrer)]) if *hash == content_hash(&d.clone().tidied()) && *referrer == p.author.id.to_string() => once += 1,
                Some(_) => wrong += 1,
            }
        }
    }
    let extra = rows.len().saturating_sub(once + wrong);
    let up_to_date = fleet.iter().filter(|p| last.iter().all(|(id, text)| p.borrow().descriptions.get(id) == Some(text))).count();

    let mut by_path: BTreeMap<&'static str, Vec<Duration>> = BTreeMap::new();
    let mut errors: BTreeMap<String, usize> = BTreeMap::new();
    let mut all = vec![];
    let mut sync_failures = 0;
    for (phone, asked) in fleet.iter().zip(asked) {
        let p = phone.borrow();
        sync_failures += p.sync_failures;
        for e in &p.network.exchanges.borrow()[..asked] {
            by_path.entry(e.path).or_default().push(e.took);
            all.push(e.took);
            match e.status {
                Some(200..=299) => {}
                Some(s) => *errors.entry(format!("{} {s}", e.path)).or_default() += 1,
                None => *errors.entry(format!("{} no answer", e.path)).or_default() += 1,
            }
        }
    }
    all.sort();
    let summary = |xs: &mut Vec<Duration>| {
        xs.sort();
        serde_json::json!({
            "requests": xs.len(),
            "per_second": xs.len() as f64 / elapsed.as_secs_f64(),
            "p50_ms": percentile(xs, 0.50),
            "p95_ms": percentile(xs, 0.95),
            "p99_ms": percentile(xs, 0.99),
            "max_ms": percentile(xs, 1.0),
        })
    };
    let endpoints: serde_json::Map<String, serde_json::Value> = by_path.iter_mut().map(|(path, xs)| (path.to_string(), summary(xs))).collect();
    let report = serde_json::json!({
        "phones": phones,
        "seconds": elapsed.as_secs_f64(),
        "think_ms": think_ms,
        "setup_seconds": setup_s,
        "all": summary(&mut all.clone()),
        "endpoints": endpoints,
        "errors": errors,
        "error_count": errors.values().sum::<usize>(),
        "sync_failures": sync_failures,
        "referrals": { "made": made, "stored_once": once, "missing": missing, "wrong": wrong, "extra": extra, "drained": drained },
        "listing_changes": changed,
        "phones_up_to_date": up_to_date,
        "client_cpu_seconds": cpu,
    });
    eprintln!("{}", serde_json::to_string_pretty(&report).unwrap());
    if let Ok(path) = std::env::var("SIGNPOST_LOAD_REPORT") {
        std::fs::write(path, serde_json::to_string_pretty(&report).unwrap()).unwrap();
    }
    assert_eq!((missing, wrong, extra), (0, 0, 0), "every referral stored exactly once, as its phone made it");
    assert!(drained, "every phone ended with nothing waiting and no personal details kept");
    assert_eq!(up_to_date, phones, "every phone has the latest version of every changed listing");
}
