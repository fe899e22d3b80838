//! The KPI inputs: an NPS period from counts or pasted raw answers, a referral period, the
//! loyalty segment counts, the brand funnel's figures. The reducer checks everything; a
//! refusal (bad answer lines, a taken period name) shows in the error banner.

use kontaktpunkt_core::domain::action::Action;
use kontaktpunkt_core::domain::model::{LoyaltyCounts, ReferralPeriod};
use kontaktpunkt_core::figures::analysis::nps;
use kontaktpunkt_core::figures::kpis::{
    nps_counts_from_text, FunnelSide, FunnelStage, NpsAnswers, NpsInput,
};
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::components::kpis::kpi_charts::{funnel_columns, nps_text};
use crate::components::widgets::draft_input::DraftInput;
use crate::components::{event_value, scroll_wrap, table_head, toggle_button};
use crate::format::parse_count;
use crate::store::{use_store, ModelRef, StoreExt};

/// A labelled input bound to a text state.
fn text_field(id: &str, label: &str, kind: &str, state: &UseStateHandle<String>) -> Html {
    let s = state.clone();
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label.to_string() }</label>
            <input id={id.to_string()} type={kind.to_string()} min={(kind == "number").then_some("0")} step={(kind == "number").then_some("1")}
                value={(**state).clone()} oninput={Callback::from(move |e: InputEvent| s.set(event_value(&e)))} />
        </div>
    }
}

/// Empties the fields once the list they add to has grown, i.e. the add went through; a
/// refused add keeps them for fixing.
#[hook]
fn use_clear_on_growth(len: usize, fields: Vec<UseStateHandle<String>>) {
    let last = use_mut_ref(|| len);
    use_effect_with(len, move |len| {
        if *len > *last.borrow() {
            for f in &fields {
                f.set(String::new());
            }
        }
        *last.borrow_mut() = *len;
    });
}

fn count_error(show: bool, message: &str) -> Html {
    html! {
        if show { <p class="form-error" role="alert">{ message.to_string() }</p> }
    }
}

/// A new NPS period: counts of promoters, passives and detractors, or one raw 0..10 answer
/// per line with a live preview.
#[component]
pub fn NpsForm() -> Html {
    let store = use_store();
    let lang = store.lang;
    let texts = lang.texts();
    let raw = use_state(|| true);
    let period = use_state(String::new);
    let answers = use_state(String::new);
    let counts = [
        use_state(String::new),
        use_state(String::new),
        use_state(String::new),
    ];
    let bad_count = use_state(|| false);
    use_clear_on_growth(
        store.model().kpis.nps.len(),
        vec![period.clone(), answers.clone()],
    );
    let preview =
        (*raw && !answers.trim().is_empty()).then(|| match nps_counts_from_text(&answers) {
            Ok((p, n, d)) => format!(
                "{}: {p} · {}: {n} · {}: {d} · {}: {}",
                texts.promoters,
                texts.passives,
                texts.detractors,
                texts.nps,
                nps_text(lang, nps(p, n, d))
            ),
            Err(e) => texts.error(&e),
        });
    let on_submit = {
        let (store, raw, period, answers, counts, bad_count) = (
            store.clone(),
            raw.clone(),
            period.clone(),
            answers.clone(),
            counts.clone(),
            bad_count.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let answers_in = if *raw {
                NpsAnswers::Raw((*answers).clone())
            } else {
                let [Some(promoters), Some(passives), Some(detractors)] =
                    counts.each_ref().map(|c| parse_count(c))
                else {
                    bad_count.set(true);
                    return;
                };
                NpsAnswers::Counts {
                    promoters,
                    passives,
                    detractors,
                }
            };
            bad_count.set(false);
            store.act(Action::AddNpsPeriod(NpsInput {
                period: (*period).clone(),
                answers: answers_in,
            }));
        })
    };
    let mode = |to_raw: bool| {
        let raw = raw.clone();
        Callback::from(move |_: MouseEvent| raw.set(to_raw))
    };
    let a = answers.clone();
    html! {
        <form class="kpi-form" onsubmit={on_submit} aria-label={texts.add_nps_period}>
            <div class="toggle-group" role="group" aria-label={texts.nps_input_mode}>
                { toggle_button(texts.nps_mode_raw, *raw, mode(true)) }
                { toggle_button(texts.nps_mode_counts, !*raw, mode(false)) }
            </div>
            <div class="field-row">
                { text_field("nps-period", texts.period, "text", &period) }
                if !*raw {
                    { text_field("nps-promoters", texts.promoters, "number", &counts[0]) }
                    { text_field("nps-passives", texts.passives, "number", &counts[1]) }
                    { text_field("nps-detractors", texts.detractors, "number", &counts[2]) }
                }
            </div>
            if *raw {
                <div class="field field-wide">
                    <label for="nps-answers">{ texts.nps_answers }</label>
                    <textarea id="nps-answers" rows="6" value={(*answers).clone()} aria-describedby="nps-preview"
                        oninput={Callback::from(move |e: InputEvent| a.set(event_value(&e)))} />
                </div>
                <p id="nps-preview" class="nps-preview" aria-live="polite">
                    if let Some(p) = preview { { texts.nps_preview }{ ": " }{ p } }
                </p>
            }
            { count_error(*bad_count, texts.whole_numbers) }
            <button type="submit" class="button-primary">{ texts.add_nps_period }</button>
        </form>
    }
}

/// A new referral period: new customers, and how many came through a referral.
#[component]
pub fn ReferralForm() -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let period = use_state(String::new);
    let referred = use_state(String::new);
    let new_customers = use_state(String::new);
    let bad_count = use_state(|| false);
    use_clear_on_growth(
        store.model().kpis.referrals.len(),
        vec![period.clone(), referred.clone(), new_customers.clone()],
    );
    let on_submit = {
        let (store, period, referred, new_customers, bad_count) = (
            store.clone(),
            period.clone(),
            referred.clone(),
            new_customers.clone(),
            bad_count.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(r), Some(n)) = (parse_count(&referred), parse_count(&new_customers)) else {
                bad_count.set(true);
                return;
            };
            bad_count.set(false);
            store.act(Action::AddReferralPeriod(ReferralPeriod {
                period: (*period).clone(),
                referred: r,
                new_customers: n,
            }));
        })
    };
    html! {
        <form class="kpi-form" onsubmit={on_submit} aria-label={texts.add_referral_period}>
            <div class="field-row">
                { text_field("referral-period", texts.period, "text", &period) }
                { text_field("referral-new", texts.new_customers, "number", &new_customers) }
                { text_field("referral-referred", texts.referred, "number", &referred) }
            </div>
            { count_error(*bad_count, texts.whole_numbers) }
            <button type="submit" class="button-primary">{ texts.add_referral_period }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct KpiFormProps {
    pub model: ModelRef,
    pub lang: Lang,
}

/// The customers counted in each of the six loyalty segments; a change applies at once.
#[component]
pub fn LoyaltyForm(props: &KpiFormProps) -> Html {
    let texts = props.lang.texts();
    let store = use_store();
    let values = props.model.kpis.loyalty.to_array();
    html! {
        <div class="field-row loyalty-form">
            for (i, name) in texts.loyalty_segments.iter().enumerate() {
                {{
                    let current = values;
                    let on_change = store.callback(move |text: String| {
                        let mut v = current;
                        // An empty or unreadable field counts nobody in the segment.
                        v[i] = parse_count(&text).unwrap_or(0);
                        Action::SetLoyalty(LoyaltyCounts::from_array(v))
                    });
                    html! {
                        <div class="field">
                            <label for={format!("loyalty-{i}")}>{ *name }</label>
                            <DraftInput id={format!("loyalty-{i}")} kind="number" value={values[i].to_string()} on_commit={on_change} />
                        </div>
                    }
                }}
            }
        </div>
    }
}

/// The funnel's figures per stage, ours and optionally a named competitor's.
#[component]
pub fn FunnelForm(props: &KpiFormProps) -> Html {
    let texts = props.lang.texts();
    let store = use_store();
    let funnel = &props.model.kpis.funnel;
    let figure = |side: FunnelSide, stage: FunnelStage, value: Option<u32>, who: &str| {
        let id = format!(
            "funnel-{}-{}",
            if side == FunnelSide::Ours {
                "ours"
            } else {
                "theirs"
            },
            stage.key()
        );
        html! {
            <td>
                <label for={id.clone()} class="visually-hidden">{ format!("{} · {who}", texts.funnel_stage(stage)) }</label>
                <DraftInput {id} kind="number" value={value.map(|v| v.to_string()).unwrap_or_default()}
                    on_commit={store.callback(move |v: String| Action::SetFunnelFigure { side, stage, value: parse_count(&v) })} />
            </td>
        }
    };
    let competitor = funnel.competitor.as_ref();
    html! {
        <div class="funnel-form">
            <div class="field-row">
                <div class="field">
                    <label for="funnel-competitor">{ texts.competitor_name }</label>
                    <DraftInput id="funnel-competitor" value={competitor.map(|c| c.name.clone()).unwrap_or_default()}
                        on_commit={store.callback(|v: String| Action::SetCompetitor(Some(v)))} />
                </div>
                if competitor.is_some() {
                    <button type="button" class="button-quiet no-print" onclick={store.callback(|_: MouseEvent| Action::SetCompetitor(None))}>{ texts.remove_competitor }</button>
                }
            </div>
            { scroll_wrap(texts.funnel_title, html! {
                <table class="funnel-table">
                    { table_head(&funnel_columns(texts, competitor), None) }
                    <tbody>
                        for stage in FunnelStage::ALL.iter().copied() {
                            <tr>
                                <th scope="row">{ texts.funnel_stage(stage) }</th>
                                { figure(FunnelSide::Ours, stage, funnel.ours[stage.index()], texts.ours) }
                                if let Some(c) = competitor {
                                    { figure(FunnelSide::Competitor, stage, c.figures[stage.index()], &c.name) }
                                }
                            </tr>
                        }
                    </tbody>
                </table>
            }) }
        </div>
    }
}
