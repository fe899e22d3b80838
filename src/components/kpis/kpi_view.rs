//! KPIs beyond the touchpoints: NPS and referral rate per period, loyalty segments and the
//! brand funnel, each with its input and its chart.

use yew::prelude::*;

use crate::components::kpis::kpi_charts::{FunnelChart, LoyaltyChart, NpsHistory, ReferralHistory};
use crate::components::kpis::kpi_forms::{FunnelForm, LoyaltyForm, NpsForm, ReferralForm};
use crate::store::use_reading;

#[component]
pub fn KpiView() -> Html {
    let store = use_reading();
    let lang = store.lang;
    let texts = lang.texts();
    let model = store.model.clone();
    html! {
        <div class="kpi-view">
            <section class="panel" aria-labelledby="nps-title">
                <h1 class="kpi-page-title">{ texts.shell.view_kpis }</h1>
                <h2 id="nps-title">{ texts.kpis.nps_title }</h2>
                <p class="chart-help">{ texts.kpis.nps_help }</p>
                <NpsForm />
                <NpsHistory model={model.clone()} {lang} editable=true />
            </section>
            <section class="panel" aria-labelledby="referral-title">
                <h2 id="referral-title">{ texts.kpis.referral_title }</h2>
                <p class="chart-help">{ texts.kpis.referral_help }</p>
                <ReferralForm />
                <ReferralHistory model={model.clone()} {lang} editable=true />
            </section>
            <section class="panel" aria-labelledby="loyalty-title">
                <h2 id="loyalty-title">{ texts.kpis.loyalty_title }</h2>
                <p class="chart-help">{ texts.kpis.loyalty_help }</p>
                <LoyaltyForm model={model.clone()} {lang} />
                <LoyaltyChart model={model.clone()} {lang} />
            </section>
            <section class="panel" aria-labelledby="funnel-title">
                <h2 id="funnel-title">{ texts.kpis.funnel_title }</h2>
                <p class="chart-help">{ texts.kpis.funnel_help }</p>
                <FunnelForm model={model.clone()} {lang} />
                <FunnelChart {model} {lang} />
            </section>
        </div>
    }
}
