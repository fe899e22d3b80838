use std::rc::Rc;

use kontaktpunkt_core::domain::library::STARTER_LIBRARY;
use kontaktpunkt_core::domain::model::default_stages;
use kontaktpunkt_core::selfcheck::embed::{EmbedConfig, WidgetMessage};
use kontaktpunkt_core::selfcheck::{texts, Factor, Rating, SelfCheck, Step};
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::components::selfcheck::selfcheck_result::{AdviceState, SelfCheckResultView};
use crate::components::widgets::rating_input::RatingInput;
use crate::storage;
use crate::store::selfcheck::{CheckAction, CheckState};

type Change = Callback<CheckAction>;

#[derive(Properties, PartialEq)]
pub struct SelfCheckViewProps {
    pub lang: Lang,
    /// Set when the check runs as a widget on a host page.
    #[prop_or_default]
    pub embed: Option<Rc<EmbedConfig>>,
    /// See [`SelfCheckResultView`]'s prop of the same name.
    #[prop_or_default]
    pub on_open_in_workspace: Option<Callback<SelfCheck>>,
    /// The recommendations: built into the app; the widget loads them after its first render.
    pub advice: AdviceState,
}

/// The guided self-check: maturity questions, a quick touchpoint check, the result.
/// Every change is stored at once, so a reload resumes where the prospect was.
#[component]
pub fn SelfCheckView(props: &SelfCheckViewProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let state = use_reducer(|| CheckState::new(storage::load_selfcheck()));
    let check = &state.check;

    // Every change is stored at once; what was loaded or last stored is not written again.
    {
        let stored = use_mut_ref(|| check.clone());
        use_effect_with(check.clone(), move |check| {
            if *stored.borrow() != *check && storage::save_selfcheck(check) {
                *stored.borrow_mut() = check.clone();
            }
        });
    }

    // Tell the host once the prospect reaches the result.
    {
        let embed = props.embed.clone();
        let at_result = check.step() == Step::Result;
        let check = check.clone();
        use_effect_with(at_result, move |at_result| {
            if let (true, Some(config)) = (*at_result, embed) {
                let result = check.result(lang);
                crate::embed::post(
                    &config,
                    &kontaktpunkt_core::selfcheck::embed::completed_message(&result, &config, None),
                );
            }
        });
    }

    // A new step (question, result) asks the host to show the frame's top: its page would
    // otherwise stay where "Next" was pressed, in the middle or at the foot of the new step.
    {
        let (embed, first) = (props.embed.clone(), use_mut_ref(|| true));
        use_effect_with(check.step_index(), move |_| {
            if !first.replace(false) {
                if let Some(config) = embed {
                    crate::embed::post(&config, &WidgetMessage::Scroll);
                }
            }
        });
    }

    let change: Change = {
        let state = state.clone();
        Callback::from(move |action: CheckAction| state.dispatch(action))
    };
    let act = |action: CheckAction| change.reform(move |_: MouseEvent| action);
    let back = act(CheckAction::Back);
    let next = act(CheckAction::Next);
    let restart = act(CheckAction::Restart);

    let (done, total) = check.progress();
    let step = check.step();
    let body = match step {
        Step::Question(factor) => question(lang, check, factor, &change),
        Step::PickTouchpoints => pick(lang, check, &change),
        Step::RateTouchpoints => rate(lang, check, &change),
        Step::Result => html! {
            <SelfCheckResultView check={check.clone()} {lang} advice={props.advice.clone()} embed={props.embed.clone()}
                on_open_in_workspace={props.on_open_in_workspace.clone()} />
        },
    };
    let next_label = match check.next_step() {
        Ok(Step::Result) => t.show_result,
        _ => t.next,
    };
    let title = props
        .embed
        .as_ref()
        .and_then(|e| e.title.clone())
        .unwrap_or_else(|| t.title.to_string());
    html! {
        <section class="selfcheck" aria-labelledby="selfcheck-title">
            <h1 id="selfcheck-title">{ title }</h1>
            if !check.is_started() {
                <p class="selfcheck-intro">{ t.intro }</p>
                <p class="selfcheck-privacy">{ t.privacy_note }</p>
            }
            <div class="progress">
                <label for="selfcheck-progress">{ t.step_of((step.index() + 1).min(total), total) }</label>
                <progress id="selfcheck-progress" max={total.to_string()} value={done.to_string()}
                    aria-label={t.progress_label}>{ format!("{done}/{total}") }</progress>
            </div>
            { body }
            if let Some(e) = state.problem.clone() {
                <p class="selfcheck-problem" role="alert">{ t.error(&e) }</p>
            }
            <div class="actions actions-left selfcheck-nav">
                if step.index() > 0 {
                    <button type="button" class="button-quiet" onclick={back}>{ t.back }</button>
                }
                if step != Step::Result {
                    <button type="button" class="button-primary" onclick={next}>{ next_label }</button>
                } else {
                    <button type="button" class="button-quiet" onclick={restart}>{ t.restart }</button>
                }
            </div>
        </section>
    }
}

/// One maturity question with its five worded levels as radio buttons.
fn question(lang: Lang, check: &SelfCheck, factor: Factor, change: &Change) -> Html {
    let t = texts(lang);
    let current = check.answer_of(factor);
    let n = factor.index() + 1;
    html! {
        <fieldset class="question" key={factor.key()}>
            <legend>
                <span class="question-count">{ format!("{} · {}", t.part_maturity, t.question_of(n, Factor::ALL.len())) }</span>
                <span class="question-factor">{ factor.name(lang) }</span>
            </legend>
            <p class="question-explanation">{ factor.explanation(lang) }</p>
            <p class="question-text">{ factor.question(lang) }</p>
            <div class="levels">
                for (level, text) in factor.levels(lang).iter().enumerate() {
                    {{
                        let level = level as u8;
                        let onchange = change.reform(move |_: Event| CheckAction::Answer(factor, level));
                        html! {
                            <label class="level">
                                <input type="radio" name={format!("q-{}", factor.key())}
                                    checked={current == Some(level)} {onchange} />
                                <span class="level-number">{ level }</span>
                                <span class="level-text">{ *text }</span>
                            </label>
                        }
                    }}
                }
            </div>
        </fieldset>
    }
}

/// Up to twelve touchpoints from the starter library, grouped by stage.
fn pick(lang: Lang, check: &SelfCheck, change: &Change) -> Html {
    let t = texts(lang);
    let full = check.touchpoints().len() >= kontaktpunkt_core::selfcheck::MAX_QUICK_TOUCHPOINTS;
    html! {
        <div class="pick">
            <h2>{ t.part_touchpoints }{ ": " }{ t.pick_title }</h2>
            <p>{ t.pick_help }</p>
            <p class="pick-count" role="status">{ t.picked_of(check.touchpoints().len()) }</p>
            if check.touchpoints().is_empty() {
                <p class="pick-hint">{ t.pick_skip_hint }</p>
            }
            for (key, stage_name) in default_stages(lang) {
                <fieldset class="library-stage">
                    <legend>{ stage_name }</legend>
                    for (i, item) in STARTER_LIBRARY.iter().enumerate().filter(|(_, s)| s.stage == key) {
                        {{
                            let picked = check.is_picked(i);
                            let onchange = change.reform(move |_: Event| CheckAction::Toggle(i));
                            html! {
                                <label class="check library-item">
                                    <input type="checkbox" checked={picked} disabled={full && !picked} {onchange} />
                                    { item.name(lang) }
                                </label>
                            }
                        }}
                    }
                </fieldset>
            }
        </div>
    }
}

/// Importance, Ist and Soll of each picked touchpoint, with the app's rating controls.
fn rate(lang: Lang, check: &SelfCheck, change: &Change) -> Html {
    let t = texts(lang);
    let scale: Vec<(i8, &'static str)> = (-2..=2i8)
        .map(|v| (v, t.experience_word(v).unwrap_or("")))
        .collect();
    let importance: Vec<(i8, &'static str)> = (1..=5u8)
        .map(|v| (v as i8, t.importance_word(v).unwrap_or("")))
        .collect();
    let on = |i: usize, make: fn(i8) -> Rating| {
        change.reform(move |v: i8| CheckAction::Rate(i, make(v)))
    };
    html! {
        <div class="rate">
            <h2>{ t.part_touchpoints }{ ": " }{ t.rate_title }</h2>
            <p>{ t.rate_help }</p>
            <p class="chart-help">{ t.ist_help }{ " " }{ t.soll_help }</p>
            <ul class="tp-list">
                for tp in check.touchpoints().iter() {
                    <li class="tp-row" key={tp.library_index}>
                        <div class="tp-head"><strong>{ tp.name(lang) }</strong></div>
                        <div class="tp-ratings">
                            <RatingInput name={format!("sc-imp-{}", tp.library_index)} legend={t.importance}
                                options={importance.clone()} value={Some(tp.importance as i8)}
                                on_change={on(tp.library_index, |v| Rating::Importance(v as u8))} />
                            <RatingInput name={format!("sc-ist-{}", tp.library_index)} legend={t.ist} signed=true
                                options={scale.clone()} value={tp.ist}
                                on_change={on(tp.library_index, |v| Rating::Ist(Some(v)))} />
                            <RatingInput name={format!("sc-soll-{}", tp.library_index)} legend={t.soll} signed=true
                                options={scale.clone()} value={tp.soll}
                                on_change={on(tp.library_index, |v| Rating::Soll(Some(v)))} />
                        </div>
                    </li>
                }
            </ul>
        </div>
    }
}
