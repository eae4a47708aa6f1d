//! HTTP defences: where a sign-in or a language choice may send someone back to, the headers on
//! every response (a Content-Security-Policy that lets only the app's own scripts run), and
//! slow clients.

use std::{
    io::{Read, Write},
    time::{Duration, Instant},
};

use crate::{
    harness::{TestServer, client, page_scripts},
    network::*,
};

/// Return addresses that must never lead off the site, as a form posts them (raw).
const TRICKS: [&str; 12] = [
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "https://evil.example/",
    "/%2F/evil.example",
    "/%09/evil.example",
    "/x\u{0}y",
    "/x\u{7f}y",
    "javascript:alert(1)",
];

#[tokio::test]
async fn signing_in_never_sends_anyone_to_another_site_and_never_fails_on_control_characters() {
    let server = network().await;
    for next in TRICKS {
        let r = client()
            .post(server.url("/login"))
            .form(&[("email", "worker@zamzam.example.org"), ("password", PASSWORD), ("next", next)])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 303, "{next:?}");
        assert_eq!(r.headers()["location"], "/", "{next:?}");
        // And from the language switcher.
        let r = client().post(server.url("/language")).form(&[("locale", "ar"), ("next", next)]).send().await.unwrap();
        assert_eq!((r.status().as_u16(), r.headers()["location"].to_str().unwrap()), (303, "/"), "{next:?}");
    }
    // A local path, even one with words in other scripts, is where they go back to.
    let r = client().post(server.url("/language")).form(&[("locale", "gu"), ("next", "/?q=ખોરાક")]).send().await.unwrap();
    assert_eq!(r.headers()["location"], "/?q=%E0%AA%96%E0%AB%8B%E0%AA%B0%E0%AA%BE%E0%AA%95");
    // The sign-in page never puts a foreign address in its form either.
    let (status, html) = page(&server, None, "/login?next=%2F%09%2Fevil.example").await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"name="next" value="/""#), "{html}");
}

fn header<'a>(r: &'a reqwest::Response, name: &str) -> &'a str {
    r.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
}

#[tokio::test]
async fn every_response_carries_the_defences_and_pages_allow_only_their_own_scripts() {
    let server = TestServer::start().await;
    for path in ["/", "/shell", "/healthz", "/api/referrals/v1/sent", "/sw.js", "/manifest.webmanifest", "/favicon.svg", "/no/such/page"] {
        let r = server.get(path).await;
        assert_eq!(header(&r, "x-content-type-options"), "nosniff", "{path}");
        assert_eq!(header(&r, "referrer-policy"), "same-origin", "{path}");
        assert_eq!(header(&r, "x-frame-options"), "DENY", "{path}");
        assert!(header(&r, "permissions-policy").contains("camera=()"), "{path}");
        let csp = header(&r, "content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self' 'wasm-unsafe-eval'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"), "{path}: {csp}");
        assert!(r.headers().get("strict-transport-security").is_none(), "plain http: no HSTS");
    }
    // A page rendered for its request: a fresh nonce each time, and every inline script in it
    // carries that nonce.
    let nonce_of = |csp: &str| csp.split("'nonce-").nth(1).and_then(|rest| rest.split('\'').next()).map(str::to_string);
    let r = server.get("/outbox").await;
    let nonce = nonce_of(header(&r, "content-security-policy")).expect("pages have a nonce");
    let html = r.text().await.unwrap();
    assert!(!page_scripts(&html).is_empty(), "{html}");
    for (attrs, _) in page_scripts(&html) {
        assert!(attrs.contains(&format!(r#"nonce="{nonce}""#)), "a script without the nonce: <script{attrs}>");
    }
    let again = nonce_of(header(&server.get("/outbox").await, "content-security-policy")).unwrap();
    assert_ne!(nonce, again, "one nonce per response");
    // A page kept for its minute (src/server/page_cache.rs) is the same bytes for everyone: its
    // policy allows exactly its scripts, by their hashes, and no nonce.
    for _ in 0..2 {
        let r = server.get("/").await;
        let csp = header(&r, "content-security-policy").to_string();
        assert!(!csp.contains("nonce"), "{csp}");
        let html = r.text().await.unwrap();
        let scripts = page_scripts(&html);
        assert!(scripts.len() >= 2, "{html}");
        assert_eq!(csp.matches("'sha256-").count(), scripts.len(), "{csp}");
        for (_, text) in scripts {
            assert!(csp.contains(&signpost::server::security::script_hash(&text)), "a script the policy does not allow: {text}");
        }
    }
    // The offline shell is a fixed document: its one script is allowed by its hash.
    let r = server.get("/shell").await;
    let csp = header(&r, "content-security-policy").to_string();
    let html = r.text().await.unwrap();
    let start = html.find("<script type=\"module\">").expect("the loader") + "<script type=\"module\">".len();
    let script = &html[start..start + html[start..].find("</script>").unwrap()];
    assert!(csp.contains(&signpost::server::security::script_hash(script)), "{csp}");
    assert!(!csp.contains("nonce"), "{csp}");
}

/// A browser loads a page's icons while the next page is being rendered. Leptos's file handler
/// once took the reactive owner a page render had left on the thread as its own parent, and
/// with it that page's response headers: the page went out with no nonce in its policy, so its
/// scripts were refused and it never started (seen about once in 30 sign-ins in Chromium).
#[tokio::test]
async fn pages_keep_their_own_headers_while_files_are_served_alongside() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    std::fs::create_dir_all(site.join("icons")).unwrap();
    std::fs::copy("public/favicon.svg", site.join("favicon.svg")).unwrap();
    std::fs::copy("public/icons/icon-192.png", site.join("icons/icon-192.png")).unwrap();
    let server = TestServer::start_in(dir).await;
    let nonce_of = |csp: &str| csp.split("'nonce-").nth(1).and_then(|rest| rest.split('\'').next()).map(str::to_string);
    let mut tasks = tokio::task::JoinSet::new();
    for round in 0..300 {
        // A new address each time: rendered, not a copy of a page kept for the minute.
        let page = server.url(&if round % 2 == 0 { format!("/?round={round}") } else { "/login".to_string() });
        tasks.spawn(async move {
            let r = client().get(&page).send().await.unwrap();
            let csp = header(&r, "content-security-policy").to_string();
            let html = r.text().await.unwrap();
            (page, csp, html)
        });
        for file in ["/favicon.svg", "/icons/icon-192.png"] {
            let url = server.url(file);
            tasks.spawn(async move {
                let r = client().get(&url).send().await.unwrap();
                assert_eq!(r.status(), 200, "{url}");
                (url, String::new(), String::new())
            });
        }
        if tasks.len() >= 24 {
            while let Some(done) = tasks.join_next().await {
                let (url, csp, html) = done.unwrap();
                if html.is_empty() {
                    continue;
                }
                // Its scripts run: by the render's nonce (sign-in), or by their hashes (a page
                // kept for the minute is sent with those, src/server/page_cache.rs).
                for (attrs, text) in page_scripts(&html) {
                    let by_nonce = nonce_of(&csp).is_some_and(|nonce| attrs.contains(&format!(r#"nonce="{nonce}""#)));
                    let by_hash = csp.contains(&signpost::server::security::script_hash(&text));
                    assert!(by_nonce || by_hash, "{url} went out with a script its policy refuses: {csp}");
                }
            }
        }
    }
}

#[tokio::test]
async fn over_https_browsers_are_told_to_stay_on_https() {
    let server = TestServer::start_with(tempfile::tempdir().unwrap(), &[("SIGNPOST_SECURE_COOKIES", "true")]).await;
    let r = server.get("/").await;
    assert_eq!(header(&r, "strict-transport-security"), "max-age=31536000");
}

#[tokio::test]
async fn a_client_that_never_finishes_its_request_is_cut_off() {
    let server = TestServer::start().await;
    let addr = server.base.trim_start_matches("http://").to_string();
    let started = Instant::now();
    let handle = std::thread::spawn(move || {
        let mut stream = std::net::TcpStream::connect(addr).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        // Half a request line, then nothing: a slow client holding a connection.
        stream.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").unwrap();
        let mut buf = [0u8; 1024];
        let mut got = vec![];
        while let Ok(n) = stream.read(&mut buf) {
            if n == 0 {
                break;
            }
            got.extend_from_slice(&buf[..n]);
        }
        got
    });
    let got = tokio::task::spawn_blocking(move || handle.join().unwrap()).await.unwrap();
    let waited = started.elapsed();
    // Closed by the server (with or without a 408), well before the client's own 30 seconds.
    assert!(waited < Duration::from_secs(25), "held for {waited:?}");
    let text = String::from_utf8_lossy(&got);
    assert!(text.is_empty() || text.starts_with("HTTP/1.1 408"), "{text}");
    // Everyone else is served meanwhile and after.
    assert_eq!(server.get("/healthz").await.status(), 200);
}
