//! The listings pages (lazy routes, online only): an organisation's listings, the service form,
//! a service's history, the coordinator's queue and organisations. Every change is a form
//! posted to a server function, so each works without JavaScript; with JavaScript the service
//! form is checked with the server's own rules before it is sent, and what is typed is kept on
//! the phone until it is saved (offered back on return, after a refusal or a lost connection).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{
    api::{
        ApproveChange, ConfirmService, CreateOrganisation, ReportDone, SetCaseworkers, listing_reports, Editor, OrganisationEdit, OrganisationForm, OrganisationsData, RestoreVersion, SaveOrganisation,
        SaveService, SendBackChange, TrustOrganisation, listing_queue, organisation_editor, organisation_listings, organisations_page,
        service_editor, service_history,
    },
    form::{ClosureForm, LocationForm, PeriodForm, PhoneForm, Problem, ServiceForm, SpecialForm},
    model::{ChangeItem, ChangeKind, ChangeState, Field, Freshness, ListedService, Listing, ListingsOverview, MemberChoice, ServiceVersion},
};
use crate::{
    accounts::ui::{ActionError, Gate, action_result, signed_in_page},
    directory::{
        hours::london_local,
        model::{Organisation, Service, ServiceStatus},
        needs::Need,
        ui::format,
    },
    i18n::{I18n, Localizer},
    t,
};

const LISTINGS_GATE: Gate = Gate { title: "listings-title", signed_out: "listings-sign-in-needed", forbidden: "listings-forbidden" };
const QUEUE_GATE: Gate = Gate { title: "queue-title", signed_out: "listings-sign-in-needed", forbidden: "coordinator-only" };
const ORGANISATIONS_GATE: Gate = Gate { title: "organisations-title", signed_out: "listings-sign-in-needed", forbidden: "coordinator-only" };

fn query(name: &'static str) -> impl Fn() -> Option<String> + Copy + Send + Sync + 'static {
    let q = use_query_map();
    move || q.with(|q| q.get(name)).filter(|v| !v.trim().is_empty())
}

/// A moment as Leicester's date.
fn day_of(l: &Localizer, ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms).map(|utc| format::date(l, london_local(utc).date())).unwrap_or_default()
}

/// `/listings/<page>`: the page the path names.
#[component]
pub fn ListingsSubPage() -> impl IntoView {
    let path = leptos_router::hooks::use_location().pathname;
    move || match path.get().trim_start_matches("/listings/").trim_end_matches('/') {
        "edit" => view! { <ServiceEditPage/> }.into_any(),
        "history" => view! { <HistoryPage/> }.into_any(),
        "changes" => view! { <QueuePage/> }.into_any(),
        "organisations" => view! { <OrganisationsListPage/> }.into_any(),
        "organisation" => view! { <OrganisationEditPage/> }.into_any(),
        "oruk" => view! { <super::oruk_page::OrukImportPage/> }.into_any(),
        _ => view! { <crate::layout::NotFound/> }.into_any(),
    }
}

// --- An organisation's listings ------------------------------------------------------------

/// `/listings?organisation=&saved=`: an organisation's services, with how fresh each is and any
/// change waiting; its recent changes; links to edit, add and see history.
#[component]
pub fn ListingsPage() -> impl IntoView {
    let confirm = ServerAction::<ConfirmService>::new();
    let trust = ServerAction::<TrustOrganisation>::new();
    let caseworkers = ServerAction::<SetCaseworkers>::new();
    let organisation = query("organisation");
    let data = Resource::new(
        move || (organisation(), confirm.version().get(), trust.version().get(), caseworkers.version().get()),
        |(organisation, ..)| organisation_listings(organisation),
    );
    signed_in_page(data, LISTINGS_GATE, move |i18n, data| view! { <ListingsView i18n data confirm trust caseworkers/> })
}

#[component]
fn ListingsView(
    i18n: I18n,
    data: ListingsOverview,
    confirm: ServerAction<ConfirmService>,
    trust: ServerAction<TrustOrganisation>,
    caseworkers: ServerAction<SetCaseworkers>,
) -> impl IntoView {
    let saved = query("saved")();
    let org = data.organisation.clone();
    let title = if data.coordinator { org.name.clone() } else { t!(i18n, "listings-title") };
    let saved = saved.map(|s| {
        let text = match s.as_str() {
            "published" => t!(i18n, "listings-saved-published"),
            _ => t!(i18n, "listings-saved-pending"),
        };
        view! { <p class="notice inbox-saved" role="status">{text}</p> }
    });
    let services = data
        .services
        .iter()
        .map(|l| view! { <ListedServiceView i18n=i18n.clone() listed=l.clone() confirm members=data.members.clone() caseworkers/> })
        .collect_view();
    let empty = data.services.is_empty().then(|| view! { <p>{t!(i18n, "listings-none")}</p> });
    let changes = data.changes.iter().map(|c| view! { <ChangeSummary i18n=i18n.clone() change=c.clone()/> }).collect_view();
    let no_changes = data.changes.is_empty().then(|| view! { <p>{t!(i18n, "listings-no-changes")}</p> });
    let trust_form = data.coordinator.then(|| {
        let (label, value) = if data.trusted {
            (t!(i18n, "listings-untrust"), None)
        } else {
            (t!(i18n, "listings-trust"), Some("on"))
        };
        let state = if data.trusted { t!(i18n, "listings-trusted") } else { t!(i18n, "listings-not-trusted") };
        view! {
            <section aria-labelledby="trust">
                <h2 id="trust">{t!(i18n, "listings-trust-heading")}</h2>
                <p>{state}</p>
                <ActionForm action=trust>
                    <input type="hidden" name="id" value=org.id.to_string()/>
                    {value.map(|v| view! { <input type="hidden" name="trusted" value=v/> })}
                    <button type="submit" class="secondary">{label}</button>
                </ActionForm>
                <p><a href="/listings/organisations">{t!(i18n, "organisations-title")}</a>" · "<a href="/listings/changes">{t!(i18n, "queue-title")}</a></p>
            </section>
        }
    });
    view! {
        <Title text=title.clone()/>
        <section class="listings">
            <h1 dir="auto">{title}</h1>
            {saved}
            {action_result(i18n.clone(), "listings-confirmed", move || confirm.value().get().map(|r| r.map(|_| ())))}
            {action_result(i18n.clone(), "listings-caseworkers-saved", move || caseworkers.value().get())}
            <p>
                <strong dir="auto">{org.name.clone()}</strong>" · "
                <a href=format!("/listings/organisation?id={}", org.id)>{t!(i18n, "listings-edit-organisation")}</a>
            </p>
            <h2>{t!(i18n, "listings-services")}</h2>
            {empty}
            <ul class="listing-list">{services}</ul>
            <p><a class="button" href=format!("/listings/edit?organisation={}", org.id)>{t!(i18n, "listings-add")}</a></p>
            <h2>{t!(i18n, "listings-changes")}</h2>
            {no_changes}
            <ul class="change-list">{changes}</ul>
            {(!data.coordinator).then(|| view! { <ReportsSection/> })}
            {trust_form}
        </section>
    }
}

#[component]
fn ListedServiceView(
    i18n: I18n,
    listed: ListedService,
    confirm: ServerAction<ConfirmService>,
    members: Vec<MemberChoice>,
    caseworkers: ServerAction<SetCaseworkers>,
) -> impl IntoView {
    let s = listed.service;
    // Who works through its referrals, besides the admins: for a service that takes referrals,
    // chosen by its organisation's admins from its workers.
    let choose = (listed.published && !listed.archived && s.accepts_referrals && !members.is_empty()).then(|| {
        let (summary, intro, save) = (t!(i18n, "listings-caseworkers"), t!(i18n, "listings-caseworkers-intro"), t!(i18n, "listings-caseworkers-save"));
        let service_id = s.id.to_string();
        let boxes = members
            .iter()
            .map(|m| {
                let id = format!("caseworker-{}-{}", s.id, m.id);
                view! {
                    <li class="check">
                        <input type="checkbox" id=id.clone() name=format!("members[u{}]", m.id) value="on" checked=listed.caseworkers.contains(&m.id)/>
                        <label for=id dir="ltr">{m.email.clone()}</label>
                    </li>
                }
            })
            .collect_view();
        view! {
            <details>
                <summary>{summary}</summary>
                <ActionForm action=caseworkers>
                    <p class="note">{intro}</p>
                    <input type="hidden" name="service" value=service_id/>
                    <ul class="checks">{boxes}</ul>
                    <button type="submit" class="secondary">{save}</button>
                </ActionForm>
            </details>
        }
    });
    let id = s.id.to_string();
    let checked = s.last_reviewed.map(|d| format::date(&i18n, d));
    let freshness = match (listed.freshness, checked) {
        (_, _) if listed.archived => t!(i18n, "listings-archived"),
        (Freshness::Current, Some(date)) => t!(i18n, "listings-checked", date = date),
        (Freshness::Due, Some(date)) => t!(i18n, "listings-due", date = date),
        (Freshness::Stale, Some(date)) => t!(i18n, "listings-stale", date = date),
        (_, None) => t!(i18n, "listings-never-checked"),
    };
    let class = match listed.freshness {
        _ if listed.archived => "note",
        Freshness::Current => "note",
        _ => "note warning",
    };
    let confirm_form = (listed.published && !listed.archived && listed.freshness != Freshness::Current).then(|| {
        let label = t!(i18n, "listings-confirm-named", name = s.name.clone());
        let short = t!(i18n, "listings-confirm");
        let id = id.clone();
        view! {
            <ActionForm action=confirm>
                <input type="hidden" name="id" value=id/>
                <button type="submit" class="secondary" aria-label=label>{short}</button>
            </ActionForm>
        }
    });
    let name = if listed.archived || !listed.published {
        view! { <strong dir="auto">{s.name.clone()}</strong> }.into_any()
    } else {
        view! { <a href=format!("/services/{id}") dir="auto"><strong>{s.name.clone()}</strong></a> }.into_any()
    };
    view! {
        <li class="listing">
            <p>{name}</p>
            {listed.pending.then(|| view! { <p class="badge">{t!(i18n, "listings-waiting")}</p> })}
            <p class=class>{freshness}</p>
            {confirm_form}
            {choose}
            <p>
                {(!listed.archived).then(|| view! { <a href=format!("/listings/edit?id={id}")>{t!(i18n, "listings-edit")}</a>" · " })}
                {listed.published.then(|| view! { <a href=format!("/listings/history?id={id}")>{t!(i18n, "listings-history")}</a> })}
            </p>
        </li>
    }
}

fn kind_name(l: &Localizer, kind: ChangeKind) -> String {
    match kind {
        ChangeKind::New => t!(l, "change-kind-new"),
        ChangeKind::Changed => t!(l, "change-kind-changed"),
        ChangeKind::Archived => t!(l, "change-kind-archived"),
    }
}

fn state_name(l: &Localizer, state: ChangeState) -> String {
    match state {
        ChangeState::Pending => t!(l, "change-state-pending"),
        ChangeState::Published => t!(l, "change-state-published"),
        ChangeState::Returned => t!(l, "change-state-returned"),
        ChangeState::Replaced => t!(l, "change-state-replaced"),
    }
}

/// One change on the organisation's page: what, how it stands, why it was sent back.
#[component]
fn ChangeSummary(i18n: I18n, change: ChangeItem) -> impl IntoView {
    let about = t!(i18n, "change-summary", kind = kind_name(&i18n, change.kind), state = state_name(&i18n, change.state), date = day_of(&i18n, change.asked_at_ms));
    view! {
        <li>
            <p><strong dir="auto">{change.listing.name().to_string()}</strong></p>
            <p class="note">{about}</p>
            {change.reason.map(|r| view! { <p class="notice">{t!(i18n, "change-reason")}" "<span dir="auto">{r}</span></p> })}
        </li>
    }
}

// --- The service form -----------------------------------------------------------------------

/// `/listings/edit?id=` (a service) or `?organisation=` (a new one).
#[component]
pub fn ServiceEditPage() -> impl IntoView {
    let (id, organisation) = (query("id"), query("organisation"));
    let editor = Resource::new(move || (id(), organisation()), |(id, organisation)| service_editor(id, organisation));
    signed_in_page(editor, LISTINGS_GATE, move |i18n, editor| view! { <ServiceEditView i18n editor/> })
}

/// What is typed into a listing form, kept on this phone as it is typed (local storage): offered
/// back when the form opens again, gone once saved or discarded. One per form and record.
#[derive(Clone)]
struct Draft {
    // Read by the browser only: the server renders no draft.
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    key: String,
}

impl Draft {
    /// `form` names the form ("listing", "organisation"), `id` the record it edits.
    fn new(form: &str, id: &str) -> Self {
        Self { key: format!("signpost-{form}-draft:{id}") }
    }

    /// The draft kept from earlier, unless it says what `loaded` says (`same` compares them).
    fn kept<T: serde::de::DeserializeOwned>(&self, loaded: &T, same: impl Fn(&T, &T) -> bool) -> Option<T> {
        #[cfg(feature = "hydrate")]
        if let Some(text) = Self::storage().and_then(|s| s.get_item(&self.key).ok().flatten()) {
            return serde_json::from_str::<T>(&text).ok().filter(|kept| !same(kept, loaded));
        }
        let _ = (loaded, same);
        None
    }

    /// Keeps what the form holds now: `read` turns the form's data into the draft.
    fn keep_form<T: serde::Serialize>(&self, ev: &leptos::ev::Event, read: impl Fn(&leptos::web_sys::FormData) -> Option<T>) {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            let form = target.and_then(|t| t.closest("form").ok().flatten()).and_then(|f| f.dyn_into::<web_sys::HtmlFormElement>().ok());
            let data = form.and_then(|f| web_sys::FormData::new_with_form(&f).ok());
            if let (Some(draft), Some(s)) = (data.and_then(|d| read(&d)), Self::storage()) {
                if let Ok(json) = serde_json::to_string(&draft) {
                    let _ = s.set_item(&self.key, &json);
                }
            }
        }
        let _ = (ev, read);
    }

    fn forget(&self) {
        #[cfg(feature = "hydrate")]
        if let Some(s) = Self::storage() {
            let _ = s.remove_item(&self.key);
        }
    }

    #[cfg(feature = "hydrate")]
    fn storage() -> Option<web_sys::Storage> {
        window().local_storage().ok().flatten()
    }
}

/// "Something typed here earlier was not saved": put it back, or throw it away.
#[component]
fn DraftButtons(i18n: I18n, on_use: impl Fn() + Send + Sync + 'static, on_discard: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    view! {
        <p>{t!(i18n, "edit-draft-found")}</p>
        <button type="button" on:click=move |_| on_use()>{t!(i18n, "edit-draft-use")}</button>
        " "
        <button type="button" class="secondary" on:click=move |_| on_discard()>{t!(i18n, "edit-draft-discard")}</button>
    }
}

#[component]
fn ServiceEditView(i18n: I18n, editor: Editor) -> impl IntoView {
    let Editor { edit, form, problems, conflict } = editor;
    let new = edit.base_version == 0;
    let title = if new { t!(i18n, "edit-title-new") } else { t!(i18n, "edit-title", name = edit.service.name.clone()) };
    let save = ServerAction::<SaveService>::new();
    let current = RwSignal::new(form.clone());
    let problems = RwSignal::new(problems);
    let draft = RwSignal::new(None::<ServiceForm>);
    let kept = Draft::new("listing", &form.id);
    // A draft kept on this phone from earlier (typed and not saved): offered back.
    Effect::new({
        let (kept, loaded) = (kept.clone(), form.clone());
        move |_| draft.set(kept.kept(&loaded, ServiceForm::eq))
    });
    // Saved: the draft goes, and the organisation's page says how it stands. Someone else saved
    // first: the page opens again with their version, and offers back what was typed here.
    Effect::new({
        let kept = kept.clone();
        move |_| {
            #[cfg(feature = "hydrate")]
            if let Some(Err(crate::error::AppError::Conflict)) = save.value().get() {
                let _ = window().location().reload();
            }
            if let Some(Ok(saved)) = save.value().get() {
                kept.forget();
                let organisation = current.with_untracked(|f| f.organisation.clone());
                let navigate = leptos_router::hooks::use_navigate();
                navigate(&format!("/listings?organisation={organisation}&saved={}", saved.code()), Default::default());
            }
        }
    });
    let server_error = {
        let i18n = i18n.clone();
        move || {
            let i18n = i18n.clone();
            save.value().get().and_then(Result::err).map(|error| view! { <ActionError i18n error/> })
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        use leptos::form::FromFormData;
        ev.prevent_default();
        match SaveService::from_event(&ev) {
            Ok(args) => match args.listing.service() {
                Ok(_) => {
                    problems.set(Vec::new());
                    save.dispatch(args);
                }
                Err(found) => problems.set(found),
            },
            Err(_) => problems.set(vec![Problem { field: String::new(), message: "error-bad-request".into() }]),
        }
    };
    // Everything typed is kept on the phone as it is typed.
    let on_input = {
        let kept = kept.clone();
        move |ev: leptos::ev::Event| {
            use leptos::form::FromFormData;
            kept.keep_form(&ev, |data| SaveService::from_form_data(data).ok().map(|args| args.listing));
        }
    };
    let draft_notice = {
        let i18n = i18n.clone();
        let kept = kept.clone();
        let newest = edit.clone();
        let (base, pending) = (form.base_version.clone(), form.pending.clone());
        move || {
            draft.get().map(|mut typed| {
                let kept = kept.clone();
                // Typed from an older version than the one now open: someone else changed it
                // since. Their version is shown; putting the typed one back saves over it
                // knowingly (the form then names the newest version).
                let moved_on = typed.base_version != base || typed.pending != pending;
                let theirs = moved_on.then(|| {
                    let listing = Listing::Service { before: typed.service().ok(), after: newest.service.clone() };
                    view! { <ConflictNotice i18n=i18n.clone() theirs=listing/> }
                });
                typed.base_version = base.clone();
                typed.pending = pending.clone();
                view! {
                    <div class="notice" role="status">
                        {theirs}
                        <DraftButtons i18n=i18n.clone() on_use=move || { current.set(typed.clone()); draft.set(None); } on_discard=move || { kept.forget(); draft.set(None); }/>
                    </div>
                }
            })
        }
    };
    let conflict_notice = conflict.then(|| {
        let theirs = Listing::Service { before: current.get_untracked().service().ok(), after: edit.service.clone() };
        view! { <ConflictNotice i18n=i18n.clone() theirs/> }
    });
    let returned = edit.returned.clone().map(|r| view! { <p class="notice">{t!(i18n, "edit-returned")}" "<span dir="auto">{r}</span></p> });
    let waiting = edit.pending.map(|_| view! { <p class="notice">{t!(i18n, "edit-waiting")}</p> });
    let back = format!("/listings?organisation={}", edit.service.organisation_id);
    let fields = {
        let i18n = i18n.clone();
        move || view! { <ServiceFields i18n=i18n.clone() form=current.get() problems/> }
    };
    let busy = move || save.pending().get();
    view! {
        <Title text=title.clone()/>
        <section class="listing-edit">
            <p><a href=back>{t!(i18n, "edit-back")}</a></p>
            <h1 dir="auto">{title}</h1>
            <p>{if new { t!(i18n, "edit-intro-new") } else { t!(i18n, "edit-intro") }}</p>
            {returned}
            {waiting}
            {conflict_notice}
            {draft_notice}
            {server_error}
            <form method="post" action=save_service_url() on:submit=on_submit on:input=on_input novalidate>
                {fields}
                <p class="actions">
                    <button type="submit" disabled=busy>{t!(i18n, "edit-save")}</button>
                </p>
                {(!new).then(|| view! {
                    <details class="archive">
                        <summary>{t!(i18n, "edit-archive-heading")}</summary>
                        <p>{t!(i18n, "edit-archive-intro")}</p>
                        <button type="submit" name="archive" value="on" class="secondary" disabled=busy>{t!(i18n, "edit-archive")}</button>
                    </details>
                })}
            </form>
        </section>
    }
}

/// Someone else changed the listing while this form was open: what they changed, with their
/// values, so the worker can take it into account before saving again.
#[component]
fn ConflictNotice(i18n: I18n, theirs: Listing) -> impl IntoView {
    let Listing::Service { before: Some(mine), after: theirs } = &theirs else {
        return view! { <p class="notice error" role="alert">{t!(i18n, "error-conflict")}</p> }.into_any();
    };
    let rows = super::model::service_fields(Some(mine), theirs)
        .into_iter()
        .filter(|f| *f != Field::Checked)
        .map(|f| view! { <li><strong>{i18n.t(f.message_id())}</strong>": "<span dir="auto">{field_value(&i18n, theirs, f)}</span></li> })
        .collect_view();
    view! {
        <div class="notice error" role="alert">
            <p>{t!(i18n, "error-conflict")}</p>
            <p>{t!(i18n, "edit-conflict-theirs")}</p>
            <ul>{rows}</ul>
        </div>
    }
    .into_any()
}

/// The problem with `field` (or with any row of it, for `periods` and the like), as a message.
fn problem_for(i18n: &I18n, problems: &[Problem], field: &str) -> Option<String> {
    problems.iter().find(|p| p.field == field).map(|p| i18n.t(&p.message))
}

fn field_error(i18n: &I18n, problems: RwSignal<Vec<Problem>>, field: &'static str) -> impl IntoView + use<> {
    let i18n = i18n.clone();
    move || {
        problems.with(|p| problem_for(&i18n, p, field)).map(|m| view! { <p class="field-error" id=format!("{field}-error")>{m}</p> })
    }
}

/// Every field of the service form, as in `form`; rows for up to two more opening times and
/// one more of everything else (with JavaScript, "add another" adds more).
#[component]
fn ServiceFields(i18n: I18n, form: ServiceForm, problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let summary = {
        let i18n = i18n.clone();
        move || {
            let list = problems.get();
            (!list.is_empty()).then(|| {
                let items = list.iter().map(|p| view! { <li>{i18n.t(&p.message)}</li> }).collect_view();
                view! {
                    <div class="notice error" role="alert">
                        <p>{t!(i18n, "edit-problems")}</p>
                        <ul>{items}</ul>
                    </div>
                }
            })
        }
    };
    let text = |name: &'static str, label: String, value: String, max: usize| {
        let id = format!("listing-{name}");
        view! {
            <p class="field">
                <label for=id.clone()>{label}</label>
                <input type="text" id=id name=format!("listing[{name}]") value=value maxlength=max.to_string() dir="auto"/>
                {field_error(&i18n, problems, name)}
            </p>
        }
    };
    let area = |name: &'static str, label: String, hint: Option<String>, value: String| {
        let id = format!("listing-{name}");
        view! {
            <p class="field">
                <label for=id.clone()>{label}</label>
                {hint.map(|h| view! { <span class="hint">{h}</span> })}
                <textarea id=id name=format!("listing[{name}]") rows="4" dir="auto">{value}</textarea>
                {field_error(&i18n, problems, name)}
            </p>
        }
    };
    let tick = |name: &'static str, label: String, checked: bool| {
        let id = format!("listing-{name}");
        view! {
            <p class="check">
                <input type="checkbox" id=id.clone() name=format!("listing[{name}]") value="on" checked=checked/>
                <label for=id>{label}</label>
            </p>
        }
    };
    let needs = Need::ALL
        .iter()
        .map(|n| {
            let code = n.code();
            let id = format!("listing-need-{code}");
            view! {
                <li class="check">
                    <input type="checkbox" id=id.clone() name=format!("listing[needs][{code}]") value="on" checked=form.needs.contains_key(code)/>
                    <label for=id>{format::need_name(&i18n, *n)}</label>
                </li>
            }
        })
        .collect_view();
    let status_options = [
        (ServiceStatus::Active, t!(i18n, "edit-status-active")),
        (ServiceStatus::TemporarilyClosed, t!(i18n, "edit-status-temporarily-closed")),
        (ServiceStatus::Inactive, t!(i18n, "edit-status-inactive")),
    ]
    .into_iter()
    .map(|(s, label)| view! { <option value=s.oruk() selected=form.status == s.oruk()>{label}</option> })
    .collect_view();

    let next = |keys: Vec<u32>| keys.into_iter().max().map_or(0, |k| k + 1);
    let more_periods = RwSignal::new(2u32);
    let more_closures = RwSignal::new(1u32);
    let more_special = RwSignal::new(1u32);
    let more_locations = RwSignal::new(1u32);
    let more_phones = RwSignal::new(1u32);
    let first_period = next(form.periods.keys().copied().collect());
    let first_closure = next(form.closures.keys().copied().collect());
    let first_special = next(form.special.keys().copied().collect());
    let first_location = next(form.locations.keys().copied().collect());
    let first_phone = next(form.phones.keys().copied().collect());
    let add = |label: String, count: RwSignal<u32>| {
        // Only with JavaScript: without it the spare rows are there already.
        let hydrated = RwSignal::new(false);
        Effect::new(move |_| hydrated.set(true));
        view! {
            <Show when=move || hydrated.get()>
                <p><button type="button" class="secondary" on:click=move |_| count.update(|n| *n += 1)>{label.clone()}</button></p>
            </Show>
        }
    };

    let periods = {
        let i18n = i18n.clone();
        let rows = form.periods.clone();
        move || {
            let mut all: Vec<(u32, PeriodForm)> = rows.clone().into_iter().collect();
            all.extend((0..more_periods.get()).map(|i| (first_period + i, PeriodForm { day: "1".into(), ..Default::default() })));
            all.into_iter().map(|(i, p)| view! { <PeriodRow i18n=i18n.clone() index=i period=p problems/> }).collect_view()
        }
    };
    let closures = {
        let i18n = i18n.clone();
        let rows = form.closures.clone();
        move || {
            let mut all: Vec<(u32, ClosureForm)> = rows.clone().into_iter().collect();
            all.extend((0..more_closures.get()).map(|i| (first_closure + i, ClosureForm::default())));
            all.into_iter().map(|(i, c)| view! { <ClosureRow i18n=i18n.clone() index=i closure=c problems/> }).collect_view()
        }
    };
    let special = {
        let i18n = i18n.clone();
        let rows = form.special.clone();
        move || {
            let mut all: Vec<(u32, SpecialForm)> = rows.clone().into_iter().collect();
            all.extend((0..more_special.get()).map(|i| (first_special + i, SpecialForm::default())));
            all.into_iter().map(|(i, h)| view! { <SpecialRow i18n=i18n.clone() index=i special=h problems/> }).collect_view()
        }
    };
    let locations = {
        let i18n = i18n.clone();
        let rows = form.locations.clone();
        move || {
            let mut all: Vec<(u32, LocationForm)> = rows.clone().into_iter().collect();
            all.extend((0..more_locations.get()).map(|i| (first_location + i, LocationForm::default())));
            all.into_iter().map(|(i, l)| view! { <LocationRow i18n=i18n.clone() index=i location=l problems/> }).collect_view()
        }
    };
    let phones = {
        let i18n = i18n.clone();
        let rows = form.phones.clone();
        move || {
            let mut all: Vec<(u32, PhoneForm)> = rows.clone().into_iter().collect();
            all.extend((0..more_phones.get()).map(|i| (first_phone + i, PhoneForm::default())));
            all.into_iter().map(|(i, p)| view! { <PhoneRow i18n=i18n.clone() index=i phone=p/> }).collect_view()
        }
    };

    view! {
        {summary}
        <input type="hidden" name="listing[id]" value=form.id.clone()/>
        <input type="hidden" name="listing[organisation]" value=form.organisation.clone()/>
        <input type="hidden" name="listing[base_version]" value=form.base_version.clone()/>
        <input type="hidden" name="listing[pending]" value=form.pending.clone()/>
        <fieldset>
            <legend>{t!(i18n, "edit-about")}</legend>
            {text("name", t!(i18n, "listing-field-name"), form.name.clone(), 200)}
            {area("description", t!(i18n, "listing-field-description"), None, form.description.clone())}
            <p class="field">
                <label for="listing-status">{t!(i18n, "listing-field-status")}</label>
                <select id="listing-status" name="listing[status]">{status_options}</select>
                {field_error(&i18n, problems, "status")}
            </p>
            <fieldset>
                <legend>{t!(i18n, "listing-field-needs")}</legend>
                <ul class="checks">{needs}</ul>
                {field_error(&i18n, problems, "needs")}
            </fieldset>
        </fieldset>
        <fieldset>
            <legend>{t!(i18n, "edit-who")}</legend>
            {text("min_age", t!(i18n, "edit-min-age"), form.min_age.clone(), 3)}
            {text("max_age", t!(i18n, "edit-max-age"), form.max_age.clone(), 3)}
            {field_error(&i18n, problems, "max_age")}
            {area("eligibility", t!(i18n, "listing-field-eligibility"), None, form.eligibility.clone())}
            {tick("free", t!(i18n, "edit-free"), form.free.is_some())}
            {text("fees", t!(i18n, "edit-fees"), form.fees.clone(), 200)}
        </fieldset>
        <fieldset>
            <legend>{t!(i18n, "listing-field-access")}</legend>
            {tick("drop_in", t!(i18n, "access-drop-in"), form.drop_in.is_some())}
            {tick("self_referral", t!(i18n, "access-self-referral"), form.self_referral.is_some())}
            {tick("professional_referral", t!(i18n, "access-professional-referral"), form.professional_referral.is_some())}
            {tick("by_phone", t!(i18n, "access-phone"), form.by_phone.is_some())}
            {tick("by_appointment", t!(i18n, "access-appointment"), form.by_appointment.is_some())}
            {tick("accepts_referrals", t!(i18n, "listing-field-referrals"), form.accepts_referrals.is_some())}
        </fieldset>
        <fieldset>
            <legend>{t!(i18n, "listing-field-hours")}</legend>
            <p class="hint">{t!(i18n, "edit-hours-hint")}</p>
            {periods}
            {field_error(&i18n, problems, "periods")}
            {add(t!(i18n, "edit-add-period"), more_periods)}
        </fieldset>
        <fieldset>
            <legend>{t!(i18n, "listing-field-closures")}</legend>
            <p class="hint">{t!(i18n, "edit-closures-hint")}</p>
            {closures}
            {field_error(&i18n, problems, "closures")}
            {add(t!(i18n, "edit-add-closure"), more_closures)}
        </fieldset>
        <fieldset>
            <legend>{t!(i18n, "listing-field-special-hours")}</legend>
            <p class="hint">{t!(i18n, "edit-special-hint")}</p>
            {special}
            {field_error(&i18n, problems, "special")}
            {add(t!(i18n, "edit-add-special"), more_special)}
        </fieldset>
        <fieldset>
            <legend>{t!(i18n, "listing-field-locations")}</legend>
            {locations}
            {field_error(&i18n, problems, "locations")}
            {add(t!(i18n, "edit-add-location"), more_locations)}
            {area("areas", t!(i18n, "listing-field-areas"), Some(t!(i18n, "edit-areas-hint")), form.areas.clone())}
        </fieldset>
        <fieldset>
            <legend>{t!(i18n, "edit-contact")}</legend>
            {phones}
            {add(t!(i18n, "edit-add-phone"), more_phones)}
            {field_error(&i18n, problems, "phones")}
            {text("email", t!(i18n, "listing-field-email"), form.email.clone(), 200)}
            {text("website", t!(i18n, "listing-field-website"), form.website.clone(), 200)}
            {text("languages", t!(i18n, "listing-field-languages"), form.languages.clone(), 200)}
            <p class="hint">{t!(i18n, "edit-languages-hint")}</p>
        </fieldset>
    }
}

#[component]
fn PeriodRow(i18n: I18n, index: u32, period: PeriodForm, problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let field = format!("periods[{index}]");
    let name = |part: &str| format!("listing[periods][{index}][{part}]");
    let days = (1..=7u8)
        .map(|d| view! { <option value=d.to_string() selected=period.day == d.to_string()>{format::day_name(&i18n, d)}</option> })
        .collect_view();
    let error = {
        let i18n = i18n.clone();
        let field = field.clone();
        move || problems.with(|p| problem_for(&i18n, p, &field)).map(|m| view! { <p class="field-error">{m}</p> })
    };
    let id = format!("period-{index}");
    view! {
        <div class="row" role="group" aria-label=t!(i18n, "edit-period-label", number = index + 1)>
            <label for=format!("{id}-day")>{t!(i18n, "edit-day")}</label>
            <select id=format!("{id}-day") name=name("day")>{days}</select>
            <label for=format!("{id}-opens")>{t!(i18n, "edit-opens")}</label>
            <input type="time" id=format!("{id}-opens") name=name("opens") value=period.opens.clone() dir="ltr"/>
            <label for=format!("{id}-closes")>{t!(i18n, "edit-closes")}</label>
            <input type="time" id=format!("{id}-closes") name=name("closes") value=period.closes.clone() dir="ltr"/>
            <span class="check">
                <input type="checkbox" id=format!("{id}-overnight") name=name("overnight") value="on" checked=period.overnight.is_some()/>
                <label for=format!("{id}-overnight")>{t!(i18n, "edit-overnight")}</label>
            </span>
            {error}
        </div>
    }
}

#[component]
fn ClosureRow(i18n: I18n, index: u32, closure: ClosureForm, problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let field = format!("closures[{index}]");
    let name = |part: &str| format!("listing[closures][{index}][{part}]");
    let error = {
        let i18n = i18n.clone();
        move || problems.with(|p| problem_for(&i18n, p, &field)).map(|m| view! { <p class="field-error">{m}</p> })
    };
    let id = format!("closure-{index}");
    view! {
        <div class="row" role="group" aria-label=t!(i18n, "edit-closure-label", number = index + 1)>
            <label for=format!("{id}-from")>{t!(i18n, "edit-closed-from")}</label>
            <input type="date" id=format!("{id}-from") name=name("from") value=closure.from.clone() dir="ltr"/>
            <label for=format!("{id}-to")>{t!(i18n, "edit-closed-to")}</label>
            <input type="date" id=format!("{id}-to") name=name("to") value=closure.to.clone() dir="ltr"/>
            <label for=format!("{id}-note")>{t!(i18n, "edit-closed-note")}</label>
            <input type="text" id=format!("{id}-note") name=name("note") value=closure.note.clone() maxlength="200" dir="auto"/>
            {error}
        </div>
    }
}

#[component]
fn SpecialRow(i18n: I18n, index: u32, special: SpecialForm, problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let field = format!("special[{index}]");
    let name = |part: &str| format!("listing[special][{index}][{part}]");
    let error = {
        let i18n = i18n.clone();
        move || problems.with(|p| problem_for(&i18n, p, &field)).map(|m| view! { <p class="field-error">{m}</p> })
    };
    let id = format!("special-{index}");
    view! {
        <div class="row" role="group" aria-label=t!(i18n, "edit-special-label", number = index + 1)>
            <label for=format!("{id}-from")>{t!(i18n, "edit-special-from")}</label>
            <input type="date" id=format!("{id}-from") name=name("from") value=special.from.clone() dir="ltr"/>
            <label for=format!("{id}-to")>{t!(i18n, "edit-closed-to")}</label>
            <input type="date" id=format!("{id}-to") name=name("to") value=special.to.clone() dir="ltr"/>
            <label for=format!("{id}-opens")>{t!(i18n, "edit-opens")}</label>
            <input type="time" id=format!("{id}-opens") name=name("opens") value=special.opens.clone() dir="ltr"/>
            <label for=format!("{id}-closes")>{t!(i18n, "edit-closes")}</label>
            <input type="time" id=format!("{id}-closes") name=name("closes") value=special.closes.clone() dir="ltr"/>
            <label for=format!("{id}-note")>{t!(i18n, "edit-closed-note")}</label>
            <input type="text" id=format!("{id}-note") name=name("note") value=special.note.clone() maxlength="200" dir="auto"/>
            {error}
        </div>
    }
}

#[component]
fn LocationRow(i18n: I18n, index: u32, location: LocationForm, problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let field = format!("locations[{index}]");
    let error = {
        let i18n = i18n.clone();
        move || problems.with(|p| problem_for(&i18n, p, &field)).map(|m| view! { <p class="field-error">{m}</p> })
    };
    let input = |part: &'static str, label: String, value: String, dir: &'static str| {
        let id = format!("location-{index}-{part}");
        view! {
            <p class="field">
                <label for=id.clone()>{label}</label>
                <input type="text" id=id name=format!("listing[locations][{index}][{part}]") value=value maxlength="200" dir=dir/>
            </p>
        }
    };
    view! {
        <div class="row" role="group" aria-label=t!(i18n, "edit-location-label", number = index + 1)>
            <input type="hidden" name=format!("listing[locations][{index}][id]") value=location.id.clone()/>
            {input("name", t!(i18n, "edit-place-name"), location.name.clone(), "auto")}
            {input("address", t!(i18n, "edit-address"), location.address.clone(), "auto")}
            {input("city", t!(i18n, "edit-city"), location.city.clone(), "auto")}
            {input("postcode", t!(i18n, "edit-postcode"), location.postcode.clone(), "ltr")}
            {input("neighbourhood", t!(i18n, "edit-neighbourhood"), location.neighbourhood.clone(), "auto")}
            {input("latitude", t!(i18n, "edit-latitude"), location.latitude.clone(), "ltr")}
            {input("longitude", t!(i18n, "edit-longitude"), location.longitude.clone(), "ltr")}
            {error}
        </div>
    }
}

#[component]
fn PhoneRow(i18n: I18n, index: u32, phone: PhoneForm) -> impl IntoView {
    let id = format!("phone-{index}");
    view! {
        <div class="row" role="group" aria-label=t!(i18n, "edit-phone-label", number = index + 1)>
            <label for=format!("{id}-number")>{t!(i18n, "edit-phone-number")}</label>
            <input type="tel" id=format!("{id}-number") name=format!("listing[phones][{index}][number]") value=phone.number.clone() maxlength="40" dir="ltr"/>
            <label for=format!("{id}-description")>{t!(i18n, "edit-phone-description")}</label>
            <input type="text" id=format!("{id}-description") name=format!("listing[phones][{index}][description]") value=phone.description.clone() maxlength="200" dir="auto"/>
        </div>
    }
}

// --- Showing a field's value (before/after, history) -----------------------------------------

/// A field of a service, in words, for a before/after.
pub fn field_value(l: &Localizer, s: &Service, field: Field) -> String {
    let yes_no = |b: bool| if b { t!(l, "listing-yes") } else { t!(l, "listing-no") };
    let none = || t!(l, "listing-none");
    let or_none = |v: &Option<String>| v.clone().filter(|t| !t.is_empty()).unwrap_or_else(none);
    let joined = |v: Vec<String>| if v.is_empty() { none() } else { v.join("; ") };
    match field {
        Field::Name => s.name.clone(),
        Field::Description => s.description.clone(),
        Field::Status => match s.status {
            ServiceStatus::Active => t!(l, "edit-status-active"),
            ServiceStatus::TemporarilyClosed => t!(l, "edit-status-temporarily-closed"),
            _ => t!(l, "edit-status-inactive"),
        },
        Field::Eligibility => or_none(&s.eligibility),
        Field::Ages => format::ages(l, s.min_age, s.max_age),
        Field::Cost => {
            if s.free { t!(l, "service-free") } else { format!("{} {}", t!(l, "service-not-free"), s.fees.clone().unwrap_or_default()) }
        }
        Field::Access => joined(crate::directory::ui::service_page::access_list(l, s)),
        Field::Referrals => yes_no(s.accepts_referrals),
        Field::Needs => joined(s.needs.iter().map(|n| format::need_name(l, *n)).collect()),
        Field::Languages => joined(s.languages.iter().map(|c| format::language_name(l, c)).collect()),
        Field::Areas => joined(s.areas.clone()),
        Field::Locations => joined(s.locations.iter().map(|x| x.one_line()).collect()),
        Field::Phones => joined(s.phones.iter().map(|p| p.number.clone()).collect()),
        Field::Email => or_none(&s.email),
        Field::Website => or_none(&s.website),
        Field::Hours => joined(
            s.hours.periods.iter().map(|p| format!("{} {}", format::day_name(l, p.day), format::period(l, p.opens, p.closes))).collect(),
        ),
        Field::Closures => joined(
            s.hours
                .closures
                .iter()
                .map(|c| {
                    let days = days(l, c.from, c.to);
                    match &c.note {
                        Some(n) => format!("{days} ({n})"),
                        None => days,
                    }
                })
                .collect(),
        ),
        Field::SpecialHours => joined(
            s.hours
                .special
                .iter()
                .map(|h| {
                    let when = format!("{} {}", days(l, h.from, h.to), format::period(l, h.opens, h.closes));
                    match &h.note {
                        Some(n) => format!("{when} ({n})"),
                        None => when,
                    }
                })
                .collect(),
        ),
        Field::Checked => s.last_reviewed.map(|d| format::date(l, d)).unwrap_or_else(none),
    }
}

/// One date, or "1 December 2026 to 3 December 2026".
fn days(l: &Localizer, from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
    if from == to { format::date(l, from) } else { t!(l, "listing-date-range", from = format::date(l, from), to = format::date(l, to)) }
}

/// An organisation's detail, in words.
fn organisation_value(l: &Localizer, o: &Organisation, field: Field) -> String {
    let none = || t!(l, "listing-none");
    match field {
        Field::Name => o.name.clone(),
        Field::Description => o.description.clone(),
        Field::Email => o.email.clone().unwrap_or_else(none),
        Field::Website => o.website.clone().unwrap_or_else(none),
        Field::Areas => if o.areas.is_empty() { none() } else { o.areas.join("; ") },
        _ => {
            let phones: Vec<String> = o.phones.iter().map(|p| p.number.clone()).collect();
            if phones.is_empty() { none() } else { phones.join("; ") }
        }
    }
}

/// The fields that changed, before and after, as a table.
#[component]
fn FieldChanges(i18n: I18n, listing: Listing) -> impl IntoView {
    let rows = listing
        .changed_fields()
        .into_iter()
        .map(|f| {
            let (before, after) = match &listing {
                Listing::Service { before, after } => (before.as_ref().map(|b| field_value(&i18n, b, f)), field_value(&i18n, after, f)),
                Listing::Organisation { before, after } => {
                    (before.as_ref().map(|b| organisation_value(&i18n, b, f)), organisation_value(&i18n, after, f))
                }
            };
            view! {
                <tr>
                    <th scope="row">{i18n.t(f.message_id())}</th>
                    <td dir="auto">{before.unwrap_or_default()}</td>
                    <td dir="auto">{after}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="changes">
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, "queue-field")}</th>
                        <th scope="col">{t!(i18n, "queue-before")}</th>
                        <th scope="col">{t!(i18n, "queue-after")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

// --- History ----------------------------------------------------------------------------------

/// `/listings/history?id=`: every published version of a service, newest first; a coordinator
/// can restore any earlier one.
#[component]
pub fn HistoryPage() -> impl IntoView {
    let restore = ServerAction::<RestoreVersion>::new();
    let id = query("id");
    let history = Resource::new(move || (id(), restore.version().get()), |(id, _)| service_history(id.unwrap_or_default()));
    signed_in_page(history, LISTINGS_GATE, move |i18n, versions| view! { <HistoryView i18n versions restore/> })
}

#[component]
fn HistoryView(i18n: I18n, versions: Vec<ServiceVersion>, restore: ServerAction<RestoreVersion>) -> impl IntoView {
    let name = versions.first().map(|v| v.service.name.clone()).unwrap_or_default();
    let title = t!(i18n, "history-title", name = name);
    let newest = versions.first().map_or(0, |v| v.version);
    let organisation = versions.first().map(|v| v.service.organisation_id.to_string()).unwrap_or_default();
    let items = versions
        .iter()
        .map(|v| {
            // Whose change it was; who approved it, when that was someone else.
            let who = v.asked_by.clone().or_else(|| v.published_by.clone()).unwrap_or_else(|| t!(i18n, "history-by-operator"));
            let about = t!(i18n, "history-version", version = v.version, date = day_of(&i18n, v.published_at_ms), who = who);
            let approved = v.asked_by.is_some().then(|| v.published_by.clone()).flatten().map(|by| t!(i18n, "history-approved-by", who = by));
            let fields: Vec<String> = v.fields.iter().map(|f| i18n.t(f.message_id())).collect();
            // Any version but the newest can be brought back (an archived one is the service as
            // it was taken out: bringing back the one before it brings the service back).
            let restore_form = (v.version != newest && !v.archived).then(|| {
                let label = t!(i18n, "history-restore", version = v.version);
                let (id, version) = (v.service.id.to_string(), v.version.to_string());
                view! {
                    <ActionForm action=restore>
                        <input type="hidden" name="id" value=id/>
                        <input type="hidden" name="version" value=version/>
                        <input type="hidden" name="base_version" value=newest.to_string()/>
                        <button type="submit" class="secondary">{label}</button>
                    </ActionForm>
                }
            });
            view! {
                <li>
                    <p><strong>{about}</strong></p>
                    {approved.map(|text| view! { <p class="note">{text}</p> })}
                    {v.archived.then(|| view! { <p class="badge">{t!(i18n, "listings-archived")}</p> })}
                    <p class="note">{t!(i18n, "history-changed", fields = format::list(&i18n, &fields))}</p>
                    {restore_form}
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone()/>
        <section class="history">
            <p><a href=format!("/listings?organisation={organisation}")>{t!(i18n, "edit-back")}</a></p>
            <h1 dir="auto">{title}</h1>
            {action_result(i18n.clone(), "history-restored", move || restore.value().get().map(|r| r.map(|_| ())))}
            <ul class="version-list">{items}</ul>
        </section>
    }
}

// --- The coordinator's queue ------------------------------------------------------------------

/// `/listings/changes`: every change waiting for a coordinator, oldest first, each with the
/// fields that change, before and after; approve, or send back with a reason.
#[component]
pub fn QueuePage() -> impl IntoView {
    let approve = ServerAction::<ApproveChange>::new();
    let send_back = ServerAction::<SendBackChange>::new();
    let queue = Resource::new(move || (approve.version().get(), send_back.version().get()), |_| listing_queue());
    signed_in_page(queue, QUEUE_GATE, move |i18n, queue| view! { <QueueView i18n queue approve send_back/> })
}

#[component]
fn QueueView(i18n: I18n, queue: Vec<ChangeItem>, approve: ServerAction<ApproveChange>, send_back: ServerAction<SendBackChange>) -> impl IntoView {
    let title = t!(i18n, "queue-title");
    let empty = queue.is_empty().then(|| view! { <p>{t!(i18n, "queue-empty")}</p> });
    let items = queue
        .into_iter()
        .map(|c| {
            let id = c.id.to_string();
            let about = t!(i18n, "queue-asked", kind = kind_name(&i18n, c.kind), who = c.asked_by.clone(), date = day_of(&i18n, c.asked_at_ms));
            let reason_id = format!("reason-{id}");
            let (approve_label, reason_label, send_back_label) =
                (t!(i18n, "queue-approve"), t!(i18n, "queue-reason"), t!(i18n, "queue-send-back"));
            let (approve_id, send_back_id) = (id.clone(), id.clone());
            let reason_for = reason_id.clone();
            view! {
                <li class="queue-item">
                    <h2 dir="auto">{c.listing.name().to_string()}</h2>
                    <p class="by" dir="auto">{c.organisation_name.clone()}</p>
                    <p class="note">{about}</p>
                    <FieldChanges i18n=i18n.clone() listing=c.listing.clone()/>
                    <ActionForm action=approve>
                        <input type="hidden" name="id" value=approve_id/>
                        <button type="submit">{approve_label}</button>
                    </ActionForm>
                    <ActionForm action=send_back>
                        <input type="hidden" name="id" value=send_back_id/>
                        <p class="field">
                            <label for=reason_for>{reason_label}</label>
                            <textarea id=reason_id name="reason" rows="2" maxlength="1000" dir="auto"></textarea>
                        </p>
                        <button type="submit" class="secondary">{send_back_label}</button>
                    </ActionForm>
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone()/>
        <section class="queue">
            <p><a href="/listings/organisations">{t!(i18n, "organisations-title")}</a></p>
            <h1>{title}</h1>
            {action_result(i18n.clone(), "queue-approved", move || approve.value().get())}
            {action_result(i18n.clone(), "queue-sent-back", move || send_back.value().get())}
            {empty}
            <ul class="queue-list">{items}</ul>
            <ReportsSection/>
        </section>
    }
}

// --- The coordinator's organisations ----------------------------------------------------------

/// `/listings/organisations`: every organisation, with its services, members, waiting changes,
/// listings due for checking and last change; and adding one, with its first admin's
/// invitation link.
#[component]
pub fn OrganisationsListPage() -> impl IntoView {
    let create = ServerAction::<CreateOrganisation>::new();
    let created = saved_count(move || matches!(create.value().get(), Some(Ok(_))));
    let page = Resource::new(move || created.get(), |_| organisations_page());
    signed_in_page(page, ORGANISATIONS_GATE, move |i18n, page| view! { <OrganisationsView i18n page create/> })
}

#[component]
fn OrganisationsView(i18n: I18n, page: OrganisationsData, create: ServerAction<CreateOrganisation>) -> impl IntoView {
    let title = t!(i18n, "organisations-title");
    let kept = page.created.clone();
    let (typed, refused_problem) = match page.refused.clone() {
        Some(r) => (r.form, Some(view! { <p class="notice error inbox-alert" role="alert">{i18n.t(&r.problem)}</p> })),
        None => (OrganisationForm::default(), None),
    };
    let created = move || create.value().get().and_then(Result::ok).map(|o| o.invitation).or_else(|| kept.clone());
    let shown = {
        let i18n = i18n.clone();
        move || {
            created().map(|link| {
                view! {
                    <div class="notice" role="status">
                        <p>{t!(i18n, "organisations-created")}</p>
                        <p class="field">
                            <label for="admin-link">{t!(i18n, "organisations-link")}</label>
                            <input id="admin-link" type="text" readonly value=link.link dir="ltr"/>
                        </p>
                    </div>
                }
            })
        }
    };
    let error = {
        let i18n = i18n.clone();
        move || {
            let i18n = i18n.clone();
            create.value().get().and_then(Result::err).map(|error| view! { <ActionError i18n error/> })
        }
    };
    let rows = page
        .organisations
        .iter()
        .map(|o| {
            let facts = t!(i18n, "organisations-facts", services = o.services, members = o.members, pending = o.pending, due = o.due);
            let last = o.last_change_ms.map(|ms| t!(i18n, "organisations-last-change", date = day_of(&i18n, ms)));
            let oldest = o.oldest_check.map(|d| t!(i18n, "organisations-oldest-check", date = format::date(&i18n, d)));
            view! {
                <li>
                    <p>
                        <a href=format!("/listings?organisation={}", o.id) dir="auto"><strong>{o.name.clone()}</strong></a>
                        {o.trusted.then(|| view! { " " <span class="badge">{t!(i18n, "listings-trusted")}</span> })}
                    </p>
                    <p class="note">{facts}</p>
                    {last.map(|l| view! { <p class="note">{l}</p> })}
                    {oldest.map(|l| view! { <p class="note">{l}</p> })}
                </li>
            }
        })
        .collect_view();
    let busy = move || create.pending().get();
    view! {
        <Title text=title.clone()/>
        <section class="organisations">
            <p><a href="/listings/changes">{t!(i18n, "queue-title")}</a></p>
            <h1>{title}</h1>
            <p><a href="/listings/oruk" rel="external">{t!(i18n, "oruk-link")}</a></p>
            <ul class="organisation-list">{rows}</ul>
            <h2 id="add-organisation">{t!(i18n, "organisations-add")}</h2>
            {shown}
            {refused_problem}
            {error}
            <ActionForm action=create>
                <OrganisationFields i18n=i18n.clone() o=typed/>
                <button type="submit" disabled=busy>{t!(i18n, "organisations-add-button")}</button>
            </ActionForm>
        </section>
    }
}

/// The organisation details fields, named `details[...]`, filled in from `o` (as stored, or
/// as typed when it was refused).
#[component]
fn OrganisationFields(i18n: I18n, o: OrganisationForm) -> impl IntoView {
    let input = |part: &'static str, label: String, value: String, kind: &'static str| {
        let id = format!("organisation-{part}");
        view! {
            <p class="field">
                <label for=id.clone()>{label}</label>
                <input type=kind id=id name=format!("details[{part}]") value=value maxlength="200" dir="auto"/>
            </p>
        }
    };
    // Every number it has, and one more.
    let phones = o
        .phones
        .values()
        .map(|p| p.number.clone())
        .filter(|n| !n.trim().is_empty())
        .chain(std::iter::once(String::new()))
        .enumerate()
        .map(|(i, number)| {
            let id = format!("organisation-phone-{i}");
            view! {
                <p class="field">
                    <label for=id.clone()>{t!(i18n, "edit-phone-number")}</label>
                    <input type="tel" id=id name=format!("details[phones][{i}][number]") value=number maxlength="40" dir="ltr"/>
                </p>
            }
        })
        .collect_view();
    view! {
        {input("name", t!(i18n, "listing-field-name"), o.name.clone(), "text")}
        <p class="field">
            <label for="organisation-description">{t!(i18n, "listing-field-description")}</label>
            <textarea id="organisation-description" name="details[description]" rows="4" dir="auto">{o.description.clone()}</textarea>
        </p>
        {input("email", t!(i18n, "listing-field-email"), o.email.clone(), "email")}
        {input("website", t!(i18n, "listing-field-website"), o.website.clone(), "url")}
        <p class="field">
            <label for="organisation-areas">{t!(i18n, "organisation-areas")}</label>
            <span class="hint">{t!(i18n, "edit-areas-hint")}</span>
            <textarea id="organisation-areas" name="details[areas]" rows="3" dir="auto">{o.areas.clone()}</textarea>
        </p>
        {phones}
    }
}

/// `/listings/organisation?id=`: an organisation's details (waiting for a coordinator unless
/// the organisation is trusted or a coordinator makes the change).
#[component]
pub fn OrganisationEditPage() -> impl IntoView {
    let save = ServerAction::<SaveOrganisation>::new();
    let id = query("id");
    let saved = saved_count(move || matches!(save.value().get(), Some(Ok(_))));
    let data = Resource::new(move || (id(), saved.get()), |(id, _)| organisation_editor(id.unwrap_or_default()));
    signed_in_page(data, LISTINGS_GATE, move |i18n, data| view! { <OrganisationEditView i18n data save/> })
}

#[component]
fn OrganisationEditView(i18n: I18n, data: OrganisationEdit, save: ServerAction<SaveOrganisation>) -> impl IntoView {
    let title = t!(i18n, "organisation-edit-title");
    let id = data.organisation.id.to_string();
    let (form, refused_problem) = match data.refused.clone() {
        Some(r) => (r.form, Some(view! { <p class="notice error inbox-alert" role="alert">{i18n.t(&r.problem)}</p> })),
        None => (OrganisationForm::from_organisation(&data.organisation), None),
    };
    // What was typed and not saved is kept on this phone and offered back, as on the service form.
    let current = RwSignal::new(form.clone());
    let draft = RwSignal::new(None::<OrganisationForm>);
    let kept = Draft::new("organisation", &id);
    Effect::new({
        let kept = kept.clone();
        // The version it was typed from travels in hidden fields beside the details: not compared.
        let typed = |f: &OrganisationForm| OrganisationForm { base_version: String::new(), pending: String::new(), ..f.clone() };
        move |_| draft.set(kept.kept(&form, |a, b| typed(a) == typed(b)))
    });
    Effect::new({
        let kept = kept.clone();
        move |_| {
            if let Some(Ok(_)) = save.value().get() {
                kept.forget();
            }
        }
    });
    let on_input = {
        let kept = kept.clone();
        move |ev: leptos::ev::Event| {
            use leptos::form::FromFormData;
            kept.keep_form(&ev, |data| SaveOrganisation::from_form_data(data).ok().map(|args| args.details));
        }
    };
    let draft_notice = {
        let i18n = i18n.clone();
        move || {
            draft.get().map(|typed| {
                let kept = kept.clone();
                view! {
                    <div class="notice" role="status">
                        <DraftButtons i18n=i18n.clone() on_use=move || { current.set(typed.clone()); draft.set(None); } on_discard=move || { kept.forget(); draft.set(None); }/>
                    </div>
                }
            })
        }
    };
    let fields = {
        let i18n = i18n.clone();
        move || view! { <OrganisationFields i18n=i18n.clone() o=current.get()/> }
    };
    let saved = {
        let i18n = i18n.clone();
        move || {
            let i18n = i18n.clone();
            save.value().get().map(|r| match r {
                Ok(saved) => {
                    let text = if saved.code() == "published" { t!(i18n, "listings-saved-published") } else { t!(i18n, "listings-saved-pending") };
                    view! { <p class="notice inbox-saved" role="status">{text}</p> }.into_any()
                }
                Err(error) => view! { <ActionError i18n error/> }.into_any(),
            })
        }
    };
    let busy = move || save.pending().get();
    view! {
        <Title text=title.clone()/>
        <section class="organisation-edit">
            <p><a href=format!("/listings?organisation={id}")>{t!(i18n, "edit-back")}</a></p>
            <h1>{title}</h1>
            {data.pending.map(|_| view! { <p class="notice">{t!(i18n, "edit-waiting")}</p> })}
            {refused_problem}
            {draft_notice}
            {saved}
            <ActionForm action=save>
                <input type="hidden" name="details[id]" value=id.clone()/>
                <input type="hidden" name="details[base_version]" value=data.base_version.to_string()/>
                <input type="hidden" name="details[pending]" value=data.pending.map(|p| p.to_string()).unwrap_or_default()/>
                <div on:input=on_input>{fields}</div>
                <button type="submit" disabled=busy>{t!(i18n, "edit-save")}</button>
            </ActionForm>
        </section>
    }
}

/// Counts the saves that went through (`went_through` reads an action's latest result): a page
/// that reloads on it keeps what was typed on screen when a save is refused or cannot reach
/// the server.
fn saved_count(went_through: impl Fn() -> bool + Send + Sync + 'static) -> RwSignal<u32> {
    let count = RwSignal::new(0);
    Effect::new(move |_| {
        if went_through() {
            count.update(|n| *n += 1);
        }
    });
    count
}

/// Where the service form posts (the server function's address).
fn save_service_url() -> &'static str {
    use leptos::server_fn::ServerFn;
    <SaveService as ServerFn>::PATH
}

// --- Reports about listings -------------------------------------------------------------------

/// Reports people made about listings (an admin's own organisation's; a coordinator's, all),
/// open ones first, each marked done with one button.
#[component]
fn ReportsSection() -> impl IntoView {
    let done = ServerAction::<ReportDone>::new();
    let reports = Resource::new(move || done.version().get(), |_| listing_reports());
    let i18n = crate::i18n::use_i18n();
    view! {
        <section aria-labelledby="reports">
            <h2 id="reports">{t!(i18n, "reports-title")}</h2>
            <Transition fallback=|| ()>
                {move || {
                    let i18n = i18n.clone();
                    Suspend::new(async move {
                        let list = reports.await.unwrap_or_default();
                        if list.is_empty() {
                            return view! { <p>{t!(i18n, "reports-none")}</p> }.into_any();
                        }
                        let items = list
                            .into_iter()
                            .map(|r| {
                                let about = t!(i18n, "reports-about", kind = i18n.t(r.kind.message_id()), date = day_of(&i18n, r.received_at_ms));
                                let button = (!r.done).then(|| {
                                    let (id, label) = (r.id.to_string(), t!(i18n, "reports-done-button"));
                                    view! {
                                        <ActionForm action=done>
                                            <input type="hidden" name="id" value=id/>
                                            <button type="submit" class="secondary">{label}</button>
                                        </ActionForm>
                                    }
                                });
                                view! {
                                    <li>
                                        <p><a href=format!("/services/{}", r.service_id) dir="auto"><strong>{r.service_name.clone()}</strong></a></p>
                                        <p class="note" dir="auto">{r.organisation_name.clone()}</p>
                                        <p class="note">{about}</p>
                                        {(!r.text.is_empty()).then(|| view! { <p dir="auto">{r.text.clone()}</p> })}
                                        {r.done.then(|| view! { <p class="badge">{t!(i18n, "reports-done")}</p> })}
                                        {button}
                                    </li>
                                }
                            })
                            .collect_view();
                        view! { <ul class="listing-list">{items}</ul> }.into_any()
                    })
                }}
            </Transition>
        </section>
    }
}
