#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Embedding (`embed.rs`): every query parameter with good and bad values, the warnings and
//! their console text, percent-decoding, the exact JSON of every widget message (golden), the
//! opt-in for content, and the origin check.

use kontaktpunkt_core::selfcheck::embed::{
    completed_message, cta_href, embed_src, iframe_snippet, origin_allowed, parse_accent,
    parse_cta_url, parse_origin, parse_query, percent_decode, percent_encode, script_snippet,
    EmbedConfig, EmbedWarning, Mode, Param, SnippetError, WidgetMessage, MAX_QUERY,
    MAX_SNIPPET_LINK_CHARS,
};
use kontaktpunkt_core::selfcheck::{Factor, Rating, SelfCheck};
use kontaktpunkt_core::Lang;
use proptest::prelude::*;

fn config(query: &str) -> EmbedConfig {
    let (c, warnings) = parse_query(query);
    assert!(warnings.is_empty(), "{query}: {warnings:?}");
    c
}

fn warnings(query: &str) -> Vec<EmbedWarning> {
    let (c, w) = parse_query(query);
    assert_eq!(c, EmbedConfig::default(), "{query}: nothing may be set");
    w
}

fn invalid(param: Param, value: &str) -> EmbedWarning {
    EmbedWarning::Invalid {
        param,
        value: value.into(),
    }
}

// ----- parameters ----------------------------------------------------------------------------

#[test]
fn empty_query_gives_the_defaults() {
    for q in ["", "?", "&", "?&&"] {
        assert_eq!(config(q), EmbedConfig::default());
    }
    let d = EmbedConfig::default();
    assert_eq!(d.mode, Mode::SelfCheck);
    assert!(!d.compact && !d.share_free_text);
    assert_eq!(d.target_origin(), None);
}

#[test]
fn every_parameter_at_once() {
    let c = config(
        "?mode=workspace&lang=en&accent=%230A7D5A&title=Mein%20Check&cta=Termin+buchen\
         &cta_url=https%3A%2F%2Fberatung.example%2Ftermin%3Fvon%3Dwidget&compact=1\
         &origin=https%3A%2F%2FBeratung.example%3A443%2F&free_text=yes",
    );
    assert_eq!(
        c,
        EmbedConfig {
            mode: Mode::Workspace,
            lang: Some(Lang::En),
            accent: Some("#0a7d5a".into()),
            title: Some("Mein Check".into()),
            cta_text: Some("Termin buchen".into()),
            cta_url: Some("https://beratung.example/termin?von=widget".into()),
            compact: true,
            host_origin: Some("https://beratung.example".into()),
            share_free_text: true,
            cta_with_result: false,
            contact_fields: false,
            consent_text: None,
        }
    );
    assert_eq!(c.target_origin(), Some("https://beratung.example"));
}

#[test]
fn mode() {
    assert_eq!(config("mode=selfcheck").mode, Mode::SelfCheck);
    assert_eq!(config("mode=self-check").mode, Mode::SelfCheck);
    assert_eq!(config("mode=Workspace").mode, Mode::Workspace);
    assert_eq!(config("mode=view").mode, Mode::View);
    assert_eq!(warnings("mode=edit"), [invalid(Param::Mode, "edit")]);
    assert_eq!(
        warnings("mode="),
        [EmbedWarning::Empty { param: Param::Mode }]
    );
    assert_eq!(
        warnings("mode"),
        [EmbedWarning::Empty { param: Param::Mode }]
    );
    for m in Mode::ALL {
        assert_eq!(Mode::from_value(m.key()), Some(m));
    }
}

#[test]
fn lang() {
    assert_eq!(config("lang=de").lang, Some(Lang::De));
    assert_eq!(config("lang=EN").lang, Some(Lang::En));
    assert_eq!(config("lang=de-AT").lang, Some(Lang::De));
    assert_eq!(config("lang=en_GB").lang, Some(Lang::En));
    assert_eq!(warnings("lang=fr"), [invalid(Param::Lang, "fr")]);
    assert_eq!(warnings("lang=deutsch"), [invalid(Param::Lang, "deutsch")]);
}

#[test]
fn accent_colours() {
    assert_eq!(config("accent=%23abc").accent.as_deref(), Some("#aabbcc"));
    assert_eq!(
        config("accent=%23A1B2C3").accent.as_deref(),
        Some("#a1b2c3")
    );
    assert_eq!(config("accent=0a7d5a").accent.as_deref(), Some("#0a7d5a"));
    assert_eq!(
        config("accent=%20%23fff%20").accent.as_deref(),
        Some("#ffffff")
    );
    for bad in [
        "red",
        "#12345g",
        "#1234",
        "#abcdefa",
        "#",
        "rgb(1,2,3)",
        "#ab c",
    ] {
        assert_eq!(parse_accent(bad), None, "{bad}");
        let query = format!("accent={}", percent_encode(bad));
        assert_eq!(
            warnings(&query),
            [invalid(Param::Accent, bad.trim())],
            "{bad}"
        );
    }
    assert_eq!(
        warnings("accent="),
        [EmbedWarning::Empty {
            param: Param::Accent
        }]
    );
}

#[test]
fn accent_text_colour_reads_well() {
    let on = |accent: &str| config(&format!("accent={accent}")).accent_text_colour();
    assert_eq!(on("ffffff"), Some("#000000"));
    assert_eq!(on("000000"), Some("#ffffff"));
    assert_eq!(on("0a7d5a"), Some("#ffffff"));
    assert_eq!(on("ffd400"), Some("#000000"));
    assert_eq!(EmbedConfig::default().accent_text_colour(), None);
}

#[test]
fn title_and_cta_text() {
    let eighty = "a".repeat(80);
    assert_eq!(
        config(&format!("title={eighty}")).title,
        Some(eighty.clone())
    );
    let umlauts = "ü".repeat(80); // 80 characters, 160 bytes
    assert_eq!(
        config(&format!("cta={}", percent_encode(&umlauts))).cta_text,
        Some(umlauts)
    );
    assert_eq!(
        warnings(&format!("title={eighty}b")),
        [EmbedWarning::TooLong {
            param: Param::Title,
            max: 80
        }]
    );
    assert_eq!(
        warnings(&format!("cta={eighty}b")),
        [EmbedWarning::TooLong {
            param: Param::Cta,
            max: 80
        }]
    );
    assert_eq!(warnings("title=a%0Ab"), [invalid(Param::Title, "a\nb")]);
    assert_eq!(config("title=++Hallo++").title.as_deref(), Some("Hallo"));
    assert_eq!(
        warnings("title=+++"),
        [EmbedWarning::Empty {
            param: Param::Title
        }]
    );
}

#[test]
fn percent_encoded_unicode() {
    let c = config("title=K%C3%BCche%20%E2%9C%93%20%F0%9F%98%80&cta=Jetzt%20anfragen%21");
    assert_eq!(c.title.as_deref(), Some("Küche ✓ 😀"));
    assert_eq!(c.cta_text.as_deref(), Some("Jetzt anfragen!"));
    assert_eq!(percent_decode("a+b%2Bc"), Some("a b+c".into()));
    assert_eq!(percent_decode("%zz"), None);
    assert_eq!(percent_decode("%C3%28"), None, "invalid UTF-8");
    assert_eq!(percent_decode("50%"), None);
    assert_eq!(percent_decode("%4"), None);
    assert_eq!(
        percent_decode("ä%C3%A4"),
        Some("ää".into()),
        "raw UTF-8 passes"
    );
    assert_eq!(
        percent_encode("Küche ✓ a+b/c"),
        "K%C3%BCche%20%E2%9C%93%20a%2Bb%2Fc"
    );
}

#[test]
fn cta_url_allows_only_web_and_mail_links() {
    for good in [
        "https://beratung.example/termin",
        "HTTPS://beratung.example",
        "http://localhost:8080/x?y=1#z",
        "mailto:info@beratung.example?subject=Selbstcheck",
    ] {
        assert_eq!(parse_cta_url(good).as_deref(), Some(good), "{good}");
        let q = format!("cta_url={}", percent_encode(good));
        assert_eq!(config(&q).cta_url.as_deref(), Some(good));
    }
    for bad in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "https:",
        "https://",
        "https:///path",
        "https:beratung.example",
        "//beratung.example",
        "beratung.example",
        "https://bera tung.example",
        "https://x.example/\"onmouseover=\"",
        "mailto:",
        "ftp://files.example",
    ] {
        assert_eq!(parse_cta_url(bad), None, "{bad}");
        let q = format!("cta_url={}", percent_encode(bad));
        let w = warnings(&q);
        assert!(
            matches!(
                &w[..],
                [EmbedWarning::Invalid {
                    param: Param::CtaUrl,
                    ..
                }]
            ),
            "{bad}: {w:?}"
        );
    }
    // Leading blanks do not smuggle a scheme in.
    assert_eq!(
        warnings("cta_url=%20%20javascript:alert(1)"),
        [invalid(Param::CtaUrl, "javascript:alert(1)")]
    );
    let long = format!("https://x.example/{}", "a".repeat(483)); // 501 characters
    assert_eq!(
        warnings(&format!("cta_url={long}")),
        [EmbedWarning::TooLong {
            param: Param::CtaUrl,
            max: 500
        }]
    );
    let max = &long[..500];
    assert_eq!(
        config(&format!("cta_url={max}")).cta_url.as_deref(),
        Some(max)
    );
}

#[test]
fn flags() {
    for on in [
        "compact",
        "compact=",
        "compact=1",
        "compact=true",
        "compact=YES",
        "compact=on",
    ] {
        assert!(config(on).compact, "{on}");
    }
    for off in ["compact=0", "compact=false", "compact=no", "compact=Off"] {
        assert!(!config(off).compact, "{off}");
    }
    assert_eq!(
        warnings("compact=maybe"),
        [invalid(Param::Compact, "maybe")]
    );
    assert!(config("free_text").share_free_text);
    assert!(!config("free_text=0").share_free_text);
    assert_eq!(warnings("free_text=2"), [invalid(Param::FreeText, "2")]);
}

#[test]
fn origins_are_normalised_or_refused() {
    let cases = [
        ("https://beratung.example", "https://beratung.example"),
        ("HTTPS://Beratung.Example/", "https://beratung.example"),
        ("https://beratung.example:443", "https://beratung.example"),
        ("http://beratung.example:80", "http://beratung.example"),
        (
            "https://beratung.example:8443",
            "https://beratung.example:8443",
        ),
        ("http://localhost:8080", "http://localhost:8080"),
        ("http://127.0.0.1:3000", "http://127.0.0.1:3000"),
        ("http://[::1]:8080", "http://[::1]:8080"),
        (
            "https://xn--bratung-d1a.example",
            "https://xn--bratung-d1a.example",
        ),
    ];
    for (input, normal) in cases {
        assert_eq!(parse_origin(input).as_deref(), Some(normal), "{input}");
        let q = format!("origin={}", percent_encode(input));
        assert_eq!(config(&q).host_origin.as_deref(), Some(normal));
    }
    for bad in [
        "*",
        "null",
        "beratung.example",
        "ftp://beratung.example",
        "javascript://beratung.example",
        "https://",
        "https://beratung.example/path",
        "https://beratung.example?x=1",
        "https://beratung.example#x",
        "https://user@beratung.example",
        "https://beratung.example:0",
        "https://beratung.example:99999",
        "https://beratung.example:",
        "https://beratung.example:8o",
        "https://-beratung.example",
        "https://beratung..example",
        "https://bera tung.example",
        "https://bératung.example",
        "https://[zz]",
    ] {
        assert_eq!(parse_origin(bad), None, "{bad}");
        let q = format!("origin={}", percent_encode(bad));
        assert_eq!(warnings(&q), [invalid(Param::Origin, bad)], "{bad}");
    }
}

#[test]
fn unknown_repeated_and_undecodable_parameters_are_warned_and_ignored() {
    let (c, w) = parse_query("?foo=bar&Mode=view&mode=view&mode=workspace&title=%zz&%ff=1&lang=de");
    assert_eq!(c.mode, Mode::View, "the first one counts");
    assert_eq!(c.lang, Some(Lang::De));
    assert_eq!(c.title, None);
    assert_eq!(
        w,
        [
            EmbedWarning::UnknownParam { key: "foo".into() },
            EmbedWarning::UnknownParam { key: "Mode".into() },
            EmbedWarning::Duplicate { param: Param::Mode },
            EmbedWarning::BadEncoding {
                raw: "title=%zz".into()
            },
            EmbedWarning::BadEncoding {
                raw: "%ff=1".into()
            },
        ]
    );
    // A bad first value still takes the key: a later repeat does not sneak past the warning.
    let (c, w) = parse_query("mode=nope&mode=view");
    assert_eq!(c.mode, Mode::SelfCheck);
    assert_eq!(
        w,
        [
            invalid(Param::Mode, "nope"),
            EmbedWarning::Duplicate { param: Param::Mode }
        ]
    );
}

#[test]
fn echoed_values_are_shortened() {
    let long_key = "k".repeat(100);
    let w = warnings(&format!("{long_key}=1"));
    assert_eq!(
        w,
        [EmbedWarning::UnknownParam {
            key: format!("{}…", "k".repeat(40))
        }]
    );
}

#[test]
fn an_overlong_query_is_ignored_as_a_whole() {
    let q = format!("mode=view&title={}", "a".repeat(MAX_QUERY));
    assert_eq!(
        warnings(&q),
        [EmbedWarning::QueryTooLong { max: MAX_QUERY }]
    );
}

#[test]
fn warnings_read_well_in_the_console() {
    let (_, w) = parse_query(
        "foo=1&mode=edit&mode=view&title=&cta_url=javascript%3Aalert(1)&accent=red&title=x&%zz",
    );
    let lines: Vec<String> = w.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "Kontaktpunkt embed: ignoring unknown parameter \"foo\"; known are mode, lang, accent, title, cta, cta_url, compact, origin, free_text, cta_result, contact, consent",
            "Kontaktpunkt embed: ignoring mode=\"edit\"; expected selfcheck, workspace or view",
            "Kontaktpunkt embed: ignoring repeated parameter \"mode\"; the first one counts",
            "Kontaktpunkt embed: ignoring empty parameter \"title\"; expected text without control characters",
            "Kontaktpunkt embed: ignoring cta_url=\"javascript:alert(1)\"; expected an https:, http: or mailto: URL",
            "Kontaktpunkt embed: ignoring accent=\"red\"; expected a hex colour #rgb or #rrggbb (write # as %23, or leave it out)",
            "Kontaktpunkt embed: ignoring repeated parameter \"title\"; the first one counts",
            "Kontaktpunkt embed: ignoring \"%zz\": not valid percent-encoded UTF-8",
        ]
    );
    assert_eq!(
        EmbedWarning::TooLong {
            param: Param::Title,
            max: 80
        }
        .to_string(),
        "Kontaktpunkt embed: ignoring \"title\": longer than 80 characters"
    );
    assert_eq!(
        EmbedWarning::QueryTooLong { max: 8192 }.to_string(),
        "Kontaktpunkt embed: the query string is longer than 8192 bytes; all parameters are ignored"
    );
    assert_eq!(
        invalid(Param::Title, "a\nb").to_string(),
        "Kontaktpunkt embed: ignoring title=\"a\\nb\"; expected text without control characters"
    );
}

#[test]
fn to_query_is_read_back_exactly() {
    assert_eq!(EmbedConfig::default().to_query(), "");
    let c = EmbedConfig {
        mode: Mode::View,
        lang: Some(Lang::De),
        accent: Some("#0a7d5a".into()),
        title: Some("Küche & Bad".into()),
        cta_text: Some("Termin buchen".into()),
        cta_url: Some("https://beratung.example/t?a=1&b=2".into()),
        compact: true,
        host_origin: Some("https://beratung.example".into()),
        share_free_text: true,
        cta_with_result: true,
        contact_fields: true,
        consent_text: Some("Ja, gern.".into()),
    };
    let q = c.to_query();
    assert_eq!(
        q,
        "mode=view&lang=de&accent=%230a7d5a&title=K%C3%BCche%20%26%20Bad&cta=Termin%20buchen\
         &cta_url=https%3A%2F%2Fberatung.example%2Ft%3Fa%3D1%26b%3D2&compact=1\
         &origin=https%3A%2F%2Fberatung.example&free_text=1&cta_result=1&contact=1\
         &consent=Ja%2C%20gern."
    );
    assert_eq!(config(&q), c);
    assert_eq!(config(&format!("?{q}")), c);
}

proptest! {
    #[test]
    fn parsing_never_panics(query in ".{0,300}") {
        let (_, _) = parse_query(&query);
    }

    #[test]
    fn texts_round_trip_through_the_query(title in "[^\\p{Cc}]{1,80}") {
        let c = EmbedConfig { title: Some(title.trim().to_string()), ..EmbedConfig::default() };
        prop_assume!(!title.trim().is_empty());
        let (back, w) = parse_query(&c.to_query());
        prop_assert!(w.is_empty());
        prop_assert_eq!(back, c);
    }
}

// ----- messages ------------------------------------------------------------------------------

#[test]
fn ready_and_resize_json() {
    assert_eq!(
        WidgetMessage::Ready.to_json(),
        r#"{"source":"kontaktpunkt","type":"ready"}"#
    );
    assert_eq!(
        WidgetMessage::Resize { height: 812 }.to_json(),
        r#"{"source":"kontaktpunkt","type":"resize","height":812}"#
    );
    assert_eq!(
        WidgetMessage::resize(811.2),
        WidgetMessage::Resize { height: 812 }
    );
    assert_eq!(
        WidgetMessage::resize(-5.0),
        WidgetMessage::Resize { height: 0 }
    );
    assert_eq!(
        WidgetMessage::resize(f64::NAN),
        WidgetMessage::Resize { height: 0 }
    );
    assert_eq!(
        WidgetMessage::resize(1e12),
        WidgetMessage::Resize { height: 100_000 }
    );
    assert_eq!(WidgetMessage::Ready.event_name(), "kontaktpunkt:ready");
    assert_eq!(WidgetMessage::Resize { height: 1 }.kind(), "resize");
}

/// Levels 3,1,2,0,4,4,4,2 (maturity 63); Website (4, −1, +1), Online shop checkout (2, +1, +2):
/// index Ist 41.67, Soll 83.33.
fn sample() -> SelfCheck {
    let mut c = SelfCheck::new();
    for (f, l) in Factor::ALL.iter().zip([3, 1, 2, 0, 4, 4, 4, 2]) {
        c.answer(*f, l).unwrap();
    }
    for (i, imp, ist, soll) in [(10, 4, -1, 1), (22, 2, 1, 2)] {
        c.toggle_touchpoint(i).unwrap();
        c.rate(i, Rating::Importance(imp)).unwrap();
        c.rate(i, Rating::Ist(Some(ist))).unwrap();
        c.rate(i, Rating::Soll(Some(soll))).unwrap();
    }
    c
}

const COMPLETED: &str = concat!(
    r#"{"source":"kontaktpunkt","type":"completed","score":63,"factors":["#,
    r#"{"key":"goals","level":3},{"key":"silos","level":1},{"key":"overview","level":2},"#,
    r#"{"key":"journey","level":0},{"key":"key_touchpoints","level":4},{"key":"brand","level":4},"#,
    r#"{"key":"wow","level":4},{"key":"tracking","level":2}],"#,
    r#""index_ist":42,"index_soll":83,"top_gaps":["journey","silos","overview"]"#
);

#[test]
fn the_figures_in_messages_are_as_the_page_shows_them() {
    use kontaktpunkt_core::selfcheck::embed::figure_as_shown;
    use kontaktpunkt_core::text::format::index_text;
    for v in [0.0, 16.67, 21.6, 41.67, 50.0, 62.5, 83.33, 99.5, 100.0] {
        assert_eq!(
            figure_as_shown(v).to_string(),
            index_text(Lang::En, v),
            "{v}"
        );
    }
    assert_eq!(
        WidgetMessage::Scroll.to_json(),
        r#"{"source":"kontaktpunkt","type":"scroll"}"#
    );
}

#[test]
fn completed_leaves_content_out_without_opt_in() {
    let result = sample().result(Lang::En);
    let message = completed_message(&result, &EmbedConfig::default(), None);
    assert_eq!(message.to_json(), format!("{COMPLETED}}}"));
    assert_eq!(message.event_name(), "kontaktpunkt:completed");
}

#[test]
fn completed_holds_content_only_with_opt_in() {
    let result = sample().result(Lang::En);
    let (config, _) = parse_query("free_text=1");
    let json = completed_message(&result, &config, None).to_json();
    assert_eq!(
        json,
        format!(
            "{COMPLETED},{}}}",
            r#""touchpoints":[{"name":"Website","importance":4,"ist":-1,"soll":1},{"name":"Online shop checkout","importance":2,"ist":1,"soll":2}]"#
        )
    );
    // German names in a German widget.
    let json = completed_message(&sample().result(Lang::De), &config, None).to_json();
    assert!(json.contains(r#""name":"Onlineshop-Bestellung""#));
}

#[test]
fn completed_of_an_empty_self_check() {
    let result = SelfCheck::new().result(Lang::De);
    let json = completed_message(&result, &EmbedConfig::default(), None).to_json();
    assert_eq!(
        json,
        concat!(
            r#"{"source":"kontaktpunkt","type":"completed","score":null,"factors":["#,
            r#"{"key":"goals","level":null},{"key":"silos","level":null},{"key":"overview","level":null},"#,
            r#"{"key":"journey","level":null},{"key":"key_touchpoints","level":null},{"key":"brand","level":null},"#,
            r#"{"key":"wow","level":null},{"key":"tracking","level":null}],"#,
            r#""index_ist":null,"index_soll":null,"top_gaps":[]}"#
        )
    );
    let (config, _) = parse_query("free_text");
    let json = completed_message(&result, &config, None).to_json();
    assert!(json.ends_with(r#""top_gaps":[],"touchpoints":[]}"#));
}

// ----- origins -------------------------------------------------------------------------------

#[test]
fn messages_are_accepted_only_from_the_host_origin() {
    let (config, _) = parse_query("origin=https%3A%2F%2Fberatung.example");
    assert!(origin_allowed(&config, "https://beratung.example"));
    assert!(origin_allowed(&config, "https://Beratung.example"));
    assert!(origin_allowed(&config, "https://beratung.example:443"));
    for other in [
        "http://beratung.example",
        "https://beratung.example:8443",
        "https://evil.example",
        "https://beratung.example.evil.example",
        "https://sub.beratung.example",
        "null",
        "",
        "*",
    ] {
        assert!(!origin_allowed(&config, other), "{other}");
    }
    // Without a configured origin nothing is accepted and nothing is posted.
    let none = EmbedConfig::default();
    assert!(!origin_allowed(&none, "https://beratung.example"));
    assert_eq!(none.target_origin(), None);
}

#[test]
fn script_snippet_carries_every_option_escaped() {
    let (config, warnings) = parse_query(
        "mode=selfcheck&lang=de&accent=%230b7a5a&title=A%20%22quoted%22%20title&cta=Call&cta_url=https://example.com/?a=1%26b=2&compact=1&cta_result=1",
    );
    assert_eq!(warnings, vec![]);
    assert_eq!(
        script_snippet("https://host.example/kp/", &config, None),
        Ok("<script async src=\"https://host.example/kp/embed.js\" data-mode=\"selfcheck\" data-lang=\"de\" \
         data-accent=\"#0b7a5a\" data-title=\"A &quot;quoted&quot; title\" data-cta=\"Call\" \
         data-cta-url=\"https://example.com/?a=1&amp;b=2\" data-compact=\"1\" data-cta-result=\"1\"></script>"
            .to_string())
    );
}

/// The query of an iframe snippet's `src`, unescaped.
fn snippet_query(snippet: &str, after: &str) -> String {
    snippet
        .split(after)
        .nth(1)
        .and_then(|rest| rest.split(['"', '#']).next())
        .unwrap_or_default()
        .replace("&amp;", "&")
}

#[test]
fn the_self_check_snippet_loads_the_widget_even_with_every_option_at_its_default() {
    let config = EmbedConfig::default();
    assert_eq!(config.mode, Mode::SelfCheck);
    assert_eq!(
        embed_src("https://host.example/kp/", &config, None),
        Ok("https://host.example/kp/widget/".to_string())
    );
    let (config, _) = parse_query("lang=en&title=Check");
    let snippet = iframe_snippet("https://host.example/kp/", &config, None).unwrap();
    assert!(snippet
        .starts_with("<iframe src=\"https://host.example/kp/widget/?lang=en&amp;title=Check\""));
    assert_eq!(parse_query(&snippet_query(&snippet, "widget/?")).0, config);
}

#[test]
fn the_read_only_snippet_carries_the_model_link_or_says_why_not() {
    let (config, _) = parse_query("mode=view&lang=en&title=Demo");
    let snippet = iframe_snippet("https://host.example/kp/", &config, Some("k1.abc")).unwrap();
    assert_eq!(
        snippet,
        "<iframe src=\"https://host.example/kp/?mode=view&amp;lang=en&amp;title=Demo#k1.abc\" title=\"Demo\" \
         width=\"100%\" height=\"900\" style=\"border:0\"></iframe>"
    );
    assert_eq!(parse_query(&snippet_query(&snippet, "kp/?")).0, config);
    let script = script_snippet("https://host.example/kp/", &config, Some("k1.abc")).unwrap();
    assert!(script.contains(" data-link=\"k1.abc\""), "{script}");

    assert_eq!(
        iframe_snippet("https://host.example/kp/", &config, None),
        Err(SnippetError::NoLink)
    );
    let long = "k".repeat(MAX_SNIPPET_LINK_CHARS + 1);
    let error = script_snippet("https://host.example/kp/", &config, Some(&long));
    assert_eq!(
        error,
        Err(SnippetError::LinkTooLong {
            chars: MAX_SNIPPET_LINK_CHARS + 1
        })
    );
    let words = Lang::En
        .texts()
        .embed
        .snippet_error(SnippetError::LinkTooLong { chars: 8001 });
    assert!(words.contains("8001") && words.contains("8000"), "{words}");
    // The workspace needs no model link.
    let (workspace, _) = parse_query("mode=workspace");
    assert_eq!(
        embed_src("https://host.example/kp/", &workspace, None),
        Ok("https://host.example/kp/?mode=workspace".to_string())
    );
}

const LABELS: [&str; 3] = ["Name", "Company", "E-mail"];

#[test]
fn the_call_to_action_carries_the_result_link_only_when_asked() {
    let link = "https://tools.example/kp/#sc1.3120_442";
    let plain = config("cta_url=https%3A%2F%2Fb.example%2Ftermin%3Fvon%3Dwidget%23form");
    assert_eq!(
        cta_href(&plain, link, None, LABELS).as_deref(),
        Some("https://b.example/termin?von=widget#form")
    );
    let with =
        config("cta_url=https%3A%2F%2Fb.example%2Ftermin%3Fvon%3Dwidget%23form&cta_result=1");
    assert!(with.cta_with_result);
    assert_eq!(
        cta_href(&with, link, None, LABELS).as_deref(),
        Some(
            "https://b.example/termin?von=widget&kontaktpunkt=https%3A%2F%2Ftools.example%2Fkp%2F%23sc1.3120_442#form"
        )
    );
    let bare = config("cta_url=https%3A%2F%2Fb.example&cta_result=yes");
    let href = cta_href(&bare, link, None, LABELS).unwrap();
    assert!(
        href.starts_with("https://b.example?kontaktpunkt="),
        "{href}"
    );
    // The parameter decodes back to the very link.
    let value = href.split_once("kontaktpunkt=").unwrap().1;
    assert_eq!(percent_decode(value).as_deref(), Some(link));
    let mail = config("cta_url=mailto%3Ainfo%40b.example%3Fsubject%3DCheck&cta_result=1");
    assert_eq!(
        cta_href(&mail, "x#sc1.1", None, LABELS).as_deref(),
        Some("mailto:info@b.example?subject=Check&body=x%23sc1.1")
    );
    assert_eq!(cta_href(&config("cta_result=1"), link, None, LABELS), None);
    assert_eq!(config("cta_result=1").to_query(), "cta_result=1");
}

#[test]
fn contact_details_are_checked_and_travel_in_the_call_to_action_and_in_completed() {
    use kontaktpunkt_core::selfcheck::embed::{Contact, ContactError};
    assert_eq!(
        Contact::checked("A", "", "a@b.de", false),
        Err(ContactError::NoConsent)
    );
    for bad in [
        "", "a", "a@b", "@b.de", "a@.de", "a b@c.de", "a@b.de.", "a@b@c.de",
    ] {
        assert_eq!(
            Contact::checked("", "", bad, true),
            Err(ContactError::BadEmail),
            "{bad}"
        );
    }
    let longest = format!("{}@b.de", "a".repeat(249));
    assert!(Contact::checked("", "", &longest, true).is_ok());
    assert_eq!(
        Contact::checked("", "", &format!("a{longest}"), true),
        Err(ContactError::BadEmail)
    );
    assert_eq!(
        Contact::checked(&"x".repeat(101), "", "a@b.de", true),
        Err(ContactError::BadText)
    );
    assert_eq!(
        Contact::checked("", "Nord\u{7}", "a@b.de", true),
        Err(ContactError::BadText)
    );
    assert!(Contact::checked(&"ü".repeat(100), "", "a@b.de", true).is_ok());
    let contact = Contact::checked(" Anna Müller ", "", " anna@b.example ", true).unwrap();
    assert_eq!(
        contact,
        Contact {
            name: "Anna Müller".into(),
            company: String::new(),
            email: "anna@b.example".into()
        }
    );
    let link = "https://tools.example/kp/#sc1.3120_442";
    // On a web address: a parameter each, empty ones left out, before the fragment.
    let web = config("cta_url=https%3A%2F%2Fb.example%2Ftermin%23form&contact=1");
    assert!(web.contact_fields);
    assert_eq!(
        cta_href(&web, link, Some(&contact), LABELS).as_deref(),
        Some("https://b.example/termin?name=Anna%20M%C3%BCller&email=anna%40b.example#form")
    );
    // In a mail's body: a labelled line each, then the result link.
    let mail = config("cta_url=mailto%3Ainfo%40b.example&cta_result=1&contact=1");
    assert_eq!(
        cta_href(&mail, "x#sc1.1", Some(&contact), LABELS).as_deref(),
        Some("mailto:info@b.example?body=Name%3A%20Anna%20M%C3%BCller%0D%0AE-mail%3A%20anna%40b.example%0D%0A%0D%0Ax%23sc1.1")
    );
    // In `completed`, after the figures.
    let json = completed_message(&sample().result(Lang::En), &web, Some(&contact)).to_json();
    assert_eq!(
        json,
        format!(
            "{COMPLETED},{}}}",
            r#""contact":{"name":"Anna Müller","company":"","email":"anna@b.example"}"#
        )
    );
    // The host's own consent sentence, checked like every text option.
    assert_eq!(
        config("contact&consent=Ja%2C%20bitte")
            .consent_text
            .as_deref(),
        Some("Ja, bitte")
    );
    assert_eq!(
        config("contact=1&consent=Ja").to_query(),
        "contact=1&consent=Ja"
    );
}

proptest! {
    /// The hand-written JSON reads as serde_json's form of the same message, plus `source`.
    #[test]
    fn messages_read_as_serde_writes_them(
        score in proptest::option::of(0u8..=100),
        levels in proptest::collection::vec(proptest::option::of(0u8..=4), 8),
        ist in proptest::option::of(0u8..=100),
        soll in proptest::option::of(0u8..=100),
        names in proptest::option::of(proptest::collection::vec(any::<String>(), 0..4)),
        height in any::<u32>(),
    ) {
        let message = WidgetMessage::Completed {
            score,
            factors: Factor::ALL.iter().zip(&levels).map(|(f, l)| kontaktpunkt_core::selfcheck::embed::FactorLevel { key: f.key().to_string(), level: *l }).collect(),
            index_ist: ist,
            index_soll: soll,
            top_gaps: vec!["wow".into(), "silos".into()],
            touchpoints: names.clone().map(|names| names.into_iter().map(|name| kontaktpunkt_core::selfcheck::embed::SharedTouchpoint { name, importance: 3, ist: Some(-1), soll: None }).collect()),
            contact: names.and_then(|n| n.first().cloned()).map(|name| kontaktpunkt_core::selfcheck::embed::SharedContact { name: name.clone(), company: name, email: "a\"b@c.de".into() }),
        };
        for message in [message, WidgetMessage::Ready, WidgetMessage::Scroll, WidgetMessage::Resize { height }] {
            let mut expected = serde_json::to_value(&message).unwrap();
            expected["source"] = "kontaktpunkt".into();
            let written: serde_json::Value = serde_json::from_str(&message.to_json()).unwrap();
            prop_assert_eq!(written, expected);
        }
    }
}

#[test]
fn a_view_address_is_not_an_embed() {
    use kontaktpunkt_core::selfcheck::embed::view_address;
    assert_eq!(view_address("?view=matrix"), Some("matrix"));
    assert_eq!(view_address("view=report"), Some("report"));
    for embed in [
        "?mode=view",
        "?view=matrix&lang=de",
        "?lang=de&view=matrix",
        "?view=",
        "?views=x",
        "",
    ] {
        assert_eq!(view_address(embed), None, "{embed}");
    }
}

#[test]
fn every_srgb_channel_is_linearised_as_wcag_defines_it() {
    use kontaktpunkt_core::selfcheck::embed::srgb_to_linear;
    for channel in 0..=255u8 {
        let c = f64::from(channel) / 255.0;
        let wcag = if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        };
        let ours = srgb_to_linear(channel);
        assert!(
            (ours - wcag).abs() < 1e-12,
            "channel {channel}: {ours} vs {wcag}"
        );
    }
}
