//! The coordinator's import page takes a file in two steps: the upload (a plain form post, so it
//! works without JavaScript) is read and kept here, in this server's memory, and the page shows
//! what importing it would do (`listings::oruk_page`); nothing is written until the coordinator
//! confirms. A kept file is the coordinator's own, for [`KEEP_FOR`]; after that (or on another
//! server) the page asks for the file again.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use axum::{
    extract::{Multipart, State, multipart::MultipartRejection},
    response::{IntoResponse, Redirect, Response},
};
use uuid::Uuid;

use super::import::{MAX_BYTES, Records, SourceError, parse};
use crate::{
    accounts::{model::Role, session::CurrentUser},
    error::AppError,
    server::state::AppState,
};

pub use crate::listings::oruk_page::{PAGE_PATH, UPLOAD_PATH};
/// How long a checked file waits for the coordinator to confirm.
const KEEP_FOR: Duration = Duration::from_secs(30 * 60);
/// The most files kept at once (the oldest goes first).
const MAX_KEPT: usize = 4;

/// A file kept as its text (a few times smaller than its parsed records): each use reads it
/// again, which takes under a second at 5,000 services.
struct Kept {
    user: Uuid,
    file: String,
    text: Arc<str>,
    at: Instant,
}

/// Files uploaded and checked, waiting for a coordinator to confirm.
#[derive(Default)]
pub struct Uploads(Mutex<HashMap<String, Kept>>);

impl Uploads {
    fn keep(&self, user: Uuid, file: String, text: String) -> String {
        let token = crate::accounts::store::random_token();
        let mut kept = self.0.lock().unwrap_or_else(|e| e.into_inner());
        kept.retain(|_, k| k.at.elapsed() < KEEP_FOR);
        while kept.len() >= MAX_KEPT {
            let Some(oldest) = kept.iter().min_by_key(|(_, k)| k.at).map(|(t, _)| t.clone()) else { break };
            kept.remove(&oldest);
        }
        kept.insert(token.clone(), Kept { user, file, text: text.into(), at: Instant::now() });
        token
    }

    /// The file `user` uploaded under `token`: its name and records.
    pub fn get(&self, token: &str, user: Uuid) -> Option<(String, Records)> {
        let (file, text) = {
            let kept = self.0.lock().unwrap_or_else(|e| e.into_inner());
            kept.get(token).filter(|k| k.user == user && k.at.elapsed() < KEEP_FOR).map(|k| (k.file.clone(), k.text.clone()))?
        };
        // It was read when it was kept; reading it again gives the same records.
        parse(&text).ok().map(|records| (file, records))
    }

    /// Forgets a file (once imported).
    pub fn forget(&self, token: &str) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).remove(token);
    }
}

fn back(error: &str) -> Response {
    Redirect::to(&format!("{PAGE_PATH}?error={error}")).into_response()
}

/// `POST /listings/oruk/upload` (multipart, field `file`): reads and keeps the file, then sends
/// the coordinator to the page that shows what importing it would do. Anyone else is sent to
/// the page, which says why they cannot use it.
pub async fn upload(State(state): State<AppState>, user: Result<CurrentUser, AppError>, form: Result<Multipart, MultipartRejection>) -> Response {
    let Ok(CurrentUser(user)) = user.map_err(|_| ()).and_then(|u| if u.0.role == Role::Coordinator { Ok(u) } else { Err(()) }) else {
        return Redirect::to(PAGE_PATH).into_response();
    };
    let Ok(mut form) = form else { return back("no-file") };
    let mut text = Vec::new();
    let mut file = String::new();
    loop {
        match form.next_field().await {
            Ok(Some(mut field)) if field.name() == Some("file") => {
                file = field.file_name().unwrap_or_default().chars().filter(|c| !c.is_control()).take(200).collect();
                loop {
                    match field.chunk().await {
                        Ok(Some(chunk)) if text.len() + chunk.len() > MAX_BYTES => return back("too-large"),
                        Ok(Some(chunk)) => text.extend_from_slice(&chunk),
                        Ok(None) => break,
                        Err(e) if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => return back("too-large"),
                        Err(_) => return back("no-file"),
                    }
                }
            }
            Ok(Some(_)) => {}
            Ok(None) => break,
            Err(e) if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => return back("too-large"),
            Err(_) => return back("no-file"),
        }
    }
    if text.is_empty() {
        return back("no-file");
    }
    let Ok(text) = String::from_utf8(text) else { return back("not-oruk") };
    match parse(&text) {
        Ok(_) => {}
        Err(SourceError::TooLarge) => return back("too-large"),
        Err(_) => return back("not-oruk"),
    }
    let token = state.uploads.keep(user.id, file, text);
    Redirect::to(&format!("{PAGE_PATH}?check={token}")).into_response()
}
