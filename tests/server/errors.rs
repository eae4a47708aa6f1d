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
async fn malformed_query_parameters_never_break_a_page() {
    let s = TestServer::start().await;
    for path in [
        "/?age=abc&need=unicorns&page=-4&free=maybe",
        "/?q=%FF%FE",
        "/?age=99999999999999999999",
        "/?q=a&q=b&q=c",
        "/?page=100000",
        "/?language=%3Cscript%3E",
    ] {
        let (status, html) = s.text(path).await;
        assert!(status == 200 || status == 400, "{path}: {status}");
        assert!(!html.contains("<script>alert"), "{path}");
    }
    let long = "x".repeat(5000);
    let (status, _) = s.text(&format!("/?q={long}")).await;
    assert!(status == 200 || status == 400 || status == 414, "{status}");
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
