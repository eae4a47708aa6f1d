use crate::harness::{TestServer, demo_organisation, demo_service};

#[tokio::test]
async fn health_check_answers() {
    let s = TestServer::start().await;
    let (status, body) = s.text("/healthz").await;
    assert_eq!((status, body.as_str()), (200, "ok"));
}

#[tokio::test]
async fn home_lists_the_demo_directory_with_a_demo_notice() {
    let s = TestServer::start().await;
    let (status, html) = s.text("/").await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"<html lang="en-GB" dir="ltr""#), "{}", &html[..300]);
    assert!(html.contains("Demo data:"), "the demo notice is visible");
    assert!(html.contains("37 services"));
    // First page of 20, by name; the pager leads on.
    assert!(html.contains("After-school Club and Homework Help"));
    assert!(html.contains("Page 1 of 2"));
    assert!(html.contains(r#"href="/?page=2" rel="next""#));
    // Hydration scripts and the locale's messages travel with the page.
    assert!(html.contains("signpost-l10n"));
    assert!(html.contains("/pkg/signpost"));
}

#[tokio::test]
async fn service_page_shows_how_to_get_help() {
    let s = TestServer::start().await;
    let (status, html) = s.text(&format!("/services/{}", demo_service("wesley-hall-food-bank"))).await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"<h1 dir="auto">Wesley Hall Food Bank</h1>"#));
    assert!(html.contains(r#"href="tel:01164960102""#), "tap to call");
    assert!(html.contains(r#"href="mailto:foodbank@wesleyhall.example.org""#), "email link");
    assert!(html.contains("Tuesday") && html.contains("10:00–12:30"), "opening hours");
    assert!(html.contains("Christmas and New Year"), "closures");
    assert!(html.contains("openstreetmap.org/?mlat=52.63170") && html.contains("mlon=-1.11040"), "map link");
    assert!(html.contains("Last checked by the organisation: 14 October 2026"));
    assert!(html.contains(&format!("/organisations/{}", demo_organisation("wesley-hall"))));
    assert!(html.contains("Gujarati") && html.contains("Somali"), "languages by name");
}

#[tokio::test]
async fn mobile_numbers_get_a_text_link() {
    let s = TestServer::start().await;
    let (_, html) = s.text(&format!("/services/{}", demo_service("zamzam-family-support"))).await;
    assert!(html.contains(r#"href="sms:07700900132""#));
    assert!(!html.contains(r#"href="sms:01164960132""#), "landlines get no SMS link");
}

#[tokio::test]
async fn organisation_page_lists_its_services() {
    let s = TestServer::start().await;
    let (status, html) = s.text(&format!("/organisations/{}", demo_organisation("the-ebb"))).await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"<h1 dir="auto">The Ebb</h1>"#));
    assert!(html.contains("3 services"));
    for name in ["Families Support Group", "Prison Visits Help", "Children with a Parent in Prison"] {
        assert!(html.contains(name), "{name}");
    }
}

/// A page and the nonce its policy names.
async fn page_and_nonce(s: &TestServer, path: &str, headers: &[(&str, &str)]) -> (u16, String, String) {
    let mut request = crate::harness::client().get(s.url(path));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let r = request.send().await.unwrap();
    let csp = r.headers()["content-security-policy"].to_str().unwrap().to_string();
    let nonce = csp.split("'nonce-").nth(1).and_then(|rest| rest.split('\'').next()).expect("a page's nonce").to_string();
    (r.status().as_u16(), nonce, r.text().await.unwrap())
}

/// The directory's pages are kept for the minute they were made in (src/server/page_cache.rs;
/// that a change to the directory shows at once is `listings::a_change_waits_for_…`): asked for
/// again, a page is the same page, under a nonce of its own that every script carries, in the
/// language each request asks for, the not-found page included.
#[tokio::test]
async fn a_page_asked_for_again_is_the_same_page_under_its_own_nonce_in_the_language_asked_for() {
    let s = TestServer::start().await;
    let service = format!("/services/{}", demo_service("wesley-hall-food-bank"));
    let organisation = format!("/organisations/{}", demo_organisation("the-ebb"));
    for path in ["/?q=food", "/", service.as_str(), organisation.as_str(), "/services/no-such-service"] {
        let (status, nonce, html) = page_and_nonce(&s, path, &[]).await;
        assert_eq!(status, if path.contains("no-such") { 404 } else { 200 }, "{path}");
        assert!(html.contains(r#"<html lang="en-GB" dir="ltr""#), "{path}");
        let scripts = html.matches("<script").count() - html.matches(r#"<script type="application/json""#).count();
        assert!(scripts >= 2 && html.matches(&format!(r#"nonce="{nonce}""#)).count() == scripts, "{path}: every script carries the page's nonce");
        for _ in 0..2 {
            let (again_status, again_nonce, again) = page_and_nonce(&s, path, &[]).await;
            assert_eq!(again_status, status, "{path}");
            assert_ne!(again_nonce, nonce, "{path}: a nonce of its own");
            assert!(!again.contains(&nonce), "{path}: nothing of the first nonce left");
            assert_eq!(again.replace(&again_nonce, "NONCE"), html.replace(&nonce, "NONCE"), "{path}: the same page");
        }
        // Other languages, by cookie and by the browser's preference, get their own page.
        let (_, _, polish) = page_and_nonce(&s, path, &[("cookie", "signpost-locale=pl")]).await;
        assert!(polish.contains(r#"<html lang="pl" dir="ltr""#), "{path}");
        let (_, _, arabic) = page_and_nonce(&s, path, &[("accept-language", "ar,en;q=0.5")]).await;
        assert!(arabic.contains(r#"<html lang="ar" dir="rtl""#), "{path}");
        let (_, _, english) = page_and_nonce(&s, path, &[]).await;
        assert!(english.contains(r#"<html lang="en-GB" dir="ltr""#), "{path}");
    }
}
