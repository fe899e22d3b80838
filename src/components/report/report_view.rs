//! The report: everything a steering meeting needs on paper, laid out for print (see the print
//! styles in `styles/app.css`); the browser's print dialog saves it as PDF. A view of the views
//! module (`components::module`), loaded when the report opens.

use kontaktpunkt_core::figures::analysis::loyalty_shares;
use kontaktpunkt_core::figures::kpis::nps_history;
use kontaktpunkt_core::figures::plan::measures_in_plan_order;
use kontaktpunkt_core::figures::tracking::{first_moment, Moment};
use yew::prelude::*;

use crate::browser;
use crate::components::charts::chart_kit::ChartProps;
use crate::components::charts::gap_chart::GapChart;
use crate::components::charts::index_summary::IndexSummary;
use crate::components::charts::ipa_chart::IpaChart;
use crate::components::charts::journey_chart::JourneyChart;
use crate::components::kpis::kpi_charts::{
    nps_text, FunnelChart, LoyaltyChart, NpsHistory, ReferralHistory,
};
use crate::components::plan::measure_list::MeasureTable;
use crate::components::plan::plan_outlook::{PlanOutlook, PlanWarnings};
use crate::components::report::report_method::{FactorAppendix, FurtherPoints, MainTouchpoints};
use crate::components::report::report_round::report_rounds;
use crate::components::report::report_tables::{ReportHighlights, TouchpointTable};
use crate::components::tracking::comparison::Comparison;
use crate::components::tracking::cycle_tracker::CycleTracker;
use crate::components::tracking::trends::IndexTrend;
use crate::format::date_text;
use kontaktpunkt_core::figures::analysis::priority;
use kontaktpunkt_core::text::report_tables::report_table_texts;

#[component]
pub fn ReportView(props: &ChartProps) -> Html {
    let (lang, model) = (props.lang, props.model.clone());
    let texts = lang.texts();
    let today = browser::today();
    let plan = measures_in_plan_order(&model, &today);
    let quick_wins = plan.iter().filter(|p| p.quick_win).count();
    let overdue = plan.iter().filter(|p| p.overdue).count();
    let latest_nps = nps_history(&model)
        .last()
        .map(|(period, v)| (period.to_string(), *v));
    let kpis = &model.kpis;
    let has_funnel = kpis.funnel.ours.iter().any(Option::is_some)
        || kpis
            .funnel
            .competitor
            .as_ref()
            .is_some_and(|c| c.figures.iter().any(Option::is_some));
    let meta = &model.meta;
    let title = texts.common.model_name(&model);
    let r = report_table_texts(lang);
    let total_priority: u32 = model
        .touchpoints
        .iter()
        .map(|t| u32::from(priority(t)))
        .sum();
    // The running footer of every printed page: the client, the title when it says more, the
    // date; gone again when the report is left.
    let date = date_text(lang, &today);
    let mut footer: Vec<&str> = vec![meta.company.trim()];
    if title.trim() != meta.company.trim() {
        footer.push(title.trim());
    }
    footer.push(&date);
    footer.retain(|s| !s.is_empty());
    use_effect_with(footer.join(" · "), |footer| {
        browser::set_print_footer(Some(footer));
        || browser::set_print_footer(None)
    });
    let figure = |key: &str, label: String, value: String| {
        html! {
            <div class="figure" data-figure={key.to_string()}>
                <span class="figure-label">{ label }</span>
                <span class="figure-value">{ value }</span>
            </div>
        }
    };
    html! {
        <article class="report" aria-labelledby="report-title">
            <header class="report-head report-cover">
                if let Some(logo) = model.meta.logo.clone() {
                    <img class="report-logo" src={logo}
                        alt={format!("{} {}", texts.report.logo_alt, if meta.consultancy.is_empty() { meta.company.as_str() } else { meta.consultancy.as_str() })} />
                }
                <p class="report-kind">{ texts.report.report_heading }</p>
                <h1 id="report-title">{ title }</h1>
                <dl class="report-meta">
                    if !meta.company.is_empty() {
                        <div><dt>{ texts.report.for_company }</dt><dd>{ &meta.company }</dd></div>
                    }
                    if !meta.consultancy.is_empty() {
                        <div><dt>{ texts.report.prepared_by }</dt><dd class="report-consultancy">{ &meta.consultancy }</dd></div>
                    }
                    <div><dt>{ texts.common.date }</dt><dd>{ date_text(lang, &today) }</dd></div>
                </dl>
                <div class="actions actions-left no-print">
                    <button type="button" class="button-primary" onclick={Callback::from(|_: MouseEvent| browser::print())}>{ texts.report.print_report }</button>
                </div>
                <p class="chart-help no-print">{ texts.report.report_help }</p>
            </header>

            <section class="report-section keep-together" aria-labelledby="report-summary">
                <h2 id="report-summary">{ texts.report.summary }</h2>
                <IndexSummary model={model.clone()} {lang} />
                <div class="figures">
                    { figure("total-priority", r.total_priority.to_string(), total_priority.to_string()) }
                    { figure("measure-count", texts.plan.plan_list_title.to_string(), model.measures.len().to_string()) }
                    { figure("quick-wins", texts.plan.quick_win.to_string(), quick_wins.to_string()) }
                    { figure("overdue", texts.plan.overdue.to_string(), overdue.to_string()) }
                    if let Some((period, v)) = latest_nps {
                        { figure("nps-latest", format!("{} · {period}", texts.kpis.nps), nps_text(lang, v)) }
                    }
                </div>
            </section>

            <ReportHighlights model={model.clone()} {lang} />
            <MainTouchpoints model={model.clone()} {lang} />

            <section class="report-section report-chart">
                <JourneyChart model={model.clone()} {lang} />
            </section>
            <section class="report-section report-chart">
                <IpaChart model={model.clone()} {lang} />
            </section>
            <FurtherPoints model={model.clone()} {lang} />
            <section class="report-section report-chart">
                <GapChart model={model.clone()} {lang} />
            </section>

            <TouchpointTable model={model.clone()} {lang} />
            { report_rounds(&model, lang) }

            <section class="report-section" aria-labelledby="report-plan">
                <h2 id="report-plan">{ texts.plan.measures_title }</h2>
                if plan.is_empty() {
                    <p>{ texts.plan.no_measures_planned }</p>
                } else {
                    <MeasureTable model={model.clone()} {lang} plan={plan} today={today.clone()} />
                }
                <PlanWarnings model={model.clone()} {lang} />
                <PlanOutlook model={model.clone()} {lang} />
            </section>

            <section class="report-section" aria-labelledby="report-kpis">
                <h2 id="report-kpis">{ texts.report.kpis_and_trends }</h2>
                if !model.snapshots.is_empty() {
                    <div class="keep-together">
                        <h3>{ texts.tracking.compare_title }</h3>
                        <Comparison model={model.clone()} {lang} before={first_moment(&model)} after={Moment::Today} />
                    </div>
                    <IndexTrend model={model.clone()} {lang} />
                }
                if !kpis.nps.is_empty() {
                    <h3>{ texts.kpis.nps_title }</h3>
                    <NpsHistory model={model.clone()} {lang} />
                }
                if !kpis.referrals.is_empty() {
                    <h3>{ texts.kpis.referral_title }</h3>
                    <ReferralHistory model={model.clone()} {lang} />
                }
                if loyalty_shares(&kpis.loyalty).is_some() {
                    <div class="keep-together">
                        <h3>{ texts.kpis.loyalty_title }</h3>
                        <LoyaltyChart model={model.clone()} {lang} />
                    </div>
                }
                if has_funnel {
                    <h3>{ texts.kpis.funnel_title }</h3>
                    <FunnelChart model={model.clone()} {lang} />
                }
                <div class="keep-together">
                    <h3>{ texts.tracking.cycle_title }</h3>
                    <CycleTracker model={model.clone()} {lang} read_only=true />
                </div>
            </section>
            <FactorAppendix {model} {lang} />
        </article>
    }
}
