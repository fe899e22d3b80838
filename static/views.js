// Loads the views module, a wasm of its own (views/), the first time one of its views opens,
// and hands it the view's name, the app's element, language and model
// (src/components/shell/module_view.rs; the interface: src/components/module/mod.rs).
let views = null;

// Two Yew apps on one page number their event subtrees alike, and Yew's handler on the app's
// body would run the app's callbacks for clicks inside the view. So for an event inside the
// view, a listener on the window (before the app's) marks it as the affair of no subtree of the
// app, and one on the view's element (before the view's own) clears the mark again.
const EVENTS = ['click', 'dblclick', 'input', 'change', 'keydown', 'keyup', 'keypress', 'submit', 'focus', 'blur', 'focusin', 'focusout', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'toggle', 'close', 'cancel'];
const NOBODY = 4294967295;
let host = null;
function mark(event) {
  if (host && host.contains(event.composedPath()[0])) {
    event.__yew_subtree_id = NOBODY;
    event.__yew_subtree_cache_key = event.composedPath().length;
  }
}
function unmark(event) {
  delete event.__yew_subtree_id;
  delete event.__yew_subtree_cache_key;
}
for (const type of EVENTS) addEventListener(type, mark, true);

// Each mount and unmount takes the next number: a mount that finishes loading after its view
// was closed or another opened mounts nothing.
let latest = 0;

export async function mount_view(url, view, element, lang, model, send) {
  const ticket = ++latest;
  if (!views) {
    const module = await import(url);
    await module.start();
    views = module;
  }
  if (ticket !== latest) return false;
  host = element;
  for (const type of EVENTS) element.addEventListener(type, unmark, true);
  return views.mount(view, element, lang, model, send);
}

export function update_view(lang, model) {
  return views ? views.update(lang, model) : false;
}

export function unmount_view() {
  latest += 1;
  host = null;
  if (views) views.unmount();
}
