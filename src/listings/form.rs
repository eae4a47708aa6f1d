//! The service form as it is posted (a plain HTML form with JavaScript off, the same names from
//! the hydrated page): every field as typed, so a refused form is shown back with nothing lost,
//! and one reading of it into a [`Service`], with each problem tied to the field it is about.
//! The browser checks with the same code before sending; the server checks again.
//!
//! Repeated parts are indexed maps (`periods[3][day]`), so rows removed in the middle leave
//! gaps that do not matter; ticked boxes are present (any value), unticked ones absent.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::directory::{
    hours::{Closure, Hours, OpeningPeriod, SpecialHours, format_hhmm, parse_hhmm},
    model::{Access, Location, Phone, Service, ServiceStatus},
    needs::Need,
};

use super::model::ServiceEdit;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LocationForm {
    pub id: String,
    pub name: String,
    pub address: String,
    pub city: String,
    pub postcode: String,
    pub neighbourhood: String,
    pub latitude: String,
    pub longitude: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PhoneForm {
    pub number: String,
    pub description: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PeriodForm {
    /// 1 (Monday) to 7 (Sunday).
    pub day: String,
    pub opens: String,
    pub closes: String,
    /// Ticked: the period runs past midnight (else it must end after it starts).
    pub overnight: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClosureForm {
    pub from: String,
    pub to: String,
    pub note: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SpecialForm {
    pub from: String,
    pub to: String,
    pub opens: String,
    pub closes: String,
    pub note: String,
}

/// Every field of the service form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ServiceForm {
    pub id: String,
    pub organisation: String,
    /// The published version the edit started from, and the waiting change it carries on from.
    pub base_version: String,
    pub pending: String,
    pub name: String,
    pub description: String,
    pub status: String,
    pub eligibility: String,
    pub min_age: String,
    pub max_age: String,
    pub free: Option<String>,
    pub fees: String,
    pub drop_in: Option<String>,
    pub self_referral: Option<String>,
    pub professional_referral: Option<String>,
    pub by_phone: Option<String>,
    pub by_appointment: Option<String>,
    pub accepts_referrals: Option<String>,
    /// Ticked needs, by code.
    pub needs: BTreeMap<String, String>,
    /// Language codes, separated by commas or spaces.
    pub languages: String,
    /// Areas served, one per line (or separated by commas).
    pub areas: String,
    pub locations: BTreeMap<u32, LocationForm>,
    pub phones: BTreeMap<u32, PhoneForm>,
    pub email: String,
    pub website: String,
    pub periods: BTreeMap<u32, PeriodForm>,
    pub closures: BTreeMap<u32, ClosureForm>,
    pub special: BTreeMap<u32, SpecialForm>,
}

/// A problem with the form: the field's name (as in the form) and the Fluent id of the message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub field: String,
    pub message: String,
}

fn text(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// The items of a list typed in one box, trimmed, without empty ones or repeats.
pub fn list(s: &str, separators: &[char]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in s.split(|c: char| separators.contains(&c)).map(str::trim).filter(|i| !i.is_empty()) {
        if !out.iter().any(|o| o == item) {
            out.push(item.to_string());
        }
    }
    out
}

/// The dates a closure or special hours row covers, as typed ("YYYY-MM-DD"; one day when no
/// end is given): none unless both read and the end is not before the start.
fn date_range(from: &str, to: &str) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
    let from = crate::wire::date::parse(from.trim())?;
    let to = if to.trim().is_empty() { from } else { crate::wire::date::parse(to.trim())? };
    (from <= to).then_some((from, to))
}

/// The field a whole-service problem (from [`Service::problems`]) is about.
fn field_of(message: &str) -> &'static str {
    match message {
        "service-invalid-name" => "name",
        "service-invalid-text" => "description",
        "service-invalid-ages" => "min_age",
        "service-invalid-needs" => "needs",
        "service-invalid-language" => "languages",
        "service-invalid-hours" | "service-invalid-period-order" => "periods",
        "service-invalid-closure" => "closures",
        "service-invalid-special-hours" => "special",
        "service-invalid-fees" => "fees",
        "service-invalid-areas" => "areas",
        "service-invalid-email" => "email",
        "service-invalid-website" => "website",
        "service-invalid-phone" => "phones",
        "service-invalid-location" | "service-invalid-postcode" => "locations",
        "service-invalid-status" => "status",
        // Every message of `SERVICE_PROBLEMS` is named above; the name is shown with the rest.
        _ => "name",
    }
}

impl ServiceForm {
    /// The form filled in from the version an editor starts from.
    pub fn from_edit(edit: &ServiceEdit) -> Self {
        let s = &edit.service;
        let tick = |b: bool| b.then(|| "on".to_string());
        let number = |n: Option<u8>| n.map(|n| n.to_string()).unwrap_or_default();
        Self {
            id: s.id.to_string(),
            organisation: s.organisation_id.to_string(),
            base_version: edit.base_version.to_string(),
            pending: edit.pending.map(|p| p.to_string()).unwrap_or_default(),
            name: s.name.clone(),
            description: s.description.clone(),
            status: s.status.oruk().to_string(),
            eligibility: s.eligibility.clone().unwrap_or_default(),
            min_age: number(s.min_age),
            max_age: number(s.max_age),
            free: tick(s.free),
            fees: s.fees.clone().unwrap_or_default(),
            drop_in: tick(s.access.drop_in),
            self_referral: tick(s.access.self_referral),
            professional_referral: tick(s.access.professional_referral),
            by_phone: tick(s.access.phone),
            by_appointment: tick(s.access.appointment),
            accepts_referrals: tick(s.accepts_referrals),
            needs: s.needs.iter().map(|n| (n.code().to_string(), "on".to_string())).collect(),
            languages: s.languages.join(", "),
            areas: s.areas.join("\n"),
            locations: s
                .locations
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    let coordinate = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
                    (i as u32, LocationForm {
                        id: l.id.to_string(),
                        name: l.name.clone().unwrap_or_default(),
                        address: l.address.clone(),
                        city: l.city.clone(),
                        postcode: l.postcode.clone(),
                        neighbourhood: l.neighbourhood.clone().unwrap_or_default(),
                        latitude: coordinate(l.latitude),
                        longitude: coordinate(l.longitude),
                    })
                })
                .collect(),
            phones: s
                .phones
                .iter()
                .enumerate()
                .map(|(i, p)| (i as u32, PhoneForm { number: p.number.clone(), description: p.description.clone().unwrap_or_default() }))
                .collect(),
            email: s.email.clone().unwrap_or_default(),
            website: s.website.clone().unwrap_or_default(),
            periods: s
                .hours
                .periods
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    (i as u32, PeriodForm {
                        day: p.day.to_string(),
                        opens: format_hhmm(p.opens),
                        closes: format_hhmm(p.closes),
                        overnight: tick(p.overnight()),
                    })
                })
                .collect(),
            closures: s
                .hours
                .closures
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    (i as u32, ClosureForm {
                        from: crate::wire::date::to_string(c.from),
                        to: crate::wire::date::to_string(c.to),
                        note: c.note.clone().unwrap_or_default(),
                    })
                })
                .collect(),
            special: s
                .hours
                .special
                .iter()
                .enumerate()
                .map(|(i, h)| {
                    (i as u32, SpecialForm {
                        from: crate::wire::date::to_string(h.from),
                        to: crate::wire::date::to_string(h.to),
                        opens: format_hhmm(h.opens),
                        closes: format_hhmm(h.closes),
                        note: h.note.clone().unwrap_or_default(),
                    })
                })
                .collect(),
        }
    }

    /// The published version and waiting change the edit started from.
    pub fn base(&self) -> (i64, Option<Uuid>) {
        (self.base_version.trim().parse().unwrap_or(-1), self.pending.trim().parse().ok())
    }

    /// Reads the form into a service, or every problem with it, each tied to its field. Empty
    /// rows (a location, phone, period, closure or special hours with nothing typed) are left out.
    pub fn service(&self) -> Result<Service, Vec<Problem>> {
        let mut problems: Vec<Problem> = Vec::new();
        let mut problem = |field: String, message: &'static str| {
            if !problems.iter().any(|p| p.field == field && p.message == message) {
                problems.push(Problem { field, message: message.to_string() });
            }
        };
        let id = self.id.trim().parse::<Uuid>();
        let organisation = self.organisation.trim().parse::<Uuid>();
        if organisation.is_err() {
            problem("organisation".into(), "service-invalid-organisation");
        }
        let age = |field: &str, s: &str, problem: &mut dyn FnMut(String, &'static str)| -> Option<u8> {
            let t = s.trim();
            if t.is_empty() {
                return None;
            }
            match t.parse::<u8>() {
                Ok(a) if a <= 120 => Some(a),
                _ => {
                    problem(field.into(), "service-invalid-ages");
                    None
                }
            }
        };
        let min_age = age("min_age", &self.min_age, &mut problem);
        let max_age = age("max_age", &self.max_age, &mut problem);
        let status = match self.status.trim() {
            "" => ServiceStatus::Active,
            s => ServiceStatus::from_oruk(s).unwrap_or_else(|| {
                problem("status".into(), "service-invalid-status");
                ServiceStatus::Active
            }),
        };
        let mut needs = Vec::new();
        for code in self.needs.keys() {
            match Need::from_code(code) {
                Some(n) => needs.push(n),
                None => problem("needs".into(), "service-invalid-needs"),
            }
        }
        needs.sort();
        let mut locations = Vec::new();
        for (i, l) in &self.locations {
            if [&l.name, &l.address, &l.city, &l.postcode, &l.neighbourhood].iter().all(|t| t.trim().is_empty()) {
                continue;
            }
            let field = format!("locations[{i}]");
            let coordinate = |s: &str, problem: &mut dyn FnMut(String, &'static str)| -> Option<f64> {
                let t = s.trim();
                if t.is_empty() {
                    return None;
                }
                t.parse::<f64>().ok().filter(|v| v.is_finite()).or_else(|| {
                    problem(field.clone(), "service-invalid-location");
                    None
                })
            };
            let latitude = coordinate(&l.latitude, &mut problem);
            let longitude = coordinate(&l.longitude, &mut problem);
            let postcode = l.postcode.trim().to_ascii_uppercase();
            if !crate::directory::model::is_uk_postcode(&postcode) {
                problem(field.clone(), "service-invalid-postcode");
            }
            locations.push(Location {
                // A new place gets its id when it is saved (`store::save_service`).
                id: l.id.trim().parse().unwrap_or_default(),
                name: text(&l.name),
                address: l.address.trim().to_string(),
                city: l.city.trim().to_string(),
                postcode,
                neighbourhood: text(&l.neighbourhood),
                latitude,
                longitude,
            });
        }
        let phones = self
            .phones
            .values()
            .filter(|p| !p.number.trim().is_empty() || !p.description.trim().is_empty())
            .map(|p| Phone { number: p.number.trim().to_string(), description: text(&p.description) })
            .collect();
        let mut periods = Vec::new();
        for (i, p) in &self.periods {
            if p.opens.trim().is_empty() && p.closes.trim().is_empty() {
                continue;
            }
            let field = format!("periods[{i}]");
            let day = p.day.trim().parse::<u8>().ok().filter(|d| (1..=7).contains(d));
            match (day, parse_hhmm(&p.opens), parse_hhmm(&p.closes)) {
                (Some(day), Ok(opens), Ok(closes)) => {
                    let period = OpeningPeriod { day, opens, closes };
                    if period.overnight() && p.overnight.is_none() {
                        problem(field, "service-invalid-period-order");
                    } else {
                        periods.push(period);
                    }
                }
                _ => problem(field, "service-invalid-hours"),
            }
        }
        periods.sort_by_key(|p| (p.day, p.opens));
        let mut closures = Vec::new();
        for (i, c) in &self.closures {
            if c.from.trim().is_empty() && c.to.trim().is_empty() && c.note.trim().is_empty() {
                continue;
            }
            match date_range(&c.from, &c.to) {
                Some((from, to)) => closures.push(Closure { from, to, note: text(&c.note) }),
                None => problem(format!("closures[{i}]"), "service-invalid-closure"),
            }
        }
        let mut special = Vec::new();
        for (i, h) in &self.special {
            if [&h.from, &h.to, &h.opens, &h.closes, &h.note].iter().all(|t| t.trim().is_empty()) {
                continue;
            }
            match (date_range(&h.from, &h.to), parse_hhmm(&h.opens), parse_hhmm(&h.closes)) {
                (Some((from, to)), Ok(opens), Ok(closes)) if SpecialHours::in_order(opens, closes) => {
                    special.push(SpecialHours { from, to, opens, closes, note: text(&h.note) })
                }
                _ => problem(format!("special[{i}]"), "service-invalid-special-hours"),
            }
        }
        special.sort_by_key(|h| (h.from, h.opens));
        let service = Service {
            // Always set by the editor; a save without one is refused (`store::save_service`).
            id: id.unwrap_or_default(),
            organisation_id: organisation.unwrap_or_default(),
            name: self.name.trim().to_string(),
            description: self.description.trim().to_string(),
            status,
            eligibility: text(&self.eligibility),
            min_age,
            max_age,
            free: self.free.is_some(),
            fees: text(&self.fees).filter(|_| self.free.is_none()),
            access: Access {
                drop_in: self.drop_in.is_some(),
                self_referral: self.self_referral.is_some(),
                professional_referral: self.professional_referral.is_some(),
                phone: self.by_phone.is_some(),
                appointment: self.by_appointment.is_some(),
            },
            accepts_referrals: self.accepts_referrals.is_some(),
            needs,
            languages: list(&self.languages.to_ascii_lowercase(), &[',', ' ', '\n', '،']),
            areas: list(&self.areas, &['\n', ',', '،']),
            locations,
            phones,
            email: text(&self.email),
            website: text(&self.website),
            hours: Hours { periods, closures, special },
            last_reviewed: None,
        };
        for message in service.problems() {
            problem(field_of(message).into(), message);
        }
        if problems.is_empty() { Ok(service) } else { Err(problems) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled() -> ServiceForm {
        let mut f = ServiceForm {
            id: Uuid::from_u128(7).to_string(),
            organisation: Uuid::from_u128(8).to_string(),
            base_version: "0".into(),
            name: "Saturday food bank".into(),
            description: "Food parcels for families.".into(),
            min_age: "16".into(),
            free: Some("on".into()),
            drop_in: Some("on".into()),
            by_appointment: Some("on".into()),
            languages: "so, GU  ar".into(),
            areas: "Highfields\nSpinney Hills, Highfields".into(),
            ..Default::default()
        };
        f.needs.insert("food".into(), "on".into());
        f.locations.insert(0, LocationForm { address: "12 Melbourne Road".into(), city: "Leicester".into(), postcode: "le2 0ab".into(), ..Default::default() });
        f.periods.insert(0, PeriodForm { day: "6".into(), opens: "10:00".into(), closes: "13:00".into(), overnight: None });
        f.periods.insert(4, PeriodForm { day: "5".into(), opens: "22:00".into(), closes: "02:00".into(), overnight: Some("on".into()) });
        f.periods.insert(7, PeriodForm::default());
        f.closures.insert(2, ClosureForm { from: "2026-12-25".into(), to: "".into(), note: "Christmas".into() });
        f.special.insert(3, SpecialForm {
            from: "2026-12-24".into(),
            opens: "10:00".into(),
            closes: "12:00".into(),
            note: "Christmas Eve".into(),
            ..Default::default()
        });
        f.special.insert(4, SpecialForm::default());
        f
    }

    #[test]
    fn a_filled_form_reads_into_a_service_and_back() {
        let s = filled().service().unwrap();
        assert_eq!(s.access, Access { drop_in: true, appointment: true, ..Default::default() });
        assert_eq!(s.languages, vec!["so", "gu", "ar"]);
        assert_eq!(s.areas, vec!["Highfields", "Spinney Hills"]);
        assert_eq!(s.locations[0].postcode, "LE2 0AB");
        assert_eq!(s.hours.periods.len(), 2, "the empty row is left out");
        assert_eq!(s.hours.periods[0].day, 5, "sorted by day");
        assert_eq!(s.hours.closures[0].to, s.hours.closures[0].from, "one day when no end is given");
        assert_eq!(s.hours.special.len(), 1, "the empty row is left out");
        assert_eq!((s.hours.special[0].to, s.hours.special[0].opens, s.hours.special[0].closes), (s.hours.special[0].from, 600, 720));
        let edit = ServiceEdit { service: s.clone(), base_version: 3, pending: None, returned: None };
        let again = ServiceForm::from_edit(&edit);
        assert_eq!(again.service().unwrap(), s);
        assert_eq!(again.base(), (3, None));
    }

    #[test]
    fn every_problem_names_its_field() {
        let mut f = filled();
        f.name = " ".into();
        f.min_age = "40".into();
        f.max_age = "18".into();
        f.needs.insert("astrology".into(), "on".into());
        f.locations.get_mut(&0).unwrap().postcode = "90210".into();
        f.periods.insert(1, PeriodForm { day: "1".into(), opens: "17:00".into(), closes: "09:00".into(), overnight: None });
        f.periods.insert(2, PeriodForm { day: "9".into(), opens: "9am".into(), closes: "5pm".into(), overnight: None });
        f.closures.insert(5, ClosureForm { from: "2026-12-31".into(), to: "2026-12-01".into(), note: String::new() });
        f.special.insert(6, SpecialForm { from: "2026-12-24".into(), opens: "14:00".into(), closes: "13:00".into(), ..Default::default() });
        f.special.insert(7, SpecialForm { from: "2026-12-24".into(), opens: "10:00".into(), ..Default::default() });
        f.email = "not-an-email".into();
        f.fees = "£".repeat(201);
        f.free = None;
        let problems = f.service().unwrap_err();
        let named = |field: &str, message: &str| problems.iter().any(|p| p.field == field && p.message == message);
        assert!(named("name", "service-invalid-name"), "{problems:?}");
        assert!(named("min_age", "service-invalid-ages"));
        assert!(named("needs", "service-invalid-needs"));
        assert!(named("locations[0]", "service-invalid-postcode"));
        assert!(named("periods[1]", "service-invalid-period-order"));
        assert!(named("periods[2]", "service-invalid-hours"));
        assert!(named("closures[5]", "service-invalid-closure"));
        assert!(named("special[7]", "service-invalid-special-hours"), "no closing time");
        assert!(named("special[6]", "service-invalid-special-hours"), "closing before opening");
        assert!(named("email", "service-invalid-email"));
        assert!(named("fees", "service-invalid-fees"));
    }
}
