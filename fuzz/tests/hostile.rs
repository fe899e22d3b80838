//! The hostile link of issue #13 under a counting allocator, and a short fuzz run (the one
//! `make test` runs): no reader panics.

use kontaktpunkt_core::domain::limits::{LINK_PEAK_BUDGET, MAX_FACTOR_TEXT_BYTES};
use kontaktpunkt_core::io::share::{self, ShareError, MAX_FRAGMENT};
use kontaktpunkt_core::ModelError;
use kontaktpunkt_fuzz::{alloc, many_references_link, run_all};

#[test]
fn many_references_to_one_factor_stay_under_the_peak_budget() {
    // Thousands of references to one 800-byte factor text: before the limits were checked
    // while reading, a link of this kind allocated 1.94 GB.
    let fragment = many_references_link(1_000, 200);
    assert!(fragment.len() <= MAX_FRAGMENT, "{}", fragment.len());
    let (result, peak, _) = alloc::measure(|| share::decode(&fragment));
    assert_eq!(
        result,
        Err(ShareError::Invalid(ModelError::TooMuchText {
            max: MAX_FACTOR_TEXT_BYTES
        }))
    );
    assert!(peak < LINK_PEAK_BUDGET, "peak {peak} bytes");
}

#[test]
fn a_short_fuzz_run_finds_no_panic() {
    let reports = run_all(13, 3_000, 1_000);
    for r in &reports {
        assert_eq!(r.panics, 0, "{}: {:?}", r.reader, r.first_panic);
        assert!(r.largest_alloc < LINK_PEAK_BUDGET || r.reader != "share link (kp1)");
    }
}
