//! Listings kept by the network, shared by both targets: the changes organisations ask for, the
//! coordinator's queue, a service's published versions, and how fresh a listing is. Pure data
//! and rules; the database side is `store.rs`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::directory::model::{Organisation, Service, is_email, is_web_address, MAX_NAME_CHARS, MAX_TEXT_CHARS};

/// What a change does to a listing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    /// A service not in the directory yet.
    New,
    /// A listed service or an organisation's details, changed.
    Changed,
    /// A service taken out of the directory (kept in its history, restorable).
    Archived,
}

/// Where a change stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeState {
    /// Waiting for a coordinator; the public still sees the last published version.
    Pending,
    /// In the directory (approved, or made by a coordinator or a trusted organisation).
    Published,
    /// Sent back to the organisation with a reason.
    Returned,
    /// Replaced by a later change made from it before it was decided.
    Replaced,
}

macro_rules! codes {
    ($t:ty { $($v:ident = $code:literal),* $(,)? }) => {
        impl $t {
            pub fn code(self) -> &'static str {
                match self { $(Self::$v => $code),* }
            }
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some(Self::$v),)* _ => None }
            }
        }
    };
}

codes!(ChangeKind { New = "new", Changed = "changed", Archived = "archived" });
codes!(ChangeState { Pending = "pending", Published = "published", Returned = "returned", Replaced = "replaced" });

/// The listing a change is about: the version it started from (none for a new service) and the
/// version asked for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Listing {
    Service { before: Option<Service>, after: Service },
    Organisation { before: Option<Organisation>, after: Organisation },
}

impl Listing {
    pub fn name(&self) -> &str {
        match self {
            Listing::Service { after, .. } => &after.name,
            Listing::Organisation { after, .. } => &after.name,
        }
    }

    /// The fields that differ between before and after (every field of a new listing).
    pub fn changed_fields(&self) -> Vec<Field> {
        match self {
            Listing::Service { before, after } => service_fields(before.as_ref(), after),
            Listing::Organisation { before, after } => organisation_fields(before.as_ref(), after),
        }
    }
}

/// One change, as the coordinator's queue and the organisation's own list show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChangeItem {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub organisation_name: String,
    pub kind: ChangeKind,
    pub state: ChangeState,
    /// Why it was sent back.
    pub reason: Option<String>,
    /// The email of who asked (staff of the network, not a family).
    pub asked_by: String,
    pub asked_at_ms: i64,
    pub decided_at_ms: Option<i64>,
    pub listing: Listing,
}

/// A field of a listing, for a field-by-field before/after. Each has a label in `locales/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    Name,
    Description,
    Status,
    Eligibility,
    Ages,
    Cost,
    Access,
    Referrals,
    Needs,
    Languages,
    Areas,
    Locations,
    Phones,
    Email,
    Website,
    Hours,
    Closures,
    SpecialHours,
    Checked,
}

impl Field {
    /// The Fluent id of the field's label.
    pub fn message_id(self) -> &'static str {
        match self {
            Field::Name => "listing-field-name",
            Field::Description => "listing-field-description",
            Field::Status => "listing-field-status",
            Field::Eligibility => "listing-field-eligibility",
            Field::Ages => "listing-field-ages",
            Field::Cost => "listing-field-cost",
            Field::Access => "listing-field-access",
            Field::Referrals => "listing-field-referrals",
            Field::Needs => "listing-field-needs",
            Field::Languages => "listing-field-languages",
            Field::Areas => "listing-field-areas",
            Field::Locations => "listing-field-locations",
            Field::Phones => "listing-field-phones",
            Field::Email => "listing-field-email",
            Field::Website => "listing-field-website",
            Field::Hours => "listing-field-hours",
            Field::Closures => "listing-field-closures",
            Field::SpecialHours => "listing-field-special-hours",
            Field::Checked => "listing-field-checked",
        }
    }

    pub const ALL: [Field; 19] = [
        Field::Name,
        Field::Description,
        Field::Status,
        Field::Eligibility,
        Field::Ages,
        Field::Cost,
        Field::Access,
        Field::Referrals,
        Field::Needs,
        Field::Languages,
        Field::Areas,
        Field::Locations,
        Field::Phones,
        Field::Email,
        Field::Website,
        Field::Hours,
        Field::Closures,
        Field::SpecialHours,
        Field::Checked,
    ];
}

/// The fields of a service that differ (all that are set, for a new one).
pub fn service_fields(before: Option<&Service>, after: &Service) -> Vec<Field> {
    let differs = |field: Field, b: &Service| -> bool {
        match field {
            Field::Name => b.name != after.name,
            Field::Description => b.description != after.description,
            Field::Status => b.status != after.status,
            Field::Eligibility => b.eligibility != after.eligibility,
            Field::Ages => (b.min_age, b.max_age) != (after.min_age, after.max_age),
            Field::Cost => (b.free, &b.fees) != (after.free, &after.fees),
            Field::Access => b.access != after.access,
            Field::Referrals => b.accepts_referrals != after.accepts_referrals,
            Field::Needs => b.needs != after.needs,
            Field::Languages => b.languages != after.languages,
            Field::Areas => b.areas != after.areas,
            Field::Locations => b.locations != after.locations,
            Field::Phones => b.phones != after.phones,
            Field::Email => b.email != after.email,
            Field::Website => b.website != after.website,
            Field::Hours => b.hours.periods != after.hours.periods,
            Field::Closures => b.hours.closures != after.hours.closures,
            Field::SpecialHours => b.hours.special != after.hours.special,
            Field::Checked => b.last_reviewed != after.last_reviewed,
        }
    };
    match before {
        Some(b) => Field::ALL.into_iter().filter(|f| differs(*f, b)).collect(),
        None => Field::ALL.into_iter().collect(),
    }
}

/// The fields of an organisation that differ (all, for a new one).
pub fn organisation_fields(before: Option<&Organisation>, after: &Organisation) -> Vec<Field> {
    let all = [Field::Name, Field::Description, Field::Email, Field::Website, Field::Phones, Field::Areas];
    let Some(b) = before else { return all.to_vec() };
    all.into_iter()
        .filter(|f| match f {
            Field::Name => b.name != after.name,
            Field::Description => b.description != after.description,
            Field::Email => b.email != after.email,
            Field::Website => b.website != after.website,
            Field::Areas => b.areas != after.areas,
            _ => b.phones != after.phones,
        })
        .collect()
}

/// What the listing editor starts from: the newest version of a service (the one waiting for a
/// coordinator if there is one, else the published one) and what the save must name so that
/// two people editing at once never overwrite each other silently.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceEdit {
    pub service: Service,
    /// The published version the edit starts from (0: not published yet).
    pub base_version: i64,
    /// The change waiting for a coordinator that this edit carries on from, if any.
    pub pending: Option<Uuid>,
    /// Why the organisation's last change was sent back, if it was and nothing came since.
    pub returned: Option<String>,
}

/// The answer to a save: in the directory now, or waiting for a coordinator (or, to a plain
/// form post only, refused: the form as typed waits in the session for the page).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Saved {
    Published { version: i64 },
    Pending { change: Uuid },
    Refused,
}

impl Saved {
    /// As the listings page's `saved` query parameter says it.
    pub fn code(self) -> &'static str {
        match self {
            Saved::Published { .. } => "published",
            Saved::Pending { .. } => "pending",
            Saved::Refused => "refused",
        }
    }
}

/// One of an organisation's services on its listings page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListedService {
    /// The newest published version (an archived service's last one), or for a new service not
    /// published yet, the version waiting for a coordinator.
    pub service: Service,
    pub published: bool,
    pub archived: bool,
    pub freshness: Freshness,
    /// A change to it waits for a coordinator.
    pub pending: bool,
    /// The members chosen to work through its referrals (shown to its organisation's admins).
    pub caseworkers: Vec<Uuid>,
}

/// A member an organisation admin can choose to work through a service's referrals.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberChoice {
    pub id: Uuid,
    pub email: String,
}

/// What an organisation's listings page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListingsOverview {
    pub organisation: Organisation,
    pub trusted: bool,
    pub services: Vec<ListedService>,
    /// Its recent changes (waiting, sent back, published), newest first.
    pub changes: Vec<ChangeItem>,
    /// Whether the viewer is a coordinator (who approves, restores and trusts).
    pub coordinator: bool,
    /// The organisation's workers, for its admins to choose who works through referrals (empty
    /// for coordinators, who see no member of an organisation).
    pub members: Vec<MemberChoice>,
    pub review_months: u32,
}

/// One published version of a service, for its history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceVersion {
    pub version: i64,
    pub archived: bool,
    /// Email of who published it (none: loaded by an operator, the demo or an import).
    pub published_by: Option<String>,
    /// Email of who asked for it, when a change of theirs was published by someone else (a
    /// coordinator approving an organisation's change).
    #[serde(default)]
    pub asked_by: Option<String>,
    pub published_at_ms: i64,
    /// What changed from the version before.
    pub fields: Vec<Field>,
    pub service: Service,
}

/// How recently an organisation confirmed a listing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Freshness {
    /// Confirmed within the review period.
    Current,
    /// Not confirmed for the review period (6 months by default): the organisation is asked.
    Due,
    /// Not confirmed for twice the review period: the page says the details may be out of date.
    Stale,
}

/// Months until a listing is due for confirmation, by default (`SIGNPOST_REVIEW_MONTHS`).
pub const REVIEW_MONTHS: u32 = 6;

/// How fresh a listing confirmed on `checked` is on `today`, with a review period of `months`.
/// A listing never confirmed counts as stale.
pub fn freshness(checked: Option<NaiveDate>, today: NaiveDate, months: u32) -> Freshness {
    use chrono::Datelike;
    let Some(checked) = checked else { return Freshness::Stale };
    // Whole months from `checked` to `today` (plain arithmetic: chrono's month adding is
    // sizeable in the browser bundle, and the service page computes this).
    let month = |d: NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
    let whole = month(today) - month(checked) - i64::from(today.day() < checked.day());
    if whole >= i64::from(months) * 2 {
        Freshness::Stale
    } else if whole >= i64::from(months) {
        Freshness::Due
    } else {
        Freshness::Current
    }
}

/// An organisation, as the coordinator's organisations page lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganisationOverview {
    pub id: Uuid,
    pub name: String,
    pub trusted: bool,
    pub services: u32,
    pub members: u32,
    /// Changes waiting for a coordinator.
    pub pending: u32,
    /// Services not confirmed within the review period.
    pub due: u32,
    /// When its listings last changed (published), if ever through Signpost.
    pub last_change_ms: Option<i64>,
    /// The oldest confirmation among its services (none when a service was never confirmed).
    pub oldest_check: Option<NaiveDate>,
}

/// Longest reason for sending a change back, in characters.
pub const MAX_REASON_CHARS: usize = 1000;

/// What is wrong with an organisation's details, as Fluent message ids (empty when it can be
/// saved). The same rules in the browser and on the server.
pub fn organisation_problems(o: &Organisation) -> Vec<&'static str> {
    use crate::directory::model::{MAX_ENTRIES, MAX_SHORT_CHARS};
    let long = |t: &String| t.chars().count() > MAX_SHORT_CHARS;
    let name = o.name.trim();
    let checks = [
        (!name.is_empty() && name.chars().count() <= MAX_NAME_CHARS, "service-invalid-name"),
        (o.description.chars().count() <= MAX_TEXT_CHARS, "service-invalid-text"),
        (o.email.as_ref().is_none_or(|e| is_email(e) && !long(e)), "service-invalid-email"),
        (o.website.as_ref().is_none_or(|w| is_web_address(w) && !long(w)), "service-invalid-website"),
        (o.phones.len() <= MAX_ENTRIES && o.phones.iter().all(crate::directory::model::Phone::is_valid), "service-invalid-phone"),
        (o.areas.len() <= MAX_ENTRIES && o.areas.iter().all(|a| !a.trim().is_empty() && !long(a)), "service-invalid-areas"),
    ];
    checks.into_iter().filter(|(ok, _)| !ok).map(|(_, message)| message).collect()
}

/// Today's date in London, from a UTC instant in milliseconds.
pub fn london_date(ms: i64) -> NaiveDate {
    let utc = chrono::DateTime::from_timestamp_millis(ms).unwrap_or_default();
    utc.with_timezone(&chrono_tz::Europe::London).date_naive()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::directory::{demo, model::ServiceStatus};

    fn date(s: &str) -> NaiveDate {
        crate::wire::date::parse(s).unwrap()
    }

    #[test]
    fn a_change_lists_exactly_the_fields_that_differ() {
        let before = demo::directory().unwrap().services[0].clone();
        let mut after = before.clone();
        assert!(service_fields(Some(&before), &after).is_empty());
        after.name.push_str(" (Highfields)");
        after.max_age = Some(99);
        after.hours.closures.push(crate::directory::hours::Closure { from: date("2026-12-25"), to: date("2026-12-26"), note: None });
        after.hours.special.push(crate::directory::hours::SpecialHours {
            from: date("2026-12-24"),
            to: date("2026-12-24"),
            opens: 600,
            closes: 720,
            note: None,
        });
        after.status = ServiceStatus::TemporarilyClosed;
        assert_eq!(
            service_fields(Some(&before), &after),
            vec![Field::Name, Field::Status, Field::Ages, Field::Closures, Field::SpecialHours]
        );
        assert_eq!(service_fields(None, &after).len(), Field::ALL.len(), "a new service shows every field");
        let listing = Listing::Service { before: Some(before), after };
        assert_eq!(listing.changed_fields().len(), 5);
    }

    #[test]
    fn freshness_goes_due_after_the_review_period_and_stale_after_twice_it() {
        let checked = Some(date("2026-01-31"));
        assert_eq!(freshness(checked, date("2026-07-30"), 6), Freshness::Current);
        assert_eq!(freshness(checked, date("2026-07-31"), 6), Freshness::Due);
        assert_eq!(freshness(checked, date("2027-01-30"), 6), Freshness::Due);
        assert_eq!(freshness(checked, date("2027-01-31"), 6), Freshness::Stale);
        assert_eq!(freshness(None, date("2026-01-01"), 6), Freshness::Stale);
        assert_eq!(freshness(checked, date("2026-03-01"), 1), Freshness::Due);
    }

    #[test]
    fn codes_round_trip() {
        for k in [ChangeKind::New, ChangeKind::Changed, ChangeKind::Archived] {
            assert_eq!(ChangeKind::from_code(k.code()), Some(k));
        }
        for s in [ChangeState::Pending, ChangeState::Published, ChangeState::Returned, ChangeState::Replaced] {
            assert_eq!(ChangeState::from_code(s.code()), Some(s));
        }
        assert_eq!(ChangeState::from_code("approved"), None);
    }

    #[test]
    fn organisation_details_are_checked_like_a_service() {
        let mut o = demo::directory().unwrap().organisations[0].clone();
        assert!(organisation_problems(&o).is_empty());
        o.name = "  ".into();
        o.website = Some("www.example.org".into());
        assert_eq!(organisation_problems(&o), vec!["service-invalid-name", "service-invalid-website"]);
        let mut o = demo::directory().unwrap().organisations[0].clone();
        o.email = Some(format!("{}@example.org", "a".repeat(200)));
        o.areas = vec!["Highfields".into(), " ".into()];
        o.phones = vec![crate::directory::model::Phone { number: "0116 496 0000".into(), description: Some("x".repeat(201)) }];
        assert_eq!(organisation_problems(&o), vec!["service-invalid-email", "service-invalid-phone", "service-invalid-areas"]);
    }

    #[test]
    fn london_dates_follow_british_summer_time() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London.
        let ms = chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap().and_hms_opt(23, 30, 0).unwrap().and_utc().timestamp_millis();
        assert_eq!(london_date(ms), date("2026-07-01"));
    }
}
