//! A small network of accounts on a test server, and what the tests do as its members: sign in,
//! push referrals as the phone does, and call the inbox and members server functions as the
//! pages do (the only way to do those things).

use serde_json::{Value, json};

use crate::harness::{TestServer, client, command, demo_organisation, demo_service};

pub const PASSWORD: &str = "correct horse battery staple";

/// Adds an account through the CLI (as an operator would).
pub fn add_user(server: &TestServer, email: &str, org: &str, role: &str) {
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

/// The network: a worker and an admin at ZamZam (referrers), an admin at Wesley Hall (receives
/// the food bank's referrals), a worker at Highfields and an admin at Socopa (neither involved),
/// and a coordinator.
pub async fn network() -> TestServer {
    network_with(&[]).await
}

/// [`network`] on a server with extra settings.
pub async fn network_with(env: &[(&str, &str)]) -> TestServer {
    let server = TestServer::start_with(tempfile::tempdir().unwrap(), env).await;
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

pub async fn login_response(server: &TestServer, email: &str, password: &str, cookie: Option<&str>) -> reqwest::Response {
    let mut req = client().post(server.url("/login")).form(&[("email", email), ("password", password), ("next", "/")]);
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    req.send().await.unwrap()
}

/// The `name=value` of a cookie the response sets, if it sets it.
pub fn set_cookie(r: &reqwest::Response, name: &str) -> Option<String> {
    r.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(str::to_string)
}

pub fn session_cookie(r: &reqwest::Response) -> Option<String> {
    set_cookie(r, "signpost-session")
}

/// A signed-in client: the session cookie, sent by hand.
pub struct Signed<'a> {
    pub server: &'a TestServer,
    pub cookie: String,
}

pub async fn sign_in<'a>(server: &'a TestServer, email: &str) -> Signed<'a> {
    let r = login_response(server, email, PASSWORD, None).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/");
    let cookie = session_cookie(&r).expect("a session cookie");
    Signed { server, cookie: cookie.split(';').next().unwrap().to_string() }
}

/// Status and body (JSON, or `Null` when the body is not JSON).
async fn reply(r: reqwest::Response) -> (u16, Value) {
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

impl Signed<'_> {
    pub async fn get(&self, path: &str) -> (u16, Value) {
        reply(client().get(self.server.url(path)).header("cookie", &self.cookie).send().await.unwrap()).await
    }

    /// A JSON POST, as the phone makes them (from this site).
    pub async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        let r = client()
            .post(self.server.url(path))
            .header("cookie", &self.cookie)
            .header("sec-fetch-site", "same-origin")
            .json(&body)
            .send()
            .await
            .unwrap();
        reply(r).await
    }

    /// A server function posted as the app does with JavaScript: a urlencoded form, answered
    /// with JSON.
    pub async fn call(&self, function: &str, form: &[(&str, &str)]) -> (u16, Value) {
        let r = client()
            .post(self.server.url(&format!("/api/{function}")))
            .header("cookie", &self.cookie)
            .header("accept", "application/json")
            .header("sec-fetch-site", "same-origin")
            .form(form)
            .send()
            .await
            .unwrap();
        reply(r).await
    }

    pub async fn push(&self, referrals: Vec<Value>) -> (u16, Value) {
        self.post("/api/referrals/v1/push", json!({ "referrals": referrals })).await
    }

    pub async fn inbox(&self) -> (u16, Value) {
        self.get("/api/inbox").await
    }

    pub async fn detail(&self, id: &str) -> (u16, Value) {
        self.get(&format!("/api/inbox-referral?id={id}")).await
    }

    /// Moves a referral on: `seen`, `accept`, `decline` (with `reason`) or `close` (with `outcome`).
    pub async fn act(&self, id: &str, action: &str, extra: &[(&str, &str)]) -> (u16, Value) {
        let mut form = vec![("id", id), ("action", action)];
        form.extend_from_slice(extra);
        self.call("inbox-status", &form).await
    }

    pub async fn note(&self, id: &str, body: &str) -> (u16, Value) {
        self.call("inbox-note", &[("id", id), ("body", body)]).await
    }

    /// A new invitation link (the members page's server function).
    pub async fn invite(&self, role: &str) -> (u16, Value) {
        self.call("create-invitation", &[("role", role)]).await
    }

    pub async fn me(&self) -> (u16, Value) {
        self.get("/api/accounts/v1/me").await
    }
}

pub fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64
}

/// The version of the consent statement in `locale`, as the server offers it by default.
pub fn statement_version(locale: &str) -> String {
    let info = signpost::i18n::find(locale).unwrap();
    signpost::referrals::consent::version(&signpost::i18n::server::localizer(info), 365)
}

/// A referral as the phone sends it, its consent statement read in Arabic.
pub fn referral(id: &str, service: &str) -> Value {
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
        "consent": { "version": 2, "statement": statement_version("ar"), "language": "ar", "given_at_ms": now_ms() }
    })
}

pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// A page as a browser without JavaScript gets it: status and HTML (hydration markers removed).
pub async fn page(server: &TestServer, cookie: Option<&str>, path: &str) -> (u16, String) {
    let mut req = client().get(server.url(path)).header("accept", "text/html");
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    let r = req.send().await.unwrap();
    (r.status().as_u16(), crate::harness::strip_markers(&r.text().await.unwrap()))
}

/// The `action` attribute of the form that holds `marker` (e.g. one of its hidden inputs).
pub fn form_action(html: &str, marker: &str) -> String {
    let at = html.find(marker).unwrap_or_else(|| panic!("no {marker} in {html}"));
    let form = html[..at].rfind("<form").expect("the marker is inside a form");
    let tag = &html[form..form + html[form..].find('>').unwrap()];
    let (_, rest) = tag.split_once("action=\"").expect("the form has an action");
    rest[..rest.find('"').unwrap()].replace("&amp;", "&")
}

/// The text of the first element with `role="alert"` (up to its first child element).
pub fn alert(html: &str) -> &str {
    let Some(at) = html.find(r#"role="alert""#) else { return "" };
    let start = at + html[at..].find('>').unwrap() + 1;
    &html[start..start + html[start..].find('<').unwrap()]
}

/// The `value` of the `<input>` with this `id`.
pub fn input_value<'a>(html: &'a str, id: &str) -> Option<&'a str> {
    let at = html.find(&format!(r#"id="{id}""#))?;
    let start = html[..at].rfind("<input")?;
    let tag = &html[start..start + html[start..].find('>')?];
    let (_, rest) = tag.split_once(r#"value=""#)?;
    Some(&rest[..rest.find('"')?])
}

/// A plain form post, as a browser without JavaScript makes it from `referer` on this site.
pub async fn form_post(server: &TestServer, cookie: &str, action: &str, referer: &str, form: &[(&str, &str)]) -> reqwest::Response {
    client()
        .post(server.url(action))
        .header("cookie", cookie)
        .header("accept", "text/html,application/xhtml+xml")
        .header("sec-fetch-site", "same-origin")
        .header("referer", server.url(referer))
        .form(form)
        .send()
        .await
        .unwrap()
}
