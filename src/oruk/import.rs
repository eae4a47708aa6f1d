//! Bringing another directory's Open Referral UK 3.0 records into Signpost (docs/ORUK.md).
//!
//! An import has three steps, each its own function so that the command line and the
//! coordinator's page run the same code:
//! 1. [`parse`] reads a JSON document (Signpost's export, a page of `/services`, an array of
//!    services, or one service) or [`fetch`] walks a feed's `/services` pages and each service;
//! 2. [`plan`] maps each record to Signpost's model, checks it as the listing forms do, and
//!    compares it with the directory: new, changed, unchanged or refused (with the field and
//!    why). Fields ORUK does not carry (how to get to a service, whether it takes referrals
//!    through Signpost, dated closures and special hours, neighbourhoods) keep the values Signpost has;
//! 3. [`apply`] writes every new and changed record in one transaction, through the same
//!    publishing path as the listing pages (versions and the change log, so phones receive
//!    them), and records the source and time of each. Either all of them or none.
//!
//! Records are keyed by their ORUK ids, so a second run of the same source changes nothing.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::Value;
use uuid::Uuid;

use super::document::need_of_term;
use crate::{
    directory::{
        hours::{Hours, OpeningPeriod},
        model::{Directory, Location, Organisation, Phone, Service, ServiceStatus},
        needs::Need,
        store::{self as directory},
    },
    error::AppError,
    i18n::Localizer,
    server::db::Db,
};

/// The largest source an import reads (a file, or a feed's pages and services together).
pub const MAX_BYTES: usize = 50 * 1024 * 1024;
/// The most services a feed's pages may list.
const MAX_SERVICES: usize = 50_000;
/// Services asked for per page when walking a feed.
const FEED_PAGE: u64 = 100;
/// Services fetched at once from a feed.
const FEED_CONCURRENCY: usize = 8;

/// Why a source could not be read at all (nothing is written).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SourceError {
    #[error("the source is larger than {} MB", MAX_BYTES / 1024 / 1024)]
    TooLarge,
    #[error("the source is not Open Referral UK JSON: {0}")]
    NotOruk(String),
    #[error("the source could not be reached: {0}")]
    Unreachable(String),
}

/// The records of a source, as JSON, before they are checked.
#[derive(Debug, Default)]
pub struct Records {
    pub organizations: Vec<Value>,
    pub services: Vec<Value>,
}

/// Reads a JSON document: Signpost's export (`organizations` and `services`), a page of ORUK
/// results (`contents`), an array of services, or a single service.
pub fn parse(text: &str) -> Result<Records, SourceError> {
    if text.len() > MAX_BYTES {
        return Err(SourceError::TooLarge);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| SourceError::NotOruk(format!("not JSON ({e})")))?;
    let list = |v: &Value, key: &str| -> Result<Vec<Value>, SourceError> {
        match v.get(key) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => Ok(items.clone()),
            Some(_) => Err(SourceError::NotOruk(format!("`{key}` is not a list"))),
        }
    };
    let records = match &value {
        Value::Array(items) => Records { organizations: Vec::new(), services: items.clone() },
        Value::Object(o) if o.contains_key("services") => {
            Records { organizations: list(&value, "organizations")?, services: list(&value, "services")? }
        }
        Value::Object(o) if o.contains_key("contents") => Records { organizations: Vec::new(), services: list(&value, "contents")? },
        Value::Object(o) if o.contains_key("id") && o.contains_key("name") => {
            Records { organizations: Vec::new(), services: vec![value.clone()] }
        }
        _ => return Err(SourceError::NotOruk("expected services: a list, a page with `contents`, or one service".into())),
    };
    if records.services.iter().chain(&records.organizations).any(|r| !r.is_object()) {
        return Err(SourceError::NotOruk("a record is not a JSON object".into()));
    }
    Ok(records)
}

/// Walks an ORUK feed: every page of `/services`, then each `/services/{id}`.
pub async fn fetch(base: &str) -> Result<Records, SourceError> {
    let base = base.trim_end_matches('/').to_string();
    if !(base.starts_with("https://") || base.starts_with("http://")) {
        return Err(SourceError::Unreachable(format!("{base} is not an http(s) address")));
    }
    let client = client()?;
    let mut budget = MAX_BYTES;
    let mut ids: Vec<String> = Vec::new();
    // Items whose id is not a UUID are not fetched: the plan refuses them as they are.
    let mut unfetchable: Vec<Value> = Vec::new();
    let mut page = 1u64;
    loop {
        let url = format!("{base}/services?page={page}&per_page={FEED_PAGE}");
        let body: Value = get_json(&client, &url, &mut budget).await?;
        let (Some(Value::Array(contents)), Some(total_pages)) = (body.get("contents"), body.get("total_pages").and_then(Value::as_u64)) else {
            return Err(SourceError::NotOruk(format!("{url} is not a page of services (no `contents` and `total_pages`)")));
        };
        for item in contents {
            let id = item.get("id").and_then(Value::as_str).ok_or_else(|| SourceError::NotOruk(format!("{url}: a service has no id")))?;
            match Uuid::parse_str(id) {
                Ok(id) => ids.push(id.to_string()),
                Err(_) => unfetchable.push(item.clone()),
            }
        }
        if ids.len() > MAX_SERVICES {
            return Err(SourceError::TooLarge);
        }
        if contents.is_empty() || page >= total_pages {
            break;
        }
        page += 1;
    }
    let mut services = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(FEED_CONCURRENCY) {
        let mut tasks = tokio::task::JoinSet::new();
        for (i, id) in chunk.iter().enumerate() {
            let (client, url) = (client.clone(), format!("{base}/services/{id}"));
            tasks.spawn(async move {
                let mut unlimited = MAX_BYTES;
                (i, get_json(&client, &url, &mut unlimited).await.map(|v| (v, url)))
            });
        }
        let mut fetched: Vec<(usize, Value)> = Vec::with_capacity(chunk.len());
        while let Some(done) = tasks.join_next().await {
            let (i, result) = done.map_err(|e| SourceError::Unreachable(e.to_string()))?;
            let (value, url) = result?;
            let size = value.to_string().len();
            budget = budget.checked_sub(size).ok_or(SourceError::TooLarge)?;
            if !value.is_object() {
                return Err(SourceError::NotOruk(format!("{url} is not a service")));
            }
            fetched.push((i, value));
        }
        fetched.sort_by_key(|(i, _)| *i);
        services.extend(fetched.into_iter().map(|(_, v)| v));
    }
    services.extend(unfetchable);
    Ok(Records { organizations: Vec::new(), services })
}

fn client() -> Result<reqwest::Client, SourceError> {
    crate::server::http_client()
        .timeout(std::time::Duration::from_secs(60))
        .user_agent(concat!("signpost/", env!("CARGO_PKG_VERSION"), " (Open Referral UK import)"))
        .build()
        .map_err(|e| SourceError::Unreachable(e.to_string()))
}

/// GETs a JSON document, counting its size against what is left of the import's limit.
async fn get_json(client: &reqwest::Client, url: &str, budget: &mut usize) -> Result<Value, SourceError> {
    let mut response = client
        .get(url)
        .header("accept", "application/json")
        .send()
        .await
        .map_err(|e| SourceError::Unreachable(format!("{url}: {e}")))?;
    if !response.status().is_success() {
        return Err(SourceError::Unreachable(format!("{url} answered {}", response.status())));
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| SourceError::Unreachable(format!("{url}: {e}")))? {
        if body.len() + chunk.len() > *budget {
            return Err(SourceError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    *budget -= body.len();
    serde_json::from_slice(&body).map_err(|e| SourceError::NotOruk(format!("{url} is not JSON ({e})")))
}

/// What an import does with one record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    New,
    Changed,
    Unchanged,
}

impl Outcome {
    pub fn code(self) -> &'static str {
        match self {
            Outcome::New => "new",
            Outcome::Changed => "changed",
            Outcome::Unchanged => "unchanged",
        }
    }
}

/// A record the import leaves out, and why: the ORUK field and a message id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    /// `organization` or `service`.
    pub entity: &'static str,
    /// The record's id as the source gave it.
    pub id: String,
    pub name: String,
    pub field: &'static str,
    pub message: &'static str,
    /// The parser's words, when the record could not be read at all.
    pub detail: Option<String>,
}

/// What an import would do, record by record.
#[derive(Clone, Debug, Default)]
pub struct Plan {
    pub organisations: Vec<(Outcome, Organisation)>,
    pub services: Vec<(Outcome, Service)>,
    pub refused: Vec<Refused>,
}

impl Plan {
    /// How many records have each outcome: new, changed, unchanged, refused.
    pub fn counts(&self) -> [usize; 4] {
        let mut out = [0; 4];
        for outcome in self.organisations.iter().map(|(o, _)| o).chain(self.services.iter().map(|(o, _)| o)) {
            out[*outcome as usize] += 1;
        }
        out[3] = self.refused.len();
        out
    }

    /// One line per record, then a summary (for the command line; in English).
    pub fn report(&self, l: &Localizer) -> String {
        let mut lines = Vec::new();
        for (outcome, o) in &self.organisations {
            lines.push(format!("{:<9} organization {} {}", outcome.code(), o.id, o.name));
        }
        for (outcome, s) in &self.services {
            lines.push(format!("{:<9} service      {} {}", outcome.code(), s.id, s.name));
        }
        for r in &self.refused {
            let detail = r.detail.as_ref().map(|d| format!(" ({d})")).unwrap_or_default();
            lines.push(format!("refused   {:<12} {} {}: field `{}`: {}{detail}", r.entity, r.id, r.name, r.field, l.t(r.message)));
        }
        let [new, changed, unchanged, refused] = self.counts();
        lines.push(format!("{new} new, {changed} changed, {unchanged} unchanged, {refused} refused"));
        lines.join("\n")
    }
}

// The records as a source may send them: every field optional, so that one odd record is
// refused on its own instead of failing the whole source.

#[derive(Deserialize, Default)]
#[serde(default)]
struct InOrganisation {
    id: Option<String>,
    name: Option<String>,
    description: Option<String>,
    email: Option<String>,
    website: Option<String>,
    phones: Option<Vec<InPhone>>,
    areas: Option<Vec<String>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct InPhone {
    number: Option<String>,
    description: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct InService {
    id: Option<String>,
    organization_id: Option<String>,
    organization: Option<Value>,
    name: Option<String>,
    description: Option<String>,
    url: Option<String>,
    email: Option<String>,
    status: Option<String>,
    fees: Option<String>,
    minimum_age: Option<f64>,
    maximum_age: Option<f64>,
    assured_date: Option<String>,
    eligibility_description: Option<String>,
    schedules: Vec<InSchedule>,
    service_areas: Vec<InArea>,
    service_at_locations: Vec<InServiceAtLocation>,
    languages: Vec<InLanguage>,
    cost_options: Vec<InCost>,
    phones: Vec<InPhone>,
    attributes: Vec<InAttribute>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct InSchedule {
    freq: Option<String>,
    byday: Option<String>,
    opens_at: Option<String>,
    closes_at: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct InArea {
    name: Option<String>,
    extent: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct InServiceAtLocation {
    location_id: Option<String>,
    location: Option<InLocation>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct InLocation {
    id: Option<String>,
    name: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    addresses: Vec<InAddress>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct InAddress {
    address_1: Option<String>,
    address_2: Option<String>,
    city: Option<String>,
    postal_code: Option<String>,
    address_type: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct InLanguage {
    code: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct InCost {
    option: Option<String>,
    amount: Option<f64>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct InAttribute {
    taxonomy_term_id: Option<String>,
    taxonomy_term: Option<InTerm>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct InTerm {
    id: Option<String>,
    name: Option<String>,
    term: Option<String>,
}

/// The ORUK field a Signpost check names.
fn field_of(problem: &str) -> &'static str {
    match problem {
        "service-invalid-name" => "name",
        "service-invalid-text" => "description",
        "service-invalid-ages" => "minimum_age",
        "service-invalid-needs" => "attributes",
        "service-invalid-language" => "languages",
        "service-invalid-hours" | "service-invalid-closure" => "schedules",
        "service-invalid-email" => "email",
        "service-invalid-website" => "url",
        "service-invalid-phone" => "phones",
        "service-invalid-location" => "service_at_locations",
        "service-invalid-postcode" => "postal_code",
        _ => "fees",
    }
}

fn text(v: Option<String>) -> Option<String> {
    v.map(|t| t.trim().to_string()).filter(|t| !t.is_empty())
}

/// "09:30" or "09:30:00" as minutes after midnight.
fn minutes(t: &str) -> Option<u16> {
    let mut parts = t.trim().splitn(3, ':');
    let (h, m): (u16, u16) = (parts.next()?.parse().ok()?, parts.next()?.get(..2)?.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

fn need_of(attribute: &InAttribute) -> Option<Need> {
    let term = attribute.taxonomy_term.as_ref();
    let by_id = |id: &Option<String>| id.as_deref().and_then(|i| Uuid::parse_str(i).ok()).and_then(need_of_term);
    by_id(&attribute.taxonomy_term_id)
        .or_else(|| term.and_then(|t| by_id(&t.id)))
        .or_else(|| term.and_then(|t| t.term.as_deref()).and_then(Need::from_code))
        .or_else(|| {
            let name = term?.name.as_deref()?.trim().to_lowercase();
            let english = crate::i18n::server::localizer(crate::i18n::reference());
            Need::ALL.into_iter().find(|n| english.t(&n.message_id()).to_lowercase() == name)
        })
}

type Refusal = (&'static str, &'static str);

fn organisation_from(value: &Value, known: Option<&Organisation>) -> Result<Organisation, (String, String, Refusal, Option<String>)> {
    let id_text = value.get("id").map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string)).unwrap_or_default();
    let name_text = value.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
    let refuse = |r: Refusal, detail: Option<String>| (id_text.clone(), name_text.clone(), r, detail);
    let o: InOrganisation = serde_json::from_value(value.clone()).map_err(|e| refuse(("id", "oruk-refused-record"), Some(e.to_string())))?;
    let id = o.id.as_deref().and_then(|i| Uuid::parse_str(i).ok()).ok_or_else(|| refuse(("id", "oruk-refused-id"), None))?;
    let organisation = Organisation {
        id,
        name: o.name.map(|n| n.trim().to_string()).unwrap_or_default(),
        description: o.description.map(|d| d.trim().to_string()).unwrap_or_default(),
        email: text(o.email),
        website: text(o.website),
        phones: match o.phones {
            Some(phones) => phones
                .into_iter()
                .filter_map(|p| Some(Phone { number: text(p.number)?, description: text(p.description) }))
                .collect(),
            None => known.map(|k| k.phones.clone()).unwrap_or_default(),
        },
        areas: match o.areas {
            Some(areas) => areas.into_iter().filter_map(|a| text(Some(a))).collect(),
            None => known.map(|k| k.areas.clone()).unwrap_or_default(),
        },
    };
    if let Some(problem) = crate::listings::model::organisation_problems(&organisation).first() {
        let field = match *problem {
            "service-invalid-name" => "name",
            "service-invalid-text" => "description",
            "service-invalid-email" => "email",
            "service-invalid-website" => "website",
            "service-invalid-phone" => "phones",
            _ => "areas",
        };
        return Err(refuse((field, problem), None));
    }
    Ok(organisation)
}

fn service_from(value: &Value, known: Option<&Service>) -> Result<Service, Refusal> {
    let s: InService = serde_json::from_value(value.clone()).map_err(|_| ("id", "oruk-refused-record"))?;
    let id = s.id.as_deref().and_then(|i| Uuid::parse_str(i).ok()).ok_or(("id", "oruk-refused-id"))?;
    let organisation_id = s
        .organization_id
        .as_deref()
        .or_else(|| s.organization.as_ref()?.get("id")?.as_str())
        .and_then(|i| Uuid::parse_str(i).ok())
        .ok_or(("organization_id", "oruk-refused-organization"))?;
    let status = ServiceStatus::from_oruk(s.status.as_deref().unwrap_or_default().trim()).ok_or(("status", "oruk-refused-status"))?;
    let age = |a: Option<f64>| match a {
        None => Ok(None),
        Some(v) if v.fract() == 0.0 && (0.0..=120.0).contains(&v) => Ok(Some(v as u8)),
        Some(_) => Err(("minimum_age", "service-invalid-ages")),
    };
    let (min_age, max_age) = (age(s.minimum_age)?, age(s.maximum_age).map_err(|_| ("maximum_age", "service-invalid-ages"))?);
    let last_reviewed = match text(s.assured_date) {
        Some(d) => Some(NaiveDate::parse_from_str(d.get(..10).unwrap_or(&d), "%Y-%m-%d").map_err(|_| ("assured_date", "oruk-refused-date"))?),
        None => known.and_then(|k| k.last_reviewed),
    };
    let mut periods = Vec::new();
    for schedule in &s.schedules {
        let weekly = schedule.freq.as_deref().is_none_or(|f| f.eq_ignore_ascii_case("weekly"));
        let times = schedule.opens_at.as_deref().and_then(minutes).zip(schedule.closes_at.as_deref().and_then(minutes));
        let days: Vec<u8> = schedule
            .byday
            .as_deref()
            .unwrap_or_default()
            .split(',')
            .filter(|d| !d.trim().is_empty())
            .map(|d| super::document::BYDAY.iter().position(|b| b.eq_ignore_ascii_case(d.trim())).map(|i| i as u8 + 1))
            .collect::<Option<_>>()
            .unwrap_or_default();
        let (Some((opens, closes)), true, false) = (times, weekly, days.is_empty()) else {
            return Err(("schedules", "oruk-refused-schedule"));
        };
        periods.extend(days.into_iter().map(|day| OpeningPeriod { day, opens, closes }));
    }
    let mut locations = Vec::new();
    for sal in s.service_at_locations {
        let location = sal.location.unwrap_or_default();
        let id = location
            .id
            .as_deref()
            .or(sal.location_id.as_deref())
            .and_then(|i| Uuid::parse_str(i).ok())
            .ok_or(("service_at_locations", "oruk-refused-id"))?;
        let mut addresses = location.addresses;
        let at = addresses.iter().position(|a| a.address_type.as_deref().is_none_or(|t| t == "physical")).unwrap_or(0);
        if addresses.is_empty() {
            return Err(("service_at_locations", "service-invalid-location"));
        }
        let address = addresses.swap_remove(at);
        let street = [text(address.address_1), text(address.address_2)].into_iter().flatten().collect::<Vec<_>>().join(", ");
        locations.push(Location {
            id,
            name: text(location.name),
            address: street,
            city: text(address.city).unwrap_or_default(),
            postcode: text(address.postal_code).unwrap_or_default(),
            neighbourhood: known.and_then(|k| k.locations.iter().find(|l| l.id == id)).and_then(|l| l.neighbourhood.clone()),
            latitude: location.latitude,
            longitude: location.longitude,
        });
    }
    let mut languages: Vec<String> = Vec::new();
    for l in s.languages {
        let code = l.code.map(|c| c.trim().to_lowercase()).ok_or(("languages", "service-invalid-language"))?;
        if !languages.contains(&code) {
            languages.push(code);
        }
    }
    let mut needs: Vec<Need> = Vec::new();
    for need in s.attributes.iter().filter_map(need_of) {
        if !needs.contains(&need) {
            needs.push(need);
        }
    }
    if needs.is_empty() {
        return Err(("attributes", "oruk-refused-needs"));
    }
    let free = s.cost_options.iter().any(|c| c.amount == Some(0.0) || c.option.as_deref().is_some_and(|o| o.trim().eq_ignore_ascii_case("free")));
    let fees = text(s.fees).or_else(|| {
        let options: Vec<String> = s.cost_options.iter().filter_map(|c| text(c.option.clone())).collect();
        (!free && !options.is_empty()).then(|| options.join("; "))
    });
    let service = Service {
        id,
        organisation_id,
        name: s.name.map(|n| n.trim().to_string()).unwrap_or_default(),
        description: s.description.map(|d| d.trim().to_string()).unwrap_or_default(),
        status,
        eligibility: match value.get("eligibility_description") {
            Some(_) => text(s.eligibility_description),
            None => known.and_then(|k| k.eligibility.clone()),
        },
        min_age,
        max_age,
        free,
        fees,
        access: known.map(|k| k.access).unwrap_or_default(),
        accepts_referrals: known.is_some_and(|k| k.accepts_referrals),
        needs,
        languages,
        areas: s.service_areas.into_iter().filter_map(|a| text(a.name).or(text(a.extent))).collect(),
        locations,
        phones: s.phones.into_iter().filter_map(|p| Some(Phone { number: text(p.number)?, description: text(p.description) })).collect(),
        email: text(s.email),
        website: text(s.url),
        hours: Hours {
            periods,
            closures: known.map(|k| k.hours.closures.clone()).unwrap_or_default(),
            special: known.map(|k| k.hours.special.clone()).unwrap_or_default(),
        },
        last_reviewed,
    };
    if let Some(problem) = service.problems().first() {
        return Err((field_of(problem), problem));
    }
    Ok(service)
}

fn outcome<T: PartialEq>(incoming: &T, known: Option<&T>) -> Outcome {
    match known {
        None => Outcome::New,
        Some(k) if k == incoming => Outcome::Unchanged,
        Some(_) => Outcome::Changed,
    }
}

/// Decides what an import of `records` would do to `current` (the published directory).
pub fn plan(records: &Records, current: &Directory) -> Plan {
    let mut out = Plan::default();
    let organisations: HashMap<Uuid, &Organisation> = current.organisations.iter().map(|o| (o.id, o)).collect();
    let services: HashMap<Uuid, &Service> = current.services.iter().map(|s| (s.id, s)).collect();
    // Organisations: those listed, then those named inside services (the first time each
    // appears; a listed one wins).
    let nested = records.services.iter().filter_map(|s| s.get("organization")).filter(|o| o.is_object());
    let mut seen: HashSet<String> = HashSet::new();
    let mut refused_organisations: HashSet<Uuid> = HashSet::new();
    let mut accepted: HashSet<Uuid> = HashSet::new();
    for value in records.organizations.iter().chain(nested) {
        let key = value.get("id").map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string)).unwrap_or_default();
        if !seen.insert(key.clone()) {
            continue;
        }
        let known = Uuid::parse_str(&key).ok().and_then(|id| organisations.get(&id).copied());
        match organisation_from(value, known) {
            Ok(o) => {
                accepted.insert(o.id);
                out.organisations.push((outcome(&o, known), o));
            }
            Err((id, name, (field, message), detail)) => {
                refused_organisations.extend(Uuid::parse_str(&id).ok());
                out.refused.push(Refused { entity: "organization", id, name, field, message, detail });
            }
        }
    }
    let mut seen_services: HashSet<Uuid> = HashSet::new();
    for value in &records.services {
        let id_text = value.get("id").map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string)).unwrap_or_default();
        let name = value.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
        let known = Uuid::parse_str(&id_text).ok().and_then(|id| services.get(&id).copied());
        let refuse = |field, message| Refused { entity: "service", id: id_text.clone(), name: name.clone(), field, message, detail: None };
        match service_from(value, known) {
            Ok(s) if !seen_services.insert(s.id) => out.refused.push(refuse("id", "oruk-refused-duplicate")),
            Ok(s)
                if refused_organisations.contains(&s.organisation_id)
                    || (!accepted.contains(&s.organisation_id) && !organisations.contains_key(&s.organisation_id)) =>
            {
                out.refused.push(refuse("organization_id", "oruk-refused-organization"));
            }
            Ok(s) => out.services.push((outcome(&s, known), s)),
            Err((field, message)) => {
                let mut r = refuse(field, message);
                if message == "oruk-refused-record" {
                    r.detail = serde_json::from_value::<InService>(value.clone()).err().map(|e| e.to_string());
                }
                out.refused.push(r);
            }
        }
    }
    out
}

/// Writes every new and changed record of `plan`, in one transaction, recording `source` and
/// the time on each. Nothing is written if any write fails.
pub async fn apply(db: &Db, plan: &Plan, source: &str, now_ms: i64) -> Result<(), AppError> {
    let mut tx = db.begin().await?;
    let mut written: Vec<(&'static str, Uuid)> = Vec::new();
    for (outcome, o) in &plan.organisations {
        if *outcome != Outcome::Unchanged {
            directory::upsert_organisation(&mut tx, o).await?;
            written.push(("organization", o.id));
        }
    }
    for (outcome, s) in &plan.services {
        if *outcome != Outcome::Unchanged {
            crate::listings::store::publish_service(&mut tx, s, false, None, None, now_ms).await?;
            written.push(("service", s.id));
        }
    }
    for (entity, id) in written {
        crate::on_tx!(&mut tx, conn => sqlx::query(
            "INSERT INTO oruk_imports (entity, id, source, imported_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (entity, id) DO UPDATE SET source = excluded.source, imported_at = excluded.imported_at",
        )
        .bind(entity)
        .bind(id.to_string())
        .bind(source)
        .bind(now_ms)
        .execute(conn)
        .await
        .map(|_| ()))?;
    }
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{reference, server::localizer};

    fn service_json() -> Value {
        serde_json::json!({
            "id": "6a1f0c8e-2b7d-4c1e-9f3a-1d2e3f4a5b6c",
            "name": "Lunch club",
            "description": "Hot lunch on Tuesdays.",
            "status": "active",
            "minimum_age": 60,
            "organization": { "id": "0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a", "name": "Friends of Belgrave", "description": "Neighbours helping." },
            "schedules": [{ "freq": "WEEKLY", "byday": "TU,TH", "opens_at": "12:00", "closes_at": "14:00:00" }],
            "service_at_locations": [{ "location": { "id": "4e3d2c1b-0a9f-4e8d-8c7b-6a5f4e3d2c1b", "addresses": [
                { "address_1": "1 Loughborough Road", "city": "Leicester", "postal_code": "LE4 5LN", "address_type": "physical" }] } }],
            "languages": [{ "code": "gu" }],
            "cost_options": [{ "option": "Free", "amount": 0 }],
            "attributes": [{ "taxonomy_term": { "name": "Food" } }],
        })
    }

    fn records(services: Vec<Value>) -> Records {
        Records { organizations: Vec::new(), services }
    }

    #[test]
    fn a_service_from_another_directory_is_mapped_field_by_field() {
        let plan = plan(&records(vec![service_json()]), &Directory::default());
        assert!(plan.refused.is_empty(), "{:?}", plan.refused);
        assert_eq!(plan.counts(), [2, 0, 0, 0]);
        let s = &plan.services[0].1;
        assert_eq!((s.name.as_str(), s.min_age, s.free, s.needs.as_slice()), ("Lunch club", Some(60), true, &[Need::Food][..]));
        assert_eq!(s.hours.periods, vec![OpeningPeriod { day: 2, opens: 720, closes: 840 }, OpeningPeriod { day: 4, opens: 720, closes: 840 }]);
        assert_eq!((s.locations[0].postcode.as_str(), s.languages.as_slice()), ("LE4 5LN", &["gu".to_string()][..]));
        assert_eq!(plan.organisations[0].1.name, "Friends of Belgrave");
    }

    #[test]
    fn the_same_records_again_are_unchanged_and_what_oruk_does_not_carry_is_kept() {
        let first = plan(&records(vec![service_json()]), &Directory::default());
        let mut directory = Directory {
            organisations: first.organisations.iter().map(|(_, o)| o.clone()).collect(),
            services: first.services.iter().map(|(_, s)| s.clone()).collect(),
        };
        directory.services[0].accepts_referrals = true;
        directory.services[0].locations[0].neighbourhood = Some("Belgrave".into());
        let again = plan(&records(vec![service_json()]), &directory);
        assert_eq!(again.counts(), [0, 0, 2, 0], "{}", again.report(&localizer(reference())));
        let mut renamed = service_json();
        renamed["name"] = "Lunch club for over-60s".into();
        let changed = plan(&records(vec![renamed]), &directory);
        assert_eq!(changed.counts(), [0, 1, 1, 0]);
        assert!(changed.services[0].1.accepts_referrals, "kept: ORUK does not say");
        assert_eq!(changed.services[0].1.locations[0].neighbourhood.as_deref(), Some("Belgrave"));
    }

    #[test]
    fn each_bad_record_is_refused_with_its_field_and_the_rest_go_ahead() {
        let bad = |f: &dyn Fn(&mut Value)| {
            let mut v = service_json();
            v["id"] = Uuid::now_v7().to_string().into();
            f(&mut v);
            v
        };
        let cases: Vec<(Value, &str, &str)> = vec![
            (bad(&|v| v["id"] = "not-a-uuid".into()), "id", "oruk-refused-id"),
            (bad(&|v| v["status"] = "open".into()), "status", "oruk-refused-status"),
            (bad(&|v| v["minimum_age"] = 130.into()), "minimum_age", "service-invalid-ages"),
            (bad(&|v| v["maximum_age"] = 20.into()), "minimum_age", "service-invalid-ages"),
            (bad(&|v| v["schedules"][0]["freq"] = "MONTHLY".into()), "schedules", "oruk-refused-schedule"),
            (bad(&|v| v["attributes"] = serde_json::json!([{ "taxonomy_term": { "name": "Plumbing" } }])), "attributes", "oruk-refused-needs"),
            (bad(&|v| v["service_at_locations"][0]["location"]["addresses"][0]["postal_code"] = "12345".into()), "postal_code", "service-invalid-postcode"),
            (bad(&|v| v["assured_date"] = "last spring".into()), "assured_date", "oruk-refused-date"),
            (bad(&|v| v["name"] = 7.into()), "id", "oruk-refused-record"),
            (bad(&|v| v["organization"]["id"] = "5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d".into()), "organization_id", "oruk-refused-organization"),
        ];
        let mut all: Vec<Value> = cases.iter().map(|(v, ..)| v.clone()).collect();
        // The organisation named in the last case has no name: refused, and its service with it.
        all[9]["organization"]["name"] = "".into();
        all.push(service_json());
        let plan = plan(&records(all), &Directory::default());
        assert_eq!(plan.services.len(), 1, "{}", plan.report(&localizer(reference())));
        for (i, (_, field, message)) in cases.iter().enumerate() {
            let r = &plan.refused.iter().filter(|r| r.entity == "service").nth(i).unwrap();
            assert_eq!((r.field, r.message), (*field, *message), "case {i}: {r:?}");
        }
        assert!(plan.refused.iter().any(|r| r.entity == "organization" && r.field == "name"), "{:?}", plan.refused);
        assert_eq!(plan.counts(), [2, 0, 0, 11], "the good service and its organisation; ten services and one organisation refused");
        assert!(plan.report(&localizer(reference())).contains("field `status`: The status must be active"), "{}", plan.report(&localizer(reference())));
    }

    #[test]
    fn only_oruk_documents_are_read() {
        assert!(matches!(parse("<html>"), Err(SourceError::NotOruk(_))));
        assert!(matches!(parse("{\"hello\": 1}"), Err(SourceError::NotOruk(_))));
        assert!(matches!(parse("[1, 2]"), Err(SourceError::NotOruk(_))));
        assert_eq!(parse(&format!("[{}]", service_json())).unwrap().services.len(), 1);
        assert_eq!(parse(&format!("{{\"contents\": [{}], \"total_items\": 1}}", service_json())).unwrap().services.len(), 1);
        assert_eq!(parse(&service_json().to_string()).unwrap().services.len(), 1);
        let huge = format!("[{}]", " ".repeat(MAX_BYTES));
        assert_eq!(parse(&huge).unwrap_err(), SourceError::TooLarge);
    }
}
