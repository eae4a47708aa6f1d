use crate::harness::TestServer;

fn names(html: &str) -> Vec<String> {
    // Each result's name is the link inside its card title (`<h3 class="card-title" …><a href="…">Name</a>`).
    html.split("card-title")
        .skip(1)
        .filter_map(|part| part.split_once("<a href=\"")?.1.split_once("\">")?.1.split_once("</a>").map(|(n, _)| n.to_string()))
        .collect()
}

#[tokio::test]
async fn searching_by_words_ranks_names_first_and_tolerates_a_typo() {
    let s = TestServer::start().await;
    let (_, html) = s.text("/?q=laptop").await;
    assert_eq!(names(&html).first().map(String::as_str), Some("Laptop Loans"));
    let (_, html) = s.text("/?q=laptpo").await;
    assert_eq!(names(&html).first().map(String::as_str), Some("Laptop Loans"), "one typo");
    let (_, html) = s.text("/?q=food+bank").await;
    assert_eq!(names(&html).first().map(String::as_str), Some("Wesley Hall Food Bank"));
}

#[tokio::test]
async fn filters_narrow_the_list() {
    let s = TestServer::start().await;
    let (_, html) = s.text("/?need=prisoners-families").await;
    let found = names(&html);
    assert_eq!(found.len(), 3, "{found:?}");
    let (_, html) = s.text("/?language=so&age=17").await;
    let found = names(&html);
    assert!(found.iter().any(|n| n == "Podcast Workshop for Young People"), "{found:?}");
    assert!(!found.iter().any(|n| n == "Understanding Somali Culture"), "18+ only: {found:?}");
    let (_, html) = s.text("/?need=food&free=1&referrals=1").await;
    let found = names(&html);
    assert!(found.contains(&"Wesley Hall Food Bank".to_string()));
    assert!(!found.contains(&"Warm Space and Community Lunch".to_string()), "does not take referrals");
    // The filter controls reflect the search (works without JavaScript).
    assert!(html.contains(r#"<option value="food" selected"#));
    assert!(html.contains(r#"name="free" value="1" checked"#));
}

#[tokio::test]
async fn searching_in_another_language_finds_needs_by_their_translated_names() {
    let s = TestServer::start().await;
    // Gujarati "ખોરાક" (food).
    let (_, html) = s.text("/?q=%E0%AA%96%E0%AB%8B%E0%AA%B0%E0%AA%BE%E0%AA%95").await;
    let found = names(&html);
    assert!(found.contains(&"Wesley Hall Food Bank".to_string()), "{found:?}");
}

#[tokio::test]
async fn area_filter_includes_city_wide_services() {
    let s = TestServer::start().await;
    let (_, html) = s.text("/?area=Highfields").await;
    let found = names(&html);
    assert!(found.contains(&"Holiday Hunger Lunches".to_string()));
    assert!(found.contains(&"Housing and Benefits Advice for 16–25s".to_string()), "city-wide: {found:?}");
    assert!(!found.contains(&"Open Access Play".to_string()), "Woodgate is elsewhere");
}

/// `/api/search` with the given free text (the server function's own argument format).
fn api_search(text: &str) -> String {
    let text: String = url_encode(text);
    format!("/api/search?query%5Btext%5D={text}&query%5Bfree%5D=false&query%5Bopen_now%5D=false&query%5Baccepts_referrals%5D=false&query%5Bpage%5D=1")
}

/// Form encoding (`+` for a space keeps a 60 KB query inside the 64 KiB a URI may have).
fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b' ' => "+".to_string(),
            b if b.is_ascii_alphanumeric() => (b as char).to_string(),
            b => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn a_maximal_query_answers_quickly_and_others_are_still_served_meanwhile() {
    use std::time::{Duration, Instant};
    let s = TestServer::start().await;
    // 60 KB of distinct words, each long enough to be compared for typos with every indexed
    // word: before the search was bounded, each such request kept a core busy for seconds.
    let mut rng = 0x2545_f491_4f6c_dd1du64;
    let words: Vec<String> = (0..8_700)
        .map(|_| {
            (0..6)
                .map(|_| {
                    rng ^= rng << 13;
                    rng ^= rng >> 7;
                    rng ^= rng << 17;
                    (b'a' + (rng % 26) as u8) as char
                })
                .collect()
        })
        .collect();
    let text = format!("food {}", words.join(" "));
    assert!(text.len() > 60_000);
    let started = Instant::now();
    let heavy: Vec<_> = (0..8)
        .map(|_| {
            let url = s.url(&api_search(&text));
            tokio::spawn(async move {
                let r = crate::harness::client().get(url).send().await.unwrap();
                (r.status().as_u16(), r.text().await.unwrap())
            })
        })
        .collect();
    // While they run, the server still answers others.
    let (status, html) = s.text("/?q=laptop").await;
    assert_eq!(status, 200);
    assert_eq!(names(&html).first().map(String::as_str), Some("Laptop Loans"));
    assert_eq!(s.get("/healthz").await.status(), 200);
    let others = started.elapsed();
    for task in heavy {
        let (status, body) = task.await.unwrap();
        assert_eq!(status, 200, "{body}");
        assert!(body.contains("Wesley Hall Food Bank"), "the query's first words still count");
    }
    let all = started.elapsed();
    // Generous bounds: unbounded, these took tens of seconds on two cores.
    assert!(others < Duration::from_secs(3), "other requests waited {others:?}");
    assert!(all < Duration::from_secs(5), "eight maximal queries took {all:?}");
}
