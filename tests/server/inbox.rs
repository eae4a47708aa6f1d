//! The receiving organisation's inbox, through the server functions its pages call (with and
//! without JavaScript): statuses, notes, paging, purge warnings, and errors that come back in
//! the address.

use serde_json::{Value, json};

use crate::{harness::client, network::*};

#[tokio::test]
async fn the_receiving_organisation_moves_a_referral_on_and_the_referrer_sees_it() {
    let server = network().await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let id = new_id();
    worker.push(vec![referral(&id, "wesley-hall-food-bank")]).await;
    let (_, first) = worker.get("/api/referrals/v1/sent?since=0").await;
    assert_eq!(first["receipts"][0]["status"], "new");
    let cursor = first["cursor"].as_i64().unwrap();
    assert_eq!(worker.get(&format!("/api/referrals/v1/sent?since={cursor}")).await.1["receipts"], json!([]));

    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let (status, detail) = admin.detail(&id).await;
    assert_eq!(status, 200);
    assert_eq!(detail["relation"], "receiver");
    assert_eq!(detail["contact_detail"], "0116 496 0777");
    assert_eq!(detail["referrer"], "worker@zamzam.example.org");
    assert_eq!((detail["consent_version"].as_u64(), detail["consent_language"].as_str()), (Some(2), Some("ar")));
    let statement = detail["consent_statement"].as_str().unwrap();
    assert!(statement.contains("Wesley Hall Food Bank") && statement.contains("سنة واحدة"), "the exact text heard: {statement}");
    assert_eq!(admin.act(&id, "seen", &[]).await, (200, Value::Null));
    assert_eq!(admin.act(&id, "decline", &[("reason", "  ")]).await, (400, json!({ "BadRequest": "referral-error-reason-required" })));
    assert_eq!(admin.act(&id, "accept", &[]).await.0, 200);
    assert_eq!(admin.note(&id, "Food parcel booked for Thursday").await.0, 200);
    assert_eq!(admin.act(&id, "close", &[("outcome", "")]).await, (400, json!({ "BadRequest": "inbox-error-outcome" })));
    assert_eq!(admin.act(&id, "close", &[("outcome", "supported")]).await.0, 200);
    assert_eq!(admin.act(&id, "accept", &[]).await.0, 400, "closed is final");

    let (_, later) = worker.get(&format!("/api/referrals/v1/sent?since={cursor}")).await;
    let receipt = &later["receipts"][0];
    assert_eq!((receipt["status"].as_str(), receipt["outcome"].as_str()), (Some("closed"), Some("supported")));
    assert!(!later.to_string().contains("Hodan"), "receipts carry no personal data");
    // The referrer sees what they sent, but not the receiving organisation's notes.
    let (_, mine) = worker.detail(&id).await;
    assert_eq!(mine["relation"], "sender");
    assert_eq!(mine["notes"], json!([]));
}

#[tokio::test]
async fn a_language_the_form_does_not_list_arrives_by_its_name() {
    let server = network().await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let id = new_id();
    let mut named = referral(&id, "wesley-hall-food-bank");
    named["language"] = json!("Maay Maay");
    // A "language" that is a phone number is refused, with the message the form shows.
    let mut number = referral(&new_id(), "wesley-hall-food-bank");
    number["language"] = json!("07700 900123");
    let (status, body) = worker.push(vec![named, number]).await;
    assert_eq!(status, 200);
    assert_eq!(body["results"][0]["outcome"], "stored");
    assert_eq!(body["results"][1]["outcome"], "invalid");
    assert_eq!(body["results"][1]["errors"][0], json!({ "field": "language", "message": "referral-error-language-name" }));

    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let (_, detail) = admin.detail(&id).await;
    assert_eq!(detail["language"], "Maay Maay");
    let (status, html) = page(&server, Some(admin.cookie.as_str()), &format!("/inbox/{id}")).await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"<dd dir="auto">Maay Maay</dd>"#), "the name as typed: {html}");
}

#[tokio::test]
async fn the_inbox_pages_work_without_javascript() {
    let server = network().await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let id = new_id();
    assert_eq!(worker.push(vec![referral(&id, "wesley-hall-food-bank")]).await.0, 200);
    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let cookie = Some(admin.cookie.as_str());

    // The inbox: who, for which service, and a link to the referral.
    let (status, html) = page(&server, cookie, "/inbox").await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("Referrals received") && html.contains("One new referral"), "{html}");
    assert!(html.contains("Hodan Warsame") && html.contains("Wesley Hall Food Bank"), "{html}");
    assert!(html.contains(&format!(r#"href="/inbox/{id}""#)), "{html}");

    // The referral: its details, with tap-to-call and the language by name.
    let path = format!("/inbox/{id}");
    let (status, html) = page(&server, cookie, &path).await;
    assert_eq!(status, 200, "{html}");
    for text in ["Hodan Warsame", "Family of five, no income this month", r#"href="tel:01164960777""#, "Somali", "Food", ">New<", "Referred by", "What the person was told"] {
        assert!(html.contains(text), "{text} in {html}");
    }
    assert!(html.contains(r#"name="reason""#) && html.contains("Mark as seen"), "{html}");
    let r = client().get(server.url(&path)).header("cookie", &admin.cookie).send().await.unwrap();
    assert_eq!(r.headers()["cache-control"], "no-store", "personal data is not kept by browsers or proxies");

    // Accept it with a plain form post: the server goes back to the page, which now shows the
    // new status and what can be done from there.
    let action = form_action(&html, r#"value="accept""#);
    assert_eq!(action, "/api/inbox-status");
    let r = form_post(&server, &admin.cookie, &action, &path, &[("id", &id), ("action", "accept")]).await;
    assert!(r.status().is_redirection(), "{}", r.status());
    let back = r.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(back.trim_end_matches('?'), server.url(&path));
    let (status, html) = page(&server, cookie, &path).await;
    assert_eq!(status, 200);
    assert!(html.contains(">Accepted<") && !html.contains(r#"value="accept""#), "{html}");
    assert!(html.contains(r#"name="outcome""#), "closing is what remains: {html}");

    // A refused change comes back to the page with the reason, in words.
    let close = form_action(&html, r#"value="close""#);
    let r = form_post(&server, &admin.cookie, &close, &path, &[("id", &id), ("action", "close"), ("outcome", "")]).await;
    let back = r.headers()["location"].to_str().unwrap().to_string();
    assert!(back.starts_with(&server.url(&path)) && back.contains("__err"), "{back}");
    let back_path = back.strip_prefix(&server.base).unwrap().to_string();
    let (_, html) = page(&server, cookie, &back_path).await;
    assert_eq!(alert(&html), "Choose an outcome to close the referral.", "{html}");
    assert!(html.contains(">Accepted<"), "nothing changed: {html}");

    // The error comes back in the address, so the address must not be able to say anything
    // else: a made-up message shows as the general one, never as text from the address.
    let forge = |error: serde_json::Value| {
        use base64::Engine;
        let (before, _) = back_path.split_once("__err=").unwrap();
        format!("{before}__err={}", base64::engine::general_purpose::URL_SAFE.encode(error.to_string()))
    };
    for made_up in ["Call 0800 000 000 now to keep this referral", "referral-consent-statement", "error-no-such-message"] {
        let (_, html) = page(&server, cookie, &forge(json!({ "BadRequest": made_up }))).await;
        assert!(!html.contains("Call 0800"), "{html}");
        assert_eq!(alert(&html), "Something in that request was not right. Please try again.", "{made_up}: {html}");
    }

    // A note, the same way.
    let note = form_action(&html, r#"name="body""#);
    let r = form_post(&server, &admin.cookie, &note, &path, &[("id", &id), ("body", "Food parcel booked for Thursday")]).await;
    assert!(r.status().is_redirection(), "{}", r.status());
    let (_, html) = page(&server, cookie, &path).await;
    assert!(html.contains("Food parcel booked for Thursday") && html.contains("admin@wesley.example.org"), "{html}");

    // Someone at another organisation gets nothing personal, and no hint of what it is.
    let other = sign_in(&server, "worker@highfields.example.org").await;
    let (status, html) = page(&server, Some(&other.cookie), &path).await;
    assert_eq!(status, 404);
    assert!(!html.contains("Hodan") && !html.contains("0777") && !html.contains("no income"), "{html}");
    let (status, html) = page(&server, Some(&other.cookie), "/inbox").await;
    assert_eq!(status, 403);
    assert!(!html.contains("Hodan") && !alert(&html).is_empty(), "{html}");
    // Signed out: asked to sign in, and brought back.
    let (status, html) = page(&server, None, "/inbox").await;
    assert_eq!(status, 401);
    assert!(html.contains(r#"href="/login?next=/inbox""#) && !html.contains("Hodan"), "{html}");
}

#[tokio::test]
async fn the_inbox_is_paged_not_cut_off() {
    let server = network().await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let mut ids = vec![];
    for _ in 0..3 {
        let batch: Vec<Value> = (0..20).map(|_| new_id()).inspect(|id| ids.push(id.clone())).map(|id| referral(&id, "wesley-hall-food-bank")).collect();
        assert_eq!(worker.push(batch).await.0, 200);
    }
    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let (_, first) = admin.inbox().await;
    assert_eq!((first["total"].as_u64(), first["page"].as_u64(), first["pages"].as_u64()), (Some(60), Some(1), Some(2)));
    assert_eq!(first["referrals"].as_array().unwrap().len(), 50);
    let (_, second) = admin.get("/api/inbox?page=2").await;
    assert_eq!(second["referrals"].as_array().unwrap().len(), 10);
    let mut seen: Vec<String> = [&first, &second]
        .iter()
        .flat_map(|p| p["referrals"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap().to_string()))
        .collect();
    seen.sort();
    ids.sort();
    assert_eq!(seen, ids, "every referral on one page or the other");
    let (_, past) = admin.get("/api/inbox?page=99").await;
    assert_eq!(past["page"], 2, "past the end: the last page");
    // Without JavaScript, pages are links.
    let (_, html) = page(&server, Some(&admin.cookie), "/inbox").await;
    assert!(html.contains(r#"href="/inbox?page=2""#) && html.contains("Page 1 of 2"), "{html}");
    let (_, html) = page(&server, Some(&admin.cookie), "/inbox?page=2").await;
    assert!(html.contains(r#"href="/inbox?page=1""#) && html.contains("Page 2 of 2"), "{html}");
}

#[tokio::test]
async fn the_inbox_warns_a_month_before_personal_details_are_deleted() {
    let server = network_with(&[("SIGNPOST_RETENTION_DAYS", "20")]).await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let statement = {
        let en = signpost::i18n::server::localizer(signpost::i18n::reference());
        signpost::referrals::consent::version(&en, 20)
    };
    let mut r = referral(&new_id(), "wesley-hall-food-bank");
    r["consent"] = json!({ "version": 2, "statement": statement, "language": "en-GB", "given_at_ms": now_ms() });
    let (_, body) = worker.push(vec![r]).await;
    assert_eq!(body["results"][0]["outcome"], "stored", "{body}");
    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let (_, inbox) = admin.inbox().await;
    assert_eq!(inbox["purging_soon"], 1);
    let (_, html) = page(&server, Some(&admin.cookie), "/inbox").await;
    assert!(html.contains("One referral will have its personal details deleted within a month"), "{html}");
    assert!(html.contains("Personal details will be deleted on"), "{html}");
}
