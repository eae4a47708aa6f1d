//! "Report a problem with this listing", shared by both sides: what a report says, its checks,
//! and the phone's queue rules. A report is made on the phone with its own id and kept there
//! until the server has it (sent at once when there is a signal, else when there is one next),
//! so it arrives once however often it is sent.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// What is wrong with a listing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReportKind {
    OutOfDate,
    Closed,
    Contact,
    Other,
}

impl ReportKind {
    pub const ALL: [ReportKind; 4] = [ReportKind::OutOfDate, ReportKind::Closed, ReportKind::Contact, ReportKind::Other];

    pub fn code(self) -> &'static str {
        match self {
            ReportKind::OutOfDate => "out-of-date",
            ReportKind::Closed => "closed",
            ReportKind::Contact => "contact",
            ReportKind::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The Fluent id of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            ReportKind::OutOfDate => "report-kind-out-of-date",
            ReportKind::Closed => "report-kind-closed",
            ReportKind::Contact => "report-kind-contact",
            ReportKind::Other => "report-kind-other",
        }
    }
}

/// Where reports are sent (the `report-problem` server function).
pub const REPORT_PATH: &str = "/api/report-problem";

/// Whether reports wait on this phone (every page asks at start: small, not lazy).
#[cfg(feature = "hydrate")]
pub fn waiting() -> bool {
    leptos::prelude::window().local_storage().ok().flatten().and_then(|s| s.get_item(QUEUE_KEY).ok().flatten()).is_some()
}

/// Where the phone keeps reports not yet sent (localStorage).
pub const QUEUE_KEY: &str = "signpost-listing-reports";

/// Longest report text, in characters.
pub const MAX_REPORT_CHARS: usize = 500;

/// A report as the phone keeps and sends it (the form's fields).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProblemReport {
    pub id: String,
    pub service: String,
    pub kind: String,
    pub text: String,
}

/// A report, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedReport {
    pub id: Uuid,
    pub service: Uuid,
    pub kind: ReportKind,
    pub text: String,
}

impl ProblemReport {
    /// The report, or the Fluent id of what is wrong with it.
    pub fn check(&self) -> Result<CheckedReport, &'static str> {
        let kind = ReportKind::from_code(self.kind.trim()).ok_or("report-error-kind")?;
        let text = self.text.trim().to_string();
        if text.chars().count() > MAX_REPORT_CHARS || (kind == ReportKind::Other && text.is_empty()) {
            return Err("report-error-text");
        }
        let id = self.id.trim().parse().map_err(|_| "error-bad-request")?;
        let service = self.service.trim().parse().map_err(|_| "error-not-found")?;
        Ok(CheckedReport { id, service, kind, text })
    }
}

/// What the server said to a report, and what the phone does with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReportOutcome {
    /// Stored now.
    Received,
    /// Stored before (a repeat).
    AlreadyReceived,
}

/// What the phone does with a queued report after trying to send it, from the HTTP status
/// (`None`: no answer at all).
pub fn keep_after(status: Option<u16>) -> bool {
    match status {
        // Stored, or never storable (refused as invalid, the service gone): done either way.
        Some(200..=299 | 400..=428 | 430..=499) => false,
        // No answer, too many at once, or the server's trouble: try again later.
        _ => true,
    }
}

/// A report as the organisation and the coordinators see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportItem {
    pub id: Uuid,
    pub service_id: Uuid,
    pub service_name: String,
    pub organisation_name: String,
    pub kind: ReportKind,
    pub text: String,
    pub received_at_ms: i64,
    pub done: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(kind: &str, text: &str) -> ProblemReport {
        ProblemReport {
            id: "0190f7a0-0000-7000-8000-000000000001".into(),
            service: "0190f7a0-0000-7000-8000-000000000002".into(),
            kind: kind.into(),
            text: text.into(),
        }
    }

    #[test]
    fn a_report_needs_a_known_kind_and_a_short_text_and_words_when_it_is_something_else() {
        assert_eq!(report("closed", "").check().unwrap().kind, ReportKind::Closed);
        assert_eq!(report("gone", "").check(), Err("report-error-kind"));
        assert_eq!(report("other", "  ").check(), Err("report-error-text"));
        assert_eq!(report("contact", &"x".repeat(501)).check(), Err("report-error-text"));
        assert_eq!(report("contact", &"ગ".repeat(500)).check().unwrap().text.chars().count(), 500);
    }

    #[test]
    fn the_phone_keeps_a_report_until_the_server_has_it_or_can_never_take_it() {
        for status in [None, Some(429), Some(500), Some(502), Some(503)] {
            assert!(keep_after(status), "{status:?}");
        }
        for status in [Some(200), Some(201), Some(400), Some(404), Some(409), Some(413)] {
            assert!(!keep_after(status), "{status:?}");
        }
    }
}
