use std::rc::Rc;

use kontaktpunkt_core::selfcheck::advice::Advice;
use kontaktpunkt_core::selfcheck::embed::{completed_message, cta_href, Contact, EmbedConfig};
use kontaktpunkt_core::selfcheck::radar::{coordinate, radar_label, radar_ring, svg_points};
use kontaktpunkt_core::selfcheck::{
    link, radar_axes, radar_points, texts, Factor, Recommendation, SelfCheck, SelfCheckError,
};
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::browser;
use crate::components::selfcheck::contact_form::contact_form;
use crate::format::{format_index, signed};

/// The recommendations as the result shows them: the app has them built in, the widget
/// loads them after its first render (see [`crate::widget`]).
#[derive(Clone)]
pub enum AdviceState {
    /// On the way.
    Waiting,
    Ready(Rc<Advice>),
    Failed(SelfCheckError),
}

impl AdviceState {
    /// The catalogue's recommendations in `lang` (the app).
    pub fn built_in(lang: Lang) -> AdviceState {
        AdviceState::Ready(Rc::new(Advice::built_in(lang)))
    }
}

impl PartialEq for AdviceState {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (AdviceState::Waiting, AdviceState::Waiting) => true,
            (AdviceState::Ready(a), AdviceState::Ready(b)) => Rc::ptr_eq(a, b),
            (AdviceState::Failed(a), AdviceState::Failed(b)) => a == b,
            _ => false,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct SelfCheckResultProps {
    pub check: SelfCheck,
    pub lang: Lang,
    pub advice: AdviceState,
    #[prop_or_default]
    pub embed: Option<Rc<EmbedConfig>>,
    /// A result opened from a link: no sharing of its own; its one action opens it as a
    /// starter model (`on_open_in_workspace`).
    #[prop_or_default]
    pub received: bool,
    /// Opens the check as a starter model; only where a workspace is at hand (the main app).
    #[prop_or_default]
    pub on_open_in_workspace: Option<Callback<SelfCheck>>,
}

const SIZE: f64 = 420.0;
const RADIUS: f64 = 130.0;
/// Room left and right of the rings for the side labels: the longest short names
/// ("Brand experience", "Zusammenarbeit") are about 115 units wide at the label's 12px.
const SIDE: f64 = 80.0;

/// The self-check's result: score, radar, experience index, the three biggest gaps with a
/// recommendation each, and the host's call to action.
#[component]
pub fn SelfCheckResultView(props: &SelfCheckResultProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let result = props.check.result(lang);
    let copied = use_state(|| None::<bool>);
    // The result opens in the main app (one folder up from the widget's own page).
    let link = format!("{}#{}", browser::app_url(), link::encode(&props.check));
    let copy = {
        let (link, copied) = (link.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            browser::copy_to_clipboard(&link, move |ok| copied.set(Some(ok)));
        })
    };
    let print = Callback::from(|_: MouseEvent| browser::print());
    let to_workspace = props.on_open_in_workspace.as_ref().map(|open| {
        let check = props.check.clone();
        open.reform(move |_: MouseEvent| check.clone())
    });
    // What the prospect sent through the contact fields: to the host in `completed`, and
    // along with the call to action.
    let contact = use_state(|| None::<Contact>);
    let send_contact = {
        let (contact, embed, check) = (contact.clone(), props.embed.clone(), props.check.clone());
        Callback::from(move |sent: Contact| {
            if let Some(config) = &embed {
                crate::embed::post(
                    config,
                    &completed_message(&check.result(lang), config, Some(&sent)),
                );
            }
            contact.set(Some(sent));
        })
    };
    let contact_problem = use_state(|| None);
    let contact_form = props
        .embed
        .as_ref()
        .filter(|e| e.contact_fields && !props.received)
        .map(|e| {
            contact_form(
                t,
                e.consent_text.as_deref(),
                &contact_problem,
                contact.is_some(),
                &send_contact,
            )
        });
    let labels = [t.contact_name, t.contact_company, t.contact_email];
    let cta = props.embed.as_ref().and_then(|e| {
        let url = cta_href(e, &link, contact.as_ref(), labels)?;
        Some((
            e.cta_text
                .clone()
                .unwrap_or_else(|| t.cta_default.to_string()),
            url,
        ))
    });
    let score = result.maturity;
    let advice_text = |rec: &Recommendation| match &props.advice {
        AdviceState::Ready(advice) => advice.get(rec.factor, rec.level),
        AdviceState::Waiting => Some(t.advice_waiting),
        AdviceState::Failed(_) => None,
    };
    html! {
        <div class="selfcheck-result">
            <h2>{ t.result_title }</h2>
            <div class="figures">
                <div class="figure" data-figure="maturity">
                    <span class="figure-label">{ t.maturity }</span>
                    <span class="figure-value">{ score.map_or_else(|| "–".to_string(), |s| s.to_string()) }</span>
                    if let Some(band) = result.band {
                        <span class="figure-note">{ band.name(lang) }</span>
                    }
                </div>
                <div class="figure" data-figure="sc-index-ist">
                    <span class="figure-label">{ t.index_ist }</span>
                    <span class="figure-value">{ format_index(props.lang, result.index_ist, "–") }</span>
                </div>
                <div class="figure" data-figure="sc-index-soll">
                    <span class="figure-label">{ t.index_soll }</span>
                    <span class="figure-value">{ format_index(props.lang, result.index_soll, "–") }</span>
                </div>
            </div>
            <p class="chart-help">{ t.maturity_help }</p>
            if let Some(band) = result.band {
                <p class="band-summary">{ band.summary(lang) }</p>
            }
            <figure class="radar-figure">
                <figcaption>{ t.radar_title }</figcaption>
                { radar(lang, &result.levels()) }
                <p class="chart-help">{ t.radar_help }</p>
            </figure>
            <section class="gaps-list" aria-labelledby="sc-gaps">
                <h3 id="sc-gaps">{ t.gaps_title }</h3>
                <p class="chart-help">{ t.gaps_help }</p>
                if result.top_gaps.is_empty() {
                    <p>{ t.gaps_none }</p>
                }
                <ol>
                    for rec in result.top_gaps.iter() {
                        <li class="recommendation">
                            <strong>{ rec.factor_name }</strong>
                            <span class="level-note">{ format!(" ({}: {})", t.level_of(rec.level), rec.level_text) }</span>
                            if let Some(text) = advice_text(rec) {
                                <p>{ text }</p>
                            }
                        </li>
                    }
                </ol>
                if let AdviceState::Failed(e) = &props.advice {
                    <p class="selfcheck-problem" role="alert">{ t.error(e) }</p>
                }
            </section>
            if !result.touchpoints.is_empty() {
                <section aria-labelledby="sc-tp-gaps">
                    <h3 id="sc-tp-gaps">{ t.touchpoint_gaps_title }</h3>
                    <ul>
                        for tp in result.biggest_touchpoint_gaps(3) {
                            <li>{ format!("{}: {} {} → {} {}", tp.name, t.ist,
                                tp.ist.map_or_else(|| "–".into(), signed), t.soll,
                                tp.soll.map_or_else(|| "–".into(), signed)) }</li>
                        }
                    </ul>
                </section>
            }
            { for contact_form }
            if let Some((text, url)) = cta {
                <p class="cta"><a class="button-primary cta-button" href={url} target="_top" rel="noopener">{ text }</a></p>
            }
            if props.received {
                if let Some(onclick) = to_workspace {
                    <div class="actions actions-left no-print">
                        <button type="button" class="button-primary" {onclick}>{ t.open_as_starter }</button>
                    </div>
                }
            } else {
                <div class="actions actions-left no-print">
                    <button type="button" class="button-quiet" onclick={copy}>{ t.share_result }</button>
                    <button type="button" class="button-quiet" onclick={print}>{ t.print }</button>
                    if let Some(onclick) = to_workspace {
                        <button type="button" class="button-quiet" {onclick}>{ t.open_in_workspace }</button>
                    }
                    <span role="status">{ match *copied { Some(true) => t.link_copied, Some(false) => t.link_copy_failed, None => "" } }</span>
                </div>
                <label class="visually-hidden" for="sc-link">{ t.share_result }</label>
                <input id="sc-link" class="sc-link" type="text" readonly=true value={link} />
            }
        </div>
    }
}

/// The eight factors as a radar: rings per level, one axis per factor, the answers' polygon.
fn radar(lang: Lang, levels: &[Option<u8>; 8]) -> Html {
    let t = texts(lang);
    let (c, cx) = (SIZE / 2.0, SIZE / 2.0 + SIDE);
    let axes = radar_axes(cx, c, RADIUS);
    let label = Factor::ALL
        .iter()
        .zip(levels)
        .map(|(f, l)| {
            format!(
                "{}: {}",
                f.name(lang),
                l.map_or_else(|| t.not_answered.to_string(), |l| t.level_of(l))
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <svg class="chart radar" viewBox={format!("0 0 {} {}", coordinate(SIZE + 2.0 * SIDE), coordinate(SIZE))} role="img" aria-label={label}>
            for level in 1..=4u8 {
                <polygon class="radar-ring" points={svg_points(&radar_ring(level, cx, c, RADIUS))} />
            }
            for (x, y) in axes.iter() {
                <line class="radar-axis" x1={coordinate(cx)} y1={coordinate(c)} x2={coordinate(*x)} y2={coordinate(*y)} />
            }
            <polygon class="radar-area" points={svg_points(&radar_points(levels, cx, c, RADIUS))} />
            for (i, factor) in Factor::ALL.iter().enumerate() {
                {{
                    let l = radar_label(i, cx, c, RADIUS, 14.0);
                    html! {
                        <text class="radar-label" x={coordinate(l.x)} y={coordinate(l.y)} text-anchor={l.anchor.svg()}>
                            { factor.short_name(lang) }
                        </text>
                    }
                }}
            }
        </svg>
    }
}
