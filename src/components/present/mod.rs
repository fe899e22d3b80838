//! The presentation mode for the workshop's projector: a title slide, then one chart or
//! figure at a time, full screen where the browser allows (else the whole window), large type,
//! each slide fitting the screen without scrolling. Arrow keys and Page Up/Down move on, Escape
//! leaves; the navigation shows only while the pointer moves or after a key. A view of the
//! views module (`components::module`): ratings changed on a slide and a chart's point chosen
//! go to the app's store as commands, so the charts follow at once; the app leaves the
//! presentation for a chosen point, so that its editor is seen.

mod key_slide;
mod title_slide;

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use kontaktpunkt_core::Lang;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::components::charts::gap_chart::GapChart;
use crate::components::charts::index_summary::IndexSummary;
use crate::components::charts::ipa_chart::IpaChart;
use crate::components::charts::journey_chart::JourneyChart;
use crate::components::plan::measure_list::MeasureTable;
use crate::store::ModelRef;
use key_slide::KeySlide;
use title_slide::TitleSlide;

/// Rows a slide shows at most (key touchpoints, measures): more would not fit a projector's
/// screen in a type the room can read; the rest is in the report.
pub(crate) const SLIDE_ROWS: usize = 8;
/// How long the navigation stays after the last pointer move or key, in milliseconds.
const NAV_SHOWN_MS: u32 = 3_000;

/// The slides, in the order they are shown.
#[derive(Clone, Copy, PartialEq)]
enum Slide {
    Title,
    Summary,
    Journey,
    Matrix,
    Gaps,
    Keys,
    Measures,
}

const SLIDES: [Slide; 7] = [
    Slide::Title,
    Slide::Summary,
    Slide::Journey,
    Slide::Matrix,
    Slide::Gaps,
    Slide::Keys,
    Slide::Measures,
];

/// The shown slide's position; moves stop at the first and the last.
#[derive(Clone, Copy, PartialEq, Default)]
struct At(usize);

impl Reducible for At {
    type Action = isize;
    fn reduce(self: Rc<Self>, by: isize) -> Rc<Self> {
        Rc::new(At(self.0.saturating_add_signed(by).min(SLIDES.len() - 1)))
    }
}

#[derive(Properties, PartialEq)]
pub struct PresentationProps {
    pub model: ModelRef,
    pub lang: Lang,
    pub on_close: Callback<()>,
}

#[component]
pub fn Presentation(props: &PresentationProps) -> Html {
    let (lang, texts) = (props.lang, props.lang.texts());
    let at = use_reducer(At::default);
    let node = use_node_ref();
    // The navigation is hidden on the wall: shown while the pointer moves or after a key,
    // hidden again a moment later.
    let nav_shown = use_state(|| false);
    let nav_timer = use_mut_ref(|| None::<Timeout>);
    let show_nav = {
        let (nav_shown, nav_timer) = (nav_shown.clone(), nav_timer.clone());
        Callback::from(move |()| {
            nav_shown.set(true);
            let nav_shown = nav_shown.clone();
            *nav_timer.borrow_mut() =
                Some(Timeout::new(NAV_SHOWN_MS, move || nav_shown.set(false)));
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |()| {
            browser::leave_full_screen();
            on_close.emit(());
        })
    };
    {
        let (node, step, close, show_nav) = (
            node.clone(),
            at.dispatcher(),
            close.clone(),
            show_nav.clone(),
        );
        use_effect_with((), move |_| {
            if let Some(main) = node.cast::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
            let keys = web_sys::window().map(|window| {
                let options = EventListenerOptions::enable_prevent_default();
                let close = close.clone();
                EventListener::new_with_options(&window, "keydown", options, move |event| {
                    let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    show_nav.emit(());
                    let by = match (event.key().as_str(), in_field(event)) {
                        ("Escape", _) => {
                            close.emit(());
                            0
                        }
                        // In a rating the arrow keys choose the value.
                        ("ArrowRight", false) | ("PageDown", _) => 1,
                        ("ArrowLeft", false) | ("PageUp", _) => -1,
                        _ => return,
                    };
                    event.prevent_default();
                    if by != 0 {
                        step.dispatch(by);
                    }
                })
            });
            // Escape in real full screen is the browser's: it leaves full screen, and so does
            // the presentation.
            let exit = web_sys::window()
                .and_then(|w| w.document())
                .map(|document| {
                    let watched = document.clone();
                    EventListener::new(&document, "fullscreenchange", move |_| {
                        if watched.fullscreen_element().is_none() {
                            close.emit(());
                        }
                    })
                });
            move || drop((keys, exit))
        });
    }
    let slide = SLIDES[at.0.min(SLIDES.len() - 1)];
    let model = props.model.clone();
    let today = browser::today();
    let content = match slide {
        Slide::Title => html! { <TitleSlide model={model.clone()} {lang} /> },
        Slide::Summary => html! {
            <section class="chart-view" aria-labelledby="slide-summary">
                <h1 id="slide-summary">{ texts.slides.slide_summary }</h1>
                <IndexSummary {model} {lang} />
            </section>
        },
        Slide::Journey => html! { <JourneyChart {model} {lang} /> },
        Slide::Matrix => html! { <IpaChart {model} {lang} /> },
        Slide::Gaps => html! { <GapChart {model} {lang} rows={SLIDE_ROWS + 4} /> },
        Slide::Keys => html! { <KeySlide {model} {lang} /> },
        Slide::Measures => {
            let mut plan = kontaktpunkt_core::figures::plan::measures_in_plan_order(&model, &today);
            let total = plan.len();
            plan.truncate(SLIDE_ROWS);
            html! {
                <section class="chart-view" aria-labelledby="slide-measures">
                    <h1 id="slide-measures">{ texts.slides.slide_measures }</h1>
                    if plan.is_empty() {
                        <p>{ texts.plan.no_measures_planned }</p>
                    } else {
                        <MeasureTable {model} {lang} {plan} {today} />
                    }
                    if total > SLIDE_ROWS {
                        <p class="slide-more">{ texts.slides.more_in_report(SLIDE_ROWS, total) }</p>
                    }
                </section>
            }
        }
    };
    let step = |by: isize| {
        let at = at.dispatcher();
        Callback::from(move |_: MouseEvent| at.dispatch(by))
    };
    let t = texts.slides;
    html! {
        <main id="main" class="presentation" tabindex="-1" ref={node} aria-label={t.presentation}
            data-slide={at.0.to_string()} onmousemove={show_nav.reform(|_: MouseEvent| ())}>
            <div class={classes!("slide-bar", nav_shown.then_some("is-shown"))}>
                <span class="slide-position" aria-live="polite">{ t.slide_of(at.0 + 1, SLIDES.len()) }</span>
                <span class="slide-keys">{ t.keys_help }</span>
                <button type="button" class="button-quiet" onclick={step(-1)} disabled={at.0 == 0}
                    aria-keyshortcuts="ArrowLeft PageUp">{ "← " }{ t.previous_slide }</button>
                <button type="button" class="button-quiet" onclick={step(1)} disabled={at.0 + 1 == SLIDES.len()}
                    aria-keyshortcuts="ArrowRight PageDown">{ t.next_slide }{ " →" }</button>
                <button type="button" class="button-primary" onclick={close.reform(|_: MouseEvent| ())}
                    aria-keyshortcuts="Escape">{ t.leave }</button>
            </div>
            <div class="slide">{ content }</div>
        </main>
    }
}

/// Whether the key goes to a form field, where the arrow keys have their own meaning.
fn in_field(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(
                el.tag_name().to_lowercase().as_str(),
                "input" | "select" | "textarea"
            )
        })
}
