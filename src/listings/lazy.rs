//! Browser only: the report sender behind one lazy-loading point (see `sync::lazy::Request`
//! for why one).

use leptos::prelude::*;

use super::report::ProblemReport;

enum Request {
    Start,
    Report(ProblemReport),
}

#[lazy]
async fn reports(request: Request) -> Option<usize> {
    match request {
        Request::Start => {
            super::report_outbox::start();
            None
        }
        Request::Report(report) => {
            if !super::report_outbox::keep(report) {
                return None;
            }
            let left = super::report_outbox::send_waiting().await;
            super::report_outbox::start();
            Some(left)
        }
    }
}

/// Sends reports waiting on the phone, now and when the connection comes back.
pub async fn start_reports() {
    reports(Request::Start).await;
}

/// Keeps a report on the phone and tries to send it: `None` if the phone could not keep it,
/// else how many reports still wait (0: it was sent).
pub async fn report(report: ProblemReport) -> Option<usize> {
    reports(Request::Report(report)).await
}
