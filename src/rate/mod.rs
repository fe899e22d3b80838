//! The rater's page: its own small app (`src/bin/rate.rs`, built from `rate/index.html` into
//! `dist/rate/`). It opens a round link (`#kr1.…`), lets a department head or a customer rate
//! the round's touchpoints one at a time, keeps the answer in progress in localStorage (where
//! allowed) and ends with the return link to send. Nothing is sent anywhere by the page itself.

mod card;
mod done;
mod page;
mod storage;

/// Mounts the rater's page on the body.
pub fn start() {
    yew::Renderer::<page::RatePage>::new().render();
    // Its own service worker (rate/sw.js, written by scripts/postbuild.mjs): the page works
    // offline once loaded. A new version waits until every rater's tab is closed.
    crate::offline::register(std::rc::Rc::new(|| ()));
}
