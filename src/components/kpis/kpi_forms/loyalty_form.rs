use super::*;

/// The customers counted in each of the six loyalty segments; a change applies at once.
#[component]
pub fn LoyaltyForm(props: &KpiFormProps) -> Html {
    let texts = props.lang.texts();
    let store = use_dispatcher();
    let values = props.model.kpis.loyalty.to_array();
    html! {
        <div class="field-row loyalty-form">
            for (i, segment) in LoyaltySegment::ALL.iter().enumerate() {
                {{
                    let current = values;
                    let on_change = store.callback(move |text: String| {
                        let mut v = current;
                        // An empty or unreadable field counts nobody in the segment.
                        v[i] = parse_count(&text).unwrap_or(0);
                        Action::SetLoyalty(LoyaltyCounts::from_array(v))
                    });
                    html! {
                        <div class="field">
                            <label for={format!("loyalty-{i}")}>{ texts.loyalty_segment(*segment) }</label>
                            <DraftInput id={format!("loyalty-{i}")} kind="number" value={values[i].to_string()} on_commit={on_change} />
                        </div>
                    }
                }}
            }
        </div>
    }
}
