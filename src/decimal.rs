//! Decimal text to the nearest double, correctly rounded (ties to even).
//!
//! The standard parser carries a 10 KB table of powers of five (13 KB of the
//! gzipped page); this module needs none. Short numbers, the ones people
//! type, take one exact multiplication or division. Longer ones are
//! converted with exact integer arithmetic: the digits times a power of ten,
//! or divided by a power of five, to 66 significant bits plus a sticky bit,
//! then rounded once.

/// Significant digits kept exactly. A double's halfway points have at most
/// 767, so digits beyond 800 only matter as "some nonzero digit follows",
/// which one extra digit 1 preserves.
const KEPT_DIGITS: usize = 800;

/// Reads `[+-]digits[.digits][e[+-]digits]`, as `f64`'s `Display` writes
/// numbers; `None` for anything else (including `inf` and `NaN`).
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (digits, exponent) = match rest.split_once(['e', 'E']) {
        Some((digits, exponent)) => (digits, parse_exponent(exponent)?),
        None => (rest, 0),
    };
    let point_count = digits.bytes().filter(|&b| b == b'.').count();
    let valid = digits.bytes().any(|b| b.is_ascii_digit())
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && point_count <= 1;
    if !valid {
        return None;
    }
    let value = decimal_value(digits, exponent);
    Some(if negative { -value } else { value })
}

/// An exponent's digits, saturated far beyond any double's range.
fn parse_exponent(text: &str) -> Option<i32> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let magnitude = digits
        .bytes()
        .fold(0i32, |n, b| (n * 10 + i32::from(b - b'0')).min(1_000_000));
    Some(if negative { -magnitude } else { magnitude })
}

/// The value of decimal digits with at most one point (`123`, `1.5`, `.25`;
/// validated by the caller) times 10^`power`, correctly rounded.
pub fn decimal_value(digits: &str, power: i32) -> f64 {
    let (significant, exponent) = significant_digits(digits, power);
    if significant.is_empty() {
        return 0.0;
    }
    let length = significant.len() as i64;
    // Beyond 10^310 every value is infinite, below 10^-330 every value is 0.
    if i64::from(exponent) + length > 310 {
        return f64::INFINITY;
    }
    if i64::from(exponent) + length < -330 {
        return 0.0;
    }
    let mantissa = significant.iter().fold(0u64, |m, &d| {
        m.saturating_mul(10).saturating_add(u64::from(d))
    });
    if length <= 15 && exponent.abs() <= 22 {
        // Both factors are exact doubles, so one operation rounds once.
        return if exponent >= 0 {
            mantissa as f64 * power_of_ten(exponent)
        } else {
            mantissa as f64 / power_of_ten(-exponent)
        };
    }
    let digits = Big::from_digits(&significant);
    if exponent >= 0 {
        let (top, exp2, sticky) = digits.times_power_of_ten(exponent).top_bits();
        nearest(top, exp2, sticky)
    } else {
        quotient_by_power_of_ten(digits, exponent.unsigned_abs())
    }
}

/// The digits without the point and leading or trailing zeros, at most
/// [`KEPT_DIGITS`] (+1), and the power of ten they are scaled by.
fn significant_digits(digits: &str, power: i32) -> (Vec<u8>, i32) {
    let mut exponent = i64::from(power);
    let mut significant: Vec<u8> = Vec::new();
    let mut after_point = false;
    let mut dropped_nonzero = false;
    for b in digits.bytes() {
        let d = match b {
            b'0'..=b'9' => b - b'0',
            b'.' => {
                after_point = true;
                continue;
            }
            _ => continue,
        };
        if significant.is_empty() && d == 0 {
            exponent -= i64::from(after_point);
        } else if significant.len() < KEPT_DIGITS {
            significant.push(d);
            exponent -= i64::from(after_point);
        } else {
            dropped_nonzero |= d != 0;
            exponent += i64::from(!after_point);
        }
    }
    if dropped_nonzero {
        significant.push(1);
        exponent -= 1;
    }
    while significant.last() == Some(&0) {
        significant.pop();
        exponent += 1;
    }
    let exponent = exponent.clamp(-1_000_000, 1_000_000) as i32;
    (significant, exponent)
}

/// 10^n by repeated multiplication: exact up to 10^22.
fn power_of_ten(n: i32) -> f64 {
    (0..n).fold(1.0, |p, _| p * 10.0)
}

/// digits / 10^k = digits / 5^k · 2^−k. Scaling the numerator or the
/// divisor by a power of two makes the quotient 66 or 67 bits long; the
/// remainder is the sticky bit.
fn quotient_by_power_of_ten(digits: Big, k: u32) -> f64 {
    let divisor = Big::one().times_power_of_five(k);
    let (numerator_bits, divisor_bits) = (digits.bits(), divisor.bits() + 66);
    let numerator_shift = divisor_bits.saturating_sub(numerator_bits);
    let divisor_shift = numerator_bits.saturating_sub(divisor_bits);
    let mut remainder = digits.shifted_left(numerator_shift);
    let divisor = divisor.shifted_left(divisor_shift);
    let mut quotient: u128 = 0;
    for bit in (0..=67u32).rev() {
        let step = divisor.shifted_left(bit as usize);
        if remainder.at_least(&step) {
            remainder.subtract(&step);
            quotient |= 1 << bit;
        }
    }
    let exp2 = divisor_shift as i64 - numerator_shift as i64 - i64::from(k);
    nearest(quotient, exp2, !remainder.is_zero())
}

/// The double nearest to (`top` + a little, when `sticky`) · 2^`exp2`.
fn nearest(top: u128, exp2: i64, sticky: bool) -> f64 {
    if top == 0 {
        return 0.0;
    }
    let length = i64::from(128 - top.leading_zeros());
    let leading = exp2 + length - 1;
    if leading > 1023 {
        return f64::INFINITY;
    }
    // Normal doubles keep 53 bits; below 2^-1022 the last bit is 2^-1074.
    let keep = if leading >= -1022 { 53 } else { leading + 1075 };
    let drop = length - keep;
    if drop <= 0 {
        return scaled(top, exp2);
    }
    if drop > length {
        return 0.0;
    }
    let drop = drop as u32;
    let kept = top.checked_shr(drop).unwrap_or(0);
    let rest = top & (u128::MAX >> (128 - drop));
    let half = 1u128 << (drop - 1);
    let up = rest > half || (rest == half && (sticky || kept & 1 == 1));
    scaled(kept + u128::from(up), exp2 + i64::from(drop))
}

/// `m` · 2^`e` for an `m` of at most 54 bits and an exact result.
fn scaled(m: u128, e: i64) -> f64 {
    let m = m as f64;
    // Two steps keep each power of two a normal or subnormal double.
    let half = e / 2;
    m * power_of_two(half) * power_of_two(e - half)
}

fn power_of_two(e: i64) -> f64 {
    match e {
        -1022..=1023 => f64::from_bits(((e + 1023) as u64) << 52),
        -1074..=-1023 => f64::from_bits(1u64 << (e + 1074)),
        _ if e > 0 => f64::INFINITY,
        _ => 0.0,
    }
}

/// An unsigned integer of any size, least significant 32-bit limb first.
#[derive(Clone, Debug)]
struct Big(Vec<u32>);

impl Big {
    fn one() -> Big {
        Big(vec![1])
    }

    fn from_digits(digits: &[u8]) -> Big {
        let mut n = Big(Vec::new());
        for chunk in digits.chunks(9) {
            let value = chunk.iter().fold(0u32, |v, &d| v * 10 + u32::from(d));
            n.multiply_add(10u32.pow(chunk.len() as u32), value);
        }
        n
    }

    fn multiply_add(&mut self, factor: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in self.0.iter_mut() {
            let product = u64::from(*limb) * u64::from(factor) + carry;
            *limb = product as u32;
            carry = product >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn times_power_of_ten(mut self, n: i32) -> Big {
        for _ in 0..n / 9 {
            self.multiply_add(1_000_000_000, 0);
        }
        self.multiply_add(10u32.pow((n % 9) as u32), 0);
        self
    }

    fn times_power_of_five(mut self, n: u32) -> Big {
        for _ in 0..n / 13 {
            self.multiply_add(1_220_703_125, 0);
        }
        self.multiply_add(5u32.pow(n % 13), 0);
        self
    }

    fn bits(&self) -> usize {
        match self.0.iter().rposition(|&l| l != 0) {
            Some(i) => i * 32 + 32 - self.0.get(i).map_or(32, |l| l.leading_zeros() as usize),
            None => 0,
        }
    }

    fn is_zero(&self) -> bool {
        self.0.iter().all(|&l| l == 0)
    }

    fn limb(&self, i: usize) -> u32 {
        self.0.get(i).copied().unwrap_or(0)
    }

    /// The 66 (or fewer) leading bits, the power of two they stand for and
    /// whether any bit below them is set.
    fn top_bits(&self) -> (u128, i64, bool) {
        let bits = self.bits();
        let drop = bits.saturating_sub(66);
        let mut top: u128 = 0;
        for i in (drop..bits).rev() {
            top = (top << 1) | u128::from(self.bit(i));
        }
        let sticky = (0..drop).any(|i| self.bit(i));
        (top, drop as i64, sticky)
    }

    fn bit(&self, i: usize) -> bool {
        self.limb(i / 32) >> (i % 32) & 1 == 1
    }

    fn shifted_left(&self, shift: usize) -> Big {
        let (limbs, bits) = (shift / 32, (shift % 32) as u32);
        let mut out = vec![0u32; limbs];
        let mut carry = 0u32;
        for &l in &self.0 {
            out.push((l << bits) | carry);
            carry = if bits == 0 { 0 } else { l >> (32 - bits) };
        }
        out.push(carry);
        Big(out)
    }

    fn at_least(&self, other: &Big) -> bool {
        let len = self.0.len().max(other.0.len());
        for i in (0..len).rev() {
            let (a, b) = (self.limb(i), other.limb(i));
            if a != b {
                return a > b;
            }
        }
        true
    }

    /// `self − other`, for `self ≥ other`.
    fn subtract(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let difference = i64::from(*limb) - i64::from(other.limb(i)) - borrow;
            *limb = difference.rem_euclid(1 << 32) as u32;
            borrow = i64::from(difference < 0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halfway_integers_round_to_even() {
        assert_eq!(decimal_value("9007199254740993", 0), 9007199254740992.0);
        assert_eq!(decimal_value("9007199254740995", 0), 9007199254740996.0);
        assert_eq!(
            decimal_value("90071992547409930000000000000000000000000001", -28),
            9007199254740994.0
        );
    }

    #[test]
    fn the_ends_of_the_range() {
        assert_eq!(decimal_value("17976931348623157", 292), f64::MAX);
        assert_eq!(decimal_value("17976931348623159", 292), f64::INFINITY);
        assert_eq!(decimal_value("49406564584124654", -340), 5e-324);
        assert_eq!(decimal_value("24703282292062327", -340), 0.0);
        assert_eq!(decimal_value("24703282292062328", -340), 5e-324);
    }

    #[test]
    fn the_accepted_forms() {
        assert_eq!(parse_decimal("-1.5e3"), Some(-1500.0));
        assert_eq!(parse_decimal(".25"), Some(0.25));
        assert_eq!(parse_decimal("7."), Some(7.0));
        for refused in [
            "", ".", "-", "1e", "e5", "inf", "NaN", "1.2.3", "1,5", "0x10", "1e+-2",
        ] {
            assert_eq!(parse_decimal(refused), None, "{refused}");
        }
    }
}
