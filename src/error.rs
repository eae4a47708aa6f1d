//! The one application error type.
//!
//! Which variant to use: `NotFound` when a requested thing does not exist (or is not listed);
//! `BadRequest` for input we refuse, with the id of a message that tells the user why;
//! `Internal` for everything that is our fault (database, I/O) — its details are logged once,
//! where it is converted, and never sent to the client; `Unreachable` is produced in the
//! browser when the server could not be reached or answered with something unreadable.

use serde::{Deserialize, Serialize};
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// The Fluent message id explaining what was wrong.
    #[error("bad request: {0}")]
    BadRequest(String),
    /// Not signed in (or the session ended).
    #[error("not signed in")]
    Unauthorised,
    /// Signed in, but the role does not allow it.
    #[error("forbidden")]
    Forbidden,
    /// Someone else changed the thing since it was read: nothing was saved.
    #[error("changed by someone else")]
    Conflict,
    #[error("internal error")]
    Internal,
    /// The server has more to do than it can take now: try again shortly.
    #[error("busy")]
    Busy,
    /// The database cannot be reached just now (down, restarting): try again shortly.
    #[error("database unavailable")]
    Unavailable,
    #[error("server unreachable")]
    Unreachable,
}

impl AppError {
    /// The HTTP status for this error.
    pub fn status_code(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::BadRequest(_) => 400,
            AppError::Unauthorised => 401,
            AppError::Forbidden => 403,
            AppError::Conflict => 409,
            AppError::Internal => 500,
            AppError::Busy => 503,
            AppError::Unavailable => 503,
            AppError::Unreachable => 503,
        }
    }

    /// The Fluent message id to show the user. An error can travel in a URL (a plain form post
    /// comes back with its error in the address), so a `BadRequest` names one of the messages
    /// written for errors, or it is shown as the general one: never any other message, never
    /// text from the address.
    pub fn message_id(&self) -> &str {
        match self {
            AppError::NotFound => "error-not-found",
            AppError::BadRequest(id) if is_error_message_id(id) => id,
            AppError::BadRequest(_) => "error-bad-request",
            AppError::Unauthorised => "error-unauthorised",
            AppError::Forbidden => "error-forbidden",
            AppError::Conflict => "error-conflict",
            AppError::Internal => "error-internal",
            AppError::Busy => "error-busy",
            AppError::Unavailable => "error-unavailable",
            AppError::Unreachable => "error-unreachable",
        }
    }
}

/// The prefixes of the message ids written for errors.
const ERROR_MESSAGE_PREFIXES: [&str; 9] = [
    "error-",
    "referral-error-",
    "account-error-",
    "inbox-error-",
    "login-error-",
    "outbox-error-",
    "listing-error-",
    "service-invalid-",
    "report-error-",
];

/// Whether `id` has the form of an error message's id (lower-case words and hyphens, under an
/// error prefix). Whether the message exists is the localizer's business.
pub fn is_error_message_id(id: &str) -> bool {
    id.len() <= 64
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && ERROR_MESSAGE_PREFIXES.iter().any(|p| id.starts_with(p))
}

impl FromServerFnError for AppError {
    /// The same JSON as `server_fn`'s `JsonEncoding`, decoded from text like every other
    /// answer (`wire::TextJson`): its byte decoder would be a second JSON reader in the bundle.
    type Encoder = crate::wire::TextJson;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => {
                AppError::BadRequest("error-bad-request".to_string())
            }
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Deserialization(_) => AppError::Unreachable,
            _ => AppError::Internal,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        // Logged here, once; query parameters are never part of sqlx's error text.
        if crate::server::db::unavailable(&e) {
            tracing::warn!(error = %e, "database unavailable");
            return AppError::Unavailable;
        }
        tracing::error!(error = %e, "database error");
        AppError::Internal
    }
}

#[cfg(feature = "ssr")]
impl axum::response::IntoResponse for AppError {
    fn into_response(self) -> axum::response::Response {
        let status = axum::http::StatusCode::from_u16(self.status_code())
            .unwrap_or(axum::http::StatusCode::INTERNAL_SERVER_ERROR);
        (status, self.message_id().to_string()).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::AppError;

    #[test]
    fn an_error_from_an_address_names_an_error_message_or_the_general_one() {
        assert_eq!(AppError::BadRequest("inbox-error-outcome".into()).message_id(), "inbox-error-outcome");
        for made_up in ["Call 0800 123 456 to keep your referral", "referral-consent-statement", "app-name", "error-<b>", ""] {
            assert_eq!(AppError::BadRequest(made_up.into()).message_id(), "error-bad-request", "{made_up}");
        }
    }
}
