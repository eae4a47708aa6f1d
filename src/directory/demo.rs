//! The demo directory: services from the partners network's own updates, with contact details
//! that reach no one (Ofcom's drama numbers, example.org). Read from `demo.toml`, which is
//! written by hand and checked by the tests below.

use serde::Deserialize;
use uuid::Uuid;

use super::{
    hours::{Closure, Hours, HoursError, OpeningPeriod, SpecialHours, parse_hhmm},
    model::{Access, Directory, Location, Organisation, Phone, Service, ServiceStatus},
    needs::Need,
};

const SOURCE: &str = include_str!("demo.toml");

/// Namespace for the demo's stable ids (UUID v5 of each record's key), so reloading the demo
/// updates the same records instead of adding copies.
const NAMESPACE: Uuid = Uuid::from_u128(0x6d1f_3a52_8c0e_4b7a_9e21_5c4d_0b7e_91a3);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    organisation: Vec<OrgEntry>,
    service: Vec<ServiceEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OrgEntry {
    key: String,
    name: String,
    description: String,
    email: Option<String>,
    website: Option<String>,
    #[serde(default)]
    phones: Vec<String>,
    #[serde(default)]
    areas: Vec<String>,
    #[serde(default)]
    location: Vec<LocationEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LocationEntry {
    key: String,
    name: Option<String>,
    address: String,
    postcode: String,
    neighbourhood: String,
    latitude: f64,
    longitude: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ServiceEntry {
    key: String,
    organisation: String,
    name: String,
    description: String,
    #[serde(default = "active")]
    status: String,
    eligibility: Option<String>,
    min_age: Option<u8>,
    max_age: Option<u8>,
    #[serde(default = "yes")]
    free: bool,
    fees: Option<String>,
    access: Vec<String>,
    #[serde(default)]
    accepts_referrals: bool,
    needs: Vec<String>,
    languages: Vec<String>,
    #[serde(default)]
    areas: Vec<String>,
    #[serde(default)]
    locations: Vec<String>,
    #[serde(default)]
    phones: Vec<String>,
    email: Option<String>,
    website: Option<String>,
    #[serde(default)]
    hours: Vec<String>,
    #[serde(default)]
    closures: Vec<ClosureEntry>,
    #[serde(default)]
    special: Vec<SpecialEntry>,
    last_reviewed: Option<chrono::NaiveDate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClosureEntry {
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    note: Option<String>,
}

/// Different hours on some dates: `hours` is "HH:MM-HH:MM".
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SpecialEntry {
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    hours: String,
    note: Option<String>,
}

fn active() -> String {
    "active".to_string()
}
fn yes() -> bool {
    true
}

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("demo.toml: {0}")]
    Parse(#[from] toml::de::Error),
    #[error("demo.toml, {key}: {message}")]
    Entry { key: String, message: String },
    #[error("demo.toml, {key}: {source}")]
    Hours { key: String, source: HoursError },
}

fn entry_err(key: &str, message: impl Into<String>) -> DemoError {
    DemoError::Entry { key: key.to_string(), message: message.into() }
}

fn id(kind: &str, key: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, format!("{kind}/{key}").as_bytes())
}

fn phone(number: &str) -> Phone {
    match number.split_once(" | ") {
        Some((n, d)) => Phone { number: n.trim().to_string(), description: Some(d.trim().to_string()) },
        None => Phone { number: number.trim().to_string(), description: None },
    }
}

/// The demo directory.
pub fn directory() -> Result<Directory, DemoError> {
    let file: File = toml::from_str(SOURCE)?;
    let mut locations = Vec::new();
    let mut organisations = Vec::new();
    for o in &file.organisation {
        for l in &o.location {
            locations.push((
                l.key.clone(),
                Location {
                    id: id("location", &l.key),
                    name: l.name.clone(),
                    address: l.address.clone(),
                    city: "Leicester".to_string(),
                    postcode: l.postcode.clone(),
                    neighbourhood: Some(l.neighbourhood.clone()),
                    latitude: Some(l.latitude),
                    longitude: Some(l.longitude),
                },
            ));
        }
        organisations.push(Organisation {
            id: id("organisation", &o.key),
            name: o.name.clone(),
            description: o.description.clone(),
            email: o.email.clone(),
            website: o.website.clone(),
            phones: o.phones.iter().map(|p| phone(p)).collect(),
            areas: o.areas.clone(),
        });
    }
    let mut services = Vec::new();
    for s in &file.service {
        let key = s.key.as_str();
        if !file.organisation.iter().any(|o| o.key == s.organisation) {
            return Err(entry_err(key, format!("unknown organisation {}", s.organisation)));
        }
        let status = ServiceStatus::from_oruk(&s.status).ok_or_else(|| entry_err(key, "unknown status"))?;
        let mut access = Access::default();
        for a in &s.access {
            match a.as_str() {
                "drop-in" => access.drop_in = true,
                "self-referral" => access.self_referral = true,
                "professional-referral" => access.professional_referral = true,
                "phone" => access.phone = true,
                "appointment" => access.appointment = true,
                other => return Err(entry_err(key, format!("unknown access {other}"))),
            }
        }
        let needs = s
            .needs
            .iter()
            .map(|n| Need::from_code(n).ok_or_else(|| entry_err(key, format!("unknown need {n}"))))
            .collect::<Result<Vec<_>, _>>()?;
        let service_locations = s
            .locations
            .iter()
            .map(|k| {
                locations.iter().find(|(lk, _)| lk == k).map(|(_, l)| l.clone()).ok_or_else(|| entry_err(key, format!("unknown location {k}")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let periods = s
            .hours
            .iter()
            .map(|h| OpeningPeriod::parse(h).map_err(|source| DemoError::Hours { key: key.to_string(), source }))
            .collect::<Result<Vec<_>, _>>()?;
        let closures =
            s.closures.iter().map(|c| Closure { from: c.from, to: c.to, note: c.note.clone() }).collect();
        let special = s
            .special
            .iter()
            .map(|h| {
                let (opens, closes) = h.hours.split_once('-').ok_or_else(|| entry_err(key, format!("special hours {:?}", h.hours)))?;
                let minutes = |t: &str| parse_hhmm(t).map_err(|source| DemoError::Hours { key: key.to_string(), source });
                Ok(SpecialHours { from: h.from, to: h.to, opens: minutes(opens)?, closes: minutes(closes)?, note: h.note.clone() })
            })
            .collect::<Result<Vec<_>, DemoError>>()?;
        services.push(Service {
            id: id("service", key),
            organisation_id: id("organisation", &s.organisation),
            name: s.name.clone(),
            description: s.description.trim().to_string(),
            status,
            eligibility: s.eligibility.clone(),
            min_age: s.min_age,
            max_age: s.max_age,
            free: s.free,
            fees: s.fees.clone(),
            access,
            accepts_referrals: s.accepts_referrals,
            needs,
            languages: s.languages.clone(),
            areas: s.areas.clone(),
            locations: service_locations,
            phones: s.phones.iter().map(|p| phone(p)).collect(),
            email: s.email.clone(),
            website: s.website.clone(),
            hours: Hours { periods, closures, special },
            last_reviewed: s.last_reviewed,
        });
    }
    Ok(Directory { organisations, services })
}

/// The id the demo gives a service key (for tests and links in docs).
pub fn service_id(key: &str) -> Uuid {
    id("service", key)
}

/// The id the demo gives an organisation key.
pub fn organisation_id(key: &str) -> Uuid {
    id("organisation", key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn in_drama_range(number: &str) -> bool {
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        // Ofcom's ranges for drama: 0116 496 0000–0999 (Leicester) and 07700 900000–900999.
        (digits.len() == 11 && digits.starts_with("01164960")) || (digits.len() == 11 && digits.starts_with("07700900"))
    }

    #[test]
    fn demo_directory_is_valid_and_big_enough() {
        let d = directory().expect("demo.toml loads");
        assert!(d.services.len() >= 30, "only {} services", d.services.len());
        let mut ids: Vec<_> = d.services.iter().map(|s| s.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), d.services.len(), "service keys are unique");
        for s in &d.services {
            assert!(!s.needs.is_empty(), "{} has no needs", s.name);
            assert!(!s.languages.is_empty(), "{} has no languages", s.name);
            assert!(s.description.len() > 40, "{} has a thin description", s.name);
            assert!(!s.locations.is_empty() || !s.areas.is_empty(), "{} has no place", s.name);
            if let (Some(min), Some(max)) = (s.min_age, s.max_age) {
                assert!(min <= max, "{}", s.name);
            }
        }
        // Every need is offered by someone, so every filter finds something.
        for need in Need::ALL {
            assert!(d.services.iter().any(|s| s.needs.contains(&need)), "no demo service for {need:?}");
        }
        // Spread across the city.
        assert!(d.neighbourhoods().len() >= 8, "{:?}", d.neighbourhoods());
    }

    #[test]
    fn demo_contact_details_reach_no_one() {
        let d = directory().unwrap();
        let phones = d.organisations.iter().flat_map(|o| &o.phones).chain(d.services.iter().flat_map(|s| &s.phones));
        for p in phones {
            assert!(in_drama_range(&p.number), "{} is not an Ofcom drama number", p.number);
        }
        let emails = d.organisations.iter().filter_map(|o| o.email.as_deref()).chain(d.services.iter().filter_map(|s| s.email.as_deref()));
        for e in emails {
            assert!(e.ends_with("@example.org") || e.ends_with(".example.org"), "{e} is not at example.org");
        }
        let sites = d.organisations.iter().filter_map(|o| o.website.as_deref()).chain(d.services.iter().filter_map(|s| s.website.as_deref()));
        for w in sites {
            assert!(w.starts_with("https://") && (w.contains(".example.org") || w.contains("//example.org")), "{w}");
        }
    }

    #[test]
    fn demo_ids_are_stable() {
        assert_eq!(service_id("x"), service_id("x"));
        assert_ne!(service_id("x"), organisation_id("x"));
    }
}
