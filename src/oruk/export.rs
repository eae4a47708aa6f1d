//! The whole published directory as one Open Referral UK JSON file, or as ORUK's tabular CSV
//! files (docs/ORUK.md). Both are made from the same documents the API serves.

use serde::Serialize;

use super::document::{
    Documents, NEEDS_TAXONOMY, NEEDS_TAXONOMY_ID, OrganizationSummary, ServiceFull, VERSION, taxonomy, taxonomy_term,
};
use crate::directory::{cache::Snapshot, needs::Need};

/// The JSON export: every organisation (with its phones and areas) and every service in full.
#[derive(Serialize)]
pub struct Export {
    pub version: &'static str,
    pub organizations: Vec<OrganizationSummary>,
    pub services: Vec<ServiceFull>,
}

/// The published directory's services in the API's order (by name, then id).
fn services(snapshot: &Snapshot) -> Vec<ServiceFull> {
    let docs = Documents::new(snapshot);
    snapshot.by_name.iter().filter_map(|&i| docs.service_full(&snapshot.directory.services[i])).collect()
}

pub fn json(snapshot: &Snapshot) -> String {
    let docs = Documents::new(snapshot);
    let mut organisations: Vec<_> = snapshot.directory.organisations.iter().collect();
    organisations.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    let export = Export {
        version: VERSION,
        organizations: organisations.into_iter().map(|o| docs.organization_with_contacts(o)).collect(),
        services: services(snapshot),
    };
    serde_json::to_string_pretty(&export).unwrap_or_default()
}

/// The names of the CSV files, in the order they are written.
pub const CSV_FILES: [&str; 13] = crate::listings::oruk_page::CSV_TABLES;

/// One table: the example's columns, in its order, then any HSDS columns Signpost needs to
/// carry its data (named in docs/ORUK.md).
struct Table {
    writer: csv::Writer<Vec<u8>>,
}

impl Table {
    fn new(columns: &[&str]) -> Self {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let _ = writer.write_record(columns);
        Table { writer }
    }

    fn row<const N: usize>(&mut self, cells: [String; N]) {
        let _ = self.writer.write_record(cells);
    }

    fn finish(self) -> Vec<u8> {
        self.writer.into_inner().unwrap_or_default()
    }
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// The CSV files: (name, contents), in the order of [`CSV_FILES`].
pub fn csv(snapshot: &Snapshot) -> Vec<(&'static str, Vec<u8>)> {
    let docs = Documents::new(snapshot);
    let s = String::new;
    let mut organizations = Table::new(&["id", "name", "description", "email", "website", "logo", "uri", "parent_organization_id"]);
    let mut phones = Table::new(&["id", "contact_id", "number", "description", "service_id", "organization_id"]);
    let mut orgs: Vec<_> = snapshot.directory.organisations.iter().collect();
    orgs.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    for o in orgs {
        let o = docs.organization_with_contacts(o);
        organizations.row([o.id.to_string(), o.name, o.description, opt(&o.email), opt(&o.website), s(), s(), s()]);
        for p in o.phones {
            phones.row([p.id.to_string(), s(), p.number, opt(&p.description), s(), o.id.to_string()]);
        }
    }
    let mut services_t = Table::new(&[
        "id",
        "organization_id",
        "name",
        "description",
        "url",
        "email",
        "status",
        "fees",
        "accreditations",
        "minimum_age",
        "maximum_age",
        "assured_date",
        "assurer_email",
        "alert",
        "last_modified",
        "eligibility_description",
    ]);
    let mut locations = Table::new(&["id", "location_type", "name", "description", "latitude", "longitude", "external_identifier", "external_identifier_type"]);
    let mut addresses = Table::new(&[
        "id", "location_id", "attention", "address_1", "address_2", "city", "region", "state_province", "postal_code", "country", "address_type",
    ]);
    let mut service_at_location = Table::new(&["id", "service_id", "location_id"]);
    let mut schedules = Table::new(&[
        "id", "service_id", "location_id", "service_at_location_id", "valid_from", "valid_to", "dtstart", "timezone", "until", "count", "wkst",
        "freq", "interval", "byday", "byweekno", "bymonthday", "byyearday", "description", "opens_at", "closes_at", "schedule_link",
        "attending_type", "notes",
    ]);
    let mut service_areas = Table::new(&["id", "service_id", "name", "extent", "extent_type", "uri", "service_area"]);
    let mut languages = Table::new(&["id", "service_id", "phone_id", "name", "code"]);
    let mut cost_options = Table::new(&["id", "service_id", "valid_from", "valid_to", "option", "amount", "amount_description"]);
    let mut attributes = Table::new(&["id", "link_id", "taxonomy_term_id", "link_type"]);
    let mut seen_locations = std::collections::HashSet::new();
    for service in services(snapshot) {
        let v = &service.service;
        services_t.row([
            v.id.to_string(),
            v.organization_id.to_string(),
            v.name.clone(),
            v.description.clone(),
            opt(&v.url),
            opt(&v.email),
            v.status.clone(),
            opt(&v.fees),
            s(),
            opt(&v.minimum_age),
            opt(&v.maximum_age),
            opt(&v.assured_date),
            s(),
            s(),
            v.last_modified.map(|t| t.to_rfc3339()).unwrap_or_default(),
            opt(&service.eligibility_description),
        ]);
        for sal in &service.service_at_locations {
            service_at_location.row([sal.id.to_string(), sal.service_id.to_string(), sal.location_id.to_string()]);
            // A location several services share is one row.
            if seen_locations.insert(sal.location_id) {
                let l = &sal.location;
                locations.row([l.id.to_string(), l.location_type.clone(), opt(&l.name), s(), opt(&l.latitude), opt(&l.longitude), s(), s()]);
                for a in &l.addresses {
                    addresses.row([
                        a.id.to_string(),
                        a.location_id.to_string(),
                        s(),
                        a.address_1.clone(),
                        s(),
                        a.city.clone(),
                        s(),
                        a.state_province.clone(),
                        a.postal_code.clone(),
                        a.country.clone(),
                        a.address_type.clone(),
                    ]);
                }
            }
        }
        for d in &service.schedules {
            schedules.row([
                d.id.to_string(),
                d.service_id.to_string(),
                s(),
                s(),
                s(),
                s(),
                s(),
                "Europe/London".into(),
                s(),
                s(),
                s(),
                d.freq.clone(),
                d.interval.to_string(),
                d.byday.clone(),
                s(),
                s(),
                s(),
                opt(&d.description),
                d.opens_at.clone(),
                d.closes_at.clone(),
                s(),
                s(),
                s(),
            ]);
        }
        for a in &service.service_areas {
            service_areas.row([a.id.to_string(), a.service_id.to_string(), a.name.clone(), a.extent.clone(), a.extent_type.clone(), s(), s()]);
        }
        for l in &service.languages {
            languages.row([l.id.to_string(), l.service_id.to_string(), s(), l.name.clone(), l.code.clone()]);
        }
        for c in &service.cost_options {
            cost_options.row([c.id.to_string(), c.service_id.to_string(), s(), s(), c.option.clone(), opt(&c.amount), s()]);
        }
        for p in &service.phones {
            phones.row([p.id.to_string(), s(), p.number.clone(), opt(&p.description), v.id.to_string(), s()]);
        }
        for a in &service.attributes {
            attributes.row([a.id.to_string(), a.link_id.to_string(), a.taxonomy_term_id.to_string(), a.link_type.clone()]);
        }
    }
    let mut taxonomies = Table::new(&["id", "name", "description", "uri", "version"]);
    let t = taxonomy(false);
    taxonomies.row([t.id.to_string(), t.name, t.description, s(), t.version]);
    let mut terms = Table::new(&["id", "name", "description", "parent_id", "taxonomy", "taxonomy_id", "term_uri", "term"]);
    for need in Need::ALL {
        let term = taxonomy_term(need, false);
        terms.row([term.id.to_string(), term.name, term.description, s(), NEEDS_TAXONOMY.into(), NEEDS_TAXONOMY_ID.to_string(), s(), term.term]);
    }
    let tables = [
        organizations,
        services_t,
        locations,
        addresses,
        service_at_location,
        schedules,
        service_areas,
        languages,
        cost_options,
        phones,
        taxonomies,
        terms,
        attributes,
    ];
    CSV_FILES.into_iter().zip(tables.map(Table::finish)).collect()
}
