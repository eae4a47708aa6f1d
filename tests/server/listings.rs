//! Listings kept by the network (#12), at the server functions the pages call: an
//! organisation's change waits for a coordinator while everyone keeps seeing the published
//! version; approval reaches pages, search and phones; sent back with a reason; trusted
//! organisations publish at once; archive and restore; two people editing at once; every new
//! endpoint × every role × another organisation's listing; bad input refused with the field's
//! message and nothing saved; onboarding a new organisation through to its first service.

use serde_json::{Value, json};
use signpost::{
    listings::{form::ServiceForm, model::ServiceEdit},
    sync::protocol::ChangesPage,
};

use crate::{
    harness::{TestServer, client, demo_organisation, demo_service},
    network::*,
};

/// A form's fields as the page posts them: nested names (`listing[periods][0][day]`), ticked
/// boxes present, unticked ones absent.
fn flatten(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                flatten(&format!("{prefix}[{k}]"), v, out);
            }
        }
        Value::Null => {}
        Value::String(s) => out.push((prefix.to_string(), s.clone())),
        other => out.push((prefix.to_string(), other.to_string())),
    }
}

fn form_fields(form: &ServiceForm) -> Vec<(String, String)> {
    let mut out = Vec::new();
    flatten("listing", &serde_json::to_value(form).unwrap(), &mut out);
    out
}

impl Signed<'_> {
    /// What the service form starts from (the version and the change it carries on from).
    async fn editor(&self, service: &str) -> (u16, Value) {
        let (status, editor) = self.get(&format!("/api/service-editor?id={service}")).await;
        (status, if status == 200 { editor["edit"].clone() } else { editor })
    }

    /// The service form as the editor fills it in.
    async fn form(&self, service: &str) -> ServiceForm {
        let (status, editor) = self.get(&format!("/api/service-editor?id={service}")).await;
        assert_eq!(status, 200, "{editor}");
        let form: ServiceForm = serde_json::from_value(editor["form"].clone()).unwrap();
        assert_eq!(form, ServiceForm::from_edit(&serde_json::from_value::<ServiceEdit>(editor["edit"].clone()).unwrap()));
        form
    }

    async fn save(&self, form: &ServiceForm, extra: &[(&str, &str)]) -> (u16, Value) {
        let mut fields = form_fields(form);
        fields.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        self.call("save-service", &pairs).await
    }

    async fn queue(&self) -> (u16, Value) {
        self.get("/api/listing-queue").await
    }
}

async fn changes_since(server: &TestServer, since: i64) -> ChangesPage {
    let r = server.get(&format!("/api/sync/v1/changes?since={since}&limit=1000")).await;
    assert_eq!(r.status(), 200);
    r.json().await.unwrap()
}

async fn public_page(server: &TestServer, path: &str) -> String {
    page(server, None, path).await.1
}

const FOOD_BANK: &str = "wesley-hall-food-bank";

#[tokio::test]
async fn a_change_waits_for_a_coordinator_and_everyone_sees_the_published_version_until_it_is_approved() {
    let server = network().await;
    let id = demo_service(FOOD_BANK);
    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let coordinator = sign_in(&server, "coordinator@example.org").await;
    let cursor = changes_since(&server, 0).await.cursor;

    let mut form = admin.form(&id).await;
    let old_name = form.name.clone();
    form.name = "Wesley Hall Saturday Pantry".into();
    form.periods.insert(9, signpost::listings::form::PeriodForm { day: "6".into(), opens: "10:00".into(), closes: "12:30".into(), overnight: None });
    let (status, saved) = admin.save(&form, &[]).await;
    assert_eq!(status, 200, "{saved}");
    let change = saved["Pending"]["change"].as_str().expect("waiting for a coordinator").to_string();

    // Nothing pending anywhere the public or a phone looks.
    let service_page = public_page(&server, &format!("/services/{id}")).await;
    assert!(service_page.contains(&old_name) && !service_page.contains("Saturday Pantry"), "{service_page}");
    assert!(!public_page(&server, "/?q=pantry").await.contains("Saturday Pantry"));
    let since = changes_since(&server, cursor).await;
    assert!(since.services.is_empty() && since.cursor == cursor, "phones get nothing yet: {since:?}");
    let r = server.get(&format!("/api/service?id={id}")).await;
    assert!(!r.text().await.unwrap().contains("Saturday Pantry"));
    let oruk = server.get(&format!("/api/oruk/services/{id}")).await.text().await.unwrap();
    assert!(oruk.contains(&old_name) && !oruk.contains("Saturday Pantry"), "nor the Open Referral UK API: {oruk}");

    // The organisation sees its change waiting, and the editor carries on from it.
    let (_, mine) = admin.get(&format!("/api/listing-changes?organisation={}", demo_organisation("wesley-hall"))).await;
    assert_eq!(mine[0]["state"], "pending", "{mine}");
    let (_, edit) = admin.editor(&id).await;
    assert_eq!(edit["service"]["name"], "Wesley Hall Saturday Pantry");
    assert_eq!(edit["pending"], change.as_str());

    // The coordinator's queue: Changed, who asked, and exactly the fields that changed.
    let (status, queue) = coordinator.queue().await;
    assert_eq!(status, 200);
    let item = &queue.as_array().unwrap()[0];
    assert_eq!((item["kind"].as_str(), item["asked_by"].as_str()), (Some("changed"), Some("admin@wesley.example.org")));
    let listing: signpost::listings::model::Listing = serde_json::from_value(item["listing"].clone()).unwrap();
    use signpost::listings::model::Field;
    assert_eq!(listing.changed_fields(), vec![Field::Name, Field::Hours, Field::Checked]);

    assert_eq!(coordinator.call("approve-change", &[("id", &change)]).await.0, 200);
    assert_eq!(coordinator.call("approve-change", &[("id", &change)]).await.0, 404, "approved once");
    // At once: the pages above, kept for their minute (src/server/page_cache.rs), are not sent again.
    assert!(public_page(&server, &format!("/services/{id}")).await.contains("Wesley Hall Saturday Pantry"));
    assert!(public_page(&server, "/?q=pantry").await.contains("Wesley Hall Saturday Pantry"));
    assert!(server.get(&format!("/api/oruk/services/{id}")).await.text().await.unwrap().contains("Wesley Hall Saturday Pantry"));
    // A phone that synced before gets only this service.
    let since = changes_since(&server, cursor).await;
    assert_eq!(since.services.iter().map(|s| s.id.to_string()).collect::<Vec<_>>(), vec![id.clone()]);
    assert_eq!(since.services[0].hours.periods.iter().filter(|p| p.day == 6).count(), 1);
    assert!(since.organisations.is_empty());

    // Every published version is kept, with who published it.
    let (status, history) = admin.get(&format!("/api/service-history?id={id}")).await;
    assert_eq!(status, 200, "{history}");
    let versions = history.as_array().unwrap();
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0]["published_by"], "coordinator@example.org");
    assert_eq!(versions[0]["asked_by"], "admin@wesley.example.org", "whose change it was");
    assert_eq!(versions[0]["service"]["name"], "Wesley Hall Saturday Pantry");
    assert_eq!((&versions[1]["published_by"], &versions[1]["asked_by"]), (&Value::Null, &Value::Null), "the demo's first version");
    // The history page says whose change it was, and who approved it.
    let (_, html) = crate::harness::text_with_cookie(&server, &format!("/listings/history?id={id}"), &admin.cookie).await;
    assert!(html.contains("by admin@wesley.example.org") && html.contains("Approved by coordinator@example.org"), "{html}");
}

#[tokio::test]
async fn a_change_sent_back_tells_the_organisation_why_and_changes_nothing() {
    let server = network().await;
    let id = demo_service(FOOD_BANK);
    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let coordinator = sign_in(&server, "coordinator@example.org").await;
    let mut form = admin.form(&id).await;
    form.description = "Closed for good.".into();
    let (_, saved) = admin.save(&form, &[]).await;
    let change = saved["Pending"]["change"].as_str().unwrap().to_string();
    assert_eq!(coordinator.call("send-back-change", &[("id", &change), ("reason", " ")]).await, (400, json!({"BadRequest": "listing-error-reason"})));
    let reason = "Please say when it reopens";
    assert_eq!(coordinator.call("send-back-change", &[("id", &change), ("reason", reason)]).await.0, 200);
    assert_eq!(coordinator.call("approve-change", &[("id", &change)]).await.0, 404, "a returned change cannot be approved");
    let (_, mine) = admin.get(&format!("/api/listing-changes?organisation={}", demo_organisation("wesley-hall"))).await;
    assert_eq!((mine[0]["state"].as_str(), mine[0]["reason"].as_str()), (Some("returned"), Some(reason)));
    let (_, edit) = admin.editor(&id).await;
    assert_eq!(edit["returned"], reason);
    assert_ne!(edit["service"]["description"], "Closed for good.", "the editor starts again from the published version");
    assert!(!public_page(&server, &format!("/services/{id}")).await.contains("Closed for good."));
    assert_eq!(coordinator.queue().await.1, json!([]));
}

#[tokio::test]
async fn two_people_editing_at_once_the_second_is_told_and_nothing_is_overwritten() {
    let server = network().await;
    let id = demo_service(FOOD_BANK);
    add_user(&server, "second@wesley.example.org", &demo_organisation("wesley-hall"), "org-admin");
    let first = sign_in(&server, "admin@wesley.example.org").await;
    let second = sign_in(&server, "second@wesley.example.org").await;
    let mut a = first.form(&id).await;
    let mut b = second.form(&id).await;
    a.description = "First admin's words".into();
    b.description = "Second admin's words".into();
    assert_eq!(first.save(&a, &[]).await.0, 200);
    assert_eq!(second.save(&b, &[]).await, (409, json!("Conflict")));
    // The second is shown the newer version, and saving from it works.
    let mut b = second.form(&id).await;
    assert_eq!(b.description, "First admin's words");
    b.description = "Both admins' words".into();
    assert_eq!(second.save(&b, &[]).await.0, 200);
    // One change waits: the second replaced the first, which it was made from.
    let coordinator = sign_in(&server, "coordinator@example.org").await;
    let queue = coordinator.queue().await.1;
    assert_eq!(queue.as_array().unwrap().len(), 1, "{queue}");
    // A coordinator publishing meanwhile makes the waiting change stale: approving it is refused.
    let change = queue[0]["id"].as_str().unwrap().to_string();
    let mut c = coordinator.form(&id).await;
    assert_eq!(c.description, "Both admins' words", "the coordinator edits from the waiting version");
    c.base_version = "1".into();
    c.pending = String::new();
    c.description = "Coordinator's words".into();
    assert_eq!(coordinator.save(&c, &[]).await, (409, json!("Conflict")), "a save that ignores the waiting change is refused");
    assert_eq!(coordinator.call("approve-change", &[("id", &change)]).await.0, 200);
}

#[tokio::test]
async fn trusted_organisations_publish_at_once_and_archive_and_restore_reach_phones() {
    let server = network().await;
    let id = demo_service(FOOD_BANK);
    let wesley = demo_organisation("wesley-hall");
    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let coordinator = sign_in(&server, "coordinator@example.org").await;
    assert_eq!(coordinator.call("trust-organisation", &[("id", &wesley), ("trusted", "on")]).await.0, 200);
    let mut form = admin.form(&id).await;
    form.name = "Wesley Hall Community Pantry".into();
    let (status, saved) = admin.save(&form, &[]).await;
    assert_eq!((status, saved["Published"]["version"].as_i64()), (200, Some(2)), "{saved}");
    assert!(public_page(&server, &format!("/services/{id}")).await.contains("Community Pantry"));
    let (_, mine) = admin.get(&format!("/api/listing-changes?organisation={wesley}")).await;
    assert_eq!(mine[0]["state"], "published", "still recorded");

    // Archived (at once: trusted): gone from pages and search, a tombstone for phones.
    let cursor = changes_since(&server, 0).await.cursor;
    let form = admin.form(&id).await;
    assert_eq!(admin.save(&form, &[("archive", "on")]).await.0, 200);
    assert_eq!(page(&server, None, &format!("/services/{id}")).await.0, 404);
    let since = changes_since(&server, cursor).await;
    assert_eq!(since.deleted_services.iter().map(|s| s.to_string()).collect::<Vec<_>>(), vec![id.clone()]);
    assert_eq!(admin.editor(&id).await.0, 404, "an archived service is not edited");

    // Restored by a coordinator from its history: back on pages and phones.
    let (_, history) = coordinator.get(&format!("/api/service-history?id={id}")).await;
    assert_eq!(history[0]["archived"], true);
    let newest = history[0]["version"].as_i64().unwrap().to_string();
    assert_eq!(admin.call("restore-version", &[("id", &id), ("version", "2"), ("base_version", &newest)]).await.0, 403);
    assert_eq!(coordinator.call("restore-version", &[("id", &id), ("version", "2"), ("base_version", "1")]).await, (409, json!("Conflict")));
    assert_eq!(coordinator.call("restore-version", &[("id", &id), ("version", "2"), ("base_version", &newest)]).await.0, 200);
    assert!(public_page(&server, &format!("/services/{id}")).await.contains("Community Pantry"));
    let since = changes_since(&server, cursor).await;
    assert_eq!(since.services.iter().map(|s| s.id.to_string()).collect::<Vec<_>>(), vec![id.clone()]);
    assert!(since.deleted_services.is_empty());
}

#[tokio::test]
async fn an_organisations_archive_waits_for_approval_and_a_coordinators_edit_of_any_service_publishes_at_once() {
    let server = network().await;
    let id = demo_service(FOOD_BANK);
    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let coordinator = sign_in(&server, "coordinator@example.org").await;
    let cursor = changes_since(&server, 0).await.cursor;

    // The organisation asks to archive its service: it waits, and stays listed everywhere.
    let form = admin.form(&id).await;
    let (status, saved) = admin.save(&form, &[("archive", "on")]).await;
    assert_eq!(status, 200, "{saved}");
    let change = saved["Pending"]["change"].as_str().expect("waiting for a coordinator").to_string();
    assert_eq!(page(&server, None, &format!("/services/{id}")).await.0, 200);
    assert!(public_page(&server, "/?q=food").await.contains("Wesley Hall Food Bank"));
    assert!(changes_since(&server, cursor).await.deleted_services.is_empty(), "phones keep it");
    let (_, queue) = coordinator.queue().await;
    assert_eq!((queue[0]["kind"].as_str(), queue[0]["asked_by"].as_str()), (Some("archived"), Some("admin@wesley.example.org")), "{queue}");
    // Approved: gone from pages and search, a tombstone for phones, kept in its history.
    assert_eq!(coordinator.call("approve-change", &[("id", &change)]).await.0, 200);
    assert_eq!(page(&server, None, &format!("/services/{id}")).await.0, 404);
    assert!(!public_page(&server, "/?q=food").await.contains("Wesley Hall Food Bank"));
    let since = changes_since(&server, cursor).await;
    assert_eq!(since.deleted_services.iter().map(|s| s.to_string()).collect::<Vec<_>>(), vec![id.clone()]);
    let (_, history) = coordinator.get(&format!("/api/service-history?id={id}")).await;
    assert_eq!(
        (history[0]["archived"].as_bool(), history[0]["published_by"].as_str(), history[0]["asked_by"].as_str()),
        (Some(true), Some("coordinator@example.org"), Some("admin@wesley.example.org"))
    );

    // A coordinator edits another organisation's service: published at once, and recorded.
    let other = demo_service("reaching-people-laptops");
    let mut form = coordinator.form(&other).await;
    form.description = "Laptops lent for a term; checked with the coordinator.".into();
    let (status, saved) = coordinator.save(&form, &[]).await;
    assert_eq!(status, 200, "{saved}");
    assert!(saved["Published"]["version"].as_i64().is_some(), "{saved}");
    assert!(public_page(&server, &format!("/services/{other}")).await.contains("checked with the coordinator"));
    let since = changes_since(&server, cursor).await;
    assert!(since.services.iter().any(|s| s.id.to_string() == other && s.description.contains("checked with the coordinator")));
    let (_, history) = coordinator.get(&format!("/api/service-history?id={other}")).await;
    assert_eq!((history[0]["published_by"].as_str(), history[0]["fields"][0].as_str()), (Some("coordinator@example.org"), Some("description")));
}

#[tokio::test]
async fn bad_input_is_refused_with_the_fields_message_and_nothing_is_saved() {
    let server = network().await;
    let id = demo_service(FOOD_BANK);
    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let coordinator = sign_in(&server, "coordinator@example.org").await;
    let good = admin.form(&id).await;
    let period = |opens: &str, closes: &str| signpost::listings::form::PeriodForm { day: "1".into(), opens: opens.into(), closes: closes.into(), overnight: None };
    let special = |from: &str, opens: &str, closes: &str| signpost::listings::form::SpecialForm { from: from.into(), opens: opens.into(), closes: closes.into(), ..Default::default() };
    let cases: Vec<(Box<dyn Fn(&mut ServiceForm)>, &str)> = vec![
        (Box::new(|f| { f.periods.insert(20, period("17:00", "09:00")); }), "service-invalid-period-order"),
        (Box::new(|f| { f.periods.insert(20, period("9am", "5pm")); }), "service-invalid-hours"),
        (Box::new(|f| { f.min_age = "30".into(); f.max_age = "18".into(); }), "service-invalid-ages"),
        (Box::new(|f| { f.needs.insert("astrology".into(), "on".into()); }), "service-invalid-needs"),
        (Box::new(|f| { f.locations.entry(0).or_default().postcode = "90210".into(); }), "service-invalid-postcode"),
        (Box::new(|f| { f.name = "x".repeat(201); }), "service-invalid-name"),
        (Box::new(|f| { f.email = "someone at example.org".into(); }), "service-invalid-email"),
        (Box::new(|f| { f.status = "open".into(); }), "service-invalid-status"),
        (Box::new(|f| { f.special.insert(0, special("2026-12-24", "12:00", "10:00")); }), "service-invalid-special-hours"),
        (Box::new(|f| { f.special.insert(0, special("24/12/2026", "10:00", "12:00")); }), "service-invalid-special-hours"),
        (Box::new(|f| { f.fees = "£".repeat(201); f.free = None; }), "service-invalid-fees"),
        (Box::new(|f| { f.areas = "x".repeat(201); }), "service-invalid-areas"),
        (Box::new(|f| { f.phones.insert(9, signpost::listings::form::PhoneForm { number: "0116 496 0000".into(), description: "y".repeat(201) }); }), "service-invalid-phone"),
    ];
    for (spoil, message) in cases {
        let mut form = good.clone();
        spoil(&mut form);
        assert_eq!(admin.save(&form, &[]).await, (400, json!({ "BadRequest": message })), "{message}");
    }
    // A stale or missing version is a conflict, never a silent overwrite.
    let mut stale = good.clone();
    stale.base_version = "0".into();
    assert_eq!(admin.save(&stale, &[]).await, (409, json!("Conflict")));
    assert_eq!(coordinator.queue().await.1, json!([]), "nothing saved");
    assert_eq!(admin.get(&format!("/api/listing-changes?organisation={}", demo_organisation("wesley-hall"))).await.1, json!([]));
}

#[tokio::test]
async fn who_may_do_what_every_new_endpoint_every_role_another_organisations_listing() {
    let server = network().await;
    let theirs = demo_service(FOOD_BANK);
    let their_org = demo_organisation("wesley-hall");
    let wesley = sign_in(&server, "admin@wesley.example.org").await;
    // A change of theirs waiting, for the queue endpoints.
    let mut form = wesley.form(&theirs).await;
    form.description = "Pending words".into();
    let change = wesley.save(&form, &[]).await.1["Pending"]["change"].as_str().unwrap().to_string();
    let coordinator = sign_in(&server, "coordinator@example.org").await;
    let restore = coordinator.get(&format!("/api/service-history?id={theirs}")).await.1[0]["version"].to_string();

    // Another organisation's admin and a worker anywhere (even their own organisation's).
    for email in ["admin@socopa.example.org", "worker@zamzam.example.org"] {
        let user = sign_in(&server, email).await;
        let refused = |code: u16| code == 403 || code == 404;
        for path in [
            format!("/api/service-editor?id={theirs}"),
            format!("/api/service-editor?organisation={their_org}"),
            format!("/api/organisation-editor?id={their_org}"),
            format!("/api/listing-changes?organisation={their_org}"),
            format!("/api/service-history?id={theirs}"),
            "/api/listing-queue".into(),
        ] {
            let (code, body) = user.get(&path).await;
            assert!(refused(code), "{email} {path}: {code} {body}");
            assert!(!body.to_string().contains("Pending words"), "{email} {path}");
        }
        let mut theirs_form = form.clone();
        theirs_form.pending = change.clone();
        theirs_form.description = "Hijacked".into();
        for extra in [&[][..], &[("archive", "on")][..]] {
            let (code, _) = user.save(&theirs_form, extra).await;
            assert!(refused(code), "{email} save {extra:?}: {code}");
        }
        // Moving a service into one's own organisation is refused too.
        let mut moved = theirs_form.clone();
        moved.organisation = demo_organisation("socopa");
        assert!(refused(user.save(&moved, &[]).await.0), "{email} move");
        for (function, form) in [
            ("confirm-service", vec![("id", theirs.as_str())]),
            ("approve-change", vec![("id", change.as_str())]),
            ("send-back-change", vec![("id", change.as_str()), ("reason", "no")]),
            ("restore-version", vec![("id", theirs.as_str()), ("version", "1"), ("base_version", restore.as_str())]),
            ("trust-organisation", vec![("id", their_org.as_str()), ("trusted", "on")]),
            ("save-organisation", vec![("details[id]", their_org.as_str()), ("details[base_version]", "0"), ("details[name]", "Hijacked")]),
            ("create-organisation", vec![("details[name]", "Hijacked")]),
            ("organisations-page", vec![]),
        ] {
            let (code, body) = user.call(function, &form).await;
            assert!(refused(code), "{email} {function}: {code} {body}");
        }
    }
    // Their own admin may not do the coordinator's part.
    for (function, form) in [
        ("approve-change", vec![("id", change.as_str())]),
        ("trust-organisation", vec![("id", their_org.as_str()), ("trusted", "on")]),
        ("create-organisation", vec![("details[name]", "Self-made")]),
    ] {
        assert_eq!(wesley.call(function, &form).await.0, 403, "{function}");
    }
    assert_eq!(wesley.queue().await.0, 403);
    assert_eq!(wesley.call("organisations-page", &[]).await.0, 403);
    assert_eq!(wesley.get("/api/organisation-listings?organisation=".to_owned().as_str()).await.0, 200, "their own listings");
    assert_eq!(wesley.get(&format!("/api/organisation-listings?organisation={}", demo_organisation("socopa"))).await.0, 404);
    // Signed out: nothing.
    for path in [format!("/api/service-editor?id={theirs}"), "/api/listing-queue".into(), format!("/api/service-history?id={theirs}")] {
        assert_eq!(server.get(&path).await.status(), 401, "{path}");
    }
    // Nothing of it changed, and the waiting change is still only waiting.
    assert_eq!(coordinator.queue().await.1.as_array().unwrap().len(), 1);
    let html = public_page(&server, &format!("/services/{theirs}")).await;
    assert!(!html.contains("Hijacked") && !html.contains("Pending words"));
    let orgs = coordinator.call("organisations-page", &[]).await.1["organisations"].clone();
    assert!(orgs.as_array().unwrap().iter().all(|o| o["name"] != "Hijacked" && o["name"] != "Self-made" && o["trusted"] == false), "{orgs}");
}

#[tokio::test]
async fn a_coordinator_onboards_an_organisation_whose_admin_adds_a_service_that_reaches_phones_once_approved() {
    let server = network().await;
    let coordinator = sign_in(&server, "coordinator@example.org").await;
    let cursor = changes_since(&server, 0).await.cursor;
    let (status, onboarded) = coordinator
        .call(
            "create-organisation",
            &[
                ("details[name]", "Narborough Road Laptop Loans"),
                ("details[description]", "Laptops lent to families"),
                ("details[website]", "https://laptops.example.org"),
                ("details[areas]", "Westcotes\nBraunstone, Westcotes"),
            ],
        )
        .await;
    assert_eq!(status, 200, "{onboarded}");
    let organisation = onboarded["organisation"].as_str().unwrap().to_string();
    let link = onboarded["invitation"]["link"].as_str().unwrap().to_string();
    let since = changes_since(&server, cursor).await;
    assert_eq!(since.organisations.len(), 1, "the organisation reaches phones");
    assert_eq!(since.organisations[0].areas, vec!["Westcotes", "Braunstone"]);
    // Its public page says where it works.
    let html = public_page(&server, &format!("/organisations/{organisation}")).await;
    assert!(html.contains("Covers: Westcotes, Braunstone"), "{html}");

    // Its first admin joins through the link.
    let path = link.strip_prefix(&server.base).unwrap_or(&link).to_string();
    let r = client()
        .post(server.url(&path))
        .header("accept", "text/html")
        .header("sec-fetch-site", "same-origin")
        .form(&[("email", "admin@laptops.example.org"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let admin = sign_in(&server, "admin@laptops.example.org").await;
    assert_eq!(admin.me().await.1["role"], "org-admin");

    // A new service, with opening times, one overnight, and a bank holiday closure.
    let (status, edit) = admin.get(&format!("/api/service-editor?organisation={organisation}")).await;
    assert_eq!(status, 200, "{edit}");
    let mut form: ServiceForm = serde_json::from_value(edit["form"].clone()).unwrap();
    form.name = "Laptop loans".into();
    form.description = "Borrow a laptop for school work.".into();
    form.needs.insert("digital".into(), "on".into());
    form.languages = "en, pl".into();
    form.locations.insert(0, signpost::listings::form::LocationForm { address: "5 Narborough Road".into(), city: "Leicester".into(), postcode: "le3 0ab".into(), ..Default::default() });
    form.periods.insert(0, signpost::listings::form::PeriodForm { day: "2".into(), opens: "10:00".into(), closes: "14:00".into(), overnight: None });
    form.periods.insert(1, signpost::listings::form::PeriodForm { day: "5".into(), opens: "20:00".into(), closes: "01:00".into(), overnight: Some("on".into()) });
    form.closures.insert(0, signpost::listings::form::ClosureForm { from: "2026-12-25".into(), to: "2026-12-28".into(), note: "Christmas".into() });
    // And different hours on two days of an exam week.
    form.special.insert(0, signpost::listings::form::SpecialForm {
        from: "2031-05-12".into(),
        to: "2031-05-13".into(),
        opens: "09:30".into(),
        closes: "17:00".into(),
        note: "Exam week".into(),
    });
    let (status, saved) = admin.save(&form, &[]).await;
    assert_eq!(status, 200, "{saved}");
    let change = saved["Pending"]["change"].as_str().unwrap().to_string();
    // Listed for the organisation, waiting; not published.
    let (_, listings) = admin.get("/api/organisation-listings").await;
    let listed = &listings["services"][0];
    assert_eq!((listed["service"]["name"].as_str(), listed["published"].as_bool(), listed["pending"].as_bool()), (Some("Laptop loans"), Some(false), Some(true)), "{listings}");
    let (_, queue) = coordinator.queue().await;
    assert_eq!(queue[0]["kind"], "new");
    assert_eq!(queue[0]["organisation_name"], "Narborough Road Laptop Loans");
    assert_eq!(changes_since(&server, cursor).await.services.len(), 0, "not before approval");
    assert_eq!(coordinator.call("approve-change", &[("id", &change)]).await.0, 200);
    let since = changes_since(&server, cursor).await;
    let service = &since.services[0];
    assert_eq!((service.name.as_str(), service.hours.periods.len(), service.hours.closures.len()), ("Laptop loans", 2, 1));
    let special = &service.hours.special;
    assert_eq!(special.len(), 1, "the special hours reach phones");
    assert_eq!((special[0].opens, special[0].closes, special[0].note.as_deref()), (570, 1020, Some("Exam week")));
    let (_, page) = server.text(&format!("/services/{}", service.id)).await;
    assert!(page.contains("Different hours from 12 May 2031 to 13 May 2031: 09:30–17:00"), "on the service page");
    assert_eq!(service.locations[0].postcode, "LE3 0AB");
    assert!(service.last_reviewed.is_some(), "added by the organisation: checked today");

    // The coordinator's organisations page.
    let orgs = coordinator.call("organisations-page", &[]).await.1["organisations"].clone();
    let row = orgs.as_array().unwrap().iter().find(|o| o["id"] == organisation.as_str()).unwrap().clone();
    assert_eq!((row["services"].as_u64(), row["members"].as_u64(), row["pending"].as_u64(), row["due"].as_u64()), (Some(1), Some(1), Some(0), Some(0)), "{row}");
    assert!(row["last_change_ms"].as_i64().is_some());
}

#[tokio::test]
async fn an_organisation_confirms_an_unchanged_listing_in_one_step() {
    let server = network().await;
    let id = demo_service(FOOD_BANK);
    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let before = admin.editor(&id).await.1;
    let (status, version) = admin.call("confirm-service", &[("id", &id)]).await;
    assert_eq!(status, 200, "{version}");
    let after = admin.editor(&id).await.1;
    let today = signpost::listings::model::london_date(now_ms());
    assert_eq!(after["service"]["last_reviewed"], signpost::wire::date::to_string(today));
    assert_eq!(after["base_version"].as_i64(), Some(before["base_version"].as_i64().unwrap() + 1));
    assert_eq!(sign_in(&server, "coordinator@example.org").await.queue().await.1, json!([]), "no approval needed");
    assert_eq!(sign_in(&server, "admin@socopa.example.org").await.call("confirm-service", &[("id", &id)]).await.0, 404);
}

/// An attribute of an HTML tag (the tag's text up to `>`), unescaped.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let value = &tag[at..at + tag[at..].find('"')?];
    Some(value.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
}

fn has_attribute(tag: &str, name: &str) -> bool {
    tag.contains(&format!(" {name}")) && !tag.contains(&format!(" {name}=\"false\""))
}

/// What a browser without JavaScript sends for the form that posts to `action` on this page:
/// every named input (ticked boxes only), textarea and the selected option of each select.
fn page_form(html: &str, action: &str) -> Vec<(String, String)> {
    page_form_with(html, action, "")
}

/// [`page_form`] for the form posting to `action` that holds `marker` (one of several on a page).
fn page_form_with(html: &str, action: &str, marker: &str) -> Vec<(String, String)> {
    let attribute_text = format!("action=\"{action}\"");
    let html = html
        .match_indices(&attribute_text)
        .map(|(start, _)| &html[start..start + html[start..].find("</form>").unwrap()])
        .find(|form| form.contains(marker))
        .unwrap_or_else(|| panic!("no form posting to {action} with {marker}"));
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        rest = &rest[open..];
        let end = rest.find('>').unwrap();
        let tag = &rest[..end];
        if tag.starts_with("<input") {
            let kind = attribute(tag, "type").unwrap_or_default();
            if let Some(name) = attribute(tag, "name") {
                let ticked = kind != "checkbox" || has_attribute(tag, "checked");
                if ticked && kind != "submit" {
                    out.push((name, attribute(tag, "value").unwrap_or_default()));
                }
            }
        } else if tag.starts_with("<textarea") {
            let name = attribute(tag, "name").unwrap();
            let body = &rest[end + 1..];
            out.push((name, body[..body.find("</textarea>").unwrap()].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")));
        } else if tag.starts_with("<select") {
            let name = attribute(tag, "name").unwrap();
            let body = &rest[end..rest.find("</select>").unwrap()];
            let chosen = body
                .split("<option")
                .skip(1)
                .find(|o| has_attribute(&o[..o.find('>').unwrap()], "selected"))
                .or_else(|| body.split("<option").nth(1))
                .and_then(|o| attribute(&o[..o.find('>').unwrap()], "value"))
                .unwrap_or_default();
            out.push((name, chosen));
        }
        rest = &rest[1..];
    }
    out
}

fn set(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    match fields.iter_mut().find(|(n, _)| n == name) {
        Some(field) => field.1 = value.to_string(),
        None => fields.push((name.to_string(), value.to_string())),
    }
}

#[tokio::test]
async fn without_javascript_the_service_form_is_refused_with_everything_typed_kept_then_saved() {
    let server = network().await;
    let id = demo_service(FOOD_BANK);
    let organisation = demo_organisation("wesley-hall");
    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let edit_path = format!("/listings/edit?id={id}");
    let (status, html) = page(&server, Some(&admin.cookie), &edit_path).await;
    assert_eq!(status, 200, "{html}");
    let mut fields = page_form(&html, "/api/save-service");
    assert!(fields.iter().any(|(n, v)| n == "listing[name]" && !v.is_empty()), "{fields:?}");
    assert!(fields.iter().any(|(n, _)| n == "listing[periods][0][day]"), "{fields:?}");

    // Refused: a postcode that is not a UK one. Back to the form, with what was typed.
    set(&mut fields, "listing[description]", "Typed with no JavaScript, kept when refused");
    set(&mut fields, "listing[locations][0][postcode]", "90210");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = form_post(&server, &admin.cookie, "/api/save-service", &edit_path, &pairs).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], edit_path.as_str());
    let (_, html) = page(&server, Some(&admin.cookie), &edit_path).await;
    assert!(html.contains("Typed with no JavaScript, kept when refused"), "{html}");
    assert!(html.contains("The postcode must be a UK postcode"), "{html}");
    let mut fields = page_form(&html, "/api/save-service");
    assert!(fields.iter().any(|(n, v)| n == "listing[locations][0][postcode]" && v == "90210"), "{fields:?}");
    // Shown once: opening the form again starts from the listing.
    let (_, again) = page(&server, Some(&admin.cookie), &edit_path).await;
    assert!(!again.contains("Typed with no JavaScript"));

    // Corrected and saved: to the organisation's page, which says it waits for a coordinator.
    set(&mut fields, "listing[locations][0][postcode]", "LE2 0AB");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = form_post(&server, &admin.cookie, "/api/save-service", &edit_path, &pairs).await;
    assert_eq!(r.status(), 303);
    let location = r.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(location, format!("/listings?organisation={organisation}&saved=pending"));
    let (status, html) = page(&server, Some(&admin.cookie), &location).await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("A coordinator will check the change"), "{html}");
    assert!(html.contains("Change waiting for a coordinator"), "{html}");

    // The coordinator's queue page shows the change, field by field, before and after.
    let coordinator = sign_in(&server, "coordinator@example.org").await;
    let (status, html) = page(&server, Some(&coordinator.cookie), "/listings/changes").await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("Typed with no JavaScript, kept when refused") && html.contains("<th scope=\"row\">Description</th>"), "{html}");
    // A worker is told the page is not theirs.
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let (status, html) = page(&server, Some(&worker.cookie), "/listings/changes").await;
    assert_eq!(status, 403, "{html}");
}

/// A report about `service`'s listing, sent as a page sends it (`accept`: `application/json`
/// from the hydrated page or the phone's outbox, `text/html` from a form with JavaScript off).
async fn report_problem(server: &TestServer, accept: &str, fields: [(&str, &str); 4]) -> reqwest::Response {
    client()
        .post(server.url("/api/report-problem"))
        .header("accept", accept)
        .header("sec-fetch-site", "same-origin")
        .form(&fields)
        .send()
        .await
        .unwrap()
}

/// Posts the form on `path` that goes to `action` and holds `marker`, as a browser without
/// JavaScript does, with `extra` fields filled in; answers where it is sent next.
async fn post_page_form(server: &TestServer, user: &Signed<'_>, path: &str, action: &str, marker: &str, extra: &[(&str, &str)]) -> String {
    let (status, html) = page(server, Some(&user.cookie), path).await;
    assert_eq!(status, 200, "{path}: {html}");
    let mut fields = page_form_with(&html, action, marker);
    for (name, value) in extra {
        set(&mut fields, name, value);
    }
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = form_post(server, &user.cookie, action, path, &pairs).await;
    assert!(r.status().is_redirection(), "{action} from {path}: {}", r.status());
    let location = r.headers()["location"].to_str().unwrap();
    assert!(!location.contains("__err"), "{action} from {path} refused: {location}");
    location.strip_prefix(&server.base).unwrap_or(location).trim_end_matches('?').to_string()
}

#[tokio::test]
async fn without_javascript_every_moderation_step_is_a_plain_form_on_its_page() {
    let server = network().await;
    let id = demo_service(FOOD_BANK);
    let wesley = demo_organisation("wesley-hall");
    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let coordinator = sign_in(&server, "coordinator@example.org").await;
    let queue_path = "/listings/changes";

    // Sent back with a reason, from the queue page: the organisation sees it.
    let mut form = admin.form(&id).await;
    form.description = "Words a coordinator sends back".into();
    let change = admin.save(&form, &[]).await.1["Pending"]["change"].as_str().unwrap().to_string();
    let marker = format!(r#"value="{change}""#);
    let reason = "Please add the opening times for Saturdays";
    let back = post_page_form(&server, &coordinator, queue_path, "/api/send-back-change", &marker, &[("reason", reason)]).await;
    assert_eq!(back, queue_path);
    let (_, mine) = admin.get(&format!("/api/listing-changes?organisation={wesley}")).await;
    assert_eq!((mine[0]["state"].as_str(), mine[0]["reason"].as_str()), (Some("returned"), Some(reason)), "{mine}");

    // Asked again, approved from the queue page: published.
    let mut form = admin.form(&id).await;
    form.description = "Words a coordinator approves".into();
    let change = admin.save(&form, &[]).await.1["Pending"]["change"].as_str().unwrap().to_string();
    let marker = format!(r#"value="{change}""#);
    assert_eq!(post_page_form(&server, &coordinator, queue_path, "/api/approve-change", &marker, &[]).await, queue_path);
    assert!(public_page(&server, &format!("/services/{id}")).await.contains("Words a coordinator approves"));

    // Restored from the service's history page: the first version's words are back.
    let history_path = format!("/listings/history?id={id}");
    let first = r#"name="version" value="1""#;
    assert_eq!(post_page_form(&server, &coordinator, &history_path, "/api/restore-version", first, &[]).await, history_path);
    assert!(!public_page(&server, &format!("/services/{id}")).await.contains("Words a coordinator approves"));

    // Trusted from the organisation's page: its next change publishes at once.
    let listings_path = format!("/listings?organisation={wesley}");
    assert_eq!(post_page_form(&server, &coordinator, &listings_path, "/api/trust-organisation", "", &[]).await, listings_path);
    let mut form = admin.form(&id).await;
    form.description = "Words of a trusted organisation".into();
    assert!(admin.save(&form, &[]).await.1["Published"]["version"].as_i64().is_some());

    // Confirmed as unchanged from the organisation's own page (not confirmed for 13 months).
    let club = demo_service("wesley-hall-english-club");
    let today = signpost::listings::model::london_date(now_ms());
    checked_on(&server, &club, today.checked_sub_months(chrono::Months::new(13)).unwrap());
    let marker = format!(r#"value="{club}""#);
    assert_eq!(post_page_form(&server, &admin, &listings_path, "/api/confirm-service", &marker, &[]).await, listings_path);
    assert_eq!(admin.editor(&club).await.1["service"]["last_reviewed"], signpost::wire::date::to_string(today).as_str());

    // A problem reported with the listing, marked done from the organisation's page.
    let report = new_id();
    let fields = [("id", report.as_str()), ("service", id.as_str()), ("kind", "closed"), ("text", "Closed on Saturdays now")];
    assert_eq!(report_problem(&server, "application/json", fields).await.status(), 200);
    let (_, html) = page(&server, Some(&admin.cookie), &listings_path).await;
    assert!(html.contains("Closed on Saturdays now"), "the report is on the page without JavaScript");
    let marker = format!(r#"value="{report}""#);
    assert_eq!(post_page_form(&server, &admin, &listings_path, "/api/report-done", &marker, &[]).await, listings_path);
    let (_, reports) = admin.get(&format!("/api/listing-reports?organisation={wesley}")).await;
    assert_eq!(reports[0]["done"], true, "{reports}");
}

#[tokio::test]
async fn anyone_reports_a_problem_with_a_listing_once_however_often_it_is_sent_and_its_organisation_marks_it_done() {
    let server = network().await;
    let service = demo_service(FOOD_BANK);
    let report = |id: &str, kind: &str, text: &str| {
        let (id, service, kind, text) = (id.to_string(), service.clone(), kind.to_string(), text.to_string());
        let server = &server;
        async move {
            let r = report_problem(server, "application/json", [("id", id.as_str()), ("service", service.as_str()), ("kind", kind.as_str()), ("text", text.as_str())]).await;
            (r.status().as_u16(), r.json::<Value>().await.unwrap_or(Value::Null))
        }
    };
    let id = new_id();
    assert_eq!(report(&id, "closed", "Closed since October").await, (200, json!("Received")));
    assert_eq!(report(&id, "closed", "Closed since October").await, (200, json!("AlreadyReceived")), "sent again: stored once");
    assert_eq!(report(&new_id(), "gone", "").await, (400, json!({ "BadRequest": "report-error-kind" })));
    assert_eq!(report(&new_id(), "other", " ").await, (400, json!({ "BadRequest": "report-error-text" })));
    assert_eq!(report(&new_id(), "other", &"x".repeat(501)).await.0, 400);

    // Without JavaScript: the form's own id, and back to the page, which thanks the reporter.
    let (status, html) = page(&server, None, &format!("/services/{service}/report")).await;
    assert_eq!(status, 200, "{html}");
    let form_id = input_value(&html, "report-id").expect("the form carries its own id").to_string();
    assert!(form_id.parse::<uuid::Uuid>().is_ok(), "{form_id}");
    let fields = [("id", form_id.as_str()), ("service", service.as_str()), ("kind", "contact"), ("text", "The phone number rings out")];
    let r = report_problem(&server, "text/html", fields).await;
    assert_eq!(r.status(), 303);
    let back = r.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(back, format!("/services/{service}/report?sent=1"));
    assert!(page(&server, None, &back).await.1.contains("The report has been sent"));

    // The organisation's admins and the coordinators see them; nobody else.
    let wesley = sign_in(&server, "admin@wesley.example.org").await;
    let (status, reports) = wesley.get("/api/listing-reports").await;
    assert_eq!(status, 200);
    assert_eq!(reports.as_array().unwrap().len(), 2, "{reports}");
    assert!(reports.to_string().contains("The phone number rings out"));
    let socopa = sign_in(&server, "admin@socopa.example.org").await;
    assert_eq!(socopa.get("/api/listing-reports").await.1, json!([]));
    assert_eq!(sign_in(&server, "worker@zamzam.example.org").await.get("/api/listing-reports").await.0, 403);
    assert_eq!(server.get("/api/listing-reports").await.status(), 401);
    let coordinator = sign_in(&server, "coordinator@example.org").await;
    assert_eq!(coordinator.get("/api/listing-reports").await.1.as_array().unwrap().len(), 2);

    // Marked done by its organisation (not another's), once.
    assert_eq!(socopa.call("report-done", &[("id", &id)]).await.0, 404);
    assert_eq!(wesley.call("report-done", &[("id", &id)]).await.0, 200);
    assert_eq!(wesley.call("report-done", &[("id", &id)]).await.0, 404);
    let reports = wesley.get("/api/listing-reports").await.1;
    let done: Vec<bool> = reports.as_array().unwrap().iter().map(|r| r["done"].as_bool().unwrap()).collect();
    assert_eq!(done, vec![false, true], "open ones first");

    // A report done is deleted by the daily housekeeping once kept for its period; one still
    // open stays, however old.
    let db = crate::harness::open_database(server.dir.path()).await;
    let now = signpost::accounts::store::now_ms();
    let day = 24 * 3600 * 1000;
    let kept = signpost::listings::store::DONE_REPORTS_KEPT_DAYS;
    assert_eq!(signpost::listings::store::forget_done_reports(&db, now + (kept - 1) * day).await.unwrap(), 0);
    assert_eq!(signpost::listings::store::forget_done_reports(&db, now + (kept + 1) * day).await.unwrap(), 1);
    let reports = wesley.get("/api/listing-reports").await.1;
    let done: Vec<bool> = reports.as_array().unwrap().iter().map(|r| r["done"].as_bool().unwrap()).collect();
    assert_eq!(done, vec![false]);
    db.close().await;
}

#[tokio::test]
async fn reports_are_limited_per_address_and_a_phone_is_told_to_try_later() {
    let server = network().await;
    let service = demo_service(FOOD_BANK);
    let mut statuses = Vec::new();
    for _ in 0..12 {
        let id = new_id();
        let r = report_problem(&server, "application/json", [("id", id.as_str()), ("service", service.as_str()), ("kind", "out-of-date"), ("text", "")]).await;
        statuses.push(r.status().as_u16());
    }
    assert_eq!(&statuses[..10], &[200; 10]);
    assert_eq!(&statuses[10..], &[503, 503], "{statuses:?}");
    // The phone keeps a report it could not send for now, and drops one the server has or refuses.
    assert!(signpost::listings::report::keep_after(Some(503)));
}

#[tokio::test]
async fn a_services_admins_choose_which_workers_work_through_its_referrals_and_only_those_see_them() {
    let server = network().await;
    let wesley_org = demo_organisation("wesley-hall");
    add_user(&server, "caseworker@wesley.example.org", &wesley_org, "worker");
    add_user(&server, "other@wesley.example.org", &wesley_org, "worker");
    let food_bank = demo_service(FOOD_BANK);
    let referrer = sign_in(&server, "worker@zamzam.example.org").await;
    let id = new_id();
    assert_eq!(referrer.push(vec![referral(&id, FOOD_BANK)]).await.0, 200);

    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let caseworker = sign_in(&server, "caseworker@wesley.example.org").await;
    let other = sign_in(&server, "other@wesley.example.org").await;
    // Before anyone is chosen: the inbox is the admins'.
    assert_eq!(caseworker.inbox().await.0, 403);
    assert_eq!(caseworker.detail(&id).await.0, 404);

    // The admin's listings page offers the organisation's workers; one is chosen.
    let (_, listings) = admin.get("/api/organisation-listings").await;
    let members = listings["members"].as_array().unwrap().clone();
    let chosen = members.iter().find(|m| m["email"] == "caseworker@wesley.example.org").unwrap()["id"].as_str().unwrap().to_string();
    assert_eq!(members.len(), 2, "workers only: {members:?}");
    let field = format!("members[u{chosen}]");
    let (status, body) = admin.call("set-caseworkers", &[("service", &food_bank), (&field, "on")]).await;
    assert_eq!(status, 200, "{body}");
    let (_, listings) = admin.get("/api/organisation-listings").await;
    let food = listings["services"].as_array().unwrap().iter().find(|s| s["service"]["id"] == food_bank.as_str()).unwrap().clone();
    assert_eq!(food["caseworkers"], json!([chosen]));

    // The chosen worker sees and works through the service's referrals; the other does not.
    let (status, inbox) = caseworker.inbox().await;
    assert_eq!(status, 200);
    assert!(inbox.to_string().contains(&id), "{inbox}");
    assert_eq!(caseworker.detail(&id).await.1["contact_detail"], "0116 496 0777");
    assert_eq!(caseworker.act(&id, "accept", &[]).await.0, 200);
    assert_eq!(caseworker.note(&id, "Called, visiting Saturday").await.0, 200);
    assert_eq!(other.inbox().await.0, 403);
    assert_eq!(other.detail(&id).await.0, 404);
    // Coordinators see no member of an organisation.
    let coordinator = sign_in(&server, "coordinator@example.org").await;
    assert_eq!(coordinator.get(&format!("/api/organisation-listings?organisation={wesley_org}")).await.1["members"], json!([]));

    // Only the service's own admins choose, and only their own organisation's workers.
    let other_worker = members.iter().find(|m| m["email"] == "other@wesley.example.org").unwrap()["id"].as_str().unwrap().to_string();
    let socopa = sign_in(&server, "admin@socopa.example.org").await;
    let other_field = format!("members[u{other_worker}]");
    assert_eq!(socopa.call("set-caseworkers", &[("service", &food_bank), (&other_field, "on")]).await.0, 404);
    assert_eq!(caseworker.call("set-caseworkers", &[("service", &food_bank)]).await.0, 403);
    assert_eq!(coordinator.call("set-caseworkers", &[("service", &food_bank)]).await.0, 403);
    let (_, me) = referrer.me().await;
    let outsider = format!("members[u{}]", me["id"].as_str().unwrap());
    assert_eq!(admin.call("set-caseworkers", &[("service", &food_bank), (&outsider, "on")]).await, (400, json!({ "BadRequest": "listing-error-member" })));

    // Taken off the service (or removed from the organisation): the referrals go with it.
    assert_eq!(admin.call("set-caseworkers", &[("service", &food_bank)]).await.0, 200);
    assert_eq!(caseworker.detail(&id).await.0, 404);
    assert_eq!(caseworker.inbox().await.0, 403);
}

#[tokio::test]
async fn without_javascript_a_save_from_an_older_version_comes_back_with_the_newer_one_and_what_was_typed() {
    let server = network().await;
    let id = demo_service(FOOD_BANK);
    add_user(&server, "second@wesley.example.org", &demo_organisation("wesley-hall"), "org-admin");
    let first = sign_in(&server, "admin@wesley.example.org").await;
    let second = sign_in(&server, "second@wesley.example.org").await;
    let edit_path = format!("/listings/edit?id={id}");
    let (_, html) = page(&server, Some(&first.cookie), &edit_path).await;
    let mut fields = page_form(&html, "/api/save-service");
    // Meanwhile the other admin saves.
    let mut theirs = second.form(&id).await;
    theirs.name = "Wesley Hall Pantry".into();
    assert_eq!(second.save(&theirs, &[]).await.0, 200);

    set(&mut fields, "listing[description]", "Mine, typed while they saved");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = form_post(&server, &first.cookie, "/api/save-service", &edit_path, &pairs).await;
    assert_eq!(r.status(), 303);
    let (_, html) = page(&server, Some(&first.cookie), &edit_path).await;
    assert!(html.contains("Someone else changed this while you were working on it"), "{html}");
    assert!(html.contains("Mine, typed while they saved"), "what was typed is kept: {html}");
    assert!(html.contains("Wesley Hall Pantry"), "their version is shown: {html}");
    // Saving again from here is a deliberate choice over theirs, and goes through.
    let fields = page_form(&html, "/api/save-service");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = form_post(&server, &first.cookie, "/api/save-service", &edit_path, &pairs).await;
    assert_eq!(r.status(), 303);
    assert!(r.headers()["location"].to_str().unwrap().contains("saved=pending"));
}

#[tokio::test]
async fn without_javascript_organisation_details_refused_come_back_as_typed_for_an_admin_and_a_coordinator() {
    let server = network().await;
    let organisation = demo_organisation("wesley-hall");
    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let edit_path = format!("/listings/organisation?id={organisation}");
    let (status, html) = page(&server, Some(&admin.cookie), &edit_path).await;
    assert_eq!(status, 200, "{html}");
    let mut fields = page_form(&html, "/api/save-organisation");
    assert!(fields.iter().any(|(n, v)| n == "details[name]" && v == "Wesley Hall Community Centre"), "{fields:?}");

    // Refused: an email address that is not one. Back to the form, with what was typed.
    set(&mut fields, "details[description]", "Details typed with no JavaScript");
    set(&mut fields, "details[email]", "not an address");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = form_post(&server, &admin.cookie, "/api/save-organisation", &edit_path, &pairs).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], edit_path.as_str());
    let (_, html) = page(&server, Some(&admin.cookie), &edit_path).await;
    assert!(html.contains("The email address is not valid."), "{html}");
    let mut fields = page_form(&html, "/api/save-organisation");
    assert!(fields.iter().any(|(n, v)| n == "details[description]" && v == "Details typed with no JavaScript"), "{fields:?}");
    assert!(fields.iter().any(|(n, v)| n == "details[email]" && v == "not an address"), "{fields:?}");
    // Shown once; nothing was saved.
    let (_, again) = page(&server, Some(&admin.cookie), &edit_path).await;
    assert!(!again.contains("Details typed with no JavaScript"));
    let public = public_page(&server, &format!("/organisations/{organisation}")).await;
    assert!(!public.contains("Details typed with no JavaScript"));

    // Corrected: saved, waiting for a coordinator, and the organisation's page says so.
    set(&mut fields, "details[email]", "hello@wesley.example.org");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = form_post(&server, &admin.cookie, "/api/save-organisation", &edit_path, &pairs).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"].to_str().unwrap(), format!("/listings?organisation={organisation}&saved=pending"));

    // A coordinator adding an organisation with no name: back to the page with what was typed,
    // and no organisation (nor invitation) made.
    let coordinator = sign_in(&server, "coordinator@example.org").await;
    let (status, html) = page(&server, Some(&coordinator.cookie), "/listings/organisations").await;
    assert_eq!(status, 200, "{html}");
    let mut fields = page_form(&html, "/api/create-organisation");
    set(&mut fields, "details[name]", "");
    set(&mut fields, "details[description]", "A new group's details, typed once");
    set(&mut fields, "details[areas]", "Belgrave\nRushey Mead");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = form_post(&server, &coordinator.cookie, "/api/create-organisation", "/listings/organisations", &pairs).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/listings/organisations");
    let (_, html) = page(&server, Some(&coordinator.cookie), "/listings/organisations").await;
    let fields = page_form(&html, "/api/create-organisation");
    assert!(fields.iter().any(|(n, v)| n == "details[description]" && v == "A new group's details, typed once"), "{fields:?}");
    assert!(fields.iter().any(|(n, v)| n == "details[areas]" && v == "Belgrave\nRushey Mead"), "{fields:?}");
    assert!(!html.contains("admin-link"), "no invitation is made: {html}");
}

/// Publishes `id` again with `last_reviewed` set to `checked`, as an operator's
/// `signpost service import` does.
fn checked_on(server: &TestServer, id: &str, checked: chrono::NaiveDate) {
    let exported = crate::harness::command(server.dir.path()).args(["service", "export", id]).output().unwrap();
    assert!(exported.status.success(), "{exported:?}");
    let mut service: Value = serde_json::from_slice(&exported.stdout).unwrap();
    service["last_reviewed"] = checked.to_string().into();
    let file = server.dir.path().join(format!("{id}.json"));
    std::fs::write(&file, service.to_string()).unwrap();
    let imported = crate::harness::command(server.dir.path()).args(["service", "import", file.to_str().unwrap()]).output().unwrap();
    assert!(imported.status.success(), "{imported:?}");
}

/// A listing its organisation has not confirmed for the review period (`SIGNPOST_REVIEW_MONTHS`,
/// here 2) is due: listed so for its organisation and counted for the coordinator. One not
/// confirmed for over a year is stale, and its page says the details may be out of date; search
/// still finds it.
#[tokio::test]
async fn listings_not_confirmed_for_the_review_period_are_due_and_after_a_year_the_page_says_so() {
    use chrono::Months;
    let server = network_with(&[("SIGNPOST_REVIEW_MONTHS", "2")]).await;
    let today = signpost::listings::model::london_date(now_ms());
    let (due, stale, current) = (demo_service(FOOD_BANK), demo_service("wesley-hall-warm-space"), demo_service("wesley-hall-english-club"));
    checked_on(&server, &due, today.checked_sub_months(Months::new(3)).unwrap());
    checked_on(&server, &stale, today.checked_sub_months(Months::new(13)).unwrap());
    checked_on(&server, &current, today.checked_sub_months(Months::new(1)).unwrap());

    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let (status, listings) = admin.get(&format!("/api/organisation-listings?organisation={}", demo_organisation("wesley-hall"))).await;
    assert_eq!(status, 200, "{listings}");
    let freshness = |id: &str| {
        let all = listings["services"].as_array().or_else(|| listings.as_array()).unwrap_or_else(|| panic!("{listings}"));
        all.iter().find(|l| l["service"]["id"] == id).unwrap_or_else(|| panic!("{id}: {listings}"))["freshness"].clone()
    };
    assert_eq!((freshness(&due), freshness(&stale), freshness(&current)), (json!("Due"), json!("Stale"), json!("Current")));
    let coordinator = sign_in(&server, "coordinator@example.org").await;
    let organisations = coordinator.call("organisations-page", &[]).await.1["organisations"].clone();
    let wesley = organisations.as_array().unwrap().iter().find(|o| o["id"] == demo_organisation("wesley-hall")).unwrap().clone();
    assert_eq!(wesley["due"], json!(2), "{wesley}");

    // The warning as the page shows it (its words also travel in the page's messages).
    let out_of_date = r#"warning">The organisation has not checked these details for over a year"#;
    assert!(public_page(&server, &format!("/services/{stale}")).await.contains(out_of_date));
    assert!(!public_page(&server, &format!("/services/{due}")).await.contains(out_of_date));
    assert!(public_page(&server, "/?q=warm+space").await.contains("Warm Space and Community Lunch"), "search still finds it");
}
