use super::*;

/// A new NPS period: counts of promoters, passives and detractors, or one raw 0..10 answer
/// per line with a live preview.
#[component]
pub fn NpsForm() -> Html {
    let (store, dispatcher) = (use_reading(), use_dispatcher());
    let lang = store.lang;
    let texts = lang.texts();
    let raw = use_state(|| true);
    let period = use_state(String::new);
    let answers = use_state(String::new);
    let counts = [
        use_state(String::new),
        use_state(String::new),
        use_state(String::new),
    ];
    let bad_count = use_state(|| false);
    use_clear_on_growth(
        store.model.kpis.nps.len(),
        vec![period.clone(), answers.clone()],
    );
    let preview =
        (*raw && !answers.trim().is_empty()).then(|| match nps_counts_from_text(&answers) {
            Ok((p, n, d)) => format!(
                "{}: {p} · {}: {n} · {}: {d} · {}: {}",
                texts.kpis.promoters,
                texts.kpis.passives,
                texts.kpis.detractors,
                texts.kpis.nps,
                nps_text(lang, nps(p, n, d))
            ),
            Err(e) => texts.error(&e),
        });
    let on_submit = {
        let (store, raw, period, answers, counts, bad_count) = (
            dispatcher.clone(),
            raw.clone(),
            period.clone(),
            answers.clone(),
            counts.clone(),
            bad_count.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let answers_in = if *raw {
                NpsAnswers::Raw((*answers).clone())
            } else {
                let [Some(promoters), Some(passives), Some(detractors)] =
                    counts.each_ref().map(|c| parse_count(c))
                else {
                    bad_count.set(true);
                    return;
                };
                NpsAnswers::Counts {
                    promoters,
                    passives,
                    detractors,
                }
            };
            bad_count.set(false);
            store.act(Action::AddNpsPeriod(NpsInput {
                period: (*period).clone(),
                answers: answers_in,
            }));
        })
    };
    let mode = |to_raw: bool| {
        let raw = raw.clone();
        Callback::from(move |_: MouseEvent| raw.set(to_raw))
    };
    let a = answers.clone();
    html! {
        <form class="kpi-form" onsubmit={on_submit} aria-label={texts.kpis.add_nps_period}>
            <div class="toggle-group" role="group" aria-label={texts.kpis.nps_input_mode}>
                { toggle_button(texts.kpis.nps_mode_raw, *raw, mode(true)) }
                { toggle_button(texts.kpis.nps_mode_counts, !*raw, mode(false)) }
            </div>
            <div class="field-row">
                { text_field("nps-period", texts.kpis.period, "text", &period) }
                if !*raw {
                    { text_field("nps-promoters", texts.kpis.promoters, "number", &counts[0]) }
                    { text_field("nps-passives", texts.kpis.passives, "number", &counts[1]) }
                    { text_field("nps-detractors", texts.kpis.detractors, "number", &counts[2]) }
                }
            </div>
            if *raw {
                <div class="field field-wide">
                    <label for="nps-answers">{ texts.kpis.nps_answers }</label>
                    <textarea id="nps-answers" rows="6" value={(*answers).clone()} aria-describedby="nps-preview"
                        oninput={Callback::from(move |e: InputEvent| a.set(event_value(&e)))} />
                </div>
                <p id="nps-preview" class="nps-preview" aria-live="polite">
                    if let Some(p) = preview { { texts.kpis.nps_preview }{ ": " }{ p } }
                </p>
            }
            { count_error(*bad_count, texts.kpis.whole_numbers) }
            <button type="submit" class="button-primary">{ texts.kpis.add_nps_period }</button>
        </form>
    }
}
