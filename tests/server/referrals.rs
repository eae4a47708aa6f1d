//! Accounts and referrals over HTTP: sign-in and sessions, cross-site refusal, the push
//! protocol (docs/SYNC-SPEC.md, R1–R7), the inbox and statuses, the authorisation matrix, and
//! retention.

use serde_json::{Value, json};

use crate::harness::{TestServer, client, command, demo_organisation, demo_service};

const PASSWORD: &str = "correct horse battery staple";

/// Adds an account through the CLI (as an operator would).
fn add_user(server: &TestServer, email: &str, org: &str, role: &str) {
    use std::io::Write;
    let mut child = command(server.dir.path())
        .args(["user", "add", "--email", email, "--org", org, "--role", role, "--password-stdin"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{PASSWORD}").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// A signed-in client: the session cookie, sent by hand.
struct Signed<'a> {
    server: &'a TestServer,
    cookie: String,
}

async fn login_response(server: &TestServer, email: &str, password: &str, cookie: Option<&str>) -> reqwest::Response {
    let mut req = client().post(server.url("/login")).form(&[("email", email), ("password", password), ("next", "/")]);
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    req.send().await.unwrap()
}

fn session_cookie(r: &reqwest::Response) -> Option<String> {
    r.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("signpost-session="))
        .map(str::to_string)
}

async fn sign_in<'a>(server: &'a TestServer, email: &str) -> Signed<'a> {
    let r = login_response(server, email, PASSWORD, None).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/");
    let cookie = session_cookie(&r).expect("a session cookie");
    Signed { server, cookie: cookie.split(';').next().unwrap().to_string() }
}

impl Signed<'_> {
    async fn get(&self, path: &str) -> (u16, Value) {
        let r = client().get(self.server.url(path)).header("cookie", &self.cookie).send().await.unwrap();
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        let r = client().post(self.server.url(path)).header("cookie", &self.cookie).json(&body).send().await.unwrap();
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(Value::Null))
    }
}

fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64
}

fn referral(id: &str, service: &str) -> Value {
    json!({
        "id": id,
        "service_id": demo_service(service),
        "person_name": "Hodan Warsame",
        "contact_method": "phone",
        "contact_detail": "0116 496 0777",
        "language": "so",
        "interpreter": true,
        "needs": ["food"],
        "support": "Family of five, no income this month",
        "urgency": "soon",
        "safeguarding": false,
        "referrer_contact": "worker@example.org",
        "consent": { "version": 1, "language": "ar", "given_at_ms": now_ms() }
    })
}

fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// The network: a worker and an admin at ZamZam (referrers), an admin at Wesley Hall (receives
/// the food bank's referrals), a worker at Highfields and an admin at Socopa (neither involved),
/// and a coordinator.
async fn network() -> TestServer {
    let server = TestServer::start().await;
    for (email, org, role) in [
        ("worker@zamzam.example.org", "zamzam", "worker"),
        ("admin@zamzam.example.org", "zamzam", "org-admin"),
        ("admin@wesley.example.org", "wesley-hall", "org-admin"),
        ("worker@highfields.example.org", "highfields-centre", "worker"),
        ("admin@socopa.example.org", "socopa", "org-admin"),
        ("coordinator@example.org", "afro-innovation", "coordinator"),
    ] {
        add_user(&server, email, &demo_organisation(org), role);
    }
    server
}

#[tokio::test]
async fn signing_in_gives_a_new_httponly_session_and_signing_out_ends_it() {
    let server = network().await;
    let r = login_response(&server, "worker@zamzam.example.org", PASSWORD, None).await;
    let cookie = session_cookie(&r).unwrap();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http in tests");
    let first = cookie.split(';').next().unwrap().to_string();
    // Signing in again from that session gives a new session id (no fixation).
    let again = login_response(&server, "worker@zamzam.example.org", PASSWORD, Some(&first)).await;
    let second = session_cookie(&again).unwrap().split(';').next().unwrap().to_string();
    assert_ne!(first, second);
    let me = Signed { server: &server, cookie: second.clone() };
    let (status, body) = me.get("/api/accounts/v1/me").await;
    assert_eq!(status, 200);
    assert_eq!(body["role"], "worker");
    assert_eq!(body["organisation_id"], demo_organisation("zamzam"));
    let out = client().post(server.url("/logout")).header("cookie", &second).send().await.unwrap();
    assert_eq!(out.status(), 303);
    assert_eq!(me.get("/api/accounts/v1/me").await.0, 401);
    assert_eq!(Signed { server: &server, cookie: first }.get("/api/accounts/v1/me").await.0, 401, "the old id is gone");
}

#[tokio::test]
async fn wrong_passwords_are_refused_and_repeated_failures_are_slowed() {
    let server = network().await;
    let r = login_response(&server, "worker@zamzam.example.org", "not the password", None).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/login?error=invalid&next=/");
    assert!(session_cookie(&r).is_none());
    let r = login_response(&server, "nobody@example.org", PASSWORD, None).await;
    assert_eq!(r.headers()["location"], "/login?error=invalid&next=/", "an unknown email looks the same");
    for _ in 0..4 {
        login_response(&server, "worker@zamzam.example.org", "not the password", None).await;
    }
    let r = login_response(&server, "worker@zamzam.example.org", PASSWORD, None).await;
    assert_eq!(r.headers()["location"], "/login?error=limited&next=/", "five failures: even the right password waits");
    assert!(session_cookie(&r).is_none());
    // Others are unaffected.
    sign_in(&server, "admin@zamzam.example.org").await;
    // The page says why, in the user's language.
    let (status, html) = server.text("/login?error=limited").await;
    assert_eq!(status, 200);
    assert!(html.contains("Too many attempts to sign in"), "{html}");
    assert!(html.contains(r#"<label for="login-email">Email address</label>"#));
}

#[tokio::test]
async fn a_password_reset_by_the_cli_ends_the_accounts_sessions() {
    let server = network().await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    assert_eq!(worker.get("/api/accounts/v1/me").await.0, 200);
    let out = command(server.dir.path()).args(["user", "reset-password", "--email", "worker@zamzam.example.org"]).output().unwrap();
    assert!(out.status.success());
    let printed = String::from_utf8_lossy(&out.stdout);
    let password = printed.lines().find_map(|l| l.strip_prefix("password (shown once): ")).unwrap().to_string();
    assert_eq!(worker.get("/api/accounts/v1/me").await.0, 401);
    let r = login_response(&server, "worker@zamzam.example.org", &password, None).await;
    assert!(session_cookie(&r).is_some());
    // Bad input from the CLI: a clear message, nothing changed.
    let out = command(server.dir.path())
        .args(["user", "add", "--email", "x@example.org", "--org", "No Such Org", "--role", "worker"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no organisation matches"));
}

#[tokio::test]
async fn cross_site_requests_are_refused() {
    let server = network().await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let body = json!({ "referrals": [referral(&new_id(), "wesley-hall-food-bank")] });
    for (header, value) in [("origin", "https://evil.example"), ("sec-fetch-site", "cross-site"), ("sec-fetch-site", "same-site")] {
        let r = client()
            .post(server.url("/api/referrals/v1/push"))
            .header("cookie", &worker.cookie)
            .header(header, value)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403, "{header}: {value}");
        let r = client().post(server.url("/language")).header(header, value).form(&[("locale", "ar")]).send().await.unwrap();
        assert_eq!(r.status(), 403, "language, {header}: {value}");
    }
    let (_, inbox) = sign_in(&server, "admin@wesley.example.org").await.get("/api/referrals/v1/inbox").await;
    assert_eq!(inbox["referrals"].as_array().unwrap().len(), 0, "nothing was stored");
    let r = client()
        .post(server.url("/api/referrals/v1/push"))
        .header("cookie", &worker.cookie)
        .header("origin", server.base.as_str())
        .header("sec-fetch-site", "same-origin")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
}

#[tokio::test]
async fn pushing_stores_each_referral_once_and_answers_each_item() {
    let server = network().await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let good = new_id();
    let no_consent = { let mut r = referral(&new_id(), "wesley-hall-food-bank"); r["consent"] = Value::Null; r };
    let long_name = { let mut r = referral(&new_id(), "wesley-hall-food-bank"); r["person_name"] = json!("x".repeat(101)); r };
    let batch = json!({ "referrals": [
        referral(&good, "wesley-hall-food-bank"),
        referral(&good, "wesley-hall-food-bank"),
        { "id": new_id(), "person_name": "half a referral" },
        no_consent,
        long_name,
        referral(&new_id(), "wesley-hall-warm-space"),
    ]});
    let (status, body) = worker.post("/api/referrals/v1/push", batch.clone()).await;
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
    let (_, again) = worker.post("/api/referrals/v1/push", batch).await;
    assert_eq!(again["results"][0]["outcome"], "already-stored");
    // The same id with different content: refused with 409, the stored one unchanged.
    let mut changed = referral(&good, "wesley-hall-food-bank");
    changed["person_name"] = json!("Someone Else");
    let (_, conflict) = worker.post("/api/referrals/v1/push", json!({ "referrals": [changed] })).await;
    assert_eq!(conflict["results"][0]["outcome"], "conflict");
    assert_eq!(conflict["results"][0]["status"], 409);
    let (_, inbox) = sign_in(&server, "admin@wesley.example.org").await.get("/api/referrals/v1/inbox").await;
    assert_eq!(inbox["new"], 1);
    assert_eq!(inbox["referrals"][0]["person_name"], "Hodan Warsame");
    // Not a batch at all: refused as a whole, nothing stored.
    let (status, _) = worker.post("/api/referrals/v1/push", json!({ "not": "a batch" })).await;
    assert_eq!(status, 400);
    // Signed out: 401, so the phone keeps its outbox until the worker signs in.
    let r = client().post(server.url("/api/referrals/v1/push")).json(&json!({ "referrals": [] })).send().await.unwrap();
    assert_eq!(r.status(), 401);
    // Coordinators do not refer.
    let coordinator = sign_in(&server, "coordinator@example.org").await;
    assert_eq!(coordinator.post("/api/referrals/v1/push", json!({ "referrals": [] })).await.0, 403);
    // Personal details never reach the log.
    let (_, log) = server.stop();
    assert!(!log.contains("Hodan") && !log.contains("496 0777") && !log.contains("no income"), "{log}");
}

#[tokio::test]
async fn the_receiving_organisation_moves_a_referral_on_and_the_referrer_sees_it() {
    let server = network().await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let id = new_id();
    worker.post("/api/referrals/v1/push", json!({ "referrals": [referral(&id, "wesley-hall-food-bank")] })).await;
    let (_, first) = worker.get("/api/referrals/v1/sent?since=0").await;
    assert_eq!(first["receipts"][0]["status"], "new");
    let cursor = first["cursor"].as_i64().unwrap();
    assert_eq!(worker.get(&format!("/api/referrals/v1/sent?since={cursor}")).await.1["receipts"], json!([]));

    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let path = format!("/api/referrals/v1/referrals/{id}");
    let (status, detail) = admin.get(&path).await;
    assert_eq!(status, 200);
    assert_eq!(detail["relation"], "receiver");
    assert_eq!(detail["contact_detail"], "0116 496 0777");
    assert_eq!((detail["consent_version"].as_u64(), detail["consent_language"].as_str()), (Some(1), Some("ar")));
    assert_eq!(admin.post(&format!("{path}/status"), json!({ "action": "seen" })).await, (200, json!({ "status": "seen" })));
    let (status, body) = admin.post(&format!("{path}/status"), json!({ "action": "decline", "reason": "  " })).await;
    assert_eq!((status, body), (400, Value::Null));
    assert_eq!(admin.post(&format!("{path}/status"), json!({ "action": "accept" })).await.0, 200);
    assert_eq!(admin.post(&format!("{path}/notes"), json!({ "body": "Food parcel booked for Thursday" })).await.0, 201);
    let (status, _) = admin.post(&format!("{path}/status"), json!({ "action": "close", "outcome": "supported" })).await;
    assert_eq!(status, 200);
    assert_eq!(admin.post(&format!("{path}/status"), json!({ "action": "accept" })).await.0, 400, "closed is final");

    let (_, later) = worker.get(&format!("/api/referrals/v1/sent?since={cursor}")).await;
    let receipt = &later["receipts"][0];
    assert_eq!((receipt["status"].as_str(), receipt["outcome"].as_str()), (Some("closed"), Some("supported")));
    assert!(!later.to_string().contains("Hodan"), "receipts carry no personal data");
    // The referrer sees what they sent, but not the receiving organisation's notes.
    let (_, mine) = worker.get(&path).await;
    assert_eq!(mine["relation"], "sender");
    assert_eq!(mine["notes"], json!([]));
}

#[tokio::test]
async fn every_role_is_refused_another_organisations_referral_at_every_endpoint() {
    let server = network().await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let id = new_id();
    worker.post("/api/referrals/v1/push", json!({ "referrals": [referral(&id, "wesley-hall-food-bank")] })).await;
    let detail = format!("/api/referrals/v1/referrals/{id}");
    let status = format!("{detail}/status");
    let notes = format!("{detail}/notes");

    // Not involved: refused everywhere, and the referral is in none of their lists.
    for email in ["worker@highfields.example.org", "admin@socopa.example.org", "coordinator@example.org"] {
        let user = sign_in(&server, email).await;
        assert_eq!(user.get(&detail).await.0, 404, "{email} detail");
        assert_eq!(user.post(&status, json!({ "action": "accept" })).await.0, 404, "{email} status");
        assert_eq!(user.post(&notes, json!({ "body": "x" })).await.0, 404, "{email} notes");
        for list in ["/api/referrals/v1/inbox", "/api/referrals/v1/sent?since=0", "/api/referrals/v1/sent-list"] {
            let (code, body) = user.get(list).await;
            assert!(code == 403 || (code == 200 && !body.to_string().contains(&id)), "{email} {list}: {code}");
        }
    }
    // The referrer and their organisation's admin see it but cannot act for the receiver.
    for email in ["worker@zamzam.example.org", "admin@zamzam.example.org"] {
        let user = sign_in(&server, email).await;
        assert_eq!(user.get(&detail).await.0, 200, "{email}");
        assert_eq!(user.post(&status, json!({ "action": "accept" })).await.0, 403, "{email}");
        assert_eq!(user.post(&notes, json!({ "body": "x" })).await.0, 403, "{email}");
        assert!(user.get("/api/referrals/v1/sent?since=0").await.1.to_string().contains(&id), "{email}");
    }
    // Role-only endpoints.
    assert_eq!(worker.get("/api/referrals/v1/inbox").await.0, 403);
    assert_eq!(worker.get("/api/referrals/v1/figures").await.0, 403);
    assert_eq!(sign_in(&server, "admin@wesley.example.org").await.get("/api/referrals/v1/figures").await.0, 403);
    // The coordinator sees counts only.
    let (code, figures) = sign_in(&server, "coordinator@example.org").await.get("/api/referrals/v1/figures").await;
    assert_eq!(code, 200);
    assert_eq!(figures["total"], 1);
    assert_eq!(figures["by_need"], json!([["food", 1]]));
    let text = figures.to_string();
    assert!(!text.contains("Hodan") && !text.contains("0777") && !text.contains("income"), "{text}");
    // Signed out: nothing.
    for path in [detail.as_str(), "/api/referrals/v1/inbox", "/api/referrals/v1/figures", "/api/referrals/v1/sent"] {
        assert_eq!(server.get(path).await.status(), 401, "{path}");
    }
    // A malformed id is simply not found.
    assert_eq!(worker.get("/api/referrals/v1/referrals/not-an-id").await.0, 404);
}

#[tokio::test]
async fn finished_referrals_lose_their_personal_details_after_the_retention_period() {
    let server = network().await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let (closed, open) = (new_id(), new_id());
    worker
        .post("/api/referrals/v1/push", json!({ "referrals": [referral(&closed, "wesley-hall-food-bank"), referral(&open, "wesley-hall-food-bank")] }))
        .await;
    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let path = format!("/api/referrals/v1/referrals/{closed}");
    admin.post(&format!("{path}/status"), json!({ "action": "decline", "reason": "Outside our area" })).await;
    admin.post(&format!("{path}/notes"), json!({ "body": "Spoke to Hodan" })).await;
    // Within the retention period (default 12 months): kept.
    let out = command(server.dir.path()).args(["referrals", "purge"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "purged the personal details of 0 referrals");
    let out = command(server.dir.path()).args(["referrals", "purge", "--older-than-days", "0"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "purged the personal details of 1 referrals");
    let (_, detail) = admin.get(&path).await;
    assert_eq!(detail["purged"], true);
    assert_eq!(detail["summary"]["person_name"], Value::Null);
    assert_eq!(detail["contact_detail"], Value::Null);
    assert_eq!(detail["notes"], json!([]));
    assert_eq!(admin.get(&format!("/api/referrals/v1/referrals/{open}")).await.1["summary"]["person_name"], "Hodan Warsame");
    let (_, figures) = sign_in(&server, "coordinator@example.org").await.get("/api/referrals/v1/figures").await;
    assert_eq!(figures["total"], 2, "figures keep counting purged referrals");
    // A retention period that makes no sense stops the server with a clear message.
    let out = command(server.dir.path()).env("SIGNPOST_RETENTION_DAYS", "soon").args(["migrate"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("SIGNPOST_RETENTION_DAYS"));
}

#[tokio::test]
async fn organisation_admins_invite_members_with_a_one_time_link() {
    let server = network().await;
    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let (status, invitation) = admin.post("/api/accounts/v1/invitations", json!({ "role": "worker" })).await;
    assert_eq!(status, 201);
    let link = invitation["path"].as_str().unwrap().to_string();
    assert!(link.starts_with("/invite/") && link.len() > 60);
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    assert_eq!(worker.post("/api/accounts/v1/invitations", json!({ "role": "worker" })).await.0, 403, "workers do not invite");
    assert_eq!(admin.post("/api/accounts/v1/invitations", json!({ "role": "coordinator" })).await.0, 400);
    let accept = |email: &'static str, password: &'static str| {
        let url = server.url(&link);
        async move { client().post(url).form(&[("email", email), ("password", password)]).send().await.unwrap() }
    };
    // A refused attempt goes back to the form with the reason, and the link survives it.
    let r = accept("new@wesley.example.org", "short").await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"].to_str().unwrap(), format!("{link}?error=account-error-password-short"));
    let r = accept("new@wesley.example.org", PASSWORD).await;
    assert_eq!(r.status(), 303);
    let me = Signed { server: &server, cookie: session_cookie(&r).unwrap().split(';').next().unwrap().to_string() };
    let (_, body) = me.get("/api/accounts/v1/me").await;
    assert_eq!((body["role"].as_str(), body["organisation_id"].as_str()), (Some("worker"), Some(demo_organisation("wesley-hall").as_str())));
    let r = accept("other@wesley.example.org", PASSWORD).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"].to_str().unwrap(), format!("{link}?error=account-error-invitation"), "used once only");
    assert!(session_cookie(&r).is_none(), "nobody is signed in by a used link");
    // The token never reaches the log (requests to /invite/… are logged without it).
    let token = link.trim_start_matches("/invite/").to_string();
    let (_, log) = server.stop();
    assert!(!log.contains(&token), "{log}");
}

/// A page as a browser without JavaScript gets it: status and HTML (hydration markers removed).
async fn page(server: &TestServer, cookie: Option<&str>, path: &str) -> (u16, String) {
    let mut req = client().get(server.url(path)).header("accept", "text/html");
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    let r = req.send().await.unwrap();
    (r.status().as_u16(), crate::harness::strip_markers(&r.text().await.unwrap()))
}

/// The `action` attribute of the form that holds `marker` (e.g. one of its hidden inputs).
fn form_action(html: &str, marker: &str) -> String {
    let at = html.find(marker).unwrap_or_else(|| panic!("no {marker} in {html}"));
    let form = html[..at].rfind("<form").expect("the marker is inside a form");
    let tag = &html[form..form + html[form..].find('>').unwrap()];
    let (_, rest) = tag.split_once("action=\"").expect("the form has an action");
    rest[..rest.find('"').unwrap()].replace("&amp;", "&")
}

/// The text of the first element with `role="alert"` (up to its first child element).
fn alert(html: &str) -> &str {
    let Some(at) = html.find(r#"role="alert""#) else { return "" };
    let start = at + html[at..].find('>').unwrap() + 1;
    &html[start..start + html[start..].find('<').unwrap()]
}

#[tokio::test]
async fn the_inbox_pages_work_without_javascript() {
    let server = network().await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let id = new_id();
    let (status, _) = worker.post("/api/referrals/v1/push", json!({ "referrals": [referral(&id, "wesley-hall-food-bank")] })).await;
    assert_eq!(status, 200);
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
    for text in ["Hodan Warsame", "Family of five, no income this month", r#"href="tel:01164960777""#, "Somali", "Food", ">New<"] {
        assert!(html.contains(text), "{text} in {html}");
    }
    assert!(html.contains(r#"name="reason""#) && html.contains("Mark as seen"), "{html}");
    let r = client().get(server.url(&path)).header("cookie", &admin.cookie).send().await.unwrap();
    assert_eq!(r.headers()["cache-control"], "no-store", "personal data is not kept by browsers or proxies");

    // Accept it with a plain form post, as a browser without JavaScript does: the server goes
    // back to the page, which now shows the new status and what can be done from there.
    let action = form_action(&html, r#"value="accept""#);
    assert!(action.starts_with("/api/"), "{action}");
    let post = |url: String, form: Vec<(&'static str, String)>| {
        let (referer, cookie) = (server.url(&path), admin.cookie.clone());
        async move {
            client()
                .post(url)
                .header("cookie", cookie)
                .header("accept", "text/html,application/xhtml+xml")
                .header("sec-fetch-site", "same-origin")
                .header("referer", referer)
                .form(&form)
                .send()
                .await
                .unwrap()
        }
    };
    let r = post(server.url(&action), vec![("id", id.clone()), ("action", "accept".into())]).await;
    assert!(r.status().is_redirection(), "{}", r.status());
    // (Leptos strips its error parameters from the Referer, leaving an empty query.)
    let back = r.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(back.trim_end_matches('?'), server.url(&path));
    let (status, html) = page(&server, cookie, &path).await;
    assert_eq!(status, 200);
    assert!(html.contains(">Accepted<") && !html.contains(r#"value="accept""#), "{html}");
    assert!(html.contains(r#"name="outcome""#), "closing is what remains: {html}");

    // A refused change comes back to the page with the reason, in words.
    let close = form_action(&html, r#"value="close""#);
    let r = post(server.url(&close), vec![("id", id.clone()), ("action", "close".into()), ("outcome", String::new())]).await;
    assert!(r.status().is_redirection(), "{}", r.status());
    let back = r.headers()["location"].to_str().unwrap().to_string();
    assert!(back.starts_with(&server.url(&path)) && back.contains("__err"), "{back}");
    let (_, html) = page(&server, cookie, back.strip_prefix(&server.base).unwrap()).await;
    assert_eq!(alert(&html), "Choose an outcome to close the referral.", "{html}");
    assert!(html.contains(">Accepted<"), "nothing changed: {html}");

    // A note, the same way.
    let note = form_action(&html, r#"name="body""#);
    let r = post(server.url(&note), vec![("id", id.clone()), ("body", "Food parcel booked for Thursday".into())]).await;
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

/// The `value` of the `<input>` with this `id`.
fn input_value<'a>(html: &'a str, id: &str) -> Option<&'a str> {
    let at = html.find(&format!(r#"id="{id}""#))?;
    let start = html[..at].rfind("<input")?;
    let tag = &html[start..start + html[start..].find('>')?];
    let (_, rest) = tag.split_once(r#"value=""#)?;
    Some(&rest[..rest.find('"')?])
}

#[tokio::test]
async fn invitations_work_from_pages_with_and_without_javascript() {
    let server = network().await;
    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let cookie = Some(admin.cookie.as_str());

    // The inbox leads to the page; the page has the form, which posts to a server function.
    let (_, html) = page(&server, cookie, "/inbox").await;
    assert!(html.contains(r#"<a href="/members/invite">Invite a member</a>"#), "{html}");
    let (status, html) = page(&server, cookie, "/members/invite").await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains(r#"value="worker""#) && html.contains(r#"value="org-admin""#), "{html}");
    assert!(input_value(&html, "invite-link").is_none(), "no link before one is made: {html}");
    let action = form_action(&html, r#"name="role""#);
    assert!(action.starts_with("/api/"), "{action}");
    let call = |cookie: String, accept: &'static str, role: &'static str| {
        let (url, referer) = (server.url(&action), server.url("/members/invite"));
        async move {
            client()
                .post(url)
                .header("cookie", cookie)
                .header("accept", accept)
                .header("sec-fetch-site", "same-origin")
                .header("referer", referer)
                .form(&[("role", role)])
                .send()
                .await
                .unwrap()
        }
    };

    // With JavaScript: the link is the function's answer, with this site's address.
    let r = call(admin.cookie.clone(), "application/json", "worker").await;
    assert_eq!(r.status(), 200);
    let body: Value = r.json().await.unwrap();
    let link = body["link"].as_str().unwrap().to_string();
    assert!(link.starts_with(&server.url("/invite/")) && link.len() > 80, "{link}");
    assert!(body["expires_at_ms"].as_i64().unwrap() > now_ms() + 6 * 24 * 3600 * 1000, "{body}");

    // Without JavaScript: back to the page (never with the token in the address), which shows
    // the link once, in a read-only field, and says what it does.
    let r = call(admin.cookie.clone(), "text/html,application/xhtml+xml", "org-admin").await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/members/invite");
    let (status, html) = page(&server, cookie, "/members/invite").await;
    assert_eq!(status, 200, "{html}");
    let shown = input_value(&html, "invite-link").unwrap_or_else(|| panic!("the link is shown: {html}")).to_string();
    assert!(shown.starts_with(&server.url("/invite/")) && shown != link, "{shown}");
    assert!(html.contains("readonly") && html.contains(r#"<label for="invite-link">Invitation link</label>"#), "{html}");
    assert!(html.contains("It works once, for 7 days. It is shown only now"), "{html}");
    let (_, html) = page(&server, cookie, "/members/invite").await;
    assert!(input_value(&html, "invite-link").is_none() && !html.contains(&shown), "shown only once: {html}");

    // A worker may not invite; someone signed out is asked to sign in.
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let r = call(worker.cookie.clone(), "application/json", "worker").await;
    assert_eq!(r.status(), 403);
    assert_eq!(r.json::<Value>().await.unwrap(), json!("Forbidden"));
    let (status, html) = page(&server, Some(&worker.cookie), "/members/invite").await;
    assert_eq!(status, 403);
    assert_eq!(alert(&html), "Only your organisation's admins can invite members.", "{html}");
    assert!(!html.contains(r#"name="role""#), "{html}");
    let (status, html) = page(&server, None, "/members/invite").await;
    assert_eq!(status, 401);
    assert!(html.contains(r#"href="/login?next=/members/invite""#), "{html}");

    // The new member: the form, a refused password with the reason, then the account.
    let path = link.strip_prefix(&server.base).unwrap().to_string();
    let token = path.strip_prefix("/invite/").unwrap().to_string();
    let (status, html) = page(&server, None, &path).await;
    assert_eq!(status, 200, "{html}");
    assert_eq!(form_action(&html, r#"name="password""#), path);
    assert!(html.contains(r#"autocomplete="new-password""#) && html.contains(r#"minlength="12""#), "{html}");
    assert!(html.contains(r#"name="email""#) && html.contains(r#"type="submit""#), "{html}");
    assert_eq!(alert(&html), "", "{html}");
    let accept = |email: &'static str, password: &'static str| {
        let url = server.url(&path);
        async move {
            client()
                .post(url)
                .header("accept", "text/html")
                .header("sec-fetch-site", "same-origin")
                .form(&[("email", email), ("password", password)])
                .send()
                .await
                .unwrap()
        }
    };
    let r = accept("new@wesley.example.org", "too short").await;
    assert_eq!(r.status(), 303);
    let back = r.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(back, format!("{path}?error=account-error-password-short"));
    let (status, html) = page(&server, None, &back).await;
    assert_eq!(status, 200);
    assert_eq!(alert(&html), "Choose a password of at least 12 characters.", "{html}");
    // Only account messages are taken from the address.
    let (_, html) = page(&server, None, &format!("{path}?error=error-cross-site")).await;
    assert_eq!(alert(&html), "", "{html}");
    let r = accept("new@wesley.example.org", PASSWORD).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/");
    let me = Signed { server: &server, cookie: session_cookie(&r).unwrap().split(';').next().unwrap().to_string() };
    let (_, body) = me.get("/api/accounts/v1/me").await;
    assert_eq!(body["email"], "new@wesley.example.org");
    assert_eq!(body["role"], "worker");

    // No token reaches the server's output.
    let (_, output) = server.stop();
    assert!(!output.contains(&token) && !output.contains(&shown["http://".len()..]), "{output}");
}

#[tokio::test]
async fn organisation_admins_see_their_members_and_take_access_away() {
    let server = network().await;
    let admin = sign_in(&server, "admin@zamzam.example.org").await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let admin_id = admin.get("/api/accounts/v1/me").await.1["id"].as_str().unwrap().to_string();
    let worker_id = worker.get("/api/accounts/v1/me").await.1["id"].as_str().unwrap().to_string();

    // The list (without JavaScript): the organisation's members only; the admin is "you".
    let (status, html) = page(&server, Some(&admin.cookie), "/members").await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("worker@zamzam.example.org") && html.contains("admin@zamzam.example.org"), "{html}");
    assert!(html.contains("This is you.") && html.contains(r#"aria-label="Remove access for worker@zamzam.example.org""#), "{html}");
    assert!(!html.contains("Remove access for admin@zamzam.example.org"), "no button to remove yourself: {html}");
    assert!(!html.contains("wesley.example.org") && !html.contains("highfields.example.org"), "{html}");
    let action = form_action(&html, &format!(r#"value="{worker_id}""#));
    assert!(action.starts_with("/api/"), "{action}");
    let remove = |cookie: String, id: String| {
        let url = server.url(&action);
        async move {
            client()
                .post(url)
                .header("cookie", cookie)
                .header("accept", "application/json")
                .header("sec-fetch-site", "same-origin")
                .form(&[("id", id)])
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };

    // Nobody else may: signed out, a worker, the coordinator, another organisation's admin
    // (who is told nothing about the id), nor the admin themselves.
    assert_eq!(remove(String::new(), worker_id.clone()).await, 401);
    assert_eq!(remove(worker.cookie.clone(), admin_id.clone()).await, 403);
    let coordinator = sign_in(&server, "coordinator@example.org").await;
    assert_eq!(remove(coordinator.cookie.clone(), worker_id.clone()).await, 403);
    let other = sign_in(&server, "admin@wesley.example.org").await;
    assert_eq!(remove(other.cookie.clone(), worker_id.clone()).await, 404);
    assert_eq!(remove(admin.cookie.clone(), admin_id.clone()).await, 400);
    assert_eq!(remove(admin.cookie.clone(), "not-an-id".into()).await, 404);
    assert_eq!(worker.get("/api/accounts/v1/me").await.0, 200, "refused attempts changed nothing");
    let (status, html) = page(&server, Some(&worker.cookie), "/members").await;
    assert_eq!(status, 403);
    assert_eq!(alert(&html), "Only your organisation's admins can see and manage its members.", "{html}");
    let (status, html) = page(&server, None, "/members").await;
    assert_eq!(status, 401);
    assert!(html.contains(r#"href="/login?next=/members""#), "{html}");

    // The admin removes the worker: the session ends at once, signing in fails like a wrong
    // password, invitations nobody used stop working, and the list no longer shows them.
    assert_eq!(remove(admin.cookie.clone(), worker_id.clone()).await, 200);
    assert_eq!(worker.get("/api/accounts/v1/me").await.0, 401);
    let r = login_response(&server, "worker@zamzam.example.org", PASSWORD, None).await;
    assert!(r.headers()["location"].to_str().unwrap().starts_with("/login?error=invalid"), "{:?}", r.headers());
    let (_, html) = page(&server, Some(&admin.cookie), "/members").await;
    assert!(!html.contains("worker@zamzam.example.org"), "{html}");
    assert_eq!(remove(admin.cookie.clone(), worker_id.clone()).await, 404, "already removed");
}

#[tokio::test]
async fn a_removed_admins_unused_invitations_stop_working() {
    let server = network().await;
    let zamzam = sign_in(&server, "admin@zamzam.example.org").await;
    // A second admin, invited by the first, makes an invitation and then leaves.
    let (_, invitation) = zamzam.post("/api/accounts/v1/invitations", json!({ "role": "org-admin" })).await;
    let accept = |path: String, email: &'static str| {
        let url = server.url(&path);
        async move { client().post(url).form(&[("email", email), ("password", PASSWORD)]).send().await.unwrap() }
    };
    let r = accept(invitation["path"].as_str().unwrap().to_string(), "second@zamzam.example.org").await;
    let second = Signed { server: &server, cookie: session_cookie(&r).unwrap().split(';').next().unwrap().to_string() };
    let (_, me) = second.get("/api/accounts/v1/me").await;
    let (_, theirs) = second.post("/api/accounts/v1/invitations", json!({ "role": "worker" })).await;
    let (_, html) = page(&server, Some(&zamzam.cookie), "/members").await;
    let action = form_action(&html, r#"name="id""#);
    let r = client()
        .post(server.url(&action))
        .header("cookie", &zamzam.cookie)
        .header("accept", "application/json")
        .header("sec-fetch-site", "same-origin")
        .form(&[("id", me["id"].as_str().unwrap())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let r = accept(theirs["path"].as_str().unwrap().to_string(), "late@zamzam.example.org").await;
    assert_eq!(r.status(), 303);
    assert!(r.headers()["location"].to_str().unwrap().ends_with("?error=account-error-invitation"), "{:?}", r.headers());
    assert!(session_cookie(&r).is_none());
}
