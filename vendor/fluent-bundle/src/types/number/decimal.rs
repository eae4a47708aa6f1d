//! Numbers as decimal text, written and read without the standard library's float formatting
//! and parsing (Signpost's change to this crate: see PATCHED.md).
//!
//! The crate as published writes a number with `f64::to_string` (for `{ $count }`, and for
//! every plural choice: `intl_pluralrules` makes its operands from that text) and reads number
//! literals with `f64::from_str`. Those bring core's float printing and parsing (and the
//! parser's 10 KB table of powers of five) into any program that uses Fluent, even one that
//! only ever counts. Here a whole number is written as an integer, any other through `zmij`
//! (the shortest decimal that reads back as the same number, as `Display` gives), and a
//! literal is read digit by digit.

use intl_pluralrules::operands::PluralOperands;

/// `value` as `f64`'s `Display` writes it: the shortest decimal that reads back as `value`,
/// in positional notation (no exponent); `NaN`, `inf` and `-inf` as they are. One difference:
/// where two shortest decimals are equally near the value (1658206780088562.25 has
/// …562.2 and …562.3), `Display` takes the greater and zmij the even one. That needs 17
/// significant digits: never a count.
pub fn write(value: f64) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    if value.is_infinite() {
        return if value < 0.0 { "-inf" } else { "inf" }.into();
    }
    if value == value.trunc() && value.abs() < 1e15 {
        if value == 0.0 && value.is_sign_negative() {
            return "-0".into();
        }
        return (value as i64).to_string();
    }
    positional(zmij::Buffer::new().format_finite(value))
}

/// zmij's text (`1.25`, `-1.5e-7`, `1e21`) in positional notation, without trailing zeros
/// after the point or a point with nothing after it.
fn positional(shortest: &str) -> String {
    let (negative, unsigned) = match shortest.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, shortest),
    };
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, exponent.parse::<i32>().unwrap_or(0)),
        None => (unsigned, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits: String = [whole, fraction].concat();
    // Where the point goes in `digits`, counted from the left (negative: zeros before them).
    let point = whole.len() as i64 + i64::from(exponent);
    let (integer, fraction) = if point <= 0 {
        (String::from("0"), "0".repeat(point.unsigned_abs() as usize) + &digits)
    } else if point as usize >= digits.len() {
        (digits.clone() + &"0".repeat(point as usize - digits.len()), String::new())
    } else {
        (digits[..point as usize].to_string(), digits[point as usize..].to_string())
    };
    let integer = match integer.trim_start_matches('0') {
        "" => "0",
        rest => rest,
    };
    let fraction = fraction.trim_end_matches('0');
    let mut out = String::with_capacity(integer.len() + fraction.len() + 2);
    if negative {
        out.push('-');
    }
    out.push_str(integer);
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// The plural operands of `value` as CLDR defines them, from the text [`write`] gives (the
/// published crate's, from `f64::to_string`, but for `write`'s one difference). Where that
/// crate fails (a fraction of more than 19 digits does not fit its `u64`, and it panics), the
/// last 19 digits are kept: plural rules look at the last one or two.
pub fn operands(value: f64) -> PluralOperands {
    let n = value.abs();
    let text = write(n);
    let fraction = text.split_once('.').map_or("", |(_, fraction)| fraction);
    let visible = fraction.trim_end_matches('0');
    let last_digits = |digits: &str| digits[digits.len().saturating_sub(19)..].parse::<u64>().unwrap_or(0);
    PluralOperands {
        n,
        i: n as u64,
        v: fraction.len(),
        w: visible.len(),
        f: last_digits(fraction),
        t: last_digits(visible),
    }
}

/// The error of [`read`]: the text is not a decimal as Fluent writes number literals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotADecimal;

impl std::fmt::Display for NotADecimal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a decimal number")
    }
}

impl std::error::Error for NotADecimal {}

/// Reads a decimal as Fluent writes number literals, `-?[0-9]+(\.[0-9]+)?`. Exact (the nearest
/// `f64`, as `f64::from_str` gives) for up to 15 significant digits, the last of them within
/// 22 places of the point: far more than a literal in a message has; within a few units in the
/// last place beyond.
pub fn read(input: &str) -> Result<f64, NotADecimal> {
    let (negative, unsigned) = match input.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, input),
    };
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((_, "")) => return Err(NotADecimal),
        Some((whole, fraction)) => (whole, fraction),
        None => (unsigned, ""),
    };
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) {
        return Err(NotADecimal);
    }
    // The value is `significant` × 10^`exponent`, without the zeros that end the digits.
    let digits: Vec<u8> = whole.bytes().chain(fraction.bytes()).map(|b| b - b'0').collect();
    let zeros = digits.iter().rev().take_while(|&&d| d == 0).count();
    let significant = &digits[..digits.len() - zeros];
    let exponent = zeros as i64 - fraction.len() as i64;
    const EXACT: u64 = 1 << 53;
    let exact = significant
        .iter()
        .try_fold(0_u64, |m, &d| m.checked_mul(10).map(|m| m + u64::from(d)).filter(|&m| m <= EXACT));
    let magnitude = match exact {
        // Both exact, so the one product or quotient is the correctly rounded value.
        Some(m) if exponent.unsigned_abs() <= 22 => {
            let power = POWERS_OF_TEN[exponent.unsigned_abs() as usize];
            if exponent >= 0 { m as f64 * power } else { m as f64 / power }
        }
        _ => {
            let m = digits.iter().fold(0.0, |m, &d| m * 10.0 + f64::from(d));
            m / 10_f64.powi(fraction.len() as i32)
        }
    };
    Ok(if negative { -magnitude } else { magnitude })
}

/// The powers of ten that an `f64` holds exactly.
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    /// What the published crate did: `f64::to_string`, then intl_pluralrules's reading of it.
    fn published_operands(value: f64) -> PluralOperands {
        PluralOperands::try_from(value).unwrap()
    }

    /// A spread of values: whole and not, tiny and huge, both signs, the edges of the exact
    /// ranges, and pseudo-random bit patterns.
    fn values() -> Vec<f64> {
        let mut values = vec![
            0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.25, 0.1, 0.2, 0.3, 1.0 / 3.0, 2.0 / 3.0, 10.0, 11.0, 21.0,
            99.99, 100.0, 101.0, 1234.5678, 1e-7, 1.5e-7, 123e-20, 1e14, 1e15, 1e15 + 1.0, 9007199254740992.0,
            9007199254740993.0, 1e21, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 0.000001, 123456.789,
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let bits = f64::from_bits(state);
            if bits.is_finite() {
                values.push(bits);
            }
            // Numbers of the size messages count, with and without a fraction.
            values.push((state % 1_000_000) as f64 / [1.0, 10.0, 100.0, 1000.0][(state % 4) as usize]);
        }
        values
    }

    /// Whether `ours` and `display` (`f64::to_string`) are the two shortest decimals equally
    /// near `value` (see [`write`]): the same length, differing only in the last digit, that
    /// one digit apart, and both read back as `value`.
    fn equally_near(value: f64, ours: &str, display: &str) -> bool {
        let (a, b) = (ours.as_bytes(), display.as_bytes());
        a.len() == b.len()
            && a[..a.len() - 1] == b[..b.len() - 1]
            && a[a.len() - 1].abs_diff(b[b.len() - 1]) == 1
            && f64::from_str(ours) == Ok(value)
            && f64::from_str(display) == Ok(value)
    }

    #[test]
    fn numbers_are_written_as_f64_display_writes_them() {
        let mut ties = 0;
        for value in values().into_iter().chain([f64::NAN, f64::INFINITY, f64::NEG_INFINITY]) {
            let (ours, display) = (write(value), value.to_string());
            if ours != display {
                assert!(equally_near(value, &ours, &display), "{value:e}: {ours} {display}");
                ties += 1;
            }
        }
        assert!(ties < 10, "{ties}");
        assert_eq!(write(1658206780088562.25), "1658206780088562.2");
    }

    #[test]
    fn plural_operands_are_those_of_the_published_crate() {
        for value in values() {
            // The published crate panics on fractions of more than 19 digits; two equally
            // near decimals are the one place where the text differs (see `write`).
            let text = value.abs().to_string();
            if text.split_once('.').is_some_and(|(_, fraction)| fraction.len() > 19) || write(value.abs()) != text {
                continue;
            }
            assert_eq!(operands(value), published_operands(value), "{value:e}");
        }
        // Beyond that, the last digits are kept (plural rules look at the last one or two).
        let tiny = operands(1.5e-30);
        assert_eq!((tiny.i, tiny.v, tiny.w, tiny.f % 100, tiny.t % 100), (0, 31, 31, 15, 15));
        // Counts, as messages give them.
        for count in [0_u32, 1, 2, 5, 11, 21, 101, 1_000_000] {
            assert_eq!(operands(f64::from(count)), PluralOperands::from(count), "{count}");
        }
    }

    #[test]
    fn literals_are_read_as_f64_from_str_reads_them() {
        for text in [
            "0", "-0", "1", "-1", "0.5", "1.0", "1.50", "-2.25", "0.1", "0.3", "3.141569", "123456789012345",
            "9007199254740992", "0.000000000000001", "99.99", "007", "0.0000000000000000000001",
        ] {
            let ours = read(text).unwrap();
            let std = f64::from_str(text).unwrap();
            assert_eq!(ours.to_bits(), std.to_bits(), "{text}");
        }
        for value in values() {
            let text = value.to_string();
            // Exact for up to 15 significant digits, the last of them within 22 places of the point.
            let digits = text.trim_start_matches('-').replace('.', "");
            let significant = digits.trim_start_matches('0').trim_end_matches('0');
            let after_point = text.split_once('.').map_or(0, |(_, fraction)| fraction.len()) as i64;
            let exponent = (digits.len() - digits.trim_end_matches('0').len()) as i64 - after_point;
            if significant.len() <= 15 && exponent.abs() <= 22 {
                assert_eq!(read(&text).unwrap().to_bits(), value.to_bits(), "{text}");
            }
        }
        for text in ["", "-", ".", "1.", ".5", "+1", "1e3", "inf", "NaN", "1,5", "1.2.3", " 1", "1 ", "--1", "٣"] {
            assert_eq!(read(text), Err(NotADecimal), "{text:?}");
        }
    }
}
