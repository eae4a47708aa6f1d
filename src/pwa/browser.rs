//! Registers the service worker and offers a new version when one is waiting.

use std::cell::Cell;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue, prelude::Closure};
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

use super::{CLAIM, SKIP_WAITING};
use crate::sync::status::OfflineStatus;

thread_local! {
    /// The user asked for the new version: reload once it has taken over.
    static RELOAD_ON_CHANGE: Cell<bool> = const { Cell::new(false) };
}

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Not every browser (or every context) has service workers; the app works without.
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).ok()?.then(|| navigator.service_worker())
}

/// Registers `/sw.js` and watches for a new version.
pub fn register(status: OfflineStatus) {
    let Some(container) = container() else { return };
    let on_change = Closure::<dyn Fn()>::new(|| {
        if RELOAD_ON_CHANGE.get()
            && let Some(w) = web_sys::window()
        {
            let _ = w.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.register("/sw.js")).await else { return };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else { return };
        // An active worker that does not control this page (the page loaded while it was
        // activating, after its claim) is asked to take it over: else the page would not work
        // with no signal until the next navigation.
        if let (Some(active), None) = (registration.active(), container.controller()) {
            post(&active, CLAIM);
        }
        watch(&registration, status);
    });
}

/// Posts `{ type }` to a service worker.
fn post(worker: &web_sys::ServiceWorker, kind: &str) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &JsValue::from_str("type"), &JsValue::from_str(kind));
    let _ = worker.post_message(&message);
}

/// Shows the prompt when a new worker is installed while an older one controls the page.
fn watch(registration: &ServiceWorkerRegistration, status: OfflineStatus) {
    let controlled = || container().and_then(|c| c.controller()).is_some();
    if registration.waiting().is_some() && controlled() {
        status.update_ready.set(true);
    }
    let reg = registration.clone();
    let on_found = Closure::<dyn Fn()>::new(move || {
        let Some(worker) = reg.installing() else { return };
        let w = worker.clone();
        let on_state = Closure::<dyn Fn()>::new(move || {
            if w.state() == ServiceWorkerState::Installed && controlled() {
                status.update_ready.set(true);
            }
        });
        worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
}

/// Lets the waiting worker take over; the page reloads when it has.
pub fn apply_update() {
    let Some(container) = container() else { return };
    RELOAD_ON_CHANGE.set(true);
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.get_registration()).await else { return };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else { return };
        if let Some(waiting) = registration.waiting() {
            post(&waiting, SKIP_WAITING);
        }
    });
}
