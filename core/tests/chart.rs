#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Chart geometry (`chart.rs`): where the journey curve and the importance-performance matrix
//! put each mark. All expected coordinates are computed by hand from the frames below.

mod common;
use common::{apply, new_tp};
use kontaktpunkt_core::domain::action::TouchpointEdit;
use kontaktpunkt_core::domain::model::Id;
use kontaktpunkt_core::figures::analysis::Quadrant;
use kontaktpunkt_core::figures::chart::{
    bar_length, ipa_layout, journey_layout, rating_scale_y, series_layout, slot_x, Frame, IpaPoint,
    Scale, StageBand, IPA_IMPORTANCE_DOMAIN,
};
use kontaktpunkt_core::{Action, Lang, Model};

const EPS: f64 = 1e-9;

fn edit(m: &Model, id: Id, e: TouchpointEdit) -> Model {
    apply(m, Action::EditTouchpoint(id, e))
}

fn rate(m: &Model, id: Id, ist: Option<i8>, soll: Option<i8>) -> Model {
    let m = edit(m, id, TouchpointEdit::Ist(ist));
    edit(&m, id, TouchpointEdit::Soll(soll))
}

#[track_caller]
fn close(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < EPS,
        "expected {expected}, got {actual}"
    );
}

#[track_caller]
fn close_opt(actual: Option<f64>, expected: Option<f64>) {
    match (actual, expected) {
        (Some(a), Some(e)) => close(a, e),
        (None, None) => {}
        _ => panic!("expected {expected:?}, got {actual:?}"),
    }
}

fn dist(ax: f64, ay: f64, bx: f64, by: f64) -> f64 {
    (ax - bx).hypot(ay - by)
}

// ---------------------------------------------------------------- Scale and Frame

#[test]
fn scale_maps_both_ends_and_the_middle() {
    let s = Scale::new((0.0, 10.0), (100.0, 200.0));
    close(s.map(0.0), 100.0);
    close(s.map(10.0), 200.0);
    close(s.map(5.0), 150.0);
    close(s.map(2.5), 125.0);
}

#[test]
fn scale_with_an_inverted_range() {
    // SVG y grows downwards: the domain's top maps to the smaller pixel value.
    let s = Scale::new((-2.0, 2.0), (220.0, 20.0));
    close(s.map(-2.0), 220.0);
    close(s.map(2.0), 20.0);
    close(s.map(0.0), 120.0);
    close(s.map(1.0), 70.0);
}

#[test]
fn scale_with_a_degenerate_domain_gives_the_middle() {
    let s = Scale::new((3.0, 3.0), (10.0, 30.0));
    close(s.map(3.0), 20.0);
    close(s.map(-100.0), 20.0);
    close(s.map(100.0), 20.0);
    assert!(s.map(3.0).is_finite());
}

#[test]
fn frame_edges() {
    let f = Frame {
        width: 600.0,
        height: 300.0,
        left: 50.0,
        right: 40.0,
        top: 20.0,
        bottom: 80.0,
    };
    close(f.x0(), 50.0);
    close(f.x1(), 560.0);
    close(f.y0(), 20.0);
    close(f.y1(), 220.0);
}

#[test]
fn rating_scale_puts_plus_two_at_the_top() {
    let f = journey_frame();
    let y = rating_scale_y(&f);
    close(y.map(2.0), f.y0());
    close(y.map(-2.0), f.y1());
    close(y.map(0.0), 120.0);
}

// ---------------------------------------------------------------- journey_layout

/// Plot area x 50..550 (500 wide), y 20..220 (200 high).
fn journey_frame() -> Frame {
    Frame {
        width: 600.0,
        height: 300.0,
        left: 50.0,
        right: 50.0,
        top: 20.0,
        bottom: 80.0,
    }
}

/// Five touchpoints, model order ≠ stage order; purchase has one, information and loyalty none.
///
/// | id | stage     | Ist | Soll |
/// |----|-----------|-----|------|
/// | 1  | purchase  | —   | +1   |
/// | 2  | awareness | +1  | +2   |
/// | 3  | awareness | 0   | +2   |
/// | 4  | usage     | −2  | —    |
/// | 5  | usage     | −1  | 0    |
///
/// Journey order: 2, 3, 1, 4, 5; step = 500 / 5 = 100, so x = 100, 200, 300, 400, 500.
/// Rating y = 220 − (r + 2) / 4 · 200: +2 → 20, +1 → 70, 0 → 120, −1 → 170, −2 → 220.
fn journey_model() -> Model {
    let m = apply(
        &Model::new(Lang::De),
        Action::AddTouchpoints(vec![
            new_tp("Kasse", "purchase"),
            new_tp("Anzeige", "awareness"),
            new_tp("Website", "awareness"),
            new_tp("Lieferung", "usage"),
            new_tp("Rechnung", "usage"),
        ]),
    );
    let m = rate(&m, 1, None, Some(1));
    let m = rate(&m, 2, Some(1), Some(2));
    let m = rate(&m, 3, Some(0), Some(2));
    let m = rate(&m, 4, Some(-2), None);
    rate(&m, 5, Some(-1), Some(0))
}

#[test]
fn journey_bands_follow_stage_order_and_skip_empty_stages() {
    let layout = journey_layout(&journey_model(), &journey_frame());
    let band = |key: &str, name: &str, x0: f64, x1: f64| StageBand {
        key: key.into(),
        name: name.into(),
        x0,
        x1,
    };
    assert_eq!(
        layout.bands,
        vec![
            band("awareness", "Aufmerksamkeit", 50.0, 250.0),
            band("purchase", "Kauf", 250.0, 350.0),
            band("usage", "Nutzung & Service", 350.0, 550.0),
        ]
    );
}

#[test]
fn journey_points_are_in_stage_order_at_evenly_spaced_centres() {
    let layout = journey_layout(&journey_model(), &journey_frame());
    let ids: Vec<Id> = layout.points.iter().map(|p| p.id).collect();
    assert_eq!(ids, vec![2, 3, 1, 4, 5]);
    let xs: Vec<f64> = layout.points.iter().map(|p| p.x).collect();
    for (x, expected) in xs.iter().zip([100.0, 200.0, 300.0, 400.0, 500.0]) {
        close(*x, expected);
    }
}

#[test]
fn journey_points_map_ratings_to_y() {
    let layout = journey_layout(&journey_model(), &journey_frame());
    let expected = [
        (2, Some(70.0), Some(20.0)),
        (3, Some(120.0), Some(20.0)),
        (1, None, Some(70.0)),
        (4, Some(220.0), None),
        (5, Some(170.0), Some(120.0)),
    ];
    assert_eq!(layout.points.len(), expected.len());
    for (p, (id, ist, soll)) in layout.points.iter().zip(expected) {
        assert_eq!(p.id, id);
        close_opt(p.ist, ist);
        close_opt(p.soll, soll);
    }
}

#[test]
fn journey_extreme_ratings_sit_on_the_frame_edges() {
    let f = journey_frame();
    let m = apply(
        &Model::new(Lang::En),
        Action::AddTouchpoint(new_tp("Website", "awareness")),
    );
    let m = rate(&m, 1, Some(-2), Some(2));
    let layout = journey_layout(&m, &f);
    let p = &layout.points[0];
    close_opt(p.soll, Some(f.y0()));
    close_opt(p.ist, Some(f.y1()));
    // A single touchpoint sits in the middle of the plot, its band spans the whole width.
    close(p.x, 300.0);
    assert_eq!(layout.bands.len(), 1);
    assert_eq!(layout.bands[0].name, "Awareness");
    close(layout.bands[0].x0, f.x0());
    close(layout.bands[0].x1, f.x1());
}

#[test]
fn journey_unrated_ist_splits_the_ist_line() {
    let layout = journey_layout(&journey_model(), &journey_frame());
    assert_eq!(
        layout.ist_line,
        vec!["100.0,70.0 200.0,120.0", "400.0,220.0 500.0,170.0"]
    );
}

#[test]
fn journey_unrated_soll_splits_the_soll_line() {
    let layout = journey_layout(&journey_model(), &journey_frame());
    assert_eq!(
        layout.soll_line,
        vec!["100.0,20.0 200.0,20.0 300.0,70.0", "500.0,120.0"]
    );
}

#[test]
fn journey_gap_areas_only_for_runs_rated_on_both() {
    let layout = journey_layout(&journey_model(), &journey_frame());
    // Rated on both: 2, 3 (a run), 5 (a run of one). Each polygon: Soll left→right, then Ist
    // right→left.
    assert_eq!(
        layout.gap_areas,
        vec![
            "100.0,20.0 200.0,20.0 200.0,120.0 100.0,70.0",
            "500.0,120.0 500.0,170.0",
        ]
    );
}

#[test]
fn journey_fully_rated_gives_one_line_and_one_area() {
    let m = journey_model();
    let m = rate(&m, 1, Some(-1), Some(1));
    let m = rate(&m, 4, Some(-2), Some(-2));
    let layout = journey_layout(&m, &journey_frame());
    assert_eq!(
        layout.ist_line,
        vec!["100.0,70.0 200.0,120.0 300.0,170.0 400.0,220.0 500.0,170.0"]
    );
    assert_eq!(
        layout.soll_line,
        vec!["100.0,20.0 200.0,20.0 300.0,70.0 400.0,220.0 500.0,120.0"]
    );
    assert_eq!(layout.gap_areas.len(), 1);
    assert_eq!(
        layout.gap_areas[0],
        "100.0,20.0 200.0,20.0 300.0,70.0 400.0,220.0 500.0,120.0 \
         500.0,170.0 400.0,220.0 300.0,170.0 200.0,120.0 100.0,70.0"
    );
}

#[test]
fn journey_of_an_empty_model_has_nothing() {
    let layout = journey_layout(&Model::new(Lang::De), &journey_frame());
    assert!(layout.points.is_empty());
    assert!(layout.bands.is_empty());
    assert!(layout.ist_line.is_empty());
    assert!(layout.soll_line.is_empty());
    assert!(layout.gap_areas.is_empty());
}

#[test]
fn journey_of_unrated_touchpoints_has_points_but_no_lines() {
    let m = apply(
        &Model::new(Lang::De),
        Action::AddTouchpoints(vec![new_tp("A", "awareness"), new_tp("B", "loyalty")]),
    );
    let layout = journey_layout(&m, &journey_frame());
    // step = 500 / 2 = 250: x = 175 and 425
    let expected = [(1, 175.0), (2, 425.0)];
    assert_eq!(layout.points.len(), 2);
    for (p, (id, x)) in layout.points.iter().zip(expected) {
        assert_eq!(
            (p.id, p.ist, p.soll),
            (id, None, None),
            "{p:?} should be unrated"
        );
        close(p.x, x);
    }
    assert!(layout.ist_line.is_empty());
    assert!(layout.soll_line.is_empty());
    assert!(layout.gap_areas.is_empty());
    assert_eq!(layout.bands.len(), 2);
    close(layout.bands[0].x1, 300.0);
    close(layout.bands[1].x0, 300.0);
}

// ---------------------------------------------------------------- ipa_layout

/// Plot area x 50..550 (500 wide), y 50..350 (300 high); the importance axis runs 0..6 (strips
/// for the quadrant labels), so cell = min(500/5, 300/6) = 50.
/// x(ist) = 50 + (ist + 2.5) · 100: −2 → 100, −1 → 200, 0 → 300, +1 → 400, +2 → 500.
/// y(imp) = 350 − imp · 50: 1 → 300, 2 → 250, 3 → 200, 4 → 150, 5 → 100.
fn ipa_frame() -> Frame {
    Frame {
        width: 600.0,
        height: 400.0,
        left: 50.0,
        right: 50.0,
        top: 50.0,
        bottom: 50.0,
    }
}

const CELL: f64 = 50.0;

fn ipa_x(ist: i8) -> f64 {
    50.0 + (f64::from(ist) + 2.5) * 100.0
}

fn ipa_y(imp: u8) -> f64 {
    350.0 - f64::from(imp) * 50.0
}

/// `n` touchpoints in the awareness stage, each with the given (Ist, importance).
fn ipa_model(ratings: &[(Option<i8>, u8)]) -> Model {
    let list = (0..ratings.len())
        .map(|i| new_tp(&format!("T{i}"), "awareness"))
        .collect();
    let mut m = apply(&Model::new(Lang::De), Action::AddTouchpoints(list));
    for (i, (ist, imp)) in ratings.iter().enumerate() {
        let id = i as Id + 1;
        m = edit(&m, id, TouchpointEdit::Ist(*ist));
        m = edit(&m, id, TouchpointEdit::Importance(*imp));
    }
    m
}

#[test]
fn ipa_helpers_match_the_scales() {
    // The hand formulas above agree with the documented axes.
    let f = ipa_frame();
    let x = Scale::new((-2.5, 2.5), (f.x0(), f.x1()));
    let y = Scale::new(IPA_IMPORTANCE_DOMAIN, (f.y1(), f.y0()));
    for ist in -2..=2 {
        close(x.map(f64::from(ist)), ipa_x(ist));
    }
    for imp in 1..=5 {
        close(y.map(f64::from(imp)), ipa_y(imp));
    }
    close(ipa_x(-2), 100.0);
    close(ipa_x(2), 500.0);
    close(ipa_y(1), 300.0);
    close(ipa_y(5), 100.0);
}

#[test]
fn ipa_leaves_out_unrated_touchpoints() {
    let m = ipa_model(&[(Some(1), 4), (None, 5), (Some(-1), 2)]);
    // A Soll alone does not put a touchpoint on the matrix.
    let m = edit(&m, 2, TouchpointEdit::Soll(Some(2)));
    let points = ipa_layout(&m, &ipa_frame());
    let ids: Vec<Id> = points.iter().map(|p| p.id).collect();
    assert_eq!(ids, vec![1, 3]);
}

#[test]
fn ipa_points_of_a_crowded_cell_follow_the_golden_angle_spiral() {
    // 300 touchpoints on one cell: the k-th sits k golden angles (2.399963 rad) round the
    // centre, at radius 0.24·cell·√k, at most 0.44·cell; the turned direction does not drift.
    let m = ipa_model(&vec![(Some(1), 4); 300]);
    let points = ipa_layout(&m, &ipa_frame());
    assert_eq!(points.len(), 300);
    for (k, p) in points.iter().enumerate() {
        let k = k as f64;
        let radius = (CELL * 0.24 * k.sqrt()).min(CELL * 0.44);
        let angle = k * 2.399_963;
        assert!(
            (p.x - (ipa_x(1) + radius * angle.cos())).abs() < 1e-9,
            "x of point {k}"
        );
        assert!(
            (p.y - (ipa_y(4) + radius * angle.sin())).abs() < 1e-9,
            "y of point {k}"
        );
    }
}

#[test]
fn ipa_of_an_empty_or_unrated_model_is_empty() {
    assert!(ipa_layout(&Model::new(Lang::De), &ipa_frame()).is_empty());
    let m = ipa_model(&[(None, 3), (None, 1)]);
    assert!(ipa_layout(&m, &ipa_frame()).is_empty());
}

#[test]
fn ipa_first_point_of_a_cell_sits_at_the_cell_centre() {
    let m = ipa_model(&[(Some(-2), 1), (Some(2), 5), (Some(0), 3), (Some(1), 2)]);
    let points = ipa_layout(&m, &ipa_frame());
    let expected = [
        (1, 100.0, 300.0),
        (2, 500.0, 100.0),
        (3, 300.0, 200.0),
        (4, 400.0, 250.0),
    ];
    assert_eq!(points.len(), expected.len());
    for (p, (id, x, y)) in points.iter().zip(expected) {
        assert_eq!(p.id, id);
        close(p.x, x);
        close(p.y, y);
    }
}

#[test]
fn ipa_two_touchpoints_in_one_cell_are_spread_apart() {
    let m = ipa_model(&[(Some(-1), 4), (Some(-1), 4)]);
    let points = ipa_layout(&m, &ipa_frame());
    assert_eq!(points.len(), 2);
    let (cx, cy) = (ipa_x(-1), ipa_y(4));
    close(cx, 200.0);
    close(cy, 150.0);
    // first exactly at the centre
    close(points[0].x, cx);
    close(points[0].y, cy);
    // second elsewhere, still inside the cell's circle of 0.44 · cell = 22
    assert!(dist(points[0].x, points[0].y, points[1].x, points[1].y) > 1.0);
    let r = dist(points[1].x, points[1].y, cx, cy);
    assert!(r <= 0.44 * CELL + EPS, "radius {r}");
    // radius of the second point: 0.24 · cell · √1 = 12
    close(r, 12.0);
}

#[test]
fn ipa_crowded_cell_stays_within_the_cell_and_keeps_points_apart() {
    let ratings = vec![(Some(2), 5); 30];
    let m = ipa_model(&ratings);
    let points = ipa_layout(&m, &ipa_frame());
    assert_eq!(points.len(), 30);
    let (cx, cy) = (ipa_x(2), ipa_y(5));
    for p in &points {
        let r = dist(p.x, p.y, cx, cy);
        assert!(r <= 0.44 * CELL + EPS, "{p:?} is {r} from the centre");
        assert_eq!(p.quadrant, Quadrant::KeepItUp);
    }
    for (i, a) in points.iter().enumerate() {
        for b in &points[i + 1..] {
            assert!(
                dist(a.x, a.y, b.x, b.y) > 1.0,
                "{} and {} overlap: {a:?} {b:?}",
                a.id,
                b.id
            );
        }
    }
}

#[test]
fn ipa_cells_count_separately() {
    // 1 and 3 share a cell, 2 is alone in another: 2 sits at its own centre.
    let m = ipa_model(&[(Some(0), 3), (Some(1), 3), (Some(0), 3)]);
    let points = ipa_layout(&m, &ipa_frame());
    close(points[0].x, ipa_x(0));
    close(points[0].y, ipa_y(3));
    close(points[1].x, ipa_x(1));
    close(points[1].y, ipa_y(3));
    assert!(dist(points[2].x, points[2].y, ipa_x(0), ipa_y(3)) > 1.0);
}

#[test]
fn ipa_quadrants() {
    // split: importance ≥ 3 is high, Ist > 0 is high
    let m = ipa_model(&[
        (Some(-2), 5), // high importance, low Ist
        (Some(0), 3),  // boundary: importance 3 is high, Ist 0 is low
        (Some(1), 3),  // high, high
        (Some(2), 5),  // high, high
        (Some(0), 2),  // low, low
        (Some(-2), 1), // low, low
        (Some(1), 2),  // low importance, high Ist
        (Some(2), 1),  // low importance, high Ist
    ]);
    let points = ipa_layout(&m, &ipa_frame());
    let got: Vec<(Id, Quadrant)> = points.iter().map(|p| (p.id, p.quadrant)).collect();
    use Quadrant::{FixFirst, KeepItUp, LowPriority, PossibleOverkill};
    assert_eq!(
        got,
        vec![
            (1, FixFirst),
            (2, FixFirst),
            (3, KeepItUp),
            (4, KeepItUp),
            (5, LowPriority),
            (6, LowPriority),
            (7, PossibleOverkill),
            (8, PossibleOverkill),
        ]
    );
}

#[test]
fn ipa_high_importance_is_drawn_higher() {
    let m = ipa_model(&[(Some(0), 1), (Some(0), 5)]);
    let points = ipa_layout(&m, &ipa_frame());
    assert!(points[1].y < points[0].y, "importance 5 above importance 1");
    let m = ipa_model(&[(Some(-2), 3), (Some(2), 3)]);
    let points = ipa_layout(&m, &ipa_frame());
    assert!(points[1].x > points[0].x, "Ist +2 right of Ist −2");
}

#[test]
fn ipa_cell_is_the_smaller_side() {
    // Frame 1000 × 250 with no margins: columns 200 wide, six rows of 250/6 high, so cell =
    // 41.67 and the second point of a cell sits 0.24 · 41.67 = 10 from the centre.
    let f = Frame {
        width: 1000.0,
        height: 250.0,
        left: 0.0,
        right: 0.0,
        top: 0.0,
        bottom: 0.0,
    };
    let m = ipa_model(&[(Some(0), 3), (Some(0), 3)]);
    let points = ipa_layout(&m, &f);
    let expected_centre = (500.0, 125.0);
    let first: &IpaPoint = &points[0];
    close(first.x, expected_centre.0);
    close(first.y, expected_centre.1);
    close(
        dist(
            points[1].x,
            points[1].y,
            expected_centre.0,
            expected_centre.1,
        ),
        10.0,
    );
}

// ---------------------------------------------------------------- Series and bars

const TREND: Frame = Frame {
    width: 500.0,
    height: 240.0,
    left: 100.0,
    right: 0.0,
    top: 20.0,
    bottom: 20.0,
};

#[test]
fn slots_cut_the_plot_area_evenly_and_sit_at_their_centres() {
    // Plot area 100..500: four slots of 100, centres 150, 250, 350, 450.
    for (i, x) in [150.0, 250.0, 350.0, 450.0].into_iter().enumerate() {
        close(slot_x(&TREND, 4, i), x);
    }
    // One point sits in the middle; no points do not divide by zero.
    close(slot_x(&TREND, 1, 0), 300.0);
    close(slot_x(&TREND, 0, 0), 300.0);
}

#[test]
fn a_series_maps_values_onto_the_domain_high_at_the_top() {
    // Domain 0..100 onto y 220 (bottom) .. 20 (top): y = 220 − v · 2.
    let s = series_layout(&TREND, (0.0, 100.0), &[Some(0.0), Some(50.0), Some(100.0)]);
    let xs = [500.0 / 3.0, 300.0, 1300.0 / 3.0];
    let ys = [220.0, 120.0, 20.0];
    for (i, p) in s.points.iter().enumerate() {
        let (x, y) = p.unwrap();
        close(x, xs[i]);
        close(y, ys[i]);
    }
    assert_eq!(
        s.lines,
        vec!["166.7,220.0 300.0,120.0 433.3,20.0".to_string()]
    );
}

#[test]
fn a_missing_value_breaks_the_line_and_outliers_stay_on_the_edge() {
    // Domain −2..+2 onto 220..20: y = 120 − v · 50. Slots of 100 at 150, 250, 350, 450.
    let s = series_layout(
        &TREND,
        (-2.0, 2.0),
        &[Some(-1.0), None, Some(3.0), Some(2.0)],
    );
    assert_eq!(s.points[1], None);
    let (_, y) = s.points[0].unwrap();
    close(y, 170.0);
    let (_, y) = s.points[2].unwrap();
    close(y, 20.0);
    assert_eq!(
        s.lines,
        vec![
            "150.0,170.0".to_string(),
            "350.0,20.0 450.0,20.0".to_string()
        ]
    );
    let empty = series_layout(&TREND, (0.0, 100.0), &[None, None]);
    assert!(empty.lines.is_empty());
    assert_eq!(empty.points, vec![None, None]);
}

#[test]
fn bars_grow_in_proportion_and_stay_within_their_length() {
    close(bar_length(25.0, 100.0, 400.0), 100.0);
    close(bar_length(100.0, 100.0, 400.0), 400.0);
    close(bar_length(150.0, 100.0, 400.0), 400.0);
    close(bar_length(-5.0, 100.0, 400.0), 0.0);
    close(bar_length(5.0, 0.0, 400.0), 0.0);
    close(bar_length(f64::NAN, 10.0, 400.0), 0.0);
}

#[test]
fn charts_number_every_point_up_to_the_limit_then_the_highest_priorities() {
    use kontaktpunkt_core::domain::action::{Action, NewTouchpoint, TouchpointEdit};
    use kontaktpunkt_core::domain::model::{Channel, Contact, Experience, Model};
    use kontaktpunkt_core::figures::analysis::priority;
    use kontaktpunkt_core::figures::chart::{numbered_points, MAX_NUMBERED};
    use kontaktpunkt_core::Lang;
    let mut model = Model::new(Lang::En);
    for i in 0..40u8 {
        let stage = model.stages[0].key.clone();
        model = model
            .apply(
                Action::AddTouchpoint(NewTouchpoint {
                    name: format!("T{i}"),
                    stage,
                    contact: Contact::Direct,
                    channel: Channel::Online,
                }),
                0.0,
            )
            .unwrap();
        let id = model.touchpoints.iter().last().unwrap().id;
        let ist = Experience::new([-2, -1, 0][usize::from(i % 3)]).ok();
        model = model
            .apply(
                Action::EditTouchpoint(id, TouchpointEdit::Ist(ist.map(|e| e.value()))),
                0.0,
            )
            .unwrap();
        model = model
            .apply(
                Action::EditTouchpoint(id, TouchpointEdit::Soll(Some(2))),
                0.0,
            )
            .unwrap();
    }
    let ids: Vec<_> = model.touchpoints.iter().map(|t| t.id).collect();
    // Few points: all numbered, in the model's order.
    let few = numbered_points(&model, &ids[..10]);
    assert_eq!(few, ids[..10].iter().copied().zip(1..).collect::<Vec<_>>());
    // Many: the highest priorities, numbered by priority.
    let many = numbered_points(&model, &ids);
    assert_eq!(many.len(), MAX_NUMBERED);
    let priorities: Vec<u8> = many
        .iter()
        .map(|(id, _)| priority(model.touchpoint(*id).unwrap()))
        .collect();
    assert!(
        priorities.windows(2).all(|w| w[0] >= w[1]),
        "{priorities:?}"
    );
    let lowest_numbered = *priorities.last().unwrap();
    let left_out = model
        .touchpoints
        .iter()
        .filter(|t| !many.iter().any(|(id, _)| *id == t.id));
    assert!(left_out.into_iter().all(|t| priority(t) <= lowest_numbered));
}

#[test]
fn the_summarised_journey_joins_stage_means_and_keeps_numbered_points_apart() {
    use kontaktpunkt_core::figures::chart::journey_summary;
    // 12 touchpoints in awareness, all Ist −2 and Soll 0, 10 of them numbered.
    let list = (0..12)
        .map(|i| new_tp(&format!("T{i}"), "awareness"))
        .collect();
    let mut m = apply(&Model::new(Lang::En), Action::AddTouchpoints(list));
    for id in 1..=12 {
        m = rate(&m, id, Some(-2), Some(if id % 2 == 0 { 1 } else { -1 }));
    }
    let frame = Frame {
        width: 600.0,
        height: 300.0,
        left: 0.0,
        right: 0.0,
        top: 0.0,
        bottom: 0.0,
    };
    let numbered: std::collections::HashSet<Id> = (1..=10).collect();
    let layout = journey_summary(&m, &frame, &numbered);
    assert_eq!(layout.bands.len(), 1);
    assert_eq!(layout.points.len(), 10);
    // One stage: one point per line, at the band's centre, Ist mean −2, Soll mean 0.
    let y = rating_scale_y(&frame);
    assert_eq!(layout.ist_line, vec![format!("300.0,{:.1}", y.map(-2.0))]);
    assert_eq!(layout.soll_line, vec![format!("300.0,{:.1}", y.map(0.0))]);
    for (i, a) in layout.points.iter().enumerate() {
        assert!(a.soll.is_none());
        for b in &layout.points[i + 1..] {
            let (ay, by) = (a.ist.unwrap(), b.ist.unwrap());
            assert!(
                ((a.x - b.x).powi(2) + (ay - by).powi(2)).sqrt() >= 23.0 - EPS,
                "{a:?} {b:?}"
            );
        }
    }
}

#[test]
fn a_long_label_wraps_between_words_and_a_long_word_keeps_its_own_line() {
    use kontaktpunkt_core::figures::chart::wrap_words;
    assert_eq!(
        wrap_words("Bindung & Empfehlung", 12),
        ["Bindung &", "Empfehlung"]
    );
    assert_eq!(wrap_words("Kauf", 12), ["Kauf"]);
    assert_eq!(
        wrap_words("Kundenbindungsprogramm Gold", 10),
        ["Kundenbindungsprogramm", "Gold"]
    );
    assert_eq!(wrap_words("  ", 10), Vec::<String>::new());
}
