//! The report's account of a rating round whose medians the model took: who took part by
//! group, where raters disagree, and the spread table (disagreements first). Absent without
//! rounds. Its tables are rows of texts through one builder: markup costs wasm bytes on
//! every first load.

use kontaktpunkt_core::domain::model::{Model, RatedTouchpoint, RoundRecord};
use kontaktpunkt_core::domain::round_record::RatedSpread;
use kontaktpunkt_core::text::report_tables::{report_table_texts, ReportTableTexts};
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::browser;
use crate::components::{scroll_wrap, table_head};
use crate::format::{date_text, number, signed, signed_number};

/// One section per round the model keeps, in the order they were taken.
pub fn report_rounds(model: &Model, lang: Lang) -> Html {
    model
        .round_records
        .iter()
        .enumerate()
        .map(|(i, record)| round_section(lang, i, record))
        .collect()
}

fn round_section(lang: Lang, i: usize, record: &RoundRecord) -> Html {
    let r = report_table_texts(lang);
    let texts = lang.texts();
    let heading = format!("report-round-{i}");
    let disagreeing: Vec<&str> = record
        .touchpoints
        .iter()
        .filter(|t| t.disagree())
        .map(|t| t.name.as_str())
        .collect();
    let groups = record
        .groups
        .iter()
        .map(|g| {
            let kind = if g.customer { r.customers } else { r.internal };
            let n = g.raters.map_or_else(
                || format!("{} {}", r.under, record.min_group),
                |n| n.to_string(),
            );
            (false, vec![format!("{} ({kind})", g.name), n])
        })
        .collect();
    let importance = record.touchpoints.iter().any(|t| t.importance.is_some());
    let (ist_median, ist_range) = (
        format!("{} · {}", texts.common.ist, r.median),
        format!("{} · {}", texts.common.ist, r.min_max),
    );
    let (imp_median, imp_range) = (
        format!("{} · {}", texts.common.importance, r.median),
        format!("{} · {}", texts.common.importance, r.min_max),
    );
    let mut head = vec![r.touchpoint, "n", &ist_median, &ist_range];
    if importance {
        head.extend([imp_median.as_str(), &imp_range]);
    }
    head.push(r.flags);
    let rows = record
        .disagreements_first()
        .into_iter()
        .map(|t| (t.disagree(), spread_row(lang, r, t, importance)))
        .collect();
    html! {
        <section class="report-section report-round" aria-labelledby={heading.clone()}>
            <h2 id={heading}>{ if record.follow_up { r.follow_up_title } else { r.round_title } }</h2>
            <p>{ format!("{} {} · {}: {}", r.round_taken, date_text(lang, &browser::date_of(record.taken)), r.raters, record.raters) }</p>
            <h3>{ r.who_took_part }</h3>
            { text_table(&[r.group, r.raters], groups) }
            <h3>{ r.disagreements }</h3>
            <p class="report-round-disagreements">{ if disagreeing.is_empty() { r.none.to_string() } else { disagreeing.join(", ") } }</p>
            <h3>{ r.spread_table }</h3>
            { scroll_wrap(r.spread_table, text_table(&head, rows)) }
            <p class="chart-help">{ r.disagree_note }</p>
        </section>
    }
}

/// A table of texts: each row's first cell heads it; a flagged row is marked `disagree`.
fn text_table(head: &[&str], rows: Vec<(bool, Vec<String>)>) -> Html {
    html! {
        <table class="report-table report-round-table">
            { table_head(head, None) }
            <tbody>
                for (flagged, cells) in rows {
                    <tr class={classes!(flagged.then_some("disagree"))}>
                        for (i, cell) in cells.into_iter().enumerate() {
                            if i == 0 { <th scope="row">{ cell }</th> } else { <td>{ cell }</td> }
                        }
                    </tr>
                }
            </tbody>
        </table>
    }
}

/// Touchpoint, n, Ist median and min–max, importance median and min–max (if shown), flag.
fn spread_row(
    lang: Lang,
    r: &ReportTableTexts,
    t: &RatedTouchpoint,
    importance: bool,
) -> Vec<String> {
    // A median is a whole or a half step: written with one decimal only when it is a half.
    let median = |s: &RatedSpread, sign: bool| {
        let decimals = usize::from(s.median.fract() != 0.0);
        match sign {
            true if decimals == 0 => signed(s.median as i8),
            true => signed_number(lang, s.median, 1),
            false => number(lang, s.median, decimals),
        }
    };
    let cells = |s: Option<RatedSpread>, sign: bool| {
        let end = |v: i8| if sign { signed(v) } else { v.to_string() };
        s.map_or_else(
            || ["–".to_string(), "–".to_string()],
            |s| [median(&s, sign), format!("{} … {}", end(s.min), end(s.max))],
        )
    };
    let mut row = vec![t.name.clone(), t.n().to_string()];
    row.extend(cells(t.ist, true));
    if importance {
        row.extend(cells(t.importance, false));
    }
    row.push(if t.disagree() { r.disagree } else { "" }.to_string());
    row
}
