//! Who may see and do what, at the endpoints the pages and the phone actually call: every role
//! against another organisation's referral; the referrer's own organisation sees nothing
//! personal (as the consent statement promises); and every request that can change something
//! is refused from another site, route by route, including every server function there is.

use serde_json::{Value, json};

use crate::{harness::client, network::*};

#[tokio::test]
async fn only_the_receiving_service_and_the_person_who_referred_see_a_referral() {
    let server = network().await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let id = new_id();
    worker.push(vec![referral(&id, "wesley-hall-food-bank")]).await;

    // Nobody else sees it, acts on it, or finds it in a list: other organisations, the
    // coordinator, and the referrer's own organisation's admin too.
    for email in ["worker@highfields.example.org", "admin@socopa.example.org", "coordinator@example.org", "admin@zamzam.example.org"] {
        let user = sign_in(&server, email).await;
        assert_eq!(user.detail(&id).await, (404, json!("NotFound")), "{email} detail");
        assert_eq!(user.act(&id, "accept", &[]).await.0, 404, "{email} status");
        assert_eq!(user.note(&id, "x").await.0, 404, "{email} notes");
        let (code, inbox) = user.inbox().await;
        assert!(code == 403 || (code == 200 && !inbox.to_string().contains(&id)), "{email} inbox: {code}");
        let (code, sent) = user.get("/api/referrals/v1/sent?since=0").await;
        assert!(code == 403 || (code == 200 && !sent.to_string().contains(&id)), "{email} sent: {code}");
        let (_, html) = page(&server, Some(&user.cookie), &format!("/inbox/{id}")).await;
        assert!(!html.contains("Hodan") && !html.contains("0777") && !html.contains("no income"), "{email}: {html}");
    }
    // The referrer sees it, and its receipts, but cannot act for the receiver.
    assert_eq!(worker.detail(&id).await.1["summary"]["person_name"], "Hodan Warsame");
    assert_eq!(worker.act(&id, "accept", &[]).await.0, 403);
    assert_eq!(worker.note(&id, "x").await.0, 403);
    assert!(worker.get("/api/referrals/v1/sent?since=0").await.1.to_string().contains(&id));
    // The receiving organisation's admin sees and acts.
    let receiver = sign_in(&server, "admin@wesley.example.org").await;
    assert_eq!(receiver.detail(&id).await.1["contact_detail"], "0116 496 0777");
    assert_eq!(receiver.act(&id, "seen", &[]).await.0, 200);
    // Role-only endpoints.
    assert_eq!(worker.inbox().await.0, 403);
    assert_eq!(worker.get("/api/referrals/v1/figures").await.0, 403);
    assert_eq!(receiver.get("/api/referrals/v1/figures").await.0, 403);
    // The coordinator sees numbers only.
    let (code, figures) = sign_in(&server, "coordinator@example.org").await.get("/api/referrals/v1/figures").await;
    assert_eq!(code, 200);
    assert_eq!(figures["total"], 1);
    assert_eq!(figures["by_need"], json!([["food", 1]]));
    let text = figures.to_string();
    assert!(!text.contains("Hodan") && !text.contains("0777") && !text.contains("income"), "{text}");
    // Signed out: nothing.
    for path in [format!("/api/inbox-referral?id={id}"), "/api/inbox".into(), "/api/referrals/v1/figures".into(), "/api/referrals/v1/sent".into(), "/api/members".into()] {
        assert_eq!(server.get(&path).await.status(), 401, "{path}");
    }
    // A malformed id is simply not found.
    assert_eq!(worker.detail("not-an-id").await.0, 404);
}

#[tokio::test]
async fn every_request_that_can_change_something_is_refused_from_another_site() {
    let server = network().await;
    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let mut routes: Vec<String> =
        ["/language", "/login", "/logout", "/invite/0123abcd", "/api/referrals/v1/push", "/api/referrals/v1/waiting"].map(String::from).to_vec();
    // Every server function that is not a plain read.
    let functions: Vec<String> = leptos::server_fn::axum::server_fn_paths()
        .filter(|(_, method)| *method != axum::http::Method::GET)
        .map(|(path, _)| path.to_string())
        .collect();
    for expected in ["/api/inbox-status", "/api/inbox-note", "/api/create-invitation", "/api/invitation-page", "/api/remove-member", "/api/change-password"] {
        assert!(functions.iter().any(|f| f == expected), "{expected} in {functions:?}");
    }
    routes.extend(functions);
    for route in &routes {
        for (header, value) in [("origin", "https://evil.example"), ("sec-fetch-site", "cross-site"), ("sec-fetch-site", "same-site")] {
            let r = client()
                .post(server.url(route))
                .header("cookie", &admin.cookie)
                .header(header, value)
                .form(&[("id", "x"), ("locale", "ar"), ("role", "worker")])
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 403, "{route}, {header}: {value}");
        }
    }
    assert_eq!(admin.me().await.0, 200, "the refused sign-out did nothing");
    // From this site, they are let through (to their own checks).
    let r = client()
        .post(server.url("/api/referrals/v1/push"))
        .header("cookie", &admin.cookie)
        .header("origin", server.base.as_str())
        .json(&json!({ "referrals": [] }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let (status, _): (u16, Value) = admin.invite("worker").await;
    assert_eq!(status, 200);
}
