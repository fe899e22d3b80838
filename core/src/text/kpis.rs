//! The KPIs: NPS, referral rate, loyalty segments and the brand funnel. German and English side
//! by side, one entry per text.

use crate::locale::Lang;

texts! {
    /// The texts of this area in one language; get them from [`crate::text::Texts`].
    KpisTexts {
        nps_title: ("Net Promoter Score (NPS)", "Net Promoter Score (NPS)"),
        nps_help: (
            "NPS = Anteil Promotoren (9–10) minus Anteil Kritiker (0–6), von −100 bis +100. Fügen Sie Einzelantworten ein (eine Zahl je Zeile) oder geben Sie die Anzahlen ein.",
            "NPS = share of promoters (9–10) minus share of detractors (0–6), from −100 to +100. Paste raw answers (one number per line) or enter the counts.",
        ),
        nps: ("NPS", "NPS"),
        period: ("Zeitraum", "Period"),
        promoters: ("Promotoren (9–10)", "Promoters (9–10)"),
        passives: ("Passive (7–8)", "Passives (7–8)"),
        detractors: ("Kritiker (0–6)", "Detractors (0–6)"),
        nps_input_mode: ("Eingabe als", "Enter as"),
        nps_mode_raw: ("Einzelantworten", "Raw answers"),
        nps_mode_counts: ("Anzahlen", "Counts"),
        nps_answers: (
            "Antworten von 0 bis 10, eine je Zeile",
            "Answers from 0 to 10, one per line",
        ),
        nps_preview: ("Vorschau", "Preview"),
        add_nps_period: ("NPS-Zeitraum hinzufügen", "Add NPS period"),
        no_periods: ("Noch keine Zeiträume.", "No periods yet."),
        whole_numbers: ("Bitte ganze Zahlen ab 0 eingeben.", "Please enter whole numbers from 0."),
        referral_title: ("Empfehlungsrate", "Referral rate"),
        referral_help: (
            "Anteil der Neukunden eines Zeitraums, die über eine Empfehlung kamen.",
            "Share of a period's new customers who came through a referral.",
        ),
        referral_rate: ("Empfehlungsrate", "Referral rate"),
        referred: ("davon über Empfehlung", "of them through referrals"),
        new_customers: ("Neukunden", "New customers"),
        add_referral_period: ("Zeitraum hinzufügen", "Add period"),
        loyalty_title: ("Loyalitätssegmente", "Loyalty segments"),
        loyalty_help: (
            "Anzahl der Kunden je Segment; das Diagramm zeigt den Anteil jedes Segments.",
            "Number of customers per segment; the chart shows each segment's share.",
        ),
        funnel_title: ("Markentrichter", "Brand funnel"),
        funnel_help: (
            "Eine Zahl je Stufe in derselben Einheit (Personen oder % des Marktes), optional mit einem Wettbewerber daneben. Konversion = nächste Stufe ÷ diese Stufe.",
            "One figure per stage in the same unit (people or % of the market), optionally with a competitor beside ours. Conversion = next stage ÷ this stage.",
        ),
        funnel_step: ("Stufe", "Stage"),
        ours: ("Wir", "Us"),
        competitor_name: ("Wettbewerber (Name)", "Competitor (name)"),
        remove_competitor: ("Wettbewerber entfernen", "Remove competitor"),
        conversion: ("Konversion", "Conversion"),
    }
}
