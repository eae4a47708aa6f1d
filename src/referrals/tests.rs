//! Fault injection: the phone's own sending code (`sending::round`, which the browser runs over
//! `fetch` and IndexedDB) against the real server (the app's router with its real endpoints,
//! served over HTTP in this process, on a real SQLite file), through 400 seeded schedules of
//! lost requests, lost answers, timeouts, server errors, 413s from a proxy with a smaller
//! limit, crashes part-way through a batch, restarts between commit and answer, duplicate
//! sends, two tabs holding copies of one outbox, maximum-size referrals in non-Latin scripts,
//! and two workers sharing one phone (with the phone sometimes believing the wrong one is
//! signed in). Whatever happens, every referral must end on the server exactly once, with the
//! content the phone queued and its own author recorded as the referrer, and every phone must
//! end with it delivered and its personal details gone (docs/SYNC-SPEC.md, R1–R15).

use std::{
    cell::{Cell, RefCell},
    rc::Rc,
};

use uuid::Uuid;

use super::{
    consent,
    model::{CONSENT_VERSION, Consent, ContactMethod, ReferralDraft, Urgency},
    outbox::{self, MAX_REQUEST_BYTES, OutboxEntry, OutboxState, PushRequest, PushResponse, SentPage},
    sending::{self, Answer, Author, Report},
    store::content_hash,
};
use crate::{
    accounts::{model::Role, store::{add_user, now_ms}},
    directory::{demo, needs::Need},
    on_db,
    server::{config::{Config, DatabaseUrl}, db::{self, Db}, state::AppState},
};

/// One number from the database (`sql` with one text argument).
async fn scalar(db: &Db, sql: &'static str, arg: &str) -> i64 {
    on_db!(db, pool => sqlx::query_scalar(sql).bind(arg).fetch_one(pool).await).unwrap()
}

const SCHEDULES: u64 = 400;
const STEPS: usize = 32;
const PASSWORD: &str = "a long enough password for tests";

/// The server: the real router on a real SQLite file, restartable.
struct Server {
    config: Config,
    pool: Db,
    base: Rc<RefCell<String>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl Server {
    async fn start(dir: &std::path::Path, push_rate_per_minute: u32) -> Self {
        let mut config = Config::from_env().unwrap();
        config.database_url = DatabaseUrl(db::test_database_url(dir).await);
        config.push_rate_per_minute = push_rate_per_minute;
        let pool = db::open(&config.database_url).await.unwrap();
        crate::server::prepare(&pool, &config).await.unwrap();
        let mut server = Server { config, pool, base: Rc::new(RefCell::new(String::new())), stop: None, task: None };
        server.listen().await;
        server
    }

    async fn listen(&mut self) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        *self.base.borrow_mut() = format!("http://{}", listener.local_addr().unwrap());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let app = crate::server::router(AppState::new(self.config.clone(), self.pool.clone()));
        self.stop = Some(stop);
        self.task = Some(tokio::spawn(crate::server::serve_http(listener, app, 64, async move {
            let _ = stopped.await;
        })));
    }

    /// Stops the server (requests in flight finish) and starts it again on the same file.
    async fn restart(&mut self) {
        let _ = self.stop.take().unwrap().send(());
        self.task.take().unwrap().await.unwrap();
        self.pool.close().await;
        self.pool = db::open(&self.config.database_url).await.unwrap();
        self.listen().await;
    }

    async fn sign_in(&self, email: &str) -> String {
        sign_in(&self.base.borrow(), email, PASSWORD).await
    }
}

/// Signs in at `base` through the real sign-in form: the session cookie (`name=value`).
pub(super) async fn sign_in(base: &str, email: &str, password: &str) -> String {
    let r = crate::server::http_client()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(format!("{base}/login"))
        .form(&[("email", email), ("password", password), ("next", "/")])
        .send()
        .await
        .unwrap();
    let cookie = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("signpost-session="))
        .unwrap_or_else(|| panic!("{email} signed in at {base}: {}", r.status()));
    cookie.split(';').next().unwrap().to_string()
}

/// What the network, a proxy or the server do to one push.
#[derive(Clone, Copy, Debug)]
pub(super) enum Fate {
    /// Delivered and answered.
    Fine,
    /// Never reaches the server.
    RequestLost,
    /// The server commits everything; the answer is lost.
    ResponseLost,
    /// No answer in time: the request may or may not have reached the server.
    Timeout,
    /// A gateway answers 502 without passing the request on.
    BadGateway,
    /// The server commits everything, then a gateway answers 500.
    ErrorAfterCommit,
    /// A proxy in front takes bodies up to this many bytes and answers 413 to larger ones.
    ProxyLimit(usize),
    /// The server commits the first items, then crashes.
    CrashMidBatch,
    /// The server commits everything, then restarts before answering.
    RestartAfterCommit,
    /// The same push goes twice (a retry racing the first); the phone sees the second answer.
    Duplicate,
    /// The same push goes twice at the same moment (behind a load balancer, to two servers);
    /// the phone sees the first answer.
    Simultaneous,
    /// The phone believes its author is signed in, but the session is the other worker's (or
    /// there is none): the server must refuse, never store the referrals as someone else's.
    WrongSession,
}

/// One request the phone made and what came of it.
#[derive(Clone, Debug)]
pub(super) struct Exchange {
    /// The endpoint (its path, no query).
    pub path: &'static str,
    /// The status, or None for no answer at all (refused connection, timeout).
    pub status: Option<u16>,
    pub took: std::time::Duration,
}

/// The phone's network: a real HTTP client, with a fate for each push.
pub(super) struct Network {
    client: reqwest::Client,
    base: Rc<RefCell<String>>,
    /// Session cookies by user.
    sessions: Vec<(Uuid, String)>,
    /// Who the session belongs to for this round.
    pub session: Cell<Uuid>,
    pub fate: Cell<Fate>,
    pub rng: RefCell<fastrand::Rng>,
    restart_wanted: Cell<bool>,
    /// Every request made to the real server, in order: to show 413 never came from it, and to
    /// time them under load.
    pub exchanges: RefCell<Vec<Exchange>>,
    /// Pushes the proxy refused as too large (each split by the phone).
    proxy_refusals: Cell<usize>,
}

impl Network {
    /// The network to `server`, with these users' sessions, first signed in as the first.
    fn new(server: &Server, sessions: Vec<(Uuid, String)>) -> Self {
        Self::to(server.base.clone(), sessions)
    }

    /// The network to the server at `base`.
    pub(super) fn to(base: Rc<RefCell<String>>, sessions: Vec<(Uuid, String)>) -> Self {
        Network {
            // A phone gives up on a request after as long as the browser's sender does.
            client: crate::server::http_client().timeout(std::time::Duration::from_secs(30)).build().unwrap(),
            base,
            session: Cell::new(sessions[0].0),
            sessions,
            fate: Cell::new(Fate::Fine),
            rng: RefCell::new(fastrand::Rng::with_seed(0)),
            restart_wanted: Cell::new(false),
            exchanges: RefCell::new(vec![]),
            proxy_refusals: Cell::new(0),
        }
    }

    fn cookie(&self, user: Uuid) -> &str {
        self.sessions.iter().find(|(u, _)| *u == user).map_or("", |(_, c)| c.as_str())
    }

    /// The statuses the real server gave to pushes.
    fn push_statuses(&self) -> Vec<u16> {
        self.exchanges.borrow().iter().filter(|e| e.path == outbox::PUSH_PATH).filter_map(|e| e.status).collect()
    }

    /// Makes a request to `path` (and `query`) on the server, timed and logged: its status and
    /// body.
    pub(super) async fn exchange(
        &self,
        path: &'static str,
        query: &str,
        request: impl FnOnce(&reqwest::Client, String) -> reqwest::RequestBuilder,
    ) -> Option<(u16, String)> {
        let started = std::time::Instant::now();
        let answer = async {
            let r = request(&self.client, format!("{}{path}{query}", self.base.borrow())).send().await.ok()?;
            let status = r.status().as_u16();
            Some((status, r.text().await.ok()?))
        }
        .await;
        self.exchanges.borrow_mut().push(Exchange { path, status: answer.as_ref().map(|(s, _)| *s), took: started.elapsed() });
        answer
    }

    /// Sends a push to the real endpoint: its status and body.
    async fn send(&self, body: String, cookie: &str) -> Option<(u16, String)> {
        self.exchange(outbox::PUSH_PATH, "", |client, url| {
            client.post(url).header("cookie", cookie).header("content-type", "application/json").body(body)
        })
        .await
    }

    fn answer(reply: Option<(u16, String)>) -> Answer<PushResponse> {
        match reply {
            Some((200..=299, body)) => serde_json::from_str(&body).map_or(Answer::NoAnswer, Answer::Ok),
            Some((401 | 403, _)) => Answer::SignedOut,
            Some((400 | 413, _)) => Answer::Refused,
            _ => Answer::NoAnswer,
        }
    }
}

impl sending::Transport for Network {
    async fn push(&self, body: String) -> Answer<PushResponse> {
        let cookie = self.cookie(self.session.get()).to_string();
        match self.fate.get() {
            Fate::Fine => Self::answer(self.send(body, &cookie).await),
            Fate::RequestLost | Fate::BadGateway => Answer::NoAnswer,
            Fate::ResponseLost | Fate::ErrorAfterCommit => {
                self.send(body, &cookie).await;
                Answer::NoAnswer
            }
            Fate::Timeout => {
                if self.rng.borrow_mut().bool() {
                    self.send(body, &cookie).await;
                }
                Answer::NoAnswer
            }
            Fate::ProxyLimit(limit) if body.len() > limit => {
                self.proxy_refusals.set(self.proxy_refusals.get() + 1);
                Answer::Refused
            }
            Fate::ProxyLimit(_) => Self::answer(self.send(body, &cookie).await),
            Fate::CrashMidBatch => {
                let mut request: PushRequest = serde_json::from_str(&body).unwrap();
                let keep = self.rng.borrow_mut().usize(..=request.referrals.len());
                request.referrals.truncate(keep);
                self.send(serde_json::to_string(&request).unwrap(), &cookie).await;
                self.restart_wanted.set(true);
                Answer::NoAnswer
            }
            Fate::RestartAfterCommit => {
                self.send(body, &cookie).await;
                self.restart_wanted.set(true);
                Answer::NoAnswer
            }
            Fate::Duplicate => {
                self.send(body.clone(), &cookie).await;
                Self::answer(self.send(body, &cookie).await)
            }
            Fate::Simultaneous => {
                let (first, _) = tokio::join!(self.send(body.clone(), &cookie), self.send(body, &cookie));
                Self::answer(first)
            }
            Fate::WrongSession => Self::answer(self.send(body, &cookie).await),
        }
    }

    async fn sent(&self, author: Uuid, since: i64) -> Answer<SentPage> {
        let cookie = self.cookie(self.session.get());
        let reply = self.exchange(outbox::SENT_PATH, &format!("?since={since}&author={author}"), |client, url| client.get(url).header("cookie", cookie)).await;
        match reply {
            Some((200, body)) => serde_json::from_str(&body).map_or(Answer::NoAnswer, Answer::Ok),
            Some((401 | 403, _)) => Answer::SignedOut,
            _ => Answer::NoAnswer,
        }
    }
}

/// A phone's outbox in memory, with leases, per-author cursors and the same per-author rules
/// as the browser's (`local.rs`).
#[derive(Clone, Default)]
pub(super) struct Phone {
    entries: Rc<RefCell<Vec<(OutboxEntry, f64)>>>,
    cursors: Rc<RefCell<Vec<(Uuid, i64)>>>,
}

impl Phone {
    fn copy(&self) -> Phone {
        Phone { entries: Rc::new(RefCell::new(self.entries.borrow().clone())), cursors: Rc::new(RefCell::new(self.cursors.borrow().clone())) }
    }

    pub(super) fn add(&self, entry: OutboxEntry) {
        self.entries.borrow_mut().push((entry, 0.0));
    }

    pub(super) fn all(&self) -> Vec<OutboxEntry> {
        self.entries.borrow().iter().map(|(e, _)| e.clone()).collect()
    }
}

impl sending::Store for Phone {
    type Error = std::convert::Infallible;

    async fn claim(&self, author: Author, now_ms: f64, lease_ms: f64) -> Result<Vec<OutboxEntry>, Self::Error> {
        let mut entries = self.entries.borrow_mut();
        let mut claimed = vec![];
        for (entry, lease) in entries.iter_mut() {
            let ours = entry.belongs_to(author.id, author.signed_in_at_ms);
            if ours && entry.unsent() && entry.draft.is_some() && *lease <= now_ms && claimed.len() < outbox::MAX_BATCH {
                *lease = now_ms + lease_ms;
                claimed.push(OutboxEntry { author: Some(author.id), ..entry.clone() });
            }
        }
        Ok(claimed)
    }

    async fn save(&self, saved: &OutboxEntry) -> Result<(), Self::Error> {
        let mut entries = self.entries.borrow_mut();
        let Some((entry, lease)) = entries.iter_mut().find(|(e, _)| e.id == saved.id) else { return Ok(()) };
        // The phone's own code never saves another author's entry.
        assert!(entry.author.is_none() || entry.author == saved.author, "saved as someone else's: {saved:?}");
        *entry = saved.clone();
        *lease = 0.0;
        Ok(())
    }

    async fn list(&self, author: Author) -> Result<Vec<OutboxEntry>, Self::Error> {
        Ok(self.all().into_iter().filter(|e| e.belongs_to(author.id, author.signed_in_at_ms)).collect())
    }

    async fn cursor(&self, author: Uuid) -> i64 {
        self.cursors.borrow().iter().find(|(a, _)| *a == author).map_or(0, |(_, c)| *c)
    }

    async fn set_cursor(&self, author: Uuid, cursor: i64) -> Result<(), Self::Error> {
        let mut cursors = self.cursors.borrow_mut();
        cursors.retain(|(a, _)| *a != author);
        cursors.push((author, cursor));
        Ok(())
    }
}

/// Text in a script the phone must carry whole: `chars` characters of it.
fn script_text(rng: &mut fastrand::Rng, chars: usize) -> String {
    const SAMPLES: [&str; 5] = [
        "મને ખોરાક અને ભાડામાં મદદ જોઈએ છે ",
        "أحتاج إلى مساعدة في الطعام والإيجار ",
        "ምግብን ኪራይን ሓገዝ የድልየኒ ኣሎ ",
        "আমার খাবার ও ভাড়ার জন্য সাহায্য দরকার ",
        "مجھے کھانے اور کرایے میں مدد چاہیے ",
    ];
    let sample = SAMPLES[rng.usize(..SAMPLES.len())];
    sample.chars().cycle().take(chars).collect()
}

pub(super) struct Fixture {
    pub service: Uuid,
    pub statement: String,
}

/// A referral as the form makes it; about one in three of maximum size in a non-Latin script.
pub(super) fn draft(rng: &mut fastrand::Rng, fixture: &Fixture) -> ReferralDraft {
    let big = rng.u8(..3) == 0;
    let names = ["Amina Farah", "Jan Kowalski", "ریحانہ خان", "પ્રિયા પટેલ", "Ioana Popescu", "Hodan Ali"];
    let (method, detail) = if big {
        (ContactMethod::Letter, script_text(rng, super::model::MAX_ADDRESS_CHARS))
    } else {
        (ContactMethod::Phone, format!("0116 496 0{:03}", rng.u32(0..1000)))
    };
    ReferralDraft {
        id: Uuid::now_v7(),
        service_id: fixture.service,
        person_name: if big { script_text(rng, super::model::MAX_NAME_CHARS).trim().to_string() } else { names[rng.usize(..names.len())].to_string() },
        contact_method: method,
        contact_detail: detail.trim().to_string(),
        language: ["so", "pl", "ur", "gu", "ro", "ti"][rng.usize(..6)].to_string(),
        interpreter: rng.bool(),
        needs: vec![Need::ALL[rng.usize(..Need::ALL.len())]],
        support: if big { script_text(rng, super::model::MAX_SUPPORT_CHARS).trim().to_string() } else { format!("Needs help {}", rng.u32(..)) },
        urgency: Urgency::ALL[rng.usize(..3)],
        safeguarding: rng.bool(),
        referrer_contact: "worker@example.org".into(),
        consent: Some(Consent { version: CONSENT_VERSION, statement: Some(fixture.statement.clone()), language: "en-GB".into(), given_at_ms: now_ms() }),
    }
}

async fn setup(dir: &std::path::Path, push_rate: u32) -> (Server, Fixture, [Uuid; 2]) {
    let server = Server::start(dir, push_rate).await;
    let org = demo::organisation_id("zamzam");
    let a = add_user(&server.pool, "a@zamzam.example.org", org, Role::Worker, PASSWORD).await.unwrap();
    let b = add_user(&server.pool, "b@zamzam.example.org", org, Role::Worker, PASSWORD).await.unwrap();
    let en = crate::i18n::server::localizer(crate::i18n::reference());
    let statement = consent::version(&en, server.config.retention_days());
    (server, Fixture { service: demo::service_id("wesley-hall-food-bank"), statement }, [a.id, b.id])
}

fn tmp() -> tempfile::TempDir {
    // On tmpfs where there is one: the test is about ordering, not disks, and durable commits
    // on a real disk would make hundreds of schedules slow.
    let shm = std::path::Path::new("/dev/shm");
    if shm.is_dir() { tempfile::tempdir_in(shm) } else { tempfile::tempdir() }.unwrap()
}

#[tokio::test(flavor = "current_thread")]
async fn every_referral_reaches_the_server_exactly_once_from_its_author_whatever_the_network_does() {
    let dir = tmp();
    let (mut server, fixture, users) = setup(dir.path(), 100_000).await;
    let sessions = vec![(users[0], server.sign_in("a@zamzam.example.org").await), (users[1], server.sign_in("b@zamzam.example.org").await)];
    let network = Network::new(&server, sessions);
    let mut clock = now_ms() as f64;
    let (mut total, mut pushes) = (0usize, 0usize);
    let (mut in_rounds, mut in_restarts) = (std::time::Duration::ZERO, std::time::Duration::ZERO);
    for seed in 0..SCHEDULES {
        let mut rng = fastrand::Rng::with_seed(seed);
        network.rng.replace(fastrand::Rng::with_seed(seed ^ 0x5eed));
        // Phone 0 is shared by two workers; phone 1, when it appears, holds a copy of phone 0's
        // outbox as it was then (the same store open in a second tab, or restored from a backup).
        let mut phones = vec![Phone::default()];
        let mut made: Vec<(ReferralDraft, Uuid)> = vec![];
        // Who the phone believes is signed in, and since when (0: long ago).
        let mut signed_in = users[rng.usize(..2)];
        for _ in 0..STEPS {
            clock += 31_000.0; // leases (30 s) run out between steps
            match rng.u8(..12) {
                0..=2 => {
                    let d = draft(&mut rng, &fixture);
                    phones[0].add(OutboxEntry::new(d.clone(), signed_in, "Wesley Hall Food Bank".into(), clock as i64));
                    made.push((d, signed_in));
                }
                3 if phones.len() == 1 => phones.push(phones[0].copy()),
                // The other worker signs in on the shared phone.
                4 => signed_in = users[usize::from(signed_in == users[0])],
                _ => {
                    let p = rng.usize(..phones.len());
                    let fate = match rng.u8(..12) {
                        0 => Fate::RequestLost,
                        1 => Fate::ResponseLost,
                        2 => Fate::Timeout,
                        3 => Fate::BadGateway,
                        4 => Fate::ErrorAfterCommit,
                        // Above the largest single referral (under 8 KB), below a full push.
                        5 => Fate::ProxyLimit(rng.usize(8_500..24_000)),
                        6 => Fate::CrashMidBatch,
                        7 => Fate::RestartAfterCommit,
                        8 => Fate::Duplicate,
                        9 => Fate::WrongSession,
                        10 => Fate::Simultaneous,
                        _ => Fate::Fine,
                    };
                    let session = match fate {
                        Fate::WrongSession => users[usize::from(signed_in == users[0])],
                        _ => signed_in,
                    };
                    network.session.set(session);
                    network.fate.set(fate);
                    let author = Author { id: signed_in, signed_in_at_ms: 0 };
                    let before = network.exchanges.borrow().len();
                    let t = std::time::Instant::now();
                    let report: Report = sending::round(&network, &phones[p], author, clock).await.unwrap();
                    in_rounds += t.elapsed();
                    pushes += report.pushes;
                    if matches!(fate, Fate::WrongSession) && network.exchanges.borrow()[before..].iter().any(|e| e.path == outbox::PUSH_PATH) {
                        assert!(report.signed_out, "seed {seed}: a push under another worker's session must be refused");
                    }
                    if network.restart_wanted.replace(false) {
                        let t = std::time::Instant::now();
                        server.restart().await;
                        in_restarts += t.elapsed();
                    }
                }
            }
        }
        // Then the signal comes back for good, and each worker signs in on each phone in turn:
        // every phone sends until nothing waits.
        network.fate.set(Fate::Fine);
        for phone in &phones {
            for &user in &users {
                network.session.set(user);
                for _ in 0..4 {
                    clock += 31_000.0;
                    let report = sending::round(&network, phone, Author { id: user, signed_in_at_ms: 0 }, clock).await.unwrap();
                    if report.pushes == 0 {
                        break;
                    }
                }
            }
            for e in phone.all() {
                assert_eq!(e.state, OutboxState::Delivered, "seed {seed}: {:?}", e.state);
                assert!(e.draft.is_none(), "seed {seed}: personal details kept after delivery");
            }
        }
        for (d, author) in &made {
            let rows: Vec<(String, String)> = on_db!(&server.pool, pool => {
                sqlx::query_as("SELECT content_hash, referrer_user_id FROM referrals WHERE id = $1")
                    .bind(d.id.to_string())
                    .fetch_all(pool)
                    .await
            })
            .unwrap();
            assert_eq!(rows.len(), 1, "seed {seed}: referral {} stored {} times", d.id, rows.len());
            assert_eq!(rows[0].0, content_hash(&d.clone().tidied()), "seed {seed}: content changed");
            assert_eq!(rows[0].1, author.to_string(), "seed {seed}: stored as someone else's referral");
        }
        total += made.len();
    }
    let stored: i64 = scalar(&server.pool, "SELECT count(*) FROM referrals WHERE id <> $1", "").await;
    assert_eq!(stored as usize, total, "nothing extra, nothing lost");
    assert!(total > 3000, "the schedules made {total} referrals");
    let splits = network.proxy_refusals.get();
    eprintln!("{SCHEDULES} schedules: {total} referrals, {pushes} pushes, {splits} split after a 413; {in_rounds:?} in rounds, {in_restarts:?} in restarts");
    assert!(splits > 10, "pushes split after a 413: {splits}");
    let statuses = network.push_statuses();
    assert!(!statuses.contains(&413), "the phone's batches always fit the server's limit");
    assert!(statuses.iter().filter(|s| **s == 403).count() > 50, "sessions of the wrong worker were refused");
    assert!(!statuses.iter().any(|s| *s >= 500), "the server never failed");
}

/// A network that answers every push with a fixed reply, counting them.
struct Fixed {
    status: u16,
    pushes: Cell<usize>,
}

impl sending::Transport for Fixed {
    async fn push(&self, _: String) -> Answer<PushResponse> {
        self.pushes.set(self.pushes.get() + 1);
        Network::answer(Some((self.status, String::new())))
    }
    async fn sent(&self, _: Uuid, _: i64) -> Answer<SentPage> {
        Answer::NoAnswer
    }
}

fn queued(phone: &Phone, author: Uuid, drafts: &[ReferralDraft]) {
    for d in drafts {
        phone.add(OutboxEntry::new(d.clone(), author, "Wesley Hall Food Bank".into(), 0));
    }
}

#[tokio::test]
async fn r15_a_batch_of_long_referrals_by_count_was_413_and_now_goes_through_in_pieces() {
    let dir = tmp();
    let (server, fixture, users) = setup(dir.path(), 100_000).await;
    let cookie = server.sign_in("a@zamzam.example.org").await;
    let mut rng = fastrand::Rng::with_seed(3);
    // Ten referrals written in Gujarati at the longest the form allows (2,000 characters of
    // support, a 300-character address, a 100-character name): about 7 KB each.
    let gujarati = |chars: usize| "મને ખોરાક અને ભાડામાં મદદ જોઈએ છે ".chars().cycle().take(chars).collect::<String>().trim().to_string();
    let drafts: Vec<ReferralDraft> = (0..10)
        .map(|_| ReferralDraft {
            person_name: gujarati(super::model::MAX_NAME_CHARS),
            contact_method: ContactMethod::Letter,
            contact_detail: gujarati(super::model::MAX_ADDRESS_CHARS),
            support: gujarati(super::model::MAX_SUPPORT_CHARS),
            ..draft(&mut rng, &fixture)
        })
        .collect();
    assert!(drafts.iter().all(|d| d.problems(now_ms()).is_empty()), "each is a valid referral");
    // Batched by count, as phones did: over the server's limit, and refused whole.
    let by_count = serde_json::to_string(&PushRequest {
        author: Some(users[0]),
        referrals: drafts.iter().map(|d| serde_json::to_value(d).unwrap()).collect(),
    })
    .unwrap();
    assert!(by_count.len() > MAX_REQUEST_BYTES, "{} bytes", by_count.len());
    let network = Network::new(&server, vec![(users[0], cookie)]);
    let (status, _) = network.send(by_count, network.cookie(users[0])).await.unwrap();
    assert_eq!(status, 413, "the endpoint refuses a body over its limit");
    // The phone's own sending code: under the limit, every one delivered in one round.
    let phone = Phone::default();
    queued(&phone, users[0], &drafts);
    let report = sending::round(&network, &phone, Author { id: users[0], signed_in_at_ms: 0 }, 1.0).await.unwrap();
    assert!(report.pushes >= 2 && !report.interrupted, "{report:?}");
    assert!(phone.all().iter().all(|e| e.state == OutboxState::Delivered), "{:?}", phone.all());
    let stored: i64 = scalar(&server.pool, "SELECT count(*) FROM referrals WHERE id <> $1", "").await;
    assert_eq!(stored, 10);
}

#[tokio::test]
async fn r15_a_referral_refused_even_alone_is_shown_as_refused_and_never_blocks_the_others() {
    let fixture = Fixture { service: Uuid::from_u128(1), statement: "0123456789abcdef".into() };
    let mut rng = fastrand::Rng::with_seed(4);
    let author = Uuid::from_u128(9);
    let drafts: Vec<ReferralDraft> = (0..5).map(|_| draft(&mut rng, &fixture)).collect();
    let phone = Phone::default();
    queued(&phone, author, &drafts);
    // Whatever is sent comes back 413 (a proxy with a tiny limit): the phone splits down to
    // single referrals, then shows each as refused; nothing stays "waiting" for ever.
    let network = Fixed { status: 413, pushes: Cell::new(0) };
    let report = sending::round(&network, &phone, Author { id: author, signed_in_at_ms: 0 }, 1.0).await.unwrap();
    assert_eq!(network.pushes.get(), 9, "5 alone + the halves above them");
    assert!(!report.interrupted);
    for e in phone.all() {
        assert!(matches!(&e.state, OutboxState::Refused { errors } if errors[0].message == outbox::TOO_LARGE), "{:?}", e.state);
        assert!(e.draft.is_some(), "kept for the worker");
    }
    // A server error, by contrast, leaves everything queued for the next round (R10).
    let phone = Phone::default();
    queued(&phone, author, &drafts);
    for (round, status) in [500, 502, 503, 429].into_iter().enumerate() {
        let network = Fixed { status, pushes: Cell::new(0) };
        let now = 1.0 + round as f64 * sending::LEASE_MS * 2.0;
        let report = sending::round(&network, &phone, Author { id: author, signed_in_at_ms: 0 }, now).await.unwrap();
        assert!(report.interrupted && !report.signed_out);
        assert_eq!(network.pushes.get(), 1, "{status}: one try per round, no storm of retries");
        assert!(phone.all().iter().all(|e| e.waiting()), "{status}");
    }
}

#[tokio::test]
async fn r13_another_workers_referrals_are_never_opened_claimed_or_sent() {
    let dir = tmp();
    let (server, fixture, users) = setup(dir.path(), 100_000).await;
    let sessions = vec![(users[0], server.sign_in("a@zamzam.example.org").await), (users[1], server.sign_in("b@zamzam.example.org").await)];
    let network = Network::new(&server, sessions);
    let mut rng = fastrand::Rng::with_seed(5);
    let a_made: Vec<ReferralDraft> = (0..3).map(|_| draft(&mut rng, &fixture)).collect();
    let phone = Phone::default();
    queued(&phone, users[0], &a_made);
    // B signs in on A's phone: B's round finds nothing of theirs to send.
    let b = Author { id: users[1], signed_in_at_ms: 0 };
    let report = sending::round(&network, &phone, b, 1.0).await.unwrap();
    assert_eq!(report.pushes, 0);
    assert!(sending::Store::list(&phone, b).await.unwrap().is_empty(), "B sees none of A's referrals");
    // Even a push of A's referrals under B's session (a phone confused about who is signed in)
    // is refused, and nothing is stored as B's.
    network.session.set(users[1]);
    let report = sending::round(&network, &phone, Author { id: users[0], signed_in_at_ms: 0 }, 2.0).await.unwrap();
    assert!(report.signed_out);
    assert!(phone.all().iter().all(OutboxEntry::waiting));
    let stored: i64 = scalar(&server.pool, "SELECT count(*) FROM referrals WHERE id <> $1", "").await;
    assert_eq!(stored, 0);
    // A signs in again: delivered, with A as the referrer.
    network.session.set(users[0]);
    let report = sending::round(&network, &phone, Author { id: users[0], signed_in_at_ms: 0 }, 40_000.0).await.unwrap();
    assert!(!report.signed_out && report.pushes == 1, "{report:?}");
    let referrers: Vec<String> =
        on_db!(&server.pool, pool => sqlx::query_scalar("SELECT DISTINCT referrer_user_id FROM referrals").fetch_all(pool).await).unwrap();
    assert_eq!(referrers, [users[0].to_string()]);
    // A referral queued before authors were recorded belongs to the session it was made in.
    let legacy = Phone::default();
    let mut old = OutboxEntry::new(draft(&mut rng, &fixture), users[0], "Wesley Hall Food Bank".into(), 5_000);
    old.author = None;
    legacy.add(old);
    assert!(sending::Store::list(&legacy, Author { id: users[1], signed_in_at_ms: 6_000 }).await.unwrap().is_empty());
    assert_eq!(sending::Store::list(&legacy, Author { id: users[1], signed_in_at_ms: 4_000 }).await.unwrap().len(), 1);
}

#[tokio::test]
async fn pushes_beyond_a_users_rate_are_answered_429_and_stay_queued() {
    let dir = tmp();
    let (server, fixture, users) = setup(dir.path(), 3).await;
    let network = Network::new(&server, vec![(users[0], server.sign_in("a@zamzam.example.org").await)]);
    let mut rng = fastrand::Rng::with_seed(6);
    let phone = Phone::default();
    let author = Author { id: users[0], signed_in_at_ms: 0 };
    let mut refused = 0;
    for round in 0..4 {
        queued(&phone, users[0], &[draft(&mut rng, &fixture)]);
        let report = sending::round(&network, &phone, author, f64::from(round) * 40_000.0).await.unwrap();
        refused += usize::from(report.interrupted);
    }
    assert!(network.push_statuses().contains(&429), "{:?}", network.push_statuses());
    assert!(refused >= 1);
    assert!(phone.all().iter().any(OutboxEntry::waiting), "what was refused for rate waits on the phone");
    assert!(phone.all().iter().all(|e| e.state == OutboxState::Delivered || e.waiting()));
}

#[tokio::test]
async fn retention_purges_every_referral_left_untouched_whatever_its_status_and_forgets_its_hash() {
    use super::{model::{Outcome, StatusChange}, store};
    let dir = tmp();
    let (server, fixture, users) = setup(dir.path(), 100_000).await;
    let pool = &server.pool;
    let referrer = crate::accounts::store::user(pool, users[0]).await.unwrap().unwrap();
    let admin = add_user(pool, "admin@wesley.example.org", demo::organisation_id("wesley-hall"), Role::OrgAdmin, PASSWORD).await.unwrap();
    let mut rng = fastrand::Rng::with_seed(9);
    let t0 = now_ms();
    let day = 24 * 3600 * 1000;
    let intake = store::Intake::new(pool.clone());
    let mut made = vec![];
    for _ in 0..4 {
        let d = draft(&mut rng, &fixture);
        assert_eq!(store::ingest(&intake, &referrer, d.clone(), t0).await.unwrap(), outbox::PushOutcome::Stored);
        made.push(d);
    }
    let (new, accepted, closed, worked_on) = (&made[0], &made[1], &made[2], &made[3]);
    store::change_status(pool, &admin, accepted.id, &StatusChange::Accept, t0).await.unwrap();
    store::change_status(pool, &admin, closed.id, &StatusChange::Accept, t0).await.unwrap();
    store::change_status(pool, &admin, closed.id, &StatusChange::Close { outcome: Outcome::Supported }, t0).await.unwrap();
    store::add_note(pool, &admin, closed.id, "Called on Tuesday", t0).await.unwrap();
    // Someone worked on the fourth later: its retention starts again.
    store::add_note(pool, &admin, worked_on.id, "Still waiting for a callback", t0 + 20 * day).await.unwrap();
    let retention = 30;
    assert_eq!(store::purge(pool, retention, t0 + 29 * day).await.unwrap(), 0, "not yet");
    // The inbox warns a month ahead, and says when.
    let inbox = store::inbox(pool, &admin, 1, retention, t0 + day).await.unwrap();
    assert_eq!(inbox.purging_soon, 3, "the one worked on later is not due within the month");
    let purge_at = inbox.referrals.iter().find(|s| s.id == new.id).unwrap().purge_at_ms.unwrap();
    assert_eq!(purge_at, t0 + 30 * day);
    let seq_before: i64 = scalar(pool, "SELECT max(seq) FROM referrals WHERE id <> $1", "").await;
    assert_eq!(store::purge(pool, retention, t0 + 31 * day).await.unwrap(), 3, "new, accepted and closed alike");
    for d in [new, accepted, closed] {
        let detail = store::detail(pool, &admin, d.id, retention).await.unwrap();
        assert!(detail.purged);
        assert_eq!((detail.summary.person_name, detail.contact_detail, detail.support, detail.referrer_contact), (None, None, None, None));
        assert!(detail.notes.is_empty());
        // Nothing left to confirm a guess of who it was.
        let hash: String = on_db!(pool, p => {
            sqlx::query_scalar("SELECT content_hash FROM referrals WHERE id = $1").bind(d.id.to_string()).fetch_one(p).await
        })
        .unwrap();
        assert_eq!(hash, store::PURGED_HASH);
        assert_ne!(hash, content_hash(&d.clone().tidied()));
    }
    assert_eq!(store::detail(pool, &admin, closed.id, retention).await.unwrap().outcome, Some(Outcome::Supported), "figures stay");
    assert!(store::detail(pool, &admin, worked_on.id, retention).await.unwrap().summary.person_name.is_some());
    // Each purge is a change the referrer's phone hears of (its copy of a reason goes too).
    let page = store::sent(pool, &referrer, seq_before, 10).await.unwrap();
    assert_eq!(page.receipts.len(), 3);
    assert!(page.receipts.iter().all(|r| r.purged && r.reason.is_none()));
    // A late repeat from the phone is still acknowledged; anyone else's is a conflict.
    assert_eq!(store::ingest(&intake, &referrer, new.clone(), t0).await.unwrap(), outbox::PushOutcome::AlreadyStored);
    let other = crate::accounts::store::user(pool, users[1]).await.unwrap().unwrap();
    assert_eq!(store::ingest(&intake, &other, new.clone(), t0).await.unwrap(), outbox::PushOutcome::Conflict);
    // A statement promising less than the configured period is kept to.
    let promised: i64 = scalar(pool, "SELECT retention_days FROM referrals WHERE id = $1", &worked_on.id.to_string()).await;
    assert_eq!(promised, i64::from(server.config.retention_days()));
}

#[tokio::test]
async fn a_consent_statement_the_server_never_offered_is_refused() {
    use super::store;
    let dir = tmp();
    let (server, fixture, users) = setup(dir.path(), 100_000).await;
    let referrer = crate::accounts::store::user(&server.pool, users[0]).await.unwrap().unwrap();
    let intake = store::Intake::new(server.pool.clone());
    let mut rng = fastrand::Rng::with_seed(10);
    let mut d = draft(&mut rng, &fixture);
    d.consent.as_mut().unwrap().statement = Some("ffffffffffffffff".into());
    let outcome = store::ingest(&intake, &referrer, d.clone(), now_ms()).await.unwrap();
    assert!(matches!(&outcome, outbox::PushOutcome::Invalid { errors } if errors[0].message == "referral-error-consent-unknown"), "{outcome:?}");
    // The right version, but read in another language than it belongs to: refused too.
    d.consent.as_mut().unwrap().statement = Some(fixture.statement.clone());
    d.consent.as_mut().unwrap().language = "ar".into();
    assert!(matches!(store::ingest(&intake, &referrer, d.clone(), now_ms()).await.unwrap(), outbox::PushOutcome::Invalid { .. }));
    // Legacy records (queued before statements were versioned) still count.
    d.consent = Some(Consent { version: super::model::LEGACY_CONSENT_VERSION, statement: None, language: "ar".into(), given_at_ms: now_ms() });
    assert_eq!(store::ingest(&intake, &referrer, d, now_ms()).await.unwrap(), outbox::PushOutcome::Stored);
}

/// R7: a referral is written only to a service that is listed and takes referrals. A temporarily
/// closed service is still listed (families see it with a notice), so it still receives them;
/// an inactive or defunct one does not — the insert's own check follows `ServiceStatus::listed`.
#[tokio::test]
async fn r7_a_referral_is_stored_for_a_listed_service_only_whatever_its_status() {
    use super::store;
    use crate::directory::model::ServiceStatus;
    let dir = tmp();
    let (server, fixture, users) = setup(dir.path(), 100_000).await;
    let referrer = crate::accounts::store::user(&server.pool, users[0]).await.unwrap().unwrap();
    let intake = store::Intake::new(server.pool.clone());
    let mut rng = fastrand::Rng::with_seed(11);
    for status in ServiceStatus::ALL {
        let service = fixture.service.to_string();
        on_db!(&server.pool, pool => sqlx::query("UPDATE services SET status = $1 WHERE id = $2")
            .bind(status.oruk()).bind(&service).execute(pool).await.map(|r| r.rows_affected()))
        .unwrap();
        let d = draft(&mut rng, &fixture);
        let outcome = store::ingest(&intake, &referrer, d, now_ms()).await.unwrap();
        let expected = if status.listed() { outbox::PushOutcome::Stored } else { outbox::PushOutcome::NotAccepting };
        assert_eq!(outcome, expected, "{status:?}");
    }
}

/// Referrals pushed at the same moment are written together (group commit, R2): each is stored once
/// with its own content and its own place in the change sequence; an id pushed again in the
/// same group is answered as the repeat it is, a different referral or another author under it
/// as a conflict, and a referral to a service that takes none is refused without holding up the
/// others.
#[tokio::test]
async fn referrals_pushed_at_once_are_each_stored_once_with_their_own_content() {
    use super::store;
    let dir = tmp();
    let (server, fixture, users) = setup(dir.path(), 100_000).await;
    let user = async |id| crate::accounts::store::user(&server.pool, id).await.unwrap().unwrap();
    let (referrer, other) = (user(users[0]).await, user(users[1]).await);
    let intake = store::Intake::new(server.pool.clone());
    let mut rng = fastrand::Rng::with_seed(12);
    let drafts: Vec<ReferralDraft> = (0..40).map(|_| draft(&mut rng, &fixture)).collect();
    let mut changed = drafts[1].clone();
    changed.support = "Something else entirely".into();
    let mut elsewhere = draft(&mut rng, &fixture);
    elsewhere.service_id = demo::service_id("wesley-hall-warm-space");
    let pushes: Vec<(&crate::accounts::store::User, ReferralDraft)> = drafts
        .iter()
        .map(|d| (&referrer, d.clone()))
        .chain([(&referrer, drafts[0].clone()), (&referrer, changed), (&other, drafts[2].clone()), (&referrer, elsewhere)])
        .collect();
    let outcomes = futures::future::join_all(pushes.iter().map(|(who, d)| store::ingest(&intake, who, d.clone(), now_ms()))).await;
    let outcomes: Vec<outbox::PushOutcome> = outcomes.into_iter().map(Result::unwrap).collect();
    assert_eq!(outcomes[43], outbox::PushOutcome::NotAccepting);
    // Which of two pushes of one id reaches the writer first is not fixed: one of them is
    // stored, and its row is its own; the other is a repeat (the same referral from the same
    // author) or a conflict.
    for d in &drafts {
        let id = d.id.to_string();
        let same: Vec<usize> = (0..pushes.len()).filter(|&i| pushes[i].1.id == d.id).collect();
        let stored: Vec<usize> = same.iter().copied().filter(|&i| outcomes[i] == outbox::PushOutcome::Stored).collect();
        assert_eq!(stored.len(), 1, "{id}: {outcomes:?}");
        let (who, first) = (&pushes[stored[0]].0, pushes[stored[0]].1.clone().tidied());
        let row: (String, String, String) = on_db!(&server.pool, pool => sqlx::query_as(
            "SELECT content_hash, support, referrer_user_id FROM referrals WHERE id = $1").bind(&id).fetch_one(pool).await)
        .unwrap();
        assert_eq!(row, (content_hash(&first), first.support.clone(), who.id.to_string()), "{id}");
        for &i in same.iter().filter(|&&i| i != stored[0]) {
            let repeat = pushes[i].0.id == who.id && content_hash(&pushes[i].1.clone().tidied()) == content_hash(&first);
            let expected = if repeat { outbox::PushOutcome::AlreadyStored } else { outbox::PushOutcome::Conflict };
            assert_eq!(outcomes[i], expected, "{id}: push {i}");
        }
    }
    assert_eq!(scalar(&server.pool, "SELECT count(*) FROM referrals WHERE id <> $1", "").await, 40);
    assert_eq!(scalar(&server.pool, "SELECT count(DISTINCT seq) FROM referrals WHERE id <> $1", "").await, 40);
}
