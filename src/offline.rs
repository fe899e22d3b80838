//! Offline: registers the service worker (`sw.js`, written by `scripts/postbuild.mjs` at build
//! time) and notices when a new version of the app has been downloaded and waits. The new
//! version is never swapped in by itself: `register` tells the store (`update_ready` in its state),
//! `components::shell::update_prompt` asks the user, and only their click (`apply_update`) lets
//! the waiting worker take over and reloads the page.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// How often a long-open page asks the server for a new version, at most.
const CHECK_EVERY_MS: f64 = 60.0 * 60.0 * 1000.0;

thread_local! {
    static WAITING: RefCell<Option<ServiceWorker>> = const { RefCell::new(None) };
    static RELOADING: Cell<bool> = const { Cell::new(false) };
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Missing outside secure contexts (plain http on a host other than localhost).
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

fn controlled() -> bool {
    container().is_some_and(|c| c.controller().is_some())
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Called when a new version waits for the user's go.
pub type OnUpdate = Rc<dyn Fn()>;

/// Keeps the waiting new version, if this page knows it, and tells the store.
fn announce(on_update: &OnUpdate, worker: Option<ServiceWorker>) {
    if worker.is_some() {
        WAITING.with(|w| *w.borrow_mut() = worker);
    }
    on_update();
}

/// Registers the service worker and watches for new versions. Failing (no service workers,
/// private mode, a host without sw.js) only means no offline use: nothing to report.
pub fn register(on_update: OnUpdate) {
    let Some(container) = container() else {
        return;
    };
    // A new worker took control: after the user's click, reload into the new version; when
    // another tab applied the update, this page still runs the old one, so offer the reload.
    // The very first worker taking over a fresh page (clients.claim) is not an update.
    let was_controlled = Rc::new(Cell::new(container.controller().is_some()));
    let on_change = on_update.clone();
    EventListener::new(&container, "controllerchange", move |_| {
        if RELOADING.get() {
            reload();
        } else if was_controlled.get() {
            announce(&on_change, None);
        }
        was_controlled.set(true);
    })
    .forget();

    // After the page has loaded, so that caching the app does not slow down its first start.
    let loaded = web_sys::window()
        .and_then(|w| w.document())
        .is_none_or(|d| d.ready_state() == "complete");
    if loaded {
        start(&container, on_update);
    } else if let Some(window) = web_sys::window() {
        EventListener::once(&window, "load", move |_| start(&container, on_update)).forget();
    }
}

fn start(container: &ServiceWorkerContainer, on_update: OnUpdate) {
    let registering = container.register("./sw.js");
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(registering).await else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        if let Some(waiting) = registration.waiting() {
            if controlled() {
                announce(&on_update, Some(waiting));
            }
        }
        let watched = registration.clone();
        EventListener::new(&registration, "updatefound", move |_| {
            let Some(worker) = watched.installing() else {
                return;
            };
            let installed = worker.clone();
            let on_update = on_update.clone();
            EventListener::new(&worker, "statechange", move |_| {
                // Installed while an older version controls the page: the new one waits.
                if installed.state() == ServiceWorkerState::Installed && controlled() {
                    announce(&on_update, Some(installed.clone()));
                }
            })
            .forget();
        })
        .forget();
        check_when_visible(registration);
    });
}

/// A page left open for days still learns of new versions: when it becomes visible again,
/// it asks for one, at most once an hour.
fn check_when_visible(registration: ServiceWorkerRegistration) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let last = Cell::new(js_sys::Date::now());
    let watched = document.clone();
    EventListener::new(&document, "visibilitychange", move |_| {
        let now = js_sys::Date::now();
        if watched.hidden() || now - last.get() < CHECK_EVERY_MS {
            return;
        }
        last.set(now);
        if let Ok(checking) = registration.update() {
            // Offline, the check fails: the next one will do.
            spawn_local(async move {
                let _ = JsFuture::from(checking).await;
            });
        }
    })
    .forget();
}

/// The user's go: the waiting version takes over, then the page reloads into it
/// (on `controllerchange`, see `register`). Without a waiting worker, just reloads.
pub fn apply_update() {
    RELOADING.set(true);
    let waiting = WAITING.with(|w| w.borrow().clone());
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"skip-waiting".into());
    match waiting {
        Some(worker) if worker.state() == ServiceWorkerState::Installed => {
            if worker.post_message(&message).is_err() {
                reload();
            }
        }
        _ => reload(),
    }
}
