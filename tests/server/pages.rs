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

/// A page: its status, headers and body.
async fn page_with(s: &TestServer, path: &str, headers: &[(&str, &str)]) -> (u16, reqwest::header::HeaderMap, Vec<u8>) {
    let mut request = crate::harness::client().get(s.url(path));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let r = request.send().await.unwrap();
    (r.status().as_u16(), r.headers().clone(), r.bytes().await.unwrap().to_vec())
}

/// The directory's pages are kept for the minute they were made in (src/server/page_cache.rs;
/// that a change to the directory shows at once is `listings::a_change_waits_for_…`): asked for
/// again, a page is the same bytes, allowed to run its scripts by their hashes, compressed in
/// the encoding asked for, 304 for a browser that has it, in the language each request asks for,
/// the not-found page included.
#[tokio::test]
async fn a_page_asked_for_again_is_the_same_page_in_the_language_and_encoding_asked_for() {
    let s = TestServer::start().await;
    let service = format!("/services/{}", demo_service("wesley-hall-food-bank"));
    let organisation = format!("/organisations/{}", demo_organisation("the-ebb"));
    for path in ["/?q=food", "/", service.as_str(), organisation.as_str(), "/services/no-such-service"] {
        // A page is kept for the minute it was made in: checked again if the clock turned a
        // minute while asking (the next minute's page says "open now" for that minute).
        while !same_page_all_minute(&s, path).await {}
    }
}

/// The checks above for one page; false when a new minute began while they ran (so the
/// server may rightly have made the page again), and nothing can be told.
async fn same_page_all_minute(s: &TestServer, path: &str) -> bool {
    let minute = || std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() / 60;
    let started = minute();
    let found = !path.contains("no-such");
    let (status, headers, body) = page_with(s, path, &[]).await;
    assert_eq!(status, if found { 200 } else { 404 }, "{path}");
    let html = String::from_utf8(body.clone()).unwrap();
    assert!(html.contains(r#"<html lang="en-GB" dir="ltr""#), "{path}");
    let csp = headers["content-security-policy"].to_str().unwrap();
    for (_, text) in crate::harness::page_scripts(&html) {
        assert!(csp.contains(&signpost::server::security::script_hash(&text)), "{path}: {csp}");
    }
    let mut again = Vec::new();
    for _ in 0..2 {
        let (again_status, again_headers, again_body) = page_with(s, path, &[]).await;
        again.push((again_status, again_headers["content-security-policy"].clone(), again_headers["etag"].clone(), again_body));
    }
    // Compressed in the encoding asked for; a browser that has the page is told so.
    let (_, br, compressed) = page_with(s, path, &[("accept-encoding", "gzip, deflate, br")]).await;
    assert_eq!(br["content-encoding"], "br", "{path}");
    assert!(compressed.len() * 3 < body.len(), "{path}: {} of {} bytes", compressed.len(), body.len());
    let etag = headers["etag"].to_str().unwrap();
    let (revalidated, _, nothing) = page_with(s, path, &[("if-none-match", etag)]).await;
    // Other languages, by cookie and by the browser's preference, get their own page.
    let (_, _, polish) = page_with(s, path, &[("cookie", "signpost-locale=pl")]).await;
    assert!(String::from_utf8(polish).unwrap().contains(r#"<html lang="pl" dir="ltr""#), "{path}");
    let (_, _, arabic) = page_with(s, path, &[("accept-language", "ar,en;q=0.5")]).await;
    assert!(String::from_utf8(arabic).unwrap().contains(r#"<html lang="ar" dir="rtl""#), "{path}");
    let (_, _, english) = page_with(s, path, &[]).await;
    if minute() != started {
        return false;
    }
    for (again_status, again_csp, again_etag, again_body) in again {
        assert_eq!((again_status, &again_csp, &again_etag), (status, &headers["content-security-policy"], &headers["etag"]), "{path}");
        assert!(again_body == body, "{path}: the same page");
    }
    assert_eq!((revalidated, nothing.len()), (if found { 304 } else { 404 }, if found { 0 } else { body.len() }), "{path}");
    assert!(english == body, "{path}");
    true
}

/// How to get help lists each way a service takes people, by appointment included (#12).
#[tokio::test]
async fn a_service_seen_by_appointment_says_so() {
    let s = TestServer::start().await;
    let (_, advice) = s.text(&format!("/services/{}", demo_service("lc-housing-benefits-advice"))).await;
    let advice = crate::harness::strip_markers(&advice);
    for way in ["Help by phone", "A worker, school or GP can refer", "Contact them yourself", "By appointment"] {
        assert!(advice.contains(&format!("<li>{way}</li>")), "{way}");
    }
    let (_, food_bank) = s.text(&format!("/services/{}", demo_service("wesley-hall-food-bank"))).await;
    assert!(!crate::harness::strip_markers(&food_bank).contains("<li>By appointment</li>"));
}
