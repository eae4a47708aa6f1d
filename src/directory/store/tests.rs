//! The directory store, on SQLite — and on PostgreSQL too when the test command provides one
//! (`SIGNPOST_TEST_POSTGRES`).

use super::*;
use crate::{directory::demo, server::{config::DatabaseUrl, db}};

async fn fresh_db() -> (tempfile::TempDir, Db) {
    let dir = tempfile::tempdir().unwrap();
    let url = DatabaseUrl(db::test_database_url(dir.path()).await);
    let pool = db::open(&url).await.expect("database opens");
    (dir, pool)
}

async fn count(db: &Db, sql: &'static str, bind: &str) -> i64 {
    on_db!(db, pool => sqlx::query_scalar(sql).bind(bind).fetch_one(pool).await).unwrap()
}

fn canonical(mut d: Directory) -> Directory {
    d.organisations.sort_by_key(|o| o.id);
    d.services.sort_by_key(|s| s.id);
    for s in &mut d.services {
        s.needs.sort();
        s.hours.periods.sort_by_key(|p| (p.day, p.opens));
    }
    d
}

#[tokio::test]
async fn the_demo_directory_round_trips_through_the_database() {
    let (_dir, pool) = fresh_db().await;
    let demo = demo::directory().unwrap();
    save_directory(&pool, &demo, true).await.unwrap();
    let (seq, loaded) = load(&pool).await.unwrap();
    assert!(seq > 0);
    assert_eq!(canonical(loaded), canonical(demo));
    assert!(is_demo(&pool).await.unwrap());
}

#[tokio::test]
async fn saving_again_updates_in_place_and_moves_the_change_sequence() {
    let (_dir, pool) = fresh_db().await;
    let demo = demo::directory().unwrap();
    save_directory(&pool, &demo, true).await.unwrap();
    let first = change_seq(&pool).await.unwrap();
    save_directory(&pool, &demo, true).await.unwrap();
    assert!(change_seq(&pool).await.unwrap() > first);
    let (_, loaded) = load(&pool).await.unwrap();
    assert_eq!(loaded.services.len(), demo.services.len(), "no duplicates");
    let locations = count(&pool, "SELECT COUNT(*) FROM locations WHERE id <> $1", "").await;
    let distinct = demo.services.iter().flat_map(|s| s.locations.iter().map(|l| l.id)).collect::<std::collections::HashSet<_>>().len();
    assert_eq!(locations as usize, distinct);
}

#[tokio::test]
async fn editing_and_deleting_a_service() {
    let (_dir, pool) = fresh_db().await;
    let demo = demo::directory().unwrap();
    save_directory(&pool, &demo, true).await.unwrap();
    let mut service = demo.services[0].clone();
    service.name = "Renamed service".into();
    service.languages = vec!["pl".into()];
    let before = change_seq(&pool).await.unwrap();
    let mut tx = pool.begin().await.unwrap();
    upsert_service(&mut tx, &service).await.unwrap();
    tx.commit().await.unwrap();
    let (seq, loaded) = load(&pool).await.unwrap();
    assert_eq!(seq, before + 1);
    let got = loaded.service(service.id).unwrap();
    assert_eq!(got.name, "Renamed service");
    assert_eq!(got.languages, vec!["pl".to_string()]);

    let mut tx = pool.begin().await.unwrap();
    assert!(delete_service(&mut tx, service.id).await.unwrap());
    assert!(!delete_service(&mut tx, service.id).await.unwrap(), "deleting twice finds nothing");
    tx.commit().await.unwrap();
    let (seq2, loaded) = load(&pool).await.unwrap();
    assert_eq!(seq2, seq + 1);
    assert!(loaded.service(service.id).is_none());
    let orphans = count(&pool, "SELECT COUNT(*) FROM schedules WHERE service_id = $1", &service.id.to_string()).await;
    assert_eq!(orphans, 0, "a deleted service's hours go with it");
}

#[tokio::test]
async fn the_database_refuses_impossible_rows() {
    let (_dir, pool) = fresh_db().await;
    let run = |sql: &'static str| {
        let pool = pool.clone();
        async move { on_db!(&pool, p => sqlx::query(sql).execute(p).await.map(|_| ())) }
    };
    run("INSERT INTO organizations (id, name) VALUES ('o', 'Org')").await.unwrap();
    let bad_status = run("INSERT INTO services (id, organization_id, name, status, last_modified) VALUES ('s', 'o', 'S', 'open', 'now')").await;
    assert!(bad_status.is_err(), "status must be an ORUK status");
    let bad_ages = run(
        "INSERT INTO services (id, organization_id, name, status, minimum_age, maximum_age, last_modified)
         VALUES ('s2', 'o', 'S', 'active', 30, 20, 'now')",
    )
    .await;
    assert!(bad_ages.is_err(), "minimum age above maximum age");
}
