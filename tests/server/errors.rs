use crate::harness::{TestServer, client};

#[tokio::test]
async fn unknown_service_or_organisation_is_a_localised_404() {
    let s = TestServer::start().await;
    for path in [
        "/services/00000000-0000-0000-0000-000000000000",
        "/services/not-a-uuid",
        "/organisations/00000000-0000-0000-0000-000000000000",
        "/no/such/page",
    ] {
        let (status, html) = s.text(path).await;
        assert_eq!(status, 404, "{path}");
        assert!(html.contains("Page not found"), "{path}");
    }
    let r = client()
        .get(s.url("/services/00000000-0000-0000-0000-000000000000"))
        .header("Accept-Language", "ar")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    let html = r.text().await.unwrap().replace("<!>", "");
    assert!(html.contains(r#"<html lang="ar" dir="rtl""#));
    assert!(html.contains("الصفحة غير موجودة"));
}

#[tokio::test]
async fn malformed_query_parameters_are_ignored_and_never_reflected_unescaped() {
    let s = TestServer::start().await;
    // Each is ignored: the page is the whole directory, as with no parameters at all.
    let (_, plain) = s.text("/").await;
    let listed = |html: &str| html.matches("card-title").count();
    for path in [
        "/?age=abc&need=unicorns&page=-4&free=maybe",
        "/?q=%FF%FE",
        "/?age=99999999999999999999",
        "/?page=100000",
        "/?language=%3Cscript%3E",
        "/?area=",
    ] {
        let (status, html) = s.text(path).await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(listed(&html), listed(&plain), "{path}: the parameter was ignored");
    }
    // What was typed is shown back escaped, never as markup.
    let (status, html) = s.text("/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").await;
    assert_eq!(status, 200);
    assert!(!html.contains("<script>alert(1)"), "reflected as markup");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown back, escaped");
    // Repeated parameters: the last one counts, nothing breaks.
    let (status, html) = s.text("/?q=zzzzzz&q=laptop").await;
    assert_eq!(status, 200);
    assert!(html.contains("Laptop Loans"), "{html}");
    // An over-long search is cut, not refused.
    let long = "x".repeat(5000);
    let (status, _) = s.text(&format!("/?q={long}")).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn malformed_server_function_calls_are_refused_not_crashed() {
    let s = TestServer::start().await;
    let (status, _) = s.text("/api/service?nonsense=1").await;
    assert!((400..500).contains(&status), "{status}");
    let (status, _) = s.text("/api/service?id=not-a-uuid").await;
    assert!((400..500).contains(&status), "{status}");
    let (status, _) = s.text("/healthz").await;
    assert_eq!(status, 200, "still serving");
}
