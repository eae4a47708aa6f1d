//! `/listings/oruk`, for coordinators: download the directory as Open Referral UK (one JSON file,
//! or ORUK's CSV tables), and bring in another directory's services from an ORUK JSON file. The
//! file is posted as a plain form (`oruk::upload`, so it works without JavaScript); the page then
//! shows what the import would do (new, changed, left out and why) and imports only when the
//! coordinator confirms, through the same code as `signpost oruk import`.

use leptos::{prelude::*, server_fn::codec::GetUrl};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use crate::{
    accounts::ui::{ActionError, Gate, signed_in_page},
    error::AppError,
    i18n::I18n,
    t,
};

const GATE: Gate = Gate { title: "oruk-title", signed_out: "listings-sign-in-needed", forbidden: "coordinator-only" };
/// The page, and where its form posts a file (`oruk::upload::UPLOAD_PATH`).
pub const PAGE_PATH: &str = "/listings/oruk";
pub const UPLOAD_PATH: &str = "/listings/oruk/upload";
/// The CSV tables `oruk::export` writes, in order (named here, where the page can list them).
pub const CSV_TABLES: [&str; 13] = [
    "organizations.csv",
    "services.csv",
    "locations.csv",
    "addresses.csv",
    "service_at_location.csv",
    "schedules.csv",
    "service_areas.csv",
    "languages.csv",
    "cost_options.csv",
    "phones.csv",
    "taxonomies.csv",
    "taxonomy_terms.csv",
    "attribute.csv",
];
/// The most new and changed records the page lists (every refused one is listed).
#[cfg(feature = "ssr")]
const LISTED: usize = 200;

/// One record of a checked file the page lists.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckedRecord {
    /// `new`, `changed` or `refused`.
    pub outcome: String,
    /// `organization` or `service`.
    pub entity: String,
    pub id: String,
    pub name: String,
    /// Why it was left out: the ORUK field and a message id.
    pub field: Option<String>,
    pub message: Option<String>,
}

/// What importing a checked file would do.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportCheck {
    pub token: String,
    pub file: String,
    /// New, changed, unchanged, refused.
    pub counts: [usize; 4],
    pub records: Vec<CheckedRecord>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrukPageData {
    /// This server's ORUK API address.
    pub api: String,
    pub check: Option<ImportCheck>,
    /// The file asked about is no longer kept.
    pub expired: bool,
}

#[cfg(feature = "ssr")]
async fn coordinator() -> Result<(crate::server::state::AppState, crate::accounts::store::User), AppError> {
    let (state, _, user) = crate::accounts::api::signed_in().await?;
    if user.role != crate::accounts::model::Role::Coordinator {
        return Err(AppError::Forbidden);
    }
    Ok((state, user))
}

/// The page's data: with `check`, what importing that uploaded file would do now.
#[server(prefix = "/api", endpoint = "oruk-page", input = GetUrl)]
pub async fn oruk_page(check: Option<String>) -> Result<OrukPageData, AppError> {
    use crate::oruk::import::{Outcome, plan};
    let (state, user) = coordinator().await?;
    let headers: axum::http::HeaderMap = leptos_axum::extract().await.map_err(|_| AppError::Internal)?;
    let origin = crate::accounts::api::origin(&headers, state.config.secure_cookies).unwrap_or_default();
    let api = format!("{origin}{}", crate::oruk::api::BASE);
    let Some(token) = check else { return Ok(OrukPageData { api, check: None, expired: false }) };
    let Some((file, records)) = state.uploads.get(&token, user.id) else { return Ok(OrukPageData { api, check: None, expired: true }) };
    let snapshot = state.directory.get(&state.db).await?;
    let plan = plan(&records, &snapshot.directory);
    let listed = |outcome: Outcome, entity: &str, id: String, name: String| CheckedRecord {
        outcome: outcome.code().into(),
        entity: entity.into(),
        id,
        name,
        field: None,
        message: None,
    };
    let organisations = plan.organisations.iter().filter(|(o, _)| *o != Outcome::Unchanged).map(|(o, r)| listed(*o, "organization", r.id.to_string(), r.name.clone()));
    let services = plan.services.iter().filter(|(o, _)| *o != Outcome::Unchanged).map(|(o, r)| listed(*o, "service", r.id.to_string(), r.name.clone()));
    let refused = plan.refused.iter().map(|r| CheckedRecord {
        outcome: "refused".into(),
        entity: r.entity.into(),
        id: r.id.clone(),
        name: r.name.clone(),
        field: Some(r.field.into()),
        message: Some(r.message.into()),
    });
    let records = refused.chain(organisations.chain(services).take(LISTED)).collect();
    Ok(OrukPageData { api, check: Some(ImportCheck { token, file, counts: plan.counts(), records }), expired: false })
}

/// Imports the checked file: every new and changed record, in one transaction. The directory
/// is compared again as it is now, so what is written is what the page would show now.
#[server(prefix = "/api", endpoint = "oruk-import")]
pub async fn oruk_import(token: String) -> Result<usize, AppError> {
    let (state, user) = coordinator().await?;
    let (file, records) = state.uploads.get(&token, user.id).ok_or_else(|| AppError::BadRequest("oruk-error-expired".into()))?;
    let (_, current) = crate::directory::store::load(&state.db).await?;
    let plan = crate::oruk::import::plan(&records, &current);
    let [new, changed, ..] = plan.counts();
    if new + changed > 0 {
        crate::oruk::import::apply(&state.db, &plan, &format!("upload: {file}"), crate::accounts::store::now_ms()).await?;
    }
    state.uploads.forget(&token);
    tracing::info!(by = %user.id, new, changed, "Open Referral UK file imported");
    let headers: axum::http::HeaderMap = leptos_axum::extract().await.map_err(|_| AppError::Internal)?;
    if crate::accounts::api::plain_form_post(&headers)
        && let (Some(response), Ok(value)) =
            (use_context::<leptos_axum::ResponseOptions>(), axum::http::HeaderValue::from_str(&format!("{PAGE_PATH}?imported=1")))
    {
        response.set_status(axum::http::StatusCode::SEE_OTHER);
        response.insert_header(axum::http::header::LOCATION, value);
    }
    Ok(new + changed)
}

#[component]
pub fn OrukImportPage() -> impl IntoView {
    let query = use_query_map();
    let check = move || query.with(|q| q.get("check")).filter(|v| !v.is_empty());
    let data = Resource::new(check, oruk_page);
    signed_in_page(data, GATE, move |i18n, page| view! { <OrukView i18n page/> })
}

#[component]
fn OrukView(i18n: I18n, page: OrukPageData) -> impl IntoView {
    let import = ServerAction::<OrukImport>::new();
    let query = use_query_map();
    let title = t!(i18n, "oruk-title");
    let error = query.with_untracked(|q| q.get("error")).and_then(|e| match e.as_str() {
        "no-file" => Some("oruk-error-no-file"),
        "not-oruk" => Some("oruk-error-not-oruk"),
        "too-large" => Some("oruk-error-too-large"),
        _ => None,
    });
    let error = error.or(page.expired.then_some("oruk-error-expired")).map(|id| view! { <p class="notice error inbox-alert" role="alert">{i18n.t(id)}</p> });
    let imported_plain = query.with_untracked(|q| q.get("imported")).is_some();
    let done = move || imported_plain || matches!(import.value().get(), Some(Ok(_)));
    let done_notice = {
        let i18n = i18n.clone();
        move || done().then(|| view! { <p class="notice" role="status">{t!(i18n, "oruk-imported")}</p> })
    };
    let import_error = {
        let i18n = i18n.clone();
        move || {
            let i18n = i18n.clone();
            import.value().get().and_then(Result::err).map(|error| view! { <ActionError i18n error/> })
        }
    };
    let csv_links = CSV_TABLES
        .iter()
        .map(|name| view! { <li><a href=format!("/api/oruk/export/{name}") download=*name dir="ltr">{*name}</a></li> })
        .collect_view();
    let report = page.check.clone().map(|check| {
        let i18n = i18n.clone();
        let [new, changed, unchanged, refused] = check.counts;
        let rows = check
            .records
            .iter()
            .map(|r| {
                let outcome = i18n.t(&format!("oruk-outcome-{}", r.outcome));
                let entity = i18n.t(&format!("oruk-entity-{}", r.entity));
                let why = r.message.as_ref().map(|m| {
                    let field = t!(i18n, "oruk-field", field = r.field.clone().unwrap_or_default());
                    view! { <p class="note"><span dir="ltr">{field}</span>" " {i18n.t(m)}</p> }
                });
                view! {
                    <li class=format!("oruk-{}", r.outcome)>
                        <p><strong>{outcome}</strong>" · "{entity}" · "<span dir="auto">{r.name.clone()}</span></p>
                        <p class="note" dir="ltr">{r.id.clone()}</p>
                        {why}
                    </li>
                }
            })
            .collect_view();
        let busy = move || import.pending().get();
        let can_import = new + changed > 0;
        let confirm = {
            let (token, label) = (check.token.clone(), t!(i18n, "oruk-import-confirm"));
            move || {
                (can_import && !done()).then(|| {
                    let (token, label) = (token.clone(), label.clone());
                    view! {
                        <ActionForm action=import>
                            <input type="hidden" name="token" value=token/>
                            <button type="submit" disabled=busy>{label}</button>
                        </ActionForm>
                    }
                })
            }
        };
        let nothing = (new + changed == 0).then(|| view! { <p class="notice" role="status">{t!(i18n, "oruk-import-nothing")}</p> });
        view! {
            <section class="oruk-report" aria-labelledby="oruk-report">
                <h2 id="oruk-report">{t!(i18n, "oruk-report-heading", file = check.file.clone())}</h2>
                <p role="status">{t!(i18n, "oruk-report-counts", new = new, changed = changed, unchanged = unchanged, refused = refused)}</p>
                <ul class="oruk-records">{rows}</ul>
                {nothing}
                {confirm}
            </section>
        }
    });
    view! {
        <Title text=title.clone()/>
        <section class="oruk">
            <p><a href="/listings/organisations" rel="external">{t!(i18n, "organisations-title")}</a></p>
            <h1>{title}</h1>
            <p>{t!(i18n, "oruk-intro")}</p>
            {done_notice}
            {import_error}
            {report}
            <h2>{t!(i18n, "oruk-import-heading")}</h2>
            {error}
            <form method="post" action=UPLOAD_PATH enctype="multipart/form-data">
                <p class="field">
                    <label for="oruk-file">{t!(i18n, "oruk-import-file")}</label>
                    <input type="file" id="oruk-file" name="file" accept=".json,application/json" required/>
                </p>
                <p class="note">{t!(i18n, "oruk-import-hint")}</p>
                <button type="submit">{t!(i18n, "oruk-import-check")}</button>
            </form>
            <h2>{t!(i18n, "oruk-export-heading")}</h2>
            <p><a href="/api/oruk/export/directory.json" download="signpost-directory.json">{t!(i18n, "oruk-export-json")}</a></p>
            <p>{t!(i18n, "oruk-export-csv")}</p>
            <ul class="oruk-tables">{csv_links}</ul>
            <p>{t!(i18n, "oruk-api")}</p>
            <p><code dir="ltr">{page.api.clone()}</code></p>
        </section>
    }
}
