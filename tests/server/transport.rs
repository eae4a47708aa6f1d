use crate::harness::{TestServer, client};

#[tokio::test]
async fn pages_are_compressed_when_the_client_accepts_it() {
    let s = TestServer::start().await;
    for (accept, expected) in [("br", "br"), ("gzip", "gzip")] {
        let r = client().get(s.url("/")).header("Accept-Encoding", accept).send().await.unwrap();
        assert_eq!(r.status(), 200);
        assert_eq!(r.headers().get("content-encoding").map(|v| v.to_str().unwrap()), Some(expected));
    }
}

#[tokio::test]
async fn oversized_request_bodies_are_refused() {
    let s = TestServer::start().await;
    let big = "x".repeat(200 * 1024);
    let r = client().post(s.url("/language")).body(big).header("content-type", "application/x-www-form-urlencoded").send().await.unwrap();
    assert_eq!(r.status(), 413);
}

#[tokio::test]
async fn logs_carry_no_search_text_and_shutdown_is_graceful() {
    let s = TestServer::start().await;
    let (status, _) = s.text("/?q=Amina+Farah+07700900999").await;
    assert_eq!(status, 200);
    let (exit, output) = s.stop();
    assert!(exit.success(), "SIGTERM stops the server cleanly: {exit:?}\n{output}");
    assert!(output.contains("request"), "requests are logged at debug: {output}");
    assert!(!output.contains("Amina") && !output.contains("07700900999"), "what users type never reaches the log");
}
