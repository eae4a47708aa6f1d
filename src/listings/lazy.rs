//! Browser only: the report sender behind lazy-loading points (see src/sync/lazy.rs).

use leptos::prelude::*;

use super::report::ProblemReport;

/// Sends reports waiting on the phone, now and when the connection comes back.
#[lazy]
pub fn start_reports() {
    super::report_outbox::start();
}

/// Keeps a report on the phone and tries to send it: `None` if the phone could not keep it,
/// else how many reports still wait (0: it was sent).
#[lazy]
pub async fn report(report: ProblemReport) -> Option<usize> {
    if !super::report_outbox::keep(report) {
        return None;
    }
    let left = super::report_outbox::send_waiting().await;
    super::report_outbox::start();
    Some(left)
}
