//! The outbox as the pages see it: signals, on both targets (the server renders them empty).

use leptos::prelude::*;

use super::outbox::OutboxEntry;

#[derive(Clone, Copy)]
pub struct OutboxStatus {
    /// Every referral on the phone, oldest first.
    pub entries: RwSignal<Vec<OutboxEntry>>,
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
