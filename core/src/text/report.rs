//! The printable report. German and English side by side, one entry per text.

use crate::locale::Lang;

texts! {
    /// The texts of this area in one language; get them from [`crate::text::Texts`].
    ReportTexts {
        report_heading: (
            "Bericht Customer Touchpoint Management",
            "Customer Touchpoint Management report",
        ),
        print_report: ("Drucken / als PDF speichern", "Print / save as PDF"),
        report_help: (
            "Diese Ansicht ist für den Druck gestaltet; im Druckdialog des Browsers können Sie sie auch als PDF speichern.",
            "This view is laid out for print; the browser's print dialog also saves it as PDF.",
        ),
        summary: ("Überblick", "Summary"),
        prepared_by: ("Erstellt von", "Prepared by"),
        for_company: ("Für", "For"),
        logo_alt: ("Logo von", "Logo of"),
        kpis_and_trends: ("Kennzahlen und Trends", "KPIs and trends"),
    }
}
