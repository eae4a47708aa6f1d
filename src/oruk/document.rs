//! The published directory as Open Referral UK 3.0 documents.
//!
//! Signpost's own types are ORUK-shaped with plain names (`directory::model`); this module maps
//! them to ORUK's names and nesting. Records ORUK gives an id that Signpost keeps inside another
//! record (a schedule, a language, a service area, an address) get a stable id derived from
//! their parent's id and their content (UUID v5), so the same listing always has the same
//! document.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    directory::{
        cache::Snapshot,
        model::{Location, Organisation, Service},
        needs::Need,
    },
    i18n::{LOCALES, reference, server::localizer},
};

/// What `GET /api/oruk/` answers as `version`: the form the official validator recognises.
pub const VERSION: &str = "HSDS-UK-3.0";
/// The profile's own description.
pub const PROFILE: &str = "https://github.com/openreferral/uk-profile";
/// The needs taxonomy's id (stable: it never changes).
pub const NEEDS_TAXONOMY_ID: Uuid = Uuid::from_u128(0x2d91_844a_4ae0_5aed_b24f_08bd_ce4b_faba);
/// The needs taxonomy's name, as ORUK's `taxonomy` field of each term carries it.
pub const NEEDS_TAXONOMY: &str = "signpost-needs";
/// Namespace of the ids derived for records Signpost keeps inside others.
const NAMESPACE: Uuid = Uuid::from_u128(0x8a4e_77c2_1f3b_4d0e_a5c6_93b1_7e2d_4f60);

/// A derived id: the same parent, kind and key always give the same id.
fn derived(parent: Uuid, kind: &str, key: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, format!("{parent}/{kind}/{key}").as_bytes())
}

/// The id of a need's taxonomy term: the ids the database has linked services with since the
/// first migration (`taxonomy_terms`), so they are the same in every Signpost.
pub fn term_id(need: Need) -> Uuid {
    Uuid::from_u128(match need {
        Need::Food => 0xbcfee363_788a_5e56_b315_313f3d60badf,
        Need::Housing => 0xf5741a7d_90d9_5f94_80bd_a4dd96381396,
        Need::Money => 0x3d073cc6_682e_5526_8b48_38e81851cde6,
        Need::Immigration => 0x209af754_a7a0_579f_aa90_0bc3a278d541,
        Need::Health => 0xcb6efcc7_4479_516f_971d_9d8fb34504e3,
        Need::Families => 0x8c99c910_0808_5892_b56a_7e62c5b621a6,
        Need::Youth => 0x8ff033d4_6a33_5fad_b2c5_9fb1bce5ff17,
        Need::Education => 0x1f8f30c0_1c0e_5d50_8edb_b22fe8c8f0dd,
        Need::Send => 0xe416c7f9_993f_50b9_8b26_8d76e7ff649a,
        Need::CareExperienced => 0x70d2d47a_2a1e_5544_a3fe_d251b723a0c7,
        Need::PrisonersFamilies => 0x0a52618f_8da6_5300_a0ad_f5cada46c973,
        Need::Digital => 0x21318a8f_3413_5fb5_88cb_7ffb4fba0e60,
        Need::Community => 0xa7b05896_dc49_5e02_8e37_361625a4d57b,
        Need::Safety => 0xb137f00a_7bf2_55e0_a7ab_0749b822b1cb,
    })
}

/// The need a taxonomy term id stands for.
pub fn need_of_term(id: Uuid) -> Option<Need> {
    Need::ALL.into_iter().find(|n| term_id(*n) == id)
}

/// `GET /api/oruk/`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApiInfo {
    pub version: String,
    pub profile: String,
    pub openapi_url: String,
}

/// ORUK's page of results, with all eight keys.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Page<T> {
    pub total_items: u64,
    pub total_pages: u64,
    /// 1-based.
    pub page_number: u64,
    /// The number of items on this page.
    pub size: u64,
    pub first_page: bool,
    pub last_page: bool,
    pub empty: bool,
    pub contents: Vec<T>,
}

impl<T> Page<T> {
    /// Page `page_number` (1-based) of `per_page` items from `all`.
    pub fn cut(all: Vec<T>, page_number: u64, per_page: u64) -> Self {
        let total_items = all.len() as u64;
        let total_pages = total_items.div_ceil(per_page);
        let start = ((page_number - 1).saturating_mul(per_page)).min(total_items) as usize;
        let contents: Vec<T> = all.into_iter().skip(start).take(per_page as usize).collect();
        Page {
            total_items,
            total_pages,
            page_number,
            size: contents.len() as u64,
            first_page: page_number == 1,
            last_page: page_number >= total_pages,
            empty: contents.is_empty(),
            contents,
        }
    }

    /// The same page with each item turned into something else (documents are built for the
    /// page's items only).
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        let Page { total_items, total_pages, page_number, size, first_page, last_page, empty, contents } = self;
        Page { total_items, total_pages, page_number, size, first_page, last_page, empty, contents: contents.into_iter().map(f).collect() }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganizationSummary {
    pub id: Uuid,
    pub name: String,
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Its phone numbers (HSDS 3.0 `phones`): in full documents only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<PhoneDoc>,
    /// The areas it works in (a Signpost extension: ORUK has service areas only): in full
    /// documents only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<String>,
}

/// `/organizations/{id}`: the organisation and its services.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganizationFull {
    #[serde(flatten)]
    pub organization: OrganizationSummary,
    pub services: Vec<ServiceSummary>,
}

/// A service as lists show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceSummary {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub name: String,
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `active`, `inactive`, `defunct` or `temporarily closed`.
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fees: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_age: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum_age: Option<u8>,
    /// When the organisation last confirmed the listing (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assured_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<DateTime<Utc>>,
    pub organization: OrganizationSummary,
}

/// `/services/{id}`: the service with everything about it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceFull {
    #[serde(flatten)]
    pub service: ServiceSummary,
    /// Who the service is for, in words (HSDS 3.0 `eligibility_description`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
    pub schedules: Vec<ScheduleDoc>,
    pub service_areas: Vec<ServiceAreaDoc>,
    pub service_at_locations: Vec<ServiceAtLocationDoc>,
    pub languages: Vec<LanguageDoc>,
    pub cost_options: Vec<CostOptionDoc>,
    /// HSDS 3.0 `phones` (the UK profile's compiled schema leaves them out; extra fields are
    /// allowed, and consumers of HSDS read them).
    pub phones: Vec<PhoneDoc>,
    pub contacts: Vec<ContactDoc>,
    pub attributes: Vec<AttributeDoc>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScheduleDoc {
    pub id: Uuid,
    pub service_id: Uuid,
    pub freq: String,
    pub interval: u32,
    /// RFC 5545 day: `MO` … `SU`.
    pub byday: String,
    /// HH:MM, London time.
    pub opens_at: String,
    pub closes_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceAreaDoc {
    pub id: Uuid,
    pub service_id: Uuid,
    pub name: String,
    pub extent_type: String,
    pub extent: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LanguageDoc {
    pub id: Uuid,
    pub service_id: Uuid,
    /// The language's English name.
    pub name: String,
    /// ISO 639 code.
    pub code: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CostOptionDoc {
    pub id: Uuid,
    pub service_id: Uuid,
    pub option: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PhoneDoc {
    pub id: Uuid,
    pub number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContactDoc {
    pub id: Uuid,
    pub service_id: Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// A service's link to a taxonomy term (one per need).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttributeDoc {
    pub id: Uuid,
    pub link_id: Uuid,
    pub link_type: String,
    pub taxonomy_term_id: Uuid,
    pub taxonomy_term: TaxonomyTermDoc,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceAtLocationDoc {
    pub id: Uuid,
    pub service_id: Uuid,
    pub location_id: Uuid,
    pub location: LocationDoc,
    /// Only in `/service_at_locations` documents (not nested in a service).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<ServiceSummary>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocationDoc {
    pub id: Uuid,
    pub location_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    pub addresses: Vec<AddressDoc>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AddressDoc {
    pub id: Uuid,
    pub location_id: Uuid,
    pub address_1: String,
    pub city: String,
    /// ORUK requires it; Signpost does not record a county, so it is empty.
    pub state_province: String,
    pub postal_code: String,
    pub country: String,
    pub address_type: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TaxonomyDoc {
    pub id: Uuid,
    pub name: String,
    pub description: String,
    pub version: String,
    /// Only in `/taxonomies/{id}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taxonomy_terms: Option<Vec<TaxonomyTermDoc>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TaxonomyTermDoc {
    pub id: Uuid,
    /// The English name.
    pub name: String,
    pub description: String,
    pub taxonomy: String,
    pub taxonomy_id: Uuid,
    /// Signpost's code for the need (`food`, `care-experienced`, …).
    pub term: String,
    /// The name in every other shipped language, by locale id (a Signpost extension).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<TermTranslation>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TermTranslation {
    pub language: String,
    pub name: String,
}

/// Turns the snapshot's records into ORUK documents.
pub struct Documents<'a> {
    snapshot: &'a Snapshot,
}

impl<'a> Documents<'a> {
    pub fn new(snapshot: &'a Snapshot) -> Self {
        Self { snapshot }
    }

    pub fn organization(&self, o: &Organisation) -> OrganizationSummary {
        OrganizationSummary {
            id: o.id,
            name: o.name.clone(),
            description: o.description.clone(),
            email: o.email.clone(),
            website: o.website.clone(),
            phones: Vec::new(),
            areas: Vec::new(),
        }
    }

    /// The organisation with its phones and areas, as full documents carry it.
    pub fn organization_with_contacts(&self, o: &Organisation) -> OrganizationSummary {
        OrganizationSummary {
            phones: o
                .phones
                .iter()
                .map(|p| PhoneDoc { id: derived(o.id, "phone", &p.number), number: p.number.clone(), description: p.description.clone() })
                .collect(),
            areas: o.areas.clone(),
            ..self.organization(o)
        }
    }

    pub fn organization_full(&self, o: &Organisation) -> OrganizationFull {
        let mut services: Vec<&Service> = self.snapshot.directory.services.iter().filter(|s| s.organisation_id == o.id).collect();
        services.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        OrganizationFull {
            organization: self.organization_with_contacts(o),
            services: services.into_iter().filter_map(|s| self.service(s)).collect(),
        }
    }

    /// A service as lists show it; `None` if its organisation is missing (never published).
    pub fn service(&self, s: &Service) -> Option<ServiceSummary> {
        let organisation = self.snapshot.organisation(s.organisation_id)?;
        Some(ServiceSummary {
            id: s.id,
            organization_id: s.organisation_id,
            name: s.name.clone(),
            description: s.description.clone(),
            url: s.website.clone(),
            email: s.email.clone(),
            status: s.status.oruk().to_string(),
            fees: s.fees.clone(),
            minimum_age: s.min_age,
            maximum_age: s.max_age,
            assured_date: s.last_reviewed.map(|d| d.format("%Y-%m-%d").to_string()),
            last_modified: self.snapshot.modified(s.id),
            organization: self.organization(organisation),
        })
    }

    /// A service with everything about it, and its organisation with its phones and areas (so
    /// that a file of these documents carries the whole directory: `export`).
    pub fn service_full(&self, s: &Service) -> Option<ServiceFull> {
        let mut summary = self.service(s)?;
        summary.organization = self.organization_with_contacts(self.snapshot.organisation(s.organisation_id)?);
        let english = localizer(reference());
        let schedules = s
            .hours
            .periods
            .iter()
            .map(|p| {
                let (opens, closes) = (hhmm(p.opens), hhmm(p.closes));
                let day = BYDAY[usize::from(p.day.clamp(1, 7)) - 1];
                ScheduleDoc {
                    id: derived(s.id, "schedule", &format!("{day} {opens}-{closes}")),
                    service_id: s.id,
                    freq: "WEEKLY".into(),
                    interval: 1,
                    byday: day.into(),
                    opens_at: opens,
                    closes_at: closes,
                    description: None,
                }
            })
            .collect();
        let service_areas = s
            .areas
            .iter()
            .map(|a| ServiceAreaDoc {
                id: derived(s.id, "area", a),
                service_id: s.id,
                name: a.clone(),
                extent_type: "text".into(),
                extent: a.clone(),
            })
            .collect();
        let service_at_locations = s.locations.iter().map(|l| self.service_at_location(s, l, false)).collect();
        let languages = s
            .languages
            .iter()
            .map(|code| LanguageDoc {
                id: derived(s.id, "language", code),
                service_id: s.id,
                name: crate::directory::ui::format::language_name(&english, code),
                code: code.clone(),
            })
            .collect();
        let cost_options = if s.free {
            vec![CostOptionDoc { id: derived(s.id, "cost", "free"), service_id: s.id, option: "Free".into(), amount: Some(0.0) }]
        } else {
            s.fees
                .iter()
                .map(|f| CostOptionDoc { id: derived(s.id, "cost", f), service_id: s.id, option: f.clone(), amount: None })
                .collect()
        };
        let phones = s
            .phones
            .iter()
            .map(|p| PhoneDoc { id: derived(s.id, "phone", &p.number), number: p.number.clone(), description: p.description.clone() })
            .collect();
        let attributes = s
            .needs
            .iter()
            .map(|n| AttributeDoc {
                id: derived(s.id, "attribute", n.code()),
                link_id: s.id,
                link_type: "service".into(),
                taxonomy_term_id: term_id(*n),
                taxonomy_term: taxonomy_term(*n, false),
            })
            .collect();
        Some(ServiceFull {
            service: summary,
            eligibility_description: s.eligibility.clone(),
            schedules,
            service_areas,
            service_at_locations,
            languages,
            cost_options,
            phones,
            contacts: Vec::new(),
            attributes,
        })
    }

    /// A service at one of its locations; with the service itself when asked on its own.
    pub fn service_at_location(&self, s: &Service, l: &Location, with_service: bool) -> ServiceAtLocationDoc {
        ServiceAtLocationDoc {
            id: service_at_location_id(s.id, l.id),
            service_id: s.id,
            location_id: l.id,
            location: LocationDoc {
                id: l.id,
                location_type: "physical".into(),
                name: l.name.clone(),
                latitude: l.latitude,
                longitude: l.longitude,
                addresses: vec![AddressDoc {
                    id: derived(l.id, "address", "physical"),
                    location_id: l.id,
                    address_1: l.address.clone(),
                    city: l.city.clone(),
                    state_province: String::new(),
                    postal_code: l.postcode.clone(),
                    country: "GB".into(),
                    address_type: "physical".into(),
                }],
            },
            service: if with_service { self.service(s) } else { None },
        }
    }
}

/// The id of a service at a location.
pub fn service_at_location_id(service: Uuid, location: Uuid) -> Uuid {
    derived(service, "service_at_location", &location.to_string())
}

/// RFC 5545 day names, Monday first (ISO weekday 1 … 7).
pub const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

fn hhmm(minutes: u16) -> String {
    let m = minutes % (24 * 60);
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// The needs taxonomy; with its terms when asked on its own.
pub fn taxonomy(with_terms: bool) -> TaxonomyDoc {
    TaxonomyDoc {
        id: NEEDS_TAXONOMY_ID,
        name: NEEDS_TAXONOMY.into(),
        description: "What a family needs help with: the categories Signpost's directory is searched by.".into(),
        version: "1".into(),
        taxonomy_terms: with_terms.then(|| Need::ALL.into_iter().map(|n| taxonomy_term(n, false)).collect()),
    }
}

/// A need as a taxonomy term: its English name, and its name in every other shipped language
/// when `translations` is asked for.
pub fn taxonomy_term(need: Need, translations: bool) -> TaxonomyTermDoc {
    let english = localizer(reference());
    let id = need.message_id();
    let name = english.t(&id);
    TaxonomyTermDoc {
        id: term_id(need),
        description: format!("Services that help with: {name}."),
        name,
        taxonomy: NEEDS_TAXONOMY.into(),
        taxonomy_id: NEEDS_TAXONOMY_ID,
        term: need.code().into(),
        translations: if translations {
            LOCALES
                .iter()
                .filter(|l| l.id != reference().id)
                .map(|l| TermTranslation { language: l.id.to_string(), name: localizer(l).t(&id) })
                .collect()
        } else {
            Vec::new()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_say_where_they_are() {
        let p = Page::cut((1..=12).collect::<Vec<_>>(), 1, 5);
        assert_eq!((p.total_items, p.total_pages, p.size, p.first_page, p.last_page, p.empty), (12, 3, 5, true, false, false));
        let p = Page::cut((1..=12).collect::<Vec<_>>(), 3, 5);
        assert_eq!((p.contents, p.size, p.first_page, p.last_page), (vec![11, 12], 2, false, true));
        let p = Page::cut((1..=12).collect::<Vec<_>>(), 9, 5);
        assert_eq!((p.size, p.last_page, p.empty), (0, true, true), "past the end: an empty page");
        let p = Page::cut(Vec::<u8>::new(), 1, 5);
        assert_eq!((p.total_pages, p.first_page, p.last_page, p.empty), (0, true, true, true));
    }

    #[test]
    fn every_need_has_its_own_term_and_back() {
        let mut ids: Vec<Uuid> = Need::ALL.into_iter().map(term_id).collect();
        for n in Need::ALL {
            assert_eq!(need_of_term(term_id(n)), Some(n));
        }
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), Need::ALL.len());
        let term = taxonomy_term(Need::Food, true);
        assert_eq!((term.name.as_str(), term.term.as_str()), ("Food", "food"));
        assert_eq!(term.translations.len(), LOCALES.len() - 1);
        assert!(term.translations.iter().any(|t| t.language == "ar" && t.name != "Food"), "{:?}", term.translations);
    }

    #[test]
    fn derived_ids_are_stable_and_distinct() {
        let s = Uuid::from_u128(1);
        assert_eq!(derived(s, "language", "so"), derived(s, "language", "so"));
        assert_ne!(derived(s, "language", "so"), derived(s, "language", "ar"));
        assert_ne!(derived(s, "language", "so"), derived(Uuid::from_u128(2), "language", "so"));
        assert_eq!(hhmm(9 * 60 + 5), "09:05");
        assert_eq!(hhmm(24 * 60), "00:00");
    }
}
