use yew::prelude::*;

const STEP: f64 = 22.0;
const LEFT: f64 = 11.0;
const BASE: f64 = 24.0;

/// Every rating as a dot above its step of the scale (`counts`, lowest step first), the
/// median (in steps above the lowest) as a line; `label` says it for screen readers.
pub fn dots(counts: &[u32; 5], median: f64, label: String) -> Html {
    let x = |step: f64| LEFT + step * STEP;
    let dots = counts.iter().enumerate().flat_map(|(step, &c)| {
        // Up to five dots stand apart; more crowd into the same height.
        let gap = (18.0 / f64::from(c.max(1))).min(4.5);
        (0..c).map(move |k| (x(step as f64), BASE - 3.0 - f64::from(k) * gap))
    });
    html! {
        <svg class="round-dots" viewBox="0 0 110 28" width="110" height="28" role="img" aria-label={label}>
            <line class="axis" x1={LEFT.to_string()} x2={x(4.0).to_string()} y1={BASE.to_string()} y2={BASE.to_string()} />
            for step in 0..5 {
                <line class="axis" x1={x(f64::from(step)).to_string()} x2={x(f64::from(step)).to_string()} y1={BASE.to_string()} y2={(BASE + 3.0).to_string()} />
            }
            for (cx, cy) in dots {
                <circle cx={cx.to_string()} cy={cy.to_string()} r="2.2" />
            }
            <line class="median" x1={x(median).to_string()} x2={x(median).to_string()} y1="1" y2={BASE.to_string()} />
        </svg>
    }
}
