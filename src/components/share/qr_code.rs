use qrcode::{Color, EcLevel, QrCode};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    pub text: AttrValue,
    pub label: AttrValue,
    /// Shown instead of a code when the text does not fit into one.
    pub too_long: AttrValue,
}

/// A QR code as one SVG path (one unit square per dark module), with a quiet zone of 4.
#[component]
pub fn QrCodeSvg(props: &QrCodeProps) -> Html {
    // Level L holds the most data; a link is easy to re-scan, so error correction matters less.
    let Ok(code) = QrCode::with_error_correction_level(props.text.as_bytes(), EcLevel::L) else {
        return html! { <p class="qr-too-long" role="note">{ props.too_long.clone() }</p> };
    };
    let width = code.width();
    let mut path = String::new();
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == Color::Dark {
            path.push_str(&format!("M{} {}h1v1h-1z", i % width + 4, i / width + 4));
        }
    }
    let size = width + 8;
    html! {
        <svg class="qr" viewBox={format!("0 0 {size} {size}")} role="img" aria-label={props.label.clone()}
            shape-rendering="crispEdges">
            <rect width={size.to_string()} height={size.to_string()} fill="#fff" />
            <path d={path} fill="#000" />
        </svg>
    }
}
