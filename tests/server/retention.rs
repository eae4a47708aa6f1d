//! The consent statement and privacy notice are promises to families; these tests hold the
//! server to them: the period they name is the configured one, the statement read is recorded
//! exactly, and personal details go once a referral is untouched for that period, whatever its
//! status. (Who may see a referral: `authorisation.rs`; the emptied content hash and the
//! inbox's warning: `src/referrals/tests.rs`, `inbox.rs`.)

use serde_json::{Value, json};

use crate::{
    harness::{command, demo_service},
    network::*,
};

#[tokio::test]
async fn the_statement_and_the_privacy_notice_name_the_configured_period() {
    let server = network_with(&[("SIGNPOST_RETENTION_DAYS", "180")]).await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let refer = format!("/services/{}/refer", demo_service("wesley-hall-food-bank"));
    // The referral page as the phone renders it for a signed-in worker.
    let r = crate::harness::client()
        .get(server.url(&refer))
        .header("cookie", format!("{}; {}", worker.cookie, who_cookie(&server, "worker@zamzam.example.org").await))
        .send()
        .await
        .unwrap();
    let html = crate::harness::strip_markers(&r.text().await.unwrap());
    let shown = &html[html.find("<main").unwrap()..html.find("</main>").unwrap()];
    assert!(shown.contains("when nobody has worked on the referral for 6 months."), "{shown}");
    assert!(shown.contains("deleted when nobody has worked on the referral for 6 months, whatever happened to it"), "{shown}");
    assert!(!shown.contains("one year"), "{shown}");
    assert!(html.contains(r#"<meta name="signpost-retention-days" content="180""#), "the phone knows the period too: {html}");
    // Without anyone signed in on the phone, the page asks to sign in first.
    let (_, html) = page(&server, None, &refer).await;
    assert!(html.contains("Sign in to refer a family"), "{html}");
}

/// The `signpost-who` cookie a sign-in sets (what the phone reads).
async fn who_cookie(server: &crate::harness::TestServer, email: &str) -> String {
    let r = login_response(server, email, PASSWORD, None).await;
    set_cookie(&r, "signpost-who").unwrap().split(';').next().unwrap().to_string()
}

#[tokio::test]
async fn personal_details_go_once_a_referral_is_untouched_for_the_period_whatever_its_status() {
    let server = network().await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let ids: Vec<String> = (0..3).map(|_| new_id()).collect();
    worker.push(ids.iter().map(|id| referral(id, "wesley-hall-food-bank")).collect()).await;
    let admin = sign_in(&server, "admin@wesley.example.org").await;
    // One left new, one accepted, one declined with a note.
    admin.act(&ids[1], "accept", &[]).await;
    admin.act(&ids[2], "decline", &[("reason", "Outside our area")]).await;
    admin.note(&ids[2], "Spoke to Hodan").await;
    // Within the retention period (default 12 months): kept.
    let out = command(server.dir.path()).args(["referrals", "purge"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "purged the personal details of 0 referrals");
    let out = command(server.dir.path()).args(["referrals", "purge", "--older-than-days", "0"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "purged the personal details of 3 referrals", "new and accepted ones too");
    for id in &ids {
        let (_, detail) = admin.detail(id).await;
        assert_eq!(detail["purged"], true);
        assert_eq!(detail["summary"]["person_name"], Value::Null);
        assert_eq!(detail["contact_detail"], Value::Null);
        assert_eq!(detail["support"], Value::Null);
        assert_eq!(detail["notes"], json!([]));
        assert_eq!(detail["decline_reason"], Value::Null);
    }
    // The referrer's phone hears of it: its receipt loses the decline reason too.
    let (_, receipts) = worker.get("/api/referrals/v1/sent?since=0").await;
    assert!(receipts["receipts"].as_array().unwrap().iter().all(|r| r["purged"] == true && r["reason"].is_null()), "{receipts}");
    assert!(!receipts.to_string().contains("Outside our area"));
    let (_, figures) = sign_in(&server, "coordinator@example.org").await.get("/api/referrals/v1/figures").await;
    assert_eq!(figures["total"], 3, "figures keep counting purged referrals");
}

#[tokio::test]
async fn a_retention_period_that_makes_no_sense_stops_the_server_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let out = command(dir.path()).env("SIGNPOST_RETENTION_DAYS", "soon").args(["migrate"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("SIGNPOST_RETENTION_DAYS"));
}
