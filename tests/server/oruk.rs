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
    assert!(laptops.contains(&demo_service("reaching-people-laptops")) && laptops.len() < all.len(), "{laptops:?}");
    assert_eq!(service_ids(&server, "modified_after=2000-01-01T00:00:00Z").await.len(), all.len());
    assert!(service_ids(&server, "modified_after=2999-01-01").await.is_empty());
    // A service changed after a moment is the one kept by `modified_after` that moment.
    let cut = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    let id = demo_service("reaching-people-laptops");
    let exported = crate::harness::command(server.dir.path()).args(["service", "export", &id]).output().unwrap();
    assert!(exported.status.success(), "{exported:?}");
    let mut service: Value = serde_json::from_slice(&exported.stdout).unwrap();
    service["description"] = "Laptops lent for a term, with a charger and a bag.".into();
    let file = server.dir.path().join("changed.json");
    std::fs::write(&file, service.to_string()).unwrap();
    let (ok, printed) = run(server.dir.path(), &["service", "import", file.to_str().unwrap()]);
    assert!(ok, "{printed}");
    let cut = percent_encoding::utf8_percent_encode(&cut, percent_encoding::NON_ALPHANUMERIC).to_string();
    assert_eq!(service_ids(&server, &format!("modified_after={cut}")).await, vec![id]);
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

/// Runs `signpost ARGS` against the database in `dir`; its exit status and everything it
/// printed.
fn run(dir: &Path, args: &[&str]) -> (bool, String) {
    let out = crate::harness::command(dir).args(args).output().unwrap();
    (out.status.success(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

/// A document with every `last_modified` taken out: it says when the record last changed in
/// *this* directory, which an import into another one changes by design.
fn without_times(mut doc: Value) -> Value {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(o) => {
                o.remove("last_modified");
                o.values_mut().for_each(strip);
            }
            Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    strip(&mut doc);
    doc
}

#[tokio::test]
async fn export_then_import_into_an_empty_directory_serves_the_same_documents() {
    let first = TestServer::start().await;
    let work = tempfile::tempdir().unwrap();

    // Export: one JSON file whose every record is a valid ORUK document.
    let file = work.path().join("directory.json");
    let (ok, printed) = run(first.dir.path(), &["oruk", "export", "--format", "json", file.to_str().unwrap()]);
    assert!(ok, "{printed}");
    let exported: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let (services, organisations) = (exported["services"].as_array().unwrap(), exported["organizations"].as_array().unwrap());
    assert!(services.len() >= 10 && !organisations.is_empty(), "{printed}");
    services.iter().for_each(|s| validate("service.json", s));
    organisations.iter().for_each(|o| validate("organization.json", o));

    // A dry run into an empty database says what it would do and writes nothing.
    let second = crate::harness::fresh_dir().await;
    assert!(run(second.path(), &["migrate"]).0);
    let records = services.len() + organisations.len();
    let (ok, printed) = run(second.path(), &["oruk", "import", "--dry-run", file.to_str().unwrap()]);
    assert!(ok && printed.contains(&format!("{records} new, 0 changed, 0 unchanged, 0 refused")), "{printed}");
    assert!(printed.contains("dry run: nothing written"), "{printed}");
    let db = crate::harness::open_database(second.path()).await;
    assert_eq!(signpost::directory::store::organisation_count(&db).await.unwrap(), 0, "a dry run writes nothing");

    // The import, then the same import again: the second changes nothing.
    let (ok, printed) = run(second.path(), &["oruk", "import", file.to_str().unwrap()]);
    assert!(ok && printed.contains(&format!("imported from {}: {records} new, 0 changed", file.display())), "{printed}");
    let seq = signpost::directory::store::change_seq(&db).await.unwrap();
    let (ok, printed) = run(second.path(), &["oruk", "import", file.to_str().unwrap()]);
    assert!(ok && printed.contains(&format!("0 new, 0 changed, {records} unchanged")) && printed.contains("nothing to change"), "{printed}");
    assert_eq!(signpost::directory::store::change_seq(&db).await.unwrap(), seq, "a second run changes nothing");
    // Each record says where it came from and when.
    let sources: Vec<(String, String, i64)> = signpost::on_db!(&db, pool => sqlx::query_as("SELECT entity, source, imported_at FROM oruk_imports").fetch_all(pool).await).unwrap();
    assert_eq!(sources.len(), records);
    assert!(sources.iter().all(|(_, source, at)| source == file.to_str().unwrap() && *at > 0), "{sources:?}");
    db.close().await;

    // The second directory serves the same documents: every service and organisation, and
    // the list of services.
    let second = TestServer::start_in(second).await;
    for service in services {
        let path = format!("/api/oruk/services/{}", service["id"].as_str().unwrap());
        let (a, b) = (get(&first, &path).await, get(&second, &path).await);
        assert_eq!((a.0, b.0), (200, 200), "{path}");
        assert_eq!(without_times(a.1), without_times(b.1), "{path}");
    }
    for organisation in organisations {
        let path = format!("/api/oruk/organizations/{}", organisation["id"].as_str().unwrap());
        assert_eq!(without_times(get(&first, &path).await.1), without_times(get(&second, &path).await.1), "{path}");
    }
    let path = "/api/oruk/services?per_page=500";
    assert_eq!(without_times(get(&first, path).await.1), without_times(get(&second, path).await.1));
    // Phones receive the imported directory through the change log.
    let changes: Value = client().get(second.url("/api/sync/v1/changes?since=0&limit=500")).send().await.unwrap().json().await.unwrap();
    assert_eq!(changes["services"].as_array().map(Vec::len), Some(services.len()), "{changes:#}");

    // The same directory walked as a feed (every page of /services, then each service) into a
    // third database: the same services again.
    let third = crate::harness::fresh_dir().await;
    assert!(run(third.path(), &["migrate"]).0);
    let feed = first.url("/api/oruk");
    let (ok, printed) = run(third.path(), &["oruk", "import", &feed]);
    assert!(ok && printed.contains(&format!("imported from {feed}: ")), "{printed}");
    let again = work.path().join("again.json");
    assert!(run(third.path(), &["oruk", "export", "--format", "json", again.to_str().unwrap()]).0);
    let again: Value = serde_json::from_str(&std::fs::read_to_string(&again).unwrap()).unwrap();
    assert_eq!(without_times(again["services"].clone()), without_times(exported["services"].clone()));
}

#[tokio::test]
async fn the_csv_export_has_the_oruk_tables_and_columns() {
    let server = TestServer::start().await;
    let out = tempfile::tempdir().unwrap();
    let (ok, printed) = run(server.dir.path(), &["oruk", "export", "--format", "csv", out.path().to_str().unwrap()]);
    assert!(ok, "{printed}");
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oruk-3.0/examples/csv");
    let (_, services) = get(&server, "/api/oruk/services?per_page=500").await;
    for name in signpost::oruk::export::CSV_FILES {
        let mut reader = csv::Reader::from_path(out.path().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
        // The example's columns (tests/oruk-3.0/examples/csv), in its order, then any HSDS
        // columns Signpost adds.
        let mut example = csv::Reader::from_path(examples.join(name)).unwrap_or_else(|e| panic!("the example {name}: {e}"));
        let expected: Vec<String> = example.headers().unwrap().iter().map(str::to_string).collect();
        assert_eq!(header[..expected.len()], expected[..], "{name}");
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert!(rows.iter().all(|r| r.len() == header.len()), "{name}");
        match name {
            "services.csv" => {
                assert_eq!(rows.len() as u64, services["total_items"].as_u64().unwrap());
                let ids: std::collections::HashSet<&str> = rows.iter().map(|r| &r[0]).collect();
                assert!(services["contents"].as_array().unwrap().iter().all(|s| ids.contains(s["id"].as_str().unwrap())));
            }
            "taxonomy_terms.csv" => assert_eq!(rows.len(), 14),
            "schedules.csv" => assert!(rows.iter().any(|r| &r[13] == "MO" && !r[18].is_empty())),
            _ => assert!(!rows.is_empty(), "{name} has rows"),
        }
    }
}

#[tokio::test]
async fn an_import_leaves_out_bad_records_and_a_bad_source_writes_nothing() {
    let server = TestServer::start().await;
    let work = tempfile::tempdir().unwrap();
    let db = crate::harness::open_database(server.dir.path()).await;
    let seq = signpost::directory::store::change_seq(&db).await.unwrap();

    // Sources that cannot be read: a clear error, nothing written.
    let not_oruk = work.path().join("page.json");
    std::fs::write(&not_oruk, r#"{"hello": "world"}"#).unwrap();
    let not_json = work.path().join("page.html");
    std::fs::write(&not_json, "<html><body>Directory</body></html>").unwrap();
    for (source, says) in [
        (not_oruk.to_str().unwrap().to_string(), "is not Open Referral UK JSON"),
        (not_json.to_str().unwrap().to_string(), "not JSON"),
        ("http://127.0.0.1:9/api/oruk".to_string(), "could not be reached"),
        // HTTPS: the client is built with its TLS provider (a missing one would panic here).
        ("https://127.0.0.1:9/api/oruk".to_string(), "could not be reached"),
        (server.url("/no-such-feed"), "answered 404"),
        (work.path().join("missing.json").to_str().unwrap().to_string(), "No such file"),
    ] {
        let (ok, printed) = run(server.dir.path(), &["oruk", "import", &source]);
        assert!(!ok && printed.contains(says), "{source}: {printed}");
    }
    assert_eq!(signpost::directory::store::change_seq(&db).await.unwrap(), seq, "nothing written");

    // A file with one good new service and two bad ones: the good one goes in, each bad one is
    // named with its field and why.
    let food_bank = demo_service("wesley-hall-food-bank");
    let (_, mut good) = get(&server, &format!("/api/oruk/services/{food_bank}")).await;
    good["id"] = "0f6b7c1e-3a2d-4e5f-9a8b-7c6d5e4f3a2b".into();
    good["name"] = "Wesley Hall evening pantry".into();
    let mut bad_status = good.clone();
    bad_status["id"] = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d".into();
    bad_status["status"] = "open".into();
    let mut bad_postcode = good.clone();
    bad_postcode["id"] = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e".into();
    bad_postcode["service_at_locations"][0]["location"]["addresses"][0]["postal_code"] = "90210".into();
    let file = work.path().join("mixed.json");
    std::fs::write(&file, serde_json::to_string(&json!([good, bad_status, bad_postcode])).unwrap()).unwrap();
    let (ok, printed) = run(server.dir.path(), &["oruk", "import", file.to_str().unwrap()]);
    assert!(ok, "{printed}");
    assert!(printed.contains("1 new, 0 changed, 1 unchanged, 2 refused"), "{printed}");
    assert!(printed.contains("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") && printed.contains("field `status`"), "{printed}");
    assert!(printed.contains("field `postal_code`: The postcode must be a UK postcode"), "{printed}");
    let (status, _) = get(&server, "/api/oruk/services/0f6b7c1e-3a2d-4e5f-9a8b-7c6d5e4f3a2b").await;
    assert_eq!(status, 200, "the good record is published");
    let (status, _) = get(&server, "/api/oruk/services/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d").await;
    assert_eq!(status, 404, "a refused record is not");
    db.close().await;
    let _ = demo_organisation;
}

/// Posts `file` to the import page's upload, as a browser's form does (multipart); the answer's
/// status and where it sends the browser.
async fn upload(server: &TestServer, cookie: Option<&str>, name: &str, file: &str) -> (u16, String) {
    let boundary = "----signpost-test-boundary";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/json\r\n\r\n{file}\r\n--{boundary}--\r\n"
    );
    let mut request = client()
        .post(server.url("/listings/oruk/upload"))
        .header("content-type", format!("multipart/form-data; boundary={boundary}"))
        .header("sec-fetch-site", "same-origin")
        .header("accept", "text/html")
        .body(body);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let r = request.send().await.unwrap();
    (r.status().as_u16(), r.headers().get("location").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default())
}

#[tokio::test]
async fn a_coordinator_checks_a_file_on_the_page_then_imports_it_and_nobody_else_can() {
    use crate::network::{network, sign_in};
    let server = network().await;
    let (coordinator, admin, worker) = (
        sign_in(&server, "coordinator@example.org").await,
        sign_in(&server, "admin@wesley.example.org").await,
        sign_in(&server, "worker@zamzam.example.org").await,
    );
    let new_id = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
    let (_, mut doc) = get(&server, &format!("/api/oruk/services/{}", demo_service("wesley-hall-food-bank"))).await;
    doc["id"] = new_id.into();
    doc["name"] = "Saturday pantry".into();
    let mut refused = doc.clone();
    refused["id"] = "6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c".into();
    refused["name"] = "Pantry with a bad postcode".into();
    refused["service_at_locations"][0]["location"]["addresses"][0]["postal_code"] = "90210".into();
    let file = serde_json::to_string(&json!([doc, refused])).unwrap();

    // Nobody but a coordinator can upload: each is sent to the page, which says why.
    for cookie in [None, Some(worker.cookie.as_str()), Some(admin.cookie.as_str())] {
        assert_eq!(upload(&server, cookie, "pantry.json", &file).await, (303, "/listings/oruk".to_string()));
    }
    // A file that is not ORUK, or no file: back to the page with the reason.
    assert_eq!(upload(&server, Some(&coordinator.cookie), "x.json", "{\"hello\": 1}").await.1, "/listings/oruk?error=not-oruk");
    assert_eq!(upload(&server, Some(&coordinator.cookie), "x.json", "").await.1, "/listings/oruk?error=no-file");

    // The coordinator's file: the page shows what importing it would do; nothing is written yet.
    let (status, location) = upload(&server, Some(&coordinator.cookie), "pantry.json", &file).await;
    assert_eq!(status, 303);
    let token = location.strip_prefix("/listings/oruk?check=").expect("sent to the check").to_string();
    let (status, page) = coordinator.get(&format!("/api/oruk-page?check={token}")).await;
    assert_eq!(status, 200, "{page}");
    assert_eq!(page["check"]["counts"], json!([1, 0, 1, 1]), "{page}");
    assert_eq!(page["check"]["file"], "pantry.json");
    let records = page["check"]["records"].as_array().unwrap();
    let record = |name: &str| records.iter().find(|r| r["name"] == name).unwrap_or_else(|| panic!("{name}: {page}"));
    assert_eq!(record("Saturday pantry")["outcome"], "new");
    let bad = record("Pantry with a bad postcode");
    assert_eq!((&bad["outcome"], &bad["field"]), (&json!("refused"), &json!("postal_code")), "{page}");
    // The page names the record left out, its field and why, in the coordinator's language.
    let (_, html) = crate::harness::text_with_cookie(&server, &format!("/listings/oruk?check={token}"), &coordinator.cookie).await;
    assert!(html.contains("Saturday pantry") && html.contains("Bring in the new and changed records"), "{html}");
    assert!(html.contains("Pantry with a bad postcode") && html.contains("postal_code"), "{html}");
    assert!(html.contains("The postcode must be a UK postcode"), "{html}");
    assert_eq!(get(&server, &format!("/api/oruk/services/{new_id}")).await.0, 404, "nothing written before confirming");

    // Others cannot see or confirm the coordinator's file.
    assert_eq!(worker.get(&format!("/api/oruk-page?check={token}")).await.0, 403);
    assert_eq!(admin.call("oruk-import", &[("token", &token)]).await.0, 403);
    let (status, _) = crate::harness::text_with_cookie(&server, &format!("/api/oruk-page?check={token}"), "").await;
    assert_eq!(status, 401);

    // Confirmed (a plain form post, as without JavaScript): published, with its source.
    let r = client()
        .post(server.url("/api/oruk-import"))
        .header("cookie", &coordinator.cookie)
        .header("accept", "text/html")
        .header("sec-fetch-site", "same-origin")
        .form(&[("token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!((r.status().as_u16(), r.headers()["location"].to_str().unwrap()), (303, "/listings/oruk?imported=1"));
    assert_eq!(get(&server, &format!("/api/oruk/services/{new_id}")).await.0, 200);
    let db = crate::harness::open_database(server.dir.path()).await;
    let source: String = signpost::on_db!(&db, pool => sqlx::query_scalar("SELECT source FROM oruk_imports WHERE id = $1").bind(new_id).fetch_one(pool).await).unwrap();
    assert_eq!(source, "upload: pantry.json");
    db.close().await;
    // The file is gone once imported: confirming again is refused.
    let (status, error) = coordinator.call("oruk-import", &[("token", &token)]).await;
    assert_eq!(status, 400, "{error}");
}

#[tokio::test]
async fn the_export_downloads_are_the_exported_files_for_coordinators() {
    use crate::network::{network, sign_in};
    let server = network().await;
    // The whole directory at once is for coordinators (the API's pages are open to anyone).
    assert_eq!(client().get(server.url("/api/oruk/export/directory.json")).send().await.unwrap().status(), 401);
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    assert_eq!(worker.get("/api/oruk/export/services.csv").await.0, 403);
    let coordinator = sign_in(&server, "coordinator@example.org").await;
    let download = |path: &str| client().get(server.url(path)).header("cookie", &coordinator.cookie);
    let r = download("/api/oruk/export/directory.json").send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-disposition"].to_str().unwrap().contains("signpost-directory.json"));
    let etag = r.headers()["etag"].to_str().unwrap().to_string();
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["version"], "HSDS-UK-3.0");
    assert!(body["services"].as_array().unwrap().len() >= 10);
    let again = download("/api/oruk/export/directory.json").header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(again.status(), 304);
    let r = download("/api/oruk/export/services.csv").send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    assert!(r.text().await.unwrap().starts_with("id,organization_id,name,description,url,email,status,fees"));
    assert_eq!(download("/api/oruk/export/secrets.csv").send().await.unwrap().status(), 404);
}

/// A feed longer than one page of the walk (it asks for 100 services a page) comes in whole,
/// and the API's lists give 50 to a page when no `per_page` is asked for.
#[tokio::test]
async fn a_feed_of_several_pages_comes_in_whole_and_lists_give_50_a_page_unless_asked() {
    let dir = crate::harness::fresh_dir().await;
    assert!(run(dir.path(), &["migrate"]).0);
    let (ok, printed) = run(dir.path(), &["synthetic", "--services", "230", "--seed", "3"]);
    assert!(ok, "{printed}");
    let server = TestServer::start_in(dir).await;
    let (status, page) = get(&server, "/api/oruk/services").await;
    assert_eq!((status, &page["total_items"], &page["total_pages"]), (200, &json!(230), &json!(5)), "{page}");
    check_page("/api/oruk/services", &page, 1, 50);
    let (_, organisations) = get(&server, "/api/oruk/organizations").await;
    assert_eq!(organisations["size"], json!(organisations["total_items"].as_u64().unwrap().min(50)));

    let copy = crate::harness::fresh_dir().await;
    assert!(run(copy.path(), &["migrate"]).0);
    let feed = server.url("/api/oruk");
    let (ok, printed) = run(copy.path(), &["oruk", "import", &feed]);
    assert!(ok, "{printed}");
    let db = crate::harness::open_database(copy.path()).await;
    let (_, directory) = signpost::directory::store::load(&db).await.unwrap();
    db.close().await;
    assert_eq!(directory.services.len(), 230, "every page of the feed: {printed}");
}

/// Whatever the way in (a file, an upload, a feed), a source over the limit (50 MB) is refused
/// with its reason and nothing written; and an import that fails partway writes nothing at all.
/// Here the database refuses the record of where the import came from, written after every
/// record it publishes.
#[tokio::test]
async fn a_source_over_the_limit_is_refused_and_an_import_that_fails_partway_writes_nothing() {
    use crate::network::{network, sign_in};
    let server = network().await;
    let work = tempfile::tempdir().unwrap();
    let db = crate::harness::open_database(server.dir.path()).await;
    let seq = signpost::directory::store::change_seq(&db).await.unwrap();
    let limit = signpost::oruk::import::MAX_BYTES;

    // Over the limit: a file named on the command line, and a file uploaded on the page.
    let huge = work.path().join("huge.json");
    std::fs::File::create(&huge).unwrap().set_len(limit as u64 + 1).unwrap();
    let (ok, printed) = run(server.dir.path(), &["oruk", "import", huge.to_str().unwrap()]);
    assert!(!ok && printed.contains("larger than 50 MB"), "{printed}");
    let coordinator = sign_in(&server, "coordinator@example.org").await;
    let file = format!("[{}]", " ".repeat(limit));
    assert_eq!(upload(&server, Some(&coordinator.cookie), "huge.json", &file).await, (303, "/listings/oruk?error=too-large".to_string()));
    let (_, html) = crate::harness::text_with_cookie(&server, "/listings/oruk?error=too-large", &coordinator.cookie).await;
    assert!(html.contains("That file is too large: at most 50 MB."), "{html}");
    // A feed that sends more than the limit: refused when the limit is reached, nothing written.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let feed = format!("http://{}/api/oruk", listener.local_addr().unwrap());
    tokio::spawn(async move {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        while let Ok((mut socket, _)) = listener.accept().await {
            tokio::spawn(async move {
                let _ = socket.read(&mut [0u8; 4096]).await;
                let size = limit + 1;
                let head = format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {size}\r\n\r\n");
                if socket.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let chunk = vec![b' '; 1 << 20];
                let mut left = size;
                while left > 0 {
                    let n = left.min(chunk.len());
                    if socket.write_all(&chunk[..n]).await.is_err() {
                        return;
                    }
                    left -= n;
                }
            });
        }
    });
    let dir = server.dir.path().to_path_buf();
    let (ok, printed) = tokio::task::spawn_blocking(move || run(&dir, &["oruk", "import", &feed])).await.unwrap();
    assert!(!ok && printed.contains("larger than 50 MB"), "{printed}");
    assert_eq!(signpost::directory::store::change_seq(&db).await.unwrap(), seq, "nothing written");

    // Two new services, and the database refusing the import's last write.
    let (_, mut early) = get(&server, &format!("/api/oruk/services/{}", demo_service("wesley-hall-food-bank"))).await;
    early["id"] = "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a".into();
    early["name"] = "Early pantry".into();
    let mut late = early.clone();
    late["id"] = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b".into();
    late["name"] = "Late pantry".into();
    let file = work.path().join("two.json");
    std::fs::write(&file, serde_json::to_string(&json!([early, late])).unwrap()).unwrap();
    let refuse: &[&'static str] = if crate::harness::on_postgres() {
        &[
            "CREATE FUNCTION refuse_for_the_test() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$",
            "CREATE TRIGGER refuse_for_the_test BEFORE INSERT ON oruk_imports FOR EACH ROW EXECUTE FUNCTION refuse_for_the_test()",
        ]
    } else {
        &["CREATE TRIGGER refuse_for_the_test BEFORE INSERT ON oruk_imports BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"]
    };
    for sql in refuse {
        signpost::on_db!(&db, pool => sqlx::query(*sql).execute(pool).await.map(|_| ())).unwrap();
    }
    let (ok, printed) = run(server.dir.path(), &["oruk", "import", file.to_str().unwrap()]);
    assert!(!ok, "{printed}");
    assert_eq!(signpost::directory::store::change_seq(&db).await.unwrap(), seq, "nothing written: {printed}");
    for id in ["4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a", "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"] {
        assert_eq!(get(&server, &format!("/api/oruk/services/{id}")).await.0, 404, "{id}");
    }
    // With the database willing, the same file goes in whole.
    let willing = if crate::harness::on_postgres() { "DROP TRIGGER refuse_for_the_test ON oruk_imports" } else { "DROP TRIGGER refuse_for_the_test" };
    signpost::on_db!(&db, pool => sqlx::query(willing).execute(pool).await.map(|_| ())).unwrap();
    let (ok, printed) = run(server.dir.path(), &["oruk", "import", file.to_str().unwrap()]);
    assert!(ok && printed.contains("2 new"), "{printed}");
    for id in ["4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a", "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"] {
        assert_eq!(get(&server, &format!("/api/oruk/services/{id}")).await.0, 200, "{id}");
    }
    db.close().await;
}
