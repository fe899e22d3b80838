//! `List<T>`: the model's big lists (touchpoints, measures, snapshots) with structural sharing.
//!
//! Items sit behind `Rc` in chunks of [`CHUNK`], and the chunk table behind one more `Rc`.
//! Cloning a list costs one pointer; editing one item copies the chunk table (n / 64 pointers),
//! one chunk (64 pointers) and the item itself, and every other item stays shared with the
//! previous model (and with the undo history). It serialises exactly like `Vec<T>`.
//!
//! Lookups by id go through an index built on first use and shared by every later version
//! until the list's shape changes (push, insert, remove, retain).

use std::cell::OnceCell;
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::domain::model::Id;

/// Items per chunk: small enough that copying one chunk is cheap, large enough that the chunk
/// table of 5,000 touchpoints is short.
pub const CHUNK: usize = 64;

/// An item with a stable id, found through the list's index.
pub trait Keyed {
    fn key(&self) -> Id;
}

type Chunk<T> = Rc<Vec<Rc<T>>>;

/// A list of shared items. Every chunk but the last holds exactly [`CHUNK`] items; no chunk
/// is empty. So item `i` is in chunk `i / CHUNK` at `i % CHUNK`.
pub struct List<T> {
    chunks: Rc<Vec<Chunk<T>>>,
    len: usize,
    /// Id to position; empty after a change of shape, filled by the next lookup.
    index: OnceCell<Rc<HashMap<Id, usize>>>,
}

impl<T> List<T> {
    pub fn new() -> Self {
        Self {
            chunks: Rc::new(Vec::new()),
            len: 0,
            index: OnceCell::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn get(&self, i: usize) -> Option<&T> {
        self.get_rc(i).map(|rc| &**rc)
    }

    /// The shared item itself, to compare by pointer (`Rc::ptr_eq`).
    pub fn get_rc(&self, i: usize) -> Option<&Rc<T>> {
        self.chunks.get(i / CHUNK)?.get(i % CHUNK)
    }

    pub fn first(&self) -> Option<&T> {
        self.get(0)
    }

    pub fn last(&self) -> Option<&T> {
        self.len.checked_sub(1).and_then(|i| self.get(i))
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter {
            list: self,
            front: 0,
            back: self.len,
        }
    }

    /// The shared items, to compare by pointer.
    pub fn iter_rc(&self) -> impl DoubleEndedIterator<Item = &Rc<T>> + '_ {
        self.chunks.iter().flat_map(|chunk| chunk.iter())
    }

    /// Whether both lists are the same version (one pointer compared, no items).
    pub fn ptr_eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.chunks, &other.chunks)
    }

    /// Whether item `i` of both lists is the same shared value.
    pub fn item_ptr_eq(&self, other: &Self, i: usize) -> bool {
        match (self.get_rc(i), other.get_rc(i)) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// Whether chunk `chunk` (items `chunk * CHUNK ..`) of both lists is the same shared run
    /// of items: one pointer compared for up to [`CHUNK`] items.
    pub fn chunk_ptr_eq(&self, other: &Self, chunk: usize) -> bool {
        match (self.chunks.get(chunk), other.chunks.get(chunk)) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        }
    }

    pub fn push(&mut self, item: T) {
        self.push_rc(Rc::new(item));
    }

    pub fn push_rc(&mut self, item: Rc<T>) {
        let chunks = Rc::make_mut(&mut self.chunks);
        match chunks.last_mut() {
            Some(last) if last.len() < CHUNK => Rc::make_mut(last).push(item),
            _ => chunks.push(Rc::new(vec![item])),
        }
        self.len += 1;
        self.index = OnceCell::new();
    }

    /// Inserts at `i`; past the end it appends. Copies only the chunks from `i` on.
    pub fn insert(&mut self, i: usize, item: T) {
        self.insert_rc(i, Rc::new(item));
    }

    pub fn insert_rc(&mut self, i: usize, item: Rc<T>) {
        let i = i.min(self.len);
        self.rebuild_from(i / CHUNK, |tail| tail.insert(i % CHUNK, item));
    }

    /// Removes item `i` and returns it; `None` (and no change) past the end.
    pub fn remove(&mut self, i: usize) -> Option<Rc<T>> {
        if i >= self.len {
            return None;
        }
        let mut removed = None;
        self.rebuild_from(i / CHUNK, |tail| removed = Some(tail.remove(i % CHUNK)));
        removed
    }

    /// Moves item `from` to position `to` (both must be below `len`); false if either is not.
    pub fn move_item(&mut self, from: usize, to: usize) -> bool {
        if from >= self.len || to >= self.len {
            return false;
        }
        let first = from.min(to) / CHUNK;
        let offset = first * CHUNK;
        self.rebuild_from(first, |tail| {
            let item = tail.remove(from - offset);
            tail.insert(to - offset, item);
        });
        true
    }

    /// Keeps the items `keep` accepts; copies nothing if it accepts all.
    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        let Some(first) = self.iter().position(|t| !keep(t)) else {
            return;
        };
        let chunk = first / CHUNK;
        let offset = chunk * CHUNK;
        self.rebuild_from(chunk, |tail| {
            let mut i = 0;
            tail.retain(|t| {
                // The first rejected item was already asked; ask each item once.
                let at = offset + i;
                i += 1;
                at != first && (at < first || keep(t))
            });
        });
    }

    /// Replaces chunks `chunk..` by what `f` makes of their items, re-chunked.
    fn rebuild_from(&mut self, chunk: usize, f: impl FnOnce(&mut Vec<Rc<T>>)) {
        let chunks = Rc::make_mut(&mut self.chunks);
        let chunk = chunk.min(chunks.len());
        let mut tail: Vec<Rc<T>> = Vec::with_capacity((chunks.len() - chunk + 1) * CHUNK);
        for c in chunks.drain(chunk..) {
            match Rc::try_unwrap(c) {
                Ok(items) => tail.extend(items),
                Err(shared) => tail.extend(shared.iter().cloned()),
            }
        }
        f(&mut tail);
        self.len = chunk * CHUNK + tail.len();
        let mut items = tail.into_iter();
        loop {
            let next: Vec<Rc<T>> = items.by_ref().take(CHUNK).collect();
            if next.is_empty() {
                break;
            }
            chunks.push(Rc::new(next));
        }
        self.index = OnceCell::new();
    }
}

impl<T: Clone> List<T> {
    /// Item `i` for editing: copies it (and its chunk) only if another version shares it.
    pub fn get_mut(&mut self, i: usize) -> Option<&mut T> {
        if i >= self.len {
            return None;
        }
        let chunks = Rc::make_mut(&mut self.chunks);
        let chunk = Rc::make_mut(chunks.get_mut(i / CHUNK)?);
        chunk.get_mut(i % CHUNK).map(Rc::make_mut)
    }

    /// Edits the items `pick` accepts with `edit`; the others stay shared.
    pub fn edit_where(&mut self, pick: impl Fn(&T) -> bool, mut edit: impl FnMut(&mut T)) {
        for i in 0..self.len {
            if self.get(i).is_some_and(&pick) {
                if let Some(item) = self.get_mut(i) {
                    edit(item);
                }
            }
        }
    }

    /// Every item for editing: copies each one another version shares. The reducer edits
    /// through [`List::edit_where`] instead, which copies only the items it changes.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut T> + '_ {
        Rc::make_mut(&mut self.chunks)
            .iter_mut()
            .flat_map(|chunk| Rc::make_mut(chunk).iter_mut().map(Rc::make_mut))
    }

    /// Swaps items `a` and `b`; false (and no change) if either is past the end.
    pub fn swap(&mut self, a: usize, b: usize) -> bool {
        let (Some(x), Some(y)) = (self.get_rc(a).cloned(), self.get_rc(b).cloned()) else {
            return false;
        };
        self.set_rc(a, y);
        self.set_rc(b, x);
        self.index = OnceCell::new();
        true
    }

    fn set_rc(&mut self, i: usize, item: Rc<T>) {
        let chunks = Rc::make_mut(&mut self.chunks);
        if let Some(slot) = chunks
            .get_mut(i / CHUNK)
            .and_then(|chunk| Rc::make_mut(chunk).get_mut(i % CHUNK))
        {
            *slot = item;
        }
    }

    /// The items as a plain vector (copies every item).
    pub fn to_vec(&self) -> Vec<T> {
        self.iter().cloned().collect()
    }
}

impl<T: Keyed> List<T> {
    /// The position of the item with this id.
    pub fn position_of(&self, id: Id) -> Option<usize> {
        let index = self.index.get_or_init(|| {
            let mut map = HashMap::with_capacity(self.len);
            for (i, t) in self.iter().enumerate() {
                map.entry(t.key()).or_insert(i);
            }
            Rc::new(map)
        });
        match index.get(&id) {
            Some(&i) if self.get(i).is_some_and(|t| t.key() == id) => Some(i),
            // `get_mut` may have changed an id since the index was built; ids are unique in
            // a valid model, so a scan is only needed then (and for ids that do not exist).
            _ => self.iter().position(|t| t.key() == id),
        }
    }

    pub fn find(&self, id: Id) -> Option<&T> {
        self.position_of(id).and_then(|i| self.get(i))
    }
}

impl<T: Keyed + Clone> List<T> {
    pub fn find_mut(&mut self, id: Id) -> Option<&mut T> {
        self.position_of(id).and_then(|i| self.get_mut(i))
    }
}

impl<T> Default for List<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> Clone for List<T> {
    fn clone(&self) -> Self {
        Self {
            chunks: Rc::clone(&self.chunks),
            len: self.len,
            index: self.index.clone(),
        }
    }
}

impl<T: PartialEq> PartialEq for List<T> {
    fn eq(&self, other: &Self) -> bool {
        self.ptr_eq(other)
            || (self.len == other.len
                && self
                    .iter_rc()
                    .zip(other.iter_rc())
                    .all(|(a, b)| Rc::ptr_eq(a, b) || **a == **b))
    }
}

impl<T: Eq> Eq for List<T> {}

impl<T: PartialEq> PartialEq<[T]> for List<T> {
    fn eq(&self, other: &[T]) -> bool {
        self.len == other.len() && self.iter().eq(other.iter())
    }
}

impl<T: PartialEq> PartialEq<Vec<T>> for List<T> {
    fn eq(&self, other: &Vec<T>) -> bool {
        *self == other[..]
    }
}

impl<T: PartialEq, const N: usize> PartialEq<[T; N]> for List<T> {
    fn eq(&self, other: &[T; N]) -> bool {
        *self == other[..]
    }
}

impl<T: fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T> std::ops::Index<usize> for List<T> {
    type Output = T;

    /// Like a `Vec`, this panics past the end; use [`List::get`] for positions from outside.
    fn index(&self, i: usize) -> &T {
        &self.chunks[i / CHUNK][i % CHUNK]
    }
}

impl<T: Clone> std::ops::IndexMut<usize> for List<T> {
    /// Like a `Vec`, this panics past the end; use [`List::get_mut`] for positions from outside.
    fn index_mut(&mut self, i: usize) -> &mut T {
        let chunks = Rc::make_mut(&mut self.chunks);
        Rc::make_mut(&mut Rc::make_mut(&mut chunks[i / CHUNK])[i % CHUNK])
    }
}

impl<T> FromIterator<T> for List<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut list = List::new();
        list.extend(iter);
        list
    }
}

impl<T> Extend<T> for List<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for item in iter {
            self.push(item);
        }
    }
}

impl<T> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> Self {
        items.into_iter().collect()
    }
}

impl<T, const N: usize> From<[T; N]> for List<T> {
    fn from(items: [T; N]) -> Self {
        items.into_iter().collect()
    }
}

impl<'a, T> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

/// Serialises as a sequence, exactly like `Vec<T>`.
impl<T: Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<T>::deserialize(deserializer).map(List::from)
    }
}

/// Iterates the items in order, from both ends.
pub struct Iter<'a, T> {
    list: &'a List<T>,
    front: usize,
    back: usize,
}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self {
        Self {
            list: self.list,
            front: self.front,
            back: self.back,
        }
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        if self.front >= self.back {
            return None;
        }
        let item = self.list.get(self.front);
        self.front += 1;
        item
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back.saturating_sub(self.front);
        (n, Some(n))
    }

    fn nth(&mut self, n: usize) -> Option<&'a T> {
        self.front = self.front.saturating_add(n).min(self.back);
        self.next()
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        if self.front >= self.back {
            return None;
        }
        self.back -= 1;
        self.list.get(self.back)
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}

impl<T> std::iter::FusedIterator for Iter<'_, T> {}
