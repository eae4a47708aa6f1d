use chrono::TimeZone;
use uuid::Uuid;

use super::*;
use crate::directory::{
    hours::{Hours, OpeningPeriod},
    model::{Access, Location, Organisation, ServiceStatus},
};

fn org(n: u128, name: &str) -> Organisation {
    Organisation { id: Uuid::from_u128(n), name: name.into(), description: String::new(), email: None, website: None, phones: vec![], areas: vec![] }
}

fn service(n: u128, org: u128, name: &str, needs: &[Need], description: &str) -> Service {
    Service {
        id: Uuid::from_u128(n),
        organisation_id: Uuid::from_u128(org),
        name: name.into(),
        description: description.into(),
        status: ServiceStatus::Active,
        eligibility: None,
        min_age: None,
        max_age: None,
        free: true,
        fees: None,
        access: Access::default(),
        accepts_referrals: false,
        needs: needs.to_vec(),
        languages: vec!["en".into()],
        areas: vec![],
        locations: vec![],
        phones: vec![],
        email: None,
        website: None,
        hours: Hours::default(),
        last_reviewed: None,
    }
}

fn located(mut s: Service, neighbourhood: &str) -> Service {
    s.locations.push(Location {
        id: Uuid::from_u128(s.id.as_u128() + 1000),
        name: None,
        address: "1 Road".into(),
        city: "Leicester".into(),
        postcode: "LE1 1AA".into(),
        neighbourhood: Some(neighbourhood.into()),
        latitude: None,
        longitude: None,
    });
    s
}

fn vocabulary() -> Vocabulary {
    Vocabulary {
        needs: vec![
            (Need::Food, vec!["Food".into(), "hunger".into(), "ખોરાક".into(), "طعام".into()]),
            (Need::Digital, vec!["Digital inclusion".into(), "laptops".into()]),
        ],
        languages: vec![("so".into(), vec!["Somali".into(), "Soomaali".into()])],
    }
}

fn directory() -> Directory {
    let mut somali = located(service(4, 3, "Somali families advice", &[Need::Families], "Advice for families."), "St Matthews");
    somali.languages.push("so".into());
    let mut youth = located(service(5, 2, "Youth drop-in", &[Need::Youth, Need::Housing], "Housing advice for 16-25s."), "Highfields");
    youth.min_age = Some(16);
    youth.max_age = Some(25);
    youth.accepts_referrals = true;
    youth.hours = Hours { periods: vec![OpeningPeriod::parse("Wed 10:00-13:00").unwrap()], ..Hours::default() };
    let mut paid = service(6, 2, "Cookery course", &[Need::Education], "Learn to cook on a budget. Food provided.");
    paid.free = false;
    let mut closed = service(7, 1, "Old food bank", &[Need::Food], "Closed for good.");
    closed.status = ServiceStatus::Defunct;
    let mut citywide = service(8, 2, "Benefits helpline", &[Need::Money], "Phone advice on benefits.");
    citywide.areas.push(CITY_WIDE_AREA.into());
    Directory {
        organisations: vec![org(1, "Wesley Hall"), org(2, "Leicestershire Cares"), org(3, "ZamZam")],
        services: vec![
            located(service(1, 1, "Food bank", &[Need::Food], "Emergency food parcels for families."), "Highfields"),
            service(2, 2, "Laptop loans", &[Need::Digital], "Laptops lent through a referral agency."),
            service(3, 2, "Community kitchen", &[Need::Community], "A hot meal and company; food grown locally."),
            somali,
            youth,
            paid,
            closed,
            citywide,
        ],
    }
}

fn names(dir: &Directory, hits: &[usize]) -> Vec<String> {
    hits.iter().map(|&i| dir.services[i].name.clone()).collect()
}

fn now() -> DateTime<Utc> {
    // Wednesday 4 November 2026, 11:00 GMT.
    Utc.with_ymd_and_hms(2026, 11, 4, 11, 0, 0).unwrap()
}

fn search(text: &str) -> Vec<String> {
    search_q(Query { text: text.into(), ..Query::default() })
}

fn search_q(q: Query) -> Vec<String> {
    let dir = directory();
    let index = SearchIndex::build(&dir, &vocabulary());
    names(&dir, &index.search(&dir, &q, now()))
}

#[test]
fn name_outranks_need_outranks_description() {
    // "food": name of Food bank; need of (defunct) Old food bank; description of Cookery course
    // and Community kitchen.
    let hits = search("food");
    assert_eq!(hits[0], "Food bank");
    assert!(hits.contains(&"Cookery course".to_string()));
    assert!(!hits.contains(&"Old food bank".to_string()), "defunct services are not listed");

    // A need match beats a description match.
    let hits = search("community");
    assert_eq!(hits[0], "Community kitchen");
}

#[test]
fn tolerates_typos_scaled_by_word_length() {
    assert_eq!(search("foood")[0], "Food bank");
    assert_eq!(search("lpatops")[0], "Laptop loans");
    assert_eq!(search("benefts")[0], "Benefits helpline");
    // Three letters allow no typo: "fod" finds nothing rather than guessing.
    assert!(search("fod").is_empty());
}

#[test]
fn matches_prefixes_as_you_type() {
    assert_eq!(search("lapt")[0], "Laptop loans");
    assert_eq!(search("laptpo")[0], "Laptop loans");
    assert_eq!(search("som")[0], "Somali families advice");
}

#[test]
fn more_words_matched_ranks_higher() {
    let hits = search("food families");
    assert_eq!(hits[0], "Food bank");
}

#[test]
fn finds_needs_and_languages_by_their_names_in_other_languages() {
    assert_eq!(search("ખોરાક")[0], "Food bank");
    assert_eq!(search("الطعام")[0], "Food bank", "the article is dropped");
    assert_eq!(search("طعام")[0], "Food bank");
    assert_eq!(search("hunger")[0], "Food bank");
    assert_eq!(search("Soomaali")[0], "Somali families advice");
}

#[test]
fn empty_text_lists_everything_listed_by_name() {
    let hits = search("");
    assert_eq!(hits.first().map(String::as_str), Some("Benefits helpline"));
    assert_eq!(hits.len(), 7);
}

#[test]
fn the_index_lists_by_name_as_the_list_without_an_index_does() {
    // The browser shows `list_by_name` before its index is built, then the index's own list:
    // the two must agree, equal names (kept in directory order) and filters included.
    let mut dir = directory();
    let twin = Service { id: Uuid::from_u128(900), ..dir.services[0].clone() };
    dir.services.push(twin);
    dir.services.swap(0, 4);
    let index = SearchIndex::build(&dir, &vocabulary());
    let queries = [
        Query::default(),
        Query { need: Some(Need::Food), ..Query::default() },
        Query { area: Some("highfields".into()), ..Query::default() },
        Query { open_now: true, ..Query::default() },
        Query { free: true, ..Query::default() },
    ];
    for q in queries {
        assert_eq!(index.search(&dir, &q, now()), list_by_name(&dir, &q, now()), "{q:?}");
    }
    assert!(index.search(&dir, &Query::default(), now()).len() >= 8);
}

#[test]
fn filters_narrow_results() {
    let base = Query::default();
    assert_eq!(search_q(Query { need: Some(Need::Digital), ..base.clone() }), vec!["Laptop loans"]);
    assert_eq!(
        search_q(Query { area: Some("highfields".into()), ..base.clone() }),
        vec!["Benefits helpline", "Food bank", "Youth drop-in"],
        "a city-wide service covers every neighbourhood"
    );
    assert_eq!(search_q(Query { language: Some("so".into()), ..base.clone() }), vec!["Somali families advice"]);
    assert!(search_q(Query { age: Some(30), ..base.clone() }).iter().all(|n| n != "Youth drop-in"));
    assert!(search_q(Query { age: Some(17), ..base.clone() }).iter().any(|n| n == "Youth drop-in"));
    assert!(search_q(Query { free: true, ..base.clone() }).iter().all(|n| n != "Cookery course"));
    assert_eq!(search_q(Query { accepts_referrals: true, ..base.clone() }), vec!["Youth drop-in"]);
    assert_eq!(search_q(Query { open_now: true, ..base.clone() }), vec!["Youth drop-in"]);
    assert_eq!(search_q(Query { text: "food".into(), need: Some(Need::Food), ..base }), vec!["Food bank"]);
}

#[test]
fn the_work_of_any_query_is_bounded() {
    use crate::search::{index::query_words, query::MAX_QUERY_WORDS};
    // A query of thousands of words searches for its first few distinct ones only.
    let many: String = (0..5000).map(|i| format!("word{i} ")).collect();
    let words = query_words(&many);
    assert_eq!(words.len(), MAX_QUERY_WORDS);
    assert_eq!(words[0], "word0");
    assert_eq!(query_words("food Food bank food"), ["food", "bank"], "repeats count once");
    // Cut to the first words, a huge query still finds what they name.
    assert_eq!(search(&format!("food {}", "zzz ".repeat(20_000)))[0], "Food bank");
}

#[test]
fn names_are_listed_in_the_order_of_their_normalised_forms() {
    // Mixed case, ASCII beside other scripts, a decomposed accent, Arabic forms that fold, and
    // names equal once normalised (kept in directory order).
    let names = [
        "wesley Hall", "Wesley hall", "Zest", "Émigré help", "Cafe\u{301} club", "café club", "Café", "café", "اَلطعام", "الطعام",
        "Ápple", "apple", "APPLE pie", "Apple-pie", "a", "", "Z", "z", "ꞵeta", "Beta", "Über", "uber", "١٢ Food", "12 Food",
    ];
    let mut dir = Directory { organisations: vec![org(1, "Org")], services: vec![] };
    for (i, name) in names.iter().enumerate() {
        dir.services.push(service(100 + i as u128, 1, name, &[Need::Food], "x"));
    }
    let mut expected: Vec<(String, usize)> = names.iter().enumerate().map(|(i, n)| (normalise(n), i)).collect();
    expected.sort();
    let expected: Vec<usize> = expected.into_iter().map(|(_, i)| i).collect();
    assert_eq!(list_by_name(&dir, &Query::default(), now()), expected);
    let index = SearchIndex::build(&dir, &vocabulary());
    assert_eq!(index.search(&dir, &Query::default(), now()), expected);
}
