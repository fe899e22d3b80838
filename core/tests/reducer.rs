#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The reducer: every `Action` on its good path, and the typed errors it refuses with.
//! After every error the old model must be unchanged (it is borrowed, and compared to a copy).

mod common;
use common::new_tp;
use kontaktpunkt_core::domain::action::{
    ListKind, MeasureEdit, NewTouchpoint, OnDelete, TouchpointEdit,
};
use kontaktpunkt_core::domain::model::{
    Channel, Contact, Decision, FactorKind, Flag, Id, MeasureStatus, MAX_NAME_CHARS, MAX_TEXT_CHARS,
};
use kontaktpunkt_core::{Action, Lang, Model, ModelError};

const T0: f64 = 1_000.0;

fn apply(m: &Model, action: Action) -> Model {
    m.apply(action, T0).unwrap()
}

/// Applies an action that must fail; checks the old model is unchanged and returns the error.
#[track_caller]
fn refuse(m: &Model, action: Action) -> ModelError {
    let before = m.clone();
    let err = m.apply(action, T0).unwrap_err();
    assert_eq!(*m, before, "the old model changed after an error");
    err
}

/// Three touchpoints (ids 1, 2, 3) and one measure (id 4) linked to 1 and 2.
fn sample() -> Model {
    let m = Model::new(Lang::En);
    let m = apply(
        &m,
        Action::AddTouchpoints(vec![
            new_tp("Website", "awareness"),
            new_tp("Hotline", "information"),
            new_tp("Checkout", "purchase"),
        ]),
    );
    let m = apply(&m, Action::AddMeasure("Faster checkout".into()));
    apply(
        &m,
        Action::EditMeasure(4, MeasureEdit::Touchpoints(vec![1, 2])),
    )
}

fn tp_ids(m: &Model) -> Vec<Id> {
    m.touchpoints.iter().map(|t| t.id).collect()
}

fn keys(m: &Model, list: ListKind) -> Vec<String> {
    m.categories(list).iter().map(|c| c.key.clone()).collect()
}

// ---------------------------------------------------------------- timestamps

#[test]
fn apply_stamps_updated_and_created_once() {
    let m = Model::new(Lang::En);
    assert_eq!((m.meta.created, m.meta.updated), (0.0, 0.0));
    let m = m.apply(Action::SetTitle("A".into()), 1234.0).unwrap();
    assert_eq!(m.meta.created, 1234.0);
    assert_eq!(m.meta.updated, 1234.0);
    let m = m.apply(Action::SetTitle("B".into()), 5678.0).unwrap();
    assert_eq!(m.meta.created, 1234.0, "created is kept");
    assert_eq!(m.meta.updated, 5678.0);
}

#[test]
fn failed_action_stamps_nothing() {
    let m = sample();
    let before = m.clone();
    assert!(m.apply(Action::DeleteTouchpoint(99), 9999.0).is_err());
    assert_eq!(m.meta.updated, before.meta.updated);
}

// ---------------------------------------------------------------- good paths, one per variant

#[test]
fn set_title_and_company() {
    let m = Model::new(Lang::En);
    let m = apply(&m, Action::SetTitle("Journey 2025".into()));
    let m = apply(&m, Action::SetCompany("Müller & Söhne".into()));
    assert_eq!(m.meta.title, "Journey 2025");
    assert_eq!(m.meta.company, "Müller & Söhne");
    // empty is allowed for title and company
    let m = apply(&m, Action::SetTitle(String::new()));
    assert_eq!(m.meta.title, "");
}

#[test]
fn add_touchpoint_takes_defaults_and_trims_the_name() {
    let m = Model::new(Lang::En);
    let m = apply(
        &m,
        Action::AddTouchpoint(NewTouchpoint {
            name: "  Review portal  ".into(),
            stage: "information".into(),
            contact: Contact::Indirect,
            channel: Channel::Both,
        }),
    );
    assert_eq!(m.touchpoints.len(), 1);
    let t = &m.touchpoints[0];
    assert_eq!(t.id, 1);
    assert_eq!(t.name, "Review portal");
    assert_eq!(t.stage, "information");
    assert_eq!(t.contact, Contact::Indirect);
    assert_eq!(t.channel, Channel::Both);
    assert_eq!(t.owner, None);
    assert_eq!(t.importance.value(), 3);
    assert_eq!((t.ist, t.soll), (None, None));
    assert_eq!(m.next_id, 2);
}

#[test]
fn add_touchpoints_adds_all_in_order() {
    let m = sample();
    assert_eq!(tp_ids(&m), vec![1, 2, 3]);
    let names: Vec<&str> = m.touchpoints.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, vec!["Website", "Hotline", "Checkout"]);
    assert_eq!(m.next_id, 5);
}

#[test]
fn add_touchpoints_is_all_or_nothing() {
    let m = Model::new(Lang::En);
    let err = refuse(
        &m,
        Action::AddTouchpoints(vec![new_tp("Good", "awareness"), new_tp("Bad", "nowhere")]),
    );
    assert_eq!(err, ModelError::UnknownStage("nowhere".into()));
    assert!(m.touchpoints.is_empty());
}

#[test]
fn edit_touchpoint_every_attribute() {
    let m = sample();
    let edits = vec![
        TouchpointEdit::Name(" Shop website ".into()),
        TouchpointEdit::Description("The main shop".into()),
        TouchpointEdit::Stage("purchase".into()),
        TouchpointEdit::Contact(Contact::Indirect),
        TouchpointEdit::Channel(Channel::Offline),
        TouchpointEdit::Owner(Some("marketing".into())),
        TouchpointEdit::Importance(5),
        TouchpointEdit::Ist(Some(-2)),
        TouchpointEdit::Soll(Some(2)),
        TouchpointEdit::Flag(Flag::MomentOfTruth, true),
        TouchpointEdit::Flag(Flag::Entry, true),
        TouchpointEdit::Decision(Decision::Optimise),
        TouchpointEdit::AddFactor(FactorKind::Disappointment, " slow ".into()),
        TouchpointEdit::AddFactor(FactorKind::Disappointment, "confusing".into()),
        TouchpointEdit::AddFactor(FactorKind::Delight, "chat".into()),
        TouchpointEdit::RemoveFactor(FactorKind::Disappointment, 0),
    ];
    let mut m = m;
    for e in edits {
        m = apply(&m, Action::EditTouchpoint(1, e));
    }
    let t = m.touchpoint(1).unwrap();
    assert_eq!(t.name, "Shop website");
    assert_eq!(t.description, "The main shop");
    assert_eq!(t.stage, "purchase");
    assert_eq!(t.contact, Contact::Indirect);
    assert_eq!(t.channel, Channel::Offline);
    assert_eq!(t.owner.as_deref(), Some("marketing"));
    assert_eq!(t.importance.value(), 5);
    assert_eq!(t.ist.map(|r| r.value()), Some(-2));
    assert_eq!(t.soll.map(|r| r.value()), Some(2));
    assert!(t.flags.moment_of_truth && t.flags.entry && !t.flags.exit);
    assert_eq!(t.decision, Decision::Optimise);
    assert_eq!(t.factors.disappointment, vec!["confusing"]);
    assert_eq!(t.factors.delight, vec!["chat"]);
    assert!(t.factors.okay.is_empty());
    // the other touchpoints are untouched
    assert_eq!(m.touchpoints[1], sample().touchpoints[1]);

    // clearing ratings, owner and flags
    let m = apply(&m, Action::EditTouchpoint(1, TouchpointEdit::Ist(None)));
    let m = apply(&m, Action::EditTouchpoint(1, TouchpointEdit::Soll(None)));
    let m = apply(&m, Action::EditTouchpoint(1, TouchpointEdit::Owner(None)));
    let m = apply(
        &m,
        Action::EditTouchpoint(1, TouchpointEdit::Flag(Flag::Entry, false)),
    );
    let t = m.touchpoint(1).unwrap();
    assert_eq!((t.ist, t.soll, t.owner.clone()), (None, None, None));
    assert!(!t.flags.entry);
}

#[test]
fn rating_and_importance_bounds_are_accepted() {
    let mut m = sample();
    for v in -2..=2 {
        m = apply(&m, Action::EditTouchpoint(1, TouchpointEdit::Ist(Some(v))));
        m = apply(&m, Action::EditTouchpoint(1, TouchpointEdit::Soll(Some(v))));
    }
    for v in 1..=5 {
        m = apply(&m, Action::EditTouchpoint(1, TouchpointEdit::Importance(v)));
    }
    assert_eq!(m.touchpoint(1).unwrap().importance.value(), 5);
}

#[test]
fn duplicate_touchpoint_inserts_copy_after_original() {
    let m = sample();
    let m = apply(&m, Action::EditTouchpoint(1, TouchpointEdit::Importance(5)));
    let m = apply(&m, Action::DuplicateTouchpoint(1));
    assert_eq!(tp_ids(&m), vec![1, 5, 2, 3], "new id 5 comes from next_id");
    let (orig, copy) = (m.touchpoint(1).unwrap(), m.touchpoint(5).unwrap());
    assert_eq!(copy.name, orig.name);
    assert_eq!(copy.importance, orig.importance);
    assert_eq!(m.next_id, 6);
}

#[test]
fn delete_touchpoint_removes_it_from_measures() {
    let m = sample();
    let m = apply(&m, Action::DeleteTouchpoint(1));
    assert_eq!(tp_ids(&m), vec![2, 3]);
    assert_eq!(m.measures[0].touchpoints, vec![2]);
    // ids are not reused
    let m = apply(&m, Action::AddTouchpoint(new_tp("New", "usage")));
    assert_eq!(m.touchpoints.last().unwrap().id, 5);
}

#[test]
fn move_touchpoint() {
    let m = sample();
    let m2 = apply(&m, Action::MoveTouchpoint { id: 1, to: 2 });
    assert_eq!(tp_ids(&m2), vec![2, 3, 1]);
    let m3 = apply(&m2, Action::MoveTouchpoint { id: 1, to: 0 });
    assert_eq!(tp_ids(&m3), vec![1, 2, 3]);
    let same = apply(&m, Action::MoveTouchpoint { id: 2, to: 1 });
    assert_eq!(tp_ids(&same), vec![1, 2, 3]);
}

#[test]
fn add_rename_move_category() {
    let m = Model::new(Lang::En);
    let m = apply(
        &m,
        Action::AddCategory(ListKind::Stages, "  Onboarding ".into()),
    );
    let m = apply(&m, Action::AddCategory(ListKind::Owners, "Partners".into()));
    let stage = m.stages.last().unwrap().clone();
    assert_eq!(stage.name, "Onboarding");
    assert_eq!(stage.key, "stage-1");
    let owner = m.owners.last().unwrap().clone();
    assert_eq!(
        (owner.key.as_str(), owner.name.as_str()),
        ("owner-2", "Partners")
    );

    let m = apply(
        &m,
        Action::RenameCategory(ListKind::Stages, "stage-1".into(), " Welcome ".into()),
    );
    assert_eq!(m.stage("stage-1").unwrap().name, "Welcome");
    // renaming to its own name in another case is not a duplicate
    let m = apply(
        &m,
        Action::RenameCategory(ListKind::Stages, "awareness".into(), "AWARENESS".into()),
    );
    assert_eq!(m.stage("awareness").unwrap().name, "AWARENESS");

    let m = apply(
        &m,
        Action::MoveCategory {
            list: ListKind::Stages,
            key: "stage-1".into(),
            to: 0,
        },
    );
    assert_eq!(
        keys(&m, ListKind::Stages),
        vec![
            "stage-1",
            "awareness",
            "information",
            "purchase",
            "usage",
            "loyalty"
        ]
    );
    let m = apply(
        &m,
        Action::MoveCategory {
            list: ListKind::Owners,
            key: "marketing".into(),
            to: 7,
        },
    );
    assert_eq!(keys(&m, ListKind::Owners).last().unwrap(), "marketing");
}

#[test]
fn add_category_key_skips_taken_keys() {
    let m = Model::new(Lang::En);
    let m = apply(&m, Action::AddCategory(ListKind::Stages, "A".into())); // stage-6
    let m = apply(
        &m,
        Action::DeleteCategory {
            list: ListKind::Stages,
            key: "awareness".into(),
            on_delete: OnDelete::DeleteTouchpoints,
        },
    );
    // keys come from the id counter: the next one is new, whatever was deleted
    let m = apply(&m, Action::AddCategory(ListKind::Stages, "B".into()));
    assert_eq!(m.stages.last().unwrap().key, "stage-2");
}

#[test]
fn add_category_never_reuses_a_deleted_key() {
    let m = Model::new(Lang::En);
    let m = apply(&m, Action::AddCategory(ListKind::Owners, "Partners".into()));
    assert_eq!(m.owners.last().unwrap().key, "owner-1");
    let m = apply(
        &m,
        Action::DeleteCategory {
            list: ListKind::Owners,
            key: "owner-1".into(),
            on_delete: OnDelete::Unassign,
        },
    );
    let m = apply(&m, Action::AddCategory(ListKind::Owners, "Agency".into()));
    assert_ne!(m.owners.last().unwrap().key, "owner-1");
}

#[test]
fn delete_stage_move_to() {
    let m = sample();
    let m = apply(
        &m,
        Action::DeleteCategory {
            list: ListKind::Stages,
            key: "awareness".into(),
            on_delete: OnDelete::MoveTo("purchase".into()),
        },
    );
    assert!(m.stage("awareness").is_none());
    assert_eq!(m.touchpoint(1).unwrap().stage, "purchase");
    assert_eq!(m.touchpoints.len(), 3);
    assert_eq!(m.measures[0].touchpoints, vec![1, 2]);
}

#[test]
fn delete_stage_with_its_touchpoints() {
    let m = sample();
    let m = apply(
        &m,
        Action::DeleteCategory {
            list: ListKind::Stages,
            key: "awareness".into(),
            on_delete: OnDelete::DeleteTouchpoints,
        },
    );
    assert!(m.stage("awareness").is_none());
    assert_eq!(tp_ids(&m), vec![2, 3]);
    assert_eq!(m.measures[0].touchpoints, vec![2], "link to 1 removed");
}

#[test]
fn delete_stage_refusals() {
    let m = sample();
    let del = |key: &str, on_delete: OnDelete| Action::DeleteCategory {
        list: ListKind::Stages,
        key: key.into(),
        on_delete,
    };
    assert_eq!(
        refuse(&m, del("nowhere", OnDelete::DeleteTouchpoints)),
        ModelError::UnknownStage("nowhere".into())
    );
    assert_eq!(
        refuse(&m, del("awareness", OnDelete::MoveTo("nowhere".into()))),
        ModelError::UnknownStage("nowhere".into())
    );
    assert_eq!(
        refuse(&m, del("awareness", OnDelete::MoveTo("awareness".into()))),
        ModelError::UnknownStage("awareness".into()),
        "moving to itself"
    );
    // a touchpoint always belongs to a stage
    assert_eq!(
        refuse(&m, del("awareness", OnDelete::Unassign)),
        ModelError::StageNeedsTarget
    );
}

#[test]
fn deleting_the_last_stage_is_refused() {
    let mut m = sample();
    for key in ["awareness", "information", "purchase", "usage"] {
        m = apply(
            &m,
            Action::DeleteCategory {
                list: ListKind::Stages,
                key: key.into(),
                on_delete: OnDelete::MoveTo("loyalty".into()),
            },
        );
    }
    assert_eq!(keys(&m, ListKind::Stages), vec!["loyalty"]);
    assert!(m.touchpoints.iter().all(|t| t.stage == "loyalty"));
    for on_delete in [OnDelete::DeleteTouchpoints, OnDelete::Unassign] {
        let err = refuse(
            &m,
            Action::DeleteCategory {
                list: ListKind::Stages,
                key: "loyalty".into(),
                on_delete,
            },
        );
        assert_eq!(err, ModelError::LastStage);
    }
}

/// Touchpoints 1 and 2 owned by sales, 3 by service; measure 4 owned by sales.
fn with_owners() -> Model {
    let m = sample();
    let m = apply(
        &m,
        Action::EditTouchpoint(1, TouchpointEdit::Owner(Some("sales".into()))),
    );
    let m = apply(
        &m,
        Action::EditTouchpoint(2, TouchpointEdit::Owner(Some("sales".into()))),
    );
    let m = apply(
        &m,
        Action::EditTouchpoint(3, TouchpointEdit::Owner(Some("service".into()))),
    );
    apply(
        &m,
        Action::EditMeasure(4, MeasureEdit::Owner(Some("sales".into()))),
    )
}

#[test]
fn delete_owner_unassign() {
    let m = with_owners();
    let m = apply(
        &m,
        Action::DeleteCategory {
            list: ListKind::Owners,
            key: "sales".into(),
            on_delete: OnDelete::Unassign,
        },
    );
    assert!(m.owner("sales").is_none());
    assert_eq!(m.touchpoints.len(), 3);
    assert_eq!(m.touchpoint(1).unwrap().owner, None);
    assert_eq!(m.touchpoint(2).unwrap().owner, None);
    assert_eq!(m.touchpoint(3).unwrap().owner.as_deref(), Some("service"));
    assert_eq!(m.measures[0].owner, None);
}

#[test]
fn delete_owner_move_to() {
    let m = with_owners();
    let m = apply(
        &m,
        Action::DeleteCategory {
            list: ListKind::Owners,
            key: "sales".into(),
            on_delete: OnDelete::MoveTo("marketing".into()),
        },
    );
    assert_eq!(m.touchpoint(1).unwrap().owner.as_deref(), Some("marketing"));
    assert_eq!(m.touchpoint(2).unwrap().owner.as_deref(), Some("marketing"));
    // OnDelete covers touchpoints only: the measure of a deleted owner ends up without one.
    assert_eq!(m.measures[0].owner, None);
}

#[test]
fn delete_owner_with_touchpoints() {
    let m = with_owners();
    let m = apply(
        &m,
        Action::DeleteCategory {
            list: ListKind::Owners,
            key: "sales".into(),
            on_delete: OnDelete::DeleteTouchpoints,
        },
    );
    assert_eq!(tp_ids(&m), vec![3]);
    assert!(m.measures[0].touchpoints.is_empty());
    assert_eq!(
        refuse(
            &m,
            Action::DeleteCategory {
                list: ListKind::Owners,
                key: "sales".into(),
                on_delete: OnDelete::Unassign,
            }
        ),
        ModelError::UnknownOwner("sales".into())
    );
}

#[test]
fn add_edit_delete_measure() {
    let m = sample();
    let m = apply(&m, Action::AddMeasure("  Call-back service ".into()));
    let id = m.measures.last().unwrap().id;
    assert_eq!(id, 5);
    assert_eq!(m.measures.last().unwrap().title, "Call-back service");
    let edits = vec![
        MeasureEdit::Title("Call back within 2h".into()),
        MeasureEdit::Description("Offer a call back".into()),
        MeasureEdit::Touchpoints(vec![2, 2, 3]),
        MeasureEdit::Owner(Some("service".into())),
        MeasureEdit::Due(Some("2025-06-30".into())),
        MeasureEdit::Effort(2),
        MeasureEdit::Status(MeasureStatus::InProgress),
        MeasureEdit::Best(Some(2)),
        MeasureEdit::Realistic(Some(1)),
        MeasureEdit::Worst(Some(-1)),
    ];
    let mut m = m;
    for e in edits {
        m = apply(&m, Action::EditMeasure(id, e));
    }
    let ms = m.measures.iter().find(|x| x.id == id).unwrap();
    assert_eq!(ms.title, "Call back within 2h");
    assert_eq!(ms.description, "Offer a call back");
    assert_eq!(ms.touchpoints, vec![2, 3], "adjacent duplicate removed");
    assert_eq!(ms.owner.as_deref(), Some("service"));
    assert_eq!(ms.due.as_deref(), Some("2025-06-30"));
    assert_eq!(ms.effort.value(), 2);
    assert_eq!(ms.status, MeasureStatus::InProgress);
    assert_eq!(ms.expected.best.map(|r| r.value()), Some(2));
    assert_eq!(ms.expected.realistic.map(|r| r.value()), Some(1));
    assert_eq!(ms.expected.worst.map(|r| r.value()), Some(-1));

    let m = apply(&m, Action::EditMeasure(id, MeasureEdit::Due(None)));
    assert_eq!(m.measures.last().unwrap().due, None);
    let m = apply(&m, Action::DeleteMeasure(id));
    assert_eq!(m.measures.len(), 1);
    assert_eq!(
        refuse(&m, Action::DeleteMeasure(id)),
        ModelError::UnknownMeasure(id)
    );
}

#[test]
fn measure_touchpoints_drop_every_duplicate() {
    let m = sample();
    let m = apply(
        &m,
        Action::EditMeasure(4, MeasureEdit::Touchpoints(vec![1, 2, 1])),
    );
    assert_eq!(m.measures[0].touchpoints, vec![1, 2]);
}

#[test]
fn ids_are_shared_by_touchpoints_and_measures() {
    let m = Model::new(Lang::En);
    let m = apply(&m, Action::AddTouchpoint(new_tp("A", "awareness")));
    let m = apply(&m, Action::AddMeasure("M".into()));
    let m = apply(&m, Action::AddTouchpoint(new_tp("B", "awareness")));
    assert_eq!(tp_ids(&m), vec![1, 3]);
    assert_eq!(m.measures[0].id, 2);
}

#[test]
fn replace_swaps_the_whole_model() {
    let m = sample();
    let other = kontaktpunkt_core::io::demo::demo_model(Lang::De);
    let r = m
        .apply(Action::Replace(Box::new(other.clone())), 42.0)
        .unwrap();
    assert_eq!(r.touchpoints, other.touchpoints);
    assert_eq!(r.stages, other.stages);
    assert_eq!(r.meta.title, other.meta.title);
    assert_eq!(r.meta.updated, 42.0);
}

// ---------------------------------------------------------------- typed errors

#[test]
fn invalid_ratings() {
    let m = sample();
    assert_eq!(
        refuse(&m, Action::EditTouchpoint(1, TouchpointEdit::Ist(Some(3)))),
        ModelError::InvalidRating(3)
    );
    assert_eq!(
        refuse(&m, Action::EditTouchpoint(1, TouchpointEdit::Ist(Some(-3)))),
        ModelError::InvalidRating(-3)
    );
    assert_eq!(
        refuse(&m, Action::EditTouchpoint(1, TouchpointEdit::Soll(Some(3)))),
        ModelError::InvalidRating(3)
    );
    assert_eq!(
        refuse(
            &m,
            Action::EditTouchpoint(1, TouchpointEdit::Soll(Some(-3)))
        ),
        ModelError::InvalidRating(-3)
    );
    assert_eq!(
        refuse(
            &m,
            Action::EditTouchpoint(1, TouchpointEdit::Ist(Some(i8::MIN)))
        ),
        ModelError::InvalidRating(-128)
    );
    assert_eq!(
        refuse(&m, Action::EditMeasure(4, MeasureEdit::Best(Some(3)))),
        ModelError::InvalidRating(3)
    );
    assert_eq!(
        refuse(&m, Action::EditMeasure(4, MeasureEdit::Realistic(Some(-3)))),
        ModelError::InvalidRating(-3)
    );
    assert_eq!(
        refuse(&m, Action::EditMeasure(4, MeasureEdit::Worst(Some(9)))),
        ModelError::InvalidRating(9)
    );
}

#[test]
fn invalid_importance_and_effort() {
    let m = sample();
    for v in [0u8, 6, 255] {
        assert_eq!(
            refuse(&m, Action::EditTouchpoint(1, TouchpointEdit::Importance(v))),
            ModelError::InvalidImportance(v.into())
        );
        assert_eq!(
            refuse(&m, Action::EditMeasure(4, MeasureEdit::Effort(v))),
            ModelError::InvalidEffort(v.into())
        );
    }
}

#[test]
fn empty_or_whitespace_names() {
    let m = sample();
    for name in ["", "   ", "\t\n "] {
        assert_eq!(
            refuse(&m, Action::AddTouchpoint(new_tp(name, "awareness"))),
            ModelError::EmptyName
        );
        assert_eq!(
            refuse(
                &m,
                Action::EditTouchpoint(1, TouchpointEdit::Name(name.into()))
            ),
            ModelError::EmptyName
        );
        assert_eq!(
            refuse(
                &m,
                Action::EditTouchpoint(1, TouchpointEdit::AddFactor(FactorKind::Okay, name.into()))
            ),
            ModelError::EmptyName
        );
        assert_eq!(
            refuse(&m, Action::AddMeasure(name.into())),
            ModelError::EmptyName
        );
        assert_eq!(
            refuse(&m, Action::EditMeasure(4, MeasureEdit::Title(name.into()))),
            ModelError::EmptyName
        );
        assert_eq!(
            refuse(&m, Action::AddCategory(ListKind::Stages, name.into())),
            ModelError::EmptyName
        );
        assert_eq!(
            refuse(
                &m,
                Action::RenameCategory(ListKind::Owners, "sales".into(), name.into())
            ),
            ModelError::EmptyName
        );
    }
}

#[test]
fn texts_too_long() {
    let m = sample();
    let long_name = "ü".repeat(MAX_NAME_CHARS + 1);
    let ok_name = "ü".repeat(MAX_NAME_CHARS);
    let too_long = ModelError::TextTooLong {
        max: MAX_NAME_CHARS,
    };
    assert_eq!(refuse(&m, Action::SetTitle(long_name.clone())), too_long);
    assert_eq!(refuse(&m, Action::SetCompany(long_name.clone())), too_long);
    assert_eq!(
        refuse(&m, Action::AddTouchpoint(new_tp(&long_name, "awareness"))),
        too_long
    );
    // exactly the limit in characters (400 bytes) is fine
    let ok = apply(&m, Action::AddTouchpoint(new_tp(&ok_name, "awareness")));
    assert_eq!(ok.touchpoints.last().unwrap().name, ok_name);
    assert_eq!(
        refuse(
            &m,
            Action::EditTouchpoint(
                1,
                TouchpointEdit::Description("x".repeat(MAX_TEXT_CHARS + 1))
            )
        ),
        ModelError::TextTooLong {
            max: MAX_TEXT_CHARS
        }
    );
}

#[test]
fn unknown_ids() {
    let m = sample();
    let unknown = ModelError::UnknownTouchpoint(99);
    assert_eq!(
        refuse(
            &m,
            Action::EditTouchpoint(99, TouchpointEdit::Importance(3))
        ),
        unknown
    );
    assert_eq!(refuse(&m, Action::DuplicateTouchpoint(99)), unknown);
    assert_eq!(refuse(&m, Action::DeleteTouchpoint(99)), unknown);
    assert_eq!(
        refuse(&m, Action::MoveTouchpoint { id: 99, to: 0 }),
        unknown
    );
    // measure 4 is not a touchpoint
    assert_eq!(
        refuse(&m, Action::DeleteTouchpoint(4)),
        ModelError::UnknownTouchpoint(4)
    );
    assert_eq!(
        refuse(&m, Action::EditMeasure(99, MeasureEdit::Effort(1))),
        ModelError::UnknownMeasure(99)
    );
    assert_eq!(
        refuse(&m, Action::DeleteMeasure(1)),
        ModelError::UnknownMeasure(1)
    );
    assert_eq!(
        refuse(
            &m,
            Action::EditMeasure(4, MeasureEdit::Touchpoints(vec![1, 99]))
        ),
        ModelError::UnknownTouchpoint(99)
    );
}

#[test]
fn unknown_stage_and_owner() {
    let m = sample();
    assert_eq!(
        refuse(&m, Action::AddTouchpoint(new_tp("X", "nowhere"))),
        ModelError::UnknownStage("nowhere".into())
    );
    // stage keys are exact, not names
    assert_eq!(
        refuse(&m, Action::AddTouchpoint(new_tp("X", "Awareness"))),
        ModelError::UnknownStage("Awareness".into())
    );
    assert_eq!(
        refuse(
            &m,
            Action::EditTouchpoint(1, TouchpointEdit::Stage("nowhere".into()))
        ),
        ModelError::UnknownStage("nowhere".into())
    );
    assert_eq!(
        refuse(
            &m,
            Action::EditTouchpoint(1, TouchpointEdit::Owner(Some("nobody".into())))
        ),
        ModelError::UnknownOwner("nobody".into())
    );
    assert_eq!(
        refuse(
            &m,
            Action::EditMeasure(4, MeasureEdit::Owner(Some("nobody".into())))
        ),
        ModelError::UnknownOwner("nobody".into())
    );
    assert_eq!(
        refuse(
            &m,
            Action::RenameCategory(ListKind::Stages, "nowhere".into(), "New".into())
        ),
        ModelError::UnknownStage("nowhere".into())
    );
    assert_eq!(
        refuse(
            &m,
            Action::MoveCategory {
                list: ListKind::Owners,
                key: "nobody".into(),
                to: 0
            }
        ),
        ModelError::UnknownOwner("nobody".into())
    );
}

#[test]
fn duplicate_category_names_case_insensitive() {
    let m = sample();
    assert_eq!(
        refuse(
            &m,
            Action::AddCategory(ListKind::Stages, "awareness".into())
        ),
        ModelError::DuplicateStage("awareness".into())
    );
    assert_eq!(
        refuse(
            &m,
            Action::AddCategory(ListKind::Stages, "  PURCHASE ".into())
        ),
        ModelError::DuplicateStage("PURCHASE".into())
    );
    assert_eq!(
        refuse(
            &m,
            Action::RenameCategory(
                ListKind::Stages,
                "information".into(),
                "Usage & SERVICE".into()
            )
        ),
        ModelError::DuplicateStage("Usage & SERVICE".into())
    );
    assert_eq!(
        refuse(&m, Action::AddCategory(ListKind::Owners, "sAlEs".into())),
        ModelError::DuplicateOwner("sAlEs".into())
    );
    // an owner may share a stage's name: the lists are separate
    let ok = apply(
        &m,
        Action::AddCategory(ListKind::Owners, "Awareness".into()),
    );
    assert_eq!(ok.owners.len(), 8);
}

#[test]
fn out_of_range_positions() {
    let m = sample();
    assert_eq!(
        refuse(&m, Action::MoveTouchpoint { id: 1, to: 3 }),
        ModelError::InvalidPosition(3)
    );
    assert_eq!(
        refuse(
            &m,
            Action::MoveTouchpoint {
                id: 1,
                to: usize::MAX
            }
        ),
        ModelError::InvalidPosition(usize::MAX)
    );
    assert_eq!(
        refuse(
            &m,
            Action::MoveCategory {
                list: ListKind::Stages,
                key: "awareness".into(),
                to: 5
            }
        ),
        ModelError::InvalidPosition(5)
    );
    assert_eq!(
        refuse(
            &m,
            Action::EditTouchpoint(1, TouchpointEdit::RemoveFactor(FactorKind::Delight, 0))
        ),
        ModelError::InvalidPosition(0)
    );
}

#[test]
fn measure_due_dates() {
    let m = sample();
    for good in ["2025-06-30", "2024-02-29", "1999-12-31", "2025-01-01"] {
        let ok = apply(
            &m,
            Action::EditMeasure(4, MeasureEdit::Due(Some(good.into()))),
        );
        assert_eq!(ok.measures[0].due.as_deref(), Some(good));
    }
    for bad in [
        "",
        "2025-13-01",
        "2025-00-10",
        "2025-06-32",
        "2025-06-00",
        "2025-6-30",
        "25-06-30",
        "30.06.2025",
        "2025/06/30",
        "2025-06-30T10:00",
        "2025-06",
        "yyyy-mm-dd",
        "2025-06-30-01",
    ] {
        assert_eq!(
            refuse(
                &m,
                Action::EditMeasure(4, MeasureEdit::Due(Some(bad.into())))
            ),
            ModelError::InvalidDate(bad.into()),
            "{bad:?}"
        );
    }
    // the error carries at most 40 characters of the input
    let long = "9".repeat(100);
    assert_eq!(
        refuse(&m, Action::EditMeasure(4, MeasureEdit::Due(Some(long)))),
        ModelError::InvalidDate("9".repeat(40))
    );
}

#[test]
fn measure_due_date_rejects_signs() {
    let m = sample();
    for bad in ["2025-+6-30", "+025-06-30", "2025-06-+3"] {
        assert_eq!(
            refuse(
                &m,
                Action::EditMeasure(4, MeasureEdit::Due(Some(bad.into())))
            ),
            ModelError::InvalidDate(bad.into()),
            "{bad:?}"
        );
    }
}

#[test]
fn ids_never_repeat_at_the_top_of_the_range() {
    // a model that passed restore with a touchpoint id of u32::MAX (e.g. from a crafted link)
    let mut m = sample();
    m.touchpoints[2].id = Id::from(u32::MAX);
    let m = kontaktpunkt_core::domain::validate::restore(m).unwrap();
    // That id is in another copy's block (domain::ids): the counter goes on in its own.
    assert!(m.ids().all(|id| id < m.next_id || id == Id::from(u32::MAX)));
    // adding must either refuse or give a fresh id, never a duplicate
    if let Ok(next) = m.apply(Action::AddTouchpoint(new_tp("One more", "usage")), T0) {
        let mut ids: Vec<Id> = next.touchpoints.iter().map(|t| t.id).collect();
        ids.extend(next.measures.iter().map(|x| x.id));
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate id handed out");
        assert!(kontaktpunkt_core::domain::validate::restore(next).is_ok());
    }
}

// ---------------------------------------------------------------- a rating round's medians

#[test]
fn take_medians_sets_ist_and_importance_of_many_touchpoints_at_once() {
    use kontaktpunkt_core::domain::action::TakenRating;
    let m = sample();
    let taken = |touchpoint, ist, importance| TakenRating {
        touchpoint,
        ist,
        importance,
    };
    let medians = |ratings| Action::TakeMedians {
        ratings,
        record: None,
    };
    let after = apply(
        &m,
        medians(vec![taken(1, Some(-2), Some(5)), taken(3, Some(1), None)]),
    );
    let tp = |id| after.touchpoint(id).unwrap();
    assert_eq!(
        (tp(1).ist.unwrap().value(), tp(1).importance.value()),
        (-2, 5)
    );
    assert_eq!(tp(3).ist.unwrap().value(), 1);
    assert_eq!(tp(3).importance, m.touchpoint(3).unwrap().importance);
    assert_eq!(tp(2), m.touchpoint(2).unwrap());
    // All or nothing: one unknown touchpoint or value out of range changes none.
    assert_eq!(
        refuse(
            &m,
            medians(vec![taken(1, Some(1), None), taken(99, Some(1), None)])
        ),
        ModelError::UnknownTouchpoint(99)
    );
    assert_eq!(
        refuse(
            &m,
            medians(vec![taken(1, Some(1), None), taken(2, Some(3), None)])
        ),
        ModelError::InvalidRating(3)
    );
    assert_eq!(
        refuse(&m, medians(vec![taken(1, None, Some(0))])),
        ModelError::InvalidImportance(0)
    );
}
