//! Referrals: what a worker sends to a service on a family's behalf, the rules every referral
//! must meet, and how its status may change. Shared by the browser (the form checks as you
//! type and before anything is queued) and the server (which checks again before storing), so
//! both refuse the same things with the same localised messages.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::directory::needs::Need;

/// The format of consent records the phone makes: 2 names the exact statement read (its
/// version, see `consent.rs`). 1 is a record made before statements were versioned by their
/// text; still accepted, so that referrals queued on a phone before an update are not lost.
pub const CONSENT_VERSION: u32 = 2;
/// The earlier format, without a statement version.
pub const LEGACY_CONSENT_VERSION: u32 = 1;

pub const MAX_NAME_CHARS: usize = 100;
pub const MAX_CONTACT_CHARS: usize = 254;
pub const MAX_ADDRESS_CHARS: usize = 300;
pub const MAX_SUPPORT_CHARS: usize = 2000;
pub const MAX_REASON_CHARS: usize = 500;
pub const MAX_NOTE_CHARS: usize = 2000;
pub const MAX_LANGUAGE_CHARS: usize = 35;
pub const MAX_LANGUAGE_NAME_CHARS: usize = 40;

/// How the person wants to be contacted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactMethod {
    Phone,
    Sms,
    Email,
    Letter,
    /// The service contacts the referrer, who passes the message on.
    ThroughReferrer,
}

impl ContactMethod {
    pub const ALL: [ContactMethod; 5] =
        [ContactMethod::Phone, ContactMethod::Sms, ContactMethod::Email, ContactMethod::Letter, ContactMethod::ThroughReferrer];

    pub fn code(self) -> &'static str {
        match self {
            ContactMethod::Phone => "phone",
            ContactMethod::Sms => "sms",
            ContactMethod::Email => "email",
            ContactMethod::Letter => "letter",
            ContactMethod::ThroughReferrer => "through-referrer",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.code() == code)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    Routine,
    Soon,
    Urgent,
}

impl Urgency {
    pub const ALL: [Urgency; 3] = [Urgency::Routine, Urgency::Soon, Urgency::Urgent];

    pub fn code(self) -> &'static str {
        match self {
            Urgency::Routine => "routine",
            Urgency::Soon => "soon",
            Urgency::Urgent => "urgent",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|u| u.code() == code)
    }
}

/// The family's consent, as the worker recorded it: which statement (its exact text's version,
/// in the locale it was read in) and when. Who obtained it is the signed-in worker, recorded by
/// the server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    /// The record's format ([`CONSENT_VERSION`]).
    pub version: u32,
    /// The version of the statement read (`consent::version`); none in the legacy format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
    /// The shipped locale the statement was read in.
    pub language: String,
    /// When it was given, as Unix milliseconds (the phone's clock).
    pub given_at_ms: i64,
}

/// A referral as the phone sends it. Its `id` is made on the phone (UUIDv7) and is the
/// idempotency key: the server stores each id once (docs/SYNC-SPEC.md, R1–R4).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralDraft {
    pub id: Uuid,
    pub service_id: Uuid,
    pub person_name: String,
    pub contact_method: ContactMethod,
    /// Phone number, email address or postal address, as `contact_method` needs; empty for
    /// `ThroughReferrer`.
    #[serde(default)]
    pub contact_detail: String,
    /// The person's preferred language (a BCP 47 tag such as `so`, `ti` or `pa-PK`).
    pub language: String,
    #[serde(default)]
    pub interpreter: bool,
    #[serde(default)]
    pub needs: Vec<Need>,
    /// What support is needed, in the worker's words.
    #[serde(default)]
    pub support: String,
    pub urgency: Urgency,
    #[serde(default)]
    pub safeguarding: bool,
    /// How the service can reach the referrer (phone or email).
    pub referrer_contact: String,
    /// Without consent nothing is queued or stored.
    pub consent: Option<Consent>,
}

/// A field of the form, for attaching an error to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    PersonName,
    ContactDetail,
    Language,
    Needs,
    Support,
    ReferrerContact,
    Consent,
    /// The referral as a whole (it cannot be sent at all).
    Referral,
}

/// One thing wrong with a referral: the field and the Fluent id of the message.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
}

fn error(field: Field, message: &str) -> FieldError {
    FieldError { field, message: message.to_string() }
}

/// Trims and collapses what a person typed; text keeps its line breaks.
pub fn tidy(s: &str) -> String {
    s.trim().to_string()
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// A phone number as people write it: digits with spaces, brackets, dashes or dots, and an
/// optional leading +; 10 to 15 digits (UK numbers have 10 or 11).
pub fn valid_phone(s: &str) -> bool {
    let s = s.trim();
    let body = s.strip_prefix('+').unwrap_or(s);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    (10..=15).contains(&digits)
        && body.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '(' | ')' | '-' | '.'))
        && chars(s) <= 25
}

/// A UK mobile number (for texts): 07… or +44 7….
pub fn valid_mobile(s: &str) -> bool {
    if !valid_phone(s) {
        return false;
    }
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    (digits.starts_with("07") && digits.len() == 11) || (digits.starts_with("447") && digits.len() == 12)
}

/// An email address in the form people use: one `@`, a local part, and a domain with a dot,
/// no spaces, at most 254 characters. (Whether it reaches anyone only sending can tell.)
pub fn valid_email(s: &str) -> bool {
    let s = s.trim();
    let Some((local, domain)) = s.split_once('@') else { return false };
    !local.is_empty()
        && chars(local) <= 64
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && chars(s) <= MAX_CONTACT_CHARS
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A language tag: 2–3 letters, then optional subtags of letters and digits (`so`, `pa-Arab`,
/// `ckb-IQ`).
pub fn valid_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
        && s.len() <= MAX_LANGUAGE_CHARS
}

/// The name of a language the form does not list, as the worker typed it ("Maay Maay",
/// "Lingala", "ትግረ"): up to 40 characters, with a letter, and no digits or symbols, so that it
/// cannot carry a phone number or an email address.
pub fn valid_language_name(s: &str) -> bool {
    (2..=MAX_LANGUAGE_NAME_CHARS).contains(&chars(s))
        && s.chars().any(char::is_alphabetic)
        && s.chars().all(|c| {
            !c.is_control() && !c.is_numeric() && (!c.is_ascii_punctuation() || matches!(c, '-' | '\'' | '(' | ')' | '.' | ','))
        })
}

impl ReferralDraft {
    /// Trims what people typed, drops repeated needs, and clears contact details the chosen
    /// method does not use (least data).
    pub fn tidied(mut self) -> Self {
        self.person_name = tidy(&self.person_name);
        self.contact_detail = tidy(&self.contact_detail);
        self.language = tidy(&self.language);
        self.support = tidy(&self.support);
        self.referrer_contact = tidy(&self.referrer_contact);
        self.needs.sort();
        self.needs.dedup();
        if self.contact_method == ContactMethod::ThroughReferrer {
            self.contact_detail.clear();
        }
        self
    }

    /// Every problem with the referral (empty when it may be sent). `now_ms` bounds the consent
    /// time: a phone's clock may be a little ahead, not a day.
    pub fn problems(&self, now_ms: i64) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let name = self.person_name.trim();
        if name.is_empty() {
            errors.push(error(Field::PersonName, "referral-error-name-required"));
        } else if chars(name) > MAX_NAME_CHARS {
            errors.push(error(Field::PersonName, "referral-error-name-too-long"));
        }
        let detail = self.contact_detail.trim();
        match self.contact_method {
            ContactMethod::Phone if !valid_phone(detail) => {
                errors.push(error(Field::ContactDetail, "referral-error-phone-invalid"))
            }
            ContactMethod::Sms if !valid_mobile(detail) => {
                errors.push(error(Field::ContactDetail, "referral-error-mobile-invalid"))
            }
            ContactMethod::Email if !valid_email(detail) => {
                errors.push(error(Field::ContactDetail, "referral-error-email-invalid"))
            }
            ContactMethod::Letter if chars(detail) < 8 || chars(detail) > MAX_ADDRESS_CHARS => {
                errors.push(error(Field::ContactDetail, "referral-error-address-invalid"))
            }
            _ => {}
        }
        // A language from the form's list (its tag), or another language's name.
        let language = self.language.trim();
        if language.is_empty() {
            errors.push(error(Field::Language, "referral-error-language-invalid"));
        } else if !valid_language_tag(language) && !valid_language_name(language) {
            errors.push(error(Field::Language, "referral-error-language-name"));
        }
        if self.needs.is_empty() && self.support.trim().is_empty() {
            errors.push(error(Field::Needs, "referral-error-support-required"));
        }
        if chars(self.support.trim()) > MAX_SUPPORT_CHARS {
            errors.push(error(Field::Support, "referral-error-support-too-long"));
        }
        let referrer = self.referrer_contact.trim();
        if !(valid_phone(referrer) || valid_email(referrer)) {
            errors.push(error(Field::ReferrerContact, "referral-error-referrer-contact-invalid"));
        }
        match &self.consent {
            None => errors.push(error(Field::Consent, "referral-error-consent-required")),
            Some(c) => {
                let known = crate::i18n::find(&c.language).is_some();
                let in_time = c.given_at_ms > 1_600_000_000_000 && c.given_at_ms <= now_ms + 24 * 3600 * 1000;
                let statement = match (c.version, c.statement.as_deref()) {
                    (CONSENT_VERSION, Some(v)) => super::consent::valid_version(v),
                    (LEGACY_CONSENT_VERSION, None) => true,
                    _ => false,
                };
                if !(known && statement && in_time) {
                    errors.push(error(Field::Consent, "referral-error-consent-invalid"));
                }
            }
        }
        errors
    }
}

/// Where a referral is on the receiving side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    New,
    Seen,
    Accepted,
    Declined,
    Closed,
}

impl Status {
    pub const ALL: [Status; 5] = [Status::New, Status::Seen, Status::Accepted, Status::Declined, Status::Closed];

    pub fn code(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Seen => "seen",
            Status::Accepted => "accepted",
            Status::Declined => "declined",
            Status::Closed => "closed",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Finished: nothing more will happen.
    pub fn finished(self) -> bool {
        matches!(self, Status::Declined | Status::Closed)
    }
}

/// How a closed referral ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Supported,
    CouldNotContact,
    NoLongerNeeded,
    ReferredElsewhere,
}

impl Outcome {
    pub const ALL: [Outcome; 4] =
        [Outcome::Supported, Outcome::CouldNotContact, Outcome::NoLongerNeeded, Outcome::ReferredElsewhere];

    pub fn code(self) -> &'static str {
        match self {
            Outcome::Supported => "supported",
            Outcome::CouldNotContact => "could-not-contact",
            Outcome::NoLongerNeeded => "no-longer-needed",
            Outcome::ReferredElsewhere => "referred-elsewhere",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.code() == code)
    }
}

/// What the receiving organisation does to a referral.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "kebab-case")]
pub enum StatusChange {
    /// Opened and read.
    Seen,
    Accept,
    Decline { reason: String },
    Close { outcome: Outcome },
}

/// The status a change leads to, or the Fluent id of why it is not allowed:
/// New → Seen → Accepted or Declined (with a reason) → Closed (with an outcome). Accepting or
/// declining a referral nobody marked as seen is allowed (reading it is implied).
pub fn next_status(current: Status, change: &StatusChange) -> Result<Status, &'static str> {
    use Status::*;
    match (current, change) {
        (New, StatusChange::Seen) => Ok(Seen),
        // Marking as seen again is harmless (two people opened it).
        (Seen, StatusChange::Seen) => Ok(Seen),
        (New | Seen, StatusChange::Accept) => Ok(Accepted),
        (New | Seen, StatusChange::Decline { reason }) => {
            let reason = reason.trim();
            if reason.is_empty() {
                Err("referral-error-reason-required")
            } else if chars(reason) > MAX_REASON_CHARS {
                Err("referral-error-reason-too-long")
            } else {
                Ok(Declined)
            }
        }
        (Accepted | Declined, StatusChange::Close { .. }) => Ok(Closed),
        _ => Err("referral-error-status-change"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_795_000_000_000;

    pub fn draft() -> ReferralDraft {
        ReferralDraft {
            id: Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0001),
            service_id: Uuid::from_u128(42),
            person_name: "Amina Farah".into(),
            contact_method: ContactMethod::Phone,
            contact_detail: "0116 496 0123".into(),
            language: "so".into(),
            interpreter: true,
            needs: vec![Need::Food],
            support: String::new(),
            urgency: Urgency::Soon,
            safeguarding: false,
            referrer_contact: "worker@example.org".into(),
            consent: Some(Consent { version: 2, statement: Some("0123456789abcdef".into()), language: "ar".into(), given_at_ms: NOW - 1000 }),
        }
    }

    fn messages(d: &ReferralDraft) -> Vec<String> {
        d.problems(NOW).into_iter().map(|e| e.message).collect()
    }

    #[test]
    fn a_complete_referral_has_no_problems() {
        assert!(draft().problems(NOW).is_empty());
    }

    #[test]
    fn without_consent_nothing_may_be_sent() {
        let d = ReferralDraft { consent: None, ..draft() };
        assert_eq!(messages(&d), ["referral-error-consent-required"]);
        let statement = || Some("0123456789abcdef".to_string());
        for bad in [
            Consent { version: 0, statement: statement(), language: "ar".into(), given_at_ms: NOW },
            Consent { version: CONSENT_VERSION + 1, statement: statement(), language: "ar".into(), given_at_ms: NOW },
            Consent { version: CONSENT_VERSION, statement: None, language: "ar".into(), given_at_ms: NOW },
            Consent { version: CONSENT_VERSION, statement: Some("not a version".into()), language: "ar".into(), given_at_ms: NOW },
            Consent { version: LEGACY_CONSENT_VERSION, statement: statement(), language: "ar".into(), given_at_ms: NOW },
            Consent { version: CONSENT_VERSION, statement: statement(), language: "xx".into(), given_at_ms: NOW },
            Consent { version: CONSENT_VERSION, statement: statement(), language: "ar".into(), given_at_ms: NOW + 2 * 24 * 3600 * 1000 },
        ] {
            let d = ReferralDraft { consent: Some(bad), ..draft() };
            assert_eq!(messages(&d), ["referral-error-consent-invalid"], "{:?}", d.consent);
        }
        // A record made before statements were versioned (queued before an update) still counts.
        let legacy = Consent { version: LEGACY_CONSENT_VERSION, statement: None, language: "ar".into(), given_at_ms: NOW };
        assert!(messages(&ReferralDraft { consent: Some(legacy), ..draft() }).is_empty());
    }

    #[test]
    fn contact_details_must_suit_the_method() {
        let case = |method, detail: &str| ReferralDraft { contact_method: method, contact_detail: detail.into(), ..draft() };
        assert!(messages(&case(ContactMethod::Phone, "0116 496 0123")).is_empty());
        assert!(messages(&case(ContactMethod::Phone, "+44 (0)116 496-0123")).is_empty());
        assert_eq!(messages(&case(ContactMethod::Phone, "call me")), ["referral-error-phone-invalid"]);
        assert_eq!(messages(&case(ContactMethod::Phone, "12345")), ["referral-error-phone-invalid"]);
        assert!(messages(&case(ContactMethod::Sms, "07700 900123")).is_empty());
        assert!(messages(&case(ContactMethod::Sms, "+44 7700 900123")).is_empty());
        assert_eq!(messages(&case(ContactMethod::Sms, "0116 496 0123")), ["referral-error-mobile-invalid"]);
        assert!(messages(&case(ContactMethod::Email, "amina@example.org")).is_empty());
        for bad in ["amina", "amina@", "@example.org", "a b@example.org", "a@example", "a@@example.org", "a@example..org"] {
            assert_eq!(messages(&case(ContactMethod::Email, bad)), ["referral-error-email-invalid"], "{bad}");
        }
        assert!(messages(&case(ContactMethod::Letter, "12 Example Road, Leicester LE2 0AA")).is_empty());
        assert_eq!(messages(&case(ContactMethod::Letter, "LE2")), ["referral-error-address-invalid"]);
        assert!(messages(&case(ContactMethod::ThroughReferrer, "")).is_empty());
    }

    #[test]
    fn least_data_contact_details_the_method_does_not_use_are_dropped() {
        let d = ReferralDraft { contact_method: ContactMethod::ThroughReferrer, ..draft() }.tidied();
        assert_eq!(d.contact_detail, "");
        let d = ReferralDraft { person_name: "  Amina  ".into(), needs: vec![Need::Money, Need::Food, Need::Money], ..draft() }.tidied();
        assert_eq!(d.person_name, "Amina");
        assert_eq!(d.needs, [Need::Food, Need::Money]);
    }

    #[test]
    fn lengths_are_limited() {
        let d = ReferralDraft { person_name: "x".repeat(MAX_NAME_CHARS + 1), ..draft() };
        assert_eq!(messages(&d), ["referral-error-name-too-long"]);
        // Limits count characters, not bytes: 100 Gujarati letters are a valid name.
        let d = ReferralDraft { person_name: "ક".repeat(MAX_NAME_CHARS), ..draft() };
        assert!(messages(&d).is_empty());
        let d = ReferralDraft { support: "x".repeat(MAX_SUPPORT_CHARS + 1), ..draft() };
        assert_eq!(messages(&d), ["referral-error-support-too-long"]);
        let d = ReferralDraft { person_name: "  ".into(), ..draft() };
        assert_eq!(messages(&d), ["referral-error-name-required"]);
    }

    #[test]
    fn some_need_must_be_named() {
        let d = ReferralDraft { needs: vec![], support: String::new(), ..draft() };
        assert_eq!(messages(&d), ["referral-error-support-required"]);
        let d = ReferralDraft { needs: vec![], support: "Help with a housing form".into(), ..draft() };
        assert!(messages(&d).is_empty());
    }

    #[test]
    fn languages_and_referrer_contacts_are_checked() {
        for ok in ["so", "ti", "pa-PK", "ckb-IQ", "pa-Arab"] {
            assert!(valid_language_tag(ok), "{ok}");
        }
        for bad in ["", "s", "somali!", "so--x", "1a"] {
            assert!(!valid_language_tag(bad), "{bad}");
        }
        // Another language, by name, in any script; never a contact detail.
        for (name, ok) in [
            ("Maay Maay", true),
            ("Lingala", true),
            ("ትግረ", true),
            ("Kurdî (Kurmancî)", true),
            ("Pahari-Pothwari", true),
            ("", false),
            ("x", false),
            ("07700 900123", false),
            ("call ٠٧٧٠٠", false),
            ("name@example.org", false),
            ("+44 116", false),
            ("a very long description of a language that goes on", false),
        ] {
            let d = ReferralDraft { language: name.into(), ..draft() };
            let expected: &[&str] = match (ok, name.is_empty()) {
                (true, _) => &[],
                (false, true) => &["referral-error-language-invalid"],
                (false, false) => &["referral-error-language-name"],
            };
            assert_eq!(messages(&d), expected, "{name:?}");
        }
        let d = ReferralDraft { referrer_contact: "0116 496 0001".into(), ..draft() };
        assert!(messages(&d).is_empty());
        let d = ReferralDraft { referrer_contact: "me".into(), ..draft() };
        assert_eq!(messages(&d), ["referral-error-referrer-contact-invalid"]);
    }

    #[test]
    fn status_follows_new_seen_accepted_or_declined_closed() {
        use Status::*;
        let decline = |r: &str| StatusChange::Decline { reason: r.into() };
        let close = StatusChange::Close { outcome: Outcome::Supported };
        assert_eq!(next_status(New, &StatusChange::Seen), Ok(Seen));
        assert_eq!(next_status(Seen, &StatusChange::Accept), Ok(Accepted));
        assert_eq!(next_status(New, &StatusChange::Accept), Ok(Accepted));
        assert_eq!(next_status(Seen, &decline("Outside our area")), Ok(Declined));
        assert_eq!(next_status(Seen, &decline("  ")), Err("referral-error-reason-required"));
        assert_eq!(next_status(Seen, &decline(&"x".repeat(MAX_REASON_CHARS + 1))), Err("referral-error-reason-too-long"));
        assert_eq!(next_status(Accepted, &close), Ok(Closed));
        assert_eq!(next_status(Declined, &close), Ok(Closed));
        for (from, change) in [(New, &close), (Seen, &close), (Closed, &StatusChange::Accept), (Accepted, &decline("x")), (Closed, &close), (Accepted, &StatusChange::Seen)] {
            assert_eq!(next_status(from, change), Err("referral-error-status-change"), "{from:?} {change:?}");
        }
    }
}
