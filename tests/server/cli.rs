use std::process::Stdio;

use crate::harness::{TestServer, command, db_path, fresh_dir, on_postgres};

#[test]
fn a_database_that_cannot_be_opened_stops_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let out = command(dir.path())
        .env("DATABASE_URL", "sqlite:///nonexistent-directory/for/signpost.db")
        .env("LEPTOS_SITE_ADDR", "127.0.0.1:0")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("cannot open database sqlite:///nonexistent-directory/for/signpost.db"), "{stderr}");
}

#[test]
fn an_unsupported_database_url_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = command(dir.path()).env("DATABASE_URL", "mysql://u:secret@h/d").arg("migrate").output().unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("unsupported database URL"), "{stderr}");
    assert!(!stderr.contains("secret"), "passwords are not printed: {stderr}");
}

#[tokio::test]
async fn seed_demo_is_idempotent_and_migrate_reports() {
    let dir = fresh_dir().await;
    let migrate = command(dir.path()).arg("migrate").output().unwrap();
    assert!(migrate.status.success(), "{}", String::from_utf8_lossy(&migrate.stderr));
    assert!(on_postgres() || db_path(dir.path()).exists());
    for _ in 0..2 {
        let out = command(dir.path()).arg("seed-demo").output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("37 services"));
    }
}

#[tokio::test]
async fn an_existing_database_is_not_reseeded_on_start() {
    let dir = fresh_dir().await;
    assert!(command(dir.path()).arg("migrate").status().unwrap().success());
    // Migrated but empty: the server loads the demo on first start.
    let s = TestServer::start_in(dir).await;
    let (_, html) = s.text("/").await;
    assert!(html.contains("37 services"));
}
