//! Fractional indices: a record's place in its list as a string that sorts between its
//! neighbours', so a move or an insert writes one field of one record (a move in a shared
//! array is a delete and an insert, and duplicates under concurrent moves).
//!
//! Digits `0-9a-z`; an index never ends in `0`, so there is always room before it.

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
const BASE: usize = DIGITS.len();

fn value(digit: Option<&u8>) -> Option<usize> {
    digit.and_then(|d| DIGITS.iter().position(|x| x == d))
}

/// An index strictly between `lo` and `hi` (`""` is before everything, `None` after).
/// `lo` < `hi` and neither ends in `0`; otherwise the result is still a valid index after
/// `lo`.
pub fn between(lo: &str, hi: Option<&str>) -> String {
    let mut out = Vec::new();
    midpoint(lo.as_bytes(), hi.map(str::as_bytes), &mut out);
    String::from_utf8(out).unwrap_or_default()
}

fn midpoint(lo: &[u8], hi: Option<&[u8]>, out: &mut Vec<u8>) {
    let a = value(lo.first()).unwrap_or(0);
    let b = match hi {
        Some(h) if !h.is_empty() => value(h.first()).unwrap_or(BASE),
        _ => BASE,
    };
    let rest = |s: &[u8]| s.get(1..).map(<[u8]>::to_vec).unwrap_or_default();
    if a == b {
        // Shared leading digit: go one place deeper.
        out.push(DIGITS[a]);
        let hi_rest = hi.map(rest);
        return midpoint(&rest(lo), hi_rest.as_deref(), out);
    }
    if b > a + 1 {
        out.push(DIGITS[(a + b) / 2]);
        return;
    }
    // Neighbouring digits: `hi`'s first digit alone fits when `hi` goes on after it.
    if let Some(h) = hi.filter(|h| h.len() > 1) {
        out.push(h[0]);
        return;
    }
    out.push(DIGITS[a]);
    midpoint(&rest(lo), None, out);
}

/// `n` indices in order, strictly between `lo` and `hi`, about evenly spread (so a list
/// seeded at once has short indices).
pub fn spread(lo: &str, hi: Option<&str>, n: usize) -> Vec<String> {
    if n == 0 {
        return Vec::new();
    }
    let mid = between(lo, hi);
    let left = n / 2;
    let mut out = spread(lo, Some(&mid), left);
    let right = spread(&mid, hi, n - left - 1);
    out.push(mid);
    out.extend(right);
    out
}

/// Which of `current` (each record's index, in the wanted order; `None`: none yet) may keep
/// its index: the longest run that already ascends. The others get new ones.
pub fn keep(current: &[Option<&str>]) -> Vec<bool> {
    // Longest strictly increasing subsequence, patience sorting with back links.
    let mut tails: Vec<usize> = Vec::new();
    let mut back: Vec<Option<usize>> = vec![None; current.len()];
    for (i, v) in current.iter().enumerate() {
        let Some(v) = v else { continue };
        let at = tails.partition_point(|&t| current[t].is_some_and(|t| t < *v));
        back[i] = at.checked_sub(1).map(|p| tails[p]);
        if at == tails.len() {
            tails.push(i);
        } else {
            tails[at] = i;
        }
    }
    let mut kept = vec![false; current.len()];
    let mut at = tails.last().copied();
    while let Some(i) = at {
        kept[i] = true;
        at = back[i];
    }
    kept
}

/// New indices for the records `current` describes (in their wanted order) so that they
/// ascend: `Some(index)` for each record whose index must be written.
pub fn assign(current: &[Option<&str>]) -> Vec<Option<String>> {
    let kept = keep(current);
    let mut out = vec![None; current.len()];
    let mut i = 0;
    let mut lo = String::new();
    while i < current.len() {
        if kept[i] {
            lo = current[i].unwrap_or_default().to_string();
            i += 1;
            continue;
        }
        let run_end = (i..current.len())
            .find(|&j| kept[j])
            .unwrap_or(current.len());
        let hi = current.get(run_end).copied().flatten();
        for (slot, index) in (i..run_end).zip(spread(&lo, hi, run_end - i)) {
            out[slot] = Some(index);
        }
        i = run_end;
    }
    out
}
