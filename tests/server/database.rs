//! The database as an operator meets it: a server that cannot be reached, a wrong password or a
//! missing database at start (a clear message, never the password, a failing exit), the
//! database going down while the app runs (503, then recovery, nothing acknowledged lost), and
//! servers starting together (migrations run once). Tests that need a PostgreSQL server of
//! their own run in the PostgreSQL pass of the test command.

use std::{path::PathBuf, process::Command};

use crate::{
    harness::{TestServer, command, fresh_dir, on_postgres, open_database},
    network::*,
};

fn start_and_fail(url: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = command(dir.path()).env("DATABASE_URL", url).arg("migrate").output().unwrap();
    assert!(!out.status.success(), "{url} should not open");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_postgresql_server_that_cannot_be_reached_stops_the_app_with_a_clear_message() {
    let stderr = start_and_fail("postgres://signpost:s3cret@127.0.0.1:1/signpost");
    assert!(stderr.contains("cannot open database postgres://signpost:***@127.0.0.1:1/signpost"), "{stderr}");
    assert!(stderr.contains("cannot reach the database server"), "{stderr}");
    assert!(!stderr.contains("s3cret"), "{stderr}");
}

/// `.ci/postgres.sh` at the repository's root.
fn postgres_sh() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".ci/postgres.sh")
}

#[tokio::test]
async fn a_wrong_password_or_a_missing_database_is_named_clearly() {
    if !on_postgres() {
        return; // needs a PostgreSQL server: the PostgreSQL pass runs it
    }
    let admin = std::env::var("SIGNPOST_TEST_POSTGRES").unwrap();
    let db = signpost::server::db::open(&signpost::server::config::DatabaseUrl(
        signpost::server::db::fresh_postgres_database(&admin).await.unwrap(),
    ))
    .await
    .unwrap();
    // A role that must give its password (see .ci/postgres.sh).
    let _ = signpost::on_db!(&db, pool => sqlx::query("CREATE ROLE signpost_password LOGIN PASSWORD 'right'").execute(pool).await.map(|_| ()));
    let host = admin.split_once('?').map(|(_, q)| q).unwrap();
    let stderr = start_and_fail(&format!("postgres://signpost_password:wrong@localhost/postgres?{host}"));
    assert!(stderr.contains("the server refused the user name or password"), "{stderr}");
    assert!(stderr.contains("signpost_password:***@"), "{stderr}");
    assert!(!stderr.contains("wrong@"), "{stderr}");
    let stderr = start_and_fail(&format!("postgres://postgres@localhost/no_such_database?{host}"));
    assert!(stderr.contains("no such database"), "{stderr}");
    db.close().await;
}

#[tokio::test]
async fn servers_starting_together_migrate_once() {
    let dir = fresh_dir().await;
    let children: Vec<_> = (0..3).map(|_| command(dir.path()).arg("migrate").spawn().unwrap()).collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let db = crate::harness::open_database(dir.path()).await;
    let applied: i64 =
        signpost::on_db!(&db, pool => sqlx::query_scalar("SELECT count(*) FROM _sqlx_migrations").fetch_one(pool).await).unwrap();
    let files = std::fs::read_dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(if on_postgres() { "migrations/postgres" } else { "migrations/sqlite" }))
        .unwrap()
        .count();
    assert_eq!(applied as usize, files, "each migration once");
    db.close().await;
}

#[tokio::test]
async fn servers_sharing_a_database_do_the_daily_housekeeping_once() {
    let first = fresh_dir().await;
    let second = tempfile::tempdir().unwrap();
    std::fs::write(second.path().join("database-url"), crate::harness::database_url(first.path())).unwrap();
    let db = open_database(first.path()).await;
    // Started together: each checks the day as it starts; one purges, the other leaves it.
    let (a, b) = tokio::join!(TestServer::start_in(first), TestServer::start_in(second));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let checked = |s: &TestServer| s.output_text().contains("daily housekeeping");
    while !(checked(&a) && checked(&b)) {
        assert!(std::time::Instant::now() < deadline, "both servers check the day's housekeeping at start");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let done = [&a, &b].iter().filter(|s| s.output_text().contains("daily housekeeping done")).count();
    assert_eq!(done, 1, "one server did it:\n{}\n---\n{}", a.output_text(), b.output_text());
    let other = [&a, &b].iter().filter(|s| s.output_text().contains("daily housekeeping: another server has it")).count();
    assert_eq!(other, 1);
    let runs: i64 = signpost::on_db!(&db, pool => sqlx::query_scalar("SELECT count(*) FROM housekeeping_runs").fetch_one(pool).await).unwrap();
    assert_eq!(runs, 1);
    db.close().await;
}

#[tokio::test]
async fn when_the_database_goes_down_requests_answer_503_and_recover_and_nothing_acknowledged_is_lost() {
    if !on_postgres() {
        return; // stops and starts a PostgreSQL server of its own: the PostgreSQL pass runs it
    }
    let pg_dir = tempfile::Builder::new().prefix("signpost-pgdown.").tempdir_in("/tmp").unwrap();
    let pg = |verb: &str| {
        let out = Command::new(postgres_sh()).args([verb, pg_dir.path().to_str().unwrap()]).output().unwrap();
        assert!(out.status.success(), "{verb}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    std::fs::remove_dir(pg_dir.path()).unwrap();
    let admin = pg("start");
    let url = signpost::server::db::fresh_postgres_database(&admin).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("database-url"), &url).unwrap();
    let server = TestServer::start_in(dir).await;
    add_user(&server, "worker@zamzam.example.org", &crate::harness::demo_organisation("zamzam"), "worker");
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let first = new_id();
    assert_eq!(worker.push(vec![referral(&first, "wesley-hall-food-bank")]).await.1["results"][0]["outcome"], "stored");

    // The database goes away: the app says it is unavailable (503), it does not crash.
    pg("halt");
    let (status, _) = worker.push(vec![referral(&new_id(), "wesley-hall-food-bank")]).await;
    assert_eq!(status, 503);
    assert_eq!(server.get("/healthz").await.status(), 503);
    let (status, _) = server.text("/").await;
    assert!(status == 503 || status == 200, "the search page: {status}");

    // It comes back: so does the app, and what it acknowledged is there.
    pg("resume");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while server.get("/healthz").await.status() != 200 {
        assert!(std::time::Instant::now() < deadline, "the app did not recover");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    let second = new_id();
    assert_eq!(worker.push(vec![referral(&second, "wesley-hall-food-bank")]).await.1["results"][0]["outcome"], "stored");
    let (_, receipts) = worker.get("/api/referrals/v1/sent?since=0").await;
    let ids: Vec<&str> = receipts["receipts"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [first.as_str(), second.as_str()]);
    drop(server);
    pg("stop");
}

#[tokio::test]
async fn a_whole_deployment_moves_to_a_new_database_and_the_copy_is_verified() {
    // A network on SQLite, the way every deployment starts: accounts, referrals, a note.
    let source_dir = tempfile::tempdir().unwrap();
    let source_url = format!("sqlite://{}", source_dir.path().join("signpost.db").display());
    std::fs::write(source_dir.path().join("database-url"), &source_url).unwrap();
    let source = TestServer::start_in(source_dir).await;
    add_user(&source, "worker@zamzam.example.org", &crate::harness::demo_organisation("zamzam"), "worker");
    add_user(&source, "admin@wesley.example.org", &crate::harness::demo_organisation("wesley-hall"), "org-admin");
    let worker = sign_in(&source, "worker@zamzam.example.org").await;
    let ids: Vec<String> = (0..3).map(|_| new_id()).collect();
    worker.push(ids.iter().map(|id| referral(id, "wesley-hall-food-bank")).collect()).await;
    let admin = sign_in(&source, "admin@wesley.example.org").await;
    admin.act(&ids[0], "accept", &[]).await;
    admin.note(&ids[0], "Parcel booked").await;
    let (_, before) = worker.get("/api/referrals/v1/sent?since=0").await;
    let cookie = worker.cookie.clone();

    // Into a new database (PostgreSQL in the PostgreSQL pass), sessions and all.
    let target_dir = tempfile::tempdir().unwrap();
    let target_url = signpost::server::db::test_database_url(target_dir.path()).await;
    let copy = |extra: &[&str]| {
        let mut args = vec!["db", "copy", "--from", source_url.as_str(), "--to", target_url.as_str()];
        args.extend_from_slice(extra);
        command(target_dir.path()).args(args).output().unwrap()
    };
    let out = copy(&["--sessions"]);
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{printed}{}", String::from_utf8_lossy(&out.stderr));
    assert!(printed.contains("verified: every table has the same rows and checksum in both"), "{printed}");
    assert!(printed.contains("referrals") && printed.contains("3 rows"), "{printed}");
    // Every table of the schema is copied, but the sign-in counters (minutes old by nature).
    let db = signpost::server::db::open(&signpost::server::config::DatabaseUrl(source_url.clone())).await.unwrap();
    let tables: Vec<String> = signpost::on_db!(&db, pool => sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx_%' AND name NOT LIKE 'login_%'"
    ).fetch_all(pool).await)
    .unwrap();
    db.close().await;
    assert!(tables.len() > 20, "{tables:?}");
    let missing: Vec<&String> = tables.iter().filter(|t| !printed.lines().any(|l| l.split_whitespace().next() == Some(t.as_str()))).collect();
    assert!(missing.is_empty(), "tables the copy leaves behind: {missing:?}\n{printed}");
    // Copying again would mix two deployments: refused, nothing written.
    let again = copy(&[]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("the target database is not empty"), "{}", String::from_utf8_lossy(&again.stderr));

    // The copy serves as the original did: the same sessions, receipts and inbox.
    std::fs::write(target_dir.path().join("database-url"), &target_url).unwrap();
    let target = TestServer::start_in(target_dir).await;
    let worker = Signed { server: &target, cookie: cookie.clone() };
    assert_eq!(worker.me().await.0, 200, "signed in still");
    let (_, after) = worker.get("/api/referrals/v1/sent?since=0").await;
    assert_eq!(after, before, "the same receipts, in the same order, with the same cursor");
    let admin = sign_in(&target, "admin@wesley.example.org").await;
    let (_, detail) = admin.detail(&ids[0]).await;
    assert_eq!(detail["notes"][0]["body"], "Parcel booked");
    assert_eq!(detail["summary"]["status"], "accepted");
    // And goes on from where the original stopped: new numbers follow the copied ones.
    let next = new_id();
    worker.push(vec![referral(&next, "wesley-hall-food-bank")]).await;
    let cursor = after["cursor"].as_i64().unwrap();
    let (_, newer) = worker.get(&format!("/api/referrals/v1/sent?since={cursor}")).await;
    assert_eq!(newer["receipts"][0]["id"], next.as_str());
}
