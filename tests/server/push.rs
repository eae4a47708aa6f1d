//! The phone's referral protocol over HTTP (docs/SYNC-SPEC.md): pushing (R1–R7, R13, R15),
//! receipts per user (R11), reports of what waits on a phone (R14), and limits.

use serde_json::{Value, json};

use crate::{
    harness::{TestServer, client, open_database},
    network::*,
};

#[tokio::test]
async fn pushing_stores_each_referral_once_and_answers_each_item() {
    let server = network().await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let good = new_id();
    let no_consent = { let mut r = referral(&new_id(), "wesley-hall-food-bank"); r["consent"] = Value::Null; r };
    let long_name = { let mut r = referral(&new_id(), "wesley-hall-food-bank"); r["person_name"] = json!("x".repeat(101)); r };
    let first = referral(&good, "wesley-hall-food-bank");
    let batch = vec![
        first.clone(),
        first.clone(),
        json!({ "id": new_id(), "person_name": "half a referral" }),
        no_consent,
        long_name,
        referral(&new_id(), "wesley-hall-warm-space"),
    ];
    let (status, body) = worker.push(batch.clone()).await;
    assert_eq!(status, 200);
    let results = body["results"].as_array().unwrap();
    let outcomes: Vec<(&str, u64)> = results.iter().map(|r| (r["outcome"].as_str().unwrap(), r["status"].as_u64().unwrap())).collect();
    assert_eq!(
        outcomes,
        [("stored", 201), ("already-stored", 200), ("malformed", 400), ("invalid", 422), ("invalid", 422), ("not-accepting", 410)]
    );
    assert_eq!(results[3]["errors"][0]["message"], "referral-error-consent-required");
    assert_eq!(results[4]["errors"][0], json!({ "field": "person-name", "message": "referral-error-name-too-long" }));
    // The whole batch again (a lost response): nothing new.
    let (_, again) = worker.push(batch).await;
    assert_eq!(again["results"][0]["outcome"], "already-stored");
    // The same id with different content: refused with 409, the stored one unchanged.
    let mut changed = first.clone();
    changed["person_name"] = json!("Someone Else");
    let (_, conflict) = worker.push(vec![changed]).await;
    assert_eq!(conflict["results"][0]["outcome"], "conflict");
    assert_eq!(conflict["results"][0]["status"], 409);
    let (_, inbox) = sign_in(&server, "admin@wesley.example.org").await.inbox().await;
    assert_eq!(inbox["new"], 1);
    assert_eq!(inbox["referrals"][0]["person_name"], "Hodan Warsame");
    // Not a batch at all: refused as a whole, nothing stored.
    assert_eq!(worker.post("/api/referrals/v1/push", json!({ "not": "a batch" })).await.0, 400);
    // Signed out: 401, so the phone keeps its outbox until the worker signs in.
    let r = client().post(server.url("/api/referrals/v1/push")).json(&json!({ "referrals": [] })).send().await.unwrap();
    assert_eq!(r.status(), 401);
    // Coordinators do not refer.
    assert_eq!(sign_in(&server, "coordinator@example.org").await.push(vec![]).await.0, 403);
    // Personal details never reach the log.
    let (_, log) = server.stop();
    assert!(!log.contains("Hodan") && !log.contains("496 0777") && !log.contains("no income"), "{log}");
}

#[tokio::test]
async fn r13_a_batch_made_by_another_worker_is_refused_and_nothing_is_stored_as_theirs() {
    let server = network().await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let admin = sign_in(&server, "admin@zamzam.example.org").await;
    let worker_id = worker.me().await.1["id"].as_str().unwrap().to_string();
    let id = new_id();
    // The admin's session pushing the worker's referrals (a phone unsure who is signed in).
    let (status, _) = admin.post("/api/referrals/v1/push", json!({ "author": worker_id, "referrals": [referral(&id, "wesley-hall-food-bank")] })).await;
    assert_eq!(status, 403);
    let (_, inbox) = sign_in(&server, "admin@wesley.example.org").await.inbox().await;
    assert_eq!(inbox["total"], 0, "nothing stored");
    // Their author's own session sends them.
    let (status, body) = worker.post("/api/referrals/v1/push", json!({ "author": worker_id, "referrals": [referral(&id, "wesley-hall-food-bank")] })).await;
    assert_eq!((status, body["results"][0]["outcome"].as_str()), (200, Some("stored")));
    // Receipts are asked for per author, too.
    assert_eq!(admin.get(&format!("/api/referrals/v1/sent?since=0&author={worker_id}")).await.0, 403);
    let (status, receipts) = worker.get(&format!("/api/referrals/v1/sent?since=0&author={worker_id}")).await;
    assert_eq!(status, 200);
    assert_eq!(receipts["receipts"][0]["id"], id.as_str());
}

#[tokio::test]
async fn referrals_committed_together_each_have_their_own_place_in_the_receipts() {
    // One batch is one group commit: its referrals take their numbers in the change sequence
    // at once, and a phone reading receipts one at a time still gets each of them once.
    let server = network().await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let ids: Vec<String> = (0..3).map(|_| new_id()).collect();
    let (_, pushed) = worker.push(ids.iter().map(|id| referral(id, "wesley-hall-food-bank")).collect()).await;
    assert!(pushed["results"].as_array().unwrap().iter().all(|r| r["outcome"] == "stored"), "{pushed}");
    let (mut since, mut seen) = (0, Vec::new());
    loop {
        let (status, page) = worker.get(&format!("/api/referrals/v1/sent?since={since}&limit=1")).await;
        assert_eq!(status, 200);
        seen.extend(page["receipts"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap().to_string()));
        assert!(page["cursor"].as_i64().unwrap() > since || !page["more"].as_bool().unwrap(), "{page}");
        since = page["cursor"].as_i64().unwrap();
        if !page["more"].as_bool().unwrap() {
            break;
        }
    }
    seen.sort();
    let mut expected = ids.clone();
    expected.sort();
    assert_eq!(seen, expected);
}

#[tokio::test]
async fn receipts_are_each_users_own() {
    let server = network().await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let admin = sign_in(&server, "admin@zamzam.example.org").await;
    let (mine, theirs) = (new_id(), new_id());
    worker.push(vec![referral(&mine, "wesley-hall-food-bank")]).await;
    admin.push(vec![referral(&theirs, "wesley-hall-food-bank")]).await;
    let (_, worker_receipts) = worker.get("/api/referrals/v1/sent?since=0").await;
    let (_, admin_receipts) = admin.get("/api/referrals/v1/sent?since=0").await;
    let ids = |v: &Value| v["receipts"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap().to_string()).collect::<Vec<_>>();
    assert_eq!(ids(&worker_receipts), [mine.clone()]);
    assert_eq!(ids(&admin_receipts), [theirs], "an admin's phone hears of their own referrals, not the organisation's");
    assert!(!worker_receipts.to_string().contains("Hodan"), "receipts carry no personal data");
    for bad in ["since=-1", "since=x", "limit=0", "limit=100000"] {
        assert_eq!(worker.get(&format!("/api/referrals/v1/sent?{bad}")).await.0, 400, "{bad}");
    }
}

#[tokio::test]
async fn a_push_over_the_request_limit_is_413_and_pushes_beyond_a_users_rate_are_429() {
    let server = network_with(&[("SIGNPOST_PUSH_RATE", "3")]).await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    // Ten referrals written in Gujarati at the longest the form allows, in one push: over 64 KiB.
    let gujarati = |chars: usize| "મને ખોરાક અને ભાડામાં મદદ જોઈએ છે ".chars().cycle().take(chars).collect::<String>().trim().to_string();
    let big: Vec<Value> = (0..10)
        .map(|_| {
            let mut r = referral(&new_id(), "wesley-hall-food-bank");
            r["person_name"] = json!(gujarati(100));
            r["contact_method"] = json!("letter");
            r["contact_detail"] = json!(gujarati(300));
            r["support"] = json!(gujarati(2000));
            r
        })
        .collect();
    assert_eq!(worker.push(big).await.0, 413);
    // A rate of three a minute allows one push now, then asks to wait.
    assert_eq!(worker.push(vec![referral(&new_id(), "wesley-hall-food-bank")]).await.0, 200);
    let r = client()
        .post(server.url("/api/referrals/v1/push"))
        .header("cookie", &worker.cookie)
        .json(&json!({ "referrals": [referral(&new_id(), "wesley-hall-food-bank")] }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 429);
    assert!(r.headers()["retry-after"].to_str().unwrap().parse::<u64>().unwrap() >= 1);
    // Another user is not held up.
    assert_eq!(sign_in(&server, "admin@zamzam.example.org").await.push(vec![]).await.0, 200);
}

#[tokio::test]
async fn phones_report_what_waits_on_them_with_no_personal_data_and_within_limits() {
    let server = network().await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let worker_id = worker.me().await.1["id"].as_str().unwrap().to_string();
    let post = |body: Value| {
        let url = server.url("/api/referrals/v1/waiting");
        async move { client().post(url).json(&body).send().await.unwrap().status().as_u16() }
    };
    let device = uuid::Uuid::now_v7();
    assert_eq!(post(json!({ "device": device, "authors": [{ "author": worker_id, "count": 1, "oldest_ms": now_ms() }] })).await, 204);
    // Unknown authors are ignored; a report that is not one is refused.
    assert_eq!(post(json!({ "device": device, "authors": [{ "author": uuid::Uuid::now_v7(), "count": 3, "oldest_ms": 0 }] })).await, 204);
    assert_eq!(post(json!({ "authors": "many" })).await, 400);
    // From another site: refused like every state-changing request.
    let r = client()
        .post(server.url("/api/referrals/v1/waiting"))
        .header("sec-fetch-site", "cross-site")
        .json(&json!({ "device": device, "authors": [] }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    // Thirty a minute from one client, then 429.
    let mut statuses = vec![];
    for _ in 0..40 {
        statuses.push(post(json!({ "device": device, "authors": [] })).await);
    }
    assert!(statuses.contains(&429), "{statuses:?}");
}

#[tokio::test]
async fn the_push_endpoint_answers_every_way_a_phone_relies_on() {
    // What the phone's sending code maps (sender.rs): 2xx with results, 401/403 (sign in),
    // 400/413 (split the batch), anything else (try later).
    let server: TestServer = network().await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let r = client()
        .post(server.url("/api/referrals/v1/push"))
        .header("cookie", &worker.cookie)
        .header("content-type", "application/json")
        .body("{ not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let too_many: Vec<Value> = (0..51).map(|_| referral(&new_id(), "wesley-hall-food-bank")).collect();
    assert_eq!(worker.push(too_many).await.0, 400);
}

/// R2: a referral is acknowledged only once it is committed. Sixteen phones push at once, one to
/// three referrals a push (the server commits them in shared groups), and the server is killed
/// (SIGKILL) in the middle of it: every referral it acknowledged is in the database, and the
/// ones it did not answer can be sent again.
#[tokio::test]
async fn r2_no_acknowledged_referral_is_lost_when_the_server_is_killed_mid_push() {
    let mut server = network_with(&[("SIGNPOST_PUSH_RATE", "100000")]).await;
    let cookie = sign_in(&server, "worker@zamzam.example.org").await.cookie;
    let url = server.url("/api/referrals/v1/push");
    let (acknowledged, mut heard) = tokio::sync::mpsc::unbounded_channel::<String>();
    let phones: Vec<_> = (0..16u64)
        .map(|phone| {
            let (cookie, url, acknowledged) = (cookie.clone(), url.clone(), acknowledged.clone());
            tokio::spawn(async move {
                let client = client();
                for round in 0u64.. {
                    let size = 1 + (phone + round) % 3;
                    let batch: Vec<Value> = (0..size).map(|_| referral(&new_id(), "wesley-hall-food-bank")).collect();
                    let sent = client
                        .post(&url)
                        .header("cookie", &cookie)
                        .header("sec-fetch-site", "same-origin")
                        .json(&json!({ "referrals": batch }))
                        .send()
                        .await;
                    // The server is gone: the phone keeps what is unanswered for later.
                    let Ok(response) = sent else { return };
                    let Ok(body) = response.json::<Value>().await else { return };
                    for result in body["results"].as_array().unwrap() {
                        assert_eq!(result["outcome"], "stored", "{body}");
                        acknowledged.send(result["id"].as_str().unwrap().to_string()).unwrap();
                    }
                }
            })
        })
        .collect();
    drop(acknowledged);
    let mut ids = Vec::new();
    while ids.len() < 300 {
        ids.push(heard.recv().await.expect("the phones push until the server is killed"));
    }
    let log = server.kill();
    for phone in phones {
        phone.await.unwrap();
    }
    // Answers that were on their way when the server died count too.
    while let Ok(id) = heard.try_recv() {
        ids.push(id);
    }
    let db = open_database(server.dir.path()).await;
    let stored: std::collections::HashSet<String> = signpost::on_db!(&db, pool => {
        sqlx::query_scalar("SELECT id FROM referrals").fetch_all(pool).await
    })
    .unwrap()
    .into_iter()
    .collect();
    let lost: Vec<&String> = ids.iter().filter(|id| !stored.contains(*id)).collect();
    assert!(lost.is_empty(), "{} of {} acknowledged referrals lost: {lost:?}", lost.len(), ids.len());
    assert!(!log.contains("Hodan"), "no personal details in the log");
}
