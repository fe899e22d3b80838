//! Ids that never collide between copies of a model.
//!
//! A counter alone (`1, 2, 3 …`) hands out the same ids in two tabs or two offices that add
//! offline. So each copy that edits a model draws a random replica number (per tab, 32 bits,
//! like a Yjs client id) and hands out ids from its own block: `replica << 20 | counter`. Ids
//! below 2^20 (block 0) are the ones models and links had before; they stay as they are.
//! Every id is below 2^52, so it is exact as a JavaScript number too.
//!
//! Share links (`kp1`) carry ids below 2^32: a model with ids from replica blocks is written
//! with its ids renumbered ([`Model::with_compact_ids`]); the link opens as a copy anyway.

use std::collections::HashMap;
use std::rc::Rc;

pub use crate::domain::model::{block, block_start, COUNTER_BITS, MAX_ID};
use crate::domain::model::{Id, Model};
use crate::domain::tracking::SnapshotRating;

impl Model {
    /// Every id the model uses: touchpoints, measures, snapshots.
    pub fn ids(&self) -> impl Iterator<Item = Id> + '_ {
        let tps = self.touchpoints.iter().map(|t| t.id);
        let measures = self.measures.iter().map(|m| m.id);
        tps.chain(measures)
            .chain(self.snapshots.iter().map(|s| s.id))
    }

    /// The next id this copy hands out when its replica is `replica` (0: the plain counter).
    pub fn next_id_for(&self, replica: u32) -> Id {
        if replica == 0 || block(self.next_id) == u64::from(replica) {
            return self.next_id;
        }
        let used = self
            .ids()
            .filter(|&id| block(id) == u64::from(replica))
            .max();
        used.map_or(block_start(replica), |id| id + 1)
    }

    /// Hands out ids from `replica`'s block from now on.
    pub fn claim_ids(&mut self, replica: u32) {
        self.next_id = self.next_id_for(replica);
    }

    /// No id at or past 2^32 (what a `kp1` link carries).
    pub fn has_compact_ids(&self) -> bool {
        self.ids()
            .chain([self.next_id.saturating_sub(1)])
            .all(|id| id <= Id::from(u32::MAX))
    }

    /// The model with its ids renumbered from 1 in order (touchpoints, measures, snapshots),
    /// every reference kept: measures' touchpoints and snapshots' ratings (a rating of a
    /// touchpoint deleted since gets a number of its own).
    pub fn with_compact_ids(&self) -> Model {
        let mut map: HashMap<Id, Id> = HashMap::new();
        let mut next: Id = 1;
        let mut number = |id: Id, map: &mut HashMap<Id, Id>| {
            *map.entry(id).or_insert_with(|| {
                next += 1;
                next - 1
            })
        };
        let mut m = self.clone();
        for t in m.touchpoints.iter_mut() {
            t.id = number(t.id, &mut map);
        }
        for s in m.snapshots.iter_mut() {
            let ratings: Vec<SnapshotRating> = s
                .ratings
                .iter()
                .map(|r| SnapshotRating {
                    touchpoint: number(r.touchpoint, &mut map),
                    ..r.clone()
                })
                .collect();
            s.ratings = Rc::from(ratings);
        }
        for measure in m.measures.iter_mut() {
            measure.id = number(measure.id, &mut map);
            for t in &mut measure.touchpoints {
                *t = number(*t, &mut map);
            }
        }
        for s in m.snapshots.iter_mut() {
            s.id = number(s.id, &mut map);
        }
        m.next_id = next;
        m
    }
}
