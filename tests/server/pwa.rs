//! The installable app: manifest, service worker, shell and locale files.

use crate::harness::{TestServer, client, command};

#[tokio::test]
async fn the_manifest_makes_the_app_installable() {
    let s = TestServer::start().await;
    let r = client().get(s.url("/manifest.webmanifest")).header("Accept-Language", "ar").send().await.unwrap();
    assert_eq!(r.headers()["content-type"], "application/manifest+json");
    let m: serde_json::Value = serde_json::from_str(&r.text().await.unwrap()).unwrap();
    assert_eq!(m["display"], "standalone");
    assert_eq!(m["start_url"], "/");
    assert_eq!(m["scope"], "/");
    assert_eq!(m["lang"], "ar");
    assert_eq!(m["dir"], "rtl");
    assert!(m["description"].as_str().unwrap().contains("ليستر"), "in the user's language");
    let icons = m["icons"].as_array().unwrap();
    for (size, purpose) in [("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")] {
        let icon = icons.iter().find(|i| i["sizes"] == size && i["purpose"] == purpose).expect(size);
        let path = icon["src"].as_str().unwrap();
        assert!(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public").join(&path[1..]).exists(), "{path}");
    }
}

#[tokio::test]
async fn the_service_worker_lists_what_it_caches_and_is_always_revalidated() {
    let s = TestServer::start().await;
    let r = s.get("/sw.js").await;
    assert_eq!(r.headers()["cache-control"], "no-cache");
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/javascript"));
    let sw = r.text().await.unwrap();
    assert!(!sw.contains("__VERSION__") && !sw.contains("__PRECACHE__"), "template filled in");
    for url in ["\"/shell\"", "\"/manifest.webmanifest\"", "\"/locales/ar.ftl\"", "\"/locales/gu.ftl\"", "\"/icons/icon-512.png\"", ".wasm\"", ".js\"", ".css\""] {
        assert!(sw.contains(url), "precaches {url}");
    }
}

#[tokio::test]
async fn a_new_release_is_a_new_service_worker() {
    let a = TestServer::start().await;
    let sw_a = a.text("/sw.js").await.1;
    let dir = tempfile::tempdir().unwrap();
    let b = TestServer::start_with(dir, &[("SIGNPOST_RELEASE", "next")]).await;
    let sw_b = b.text("/sw.js").await.1;
    assert_ne!(sw_a, sw_b);
    let version = |sw: &str| sw.split("const VERSION = \"").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert_ne!(version(&sw_a), version(&sw_b));
}

#[tokio::test]
async fn the_shell_is_a_page_without_data_that_loads_the_app() {
    let s = TestServer::start().await;
    let (status, html) = s.text("/shell").await;
    assert_eq!(status, 200);
    assert!(html.contains("data-shell"), "marked as the shell");
    assert!(html.contains(r#"rel="manifest""#));
    assert!(html.contains("/pkg/signpost"), "loads the app");
    assert!(!html.contains("Wesley Hall"), "carries no data");
}

#[tokio::test]
async fn locale_files_are_served_for_switching_language_offline() {
    let s = TestServer::start().await;
    let (status, ftl) = s.text("/locales/ar.ftl").await;
    assert_eq!(status, 200);
    assert!(ftl.contains("search-title = ابحث عن خدمة"));
    assert_eq!(s.text("/locales/xx.ftl").await.0, 404);
    assert_eq!(s.text("/locales/ar").await.0, 404);
}

#[test]
fn a_server_whose_bundle_files_are_missing_refuses_to_start() {
    // A hash list (from this build or another clone's) naming files the site directory lacks:
    // the service worker would precache files that do not exist and never install.
    let dir = tempfile::tempdir().unwrap();
    let out = command(dir.path())
        .env("LEPTOS_HASH_FILES", "true")
        .env("LEPTOS_SITE_ADDR", "127.0.0.1:0")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("the bundle's hash list"), "{stderr}");
    assert!(stderr.contains("make build-release"), "says what to do: {stderr}");
}
