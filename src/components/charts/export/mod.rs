//! The export toolbar every chart carries: save as SVG, save as PNG at twice the size, copy
//! as a picture where the browser allows. The picture holds the chart's title and legend, in
//! the user's language (`picture`); the PNG is drawn from it (`raster`).

mod picture;
mod raster;

use kontaktpunkt_core::io::file_name::file_name;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::store::use_reading;

/// How many times the chart's size a PNG is: sharp on a projector and a retina screen.
pub const PNG_SCALE: f64 = 2.0;

/// One line of the picture's legend.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendLine {
    /// The point's number, or empty.
    pub mark: String,
    pub text: String,
    /// A selector inside the chart whose colour the line shows (`.line-ist`), if any.
    pub swatch: Option<String>,
}

impl LegendLine {
    pub fn numbered(n: usize, text: &str) -> Self {
        Self {
            mark: n.to_string(),
            text: text.to_string(),
            swatch: None,
        }
    }
    pub fn swatch(selector: &str, text: &str) -> Self {
        Self {
            mark: String::new(),
            text: text.to_string(),
            swatch: Some(selector.to_string()),
        }
    }
    pub fn note(text: &str) -> Self {
        Self {
            mark: String::new(),
            text: text.to_string(),
            swatch: None,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ChartExportProps {
    /// The chart's title, written above it in the picture.
    pub title: AttrValue,
    /// What the chart is, in the file name: `journey`, `matrix`, `gaps`.
    pub kind: AttrValue,
    #[prop_or_default]
    pub legend: Vec<LegendLine>,
    /// The title of the model the chart shows, for the file name, when it is not the current
    /// model (one opened from a link).
    #[prop_or_default]
    pub model_title: Option<AttrValue>,
}

/// What the last export did, for the status line.
#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    Copied,
    Failed,
}

/// The toolbar; it exports the first `svg.chart` of the element it sits in.
#[component]
pub fn ChartExport(props: &ChartExportProps) -> Html {
    let store = use_reading();
    let texts = store.lang.texts().slides;
    let node = use_node_ref();
    let outcome = use_state(|| None::<Outcome>);
    let model_title = props
        .model_title
        .as_ref()
        .map_or_else(|| store.model.meta.title.clone(), |t| t.to_string());
    let make = {
        let (node, title, legend) = (node.clone(), props.title.clone(), props.legend.clone());
        move || {
            let chart = node
                .cast::<web_sys::Element>()
                .and_then(|n| n.parent_element())
                .and_then(|scope| scope.query_selector("svg.chart").ok().flatten())?;
            picture::picture(&chart, &title, &legend).ok()
        }
    };
    let name = {
        let kind = props.kind.clone();
        move |ext: &str| file_name(&model_title, &[&kind, &browser::today()], ext)
    };
    let save_svg = {
        let (make, name, outcome) = (make.clone(), name.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            let saved = make().is_some_and(|p| {
                browser::download(&name("svg"), "image/svg+xml;charset=utf-8", &p.svg)
            });
            outcome.set((!saved).then_some(Outcome::Failed));
        })
    };
    let save_png = {
        let (make, outcome) = (make.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(p) = make() else {
                outcome.set(Some(Outcome::Failed));
                return;
            };
            let (name, outcome) = (name("png"), outcome.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let saved = raster::png(p.svg, p.width, p.height, PNG_SCALE)
                    .await
                    .is_ok_and(|blob| browser::download_blob(&name, &blob));
                outcome.set((!saved).then_some(Outcome::Failed));
            });
        })
    };
    let copy = {
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(p) = make() else {
                outcome.set(Some(Outcome::Failed));
                return;
            };
            let png = wasm_bindgen_futures::future_to_promise(async move {
                raster::png(p.svg, p.width, p.height, PNG_SCALE)
                    .await
                    .map(|blob| blob.unchecked_into())
            });
            let outcome = outcome.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = raster::copy_picture(png).await.is_ok();
                outcome.set(Some(if copied {
                    Outcome::Copied
                } else {
                    Outcome::Failed
                }));
            });
        })
    };
    html! {
        <div ref={node} class="chart-export no-print" role="group" aria-label={format!("{}: {}", texts.export_group, props.title)}>
            <button type="button" class="button-quiet" onclick={save_svg}>{ texts.save_svg }</button>
            <button type="button" class="button-quiet" onclick={save_png}>{ texts.save_png }</button>
            // Offered only where the browser can put a picture on the clipboard.
            if raster::can_copy_pictures() {
                <button type="button" class="button-quiet" onclick={copy}>{ texts.copy_png }</button>
            }
            <span class="export-status" role="status">
                { match *outcome {
                    Some(Outcome::Copied) => texts.copied,
                    Some(Outcome::Failed) => texts.export_failed,
                    None => "",
                } }
            </span>
        </div>
    }
}
