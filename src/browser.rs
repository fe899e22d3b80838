//! The glue to browser APIs the core must not know: clock, language, localStorage.

use kontaktpunkt_core::Lang;
use wasm_bindgen::JsCast;

const LANG_KEY: &str = "kontaktpunkt.lang";

/// Milliseconds since the Unix epoch.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// localStorage, or `None` where the browser denies it.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// A random replica number for this tab (1 ..= 2^32 - 1): the block its new ids come from
/// (`kontaktpunkt_core::domain::ids`).
pub fn replica() -> u32 {
    // Math.random gives 52 random bits; the top 32 of them.
    ((js_sys::Math::random() * 4_294_967_296.0) as u32).max(1)
}

/// The saved language choice, else the browser's language.
pub fn initial_lang() -> Lang {
    // Through `web_sys`, which reports a denied storage as `None`; gloo's `LocalStorage`
    // panics there ("failed to get local_storage") and the app would not start.
    let saved = local_storage()
        .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
        .and_then(|text| stored_lang(&text));
    if let Some(saved) = saved {
        return saved;
    }
    let tag = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    Lang::from_tag(&tag)
}

/// The stored choice, a JSON string (`"de"`), read without a JSON reader (the widget reads
/// it too and carries none).
fn stored_lang(text: &str) -> Option<Lang> {
    let code = text.trim().strip_prefix('"')?.strip_suffix('"')?;
    Lang::ALL.into_iter().find(|l| l.code() == code)
}

/// Remembers the language and sets `<html lang>` so screen readers pronounce right. The
/// language the page started in is not written again: a start writes nothing (after a
/// delete-all, other tabs load again and must leave nothing behind).
pub fn apply_lang(lang: Lang) {
    // A full or blocked storage only loses the preference, not work: ignore it.
    if lang != initial_lang() {
        if let Some(s) = local_storage() {
            let _ = s.set_item(LANG_KEY, &format!("\"{}\"", lang.code()));
        }
    }
    set_html_lang(lang);
}

/// Sets `<html lang>` only (the widget: a host's choice is not the visitor's preference).
pub fn set_html_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.code());
    }
}

pub fn set_document_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// The URL fragment without `#`; empty when there is none.
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Removes the fragment from the address bar without reloading or adding a history entry,
/// so a reload does not open the same shared link again. Without a fragment it does nothing:
/// rewriting the address costs a few milliseconds of every start.
pub fn clear_hash() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.location().hash().unwrap_or_default().is_empty() {
        return;
    }
    let (Ok(path), Ok(search)) = (window.location().pathname(), window.location().search()) else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}")),
        );
    }
}

/// The app's address without fragment, for building share links.
/// The folder the self-check widget is built into, inside the main app's folder.
pub const WIDGET_DIR: &str = "widget";

/// The main app's address (its folder), also from the widget's page one folder down: where
/// result and share links open.
pub fn app_url() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    // `get`, not `[..]`: a slice's panic message would link std's char formatting (the
    // widget's download is counted).
    let folder = path
        .rfind('/')
        .and_then(|i| path.get(..=i))
        .unwrap_or_default();
    let widget = format!("/{WIDGET_DIR}/");
    let folder = folder
        .strip_suffix(&widget)
        .map_or(folder.to_string(), |up| format!("{up}/"));
    format!("{origin}{folder}")
}

/// Opens the widget's page in place of this one, with the same query and fragment: embeds
/// made for the main app with `?mode=selfcheck` keep working.
pub fn forward_to_widget() {
    if let Some(location) = web_sys::window().map(|w| w.location()) {
        let query = location.search().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        let _ = location.replace(&format!("{}{WIDGET_DIR}/{query}{hash}", app_url()));
    }
}

/// Offers `text` as a file download named `name`.
/// Loads the page again (after everything was deleted, or to take a newer version).
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

pub fn download(name: &str, mime: &str, text: &str) -> bool {
    text_blob(text, mime).is_ok_and(|blob| download_blob(name, &blob))
}

/// A blob of `text` with its type.
pub fn text_blob(text: &str, mime: &str) -> Result<web_sys::Blob, wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
}

/// Offers a blob as a file download named `name`.
pub fn download_blob(name: &str, blob: &web_sys::Blob) -> bool {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return false;
    };
    let done = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        })
        .is_some();
    let _ = web_sys::Url::revoke_object_url(&url);
    done
}

/// Copies text to the clipboard; the promise's outcome is reported through `done`.
pub fn copy_to_clipboard(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        done(false);
        return;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Fetches a text file of this site (`url` relative to the page); `None` when the network,
/// the server or the answer's status fails. Reported through `done`, as the fetch is async.
pub fn fetch_text(url: &str, done: impl FnOnce(Option<String>) + 'static) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let Some(window) = web_sys::window() else {
        done(None);
        return;
    };
    let request = window.fetch_with_str(url);
    wasm_bindgen_futures::spawn_local(async move {
        let text = async {
            let response: web_sys::Response =
                JsFuture::from(request).await.ok()?.dyn_into().ok()?;
            if !response.ok() {
                return None;
            }
            JsFuture::from(response.text().ok()?)
                .await
                .ok()?
                .as_string()
        };
        done(text.await);
    });
}

/// Whether the browser offers the Web Share API.
pub fn can_share() -> bool {
    web_sys::window().is_some_and(|w| {
        js_sys::Reflect::has(&w.navigator(), &wasm_bindgen::JsValue::from_str("share"))
            .unwrap_or(false)
    })
}

/// Opens the system share sheet with a title and a link.
pub fn share(title: &str, url: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    // The user may cancel the sheet: that is not an error worth showing.
    let _ = window.navigator().share_with_data(&data);
}

/// 16 random bytes from the browser's cryptographic source (a rating round's id), or from
/// `Math.random` where that is missing.
pub fn random_id() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for b in &mut bytes {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes
}

/// Today's local date as `YYYY-MM-DD`, for the plan's "overdue" and new snapshots.
pub fn today() -> String {
    date_of(js_sys::Date::now())
}

/// The local date of a time (ms since the Unix epoch) as `YYYY-MM-DD`.
pub fn date_of(ms: f64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Asks for full screen; called from the click that opens the presentation, as browsers
/// allow it only then. A refusal leaves the overlay filling the window.
pub fn enter_full_screen() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.request_fullscreen();
    }
}

/// Leaves full screen, if the page is in it.
pub fn leave_full_screen() {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        }
    }
}

/// Opens the browser's print dialog (which also saves as PDF).
pub fn print() {
    if let Some(window) = web_sys::window() {
        // A blocked dialog leaves nothing to recover: the user can print from the menu.
        let _ = window.print();
    }
}

/// The running footer of every printed page (client and date in the report): a custom
/// property on the document that `styles/handover.css` puts into the page's bottom margin
/// box. Set through the CSS object model, which the page's content security policy allows
/// (an inline style would not be); `None` removes it.
pub fn set_print_footer(text: Option<&str>) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(root) = root else {
        return;
    };
    let style = root.style();
    // Nothing to recover when a property is refused: the pages print without the footer.
    let _ = match text {
        Some(text) => style.set_property("--print-footer", &css_string(text)),
        None => style.remove_property("--print-footer").map(|_| ()),
    };
}

/// `text` as a CSS string: quoted, with backslashes, quotes and control characters escaped.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\{:x} ", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A file's bytes as text: the core names the encoding (BOM, else UTF-8 when valid, else
/// Windows-1252), the browser's `TextDecoder` decodes it and drops the BOM. `None` when the
/// browser has no decoder for it.
pub fn decode_text(bytes: &[u8]) -> Option<String> {
    let encoding = kontaktpunkt_core::io::csv_io::encoding::sniff_encoding(bytes);
    web_sys::TextDecoder::new_with_label(encoding.label())
        .and_then(|d| d.decode_with_u8_array(bytes))
        .ok()
}

/// Moves the keyboard focus to the first element matching `selector` (the browser scrolls it
/// into view); `false` when there is none.
pub fn focus_first(selector: &str) -> bool {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    element.focus().is_ok()
}

/// Focuses a touchpoint row's first rating: its chosen importance, else the first option.
pub fn focus_first_rating(id: kontaktpunkt_core::domain::model::Id) {
    let row = format!("#tp-{id} .tp-ratings");
    if !focus_first(&format!("{row} input[type=radio]:checked")) {
        focus_first(&format!("{row} input[type=radio]"));
    }
}
