//! `/services/:id/report`: "Report a problem with this listing", for anyone. With JavaScript
//! the report is kept on the phone and sent at once, or when there is a signal (works offline:
//! the page reads the phone's copy of the directory); without, the form posts to the server,
//! which thanks the reporter here (`?sent=1`).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[cfg(feature = "hydrate")]
use super::report::ProblemReport;
use super::report::{MAX_REPORT_CHARS, REPORT_PATH, ReportKind};
use crate::{
    directory::{read::ServicePage, source},
    i18n::I18n,
    layout::loaded_page,
    t,
};

#[component]
pub fn ReportPage() -> impl IntoView {
    let params = use_params_map();
    let page = Resource::new(move || params.with(|p| p.get("id").unwrap_or_default()), source::service);
    loaded_page(page, |i18n, page| view! { <ReportView i18n page/> })
}

/// How the report went, as the page says it.
#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
enum Sent {
    Delivered,
    KeptOnPhone,
    NotKept,
}

#[component]
fn ReportView(i18n: I18n, page: ServicePage) -> impl IntoView {
    let service = page.service;
    let title = t!(i18n, "report-title", service = service.name.clone());
    let back = format!("/services/{}", service.id);
    let query = use_query_map();
    let sent_without_javascript = query.with_untracked(|q| q.get("sent").is_some());
    let sent = RwSignal::new(sent_without_javascript.then_some(Sent::Delivered));
    let problem = RwSignal::new(None::<&'static str>);
    // For a browser without JavaScript, the id comes with the form (so a report posted twice is
    // stored once); with JavaScript the phone makes its own when the report is made.
    #[cfg(feature = "ssr")]
    let form_id = uuid::Uuid::now_v7().to_string();
    #[cfg(not(feature = "ssr"))]
    let form_id = String::new();
    let service_id = service.id.to_string();
    let on_submit = {
        let service_id = service_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            #[cfg(feature = "hydrate")]
            {
                use leptos::form::FromFormData;
                #[derive(serde::Deserialize)]
                struct Fields {
                    #[serde(default)]
                    kind: String,
                    #[serde(default)]
                    text: String,
                }
                let Ok(fields) = Fields::from_event(&ev) else { return };
                let Some(id) = super::report_outbox::new_id() else { return sent.set(Some(Sent::NotKept)) };
                let report = ProblemReport { id, service: service_id.clone(), kind: fields.kind, text: fields.text };
                if let Err(message) = report.check() {
                    problem.set(Some(message));
                    return;
                }
                problem.set(None);
                leptos::task::spawn_local(async move {
                    let outcome = match super::lazy::report(report).await {
                        None => Sent::NotKept,
                        Some(0) => Sent::Delivered,
                        Some(_) => Sent::KeptOnPhone,
                    };
                    sent.set(Some(outcome));
                });
            }
            let _ = (&ev, &service_id);
        }
    };
    let kinds = ReportKind::ALL
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let id = format!("report-kind-{}", k.code());
            view! {
                <li class="check">
                    <input type="radio" id=id.clone() name="kind" value=k.code() checked=i == 0/>
                    <label for=id>{i18n.t(k.message_id())}</label>
                </li>
            }
        })
        .collect_view();
    let result = {
        let i18n = i18n.clone();
        move || {
            sent.get().map(|s| {
                let (class, text) = match s {
                    Sent::Delivered => ("notice inbox-saved", t!(i18n, "report-sent")),
                    Sent::KeptOnPhone => ("notice inbox-saved", t!(i18n, "report-kept")),
                    Sent::NotKept => ("notice error inbox-alert", t!(i18n, "report-not-kept")),
                };
                view! { <p class=class role="status">{text}</p> }
            })
        }
    };
    let error = {
        let i18n = i18n.clone();
        move || problem.get().map(|m| view! { <p class="notice error inbox-alert" role="alert">{i18n.t(m)}</p> })
    };
    view! {
        <Title text=title.clone()/>
        <section class="report">
            <p><a href=back.clone()>{t!(i18n, "back-to-service")}</a></p>
            <h1 dir="auto">{title}</h1>
            <p>{t!(i18n, "report-intro")}</p>
            {result}
            {error}
            // Hidden once the report is made (sent, or kept on the phone to send).
            <form method="post" action=REPORT_PATH on:submit=on_submit hidden=move || matches!(sent.get(), Some(Sent::Delivered | Sent::KeptOnPhone))>
                    <input type="hidden" id="report-id" name="id" value=form_id/>
                    <input type="hidden" name="service" value=service_id/>
                    <fieldset>
                        <legend>{t!(i18n, "report-kind")}</legend>
                        <ul class="checks">{kinds}</ul>
                    </fieldset>
                    <p class="field">
                        <label for="report-text">{t!(i18n, "report-text")}</label>
                        <textarea id="report-text" name="text" rows="3" maxlength=MAX_REPORT_CHARS.to_string() dir="auto"></textarea>
                    </p>
                    <button type="submit">{t!(i18n, "report-submit")}</button>
            </form>
        </section>
    }
}
