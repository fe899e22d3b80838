use super::*;

/// A new referral period: new customers, and how many came through a referral.
#[component]
pub fn ReferralForm() -> Html {
    let (store, dispatcher) = (use_reading(), use_dispatcher());
    let texts = store.lang.texts();
    let period = use_state(String::new);
    let referred = use_state(String::new);
    let new_customers = use_state(String::new);
    let bad_count = use_state(|| false);
    use_clear_on_growth(
        store.model.kpis.referrals.len(),
        vec![period.clone(), referred.clone(), new_customers.clone()],
    );
    let on_submit = {
        let (store, period, referred, new_customers, bad_count) = (
            dispatcher.clone(),
            period.clone(),
            referred.clone(),
            new_customers.clone(),
            bad_count.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(r), Some(n)) = (parse_count(&referred), parse_count(&new_customers)) else {
                bad_count.set(true);
                return;
            };
            bad_count.set(false);
            store.act(Action::AddReferralPeriod(ReferralPeriod {
                period: (*period).clone(),
                referred: r,
                new_customers: n,
            }));
        })
    };
    html! {
        <form class="kpi-form" onsubmit={on_submit} aria-label={texts.kpis.add_referral_period}>
            <div class="field-row">
                { text_field("referral-period", texts.kpis.period, "text", &period) }
                { text_field("referral-new", texts.kpis.new_customers, "number", &new_customers) }
                { text_field("referral-referred", texts.kpis.referred, "number", &referred) }
            </div>
            { count_error(*bad_count, texts.kpis.whole_numbers) }
            <button type="submit" class="button-primary">{ texts.kpis.add_referral_period }</button>
        </form>
    }
}
