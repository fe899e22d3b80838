//! One touchpoint of the round: its name, stage and (if sent) description, the questions the
//! round asks on scales in words, "not experienced", a comment, and Back / Next.

use kontaktpunkt_core::domain::model::{Experience, Importance};
use kontaktpunkt_core::rounds::rater::Draft;
use kontaktpunkt_core::rounds::Rating;
use kontaktpunkt_core::text::rate::rate_texts;
use kontaktpunkt_core::text::words::{experience_word, importance_word};
use kontaktpunkt_core::Lang;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::SharedRound;

use crate::browser;
use crate::components::widgets::rating_input::RatingInput;

#[derive(Properties, PartialEq)]
pub struct TouchpointCardProps {
    pub round: SharedRound,
    pub draft: Draft,
    pub lang: Lang,
    pub on_change: Callback<Draft>,
}

#[component]
pub fn TouchpointCard(props: &TouchpointCardProps) -> Html {
    let t = rate_texts(props.lang);
    let (round, draft) = (&props.round, &props.draft);
    let at = draft.at;
    let Some(tp) = round.touchpoints.get(at) else {
        return Html::default();
    };
    let rating = draft.answer.ratings.get(at).cloned().unwrap_or_default();
    // Every change makes a new draft with this touchpoint's rating edited.
    let edit = |f: fn(&mut Rating, i8)| {
        let (draft, on_change) = (draft.clone(), props.on_change.clone());
        Callback::from(move |v: i8| {
            let mut next = draft.clone();
            if let Some(r) = next.answer.ratings.get_mut(at) {
                f(r, v);
                r.not_experienced = false;
            }
            on_change.emit(next);
        })
    };
    let on_importance =
        edit(|r, v| r.importance = u8::try_from(v).ok().and_then(|v| Importance::new(v).ok()));
    let on_ist = edit(|r, v| r.ist = Experience::new(v).ok());
    let on_soll = edit(|r, v| r.soll = Experience::new(v).ok());
    let on_not_experienced = {
        let (draft, on_change) = (draft.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            let mut next = draft.clone();
            if let Some(r) = next.answer.ratings.get_mut(at) {
                r.not_experienced = on;
                if on {
                    (r.importance, r.ist, r.soll) = (None, None, None);
                }
            }
            on_change.emit(next);
        })
    };
    let on_comment = {
        let (draft, on_change) = (draft.clone(), props.on_change.clone());
        Callback::from(move |e: InputEvent| {
            let text: String = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            let mut next = draft.clone();
            if let Some(r) = next.answer.ratings.get_mut(at) {
                r.comment = text
                    .chars()
                    .take(kontaktpunkt_core::rounds::limits::MAX_COMMENT_CHARS)
                    .collect();
            }
            on_change.emit(next);
        })
    };
    let go = |to: usize| {
        let (draft, on_change) = (draft.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = draft.clone();
            next.at = to;
            // The time in seconds as the sequence: a later answer of this rater replaces an
            // earlier one. Stamped here, so the finished link stays the same on every render.
            next.answer.sequence = next.answer.sequence.max((browser::now() / 1000.0) as u64);
            on_change.emit(next);
        })
    };
    let importance: Vec<(i8, &'static str)> = Importance::ALL
        .iter()
        .map(|i| (i.value() as i8, importance_word(props.lang, *i)))
        .collect();
    let experience: Vec<(i8, &'static str)> = Experience::ALL
        .iter()
        .map(|e| (e.value(), experience_word(props.lang, *e)))
        .collect();
    let q = round.questions;
    let n = round.touchpoints.len();
    let last = at + 1 == n;
    html! {
        <section class="rate-card" aria-labelledby="rate-tp">
            <p class="rate-progress">{ t.progress(at + 1, n) }</p>
            <progress max={n.to_string()} value={(at + 1).to_string()} aria-hidden="true"></progress>
            <p class="rate-stage">{ round.stages.get(tp.stage).cloned().unwrap_or_default() }</p>
            <h2 id="rate-tp">{ &tp.name }</h2>
            if !tp.description.is_empty() {
                <p class="rate-description">{ &tp.description }</p>
            }
            if let Some(p) = tp.previous {
                <p class="rate-previous">{ t.previous(p.importance_x2, p.ist_x2) }</p>
            }
            if q.importance {
                <RatingInput name={format!("imp-{at}")} legend={t.importance} options={importance}
                    value={rating.importance.map(|i| i.value() as i8)} on_change={on_importance} />
            }
            if q.ist {
                <RatingInput name={format!("ist-{at}")} legend={t.ist} options={experience.clone()} signed=true
                    value={rating.ist.map(Experience::value)} on_change={on_ist} />
            }
            if q.soll {
                <RatingInput name={format!("soll-{at}")} legend={t.soll} options={experience} signed=true
                    value={rating.soll.map(Experience::value)} on_change={on_soll} />
            }
            <label class="rate-not-experienced">
                <input type="checkbox" checked={rating.not_experienced} onchange={on_not_experienced} />
                { " " }{ t.not_experienced }
            </label>
            if q.comment {
                <label class="rate-comment">{ t.comment }
                    <textarea value={rating.comment.clone()} oninput={on_comment} rows="2" />
                </label>
            }
            <div class="rate-nav">
                <button type="button" class="button-quiet" disabled={at == 0} onclick={go(at.saturating_sub(1))}>{ t.back }</button>
                <button type="button" class="button-primary" onclick={go(at + 1)}>{ if last { t.finish } else { t.next } }</button>
            </div>
        </section>
    }
}
