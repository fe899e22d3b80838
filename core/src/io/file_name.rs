//! The names of the files the app offers for download: they say what they hold (the model's
//! title, the kind of file or chart, a date), in characters every file system accepts.

/// `kontaktpunkt-<title>-<parts…>.<ext>`: the title reduced to letters, digits and single
/// dashes (at most 60 characters; left out when nothing is left of it), then each part.
pub fn file_name(title: &str, parts: &[&str], ext: &str) -> String {
    let slug: String = slug(title).chars().take(60).collect();
    let mut name = String::from("kontaktpunkt");
    for part in std::iter::once(slug.as_str()).chain(parts.iter().copied()) {
        let part = part.trim_end_matches('-');
        if !part.is_empty() {
            name.push('-');
            name.push_str(part);
        }
    }
    format!("{name}.{ext}")
}

fn slug(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn names_title_parts_and_extension() {
        assert_eq!(
            file_name("Kunden/Reise 2026", &["journey", "2026-12-03"], "svg"),
            "kontaktpunkt-Kunden-Reise-2026-journey-2026-12-03.svg"
        );
        assert_eq!(file_name("  ", &[], "json"), "kontaktpunkt.json");
        assert_eq!(
            file_name("Bäckerei", &[], "csv"),
            "kontaktpunkt-Bäckerei.csv"
        );
        let long = "x".repeat(100);
        assert_eq!(
            file_name(&long, &["gaps"], "png").len(),
            "kontaktpunkt-".len() + 60 + "-gaps.png".len()
        );
    }
}
