#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Search, filter and grouping of the inventory (`filter.rs`): which touchpoints the list shows,
//! in which groups, with which headings.

mod common;
use common::apply;
use kontaktpunkt_core::domain::action::{NewTouchpoint, TouchpointEdit};
use kontaktpunkt_core::domain::model::{Channel, Contact, Decision, FactorKind, Flag, Id};
use kontaktpunkt_core::figures::filter::{group_key, grouped, Filter, Group, GroupBy};
use kontaktpunkt_core::{Action, Lang, Model};

fn new_tp(name: &str, stage: &str, contact: Contact, channel: Channel) -> NewTouchpoint {
    NewTouchpoint {
        name: name.into(),
        stage: stage.into(),
        contact,
        channel,
    }
}

fn edit(m: &Model, id: Id, e: TouchpointEdit) -> Model {
    apply(m, Action::EditTouchpoint(id, e))
}

/// Five touchpoints; model order deliberately differs from stage order.
///
/// | index | id | name                 | stage       | channel | contact  | owner     | decision | flag     |
/// |-------|----|----------------------|-------------|---------|----------|-----------|----------|----------|
/// | 0     | 1  | Ärgerliche Hotline   | information | offline | direct   | service   | optimise | MoT      |
/// | 1     | 2  | Website              | awareness   | online  | direct   | marketing | keep     | entry    |
/// | 2     | 3  | Bewertungsportal     | information | online  | indirect | —         | new      | —        |
/// | 3     | 4  | Rechnung             | usage       | both    | direct   | —         | retire   | exit     |
/// | 4     | 5  | Anzeige              | awareness   | offline | indirect | sales     | keep     | —        |
fn sample(lang: Lang) -> Model {
    use Channel::{Both, Offline, Online};
    use Contact::{Direct, Indirect};
    let m = apply(
        &Model::new(lang),
        Action::AddTouchpoints(vec![
            new_tp("Ärgerliche Hotline", "information", Direct, Offline),
            new_tp("Website", "awareness", Direct, Online),
            new_tp("Bewertungsportal", "information", Indirect, Online),
            new_tp("Rechnung", "usage", Direct, Both),
            new_tp("Anzeige", "awareness", Indirect, Offline),
        ]),
    );
    let edits = [
        (1, TouchpointEdit::Owner(Some("service".into()))),
        (1, TouchpointEdit::Decision(Decision::Optimise)),
        (1, TouchpointEdit::Flag(Flag::MomentOfTruth, true)),
        (
            1,
            TouchpointEdit::Description("Warteschleife am Telefon".into()),
        ),
        (
            1,
            TouchpointEdit::AddFactor(FactorKind::Disappointment, "Lange Wartezeit".into()),
        ),
        (2, TouchpointEdit::Owner(Some("marketing".into()))),
        (2, TouchpointEdit::Flag(Flag::Entry, true)),
        (2, TouchpointEdit::Description("Startseite".into())),
        (3, TouchpointEdit::Decision(Decision::New)),
        (
            3,
            TouchpointEdit::AddFactor(FactorKind::Delight, "Äußerst freundliche Antworten".into()),
        ),
        (4, TouchpointEdit::Decision(Decision::Retire)),
        (4, TouchpointEdit::Flag(Flag::Exit, true)),
        (
            4,
            TouchpointEdit::AddFactor(FactorKind::Okay, "Pünktlich".into()),
        ),
        (5, TouchpointEdit::Owner(Some("sales".into()))),
    ];
    edits.into_iter().fold(m, |m, (id, e)| edit(&m, id, e))
}

/// Indexes of the touchpoints `f` lets through, in model order.
fn visible(m: &Model, f: &Filter) -> Vec<usize> {
    m.touchpoints
        .iter()
        .enumerate()
        .filter(|(_, tp)| f.matches(tp))
        .map(|(i, _)| i)
        .collect()
}

fn text(t: &str) -> Filter {
    Filter {
        text: t.into(),
        ..Filter::default()
    }
}

fn keys_and_members(groups: &[Group]) -> Vec<(&str, Vec<usize>)> {
    groups
        .iter()
        .map(|g| (g.key.as_str(), g.members.clone()))
        .collect()
}

fn labels(groups: &[Group]) -> Vec<&str> {
    groups.iter().map(|g| g.label.as_str()).collect()
}

// ---------------------------------------------------------------- sample sanity

#[test]
fn sample_is_as_documented() {
    let m = sample(Lang::De);
    let ids: Vec<Id> = m.touchpoints.iter().map(|t| t.id).collect();
    assert_eq!(ids, vec![1, 2, 3, 4, 5]);
    let owners: Vec<Option<&str>> = m.touchpoints.iter().map(|t| t.owner.as_deref()).collect();
    assert_eq!(
        owners,
        vec![
            Some("service"),
            Some("marketing"),
            None,
            None,
            Some("sales")
        ]
    );
}

// ---------------------------------------------------------------- text search

#[test]
fn empty_filter_shows_everything_and_is_inactive() {
    let m = sample(Lang::De);
    let f = Filter::default();
    assert!(!f.is_active());
    assert_eq!(visible(&m, &f), vec![0, 1, 2, 3, 4]);
}

#[test]
fn text_matches_the_name_case_insensitively() {
    let m = sample(Lang::De);
    assert_eq!(visible(&m, &text("website")), vec![1]);
    assert_eq!(visible(&m, &text("WEBSITE")), vec![1]);
    assert_eq!(visible(&m, &text("WebSite")), vec![1]);
    assert_eq!(visible(&m, &text("portal")), vec![2]);
}

#[test]
fn text_is_trimmed() {
    let m = sample(Lang::De);
    assert_eq!(visible(&m, &text("  website\t")), vec![1]);
    // Whitespace alone filters nothing.
    assert_eq!(visible(&m, &text("   ")), vec![0, 1, 2, 3, 4]);
}

#[test]
fn text_matches_umlauts_in_either_case() {
    let m = sample(Lang::De);
    assert_eq!(visible(&m, &text("ärger")), vec![0]);
    assert_eq!(visible(&m, &text("ÄRGER")), vec![0]);
    assert_eq!(visible(&m, &text("Ä")), vec![0, 2], "name Ä… and factor Ä…");
    assert_eq!(visible(&m, &text("ÄUßERST")), vec![2]);
    assert_eq!(visible(&m, &text("PÜNKTLICH")), vec![3]);
}

#[test]
fn text_matches_the_description() {
    let m = sample(Lang::De);
    assert_eq!(visible(&m, &text("warteschleife")), vec![0]);
    assert_eq!(visible(&m, &text("STARTSEITE")), vec![1]);
}

#[test]
fn text_matches_factors_of_every_kind() {
    let m = sample(Lang::De);
    // disappointment
    assert_eq!(visible(&m, &text("wartezeit")), vec![0]);
    // delight
    assert_eq!(visible(&m, &text("freundliche antworten")), vec![2]);
    // okay
    assert_eq!(visible(&m, &text("pünktlich")), vec![3]);
}

#[test]
fn text_without_a_hit_shows_nothing() {
    let m = sample(Lang::De);
    assert_eq!(visible(&m, &text("xyz")), Vec::<usize>::new());
}

#[test]
fn text_search_is_active() {
    assert!(text("web").is_active());
}

// ---------------------------------------------------------------- each field narrows

#[test]
fn stage_filter() {
    let m = sample(Lang::De);
    let f = |s: &str| Filter {
        stage: Some(s.into()),
        ..Filter::default()
    };
    assert_eq!(visible(&m, &f("information")), vec![0, 2]);
    assert_eq!(visible(&m, &f("awareness")), vec![1, 4]);
    assert_eq!(visible(&m, &f("usage")), vec![3]);
    assert_eq!(visible(&m, &f("loyalty")), Vec::<usize>::new());
    assert!(f("loyalty").is_active());
}

#[test]
fn owner_filter_including_without_owner() {
    let m = sample(Lang::De);
    let f = |o: &str| Filter {
        owner: Some(o.into()),
        ..Filter::default()
    };
    assert_eq!(visible(&m, &f("service")), vec![0]);
    assert_eq!(visible(&m, &f("marketing")), vec![1]);
    assert_eq!(visible(&m, &f("sales")), vec![4]);
    assert_eq!(visible(&m, &f("billing")), Vec::<usize>::new());
    // Some("") = touchpoints nobody is responsible for
    assert_eq!(visible(&m, &f("")), vec![2, 3]);
    assert!(f("").is_active());
}

#[test]
fn channel_filter() {
    let m = sample(Lang::De);
    let f = |c| Filter {
        channel: Some(c),
        ..Filter::default()
    };
    assert_eq!(visible(&m, &f(Channel::Online)), vec![1, 2]);
    assert_eq!(visible(&m, &f(Channel::Offline)), vec![0, 4]);
    assert_eq!(visible(&m, &f(Channel::Both)), vec![3]);
    assert!(f(Channel::Online).is_active());
}

#[test]
fn contact_filter() {
    let m = sample(Lang::De);
    let f = |c| Filter {
        contact: Some(c),
        ..Filter::default()
    };
    assert_eq!(visible(&m, &f(Contact::Direct)), vec![0, 1, 3]);
    assert_eq!(visible(&m, &f(Contact::Indirect)), vec![2, 4]);
    assert!(f(Contact::Direct).is_active());
}

#[test]
fn decision_filter() {
    let m = sample(Lang::De);
    let f = |d| Filter {
        decision: Some(d),
        ..Filter::default()
    };
    assert_eq!(visible(&m, &f(Decision::Keep)), vec![1, 4]);
    assert_eq!(visible(&m, &f(Decision::Optimise)), vec![0]);
    assert_eq!(visible(&m, &f(Decision::New)), vec![2]);
    assert_eq!(visible(&m, &f(Decision::Retire)), vec![3]);
    assert!(f(Decision::Keep).is_active());
}

#[test]
fn flag_filter() {
    let m = sample(Lang::De);
    let f = |fl| Filter {
        flag: Some(fl),
        ..Filter::default()
    };
    assert_eq!(visible(&m, &f(Flag::Entry)), vec![1]);
    assert_eq!(visible(&m, &f(Flag::Exit)), vec![3]);
    assert_eq!(visible(&m, &f(Flag::MomentOfTruth)), vec![0]);
    assert!(f(Flag::Entry).is_active());
}

#[test]
fn a_touchpoint_with_several_flags_matches_each() {
    let m = sample(Lang::De);
    let m = edit(&m, 2, TouchpointEdit::Flag(Flag::Exit, true));
    let f = |fl| Filter {
        flag: Some(fl),
        ..Filter::default()
    };
    assert_eq!(visible(&m, &f(Flag::Entry)), vec![1]);
    assert_eq!(visible(&m, &f(Flag::Exit)), vec![1, 3]);
}

// ---------------------------------------------------------------- combined (AND)

#[test]
fn filters_combine_with_and() {
    let m = sample(Lang::De);
    let f = Filter {
        stage: Some("information".into()),
        channel: Some(Channel::Online),
        ..Filter::default()
    };
    assert_eq!(visible(&m, &f), vec![2]);

    let f = Filter {
        stage: Some("awareness".into()),
        contact: Some(Contact::Indirect),
        decision: Some(Decision::Keep),
        ..Filter::default()
    };
    assert_eq!(visible(&m, &f), vec![4]);

    let f = Filter {
        owner: Some(String::new()),
        decision: Some(Decision::Retire),
        flag: Some(Flag::Exit),
        ..Filter::default()
    };
    assert_eq!(visible(&m, &f), vec![3]);
}

#[test]
fn text_combines_with_fields() {
    let m = sample(Lang::De);
    // "e" is in every name; the stage narrows it down.
    let f = Filter {
        text: "E".into(),
        stage: Some("awareness".into()),
        ..Filter::default()
    };
    assert_eq!(visible(&m, &f), vec![1, 4]);
    // A text hit whose fields do not match is hidden.
    let f = Filter {
        text: "hotline".into(),
        owner: Some(String::new()),
        ..Filter::default()
    };
    assert_eq!(visible(&m, &f), Vec::<usize>::new());
}

#[test]
fn contradicting_fields_show_nothing() {
    let m = sample(Lang::De);
    let f = Filter {
        stage: Some("usage".into()),
        channel: Some(Channel::Online),
        ..Filter::default()
    };
    assert_eq!(visible(&m, &f), Vec::<usize>::new());
}

// ---------------------------------------------------------------- grouped()

#[test]
fn group_by_none_is_one_group_of_all_visible_in_model_order() {
    let m = sample(Lang::De);
    let texts = Lang::De.texts();
    let groups = grouped(&m, &Filter::default(), GroupBy::None, texts);
    assert_eq!(
        groups,
        vec![Group {
            key: String::new(),
            label: String::new(),
            members: vec![0, 1, 2, 3, 4],
        }]
    );
    let f = Filter {
        contact: Some(Contact::Direct),
        ..Filter::default()
    };
    let groups = grouped(&m, &f, GroupBy::None, texts);
    assert_eq!(keys_and_members(&groups), vec![("", vec![0, 1, 3])]);
}

#[test]
fn group_by_stage_follows_stage_order_and_omits_empty_groups() {
    let m = sample(Lang::De);
    let groups = grouped(&m, &Filter::default(), GroupBy::Stage, Lang::De.texts());
    // purchase and loyalty have no touchpoints
    assert_eq!(
        keys_and_members(&groups),
        vec![
            ("awareness", vec![1, 4]),
            ("information", vec![0, 2]),
            ("usage", vec![3]),
        ]
    );
    assert_eq!(
        labels(&groups),
        vec!["Aufmerksamkeit", "Information", "Nutzung & Service"]
    );
}

#[test]
fn group_by_stage_follows_a_reordered_stage_list() {
    let m = sample(Lang::En);
    let m = apply(
        &m,
        Action::MoveCategory {
            list: kontaktpunkt_core::domain::action::ListKind::Stages,
            key: "usage".into(),
            to: 0,
        },
    );
    let groups = grouped(&m, &Filter::default(), GroupBy::Stage, Lang::En.texts());
    assert_eq!(
        keys_and_members(&groups),
        vec![
            ("usage", vec![3]),
            ("awareness", vec![1, 4]),
            ("information", vec![0, 2]),
        ]
    );
    assert_eq!(
        labels(&groups),
        vec!["Usage & Service", "Awareness", "Information"]
    );
}

#[test]
fn group_by_stage_only_counts_visible_touchpoints() {
    let m = sample(Lang::De);
    let f = Filter {
        channel: Some(Channel::Online),
        ..Filter::default()
    };
    let groups = grouped(&m, &f, GroupBy::Stage, Lang::De.texts());
    assert_eq!(
        keys_and_members(&groups),
        vec![("awareness", vec![1]), ("information", vec![2])]
    );
}

#[test]
fn group_by_owner_puts_unowned_last() {
    let m = sample(Lang::De);
    let groups = grouped(&m, &Filter::default(), GroupBy::Owner, Lang::De.texts());
    // owner order: marketing, sales, service, logistics, billing, product, management
    assert_eq!(
        keys_and_members(&groups),
        vec![
            ("marketing", vec![1]),
            ("sales", vec![4]),
            ("service", vec![0]),
            ("", vec![2, 3]),
        ]
    );
    assert_eq!(
        labels(&groups),
        vec!["Marketing", "Vertrieb", "Service", "ohne Verantwortliche"]
    );
    assert_eq!(groups[3].label, Lang::De.texts().common.no_owner);
}

#[test]
fn group_by_owner_labels_in_english() {
    let m = sample(Lang::En);
    let groups = grouped(&m, &Filter::default(), GroupBy::Owner, Lang::En.texts());
    assert_eq!(
        labels(&groups),
        vec!["Marketing", "Sales", "Service", "no owner"]
    );
    assert_eq!(groups[3].label, Lang::En.texts().common.no_owner);
}

#[test]
fn group_by_owner_without_unowned_touchpoints_has_no_empty_group() {
    let m = sample(Lang::De);
    let m = edit(&m, 3, TouchpointEdit::Owner(Some("billing".into())));
    let m = edit(&m, 4, TouchpointEdit::Owner(Some("billing".into())));
    let groups = grouped(&m, &Filter::default(), GroupBy::Owner, Lang::De.texts());
    assert_eq!(
        keys_and_members(&groups),
        vec![
            ("marketing", vec![1]),
            ("sales", vec![4]),
            ("service", vec![0]),
            ("billing", vec![2, 3]),
        ]
    );
}

#[test]
fn group_by_channel_contact_decision_follow_enum_order() {
    let m = sample(Lang::De);
    let all = Filter::default();
    let de = Lang::De.texts();
    let en = Lang::En.texts();

    let g = grouped(&m, &all, GroupBy::Channel, de);
    assert_eq!(
        keys_and_members(&g),
        vec![
            ("online", vec![1, 2]),
            ("offline", vec![0, 4]),
            ("both", vec![3])
        ]
    );
    assert_eq!(labels(&g), vec!["online", "offline", "beides"]);
    let g = grouped(&m, &all, GroupBy::Channel, en);
    assert_eq!(labels(&g), vec!["online", "offline", "both"]);

    let g = grouped(&m, &all, GroupBy::Contact, de);
    assert_eq!(
        keys_and_members(&g),
        vec![("direct", vec![0, 1, 3]), ("indirect", vec![2, 4])]
    );
    assert_eq!(labels(&g), vec!["unmittelbar", "mittelbar"]);
    let g = grouped(&m, &all, GroupBy::Contact, en);
    assert_eq!(labels(&g), vec!["direct", "indirect"]);

    let g = grouped(&m, &all, GroupBy::Decision, de);
    assert_eq!(
        keys_and_members(&g),
        vec![
            ("keep", vec![1, 4]),
            ("optimise", vec![0]),
            ("new", vec![2]),
            ("retire", vec![3]),
        ]
    );
    assert_eq!(
        labels(&g),
        vec!["beibehalten", "optimieren", "neu", "abschaffen"]
    );
    let g = grouped(&m, &all, GroupBy::Decision, en);
    assert_eq!(labels(&g), vec!["keep", "optimise", "new", "retire"]);
    for (g, d) in g.iter().zip(Decision::ALL) {
        assert_eq!(g.label, en.decision(*d));
    }
}

#[test]
fn grouping_with_nothing_visible_gives_no_groups() {
    let m = sample(Lang::De);
    let f = text("xyz");
    let texts = Lang::De.texts();
    for by in [
        GroupBy::Stage,
        GroupBy::Owner,
        GroupBy::Channel,
        GroupBy::Contact,
        GroupBy::Decision,
    ] {
        assert_eq!(grouped(&m, &f, by, texts), vec![], "{by:?}");
    }
}

#[test]
fn every_visible_touchpoint_is_in_exactly_one_group() {
    let m = sample(Lang::De);
    let f = Filter {
        contact: Some(Contact::Direct),
        ..Filter::default()
    };
    for by in [
        GroupBy::None,
        GroupBy::Stage,
        GroupBy::Owner,
        GroupBy::Channel,
        GroupBy::Contact,
        GroupBy::Decision,
    ] {
        let mut all: Vec<usize> = grouped(&m, &f, by, Lang::De.texts())
            .into_iter()
            .flat_map(|g| g.members)
            .collect();
        all.sort_unstable();
        assert_eq!(all, vec![0, 1, 3], "{by:?}");
    }
}

#[test]
fn empty_model_groups() {
    let m = Model::new(Lang::De);
    let texts = Lang::De.texts();
    assert_eq!(
        keys_and_members(&grouped(&m, &Filter::default(), GroupBy::None, texts)),
        vec![("", vec![])]
    );
    assert_eq!(
        grouped(&m, &Filter::default(), GroupBy::Stage, texts),
        vec![]
    );
    assert_eq!(
        grouped(&m, &Filter::default(), GroupBy::Owner, texts),
        vec![]
    );
}

// ---------------------------------------------------------------- group_key

#[test]
fn group_key_values() {
    let m = sample(Lang::De);
    let hotline = &m.touchpoints[0];
    assert_eq!(group_key(hotline, GroupBy::None), "");
    assert_eq!(group_key(hotline, GroupBy::Stage), "information");
    assert_eq!(group_key(hotline, GroupBy::Owner), "service");
    assert_eq!(group_key(hotline, GroupBy::Channel), "offline");
    assert_eq!(group_key(hotline, GroupBy::Contact), "direct");
    assert_eq!(group_key(hotline, GroupBy::Decision), "optimise");

    let invoice = &m.touchpoints[3];
    assert_eq!(group_key(invoice, GroupBy::Owner), "", "no owner");
    assert_eq!(group_key(invoice, GroupBy::Channel), "both");
    assert_eq!(group_key(invoice, GroupBy::Decision), "retire");

    let portal = &m.touchpoints[2];
    assert_eq!(group_key(portal, GroupBy::Contact), "indirect");
    assert_eq!(group_key(portal, GroupBy::Decision), "new");
    assert_eq!(group_key(portal, GroupBy::Channel), "online");
}

#[test]
fn group_keys_match_the_groups() {
    let m = sample(Lang::En);
    for by in [
        GroupBy::Stage,
        GroupBy::Owner,
        GroupBy::Channel,
        GroupBy::Contact,
        GroupBy::Decision,
    ] {
        for g in grouped(&m, &Filter::default(), by, Lang::En.texts()) {
            for i in g.members {
                assert_eq!(group_key(&m.touchpoints[i], by), g.key, "{by:?}");
            }
        }
    }
}

#[test]
fn default_group_by_is_none() {
    assert_eq!(GroupBy::default(), GroupBy::None);
}

proptest::proptest! {
    /// The search compares ASCII in place and lowercases only other text: either way it finds
    /// exactly what lowercasing the whole name would.
    #[test]
    fn the_search_matches_as_lowercasing_would(name in "[a-zA-ZäÄöÖß][a-zA-ZäÄöÖß ]{0,11}", needle in "[a-zA-ZäÄß ]{0,4}") {
        let m = apply(&Model::new(Lang::De), Action::AddTouchpoints(vec![new_tp(&name, "awareness", Contact::Direct, Channel::Online)]));
        let Some(tp) = m.touchpoints.iter().next() else { return Ok(()); };
        let expected = tp.name.to_lowercase().contains(&needle.trim().to_lowercase());
        proptest::prop_assert_eq!(text(&needle).matches(tp), expected);
    }
}
