//! What the app knows about its connection and its saved copy of the directory, as signals the
//! UI reads. The server renders the defaults (online, nothing saved yet), which is also the
//! browser's state before hydration ends, so the first render matches on both sides.

use leptos::prelude::*;

/// Where the copy of the directory on this phone stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Saved {
    /// Not known yet (still reading the phone's store), or nothing saved.
    #[default]
    Nothing,
    /// Part of the directory: the first download has not finished.
    Partial,
    Complete,
}

/// What syncing is doing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Phase {
    #[default]
    Idle,
    /// Downloading: entities received so far, and the total expected.
    Downloading { done: u64, total: u64 },
    /// The last sync failed; the next trigger retries.
    Failed,
    /// The browser would not store the directory (C7).
    StorageRefused,
}

#[derive(Clone, Copy)]
pub struct OfflineStatus {
    pub online: RwSignal<bool>,
    pub phase: RwSignal<Phase>,
    pub saved: RwSignal<Saved>,
    /// Milliseconds since the epoch of the last successful sync.
    pub synced_at: RwSignal<Option<i64>>,
    /// Bumped whenever the saved copy changes, so pages re-read it.
    pub version: RwSignal<u64>,
    /// The browser declined to keep the store when space runs low.
    pub persist_refused: RwSignal<bool>,
    /// A new version of the app is installed and waiting.
    pub update_ready: RwSignal<bool>,
    /// Ticks every 30 seconds in the browser, for "updated 5 minutes ago".
    pub now_ms: RwSignal<i64>,
}

impl OfflineStatus {
    pub fn new() -> Self {
        Self {
            online: RwSignal::new(true),
            phase: RwSignal::new(Phase::Idle),
            saved: RwSignal::new(Saved::Nothing),
            synced_at: RwSignal::new(None),
            version: RwSignal::new(0),
            persist_refused: RwSignal::new(false),
            update_ready: RwSignal::new(false),
            now_ms: RwSignal::new(0),
        }
    }
}

impl Default for OfflineStatus {
    fn default() -> Self {
        Self::new()
    }
}

pub fn provide_offline_status() -> OfflineStatus {
    if let Some(s) = use_context::<OfflineStatus>() {
        return s;
    }
    let status = OfflineStatus::new();
    provide_context(status);
    status
}

pub fn use_offline_status() -> OfflineStatus {
    expect_context::<OfflineStatus>()
}

/// How long ago, as a unit and a count: "just now", minutes, hours or days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ago {
    JustNow,
    Minutes(i64),
    Hours(i64),
    Days(i64),
}

pub fn ago(then_ms: i64, now_ms: i64) -> Ago {
    let minutes = (now_ms - then_ms).max(0) / 60_000;
    match minutes {
        0 => Ago::JustNow,
        1..=59 => Ago::Minutes(minutes),
        60..=2879 => Ago::Hours(minutes / 60),
        _ => Ago::Days(minutes / 1440),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ago_picks_a_sensible_unit() {
        let m = 60_000;
        assert_eq!(ago(0, 59_000), Ago::JustNow);
        assert_eq!(ago(0, 5 * m), Ago::Minutes(5));
        assert_eq!(ago(0, 59 * m), Ago::Minutes(59));
        assert_eq!(ago(0, 60 * m), Ago::Hours(1));
        assert_eq!(ago(0, 47 * 60 * m), Ago::Hours(47));
        assert_eq!(ago(0, 48 * 60 * m), Ago::Days(2));
        assert_eq!(ago(10 * m, 0), Ago::JustNow, "a clock behind the server is not the future");
    }
}
