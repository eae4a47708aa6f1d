//! The names of a referral's codes (status, outcome, urgency, contact method) in the page's
//! language, from `referrals.ftl`: the refer form, the outbox and the inbox show them, so every
//! route with those pages declares that file (a test holds them to it).

use super::model::{ContactMethod, Outcome, Status, Urgency};
use crate::{i18n::Localizer, t};

pub fn status_name(l: &Localizer, status: Status) -> String {
    match status {
        Status::New => t!(l, "referral-status-new"),
        Status::Seen => t!(l, "referral-status-seen"),
        Status::Accepted => t!(l, "referral-status-accepted"),
        Status::Declined => t!(l, "referral-status-declined"),
        Status::Closed => t!(l, "referral-status-closed"),
    }
}

pub fn outcome_name(l: &Localizer, outcome: Outcome) -> String {
    match outcome {
        Outcome::Supported => t!(l, "referral-outcome-supported"),
        Outcome::CouldNotContact => t!(l, "referral-outcome-could-not-contact"),
        Outcome::NoLongerNeeded => t!(l, "referral-outcome-no-longer-needed"),
        Outcome::ReferredElsewhere => t!(l, "referral-outcome-referred-elsewhere"),
    }
}

pub fn urgency_name(l: &Localizer, urgency: Urgency) -> String {
    match urgency {
        Urgency::Routine => t!(l, "referral-urgency-routine"),
        Urgency::Soon => t!(l, "referral-urgency-soon"),
        Urgency::Urgent => t!(l, "referral-urgency-urgent"),
    }
}

pub fn contact_method_name(l: &Localizer, method: ContactMethod) -> String {
    match method {
        ContactMethod::Phone => t!(l, "referral-contact-phone"),
        ContactMethod::Sms => t!(l, "referral-contact-sms"),
        ContactMethod::Email => t!(l, "referral-contact-email"),
        ContactMethod::Letter => t!(l, "referral-contact-letter"),
        ContactMethod::ThroughReferrer => t!(l, "referral-contact-through-referrer"),
    }
}
