use super::*;

/// The plan as one table in plan order: what the report prints.
#[component]
pub fn MeasureTable(props: &MeasureListProps) -> Html {
    let texts = props.lang.texts();
    let model = &props.model;
    html! {
        { scroll_wrap(texts.plan.plan_list_title, html! {
            <table class="measure-table">
                { table_head(&[texts.plan.measure_title, texts.plan.status, texts.common.owner, texts.plan.due, texts.plan.effort, texts.common.touchpoints, texts.plan.expected_short],
                    props.on_edit.is_some().then_some(texts.common.edit)) }
                <tbody>
                    for p in props.plan.iter() {
                        if let Some(m) = model.measure(p.id) {
                            <tr key={m.id} class={classes!(p.overdue.then_some("is-overdue"))} data-measure={m.id.to_string()}>
                                <th scope="row"><span class="measure-title">{ &m.title }</span>{ " " }{ badges(p, texts) }</th>
                                <td>{ texts.measure_status(m.status) }</td>
                                <td>{ owner_text(model, m.owner.as_deref(), texts) }</td>
                                <td>{ due_text(m, props.lang) }</td>
                                <td>{ m.effort.value() }</td>
                                <td>{ touchpoint_names(model, m) }</td>
                                <td class="nowrap">{ scenarios_text(m) }</td>
                                if props.on_edit.is_some() { <td>{ edit_button(&props.on_edit, m, texts) }</td> }
                            </tr>
                        }
                    }
                </tbody>
            </table>
        }) }
    }
}
