//! The directory's domain types, shared by the server and the browser. They follow Open Referral
//! UK 3.0 (organisation, service, location, schedule, language, service area, taxonomy) with
//! the names translated into plain English; `store.rs` maps them to the ORUK-named columns.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{
    hours::{Hours, OpenStatus, SpecialHours},
    needs::Need,
};

/// ORUK service status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ServiceStatus {
    Active,
    Inactive,
    Defunct,
    TemporarilyClosed,
}

// `ServiceStatus::ALL` names every status (ORUK import, and the referral insert's list of listed
// ones, are built from it): a new status fails to compile here until it is added there too.
const _: fn(ServiceStatus) = |s| match s {
    ServiceStatus::Active | ServiceStatus::Inactive | ServiceStatus::Defunct | ServiceStatus::TemporarilyClosed => {}
};

impl ServiceStatus {
    /// Every status (kept whole by the check above).
    pub const ALL: [Self; 4] = [Self::Active, Self::Inactive, Self::Defunct, Self::TemporarilyClosed];

    /// The ORUK 3.0 value (`temporarily closed` has a space).
    pub fn oruk(self) -> &'static str {
        match self {
            ServiceStatus::Active => "active",
            ServiceStatus::Inactive => "inactive",
            ServiceStatus::Defunct => "defunct",
            ServiceStatus::TemporarilyClosed => "temporarily closed",
        }
    }

    pub fn from_oruk(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.oruk() == s)
    }

    /// Shown in the directory: active or temporarily closed (with a notice).
    pub fn listed(self) -> bool {
        matches!(self, ServiceStatus::Active | ServiceStatus::TemporarilyClosed)
    }
}

/// How a family can get to a service. Several can apply.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Access {
    /// Turn up during opening hours.
    pub drop_in: bool,
    /// The person can contact the service themselves.
    pub self_referral: bool,
    /// A professional (worker, GP, school) must refer.
    pub professional_referral: bool,
    /// By telephone.
    pub phone: bool,
    /// By appointment: arranged with the service first, not turned up for.
    #[serde(default)]
    pub appointment: bool,
}

/// A telephone number. Numbers that take text messages (UK mobiles) get an SMS link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phone {
    pub number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl Phone {
    /// Whether it can be listed: at least 3 digits, at most 40 characters, a description of at
    /// most [`MAX_SHORT_CHARS`].
    pub fn is_valid(&self) -> bool {
        self.dial_string().trim_start_matches('+').len() >= 3
            && self.number.len() <= 40
            && self.description.as_ref().is_none_or(|d| d.chars().count() <= MAX_SHORT_CHARS)
    }

    /// The number in the form `tel:` and `sms:` links take: digits, with a leading `+` kept.
    pub fn dial_string(&self) -> String {
        let mut out = String::new();
        for (i, c) in self.number.trim().chars().enumerate() {
            if c.is_ascii_digit() || (i == 0 && c == '+') {
                out.push(c);
            }
        }
        out
    }

    /// Whether the number is a UK mobile (07… or +447…), which can receive text messages.
    pub fn takes_texts(&self) -> bool {
        let d = self.dial_string();
        d.starts_with("07") || d.starts_with("+447")
    }
}

/// A place where a service is delivered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub id: Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// First line(s) of the street address.
    pub address: String,
    pub city: String,
    pub postcode: String,
    /// Neighbourhood or ward, as people in Leicester name it (used by the area filter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neighbourhood: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
}

impl Location {
    /// One-line address: "12 Road, Leicester LE2 0AB".
    pub fn one_line(&self) -> String {
        format!("{}, {} {}", self.address, self.city, self.postcode)
    }
}

/// An organisation in the network.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: Uuid,
    pub name: String,
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    /// Areas it works in (neighbourhoods or "Leicester"), in its own order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<String>,
}

/// A service an organisation offers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub name: String,
    pub description: String,
    pub status: ServiceStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_age: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_age: Option<u8>,
    /// Free at the point of use.
    pub free: bool,
    /// What it costs, when not free (ORUK `fees`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fees: Option<String>,
    pub access: Access,
    /// Whether it takes referrals made through Signpost.
    pub accepts_referrals: bool,
    pub needs: Vec<Need>,
    /// Languages staff speak, as ISO 639 codes (`so`, `gu`, `ar`, …).
    pub languages: Vec<String>,
    /// Areas the service covers (neighbourhoods or "Leicester").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<Location>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    pub hours: Hours,
    /// When the organisation last confirmed the listing (ORUK `assured_date`).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::wire::date::option")]
    pub last_reviewed: Option<NaiveDate>,
}

/// Longest service or organisation name, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest description or eligibility text, in characters.
pub const MAX_TEXT_CHARS: usize = 5000;

/// Every message id [`Service::problems`] (and saving) can report.
pub const SERVICE_PROBLEMS: [&str; 18] = [
    "service-invalid-name",
    "service-invalid-text",
    "service-invalid-ages",
    "service-invalid-needs",
    "service-invalid-language",
    "service-invalid-hours",
    "service-invalid-closure",
    "service-invalid-email",
    "service-invalid-website",
    "service-invalid-phone",
    "service-invalid-organisation",
    "service-invalid-location",
    "service-invalid-postcode",
    "service-invalid-fees",
    "service-invalid-areas",
    "service-invalid-special-hours",
    "service-invalid-period-order",
    "service-invalid-status",
];

/// Longest short text (an address line, a fee, an area, a phone's description), in characters.
pub const MAX_SHORT_CHARS: usize = 200;
/// Most entries in one list (locations, phones, opening periods, closures, special hours, areas,
/// languages).
pub const MAX_ENTRIES: usize = 50;

/// Whether `postcode` is a UK postcode ("LE2 0AB", "le20ab", "GIR 0AA"): an outward code of a
/// letter or two, a digit, then an optional letter or digit; an inward code of a digit and two
/// letters.
pub fn is_uk_postcode(postcode: &str) -> bool {
    let compact: Vec<char> = postcode.chars().filter(|c| *c != ' ').map(|c| c.to_ascii_uppercase()).collect();
    if compact.iter().collect::<String>() == "GIR0AA" {
        return true;
    }
    if !(5..=7).contains(&compact.len()) || postcode.trim().len() > 8 {
        return false;
    }
    let (outward, inward) = compact.split_at(compact.len() - 3);
    let inward_ok = inward[0].is_ascii_digit() && inward[1..].iter().all(|c| c.is_ascii_uppercase());
    let letters = outward.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let rest = &outward[letters..];
    let outward_ok = (1..=2).contains(&letters)
        && !rest.is_empty()
        && rest[0].is_ascii_digit()
        && rest.len() <= 2
        && rest[1..].iter().all(|c| c.is_ascii_alphanumeric());
    inward_ok && outward_ok
}

fn is_language_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_lowercase())
}

pub fn is_web_address(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://")) && url.len() > 10 && !url.contains(char::is_whitespace)
}

pub fn is_email(email: &str) -> bool {
    match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !email.contains(char::is_whitespace)
        }
        None => false,
    }
}

impl Service {
    /// What is wrong with this service, as Fluent message ids (empty when it can be saved). Each
    /// message is about one field, and covers its format, its length and how many entries it has.
    pub fn problems(&self) -> Vec<&'static str> {
        let long = |t: &String| t.chars().count() > MAX_SHORT_CHARS;
        let name = self.name.trim();
        let ages_ok = self.min_age.is_none_or(|a| a <= 120)
            && self.max_age.is_none_or(|a| a <= 120)
            && match (self.min_age, self.max_age) {
                (Some(min), Some(max)) => min <= max,
                _ => true,
            };
        let location_ok = |l: &Location| {
            !l.address.trim().is_empty()
                && !l.city.trim().is_empty()
                && ![&l.address, &l.city].into_iter().chain(&l.name).chain(&l.neighbourhood).any(long)
                && l.latitude.is_none_or(|v| (-90.0..=90.0).contains(&v))
                && l.longitude.is_none_or(|v| (-180.0..=180.0).contains(&v))
        };
        let hours = &self.hours;
        let checks: [(bool, &'static str); 15] = [
            (!name.is_empty() && name.chars().count() <= MAX_NAME_CHARS, "service-invalid-name"),
            (
                self.description.chars().count() <= MAX_TEXT_CHARS
                    && self.eligibility.as_ref().is_none_or(|e| e.chars().count() <= MAX_TEXT_CHARS),
                "service-invalid-text",
            ),
            (ages_ok, "service-invalid-ages"),
            (!self.fees.as_ref().is_some_and(long), "service-invalid-fees"),
            (!self.needs.is_empty(), "service-invalid-needs"),
            (self.languages.len() <= MAX_ENTRIES && self.languages.iter().all(|l| is_language_code(l)), "service-invalid-language"),
            (
                hours.periods.len() <= MAX_ENTRIES
                    && hours.periods.iter().all(|p| (1..=7).contains(&p.day) && p.opens < 1440 && p.closes < 1440),
                "service-invalid-hours",
            ),
            (
                hours.closures.len() <= MAX_ENTRIES && hours.closures.iter().all(|c| c.from <= c.to && !c.note.as_ref().is_some_and(long)),
                "service-invalid-closure",
            ),
            (
                hours.special.len() <= MAX_ENTRIES
                    && hours.special.iter().all(|s| {
                        s.from <= s.to
                            && s.opens < 1440
                            && s.closes < 1440
                            && SpecialHours::in_order(s.opens, s.closes)
                            && !s.note.as_ref().is_some_and(long)
                    }),
                "service-invalid-special-hours",
            ),
            (self.email.as_ref().is_none_or(|e| is_email(e) && !long(e)), "service-invalid-email"),
            (self.website.as_ref().is_none_or(|w| is_web_address(w) && !long(w)), "service-invalid-website"),
            (self.phones.len() <= MAX_ENTRIES && self.phones.iter().all(Phone::is_valid), "service-invalid-phone"),
            (self.locations.len() <= MAX_ENTRIES && self.locations.iter().all(location_ok), "service-invalid-location"),
            (self.locations.iter().all(|l| is_uk_postcode(&l.postcode)), "service-invalid-postcode"),
            (
                self.areas.len() <= MAX_ENTRIES && self.areas.iter().all(|a| !a.trim().is_empty() && !long(a)),
                "service-invalid-areas",
            ),
        ];
        checks.into_iter().filter(|(ok, _)| !ok).map(|(_, message)| message).collect()
    }

    /// Whether a person of `age` is within the service's age range.
    pub fn serves_age(&self, age: u8) -> bool {
        self.min_age.is_none_or(|min| age >= min) && self.max_age.is_none_or(|max| age <= max)
    }

    /// Neighbourhoods of its locations, then its service areas, without repeats.
    pub fn neighbourhoods(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for n in self.locations.iter().filter_map(|l| l.neighbourhood.as_deref()).chain(self.areas.iter().map(String::as_str)) {
            if !out.contains(&n) {
                out.push(n);
            }
        }
        out
    }
}

/// The whole directory: what the server renders from, and (next) what the phone stores.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Directory {
    pub organisations: Vec<Organisation>,
    pub services: Vec<Service>,
}

impl Directory {
    pub fn service(&self, id: Uuid) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    pub fn organisation(&self, id: Uuid) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }

    /// An organisation's listed services, by name.
    pub fn services_of(&self, organisation_id: Uuid) -> Vec<&Service> {
        let mut out: Vec<_> =
            self.services.iter().filter(|s| s.organisation_id == organisation_id && s.status.listed()).collect();
        out.sort_by(|a, b| a.name.cmp(&b.name));
        out
    }

    /// Every neighbourhood named by a listed service, sorted (for the area filter).
    pub fn neighbourhoods(&self) -> Vec<String> {
        distinct_sorted(self.services.iter().filter(|s| s.status.listed()).flat_map(|s| {
            s.locations.iter().filter_map(|l| l.neighbourhood.as_deref()).chain(s.areas.iter().map(String::as_str))
        }))
    }

    /// Every language spoken by a listed service (ISO 639 codes, sorted).
    pub fn languages(&self) -> Vec<String> {
        distinct_sorted(self.services.iter().filter(|s| s.status.listed()).flat_map(|s| s.languages.iter().map(String::as_str)))
    }
}

/// The distinct texts, sorted. A hash set rather than a sorted set: the phone lists a large
/// directory's filters at every start, and there are many repeats and few distinct ones.
fn distinct_sorted<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<String> {
    let distinct: rustc_hash::FxHashSet<&str> = texts.collect();
    let mut out: Vec<String> = distinct.into_iter().map(str::to_string).collect();
    out.sort_unstable();
    out
}

/// The key facts of a service for a result list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceCard {
    pub id: Uuid,
    pub name: String,
    pub organisation_id: Uuid,
    pub organisation_name: String,
    pub status: ServiceStatus,
    pub summary: String,
    pub needs: Vec<Need>,
    pub neighbourhoods: Vec<String>,
    pub languages: Vec<String>,
    pub min_age: Option<u8>,
    pub max_age: Option<u8>,
    pub free: bool,
    pub accepts_referrals: bool,
    /// Open or closed at the moment the card was made for (the page's `now`), and when that
    /// changes: worked out where the card is made (the server, or the phone from its copy), so
    /// a result list carries no opening hours.
    #[serde(with = "crate::wire::open_status")]
    pub open: OpenStatus,
}

/// Longest summary on a result card, in characters.
const SUMMARY_CHARS: usize = 160;

impl ServiceCard {
    pub fn new(service: &Service, organisation_name: &str, now: Now) -> Self {
        Self {
            id: service.id,
            name: service.name.clone(),
            organisation_id: service.organisation_id,
            organisation_name: organisation_name.to_string(),
            status: service.status,
            summary: summarise(&service.description, SUMMARY_CHARS),
            needs: service.needs.clone(),
            neighbourhoods: service.neighbourhoods().into_iter().map(str::to_string).collect(),
            languages: service.languages.clone(),
            min_age: service.min_age,
            max_age: service.max_age,
            free: service.free,
            accepts_referrals: service.accepts_referrals,
            open: service.hours.status_at(now),
        }
    }
}

/// The first sentence-ish of a text, cut at a word boundary and marked with "…" when cut.
pub fn summarise(text: &str, max_chars: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(max_chars).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(i) if i > max_chars / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == ';'))
}

/// "Now" as seen by a page: the server's clock when it rendered, so that hydration in the
/// browser computes the same "open now" as the server did.
pub type Now = DateTime<Utc>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dial_strings_and_texts() {
        let landline = Phone { number: "0116 496 0123".into(), description: None };
        assert_eq!(landline.dial_string(), "01164960123");
        assert!(!landline.takes_texts());
        let mobile = Phone { number: "+44 7700 900 123".into(), description: None };
        assert_eq!(mobile.dial_string(), "+447700900123");
        assert!(mobile.takes_texts());
        assert!(Phone { number: "07700 900123".into(), description: None }.takes_texts());
    }

    #[test]
    fn summaries_cut_at_words() {
        assert_eq!(summarise("Short text.", 160), "Short text.");
        let s = summarise("one two three four five six seven", 12);
        assert_eq!(s, "one two…");
        assert!(summarise(&"x".repeat(50), 10).starts_with("xxxxxxxxxx"));
    }

    fn demo_like() -> Service {
        Service {
            id: Uuid::nil(),
            organisation_id: Uuid::nil(),
            name: "Food bank".into(),
            description: "Food".into(),
            status: ServiceStatus::Active,
            eligibility: None,
            min_age: Some(16),
            max_age: Some(25),
            free: true,
            fees: None,
            access: Access::default(),
            accepts_referrals: false,
            needs: vec![Need::Food],
            languages: vec!["so".into()],
            areas: vec![],
            locations: vec![],
            phones: vec![Phone { number: "0116 496 0000".into(), description: None }],
            email: Some("a@example.org".into()),
            website: Some("https://example.org".into()),
            hours: Hours::default(),
            last_reviewed: None,
        }
    }

    #[test]
    fn service_problems_name_what_is_wrong() {
        let demo_like = demo_like();
        assert!(demo_like.problems().is_empty());
        let mut bad = demo_like.clone();
        bad.name = " ".into();
        bad.min_age = Some(30);
        bad.needs.clear();
        bad.languages = vec!["Somali".into()];
        bad.email = Some("not an email".into());
        bad.website = Some("example.org".into());
        assert_eq!(
            bad.problems(),
            vec![
                "service-invalid-name",
                "service-invalid-ages",
                "service-invalid-needs",
                "service-invalid-language",
                "service-invalid-email",
                "service-invalid-website"
            ]
        );
    }

    #[test]
    fn a_too_long_or_too_long_a_list_names_its_own_field() {
        let ok = demo_like();
        assert!(ok.problems().is_empty(), "{:?}", ok.problems());
        let long = "ગ".repeat(MAX_SHORT_CHARS + 1);
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 24).unwrap();
        let cases: Vec<(Box<dyn Fn(&mut Service)>, &str)> = vec![
            (Box::new(|s| s.fees = Some(long.clone())), "service-invalid-fees"),
            (Box::new(|s| s.areas = vec![long.clone()]), "service-invalid-areas"),
            (Box::new(|s| s.areas = vec!["x".into(); MAX_ENTRIES + 1]), "service-invalid-areas"),
            (Box::new(|s| s.areas = vec![" ".into()]), "service-invalid-areas"),
            (
                Box::new(|s| s.phones = vec![Phone { number: "0116 496 0000".into(), description: Some(long.clone()) }]),
                "service-invalid-phone",
            ),
            (Box::new(|s| s.email = Some(format!("{}@example.org", "a".repeat(200)))), "service-invalid-email"),
            (Box::new(|s| s.website = Some(format!("https://example.org/{}", "a".repeat(200)))), "service-invalid-website"),
            (
                Box::new(|s| s.hours.closures = vec![crate::directory::hours::Closure { from: day, to: day, note: Some(long.clone()) }]),
                "service-invalid-closure",
            ),
            (
                Box::new(|s| {
                    s.hours.special = vec![SpecialHours { from: day, to: day, opens: 600, closes: 720, note: Some(long.clone()) }]
                }),
                "service-invalid-special-hours",
            ),
            (
                Box::new(|s| s.hours.special = vec![SpecialHours { from: day, to: day - chrono::Duration::days(1), opens: 600, closes: 720, note: None }]),
                "service-invalid-special-hours",
            ),
            (Box::new(|s| s.languages = vec!["so".into(); MAX_ENTRIES + 1]), "service-invalid-language"),
        ];
        for (change, message) in cases {
            let mut s = ok.clone();
            change(&mut s);
            assert_eq!(s.problems(), vec![message]);
        }
    }

    #[test]
    fn uk_postcodes_in_every_shape_and_nothing_else() {
        for ok in ["LE2 0AB", "le20ab", "LE1 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB", "GIR 0AA"] {
            assert!(is_uk_postcode(ok), "{ok}");
        }
        for bad in ["", "LE2", "12345", "LE2 0A", "LE2 0ABC", "LEE2 0AB", "2E2 0AB", "LE2 AAB", "LE2-0AB", "LE 0AB", "90210"] {
            assert!(!is_uk_postcode(bad), "{bad}");
        }
    }

    #[test]
    fn oruk_status_round_trips() {
        for s in [ServiceStatus::Active, ServiceStatus::Inactive, ServiceStatus::Defunct, ServiceStatus::TemporarilyClosed] {
            assert_eq!(ServiceStatus::from_oruk(s.oruk()), Some(s));
        }
        assert_eq!(ServiceStatus::from_oruk("closed"), None);
    }
}
