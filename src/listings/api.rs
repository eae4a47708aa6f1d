//! The listings pages' server functions: who is signed in (the session), then `store`, which
//! decides whether they may (every query is scoped to what the user may see or change).
//!
//! Organisation admins (their own organisation) and coordinators (any):
//! - `GET /api/service-editor?id=` or `?organisation=` ([`service_editor`]): what the service
//!   form starts from (a service's newest version, or a new one)
//! - `POST /api/save-service` ([`save_service`], the form's fields as [`ServiceForm`] under
//!   `listing[...]`, `archive` to take it out of the directory)
//! - `GET /api/organisation-editor?id=`, `POST /api/save-organisation`: the organisation's details
//! - `GET /api/listing-changes?organisation=`: its changes (waiting, sent back, published)
//! - `GET /api/service-history?id=`: every published version
//! - `POST /api/confirm-service` (`id`): "still right", in one tap
//!
//! Coordinators only:
//! - `GET /api/listing-queue`, `POST /api/approve-change` (`id`), `POST /api/send-back-change`
//!   (`id`, `reason`)
//! - `POST /api/restore-version` (`id`, `version`, `base_version`)
//! - `POST /api/trust-organisation` (`id`, `trusted` present or not)
//! - `POST /api/organisations-page`, `POST /api/create-organisation` (the details, and an invitation
//!   link for its first admin)

use leptos::{prelude::*, server_fn::codec::GetUrl};
use serde::{Deserialize, Serialize};

use super::{
    form::{PhoneForm, Problem, ServiceForm},
    model::{ChangeItem, ListingsOverview, OrganisationOverview, Saved, ServiceEdit, ServiceVersion},
};
use super::report::{ReportItem, ReportOutcome};
use crate::{accounts::model::InvitationLink, directory::model::Organisation, error::AppError};

/// What the organisation details form starts from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganisationEdit {
    pub organisation: Organisation,
    pub base_version: i64,
    pub pending: Option<uuid::Uuid>,
    /// A plain form post of these details just refused: what was typed and why (shown once).
    pub refused: Option<RefusedDetails>,
}

/// Organisation details as typed, and the message id saying why they were refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusedDetails {
    pub form: OrganisationForm,
    pub problem: String,
}

/// The organisation details form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrganisationForm {
    pub id: String,
    pub base_version: String,
    pub pending: String,
    pub name: String,
    pub description: String,
    pub email: String,
    pub website: String,
    pub phones: std::collections::BTreeMap<u32, PhoneForm>,
    /// Areas it works in, one per line (or separated by commas).
    pub areas: String,
}

impl OrganisationForm {
    /// The form filled in from `o`'s details.
    pub fn from_organisation(o: &Organisation) -> Self {
        Self {
            id: o.id.to_string(),
            name: o.name.clone(),
            description: o.description.clone(),
            email: o.email.clone().unwrap_or_default(),
            website: o.website.clone().unwrap_or_default(),
            phones: (0..)
                .zip(&o.phones)
                .map(|(i, p)| (i, PhoneForm { number: p.number.clone(), description: p.description.clone().unwrap_or_default() }))
                .collect(),
            areas: o.areas.join("\n"),
            ..Self::default()
        }
    }

    pub fn organisation(&self) -> Organisation {
        let text = |s: &str| Some(s.trim().to_string()).filter(|t| !t.is_empty());
        Organisation {
            id: self.id.trim().parse().unwrap_or_default(),
            name: self.name.trim().to_string(),
            description: self.description.trim().to_string(),
            email: text(&self.email),
            website: text(&self.website),
            phones: self
                .phones
                .values()
                .filter(|p| !p.number.trim().is_empty())
                .map(|p| crate::directory::model::Phone { number: p.number.trim().to_string(), description: text(&p.description) })
                .collect(),
            areas: super::form::list(&self.areas, &['\n', ',', '،']),
        }
    }
}

/// A new organisation and the invitation link for its first admin (shown once).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Onboarded {
    pub organisation: uuid::Uuid,
    pub invitation: InvitationLink,
}

#[cfg(feature = "ssr")]
use crate::accounts::api::signed_in;

#[cfg(feature = "ssr")]
fn now() -> i64 {
    crate::accounts::store::now_ms()
}

#[cfg(feature = "ssr")]
fn id(s: &str) -> Result<uuid::Uuid, AppError> {
    s.trim().parse().map_err(|_| AppError::NotFound)
}

/// What the service form shows: the version it starts from, the form filled in (from that
/// version, or as typed when a plain form post was just refused), and why it was refused.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Editor {
    pub edit: ServiceEdit,
    pub form: ServiceForm,
    pub problems: Vec<Problem>,
    /// Someone else changed the listing since the form was opened: `edit` is their version.
    pub conflict: bool,
}

/// A refused plain form post, kept in the session for the page it is sent back to (the form
/// as typed: listing details, no personal data).
#[cfg(feature = "ssr")]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Refused {
    form: ServiceForm,
    problems: Vec<Problem>,
    conflict: bool,
}

#[cfg(feature = "ssr")]
const KEY_REFUSED: &str = "listing-refused";
/// The organisation details form's refused plain post (an empty `id`: a new organisation).
#[cfg(feature = "ssr")]
const KEY_REFUSED_DETAILS: &str = "organisation-refused";

/// Answers a plain form post (no JavaScript) with a redirect to `location`.
#[cfg(feature = "ssr")]
fn see_other(location: &str) {
    if let (Some(response), Ok(value)) = (use_context::<leptos_axum::ResponseOptions>(), axum::http::HeaderValue::from_str(location)) {
        response.set_status(axum::http::StatusCode::SEE_OTHER);
        response.insert_header(axum::http::header::LOCATION, value);
    }
}

/// Whether this request is a plain form post (no JavaScript).
#[cfg(feature = "ssr")]
async fn plain_post() -> Result<bool, AppError> {
    let headers: axum::http::HeaderMap = leptos_axum::extract().await.map_err(|_| AppError::Internal)?;
    Ok(crate::accounts::api::plain_form_post(&headers))
}

/// Keeps refused organisation details in the session for the page they are sent back to, if
/// the error is one the person can act on there.
#[cfg(feature = "ssr")]
async fn refuse_details(session: &tower_sessions::Session, form: &OrganisationForm, error: &AppError) -> Result<bool, AppError> {
    let problem = match error {
        AppError::Conflict => "error-conflict".to_string(),
        AppError::BadRequest(message) => message.to_string(),
        _ => return Ok(false),
    };
    session.insert(KEY_REFUSED_DETAILS, RefusedDetails { form: form.clone(), problem }).await.map_err(|_| AppError::Internal)?;
    Ok(true)
}

/// The refused organisation details waiting in the session for the form of organisation `id`
/// (`None`: the new-organisation form); taken, so shown once.
#[cfg(feature = "ssr")]
async fn take_refused_details(session: &tower_sessions::Session, id: Option<uuid::Uuid>) -> Option<RefusedDetails> {
    let refused: RefusedDetails = session.get(KEY_REFUSED_DETAILS).await.ok().flatten()?;
    let theirs = refused.form.id.trim().parse::<uuid::Uuid>().ok() == id;
    if theirs {
        let _ = session.remove::<RefusedDetails>(KEY_REFUSED_DETAILS).await;
    }
    theirs.then_some(refused)
}

/// Where the service form of `form` lives.
pub fn editor_path(form: &ServiceForm, new: bool) -> String {
    if new { format!("/listings/edit?organisation={}", form.organisation.trim()) } else { format!("/listings/edit?id={}", form.id.trim()) }
}

/// What the service form starts from: service `id`'s newest version, or (with `organisation`
/// instead) a new service of that organisation; with the form as typed if a plain form post of
/// it was just refused (shown once).
#[server(prefix = "/api", endpoint = "service-editor", input = GetUrl)]
pub async fn service_editor(id: Option<String>, organisation: Option<String>) -> Result<Editor, AppError> {
    let (state, session, user) = signed_in().await?;
    let refused: Option<Refused> = session.remove(KEY_REFUSED).await.ok().flatten();
    let edit = match (&id, &organisation) {
        (Some(service), _) => super::store::service_edit(&state.db, &user, self::id(service)?).await?,
        (None, Some(organisation)) => super::store::new_service(&state.db, &user, self::id(organisation)?).await?,
        (None, None) => return Err(AppError::NotFound),
    };
    let same = |r: &Refused| match &id {
        Some(service) => r.form.id.trim() == service.trim(),
        None => r.form.organisation.trim() == edit.service.organisation_id.to_string(),
    };
    Ok(match refused.filter(same) {
        Some(Refused { mut form, problems, conflict }) => {
            if conflict {
                // Saving again from here is a deliberate choice over the newer version.
                form.base_version = edit.base_version.to_string();
                form.pending = edit.pending.map(|p| p.to_string()).unwrap_or_default();
            }
            Editor { edit, form, problems, conflict }
        }
        None => Editor { form: ServiceForm::from_edit(&edit), edit, problems: Vec::new(), conflict: false },
    })
}

/// Saves the service form (or archives the service): see `store::save_service`. A plain form
/// post (no JavaScript) is answered with a redirect: to the organisation's listings when saved;
/// back to the form, with what was typed and what is wrong, when refused.
#[server(prefix = "/api", endpoint = "save-service")]
pub async fn save_service(listing: ServiceForm, archive: Option<String>) -> Result<Saved, AppError> {
    let (state, session, user) = signed_in().await?;
    let plain = plain_post().await?;
    let (base_version, pending) = listing.base();
    let new = base_version == 0;
    let result = match listing.service() {
        Ok(service) => super::store::save_service(&state.db, &user, service, base_version, pending, archive.is_some(), now()).await,
        Err(problems) if plain => Err(refuse(&session, &listing, problems, false).await?),
        Err(problems) => Err(AppError::BadRequest(problems[0].message.clone())),
    };
    let result = match result {
        Err(AppError::Conflict) if plain => Err(refuse(&session, &listing, Vec::new(), true).await?),
        Err(AppError::BadRequest(message)) if plain => {
            Err(refuse(&session, &listing, vec![Problem { field: String::new(), message }], false).await?)
        }
        other => other,
    };
    if plain {
        let location = match &result {
            Ok(saved) => format!("/listings?organisation={}&saved={}", listing.organisation.trim(), saved.code()),
            Err(AppError::Conflict | AppError::BadRequest(_)) => editor_path(&listing, new),
            Err(_) => String::new(),
        };
        if !location.is_empty() {
            see_other(&location);
            if matches!(result, Err(AppError::Conflict | AppError::BadRequest(_))) {
                return Ok(Saved::Refused);
            }
        }
    }
    let saved = result?;
    tracing::info!(by = %user.id, ?saved, "listing saved");
    Ok(saved)
}

/// Keeps a refused form in the session for the page it is sent back to.
#[cfg(feature = "ssr")]
async fn refuse(session: &tower_sessions::Session, form: &ServiceForm, problems: Vec<Problem>, conflict: bool) -> Result<AppError, AppError> {
    let refused = Refused { form: form.clone(), problems, conflict };
    session.insert(KEY_REFUSED, refused).await.map_err(|_| AppError::Internal)?;
    Ok(if conflict { AppError::Conflict } else { AppError::BadRequest("error-bad-request".into()) })
}

/// An organisation's listings page: its details, its services (with their freshness and any
/// change waiting) and its recent changes. An admin's own organisation by default.
#[server(prefix = "/api", endpoint = "organisation-listings", input = GetUrl)]
pub async fn organisation_listings(organisation: Option<String>) -> Result<ListingsOverview, AppError> {
    let (state, _, user) = signed_in().await?;
    let organisation = match organisation.filter(|o| !o.trim().is_empty()) {
        Some(o) => self::id(&o)?,
        None => user.organisation_id,
    };
    super::store::organisation_listings(&state.db, &user, organisation, state.config.review_months, now()).await
}

#[server(prefix = "/api", endpoint = "organisation-editor", input = GetUrl)]
pub async fn organisation_editor(id: String) -> Result<OrganisationEdit, AppError> {
    let (state, session, user) = signed_in().await?;
    let id = self::id(&id)?;
    let (organisation, base_version, pending) = super::store::organisation_edit(&state.db, &user, id).await?;
    let refused = take_refused_details(&session, Some(id)).await.map(|mut refused| {
        // Saving again from here is a deliberate choice over what is there now.
        refused.form.base_version = base_version.to_string();
        refused.form.pending = pending.map(|p| p.to_string()).unwrap_or_default();
        refused
    });
    Ok(OrganisationEdit { organisation, base_version, pending, refused })
}

/// Saves an organisation's details (see `store::save_organisation`). A plain form post is
/// answered with a redirect: to the organisation's listings when saved; back to the form, with
/// what was typed and what is wrong, when refused.
#[server(prefix = "/api", endpoint = "save-organisation")]
pub async fn save_organisation(details: OrganisationForm) -> Result<Saved, AppError> {
    let (state, session, user) = signed_in().await?;
    let base_version = details.base_version.trim().parse().unwrap_or(-1);
    let pending = details.pending.trim().parse().ok();
    let result = super::store::save_organisation(&state.db, &user, details.organisation(), base_version, pending, now()).await;
    if plain_post().await? {
        match &result {
            Ok(saved) => see_other(&format!("/listings?organisation={}&saved={}", details.id.trim(), saved.code())),
            Err(error) if refuse_details(&session, &details, error).await? => {
                see_other(&format!("/listings/organisation?id={}", details.id.trim()));
                return Ok(Saved::Refused);
            }
            Err(_) => {}
        }
    }
    result
}

#[server(prefix = "/api", endpoint = "listing-changes", input = GetUrl)]
pub async fn listing_changes(organisation: String) -> Result<Vec<ChangeItem>, AppError> {
    let (state, _, user) = signed_in().await?;
    super::store::organisation_changes(&state.db, &user, self::id(&organisation)?, 100).await
}

#[server(prefix = "/api", endpoint = "service-history", input = GetUrl)]
pub async fn service_history(id: String) -> Result<Vec<ServiceVersion>, AppError> {
    let (state, _, user) = signed_in().await?;
    super::store::history(&state.db, &user, self::id(&id)?).await
}

#[server(prefix = "/api", endpoint = "confirm-service")]
pub async fn confirm_service(id: String) -> Result<i64, AppError> {
    let (state, _, user) = signed_in().await?;
    super::store::confirm(&state.db, &user, self::id(&id)?, now()).await
}

#[server(prefix = "/api", endpoint = "listing-queue", input = GetUrl)]
pub async fn listing_queue() -> Result<Vec<ChangeItem>, AppError> {
    let (state, _, user) = signed_in().await?;
    super::store::queue(&state.db, &user).await
}

#[server(prefix = "/api", endpoint = "approve-change")]
pub async fn approve_change(id: String) -> Result<(), AppError> {
    let (state, _, user) = signed_in().await?;
    super::store::approve(&state.db, &user, self::id(&id)?, now()).await?;
    tracing::info!(by = %user.id, change = %id.trim(), "listing change approved");
    Ok(())
}

#[server(prefix = "/api", endpoint = "send-back-change")]
pub async fn send_back_change(id: String, reason: String) -> Result<(), AppError> {
    let (state, _, user) = signed_in().await?;
    super::store::send_back(&state.db, &user, self::id(&id)?, &reason, now()).await
}

#[server(prefix = "/api", endpoint = "restore-version")]
pub async fn restore_version(id: String, version: i64, base_version: i64) -> Result<i64, AppError> {
    let (state, _, user) = signed_in().await?;
    super::store::restore(&state.db, &user, self::id(&id)?, version, base_version, now()).await
}

#[server(prefix = "/api", endpoint = "trust-organisation")]
pub async fn trust_organisation(id: String, trusted: Option<String>) -> Result<(), AppError> {
    let (state, _, user) = signed_in().await?;
    super::store::set_trusted(&state.db, &user, self::id(&id)?, trusted.is_some()).await
}

/// What the coordinator's organisations page shows: every organisation, and the invitation
/// link a plain form post just made (shown once, as on the members' invitation page).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganisationsData {
    pub organisations: Vec<OrganisationOverview>,
    pub created: Option<InvitationLink>,
    /// A plain form post of a new organisation just refused (shown once).
    pub refused: Option<RefusedDetails>,
}

/// `/listings/organisations` (a POST: it takes a link just made out of the session).
#[server(prefix = "/api", endpoint = "organisations-page")]
pub async fn organisations_page() -> Result<OrganisationsData, AppError> {
    let (state, session, user) = signed_in().await?;
    let organisations = super::store::organisations(&state.db, &user, state.config.review_months, now()).await?;
    let headers: axum::http::HeaderMap = leptos_axum::extract().await.map_err(|_| AppError::Internal)?;
    let (created, forget) = crate::accounts::session::take_new_invitation(&session, &user, &headers, state.config.secure_cookies).await?;
    if let (Some(cookie), Some(response)) = (forget, use_context::<leptos_axum::ResponseOptions>()) {
        response.append_header(axum::http::header::SET_COOKIE, cookie);
    }
    let refused = take_refused_details(&session, None).await;
    Ok(OrganisationsData { organisations, created, refused })
}

/// The page a plain form post of a new organisation is sent back to.
pub const ORGANISATIONS_PATH: &str = "/listings/organisations";

/// A coordinator adds an organisation and gets a one-time invitation link for its first admin
/// (with JavaScript as the answer; after a plain form post on the organisations page, once).
#[server(prefix = "/api", endpoint = "create-organisation")]
pub async fn create_organisation(details: OrganisationForm) -> Result<Onboarded, AppError> {
    let (state, session, user) = signed_in().await?;
    let plain = plain_post().await?;
    let mut details = details;
    details.id = String::new(); // a new organisation: the store gives it its id
    let organisation = match super::store::create_organisation(&state.db, &user, details.organisation(), now()).await {
        Ok(organisation) => organisation,
        Err(error) => {
            if plain && refuse_details(&session, &details, &error).await? {
                see_other(ORGANISATIONS_PATH);
            }
            return Err(error);
        }
    };
    let (token, expires_at_ms) =
        crate::accounts::store::invite(&state.db, &user, organisation, crate::accounts::model::Role::OrgAdmin).await?;
    let invitation = crate::accounts::api::invitation_link(&token, expires_at_ms, state.config.secure_cookies).await?;
    tracing::info!(by = %user.id, %organisation, "organisation added");
    if plain {
        let cookie = crate::accounts::session::keep_new_invitation(&session, &user, &invitation, state.config.secure_cookies).await?;
        see_other(ORGANISATIONS_PATH);
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.append_header(axum::http::header::SET_COOKIE, cookie);
        }
    }
    Ok(Onboarded { organisation, invitation })
}

/// "Report a problem with this listing": anyone, signed in or not. `id` is made where the report
/// is made (the phone; the form itself without JavaScript), so a report sent again is stored
/// once. Limited per client address (`Busy` when over: the phone tries again later). A plain
/// form post is sent back to the report page, which thanks the reporter.
#[server(prefix = "/api", endpoint = "report-problem")]
pub async fn report_problem(id: String, service: String, kind: String, text: String) -> Result<ReportOutcome, AppError> {
    use crate::server::{client::ClientIp, state::AppState};
    let state = use_context::<AppState>().ok_or(AppError::Internal)?;
    let ClientIp(client) = leptos_axum::extract_with_state::<ClientIp, AppState>(&state).await.map_err(|_| AppError::Internal)?;
    let report = super::report::ProblemReport { id, service, kind, text };
    let checked = report.check().map_err(|message| if message == "error-not-found" { AppError::NotFound } else { AppError::BadRequest(message.into()) })?;
    if state.limits.problem_reports.check_key(&client).is_err() {
        return Err(AppError::Busy);
    }
    let outcome = super::store::receive_report(&state.db, &checked, now()).await?;
    tracing::info!(report = %checked.id, service = %checked.service, ?outcome, "listing problem reported");
    if plain_post().await? {
        see_other(&format!("/services/{}/report?sent=1", checked.service));
    }
    Ok(outcome)
}

/// Reports about listings: an organisation admin's own organisation's, or (coordinators) all.
#[server(prefix = "/api", endpoint = "listing-reports", input = GetUrl)]
pub async fn listing_reports() -> Result<Vec<ReportItem>, AppError> {
    let (state, _, user) = signed_in().await?;
    super::store::reports(&state.db, &user, 200).await
}

#[server(prefix = "/api", endpoint = "report-done")]
pub async fn report_done(id: String) -> Result<(), AppError> {
    let (state, _, user) = signed_in().await?;
    super::store::report_done(&state.db, &user, self::id(&id)?, now()).await
}

/// An organisation admin chooses who works through a service's referrals: `members[u<id>]`
/// present for each chosen worker (see `store::set_caseworkers`; the `u` keeps serde_qs from
/// reading an id that starts with a digit as a list index).
#[server(prefix = "/api", endpoint = "set-caseworkers")]
pub async fn set_caseworkers(
    service: String,
    #[server(default)] members: std::collections::BTreeMap<String, String>,
) -> Result<(), AppError> {
    let (state, _, user) = signed_in().await?;
    let chosen = members
        .keys()
        .map(|m| m.trim().trim_start_matches('u').parse().map_err(|_| AppError::BadRequest("listing-error-member".into())))
        .collect::<Result<Vec<uuid::Uuid>, AppError>>()?;
    super::store::set_caseworkers(&state.db, &user, self::id(&service)?, &chosen).await?;
    tracing::info!(by = %user.id, service = %service.trim(), members = chosen.len(), "caseworkers chosen");
    Ok(())
}
