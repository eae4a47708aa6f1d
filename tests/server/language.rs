use crate::harness::{TestServer, client, demo_service};

#[tokio::test]
async fn accept_language_picks_the_first_page_language() {
    let s = TestServer::start().await;
    let html = client().get(s.url("/")).header("Accept-Language", "gu-IN,gu;q=0.9,en;q=0.5").send().await.unwrap().text().await.unwrap().replace("<!>", "");
    assert!(html.contains(r#"<html lang="gu" dir="ltr""#));
    assert!(html.contains("સેવા શોધો"), "Gujarati heading");
    assert!(html.contains("મશીન"), "machine-draft notice in Gujarati");
}

#[tokio::test]
async fn choosing_a_language_keeps_it_in_a_cookie_and_returns_to_the_page() {
    let s = TestServer::start().await;
    let page = format!("/services/{}", demo_service("zamzam-family-support"));
    let r = client()
        .post(s.url("/language"))
        .form(&[("locale", "ar"), ("next", page.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], page.as_str());
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("signpost-locale=ar;"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax") && cookie.contains("Path=/"));

    let html = client()
        .get(s.url(&page))
        .header("Cookie", "signpost-locale=ar")
        .header("Accept-Language", "en-GB")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
        .replace("<!>", "");
    assert!(html.contains(r#"<html lang="ar" dir="rtl""#), "the cookie beats Accept-Language");
    assert!(html.contains("الصومالية"), "language names in Arabic");
}

#[tokio::test]
async fn the_language_form_only_returns_to_local_pages() {
    let s = TestServer::start().await;
    for next in ["//evil.example/", "https://evil.example/", "/\\evil.example"] {
        let r = client().post(s.url("/language")).form(&[("locale", "gu"), ("next", next)]).send().await.unwrap();
        assert_eq!(r.headers()["location"], "/", "{next}");
    }
    let r = client().post(s.url("/language")).form(&[("locale", "xx"), ("next", "/")]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert!(r.headers().get("set-cookie").is_none(), "unknown locales are not stored");
}
