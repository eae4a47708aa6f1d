//! Directory sync endpoint, rule by rule (docs/SYNC-SPEC.md).

use signpost::sync::protocol::{ChangesPage, FORMAT};

use crate::harness::{TestServer, client, command, demo_service};

async fn changes(s: &TestServer, query: &str) -> ChangesPage {
    let r = s.get(&format!("/api/sync/v1/changes?{query}")).await;
    assert_eq!(r.status(), 200, "{query}");
    serde_json::from_str(&r.text().await.unwrap()).unwrap()
}

/// Runs the CLI against the server's database.
fn cli(s: &TestServer, args: &[&str], stdin: Option<&str>) -> (bool, String) {
    use std::io::Write;
    let mut child = command(s.dir.path())
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(text) = stdin {
        child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    }
    drop(child.stdin.take());
    let out = child.wait_with_output().unwrap();
    // What the command printed; with what it said on standard error (logs, reasons) if it failed.
    let printed = String::from_utf8_lossy(&out.stdout).into_owned();
    if out.status.success() { (true, printed) } else { (false, format!("{printed}{}", String::from_utf8_lossy(&out.stderr))) }
}

fn rename(s: &TestServer, key: &str, name: &str) {
    let (ok, json) = cli(s, &["service", "export", &demo_service(key)], None);
    assert!(ok, "{json}");
    let mut service: serde_json::Value = serde_json::from_str(&json).unwrap();
    service["name"] = name.into();
    let (ok, out) = cli(s, &["service", "import"], Some(&service.to_string()));
    assert!(ok, "{out}");
}

#[tokio::test]
async fn s1_s2_s3_paging_covers_the_whole_directory_in_order() {
    let s = TestServer::start().await;
    let mut since = 0;
    let (mut services, mut organisations, mut pages) = (Vec::new(), Vec::new(), 0);
    loop {
        let page = changes(&s, &format!("since={since}&limit=10")).await;
        assert_eq!(page.format, FORMAT, "s7");
        assert_eq!(page.since, since);
        assert!(page.cursor > since, "each page moves the cursor");
        assert!(page.len() <= 10);
        services.extend(page.services.iter().map(|x| x.id));
        organisations.extend(page.organisations.iter().map(|x| x.id));
        pages += 1;
        since = page.cursor;
        if !page.more {
            assert_eq!(page.remaining, 0);
            break;
        }
        assert!(page.remaining > 0);
    }
    assert_eq!(services.len(), 37);
    assert_eq!(organisations.len(), 13);
    assert_eq!(pages, 5, "50 entities, 10 a page");
    let everything = changes(&s, "since=0").await;
    assert_eq!(everything.cursor, since, "paged and unpaged end at the same cursor");
    assert!(!everything.more);
    // Nothing new: an empty page at the same cursor.
    let nothing = changes(&s, &format!("since={since}")).await;
    assert!(nothing.is_empty() && nothing.cursor == since && !nothing.more);
}

#[tokio::test]
async fn s1_s2_edits_and_deletions_arrive_as_states_and_tombstones() {
    let s = TestServer::start().await;
    let start = changes(&s, "since=0").await.cursor;
    rename(&s, "wesley-hall-food-bank", "Wesley Hall Food Bank and Pantry");
    let gone = demo_service("night-light-shelter");
    let (ok, out) = cli(&s, &["service", "delete", &gone], None);
    assert!(ok, "{out}");

    let page = changes(&s, &format!("since={start}")).await;
    assert_eq!(page.services.len(), 1);
    assert_eq!(page.services[0].name, "Wesley Hall Food Bank and Pantry");
    assert_eq!(page.deleted_services, vec![gone.parse::<uuid::Uuid>().unwrap()]);
    assert_eq!(page.cursor, start + 2);
}

#[tokio::test]
async fn s4_an_entity_changed_twice_comes_once_in_its_latest_state() {
    let s = TestServer::start().await;
    let start = changes(&s, "since=0").await.cursor;
    rename(&s, "highfields-esol", "ESOL Classes (mornings)");
    rename(&s, "highfields-esol", "ESOL Classes (mornings and evenings)");
    let page = changes(&s, &format!("since={start}")).await;
    assert_eq!(page.services.len(), 1);
    assert_eq!(page.services[0].name, "ESOL Classes (mornings and evenings)");
}

#[tokio::test]
async fn s5_asking_again_is_harmless() {
    let s = TestServer::start().await;
    let first = changes(&s, "since=0&limit=20").await;
    let again = changes(&s, "since=0&limit=20").await;
    assert_eq!(first, again, "the same question, the same answer");
    rename(&s, "socopa-homework-club", "Homework Club (Evington)");
    let after = changes(&s, "since=0&limit=1000").await;
    assert!(after.cursor > first.cursor);
    let renamed = after.services.iter().find(|x| x.id.to_string() == demo_service("socopa-homework-club")).unwrap();
    assert_eq!(renamed.name, "Homework Club (Evington)", "never an older state");
}

#[tokio::test]
async fn s6_a_cursor_the_server_never_gave_resets_the_client() {
    let s = TestServer::start().await;
    let page = changes(&s, "since=999999").await;
    assert!(page.reset);
    assert_eq!(page.cursor, 0);
    assert!(page.is_empty());
}

#[tokio::test]
async fn s8_the_vocabulary_comes_only_when_the_client_lacks_it() {
    let s = TestServer::start().await;
    let first = changes(&s, "since=0&limit=1").await;
    let vocabulary = first.vocabulary.expect("a new client gets the vocabulary");
    let food = vocabulary.needs.iter().find(|(n, _)| n.code() == "food").unwrap();
    assert!(food.1.iter().any(|w| w == "ખોરાક") && food.1.iter().any(|w| w == "الطعام"), "{food:?}");
    let again = changes(&s, &format!("since=0&limit=1&vocabulary={}", first.vocabulary_version)).await;
    assert!(again.vocabulary.is_none());
    assert_eq!(again.vocabulary_version, first.vocabulary_version);
}

#[tokio::test]
async fn s9_s11_answers_are_compressed_once_and_revalidated() {
    use std::io::Read;
    let s = TestServer::start().await;
    let get = |encoding: &'static str, etag: Option<String>| {
        let mut request = client().get(s.url("/api/sync/v1/changes?since=0")).header("Accept-Encoding", encoding);
        if let Some(etag) = etag {
            request = request.header("If-None-Match", etag);
        }
        request.send()
    };
    let plain = get("identity", None).await.unwrap();
    assert_eq!(plain.status(), 200);
    assert!(plain.headers().get("content-encoding").is_none());
    let etag = plain.headers()["etag"].to_str().unwrap().to_string();
    let plain = plain.bytes().await.unwrap();

    let r = get("gzip, deflate, br", None).await.unwrap();
    assert_eq!(r.headers()["content-encoding"], "br");
    assert_eq!(r.headers()["cache-control"], "no-cache");
    assert_eq!(r.headers()["vary"], "accept-encoding");
    assert_eq!(r.headers()["etag"], etag.as_str(), "one ETag for the page, whatever its encoding");
    let br = r.bytes().await.unwrap();
    assert!(br.len() * 3 < plain.len(), "{} vs {}", br.len(), plain.len());
    let mut unpacked = Vec::new();
    brotli::Decompressor::new(&br[..], 4096).read_to_end(&mut unpacked).unwrap();
    assert_eq!(unpacked, plain, "the same page");

    let r = get("gzip", None).await.unwrap();
    assert_eq!(r.headers()["content-encoding"], "gzip");
    let mut unpacked = Vec::new();
    flate2::read::GzDecoder::new(&r.bytes().await.unwrap()[..]).read_to_end(&mut unpacked).unwrap();
    assert_eq!(unpacked, plain);
    let r = get("br;q=0, gzip", None).await.unwrap();
    assert_eq!(r.headers()["content-encoding"], "gzip", "a refused encoding is not sent");

    // The client has the page: 304, nothing sent.
    let r = get("br", Some(etag.clone())).await.unwrap();
    assert_eq!(r.status(), 304);
    assert_eq!(r.headers()["etag"], etag.as_str());
    assert!(r.bytes().await.unwrap().is_empty());

    // The directory changes: the page is made again, with a new ETag; the old one gets it all.
    rename(&s, "socopa-homework-club", "Homework Club (Evington)");
    let r = get("identity", Some(etag.clone())).await.unwrap();
    assert_eq!(r.status(), 200);
    assert_ne!(r.headers()["etag"], etag.as_str());
    let page: ChangesPage = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
    assert!(page.services.iter().any(|x| x.name == "Homework Club (Evington)"));
}

#[tokio::test]
async fn s10_malformed_parameters_get_a_400_naming_them() {
    let s = TestServer::start().await;
    for (query, word) in [("since=-1", "since"), ("since=abc", "since"), ("limit=0", "limit"), ("limit=5000", "limit"), ("since=1.5", "since")] {
        let r = s.get(&format!("/api/sync/v1/changes?{query}")).await;
        assert_eq!(r.status(), 400, "{query}");
        let body: serde_json::Value = serde_json::from_str(&r.text().await.unwrap()).unwrap();
        assert!(body["error"].as_str().unwrap().contains(word), "{query}: {body}");
    }
}

/// Operators (and the end-to-end tests' set-up) may import while the server and other imports
/// write: each waits its turn for the write lock, none is refused "database is locked".
#[tokio::test]
async fn imports_at_the_same_time_all_go_through() {
    let s = TestServer::start().await;
    let before = changes(&s, "since=0").await.cursor;
    let (ok, json) = cli(&s, &["service", "export", &demo_service("zamzam-family-support")], None);
    assert!(ok);
    let service: serde_json::Value = serde_json::from_str(&json).unwrap();
    let bodies: Vec<String> = (0..6)
        .map(|i| {
            let mut service = service.clone();
            service["description"] = format!("Advice for families, in Somali and English (import {i}).").into();
            service.to_string()
        })
        .collect();
    // Six processes started together, each writing the same SQLite file as the server.
    let outcomes: Vec<(bool, String)> = std::thread::scope(|scope| {
        let running: Vec<_> =
            bodies.iter().map(|body| scope.spawn(|| cli(&s, &["service", "import", "-"], Some(body)))).collect();
        running.into_iter().map(|r| r.join().unwrap()).collect()
    });
    for (ok, out) in &outcomes {
        assert!(ok, "an import was refused: {out}");
    }
    assert!(changes(&s, "since=0").await.cursor > before, "the imports were saved");
}

#[tokio::test]
async fn importing_a_bad_service_saves_nothing_and_says_why() {
    let s = TestServer::start().await;
    let before = changes(&s, "since=0").await.cursor;
    let (ok, json) = cli(&s, &["service", "export", &demo_service("zamzam-family-support")], None);
    assert!(ok);
    let mut service: serde_json::Value = serde_json::from_str(&json).unwrap();
    service["name"] = "".into();
    service["min_age"] = 40.into();
    service["max_age"] = 20.into();
    let (ok, out) = cli(&s, &["service", "import", "-"], Some(&service.to_string()));
    assert!(!ok);
    assert!(out.contains("The name must be 1 to 200 characters long."), "{out}");
    assert!(out.contains("Ages must be from 0 to 120"), "{out}");
    service["name"] = "Somali Family Advice".into();
    service["min_age"] = serde_json::Value::Null;
    service["organisation_id"] = "00000000-0000-0000-0000-000000000000".into();
    let (ok, out) = cli(&s, &["service", "import"], Some(&service.to_string()));
    assert!(!ok);
    assert!(out.contains("That organisation is not in the directory."), "{out}");
    let (ok, out) = cli(&s, &["service", "import"], Some("{ not json"));
    assert!(!ok && out.contains("not a service"), "{out}");
    assert_eq!(changes(&s, "since=0").await.cursor, before, "nothing was saved");
    let (ok, out) = cli(&s, &["service", "delete", "00000000-0000-0000-0000-000000000000"], None);
    assert!(!ok && out.contains("no service has id"), "{out}");
}
