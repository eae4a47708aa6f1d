//! The Open Referral UK 3.0 API against the real server, checked the way the official validator
//! checks a feed: the API's own description, every list endpoint's first, middle and last pages
//! (each item validated against the profile's `*_list` schema, the paging flags checked), up to
//! ten records from each item endpoint (validated against the full schemas), filters, bad
//! input, CORS and conditional requests. Schemas: tests/oruk-3.0 (vendored, CC BY-SA 4.0).

use std::path::Path;

use serde_json::{Value, json};

use crate::harness::{TestServer, client, demo_organisation, demo_service};

const FOOD_TERM: &str = "bcfee363-788a-5e56-b315-313f3d60badf";
const NEEDS_TAXONOMY: &str = "2d91844a-4ae0-5aed-b24f-08bdce4bfaba";

fn schema(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oruk-3.0").join(name);
    let mut schema: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    // taxonomy.json refers to taxonomy_term.json beside it: put it in place.
    if let Some(items) = schema.pointer_mut("/properties/taxonomy_terms/items")
        && items.get("$ref").and_then(Value::as_str) == Some("taxonomy_term.json")
    {
        *items = self::schema("taxonomy_term.json");
    }
    schema
}

/// Validates `doc` against the schema file `name`, with formats (uuid, uri, email, date-time)
/// checked; panics naming every problem.
fn validate(name: &str, doc: &Value) {
    let validator = jsonschema::options().should_validate_formats(true).build(&schema(name)).unwrap();
    let problems: Vec<String> = validator.iter_errors(doc).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(problems.is_empty(), "{name}: {problems:#?}\n{doc:#}");
}

#[test]
fn the_schemas_refuse_what_is_not_oruk() {
    // The check has teeth: formats, required fields and enumerations are enforced.
    let validator = jsonschema::options().should_validate_formats(true).build(&schema("service.json")).unwrap();
    let good = json!({ "id": "bcfee363-788a-5e56-b315-313f3d60badf", "name": "A", "status": "active" });
    assert!(validator.is_valid(&good));
    for bad in [
        json!({ "id": "not-a-uuid", "name": "A", "status": "active" }),
        json!({ "id": "bcfee363-788a-5e56-b315-313f3d60badf", "status": "active" }),
        json!({ "id": "bcfee363-788a-5e56-b315-313f3d60badf", "name": "A", "status": "open" }),
        json!({ "id": "bcfee363-788a-5e56-b315-313f3d60badf", "name": "A", "status": "active", "email": "nobody" }),
        json!({ "id": "bcfee363-788a-5e56-b315-313f3d60badf", "name": "A", "status": "active", "last_modified": "yesterday" }),
    ] {
        assert!(!validator.is_valid(&bad), "{bad}");
    }
}

async fn get(server: &TestServer, path: &str) -> (u16, Value) {
    let r = client().get(server.url(path)).send().await.unwrap();
    let status = r.status().as_u16();
    assert_eq!(r.headers().get("access-control-allow-origin").map(|v| v.to_str().unwrap()), Some("*"), "{path}: open CORS");
    (status, r.json().await.unwrap_or(Value::Null))
}

/// Checks a page's eight keys and flags against what was asked.
fn check_page(path: &str, page: &Value, number: u64, per_page: u64) {
    for key in ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"] {
        assert!(page.get(key).is_some(), "{path}: {key} missing");
    }
    let (total_items, total_pages) = (page["total_items"].as_u64().unwrap(), page["total_pages"].as_u64().unwrap());
    let contents = page["contents"].as_array().unwrap();
    assert_eq!(page["page_number"], number, "{path}");
    assert_eq!(page["size"].as_u64().unwrap(), contents.len() as u64, "{path}: size is the number of items");
    assert_eq!(page["first_page"], number == 1, "{path}: first_page");
    assert_eq!(page["last_page"], number >= total_pages, "{path}: last_page");
    assert_eq!(page["empty"], contents.is_empty(), "{path}: empty");
    assert_eq!(total_pages, total_items.div_ceil(per_page), "{path}: total_pages");
    if number < total_pages {
        assert_eq!(contents.len() as u64, per_page, "{path}: pages before the last are full");
    }
}

#[tokio::test]
async fn the_oruk_api_passes_what_the_validator_checks() {
    let server = TestServer::start().await;

    // The API says what it is, and its OpenAPI document is there.
    let (status, info) = get(&server, "/api/oruk/").await;
    assert_eq!(status, 200);
    assert_eq!(info["version"], "HSDS-UK-3.0");
    assert!(info["profile"].as_str().unwrap().starts_with("https://"), "{info}");
    let openapi_url = info["openapi_url"].as_str().unwrap();
    assert_eq!(openapi_url, server.url("/api/oruk/openapi.json"));
    let (status, openapi) = get(&server, "/api/oruk/openapi.json").await;
    assert_eq!(status, 200);
    assert_eq!(openapi["servers"][0]["url"], server.url("/api/oruk"));
    let reference = &openapi["paths"]["/service_at_locations/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"];
    assert!(reference.as_str().unwrap().ends_with("/compiled/service_at_location.json"), "corrected: {reference}");
    assert_eq!(get(&server, "/api/oruk").await.1, info, "with or without the slash");

    // Every list endpoint: first, middle and last pages, each item valid; then up to ten
    // records each from the item endpoint, valid against the full schema.
    for (list, list_schema, full_schema) in [
        ("services", "service_list.json", "service.json"),
        ("service_at_locations", "service_at_location_list.json", "service_at_location.json"),
        ("organizations", "organization_list.json", "organization.json"),
        ("taxonomies", "taxonomy.json", "taxonomy.json"),
        ("taxonomy_terms", "taxonomy_term.json", "taxonomy_term.json"),
    ] {
        let per_page = 5;
        let path = format!("/api/oruk/{list}?per_page={per_page}");
        let (status, first) = get(&server, &path).await;
        assert_eq!(status, 200, "{path}: {first}");
        check_page(&path, &first, 1, per_page);
        let total_pages = first["total_pages"].as_u64().unwrap();
        assert!(first["total_items"].as_u64().unwrap() > 0, "{list} is not empty");
        let mut ids = Vec::new();
        for number in [1, total_pages.div_ceil(2).max(1), total_pages] {
            let path = format!("/api/oruk/{list}?per_page={per_page}&page={number}");
            let (status, page) = get(&server, &path).await;
            assert_eq!(status, 200);
            check_page(&path, &page, number, per_page);
            for item in page["contents"].as_array().unwrap() {
                validate(list_schema, item);
                ids.push(item["id"].as_str().unwrap().to_string());
            }
        }
        ids.dedup();
        for id in ids.iter().take(10) {
            let (status, doc) = get(&server, &format!("/api/oruk/{list}/{id}")).await;
            assert_eq!(status, 200, "{list}/{id}");
            validate(full_schema, &doc);
            assert_eq!(doc["id"], id.as_str());
        }
        // Past the end: an empty page.
        let path = format!("/api/oruk/{list}?per_page={per_page}&page={}", total_pages + 3);
        let (status, past) = get(&server, &path).await;
        assert_eq!(status, 200);
        check_page(&path, &past, total_pages + 3, per_page);
        assert_eq!(past["empty"], true);
    }

    // A service's full document carries what Signpost knows of it.
    let food_bank = demo_service("wesley-hall-food-bank");
    let (_, doc) = get(&server, &format!("/api/oruk/services/{food_bank}")).await;
    assert_eq!(doc["name"], "Wesley Hall Food Bank");
    assert_eq!(doc["organization"]["id"], demo_organisation("wesley-hall").as_str());
    assert!(doc["attributes"].as_array().unwrap().iter().any(|a| a["taxonomy_term_id"] == FOOD_TERM), "{doc:#}");
    assert!(!doc["schedules"].as_array().unwrap().is_empty(), "opening hours as schedules: {doc:#}");
    assert!(doc["last_modified"].as_str().is_some_and(|t| t.contains('T')), "{doc:#}");
    assert_eq!(get(&server, &format!("/api/oruk/services/{food_bank}")).await.1, doc, "the same document every time");

    // The needs taxonomy, its terms in English with the other languages beside them.
    let (_, term) = get(&server, &format!("/api/oruk/taxonomy_terms/{FOOD_TERM}")).await;
    assert_eq!((term["name"].as_str(), term["taxonomy_id"].as_str()), (Some("Food"), Some(NEEDS_TAXONOMY)));
    assert!(term["translations"].as_array().unwrap().iter().any(|t| t["language"] == "ar"), "{term:#}");
    let (_, taxonomy) = get(&server, &format!("/api/oruk/taxonomies/{NEEDS_TAXONOMY}")).await;
    assert_eq!(taxonomy["taxonomy_terms"].as_array().unwrap().len(), 14);
}

/// The ids of every service a `/services` query returns (all pages).
async fn service_ids(server: &TestServer, query: &str) -> Vec<String> {
    let (status, page) = get(server, &format!("/api/oruk/services?per_page=500&{query}")).await;
    assert_eq!(status, 200, "{query}: {page}");
    page["contents"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap().to_string()).collect()
}

#[tokio::test]
async fn service_filters_narrow_and_combine() {
    let server = TestServer::start().await;
    let all = service_ids(&server, "").await;
    let mut checked = 0;
    for (query, keeps) in [
        (format!("taxonomy_term_id={FOOD_TERM}"), "attributes"),
        (format!("organization_id={}", demo_organisation("the-ebb")), "organization"),
        ("minimum_age=5".to_string(), "minimum_age"),
        ("maximum_age=17".to_string(), "maximum_age"),
        ("day=MO".to_string(), "schedules"),
        ("day=monday&start_time=09:00&end_time=17:00".to_string(), "schedules"),
    ] {
        let some = service_ids(&server, &query).await;
        assert!(!some.is_empty() && some.len() < all.len(), "{query} narrows: {} of {}", some.len(), all.len());
        for id in &some {
            let (_, s) = get(&server, &format!("/api/oruk/services/{id}")).await;
            let ok = match keeps {
                "attributes" => s["attributes"].as_array().unwrap().iter().any(|a| a["taxonomy_term_id"] == FOOD_TERM),
                "organization" => s["organization_id"] == demo_organisation("the-ebb").as_str(),
                "minimum_age" => s["minimum_age"].as_f64().is_some_and(|a| a >= 5.0),
                "maximum_age" => s["maximum_age"].as_f64().is_some_and(|a| a <= 17.0),
                _ => s["schedules"].as_array().unwrap().iter().any(|p| {
                    p["byday"] == "MO"
                        && (!query.contains("start_time") || p["opens_at"].as_str().unwrap() >= "09:00")
                        && (!query.contains("end_time") || p["closes_at"].as_str().unwrap() <= "17:00")
                }),
            };
            assert!(ok, "{query} kept {s:#}");
            checked += 1;
        }
    }
    assert!(checked > 0);
    // Every demo service has a need, so the needs taxonomy keeps them all.
    assert_eq!(service_ids(&server, &format!("taxonomy_id={NEEDS_TAXONOMY}")).await, all);
    // Filters combine with AND.
    let food = service_ids(&server, &format!("taxonomy_term_id={FOOD_TERM}")).await;
    let monday = service_ids(&server, "day=MO").await;
    let both = service_ids(&server, &format!("taxonomy_term_id={FOOD_TERM}&day=MO")).await;
    assert_eq!(both, food.iter().filter(|id| monday.contains(id)).cloned().collect::<Vec<_>>());
    // Search finds by words; the time of the last change filters.
    let laptops = service_ids(&server, "search=laptop").await;
    assert!(laptops.contains(&demo_service("reaching-people-laptops")), "{laptops:?}");
    assert_eq!(service_ids(&server, "modified_after=2000-01-01T00:00:00Z").await.len(), all.len());
    assert!(service_ids(&server, "modified_after=2999-01-01").await.is_empty());
}

#[tokio::test]
async fn bad_parameters_get_a_400_naming_them_and_unknown_ids_a_404() {
    let server = TestServer::start().await;
    for (query, parameter) in [
        ("page=0", "page"),
        ("page=-1", "page"),
        ("page=abc", "page"),
        ("per_page=0", "per_page"),
        ("per_page=1000000", "per_page"),
        ("taxonomy_term_id=00000000-0000-0000-0000-000000000000", "taxonomy_term_id"),
        ("taxonomy_term_id=food", "taxonomy_term_id"),
        ("taxonomy_id=00000000-0000-0000-0000-000000000000", "taxonomy_id"),
        ("organization_id=the-ebb", "organization_id"),
        ("modified_after=yesterday", "modified_after"),
        ("minimum_age=old", "minimum_age"),
        ("day=someday", "day"),
        ("start_time=9am", "start_time"),
    ] {
        let (status, body) = get(&server, &format!("/api/oruk/services?{query}")).await;
        assert_eq!((status, body["parameter"].as_str()), (400, Some(parameter)), "{query}: {body}");
        assert!(body["error"].as_str().is_some_and(|e| !e.is_empty()), "{body}");
    }
    for list in ["organizations", "service_at_locations", "taxonomies", "taxonomy_terms"] {
        let (status, body) = get(&server, &format!("/api/oruk/{list}?page=0")).await;
        assert_eq!((status, body["parameter"].as_str()), (400, Some("page")), "{list}");
    }
    for item in ["services", "service_at_locations", "organizations", "taxonomies", "taxonomy_terms"] {
        let (status, body) = get(&server, &format!("/api/oruk/{item}/not-a-uuid")).await;
        assert_eq!((status, body["parameter"].as_str()), (400, Some("id")), "{item}");
        let (status, body) = get(&server, &format!("/api/oruk/{item}/{}", uuid::Uuid::nil())).await;
        assert_eq!(status, 404, "{item}: {body}");
        assert!(body["error"].is_string());
    }
}

#[tokio::test]
async fn answers_carry_an_etag_and_a_client_that_has_them_gets_304() {
    let server = TestServer::start().await;
    let url = server.url("/api/oruk/services?per_page=5");
    let first = client().get(&url).send().await.unwrap();
    let etag = first.headers()["etag"].to_str().unwrap().to_string();
    assert!(etag.starts_with('"') && etag.len() > 10, "{etag}");
    let again = client().get(&url).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(again.status(), 304);
    assert_eq!(again.headers()["etag"], etag.as_str());
    assert_eq!(again.headers()["access-control-allow-origin"], "*");
    let other = client().get(server.url("/api/oruk/services?per_page=6")).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(other.status(), 200, "another document, another tag");
    let stale = client().get(&url).header("if-none-match", "\"not-it\"").send().await.unwrap();
    assert_eq!(stale.status(), 200);
    assert_eq!(json!(stale.json::<Value>().await.unwrap()["size"]), json!(5));
}
