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
