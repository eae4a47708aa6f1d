//! The database as an operator meets it: a server that cannot be reached, a wrong password or a
//! missing database at start (a clear message, never the password, a failing exit), the
//! database going down while the app runs (503, then recovery, nothing acknowledged lost), and
//! servers starting together (migrations run once). Tests that need a PostgreSQL server of
//! their own run in the PostgreSQL pass of the test command.

use std::{path::PathBuf, process::Command};

use crate::{
    harness::{TestServer, command, fresh_dir, on_postgres},
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
