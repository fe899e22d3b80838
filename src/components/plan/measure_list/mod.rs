//! The measures of the plan as a status board or a table, in plan order (`plan::
//! measures_in_plan_order`): quick wins first and flagged, overdue measures highlighted.

use std::collections::HashSet;

use kontaktpunkt_core::domain::model::{Id, Measure, Model, Scenario};
use kontaktpunkt_core::figures::plan::{by_status, PlannedMeasure};
use kontaktpunkt_core::{Lang, Texts};
use yew::prelude::*;

use crate::components::{scroll_wrap, table_head};
use crate::format::{date_text, signed};
use crate::store::ModelRef;

mod measure_board;
mod measure_table;

pub use measure_board::MeasureBoard;
pub use measure_table::MeasureTable;

#[derive(Properties, PartialEq)]
pub struct MeasureListProps {
    pub model: ModelRef,
    pub lang: Lang,
    /// The measures to show, in plan order (already filtered by owner).
    pub plan: Vec<PlannedMeasure>,
    /// Today as `YYYY-MM-DD`, for the board's columns.
    pub today: AttrValue,
    /// Offers an edit button per measure when set.
    #[prop_or_default]
    pub on_edit: Option<Callback<Id>>,
}

/// The owner's name, or "no owner".
pub fn owner_text(model: &Model, owner: Option<&str>, texts: &Texts) -> String {
    owner.map_or_else(
        || texts.common.no_owner.to_string(),
        |key| model.owner_name(key).to_string(),
    )
}

/// The names of the measure's touchpoints, comma-separated.
fn touchpoint_names(model: &Model, measure: &Measure) -> String {
    measure
        .touchpoints
        .iter()
        .filter_map(|id| model.touchpoint(*id))
        .map(|tp| tp.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Expected Ist per scenario: "+2 / +1 / 0", with "–" where not set.
fn scenarios_text(measure: &Measure) -> String {
    [Scenario::Best, Scenario::Realistic, Scenario::Worst]
        .iter()
        .map(|s| {
            measure
                .expected
                .get(*s)
                .map_or_else(|| "–".to_string(), |e| signed(e.value()))
        })
        .collect::<Vec<_>>()
        .join(" / ")
}

fn badges(p: &PlannedMeasure, texts: &Texts) -> Html {
    html! {
        <>
            if p.quick_win { <span class="badge badge-quick-win">{ texts.plan.quick_win }</span> }
            if p.overdue { <span class="badge badge-overdue">{ texts.plan.overdue }</span> }
        </>
    }
}

fn edit_button(on_edit: &Option<Callback<Id>>, measure: &Measure, texts: &Texts) -> Html {
    let Some(on_edit) = on_edit.clone() else {
        return Html::default();
    };
    let id = measure.id;
    html! {
        <button type="button" class="button-quiet no-print" aria-label={format!("{}: {}", texts.common.edit, measure.title)}
            onclick={Callback::from(move |_: MouseEvent| on_edit.emit(id))}>{ texts.common.edit }</button>
    }
}

fn due_text(measure: &Measure, lang: Lang) -> String {
    measure
        .due
        .as_deref()
        .map_or_else(|| "–".to_string(), |d| date_text(lang, d))
}
