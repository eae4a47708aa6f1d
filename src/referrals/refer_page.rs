//! Referring a family to a service, consent first (`/services/:id/refer`).
//!
//! Step 1 shows the consent statement in the language the family chooses (any shipped locale,
//! read from its locale file, which the service worker keeps for offline use) so the worker can
//! read it with them; nothing else is shown until they agree. The referral records the version
//! of the exact text read (`consent.rs`). Step 2 is the referral. Saving checks it with the same
//! rules as the server (`model.rs`), then keeps it on the phone, encrypted under the signed-in
//! worker's key, in the outbox; it is sent when there is a connection, by that worker only.
//! Referring needs someone signed in on the phone (the referral is theirs, R13).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_params_map};

use super::{
    consent,
    model::{CONSENT_VERSION, Consent, ContactMethod, Field, FieldError, ReferralDraft, Urgency},
    outbox::OutboxEntry,
    status::use_outbox_status,
    names::{contact_method_name, urgency_name},
};
use crate::{
    directory::{needs::Need, read::ServicePage, source, ui::format},
    i18n::{I18n, LOCALES, find},
    layout::loaded_page,
    t,
};

/// Languages a family may prefer (Leicester's community languages, and any the directory
/// lists); names come from `language-<code>`.
const PREFERRED_LANGUAGES: [&str; 18] =
    ["en", "gu", "pa", "pl", "ro", "ur", "bn", "pt", "ar", "so", "hi", "ta", "ku", "fa", "ps", "ti", "fr", "sw"];

/// The preferred-language choice that asks for the language's name.
const OTHER_LANGUAGE: &str = "other";

#[component]
pub fn ReferPage() -> impl IntoView {
    let params = use_params_map();
    // Read once per service, not again when the phone's copy of the directory changes: that
    // would render the form afresh and lose what the worker has typed.
    let page = Resource::new(move || params.with(|p| p.get("id").unwrap_or_default()), source::service);
    loaded_page(page, |i18n, page| view! { <ReferView i18n page/> })
}

/// The consent statement in another shipped locale, from its locale file: its text, version
/// and whether it is given in English (its translation is out of date).
async fn statement_in(locale: String, service: String, retention_days: u32) -> Option<(String, String, bool)> {
    let info = find(&locale)?;
    #[cfg(feature = "hydrate")]
    {
        let l = crate::i18n::locale_file(info).await?;
        Some((consent::statement(&l, &service, retention_days), consent::version(&l, retention_days), l.in_english(consent::STATEMENT)))
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = (info, service, retention_days);
        None
    }
}

fn now_ms() -> i64 {
    #[cfg(feature = "hydrate")]
    return js_sys::Date::now() as i64;
    #[cfg(all(feature = "ssr", not(feature = "hydrate")))]
    return chrono::Utc::now().timestamp_millis();
    // The search-only benchmark build has no clock and never renders this page.
    #[allow(unreachable_code)]
    0
}

#[component]
fn ReferView(i18n: I18n, page: ServicePage) -> impl IntoView {
    let service = page.service;
    let title = t!(i18n, "refer-title", service = service.name.clone());
    if !service.accepts_referrals {
        return view! {
            <Title text=title.clone()/>
            <h1 dir="auto">{title}</h1>
            <p class="notice" role="alert">{t!(i18n, "refer-not-accepting")}</p>
            <p><a href=format!("/services/{}", service.id)>{t!(i18n, "back-to-service")}</a></p>
        }
        .into_any();
    }
    // The referral is the signed-in worker's (known on the phone even with no signal); with
    // nobody signed in, the worker is asked to sign in first.
    #[cfg(any(feature = "hydrate", feature = "ssr"))]
    let author = crate::accounts::who::current().map(|w| w.user);
    #[cfg(not(any(feature = "hydrate", feature = "ssr")))]
    let author: Option<uuid::Uuid> = None;
    let Some(author) = author else {
        let sign_in = crate::redirect::login_href(&format!("/services/{}/refer", service.id));
        return view! {
            <Title text=title.clone()/>
            <h1 dir="auto">{title}</h1>
            <noscript><p class="notice" role="alert">{t!(i18n, "refer-needs-javascript")}</p></noscript>
            <p class="notice" role="alert">{t!(i18n, "refer-sign-in")}" "<a href=sign_in>{t!(i18n, "outbox-sign-in-link")}</a></p>
            <p><a href=format!("/services/{}", service.id)>{t!(i18n, "back-to-service")}</a></p>
        }
        .into_any();
    };
    let outbox = use_outbox_status();
    let navigate = use_navigate();
    let current = i18n.info().id;
    let retention_days = consent::configured_retention_days();

    // Step 1: consent, in the language chosen, with the version of the exact text shown.
    let consent_locale = RwSignal::new(current.to_string());
    let agreed = RwSignal::new(false);
    let consent_at = RwSignal::new(None::<i64>);
    let service_name = service.name.clone();
    let own_statement = (
        consent::statement(&i18n, &service_name, retention_days),
        consent::version(&i18n, retention_days),
        i18n.in_english(consent::STATEMENT),
    );
    let other_statement = LocalResource::new(move || {
        let (locale, name) = (consent_locale.get(), service_name.clone());
        async move { if locale == current { None } else { statement_in(locale, name, retention_days).await } }
    });
    // (locale, text, version, given in English) of the statement on screen.
    // The other language's file is read only once another language is chosen (never while
    // rendering on the server, which must not wait on a browser-only resource).
    let statement = Memo::new(move |_| {
        let locale = consent_locale.get();
        let other = if locale == current { None } else { other_statement.get().flatten() };
        match other {
            Some((text, version, english)) => (locale, text, version, english),
            None => (current.to_string(), own_statement.0.clone(), own_statement.1.clone(), own_statement.2),
        }
    });

    // Step 2: the referral.
    let name = RwSignal::new(String::new());
    let method = RwSignal::new(ContactMethod::Phone);
    let detail = RwSignal::new(String::new());
    let language = RwSignal::new(String::new());
    // "Another language": the form's list does not have it, so its name is typed.
    let other_language = RwSignal::new(false);
    let language_name = RwSignal::new(String::new());
    let interpreter = RwSignal::new(false);
    let needs = RwSignal::new(Vec::<Need>::new());
    let support = RwSignal::new(String::new());
    let urgency = RwSignal::new(Urgency::Routine);
    let safeguarding = RwSignal::new(false);
    let referrer = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let storage_failed = RwSignal::new(false);
    let saving = RwSignal::new(false);

    let service_id = service.id;
    let name_for_entry = service.name.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let now = now_ms();
        // The language the family heard: English where it stood in for a stale translation.
        let (chosen, _, version, in_english) = statement.get();
        let read_in = if in_english { crate::i18n::reference().id.to_string() } else { chosen };
        let consent = consent_at.get().filter(|_| agreed.get()).map(|at| Consent {
            version: CONSENT_VERSION,
            statement: Some(version),
            language: read_in,
            given_at_ms: at,
        });
        let draft = ReferralDraft {
            id: uuid::Uuid::nil(),
            service_id,
            person_name: name.get(),
            contact_method: method.get(),
            contact_detail: detail.get(),
            language: if other_language.get() { language_name.get() } else { language.get() },
            interpreter: interpreter.get(),
            needs: needs.get(),
            support: support.get(),
            urgency: urgency.get(),
            safeguarding: safeguarding.get(),
            referrer_contact: referrer.get(),
            consent,
        }
        .tidied();
        let mut problems = draft.problems(now);
        // "Another language" chosen and no name typed: say what is missing.
        if other_language.get() && draft.language.is_empty() {
            problems.iter_mut().filter(|p| p.field == Field::Language).for_each(|p| p.message = "referral-error-language-name".into());
        }
        errors.set(problems.clone());
        if !problems.is_empty() {
            return;
        }
        saving.set(true);
        let navigate = navigate.clone();
        let service_name = name_for_entry.clone();
        leptos::task::spawn_local(async move {
            #[cfg(feature = "hydrate")]
            let saved = match super::lazy::new_id(now).await {
                Some(id) => {
                    let draft = ReferralDraft { id, ..draft };
                    super::lazy::queue(outbox, OutboxEntry::new(draft, author, service_name, now)).await
                }
                None => false,
            };
            #[cfg(not(feature = "hydrate"))]
            let saved = {
                let _ = (draft, service_name, outbox, author, OutboxEntry::new);
                false
            };
            saving.set(false);
            if saved {
                navigate("/outbox", Default::default());
            } else {
                storage_failed.set(true);
            }
        });
    };

    let error_for = move |field: Field, i18n: I18n| {
        move || {
            errors.with(|e| e.iter().find(|e| e.field == field).map(|e| i18n.t(&e.message)))
                .map(|m| view! { <p class="field-error" role="alert">{m}</p> })
        }
    };
    let detail_label = {
        let i18n = i18n.clone();
        move || match method.get() {
            ContactMethod::Phone => t!(i18n, "refer-contact-detail-phone"),
            ContactMethod::Sms => t!(i18n, "refer-contact-detail-sms"),
            ContactMethod::Email => t!(i18n, "refer-contact-detail-email"),
            ContactMethod::Letter => t!(i18n, "refer-contact-detail-letter"),
            ContactMethod::ThroughReferrer => String::new(),
        }
    };
    let locale_options = LOCALES
        .iter()
        .map(|l| view! { <option value=l.id selected=l.id == current>{l.name}</option> })
        .collect_view();
    let method_options = ContactMethod::ALL
        .into_iter()
        .map(|m| view! { <option value=m.code()>{contact_method_name(&i18n, m)}</option> })
        .collect_view();
    let language_options = PREFERRED_LANGUAGES
        .into_iter()
        .map(|code| view! { <option value=code>{format::language_name(&i18n, code)}</option> })
        .collect_view();
    let urgency_options = Urgency::ALL
        .into_iter()
        .map(|u| view! { <option value=u.code()>{urgency_name(&i18n, u)}</option> })
        .collect_view();
    let need_checks = Need::ALL
        .into_iter()
        .map(|n| {
            let (id, for_id) = (format!("need-{}", n.code()), format!("need-{}", n.code()));
            view! {
                <label class="check" for=for_id>
                    <input
                        type="checkbox"
                        id=id
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            needs.update(|v| {
                                v.retain(|x| *x != n);
                                if on {
                                    v.push(n);
                                }
                            });
                        }
                    />
                    {format::need_name(&i18n, n)}
                </label>
            }
        })
        .collect_view();
    // A statement given in English is marked as English; a machine-drafted one, or one given in
    // English in another language's place, comes with advice to use an interpreter.
    let consent_lang_attr = move || statement.with(|s| if s.3 { crate::i18n::reference().id.to_string() } else { s.0.clone() });
    let consent_dir = move || statement.with(|s| if s.3 { "ltr" } else { find(&s.0).map_or("ltr", |l| l.dir.as_str()) });
    let consent_note = {
        let i18n = i18n.clone();
        move || {
            let id = statement.with(|s| match find(&s.0) {
                _ if s.3 => Some("refer-consent-in-english"),
                Some(l) if l.review == crate::i18n::Review::MachineDraft => Some("refer-consent-machine-draft"),
                _ => None,
            });
            id.map(|id| view! { <p class="hint" role="note">{i18n.t(id)}</p> })
        }
    };
    let privacy = t!(i18n, "refer-privacy-body", period = consent::period(&i18n, retention_days));
    let e = i18n.clone();
    view! {
        <Title text=title.clone()/>
        <article class="refer">
            <h1 dir="auto">{title}</h1>
            <noscript><p class="notice" role="alert">{t!(i18n, "refer-needs-javascript")}</p></noscript>
            <section aria-labelledby="consent-heading" class="consent">
                <h2 id="consent-heading">{t!(i18n, "refer-step-consent")}</h2>
                <label for="consent-language">{t!(i18n, "refer-consent-language")}</label>
                <select id="consent-language" on:change=move |ev| consent_locale.set(event_target_value(&ev))>
                    {locale_options}
                </select>
                <blockquote class="statement" lang=consent_lang_attr dir=consent_dir>
                    <p>{move || statement.get().1}</p>
                </blockquote>
                {consent_note}
                <label class="check" for="consent-given">
                    <input
                        type="checkbox"
                        id="consent-given"
                        prop:checked=move || agreed.get()
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            agreed.set(on);
                            consent_at.set(on.then(now_ms));
                        }
                    />
                    {t!(i18n, "refer-consent-given")}
                </label>
                {error_for(Field::Consent, e.clone())}
                <details class="privacy">
                    <summary>{t!(i18n, "refer-privacy-title")}</summary>
                    <p>{privacy}</p>
                </details>
                <p class="hint" hidden=move || agreed.get()>{t!(i18n, "refer-consent-missing")}</p>
            </section>
                        <form class="referral-form" on:submit=on_submit novalidate hidden=move || !agreed.get()>
                            <h2>{t!(i18n, "refer-step-details")}</h2>
                            <label for="person-name">{t!(i18n, "refer-name")}</label>
                            <input id="person-name" type="text" autocomplete="off" maxlength="100" dir="auto"
                                on:input=move |ev| name.set(event_target_value(&ev)) prop:value=move || name.get()/>
                            {error_for(Field::PersonName, i18n.clone())}
                            <label for="contact-method">{t!(i18n, "refer-contact-method")}</label>
                            <select id="contact-method" on:change=move |ev| {
                                if let Some(m) = ContactMethod::from_code(&event_target_value(&ev)) { method.set(m) }
                            }>{method_options}</select>
                            <div class="field" hidden=move || method.get() == ContactMethod::ThroughReferrer>
                                <label for="contact-detail">{detail_label}</label>
                                <input id="contact-detail" type="text" autocomplete="off" maxlength="300" dir="auto"
                                    on:input=move |ev| detail.set(event_target_value(&ev)) prop:value=move || detail.get()/>
                            </div>
                            {error_for(Field::ContactDetail, i18n.clone())}
                            <label for="preferred-language">{t!(i18n, "refer-language")}</label>
                            <select id="preferred-language" on:change=move |ev| {
                                let value = event_target_value(&ev);
                                other_language.set(value == OTHER_LANGUAGE);
                                language.set(value);
                            }>
                                <option value="">{t!(i18n, "refer-choose")}</option>
                                {language_options}
                                <option value=OTHER_LANGUAGE>{t!(i18n, "refer-language-other")}</option>
                            </select>
                            <div class="field" hidden=move || !other_language.get()>
                                <label for="language-name">{t!(i18n, "refer-language-other-name")}</label>
                                <input id="language-name" type="text" autocomplete="off" dir="auto"
                                    maxlength=crate::referrals::model::MAX_LANGUAGE_NAME_CHARS.to_string()
                                    on:input=move |ev| language_name.set(event_target_value(&ev)) prop:value=move || language_name.get()/>
                            </div>
                            {error_for(Field::Language, i18n.clone())}
                            <label class="check" for="interpreter">
                                <input type="checkbox" id="interpreter" on:change=move |ev| interpreter.set(event_target_checked(&ev))/>
                                {t!(i18n, "refer-interpreter")}
                            </label>
                            <fieldset>
                                <legend>{t!(i18n, "refer-needs")}</legend>
                                <div class="checks">{need_checks}</div>
                            </fieldset>
                            {error_for(Field::Needs, i18n.clone())}
                            <label for="support">{t!(i18n, "refer-support")}</label>
                            <textarea id="support" rows="4" maxlength="2000" dir="auto"
                                on:input=move |ev| support.set(event_target_value(&ev)) prop:value=move || support.get()></textarea>
                            {error_for(Field::Support, i18n.clone())}
                            <label for="urgency">{t!(i18n, "refer-urgency")}</label>
                            <select id="urgency" on:change=move |ev| {
                                if let Some(u) = Urgency::from_code(&event_target_value(&ev)) { urgency.set(u) }
                            }>{urgency_options}</select>
                            <label class="check" for="safeguarding">
                                <input type="checkbox" id="safeguarding" on:change=move |ev| safeguarding.set(event_target_checked(&ev))/>
                                {t!(i18n, "refer-safeguarding")}
                            </label>
                            <p class="hint">{t!(i18n, "refer-safeguarding-hint")}</p>
                            <label for="referrer-contact">{t!(i18n, "refer-referrer-contact")}</label>
                            <input id="referrer-contact" type="text" autocomplete="email" maxlength="254"
                                on:input=move |ev| referrer.set(event_target_value(&ev)) prop:value=move || referrer.get()/>
                            {error_for(Field::ReferrerContact, i18n.clone())}
                            <button type="submit" disabled=move || saving.get()>{t!(i18n, "refer-submit")}</button>
                            <p class="notice" role="alert" hidden=move || !storage_failed.get()>{t!(i18n, "refer-storage-failed")}</p>
                        </form>
        </article>
    }
    .into_any()
}
