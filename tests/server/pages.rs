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
