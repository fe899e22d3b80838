//! The KPI inputs: an NPS period from counts or pasted raw answers, a referral period, the
//! loyalty segment counts, the brand funnel's figures. The reducer checks everything; a
//! refusal (bad answer lines, a taken period name) shows in the error banner.

use kontaktpunkt_core::domain::action::Action;
use kontaktpunkt_core::domain::model::{LoyaltyCounts, LoyaltySegment, ReferralPeriod};
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
use crate::store::{use_dispatcher, use_reading, ModelRef, StoreExt};

mod funnel_form;
mod loyalty_form;
mod nps_form;
mod referral_form;

pub use funnel_form::FunnelForm;
pub use loyalty_form::LoyaltyForm;
pub use nps_form::NpsForm;
pub use referral_form::ReferralForm;

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

#[derive(Properties, PartialEq)]
pub struct KpiFormProps {
    pub model: ModelRef,
    pub lang: Lang,
}
