//! The referrals on this phone (`/outbox`) of whoever is signed in on it: waiting, sent and what
//! the service answered, with "Send now", and signing out (which wipes them, warning first if
//! any are unsent). Other workers' referrals on the same phone are only counted, never shown
//! (R13). The list lives in the browser, so the server renders the frame and the app fills it in.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{
    outbox::{OutboxEntry, OutboxState},
    status::use_outbox_status,
    names::{outcome_name, status_name},
};
use crate::{i18n::I18n, i18n::use_i18n, sync::status::use_offline_status, t};

#[component]
pub fn OutboxPage() -> impl IntoView {
    let i18n = use_i18n();
    let outbox = use_outbox_status();
    let network = use_offline_status();
    let title = t!(i18n, "outbox-title");
    // Read the outbox and send what waits (once per page; the app may have started it already),
    // once the whole page runs (`when_running` says why).
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        crate::app::when_running(move || leptos::task::spawn_local(super::lazy::start(outbox)));
    });
    let send_now = move |_| {
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(super::lazy::send_now());
    };
    // Signing out wipes the outbox; with anything unsent the worker is asked first.
    let warning_i18n = i18n.clone();
    let on_sign_out = move |ev: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        {
            ev.prevent_default();
            let waiting = outbox.waiting();
            if waiting > 0 {
                let text = t!(warning_i18n, "outbox-sign-out-warning", count = waiting);
                if !window().confirm_with_message(&text).unwrap_or(false) {
                    return;
                }
            }
            let form = event_target::<web_sys::HtmlFormElement>(&ev);
            leptos::task::spawn_local(async move {
                super::lazy::wipe(outbox).await;
                let _ = form.submit();
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (ev, &warning_i18n);
    };
    let list_i18n = i18n.clone();
    let (sending, send_label) = (t!(i18n, "outbox-sending"), t!(i18n, "outbox-send-now"));
    view! {
        <Title text=title.clone()/>
        <section class="outbox">
            <h1>{title}</h1>
            <noscript><p class="notice" role="alert">{t!(i18n, "refer-needs-javascript")}</p></noscript>
            <p class="notice" role="status" hidden=move || network.online.get()>{t!(i18n, "outbox-offline")}</p>
            <p class="notice" role="alert" hidden=move || !outbox.sign_in_needed.get()>
                {t!(i18n, "outbox-sign-in")}" "<a href="/login?next=/outbox">{t!(i18n, "outbox-sign-in-link")}</a>
            </p>
            <p class="notice" role="alert" hidden=move || !outbox.unavailable.get()>{t!(i18n, "outbox-unavailable")}</p>
            {
                let i18n = i18n.clone();
                move || {
                    let others = outbox.others_waiting.get();
                    (others > 0).then(|| view! { <p class="notice" role="status">{t!(i18n, "outbox-others-waiting", count = others)}</p> })
                }
            }
            <p hidden=move || !outbox.loaded.get() || !outbox.entries.with(Vec::is_empty)>{t!(i18n, "outbox-empty")}</p>
            <ul class="outbox-list">
                <For each=move || outbox.entries.get() key=|e| (e.id, e.state.clone(), e.status.clone()) let:entry>
                    <OutboxItem i18n=list_i18n.clone() entry/>
                </For>
            </ul>
            <button type="button" class="button" on:click=send_now disabled=move || outbox.sending.get() || !network.online.get()>
                {move || if outbox.sending.get() { sending.clone() } else { send_label.clone() }}
            </button>
            <form method="post" action="/logout" class="sign-out" on:submit=on_sign_out>
                <button type="submit" class="secondary">{t!(i18n, "outbox-sign-out")}</button>
            </form>
            <p><a href="/account/password">{t!(i18n, "outbox-password-link")}</a></p>
        </section>
    }
}

#[component]
fn OutboxItem(i18n: I18n, entry: OutboxEntry) -> impl IntoView {
    let outbox = use_outbox_status();
    let state = match &entry.state {
        OutboxState::Queued => t!(i18n, "outbox-state-queued"),
        OutboxState::Sending => t!(i18n, "outbox-state-sending"),
        OutboxState::Delivered => t!(i18n, "outbox-state-delivered"),
        OutboxState::Conflict => t!(i18n, "outbox-state-conflict"),
        OutboxState::Refused { .. } => t!(i18n, "outbox-state-refused"),
        OutboxState::NotAccepting => t!(i18n, "outbox-state-not-accepting"),
    };
    let refused: Vec<String> = match &entry.state {
        OutboxState::Refused { errors } => {
            errors.iter().map(|e| i18n.error_message(&crate::error::AppError::BadRequest(e.message.clone()))).collect()
        }
        _ => vec![],
    };
    let answer = entry.status.as_ref().map(|r| {
        let status = status_name(&i18n, r.status);
        let outcome = r.outcome.map(|o| outcome_name(&i18n, o));
        (t!(i18n, "outbox-answer", status = status), outcome, r.reason.clone())
    });
    let removable = matches!(entry.state, OutboxState::Conflict | OutboxState::Refused { .. } | OutboxState::NotAccepting);
    let id = entry.id;
    let remove = move |_| {
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(async move {
            super::lazy::remove(outbox, id).await;
        });
        #[cfg(not(feature = "hydrate"))]
        let _ = (outbox, id);
    };
    let state_class = match entry.state {
        OutboxState::Delivered => "delivered",
        OutboxState::Queued | OutboxState::Sending => "waiting",
        _ => "problem",
    };
    view! {
        <li class=format!("outbox-item {state_class}")>
            <p class="service-name" dir="auto"><a href=format!("/services/{}", entry.service_id)>{entry.service_name.clone()}</a></p>
            {entry.draft.as_ref().map(|d| view! { <p class="person" dir="auto">{d.person_name.clone()}</p> })}
            <p class="state">{state}</p>
            {(!refused.is_empty()).then(|| view! { <ul class="errors">{refused.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul> })}
            {answer.map(|(status, outcome, reason)| view! {
                <p class="answer">{status}</p>
                {outcome.map(|o| view! { <p>{o}</p> })}
                {reason.map(|r| view! { <p dir="auto">{r}</p> })}
            })}
            {removable.then(|| view! { <button type="button" class="secondary" on:click=remove>{t!(i18n, "outbox-remove")}</button> })}
        </li>
    }
}
