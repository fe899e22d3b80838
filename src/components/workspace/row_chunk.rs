//! A run of inventory rows as one component and one list: the rows of one chunk of the
//! model's shared touchpoint list. An edit copies one chunk, so every other run sees its chunk
//! unchanged by one pointer and is neither built nor rendered again, and a full run off screen
//! is skipped by the browser as one box (`.tp-run-full`): the cost of an edit does not grow
//! with the list.

use std::rc::Rc;

use kontaktpunkt_core::domain::model::{Id, Touchpoint};
use kontaktpunkt_core::domain::shared::{List, CHUNK};
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::components::workspace::touchpoint_row::{TouchpointRef, TouchpointRow};
use crate::store::{Dispatcher, ModelRef};

/// Rows per run: one chunk of the model's list (64), so a run compares by one pointer.
pub const ROWS_PER_RUN: usize = CHUNK;

/// Stage and owner names by key, shared by every run of one render.
#[derive(PartialEq)]
pub struct RowNames {
    pub stages: Vec<(String, AttrValue)>,
    pub owners: Vec<(String, AttrValue)>,
}

impl RowNames {
    fn find(names: &[(String, AttrValue)], key: &str) -> Option<AttrValue> {
        // A handful of names: a scan is cheaper than hashing the key for every row.
        names.iter().find(|(k, _)| k == key).map(|(_, n)| n.clone())
    }
}

#[derive(Properties)]
pub struct RowChunkProps {
    /// Which chunk of the list: rows `run * ROWS_PER_RUN ..`.
    pub run: usize,
    pub touchpoints: List<Touchpoint>,
    /// Positions in the model of the rows shown (those the filter lets through), in order.
    pub members: Vec<usize>,
    /// Bit `i % ROWS_PER_RUN` is set when row `i` is a key touchpoint.
    pub key_bits: u64,
    pub names: Rc<RowNames>,
    /// The open row's id, only when it is in this run.
    #[prop_or_default]
    pub open: Option<Id>,
    /// The model's last position, only when it is in this run (its row cannot move down).
    #[prop_or_default]
    pub last: Option<usize>,
    pub lang: Lang,
    pub dispatcher: Dispatcher,
    /// The model, only for a run that holds the open row (its editor needs it).
    #[prop_or_default]
    pub model: Option<ModelRef>,
}

impl PartialEq for RowChunkProps {
    fn eq(&self, other: &Self) -> bool {
        self.run == other.run
            && self.touchpoints.chunk_ptr_eq(&other.touchpoints, self.run)
            && self.members == other.members
            && self.key_bits == other.key_bits
            && (Rc::ptr_eq(&self.names, &other.names) || self.names == other.names)
            && self.open == other.open
            && self.last == other.last
            && self.lang == other.lang
            && self.dispatcher == other.dispatcher
            && self.model == other.model
    }
}

#[component]
pub fn RowChunk(props: &RowChunkProps) -> Html {
    let names = &props.names;
    // Each row is the loop's direct child, keyed by its touchpoint: a row that stays in the
    // list (a search narrows or widens it) keeps its DOM instead of being built again.
    let rows = props
        .members
        .iter()
        .filter_map(|&i| Some((i, props.touchpoints.get_rc(i)?)))
        .map(|(i, shared)| (i, shared, props.open == Some(shared.id)));
    let full = props.members.len() == ROWS_PER_RUN;
    html! {
        <ul class={classes!("tp-run", full.then_some("tp-run-full"))}>
        for (i, shared, open) in rows {
            <TouchpointRow key={shared.id}
                touchpoint={TouchpointRef(shared.clone())}
                stage_name={RowNames::find(&names.stages, &shared.stage)
                    .unwrap_or_else(|| AttrValue::from(shared.stage.clone()))}
                owner_name={shared.owner.as_deref()
                    .and_then(|o| RowNames::find(&names.owners, o))
                    .unwrap_or_default()}
                lang={props.lang}
                is_key={props.key_bits >> (i % ROWS_PER_RUN) & 1 == 1}
                {open}
                first={i == 0}
                last={props.last == Some(i)}
                index={i}
                dispatcher={props.dispatcher.clone()}
                model={open.then(|| props.model.clone()).flatten()}
            />
        }
        </ul>
    }
}
