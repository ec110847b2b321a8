//! The decimal parser against the standard library's, which rounds
//! correctly: the same double, bit for bit, on random doubles written every
//! way, random digit strings, exact halfway points and very long numbers.

use kolcalc::decimal::{decimal_value, parse_decimal};
use kolcalc::random::SplitMix64;

fn check(text: &str) {
    let expected: f64 = text.parse().expect("a number the standard parser reads");
    let got = parse_decimal(text).expect("a number");
    assert_eq!(
        got.to_bits(),
        expected.to_bits(),
        "{text}: {got:e} vs {expected:e}"
    );
}

fn digits(rng: &mut SplitMix64, count: usize) -> String {
    (0..count)
        .map(|_| char::from(b'0' + (rng.next_u64() % 10) as u8))
        .collect()
}

#[test]
fn random_doubles_read_back_however_written() {
    let mut rng = SplitMix64::new(1);
    for _ in 0..20_000 {
        let x = f64::from_bits(rng.next_u64() >> 1);
        if !x.is_finite() {
            continue;
        }
        let precision = (rng.next_u64() % 25) as usize;
        for text in [
            format!("{x}"),
            format!("{x:e}"),
            format!("{x:.precision$e}"),
            format!("-{x:.precision$}"),
        ] {
            check(&text);
        }
    }
}

#[test]
fn random_digit_strings_with_points_and_exponents() {
    let mut rng = SplitMix64::new(2);
    for _ in 0..50_000 {
        let count = 1 + (rng.next_u64() % 40) as usize;
        let mut text = digits(&mut rng, count);
        let point = (rng.next_u64() % (count as u64 + 1)) as usize;
        text.insert(point, '.');
        let exponent = (rng.next_u64() % 800) as i64 - 400;
        check(&format!("{text}e{exponent}"));
    }
}

#[test]
fn exact_halfway_points_round_to_even() {
    let mut rng = SplitMix64::new(3);
    for _ in 0..50_000 {
        // 54 significant bits with the last one set: exactly halfway
        // between two doubles of 53 bits.
        let m = (rng.next_u64() >> 10) | (1 << 53) | 1;
        let shift = (rng.next_u64() % 70) as u32;
        check(&(u128::from(m) << shift).to_string());
        // m / 2^k written exactly: m · 5^k with the point k digits in.
        let k = 1 + (rng.next_u64() % 30) as u32;
        let scaled = (u128::from(m) * 5u128.pow(k)).to_string();
        let (int, frac) = scaled.split_at(scaled.len() - k as usize);
        check(&format!("{int}.{frac}"));
        // The same near the subnormals, and one digit past halfway.
        check(&format!("{int}.{frac}e-320"));
        check(&format!("{int}.{frac}000001e-300"));
    }
}

#[test]
fn very_long_numbers() {
    let mut rng = SplitMix64::new(4);
    for _ in 0..2_000 {
        let count = 700 + (rng.next_u64() % 300) as usize;
        let text = digits(&mut rng, count);
        let exponent = (rng.next_u64() % 1400) as i64 - 1000;
        check(&format!("{text}e{exponent}"));
        check(&format!("0.{text}"));
    }
    // 10,000 digits: the tail only says "above".
    let long = format!("1.{}1", "0".repeat(10_000));
    check(&long);
    assert_eq!(decimal_value(&"9".repeat(400), 0), f64::INFINITY);
    assert_eq!(decimal_value(&format!(".{}1", "0".repeat(400)), 0), 0.0);
}
