use super::*;

/// The funnel's figures per stage, ours and optionally a named competitor's.
#[component]
pub fn FunnelForm(props: &KpiFormProps) -> Html {
    let texts = props.lang.texts();
    let store = use_dispatcher();
    let funnel = &props.model.kpis.funnel;
    let figure = |side: FunnelSide, stage: FunnelStage, value: Option<u32>, who: &str| {
        let id = format!(
            "funnel-{}-{}",
            if side == FunnelSide::Ours {
                "ours"
            } else {
                "theirs"
            },
            stage.key()
        );
        html! {
            <td>
                <label for={id.clone()} class="visually-hidden">{ format!("{} · {who}", texts.funnel_stage(stage)) }</label>
                <DraftInput {id} kind="number" value={value.map(|v| v.to_string()).unwrap_or_default()}
                    on_commit={store.callback(move |v: String| Action::SetFunnelFigure { side, stage, value: parse_count(&v) })} />
            </td>
        }
    };
    let competitor = funnel.competitor.as_ref();
    html! {
        <div class="funnel-form">
            <div class="field-row">
                <div class="field">
                    <label for="funnel-competitor">{ texts.kpis.competitor_name }</label>
                    <DraftInput id="funnel-competitor" value={competitor.map(|c| c.name.clone()).unwrap_or_default()}
                        on_commit={store.callback(|v: String| Action::SetCompetitor(Some(v)))} />
                </div>
                if competitor.is_some() {
                    <button type="button" class="button-quiet no-print" onclick={store.callback(|_: MouseEvent| Action::SetCompetitor(None))}>{ texts.kpis.remove_competitor }</button>
                }
            </div>
            { scroll_wrap(texts.kpis.funnel_title, html! {
                <table class="funnel-table">
                    { table_head(&funnel_columns(texts, competitor), None) }
                    <tbody>
                        for stage in FunnelStage::ALL.iter().copied() {
                            <tr>
                                <th scope="row">{ texts.funnel_stage(stage) }</th>
                                { figure(FunnelSide::Ours, stage, funnel.ours[stage.index()], texts.kpis.ours) }
                                if let Some(c) = competitor {
                                    { figure(FunnelSide::Competitor, stage, c.figures[stage.index()], &c.name) }
                                }
                            </tr>
                        }
                    </tbody>
                </table>
            }) }
        </div>
    }
}
