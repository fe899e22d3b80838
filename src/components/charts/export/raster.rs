//! A picture's SVG drawn into a canvas at a multiple of its size, as PNG; and the PNG onto
//! the clipboard where the browser offers `ClipboardItem` (Chromium, Safari, recent Firefox).

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, CanvasRenderingContext2d, HtmlCanvasElement, HtmlImageElement, Url};

use crate::browser::text_blob;

/// The PNG of `svg` (of `width` × `height` CSS pixels) at `scale` times its size.
pub async fn png(svg: String, width: f64, height: f64, scale: f64) -> Result<Blob, JsValue> {
    let url = Url::create_object_url_with_blob(&text_blob(&svg, "image/svg+xml")?)?;
    let image = HtmlImageElement::new()?;
    let loaded = Promise::new(&mut |resolve, reject| {
        image.set_onload(Some(&resolve));
        image.set_onerror(Some(&reject));
    });
    image.set_src(&url);
    let result = JsFuture::from(loaded).await;
    let _ = Url::revoke_object_url(&url);
    result?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    let (w, h) = ((width * scale).round(), (height * scale).round());
    canvas.set_width(w as u32);
    canvas.set_height(h as u32);
    let context: CanvasRenderingContext2d =
        canvas.get_context("2d")?.ok_or(JsValue::NULL)?.dyn_into()?;
    context.draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, w, h)?;
    let mut failed = None;
    let made = Promise::new(&mut |resolve, _| {
        if let Err(e) = canvas.to_blob_with_type(&resolve, "image/png") {
            failed = Some(e);
        }
    });
    if let Some(e) = failed {
        return Err(e);
    }
    // `toBlob` hands over `null` when the canvas cannot be encoded.
    JsFuture::from(made).await?.dyn_into::<Blob>()
}

/// Whether the browser can put a picture on the clipboard.
pub fn can_copy_pictures() -> bool {
    web_sys::window().is_some_and(|w| {
        let clipboard = w.navigator().clipboard();
        Reflect::has(&w, &"ClipboardItem".into()).unwrap_or(false)
            && Reflect::has(&clipboard, &"write".into()).unwrap_or(false)
    })
}

/// Puts the PNG `picture` will give onto the clipboard. Called straight from the click, so the
/// browser sees the user's gesture; the picture may be made meanwhile.
pub async fn copy_picture(picture: Promise) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let constructor: Function = Reflect::get(&window, &"ClipboardItem".into())?.dyn_into()?;
    let parts = Object::new();
    Reflect::set(&parts, &"image/png".into(), &picture)?;
    let item = Reflect::construct(&constructor, &Array::of1(&parts))?;
    let clipboard = window.navigator().clipboard();
    let write: Function = Reflect::get(&clipboard, &"write".into())?.dyn_into()?;
    let done: Promise = write.call1(&clipboard, &Array::of1(&item))?.dyn_into()?;
    JsFuture::from(done).await.map(|_| ())
}
