//! Small helpers for positional JSON: writing arrays without their trailing defaults, and
//! reading them back with typed errors instead of panics.

use serde_json::Value;

use crate::domain::error::{Malformation, ModelError};

/// Drops trailing items equal to `default`: a reader fills them in again.
pub fn trim(mut items: Vec<Value>, default: &Value) -> Value {
    while items.last() == Some(default) {
        items.pop();
    }
    Value::Array(items)
}

/// Drops trailing items equal to their position's default in `defaults`.
pub fn trim_record(mut items: Vec<Value>, defaults: &[Value]) -> Value {
    while let Some(last) = items.last() {
        if defaults.get(items.len() - 1) != Some(last) {
            break;
        }
        items.pop();
    }
    Value::Array(items)
}

/// An exact JSON number for a time stamp: an integer when it is one, else the shortest
/// decimal that parses back to the same `f64`. Non-finite numbers have no JSON form: 0.
/// −0.0 is written `-0.0`, which reads back with its sign (an integer `0` would not).
pub fn time(t: f64) -> Value {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: every integer below is an exact f64
    if t.fract() == 0.0 && t.abs() < EXACT && !(t == 0.0 && t.is_sign_negative()) {
        // In range and integral, so the conversion is exact.
        Value::from(t as i64)
    } else {
        serde_json::Number::from_f64(t).map_or(Value::from(0), Value::Number)
    }
}

pub fn malformed(what: &str, expected: &str) -> ModelError {
    ModelError::Malformed(Malformation::shape(
        what,
        format!("{what}: expected {expected}"),
    ))
}

/// The array at `v`; a missing value (`None`) is the empty array.
pub fn array<'a>(v: Option<&'a Value>, what: &str) -> Result<&'a [Value], ModelError> {
    match v {
        None => Ok(&[]),
        Some(Value::Array(items)) => Ok(items),
        Some(_) => Err(malformed(what, "an array")),
    }
}

/// The array at `v`, no longer than `max`.
pub fn column<'a>(v: Option<&'a Value>, what: &str, max: usize) -> Result<&'a [Value], ModelError> {
    let items = array(v, what)?;
    if items.len() > max {
        return Err(malformed(what, "no more entries than touchpoints"));
    }
    Ok(items)
}

/// The string at `v`; missing is empty.
pub fn string(v: Option<&Value>, what: &str) -> Result<String, ModelError> {
    match v {
        None => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(malformed(what, "a string")),
    }
}

/// The non-negative integer at `v`; missing is `default`.
pub fn uint(v: Option<&Value>, what: &str, default: u64) -> Result<u64, ModelError> {
    match v {
        None => Ok(default),
        Some(v) => v
            .as_u64()
            .ok_or_else(|| malformed(what, "a non-negative integer")),
    }
}

pub fn u32(v: Option<&Value>, what: &str) -> Result<u32, ModelError> {
    let n = uint(v, what, 0)?;
    u32::try_from(n).map_err(|_| malformed(what, "a number below 2^32"))
}

/// The signed integer at `v`; missing is 0.
pub fn int(v: Option<&Value>, what: &str) -> Result<i64, ModelError> {
    match v {
        None => Ok(0),
        Some(v) => v.as_i64().ok_or_else(|| malformed(what, "an integer")),
    }
}

/// Any JSON number at `v`; missing is 0.
pub fn number(v: Option<&Value>, what: &str) -> Result<f64, ModelError> {
    match v {
        None => Ok(0.0),
        Some(v) => v.as_f64().ok_or_else(|| malformed(what, "a number")),
    }
}
