//! One worker's state: the shared document of the model its tab has open, the tab's model as
//! the worker last knew it (each new one is diffed against it into field edits), the edits not
//! merged yet, and the answers to the app and to the other tabs' workers. Pure (no web
//! APIs), so two sessions can talk to each other in a native test.
//!
//! A live connection (a relay) is one more peer: feed what it receives to
//! [`SharedDoc::apply_remote`] through [`Session::from_update`] and send it every
//! [`Out::Peers`] update as well.

use kontaktpunkt_core::domain::validate::model_from_json;
use kontaktpunkt_core::edits::wire::{ToApp, ToWorker};
use kontaktpunkt_core::edits::{diff, Edit, Kind};
use kontaktpunkt_core::Model;

use crate::doc::{seed, SharedDoc};
use crate::peers::Frame;

/// What a step of the session sends.
#[derive(Clone, Debug, PartialEq)]
pub enum Out {
    /// To this tab's app.
    App(ToApp),
    /// To every other tab's worker on this model.
    Peers(Frame),
}

/// What the tab opened.
struct Opened {
    model_id: String,
    model: String,
}

/// The document as a whole model, sent to the app (numbered).
struct Offer {
    number: u64,
    model: Model,
}

#[derive(Default)]
pub struct Session {
    doc: SharedDoc,
    opened: Option<Opened>,
    /// The document has content: seeded here or received from a peer.
    joined: bool,
    /// The app's edits that came before the document did.
    queued: Vec<Edit>,
    /// The last of the app's models merged into the document.
    ack: u64,
    /// The app's model as this worker last knew it (`None` before it opened one).
    app: Option<Model>,
    /// The models sent to the app since its last message: it may have taken one of them.
    offers: Vec<Offer>,
    /// The number of the last model sent to the app.
    offered: u64,
    /// The touchpoints others edited since the last model sent to the app.
    marked: Vec<u64>,
}

impl Session {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn doc(&self) -> &SharedDoc {
        &self.doc
    }

    /// The saved model this session works on.
    pub fn model_id(&self) -> Option<&str> {
        self.opened.as_ref().map(|o| o.model_id.as_str())
    }

    pub fn from_app(&mut self, message: ToWorker) -> Vec<Out> {
        match message {
            ToWorker::Open {
                model_id,
                model,
                seed,
            } => {
                self.app = model_from_json(&model).ok();
                self.opened = Some(Opened { model_id, model });
                let mut out = Vec::new();
                if seed {
                    out.extend(self.settle());
                }
                out.push(Out::Peers(Frame::Hello(self.doc.state_vector())));
                out
            }
            ToWorker::Model { seq, took, model } => match model_from_json(&model) {
                Ok(model) => self.app_changed(seq, took, model),
                Err(e) => vec![failed(format!("{e:?}"))],
            },
            ToWorker::Undo | ToWorker::Redo if !self.joined => Vec::new(),
            ToWorker::Undo | ToWorker::Redo => {
                let update = self.doc.undo(message == ToWorker::Undo);
                let Some(update) = update else {
                    return Vec::new();
                };
                vec![Out::Peers(Frame::Update(update)), self.offer()]
            }
            ToWorker::Wake => vec![Out::Peers(Frame::Hello(self.doc.state_vector()))],
            // The worker's live link handles these (src/bin/worker.rs, crate::live).
            ToWorker::Live { .. } | ToWorker::Presence { .. } | ToWorker::LeaveLive => Vec::new(),
        }
    }

    /// The app's model after a change: the fields that changed since the version it was made
    /// on go into the document. An app that left a model sent since gets the document again.
    fn app_changed(&mut self, seq: u64, took: u64, model: Model) -> Vec<Out> {
        let offers = std::mem::take(&mut self.offers);
        let base = offers
            .into_iter()
            .find(|o| o.number == took)
            .map(|o| o.model)
            .or_else(|| self.app.take());
        let edits = base.map_or_else(Vec::new, |base| diff(&base, &model));
        self.app = Some(model);
        self.ack = self.ack.max(seq);
        if !self.joined {
            self.queued.extend(edits);
            return Vec::new();
        }
        let mut out: Vec<Out> = self
            .doc
            .apply_local(&edits)
            .map(|update| Out::Peers(Frame::Update(update)))
            .into_iter()
            .collect();
        if took < self.offered {
            out.push(self.offer());
        }
        out
    }

    /// The document as a whole model for the app, kept as the version the app's next change
    /// may be made on.
    fn offer(&mut self) -> Out {
        let json = self.doc.to_model_json();
        match model_from_json(&json) {
            Ok(model) => {
                self.offered += 1;
                self.offers.push(Offer {
                    number: self.offered,
                    model,
                });
                Out::App(ToApp::Model {
                    ack: self.ack,
                    offer: self.offered,
                    model: json,
                    marked: std::mem::take(&mut self.marked),
                })
            }
            Err(e) => failed(format!("{e:?}")),
        }
    }

    /// Nobody answered (or this tab had the model first): the document starts from the model
    /// the tab opened, then takes the edits the tab made meanwhile.
    pub fn settle(&mut self) -> Vec<Out> {
        if self.joined {
            return Vec::new();
        }
        let Some(opened) = &self.opened else {
            return Vec::new();
        };
        let model = match model_from_json(&opened.model) {
            Ok(model) => model,
            Err(e) => return vec![failed(format!("{e:?}"))],
        };
        if let Err(e) = self.doc.apply_remote(&seed(&model)) {
            return vec![failed(e)];
        }
        self.joined = true;
        let mut out = vec![Out::Peers(Frame::Update(self.doc.full_update()))];
        let queued = std::mem::take(&mut self.queued);
        if let Some(update) = self.doc.apply_local(&queued) {
            out.push(Out::Peers(Frame::Update(update)));
        }
        out
    }

    /// A frame from another tab's worker.
    pub fn from_peer(&mut self, bytes: &[u8]) -> Vec<Out> {
        match Frame::decode(bytes) {
            Some(Frame::Hello(sv)) => {
                let mut out = self.answer(&sv);
                out.push(Out::Peers(Frame::Step1(self.doc.state_vector())));
                out
            }
            Some(Frame::Step1(sv)) => self.answer(&sv),
            Some(Frame::Update(update)) => self.from_update(&update),
            None => Vec::new(),
        }
    }

    /// What a peer with state vector `sv` lacks; nothing before this document has content.
    fn answer(&self, sv: &[u8]) -> Vec<Out> {
        if !self.joined {
            return Vec::new();
        }
        match self.doc.diff_since(sv) {
            Some(update) => vec![Out::Peers(Frame::Update(update))],
            None => Vec::new(),
        }
    }

    /// An update from any peer (another tab, or a live connection).
    pub fn from_update(&mut self, update: &[u8]) -> Vec<Out> {
        let edits = match self.doc.apply_remote(update) {
            Ok(edits) => edits,
            Err(e) => return vec![failed(e)],
        };
        if !self.joined {
            if self.doc.is_empty() {
                return Vec::new();
            }
            // The other tabs had the document first: it replaces what this tab opened with,
            // followed by the edits this tab made meanwhile.
            self.joined = true;
            let queued = std::mem::take(&mut self.queued);
            let mut out = Vec::new();
            if let Some(update) = self.doc.apply_local(&queued) {
                out.push(Out::Peers(Frame::Update(update)));
            }
            out.push(self.offer());
            return out;
        }
        if edits.is_empty() {
            return Vec::new();
        }
        self.mark(&edits);
        vec![self.offer()]
    }
}

impl Session {
    /// Notes the touchpoints whose fields others set.
    fn mark(&mut self, edits: &[Edit]) {
        for edit in edits {
            if let Edit::Set {
                kind: Kind::Touchpoints,
                key,
                ..
            } = edit
            {
                if let Ok(id) = key.parse() {
                    if !self.marked.contains(&id) {
                        self.marked.push(id);
                    }
                }
            }
        }
    }
}

fn failed(reason: String) -> Out {
    Out::App(ToApp::Failed { reason })
}
