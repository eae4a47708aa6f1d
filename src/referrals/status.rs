//! The outbox as the pages see it: signals, on both targets (the server renders them empty).

use leptos::prelude::*;

use super::outbox::OutboxEntry;

#[derive(Clone, Copy)]
pub struct OutboxStatus {
    /// The signed-in user's referrals on the phone, oldest first.
    pub entries: RwSignal<Vec<OutboxEntry>>,
    /// How many unsent referrals of other users (or of nobody signed in) wait on the phone,
    /// sealed until their author signs in.
    pub others_waiting: RwSignal<usize>,
    /// The outbox has been read from the phone's store.
    pub loaded: RwSignal<bool>,
    /// The phone cannot keep referrals (no IndexedDB or WebCrypto).
    pub unavailable: RwSignal<bool>,
    /// The last send was refused for want of a session: the worker must sign in.
    pub sign_in_needed: RwSignal<bool>,
    /// A send is in progress.
    pub sending: RwSignal<bool>,
}

impl OutboxStatus {
    pub fn new() -> Self {
        Self {
            entries: RwSignal::new(vec![]),
            others_waiting: RwSignal::new(0),
            loaded: RwSignal::new(false),
            unavailable: RwSignal::new(false),
            sign_in_needed: RwSignal::new(false),
            sending: RwSignal::new(false),
        }
    }

    /// How many referrals wait to be sent.
    pub fn waiting(&self) -> usize {
        self.entries.with(|e| e.iter().filter(|e| e.waiting()).count())
    }
}

impl Default for OutboxStatus {
    fn default() -> Self {
        Self::new()
    }
}

pub fn provide_outbox_status() -> OutboxStatus {
    let status = OutboxStatus::new();
    provide_context(status);
    status
}

pub fn use_outbox_status() -> OutboxStatus {
    use_context::<OutboxStatus>().unwrap_or_default()
}

/// A flag in localStorage (no personal data: only "something waits"), so that pages load the
/// outbox machinery at start only when there is something to send; the outbox and referral
/// pages load it themselves.
#[cfg(feature = "hydrate")]
const PENDING_KEY: &str = "signpost-outbox-pending";

/// Whether referrals were waiting on this phone when last looked at.
#[cfg(feature = "hydrate")]
pub fn pending() -> bool {
    leptos::prelude::window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(PENDING_KEY).ok().flatten())
        .is_some_and(|v| v == "1")
}

#[cfg(feature = "hydrate")]
pub fn set_pending(waiting: bool) {
    if let Some(storage) = leptos::prelude::window().local_storage().ok().flatten() {
        let _ = if waiting { storage.set_item(PENDING_KEY, "1") } else { storage.remove_item(PENDING_KEY) };
    }
}
