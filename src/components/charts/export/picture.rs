//! A chart as a picture that stands on its own: its title above, the chart, its legend below,
//! every colour and font written on the element (the stylesheet does not travel with a file).
//! Built with the DOM and serialised by `XMLSerializer`: no markup is written by hand.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element};

use kontaktpunkt_core::figures::chart::wrap_words;

use super::LegendLine;
use crate::components::charts::chart_kit::px;

const SVG_NS: &str = "http://www.w3.org/2000/svg";
/// Room above the chart for the title, and the legend's line height and column width.
const TITLE_HEIGHT: f64 = 44.0;
const LINE: f64 = 20.0;
const COLUMN: f64 = 300.0;
const MARGIN: f64 = 16.0;
/// What a chart's look is made of; copied from the computed style onto each element as
/// presentation attributes (`fill="…"`), which the page's policy allows where a `style`
/// attribute would be refused, and which any SVG viewer reads.
const STYLE: [&str; 15] = [
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-opacity",
    "stroke-dasharray",
    "stroke-linejoin",
    "opacity",
    "font-family",
    "font-size",
    "font-weight",
    "font-style",
    "text-anchor",
    "dominant-baseline",
    "display",
];
/// Set on `<html>` while styles are read: the light theme, whatever the screen shows, as a
/// slide is pasted on white (styles/app.css).
const LIGHT: &str = "exporting";

/// The picture: its SVG text and its size in CSS pixels.
pub struct Picture {
    pub svg: String,
    pub width: f64,
    pub height: f64,
}

/// The picture of `chart` (an `svg.chart`) with `title` and `legend`.
pub fn picture(chart: &Element, title: &str, legend: &[LegendLine]) -> Result<Picture, JsValue> {
    let document = chart.owner_document().ok_or(JsValue::NULL)?;
    let root = document.document_element().ok_or(JsValue::NULL)?;
    let (width, chart_height) = view_box(chart).ok_or(JsValue::NULL)?;
    let _ = root.class_list().add_1(LIGHT);
    let drawn = styled_copy(&document, chart, legend);
    let _ = root.class_list().remove_1(LIGHT);
    let (copy, swatches, ink, font) = drawn?;

    // Lines with a number or a colour go in columns; notes below them, across the width.
    let (entries, notes): (Vec<_>, Vec<_>) = legend
        .iter()
        .zip(swatches)
        .partition(|(line, swatch)| !line.mark.is_empty() || swatch.is_some());
    let columns = ((width - 2.0 * MARGIN) / COLUMN).floor().max(1.0) as usize;
    let rows = entries.len().div_ceil(columns);
    let note_lines: Vec<String> = notes
        .iter()
        .flat_map(|(line, _)| wrap_words(&line.text, ((width - 2.0 * MARGIN) / 7.0) as usize))
        .collect();
    let lines = rows + note_lines.len();
    let legend_height = if lines == 0 {
        0.0
    } else {
        lines as f64 * LINE + MARGIN
    };
    let height = TITLE_HEIGHT + chart_height + legend_height;

    let svg = svg_element(&document, "svg")?;
    for (name, value) in [
        ("xmlns", SVG_NS.to_string()),
        ("width", px(width)),
        ("height", px(height)),
        ("viewBox", format!("0 0 {} {}", px(width), px(height))),
        ("font-family", font),
    ] {
        svg.set_attribute(name, &value)?;
    }
    let background = svg_element(&document, "rect")?;
    set_all(
        &background,
        &[("width", "100%"), ("height", "100%"), ("fill", "#ffffff")],
    )?;
    svg.append_child(&background)?;
    let heading = text(&document, MARGIN, 30.0, title, &ink)?;
    set_all(&heading, &[("font-size", "20"), ("font-weight", "700")])?;
    svg.append_child(&heading)?;
    set_all(
        &copy,
        &[
            ("x", "0"),
            ("y", &px(TITLE_HEIGHT)),
            ("width", &px(width)),
            ("height", &px(chart_height)),
        ],
    )?;
    svg.append_child(&copy)?;
    let top = TITLE_HEIGHT + chart_height + MARGIN;
    for (i, (line, swatch)) in entries.into_iter().enumerate() {
        let x = MARGIN + (i / rows.max(1)) as f64 * COLUMN;
        let y = top + (i % rows.max(1)) as f64 * LINE;
        let line = legend_line(&document, x, y, line, swatch.as_ref(), &ink)?;
        svg.append_child(&line)?;
    }
    for (i, note) in note_lines.iter().enumerate() {
        let y = top + (rows + i) as f64 * LINE;
        let note = text(&document, MARGIN, y, note, &ink)?;
        note.set_attribute("font-size", "13")?;
        svg.append_child(&note)?;
    }
    let svg = web_sys::XmlSerializer::new()?.serialize_to_string(&svg)?;
    Ok(Picture { svg, width, height })
}

/// A deep copy of `chart` with each element's computed look written on it, without the
/// tooltip; the legend's swatch colours and the text colour and font, read in the same pass.
#[allow(clippy::type_complexity)]
fn styled_copy(
    document: &Document,
    chart: &Element,
    legend: &[LegendLine],
) -> Result<(Element, Vec<Option<Swatch>>, String, String), JsValue> {
    let window = document.default_view().ok_or(JsValue::NULL)?;
    let copy: Element = chart.clone_node_with_deep(true)?.dyn_into()?;
    let originals = chart.query_selector_all("*")?;
    let copies = copy.query_selector_all("*")?;
    let style_of = |from: &Element, to: &Element| -> Result<(), JsValue> {
        let Some(computed) = window.get_computed_style(from)? else {
            return Ok(());
        };
        for name in STYLE {
            let value = computed.get_property_value(name)?;
            if !value.is_empty() {
                to.set_attribute(name, &value)?;
            }
        }
        Ok(())
    };
    style_of(chart, &copy)?;
    for i in 0..originals.length() {
        let (Some(from), Some(to)) = (originals.item(i), copies.item(i)) else {
            continue;
        };
        if let (Ok(from), Ok(to)) = (from.dyn_into::<Element>(), to.dyn_into::<Element>()) {
            style_of(&from, &to)?;
        }
    }
    // Hover and focus states are not part of the picture.
    let tips = copy.query_selector_all(".tooltip")?;
    for i in 0..tips.length() {
        if let Some(tip) = tips.item(i).and_then(|t| t.dyn_into::<Element>().ok()) {
            tip.remove();
        }
    }
    let swatches = legend
        .iter()
        .map(|line| {
            line.swatch
                .as_deref()
                .and_then(|selector| colour(&window, chart, selector))
        })
        .collect();
    let computed = window.get_computed_style(chart)?.ok_or(JsValue::NULL)?;
    let ink = computed.get_property_value("color")?;
    let font = computed.get_property_value("font-family")?;
    Ok((copy, swatches, ink, font))
}

/// A legend swatch: a colour and its opacity.
type Swatch = (String, String);

/// The colour a series is drawn in: the stroke of its first element, else its fill; with
/// the element's opacity (the gap area is a pale shade of the Soll colour).
fn colour(window: &web_sys::Window, chart: &Element, selector: &str) -> Option<Swatch> {
    let element = chart.query_selector(selector).ok()??;
    let style = window.get_computed_style(&element).ok()??;
    let opacity = style.get_property_value("opacity").ok()?;
    let stroke = style.get_property_value("stroke").ok()?;
    if !stroke.is_empty() && stroke != "none" {
        return Some((stroke, opacity));
    }
    Some((style.get_property_value("fill").ok()?, opacity))
}

/// One legend line: a colour swatch or the point's number, then the text.
fn legend_line(
    document: &Document,
    x: f64,
    y: f64,
    line: &LegendLine,
    swatch: Option<&Swatch>,
    ink: &str,
) -> Result<Element, JsValue> {
    let group = svg_element(document, "g")?;
    group.set_attribute("font-size", "13")?;
    let mut offset = 0.0;
    if let Some((colour, opacity)) = swatch {
        let rect = svg_element(document, "rect")?;
        set_all(
            &rect,
            &[
                ("x", &px(x)),
                ("y", &px(y - 9.0)),
                ("width", "18"),
                ("height", "8"),
                ("fill", colour),
                ("opacity", opacity),
            ],
        )?;
        group.append_child(&rect)?;
        offset = 24.0;
    }
    if !line.mark.is_empty() {
        let number = text(document, x + 22.0, y, &line.mark, ink)?;
        set_all(&number, &[("text-anchor", "end"), ("font-weight", "700")])?;
        group.append_child(&number)?;
        offset = 28.0;
    }
    // A name wider than its column is shortened: columns must not run into each other.
    let room = ((COLUMN - offset - 8.0) / 7.0) as usize;
    let shown = if line.text.chars().count() > room {
        format!(
            "{}…",
            line.text
                .chars()
                .take(room.saturating_sub(1))
                .collect::<String>()
        )
    } else {
        line.text.clone()
    };
    let name = text(document, x + offset, y, &shown, ink)?;
    group.append_child(&name)?;
    Ok(group)
}

fn text(document: &Document, x: f64, y: f64, content: &str, ink: &str) -> Result<Element, JsValue> {
    let element = svg_element(document, "text")?;
    set_all(&element, &[("x", &px(x)), ("y", &px(y)), ("fill", ink)])?;
    element.set_text_content(Some(content));
    Ok(element)
}

fn svg_element(document: &Document, name: &str) -> Result<Element, JsValue> {
    document.create_element_ns(Some(SVG_NS), name)
}

fn set_all(element: &Element, attributes: &[(&str, &str)]) -> Result<(), JsValue> {
    for (name, value) in attributes {
        element.set_attribute(name, value)?;
    }
    Ok(())
}

/// The width and height of a chart's `viewBox`. Read by the browser's `parseFloat`: Rust's
/// float parser would add 5 KB to the build for two numbers.
fn view_box(chart: &Element) -> Option<(f64, f64)> {
    let view_box = chart.get_attribute("viewBox")?;
    let mut parts = view_box.split_whitespace().skip(2).map(js_sys::parse_float);
    let (width, height) = (parts.next()?, parts.next()?);
    (width.is_finite() && height.is_finite()).then_some((width, height))
}
