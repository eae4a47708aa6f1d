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
//! - `GET /api/organisations`, `POST /api/create-organisation` (the details, and an invitation
//!   link for its first admin)

use leptos::{prelude::*, server_fn::codec::GetUrl};
use serde::{Deserialize, Serialize};

use super::{
    form::{PhoneForm, ServiceForm},
    model::{ChangeItem, OrganisationOverview, Saved, ServiceEdit, ServiceVersion},
};
use crate::{accounts::model::InvitationLink, directory::model::Organisation, error::AppError};

/// What the organisation details form starts from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganisationEdit {
    pub organisation: Organisation,
    pub base_version: i64,
    pub pending: Option<uuid::Uuid>,
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
}

impl OrganisationForm {
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

/// What the service form starts from: service `id`'s newest version, or (with `organisation`
/// instead) a new service of that organisation.
#[server(prefix = "/api", endpoint = "service-editor", input = GetUrl)]
pub async fn service_editor(id: Option<String>, organisation: Option<String>) -> Result<ServiceEdit, AppError> {
    let (state, _, user) = signed_in().await?;
    match (id, organisation) {
        (Some(service), _) => super::store::service_edit(&state.db, &user, self::id(&service)?).await,
        (None, Some(organisation)) => super::store::new_service(&state.db, &user, self::id(&organisation)?).await,
        (None, None) => Err(AppError::NotFound),
    }
}

/// Saves the service form (or archives the service): see `store::save_service`.
#[server(prefix = "/api", endpoint = "save-service")]
pub async fn save_service(listing: ServiceForm, archive: Option<String>) -> Result<Saved, AppError> {
    let (state, _, user) = signed_in().await?;
    let service = listing.service().map_err(|problems| AppError::BadRequest(problems[0].message.into()))?;
    let (base_version, pending) = listing.base();
    let saved = super::store::save_service(&state.db, &user, service, base_version, pending, archive.is_some(), now()).await?;
    tracing::info!(by = %user.id, ?saved, "listing saved");
    Ok(saved)
}

#[server(prefix = "/api", endpoint = "organisation-editor", input = GetUrl)]
pub async fn organisation_editor(id: String) -> Result<OrganisationEdit, AppError> {
    let (state, _, user) = signed_in().await?;
    let (organisation, base_version, pending) = super::store::organisation_edit(&state.db, &user, self::id(&id)?).await?;
    Ok(OrganisationEdit { organisation, base_version, pending })
}

#[server(prefix = "/api", endpoint = "save-organisation")]
pub async fn save_organisation(details: OrganisationForm) -> Result<Saved, AppError> {
    let (state, _, user) = signed_in().await?;
    let base_version = details.base_version.trim().parse().unwrap_or(-1);
    let pending = details.pending.trim().parse().ok();
    super::store::save_organisation(&state.db, &user, details.organisation(), base_version, pending, now()).await
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

#[server(prefix = "/api", endpoint = "organisations", input = GetUrl)]
pub async fn organisations() -> Result<Vec<OrganisationOverview>, AppError> {
    let (state, _, user) = signed_in().await?;
    super::store::organisations(&state.db, &user, state.config.review_months, now()).await
}

/// A coordinator adds an organisation and gets a one-time invitation link for its first admin.
#[server(prefix = "/api", endpoint = "create-organisation")]
pub async fn create_organisation(details: OrganisationForm) -> Result<Onboarded, AppError> {
    let (state, _, user) = signed_in().await?;
    let organisation = super::store::create_organisation(&state.db, &user, details.organisation(), now()).await?;
    let (token, expires_at_ms) =
        crate::accounts::store::invite(&state.db, &user, organisation, crate::accounts::model::Role::OrgAdmin).await?;
    let invitation = crate::accounts::api::invitation_link(&token, expires_at_ms, state.config.secure_cookies).await?;
    tracing::info!(by = %user.id, %organisation, "organisation added");
    Ok(Onboarded { organisation, invitation })
}
