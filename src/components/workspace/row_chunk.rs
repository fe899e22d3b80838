//! A run of inventory rows as one component: an edit renders again only the run that holds
//! the changed touchpoint, so the cost of an edit does not grow with the list.

use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::components::workspace::touchpoint_row::{TouchpointRef, TouchpointRow};
use crate::store::{Dispatcher, ModelRef};

/// Rows per run: small enough that one run renders fast, large enough that the list has few.
pub const ROWS_PER_CHUNK: usize = 50;

/// What one row shows; cheap to build and to compare (shared touchpoint, shared stage name).
#[derive(Clone, PartialEq)]
pub struct RowData {
    pub touchpoint: TouchpointRef,
    pub stage_name: AttrValue,
    /// Empty without an owner.
    pub owner_name: AttrValue,
    pub is_key: bool,
    pub open: bool,
    pub first: bool,
    pub last: bool,
    pub index: usize,
}

#[derive(Properties, PartialEq)]
pub struct RowChunkProps {
    pub rows: Vec<RowData>,
    pub lang: Lang,
    pub dispatcher: Dispatcher,
    /// The model, only for a run that holds the open row (its editor needs it).
    #[prop_or_default]
    pub model: Option<ModelRef>,
}

#[component]
pub fn RowChunk(props: &RowChunkProps) -> Html {
    html! {
        for row in props.rows.iter() {
            <TouchpointRow key={row.touchpoint.0.id}
                touchpoint={row.touchpoint.clone()}
                stage_name={row.stage_name.clone()}
                owner_name={row.owner_name.clone()}
                lang={props.lang}
                is_key={row.is_key}
                open={row.open}
                first={row.first}
                last={row.last}
                index={row.index}
                dispatcher={props.dispatcher.clone()}
                model={row.open.then(|| props.model.clone()).flatten()}
            />
        }
    }
}
