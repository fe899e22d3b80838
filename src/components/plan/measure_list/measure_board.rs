use super::*;

/// One column per status, each with its measures' cards.
#[component]
pub fn MeasureBoard(props: &MeasureListProps) -> Html {
    let texts = props.lang.texts();
    let model = &props.model;
    let shown: HashSet<Id> = props.plan.iter().map(|p| p.id).collect();
    html! {
        <div class="measure-board">
            for (status, column) in by_status(model, &props.today) {
                {{
                    let cards: Vec<PlannedMeasure> = column.into_iter().filter(|p| shown.contains(&p.id)).collect();
                    let title_id = format!("status-{}", status.key());
                    html! {
                        <section class="board-column" aria-labelledby={title_id.clone()} data-status={status.key()}>
                            <h3 id={title_id}>{ texts.measure_status(status) }{ format!(" ({})", cards.len()) }</h3>
                            for p in cards.iter() {
                                if let Some(m) = model.measure(p.id) {
                                    <article key={m.id} class={classes!("measure-card", p.overdue.then_some("is-overdue"))} data-measure={m.id.to_string()}>
                                        <h4 class="measure-title">{ &m.title }</h4>
                                        <div class="badges">{ badges(p, texts) }</div>
                                        <dl class="measure-facts">
                                            <div><dt>{ texts.common.owner }</dt><dd>{ owner_text(model, m.owner.as_deref(), texts) }</dd></div>
                                            <div><dt>{ texts.plan.due }</dt><dd>{ due_text(m, props.lang) }</dd></div>
                                            <div><dt>{ texts.plan.effort }</dt><dd>{ m.effort.value() }</dd></div>
                                            <div><dt>{ texts.common.touchpoints }</dt><dd>{ touchpoint_names(model, m) }</dd></div>
                                        </dl>
                                        { edit_button(&props.on_edit, m, texts) }
                                    </article>
                                }
                            }
                        </section>
                    }
                }}
            }
        </div>
    }
}
