//! The inbox of a receiving organisation's admin: the referrals its services received, and one
//! referral with what can be done to it. Online only. Server-rendered and hydrated; every
//! change is an [`ActionForm`] posting to a server function, so it works without JavaScript:
//! the server answers a plain form post with a redirect back to the page (with any error in the
//! query string, which the page's action reads), and with JavaScript the page reads the
//! referral again when an action completes.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    api::{AddReferralNote, ChangeReferralStatus, inbox_page, referral_page},
    model::{ContactMethod, MAX_NOTE_CHARS, MAX_REASON_CHARS, Outcome, Status, StatusChange, next_status, valid_email, valid_phone},
    names::{contact_method_name, outcome_name, status_name, urgency_name},
    view::{Detail, Inbox, Note, Relation, Summary},
};
use crate::{
    accounts::ui::{Gate, action_result, signed_in_page},
    directory::{
        hours::{LocalMoment, london_local},
        ui::format,
    },
    i18n::{I18n, Localizer},
    t,
};

/// `/inbox?page=`: the referrals received, newest first, a page at a time.
#[component]
pub fn InboxPage() -> impl IntoView {
    let query = use_query_map();
    let page = move || query.with(|q| q.get("page").and_then(|p| p.parse::<u32>().ok())).filter(|p| *p >= 1);
    let inbox = Resource::new(page, inbox_page);
    signed_in_page(inbox, INBOX_GATE, |i18n, inbox| view! { <InboxView i18n inbox/> })
}

/// Within this many days of its purge date, a referral is flagged in the inbox.
const PURGE_WARNING_MS: i64 = 30 * 24 * 3600 * 1000;

/// "Personal details will be deleted on …" when that is near.
fn purge_warning(l: &Localizer, purge_at_ms: Option<i64>, now_ms: i64) -> Option<String> {
    let at = purge_at_ms.filter(|at| at - now_ms <= PURGE_WARNING_MS)?;
    let day = chrono::DateTime::from_timestamp_millis(at).map(|utc| format::date(l, london_local(utc).date()))?;
    Some(t!(l, "inbox-purge-on", date = day))
}

/// `/inbox/:id`: one referral, its status, what may be done next, and the notes.
#[component]
pub fn InboxReferralPage() -> impl IntoView {
    let params = use_params_map();
    // Made here, outside the data, so they survive the page reading the referral again; a
    // failed plain form post comes back with its error in the URL, which they pick up.
    let change = ServerAction::<ChangeReferralStatus>::new();
    let note = ServerAction::<AddReferralNote>::new();
    let detail = Resource::new(
        move || (params.with(|p| p.get("id").unwrap_or_default()), change.version().get(), note.version().get()),
        |(id, _, _)| referral_page(id),
    );
    signed_in_page(detail, INBOX_GATE, move |i18n, detail| view! { <ReferralView i18n detail change note/> })
}

/// What the inbox pages show to a visitor who may not see them.
const INBOX_GATE: Gate = Gate { title: "inbox-title", signed_out: "inbox-sign-in-needed", forbidden: "inbox-forbidden" };

/// A language tag's name: `language-<tag>`, else `language-<primary subtag>` (`pa-PK` is
/// Panjabi), else the tag itself.
fn language_name(l: &Localizer, tag: &str) -> String {
    let primary = tag.split('-').next().unwrap_or(tag);
    [tag, primary]
        .into_iter()
        .map(|code| format!("language-{code}"))
        .find(|id| l.has(id))
        .map_or_else(|| tag.to_string(), |id| l.t(&id))
}

/// A moment as Leicester's date and time, e.g. "14 October 2026, 10:05".
fn date_time(l: &Localizer, ms: i64) -> String {
    let Some(utc) = chrono::DateTime::from_timestamp_millis(ms) else { return String::new() };
    let local = london_local(utc);
    t!(l, "inbox-date-time", date = format::date(l, local.date()), time = LocalMoment(local).time_hhmm())
}

fn yes_no(l: &Localizer, yes: bool) -> String {
    if yes { t!(l, "inbox-yes") } else { t!(l, "inbox-no") }
}

/// The person's name, or that it was removed under the retention policy.
fn person(l: &Localizer, name: &Option<String>) -> String {
    name.clone().unwrap_or_else(|| t!(l, "inbox-details-removed"))
}

/// A phone number as a `tel:`/`sms:` address: the digits and a leading `+` (an international
/// number's "(0)" is not dialled).
fn dial(number: &str) -> String {
    number.replace("(0)", "").chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

// --- The inbox -----------------------------------------------------------------------------

#[component]
fn InboxView(i18n: I18n, inbox: Inbox) -> impl IntoView {
    let title = t!(i18n, "inbox-title");
    let count = t!(i18n, "inbox-new-count", count = inbox.new);
    let now_ms = inbox.now_ms;
    let list = if inbox.referrals.is_empty() {
        view! { <p class="empty">{t!(i18n, "inbox-empty")}</p> }.into_any()
    } else {
        let items = inbox
            .referrals
            .into_iter()
            .map(|summary| view! { <InboxItem i18n=i18n.clone() summary now_ms/> })
            .collect_view();
        view! { <ul class="inbox-list">{items}</ul> }.into_any()
    };
    let purging = (inbox.purging_soon > 0)
        .then(|| view! { <p class="notice" role="note">{t!(i18n, "inbox-purge-soon-count", count = inbox.purging_soon)}</p> });
    let pages = (inbox.pages > 1).then(|| {
        let (page, pages) = (inbox.page, inbox.pages);
        let newer = (page > 1).then(|| view! { <a rel="prev" href=format!("/inbox?page={}", page - 1)>{t!(i18n, "inbox-page-newer")}</a> });
        let older = (page < pages).then(|| view! { <a rel="next" href=format!("/inbox?page={}", page + 1)>{t!(i18n, "inbox-page-older")}</a> });
        view! {
            <nav class="pager" aria-label=t!(i18n, "inbox-pages")>
                {newer}
                <span>{t!(i18n, "inbox-page-of", page = page, pages = pages)}</span>
                {older}
            </nav>
        }
    });
    view! {
        <Title text=title.clone()/>
        <section class="inbox">
            <h1>{title}</h1>
            <p><a href="/members">{t!(i18n, "members-link")}</a>" · "<a href="/members/invite">{t!(i18n, "invite-member-link")}</a></p>
            <p class="inbox-count">{count}</p>
            {purging}
            {list}
            {pages}
        </section>
    }
}

#[component]
fn InboxItem(i18n: I18n, summary: Summary, now_ms: i64) -> impl IntoView {
    let s = summary;
    let purge = purge_warning(&i18n, s.purge_at_ms, now_ms).map(|w| view! { <p class="note flag-purge">{w}</p> });
    let href = format!("/inbox/{}", s.id);
    let needs = if s.needs.is_empty() {
        t!(i18n, "inbox-needs-described")
    } else {
        format::list(&i18n, &s.needs.iter().map(|n| format::need_name(&i18n, *n)).collect::<Vec<_>>())
    };
    let class = format!("inbox-item inbox-item-{}", s.status.code());
    view! {
        <li class=class>
            <h2 class="inbox-item-title">
                <a href=href dir="auto">{person(&i18n, &s.person_name)}</a>
            </h2>
            {s.safeguarding.then(|| view! { <p class="flag-safeguarding">{t!(i18n, "inbox-safeguarding")}</p> })}
            <p class="inbox-item-service" dir="auto">{s.service_name.clone()}</p>
            {purge}
            <dl class="inbox-facts">
                <div>
                    <dt>{t!(i18n, "inbox-status")}</dt>
                    <dd><span class=format!("referral-status referral-status-{}", s.status.code())>{status_name(&i18n, s.status)}</span></dd>
                </div>
                <div>
                    <dt>{t!(i18n, "inbox-urgency")}</dt>
                    <dd class=format!("urgency-{}", s.urgency.code())>{urgency_name(&i18n, s.urgency)}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, "inbox-needs")}</dt>
                    <dd>{needs}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, "inbox-received")}</dt>
                    <dd>{date_time(&i18n, s.received_at_ms)}</dd>
                </div>
            </dl>
        </li>
    }
}

// --- One referral --------------------------------------------------------------------------

#[component]
fn ReferralView(
    i18n: I18n,
    detail: Detail,
    change: ServerAction<ChangeReferralStatus>,
    note: ServerAction<AddReferralNote>,
) -> impl IntoView {
    let d = detail;
    let s = d.summary.clone();
    let id = s.id.to_string();
    let needs = s.needs.iter().map(|n| format::need_name(&i18n, *n)).collect::<Vec<_>>();
    let receiver = d.relation == Relation::Receiver;
    let removed = t!(i18n, "inbox-details-removed");

    let contact = match (d.contact_method, d.contact_detail.clone().filter(|c| !c.is_empty())) {
        (ContactMethod::ThroughReferrer, _) => None,
        (_, None) => Some(view! { <span>{removed.clone()}</span> }.into_any()),
        (ContactMethod::Phone, Some(number)) => {
            let href = format!("tel:{}", dial(&number));
            Some(view! { <a href=href dir="ltr">{number}</a> }.into_any())
        }
        (ContactMethod::Sms, Some(number)) => {
            let href = format!("sms:{}", dial(&number));
            Some(view! { <a href=href dir="ltr">{number}</a> }.into_any())
        }
        (ContactMethod::Email, Some(email)) => {
            let href = format!("mailto:{email}");
            Some(view! { <a href=href dir="ltr">{email}</a> }.into_any())
        }
        (ContactMethod::Letter, Some(address)) => Some(view! { <span class="inbox-text" dir="auto">{address}</span> }.into_any()),
    };
    let referrer = match d.referrer_contact.clone().filter(|c| !c.is_empty()) {
        None => view! { <span>{removed.clone()}</span> }.into_any(),
        Some(c) if valid_email(&c) => {
            let href = format!("mailto:{c}");
            view! { <a href=href dir="ltr">{c}</a> }.into_any()
        }
        Some(c) if valid_phone(&c) => {
            let href = format!("tel:{}", dial(&c));
            view! { <a href=href dir="ltr">{c}</a> }.into_any()
        }
        Some(c) => view! { <span dir="auto">{c}</span> }.into_any(),
    };

    let actions = receiver.then(|| {
        view! { <ReferralActions i18n=i18n.clone() id=id.clone() status=s.status change/> }
    });
    let notes = receiver.then(|| {
        view! { <ReferralNotes i18n=i18n.clone() id=id.clone() notes=d.notes.clone() purged=d.purged note/> }
    });

    view! {
        <Title text=t!(i18n, "inbox-referral-title")/>
        <article class="inbox-referral">
            <p><a href="/inbox">{t!(i18n, "inbox-back")}</a></p>
            <h1 dir="auto">{person(&i18n, &s.person_name)}</h1>
            <p class="inbox-item-service">{t!(i18n, "inbox-for-service")}" "<span dir="auto">{s.service_name.clone()}</span></p>
            {s.safeguarding.then(|| view! { <p class="flag-safeguarding">{t!(i18n, "inbox-safeguarding")}</p> })}
            {d.purged.then(|| view! { <p class="notice">{t!(i18n, "referral-error-purged")}</p> })}
            {s.purge_at_ms.and_then(|at| {
                let day = chrono::DateTime::from_timestamp_millis(at).map(|utc| format::date(&i18n, london_local(utc).date()))?;
                Some(view! { <p class="note">{t!(i18n, "inbox-purge-on", date = day)}</p> })
            })}

            <section aria-labelledby="inbox-status-heading">
                <h2 id="inbox-status-heading">{t!(i18n, "inbox-status")}</h2>
                <p class=format!("referral-status referral-status-{}", s.status.code())>{status_name(&i18n, s.status)}</p>
                <dl class="inbox-facts">
                    {d.decline_reason.clone().map(|reason| view! {
                        <div><dt>{t!(i18n, "inbox-decline-reason-given")}</dt><dd class="inbox-text" dir="auto">{reason}</dd></div>
                    })}
                    {d.outcome.map(|o| view! {
                        <div><dt>{t!(i18n, "inbox-outcome")}</dt><dd>{outcome_name(&i18n, o)}</dd></div>
                    })}
                    <div><dt>{t!(i18n, "inbox-received")}</dt><dd>{date_time(&i18n, s.received_at_ms)}</dd></div>
                    <div><dt>{t!(i18n, "inbox-changed")}</dt><dd>{date_time(&i18n, s.changed_at_ms)}</dd></div>
                </dl>
            </section>

            {actions}

            <section aria-labelledby="inbox-need-heading">
                <h2 id="inbox-need-heading">{t!(i18n, "inbox-section-need")}</h2>
                <dl class="inbox-facts">
                    <div>
                        <dt>{t!(i18n, "inbox-needs")}</dt>
                        <dd>
                            {if needs.is_empty() {
                                t!(i18n, "inbox-needs-described")
                            } else {
                                format::list(&i18n, &needs)
                            }}
                        </dd>
                    </div>
                    <div>
                        <dt>{t!(i18n, "inbox-support")}</dt>
                        <dd class="inbox-text" dir="auto">{d.support.clone().filter(|x| !x.is_empty()).unwrap_or_else(|| if d.purged { removed.clone() } else { t!(i18n, "inbox-support-none") })}</dd>
                    </div>
                    <div>
                        <dt>{t!(i18n, "inbox-urgency")}</dt>
                        <dd class=format!("urgency-{}", s.urgency.code())>{urgency_name(&i18n, s.urgency)}</dd>
                    </div>
                    <div>
                        <dt>{t!(i18n, "inbox-safeguarding-label")}</dt>
                        <dd>{yes_no(&i18n, s.safeguarding)}</dd>
                    </div>
                </dl>
            </section>

            <section aria-labelledby="inbox-contact-heading">
                <h2 id="inbox-contact-heading">{t!(i18n, "inbox-section-contact")}</h2>
                <dl class="inbox-facts">
                    <div>
                        <dt>{t!(i18n, "inbox-contact-method")}</dt>
                        <dd>{contact_method_name(&i18n, d.contact_method)}</dd>
                    </div>
                    {contact.map(|c| view! {
                        <div><dt>{t!(i18n, "inbox-contact-detail")}</dt><dd>{c}</dd></div>
                    })}
                    <div>
                        <dt>{t!(i18n, "inbox-language")}</dt>
                        // A name typed for another language may be in any script.
                        <dd dir="auto">{language_name(&i18n, &d.language)}</dd>
                    </div>
                    <div>
                        <dt>{t!(i18n, "inbox-interpreter")}</dt>
                        <dd>{yes_no(&i18n, d.interpreter)}</dd>
                    </div>
                    {d.referrer.clone().map(|email| view! {
                        <div><dt>{t!(i18n, "inbox-referred-by")}</dt><dd dir="ltr">{email}</dd></div>
                    })}
                    <div>
                        <dt>{t!(i18n, "inbox-referrer-contact")}</dt>
                        <dd>{referrer}</dd>
                    </div>
                </dl>
            </section>

            <section aria-labelledby="inbox-consent-heading">
                <h2 id="inbox-consent-heading">{t!(i18n, "inbox-section-consent")}</h2>
                <p>{t!(i18n, "inbox-consent-given")}</p>
                {d.consent_statement.clone().map(|text| {
                    let lang = d.consent_language.clone();
                    let dir = crate::i18n::find(&lang).map_or("auto", |l| l.dir.as_str());
                    view! {
                        <details class="privacy">
                            <summary>{t!(i18n, "inbox-consent-statement")}</summary>
                            <blockquote class="statement" lang=lang dir=dir><p>{text}</p></blockquote>
                        </details>
                    }
                })}
                <dl class="inbox-facts">
                    <div>
                        <dt>{t!(i18n, "inbox-consent-language")}</dt>
                        <dd>{language_name(&i18n, &d.consent_language)}</dd>
                    </div>
                    <div>
                        <dt>{t!(i18n, "inbox-consent-time")}</dt>
                        <dd>{date_time(&i18n, d.consent_at_ms)}</dd>
                    </div>
                </dl>
            </section>

            {notes}
        </article>
    }
}

/// The status changes allowed from the current status (`model::next_status`), each a form.
#[component]
fn ReferralActions(i18n: I18n, id: String, status: Status, change: ServerAction<ChangeReferralStatus>) -> impl IntoView {
    let allowed = |c: StatusChange| next_status(status, &c).is_ok();
    // Marking as seen again is harmless, but only offered while nobody has.
    let may_see = status == Status::New;
    let may_accept = allowed(StatusChange::Accept);
    let may_decline = allowed(StatusChange::Decline { reason: "-".into() });
    let may_close = allowed(StatusChange::Close { outcome: Outcome::Supported });
    if !(may_see || may_accept || may_decline || may_close) {
        return view! { <p class="note">{t!(i18n, "inbox-no-actions")}</p> }.into_any();
    }
    let busy = move || change.pending().get();
    // The form fields every status form sends besides its own.
    let fields = |action: &'static str| {
        view! {
            <input type="hidden" name="id" value=id.clone()/>
            <input type="hidden" name="action" value=action/>
        }
    };
    let seen = may_see.then(|| {
        let (fields, label) = (fields("seen"), t!(i18n, "inbox-mark-seen"));
        view! {
            <ActionForm action=change>
                {fields}
                <button type="submit" class="button-secondary" disabled=busy>{label}</button>
            </ActionForm>
        }
    });
    let accept = may_accept.then(|| {
        let (fields, label) = (fields("accept"), t!(i18n, "inbox-accept"));
        view! {
            <ActionForm action=change>
                {fields}
                <button type="submit" disabled=busy>{label}</button>
            </ActionForm>
        }
    });
    let decline = may_decline.then(|| {
        let fields = fields("decline");
        let (legend, label, hint, submit) = (
            t!(i18n, "inbox-decline-legend"),
            t!(i18n, "inbox-decline-reason"),
            t!(i18n, "inbox-decline-hint"),
            t!(i18n, "inbox-decline"),
        );
        view! {
            <ActionForm action=change>
                {fields}
                <fieldset class="inbox-form">
                    <legend>{legend}</legend>
                    <label for="inbox-decline-reason">{label}</label>
                    <p class="note" id="inbox-decline-hint">{hint}</p>
                    <textarea id="inbox-decline-reason" name="reason" rows="3" required
                        maxlength=MAX_REASON_CHARS.to_string() aria-describedby="inbox-decline-hint"></textarea>
                    <button type="submit" class="button-danger" disabled=busy>{submit}</button>
                </fieldset>
            </ActionForm>
        }
    });
    let close = may_close.then(|| {
        let fields = fields("close");
        let options = Outcome::ALL
            .into_iter()
            .map(|o| view! { <option value=o.code()>{outcome_name(&i18n, o)}</option> })
            .collect_view();
        let (legend, label, choose, submit) = (
            t!(i18n, "inbox-close-legend"),
            t!(i18n, "inbox-outcome"),
            t!(i18n, "inbox-outcome-choose"),
            t!(i18n, "inbox-close"),
        );
        view! {
            <ActionForm action=change>
                {fields}
                <fieldset class="inbox-form">
                    <legend>{legend}</legend>
                    <label for="inbox-close-outcome">{label}</label>
                    <select id="inbox-close-outcome" name="outcome" required>
                        <option value="">{choose}</option>
                        {options}
                    </select>
                    <button type="submit" disabled=busy>{submit}</button>
                </fieldset>
            </ActionForm>
        }
    });
    let quick = (may_see || may_accept).then(|| view! { <div class="inbox-quick-actions">{seen}{accept}</div> });
    view! {
        <section class="inbox-actions" aria-labelledby="inbox-actions-heading">
            <h2 id="inbox-actions-heading">{t!(i18n, "inbox-actions")}</h2>
            {action_result(i18n.clone(), "inbox-saved", move || change.value().get())}
            {quick}
            {decline}
            {close}
        </section>
    }
    .into_any()
}

/// The receiving organisation's notes, oldest first, and a form to add one.
#[component]
fn ReferralNotes(i18n: I18n, id: String, notes: Vec<Note>, purged: bool, note: ServerAction<AddReferralNote>) -> impl IntoView {
    let list = if notes.is_empty() {
        view! { <p class="note">{t!(i18n, "inbox-notes-none")}</p> }.into_any()
    } else {
        let items = notes
            .into_iter()
            .map(|n| {
                let by = t!(i18n, "inbox-note-by", author = n.author.clone(), time = date_time(&i18n, n.created_at_ms));
                view! {
                    <li>
                        <p class="inbox-text" dir="auto">{n.body.clone()}</p>
                        <p class="note">{by}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="inbox-notes">{items}</ol> }.into_any()
    };
    let busy = move || note.pending().get();
    let form = (!purged).then(|| {
        let (legend, label, hint, submit) = (
            t!(i18n, "inbox-note-add"),
            t!(i18n, "inbox-note-label"),
            t!(i18n, "inbox-note-hint"),
            t!(i18n, "inbox-note-submit"),
        );
        view! {
            <ActionForm action=note>
                <input type="hidden" name="id" value=id/>
                <fieldset class="inbox-form">
                    <legend>{legend}</legend>
                    <label for="inbox-note-body">{label}</label>
                    <p class="note" id="inbox-note-hint">{hint}</p>
                    <textarea id="inbox-note-body" name="body" rows="3" required
                        maxlength=MAX_NOTE_CHARS.to_string() aria-describedby="inbox-note-hint"></textarea>
                    <button type="submit" disabled=busy>{submit}</button>
                </fieldset>
            </ActionForm>
        }
    });
    view! {
        <section class="inbox-notes-section" aria-labelledby="inbox-notes-heading">
            <h2 id="inbox-notes-heading">{t!(i18n, "inbox-notes")}</h2>
            {list}
            {action_result(i18n.clone(), "inbox-saved", move || note.value().get())}
            {form}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::dial;

    #[test]
    fn dial_strings_keep_digits_and_plus() {
        assert_eq!(dial("+44 (0)116 496-0123"), "+441164960123");
        assert_eq!(dial("0116 496 0777"), "01164960777");
    }
}
