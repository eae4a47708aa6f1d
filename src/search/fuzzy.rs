//! Bounded edit distance (optimal string alignment: insert, delete, substitute, swap two
//! neighbours), computed once for both a whole word and its prefixes.

/// How many typos a query word of this length may carry: none for short words, where one edit
/// turns a word into another ("food" vs "good" is a different word), more for long ones.
pub fn typo_budget(chars: usize) -> usize {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// The three rows [`distances`] works in, kept between calls: a search compares a word with
/// every term of the index, and allocating them per term was most of its cost.
#[derive(Default)]
pub struct Rows {
    prev2: Vec<usize>,
    prev: Vec<usize>,
    cur: Vec<usize>,
}

/// Distances from `query` to `term` (whole) and to the closest prefix of `term`, or `None` when
/// both exceed `max`. The prefix distance lets "laptpo" find "laptops" as you type.
pub fn distances(query: &[char], term: &[char], max: usize, rows: &mut Rows) -> Option<(usize, usize)> {
    let n = query.len();
    let m = term.len();
    if n.abs_diff(m) > max && m < n {
        return None;
    }
    // rows[i][j]: distance between query[..i] and term[..j]; three rows for the swap rule.
    let Rows { prev2, prev, cur } = rows;
    prev2.clear();
    prev2.resize(m + 1, 0);
    prev.clear();
    prev.extend(0..=m);
    cur.clear();
    cur.resize(m + 1, 0);
    for i in 1..=n {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=m {
            let cost = usize::from(query[i - 1] != term[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && query[i - 1] == term[j - 2] && query[i - 2] == term[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(prev2, prev);
        std::mem::swap(prev, cur);
    }
    let whole = prev[m];
    let prefix = prev.iter().copied().min().unwrap_or(whole);
    (prefix <= max).then_some((whole, prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: &str, b: &str, max: usize) -> Option<(usize, usize)> {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        distances(&a, &b, max, &mut Rows::default())
    }

    #[test]
    fn whole_word_distances() {
        assert_eq!(d("food", "food", 1), Some((0, 0)));
        assert_eq!(d("fod", "food", 1).map(|x| x.0), Some(1));
        assert_eq!(d("foood", "food", 1).map(|x| x.0), Some(1));
        assert_eq!(d("fodo", "food", 1).map(|x| x.0), Some(1)); // swap
        assert_eq!(d("bnak", "bank", 1).map(|x| x.0), Some(1));
        assert_eq!(d("housng", "housing", 1).map(|x| x.0), Some(1));
        assert_eq!(d("cat", "food", 1), None);
    }

    #[test]
    fn prefix_distances() {
        assert_eq!(d("lapt", "laptops", 0), Some((3, 0)));
        assert_eq!(d("laptpo", "laptops", 1), Some((2, 1)));
        assert_eq!(d("xyz", "laptops", 1), None);
    }

    #[test]
    fn budget_grows_with_length() {
        assert_eq!(typo_budget(3), 0);
        assert_eq!(typo_budget(4), 1);
        assert_eq!(typo_budget(8), 2);
    }
}
