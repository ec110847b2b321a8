//! Sorting and selection written small. The standard library's sorts are
//! fast on any input but compile to several kilobytes for each element
//! type, and the page sorts only a few short lists and the draws of its
//! Monte Carlo runs: a heap sort, an insertion sort, a counting sort and a
//! selection by Hoare's partition cost a few hundred bytes each, and with
//! them the page's edits are as fast as with the standard ones.

/// Sorts `items` so that no item is `less` than one before it, in
/// O(n log n) comparisons whatever the input. Equal items may swap places.
pub fn sort_by<T>(items: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    let n = items.len();
    for root in (0..n / 2).rev() {
        sift_down(items, root, n, &mut less);
    }
    for end in (1..n).rev() {
        items.swap(0, end);
        sift_down(items, 0, end, &mut less);
    }
}

/// Sorts a short list, keeping equal items in their order. Quadratic: for
/// lists of tens of items, where it beats anything cleverer.
pub fn sort_stable_by<T>(items: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && is_less(items, j, j - 1, &mut less) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sorts whole numbers ascending. Draws of a day span a few hundred values
/// at most, so counting them is linear; a wider span goes to the heap sort.
pub fn sort_integers(values: &mut [i32]) {
    let (Some(&min), Some(&max)) = (values.iter().min(), values.iter().max()) else {
        return;
    };
    let span = (i64::from(max) - i64::from(min)) as usize + 1;
    if span > 4 * values.len() + 64 {
        return sort_by(values, |a, b| a < b);
    }
    let mut counts = vec![0u32; span];
    for &value in values.iter() {
        if let Some(count) = counts.get_mut((value - min) as usize) {
            *count += 1;
        }
    }
    let mut slots = values.iter_mut();
    for (offset, &count) in (0..).zip(&counts) {
        for slot in slots.by_ref().take(count as usize) {
            *slot = min + offset;
        }
    }
}

/// Sorts numbers ascending by [`f64::total_cmp`].
pub fn sort_numbers(values: &mut [f64]) {
    sort_by(values, |a, b| a.total_cmp(b).is_lt());
}

/// Moves to index `k` the value a sort by [`f64::total_cmp`] would put
/// there, smaller or equal values before it and larger or equal after, and
/// returns it (`None` when `k` is out of range). Linear on average; a
/// search still going after twice log₂ n rounds heap-sorts what is left, so
/// it is never worse than O(n log n).
pub fn select_number(values: &mut [f64], k: usize) -> Option<f64> {
    let rounds = 2 * (usize::BITS - values.len().leading_zeros());
    select_within(values, k, rounds)
}

/// [`select_number`] with at most `rounds` rounds of partitioning.
fn select_within(values: &mut [f64], k: usize, mut rounds: u32) -> Option<f64> {
    let less = |a: f64, b: f64| a.total_cmp(&b).is_lt();
    let at = |values: &[f64], i: usize| values.get(i).copied();
    let (mut lo, mut hi) = (0, values.len());
    while k >= lo && k < hi {
        if rounds == 0 || hi - lo <= 8 {
            sort_by(values.get_mut(lo..hi)?, |a, b| less(*a, *b));
            break;
        }
        rounds -= 1;
        let pivot = median_of_three(values, lo, hi)?;
        // Hoare's partition: scan in from both ends and swap the pairs on
        // the wrong side. The pivot and each swapped pair stop the scans,
        // and values equal to the pivot land on both sides, so many equal
        // values still split in the middle. Afterwards [lo, j] ≤ pivot ≤ (j, hi).
        let (mut i, mut j) = (lo, hi - 1);
        loop {
            while less(at(values, i)?, pivot) {
                i += 1;
            }
            while less(pivot, at(values, j)?) {
                j -= 1;
            }
            if i >= j {
                break;
            }
            values.swap(i, j);
            i += 1;
            j -= 1;
        }
        if k <= j {
            hi = j + 1;
        } else {
            lo = j + 1;
        }
    }
    values.get(k).copied()
}

fn median_of_three(values: &[f64], lo: usize, hi: usize) -> Option<f64> {
    let a = *values.get(lo)?;
    let b = *values.get(lo + (hi - lo) / 2)?;
    let c = *values.get(hi - 1)?;
    let (small, large) = if a.total_cmp(&b).is_lt() {
        (a, b)
    } else {
        (b, a)
    };
    Some(if c.total_cmp(&small).is_lt() {
        small
    } else if large.total_cmp(&c).is_lt() {
        large
    } else {
        c
    })
}

fn sift_down<T>(
    items: &mut [T],
    mut root: usize,
    end: usize,
    less: &mut impl FnMut(&T, &T) -> bool,
) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && is_less(items, child, child + 1, less) {
            child += 1;
        }
        if !is_less(items, root, child, less) {
            return;
        }
        items.swap(root, child);
        root = child;
    }
}

fn is_less<T>(items: &[T], a: usize, b: usize, less: &mut impl FnMut(&T, &T) -> bool) -> bool {
    match (items.get(a), items.get(b)) {
        (Some(x), Some(y)) => less(x, y),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::SplitMix64;

    /// Inputs that trip up simple sorts: random, few distinct values, all
    /// equal, sorted, reversed and organ pipe, of many lengths.
    fn shapes(rng: &mut SplitMix64) -> Vec<Vec<i64>> {
        let mut out = Vec::new();
        for n in [0, 1, 2, 3, 5, 8, 17, 64, 100, 257, 1000] {
            let random: Vec<i64> = (0..n).map(|_| (rng.next_u64() % 1000) as i64).collect();
            let few: Vec<i64> = (0..n).map(|_| (rng.next_u64() % 3) as i64).collect();
            let sorted: Vec<i64> = (0..n as i64).collect();
            let reversed: Vec<i64> = (0..n as i64).rev().collect();
            let pipe: Vec<i64> = (0..n as i64).map(|i| i.min(n as i64 - i)).collect();
            out.extend([random, few, vec![7; n], sorted, reversed, pipe]);
        }
        out
    }

    #[test]
    fn sort_by_equals_the_standard_sort() {
        let mut rng = SplitMix64::new(3);
        for _ in 0..20 {
            for mut items in shapes(&mut rng) {
                let mut expected = items.clone();
                expected.sort_unstable();
                sort_by(&mut items, |a, b| a < b);
                assert_eq!(items, expected);
            }
        }
    }

    #[test]
    fn sort_integers_equals_the_standard_sort_for_narrow_and_wide_spans() {
        let mut rng = SplitMix64::new(6);
        let mut cases: Vec<Vec<i32>> = shapes(&mut rng)
            .into_iter()
            .map(|v| v.into_iter().map(|x| x as i32 - 500).collect())
            .collect();
        // Spans too wide to count, and the extremes of the type.
        cases.push((0..300).map(|_| rng.next_u64() as i32).collect());
        cases.push(vec![i32::MAX, i32::MIN, 0, i32::MAX, -1]);
        for mut values in cases {
            let mut expected = values.clone();
            expected.sort_unstable();
            sort_integers(&mut values);
            assert_eq!(values, expected);
        }
    }

    #[test]
    fn sort_stable_by_keeps_equal_items_in_order() {
        let mut rng = SplitMix64::new(4);
        for items in shapes(&mut rng) {
            // Tag each item with its position; sort by the value alone.
            let mut tagged: Vec<(i64, usize)> = items.iter().copied().zip(0..).collect();
            let mut expected = tagged.clone();
            expected.sort_by_key(|&(v, _)| v);
            sort_stable_by(&mut tagged, |a, b| a.0 < b.0);
            assert_eq!(tagged, expected);
        }
    }

    #[test]
    fn sort_numbers_orders_like_total_cmp() {
        let mut values = vec![3.0, -0.0, f64::NAN, 0.0, -1.5, f64::INFINITY, 2.0, 0.0];
        let mut expected = values.clone();
        expected.sort_by(f64::total_cmp);
        sort_numbers(&mut values);
        let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&values), bits(&expected));
    }

    #[test]
    fn select_number_finds_what_a_sort_puts_at_each_rank() {
        let mut rng = SplitMix64::new(5);
        for _ in 0..5 {
            for shape in shapes(&mut rng) {
                let values: Vec<f64> = shape.iter().map(|&v| v as f64 * 0.5).collect();
                let mut sorted = values.clone();
                sorted.sort_by(f64::total_cmp);
                let ranks = (0..values.len()).step_by(1 + values.len() / 64);
                for k in ranks.chain(values.len().checked_sub(1)) {
                    // The full search, and searches cut short after zero
                    // to two rounds, which must finish by sorting.
                    for rounds in [None, Some(0), Some(1), Some(2)] {
                        let mut work = values.clone();
                        let found = match rounds {
                            None => select_number(&mut work, k),
                            Some(r) => select_within(&mut work, k, r),
                        };
                        assert_eq!(found.map(f64::to_bits), sorted.get(k).map(|v| v.to_bits()));
                        // Everything before k is no larger, everything after no smaller.
                        let at = sorted.get(k).copied().unwrap();
                        assert!(work[..k].iter().all(|v| v.total_cmp(&at).is_le()));
                        assert!(work[k + 1..].iter().all(|v| v.total_cmp(&at).is_ge()));
                    }
                }
                assert_eq!(select_number(&mut values.clone(), values.len()), None);
            }
        }
    }
}
