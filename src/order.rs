//! One sort for the pipeline's "put these in order of a number" sorts (by position in the
//! text, longest first). Each `sort_by_key` on its own element type is its own copy of the
//! standard library's stable sort in the WASM module (2–4 KB of code each, ~20 copies);
//! these sort `(key, index)` pairs instead, one copy for every element type, and keep the
//! order of equal keys exactly as `sort_by_key` does.

/// Sorts `items` by `key`, equal keys in their present order (as `sort_by_key`).
pub fn by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> usize) {
    let mut order: Vec<(usize, usize)> = items.iter().map(key).zip(0..).collect();
    if order.windows(2).all(|w| w[0].0 <= w[1].0) {
        return;
    }
    // The index breaks ties, so the unstable sort gives the stable order.
    order.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|(_, i)| slots[i].take()));
}

/// Sorts `items` longest first by `len`, equal lengths in their present order (as
/// `sort_by_key` with `Reverse(len)`).
pub fn longest_first<T>(items: &mut Vec<T>, len: impl Fn(&T) -> usize) {
    by_key(items, |t| usize::MAX - len(t));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_order_as_the_standard_stable_sort() {
        // Pseudo-random keys with many ties, tagged with their first position.
        let mut seed = 7u64;
        for n in [0, 1, 2, 5, 20, 33, 200] {
            let items: Vec<(usize, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 33) as usize % 7, i)
                })
                .collect();
            let (mut ours, mut std) = (items.clone(), items.clone());
            by_key(&mut ours, |t| t.0);
            std.sort_by_key(|t| t.0);
            assert_eq!(ours, std);
            let (mut ours, mut std) = (items.clone(), items);
            longest_first(&mut ours, |t| t.0);
            std.sort_by_key(|t| std::cmp::Reverse(t.0));
            assert_eq!(ours, std);
        }
    }
}
