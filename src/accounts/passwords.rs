//! Server only: what makes a chosen password too easy to guess, beyond its length
//! ([`super::model::password_problem`]): a password from the list of common ones
//! (`common_passwords/`), one with a common password at its heart padded with digits or
//! symbols ("sunshine2024!"), a short pattern repeated, digits only, or the person's own email.
//! Checked whenever someone chooses a password: an invitation, a change, the command line.

use std::{collections::HashSet, sync::LazyLock};

static COMMON: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| include_str!("common_passwords/passwords.txt").lines().collect());

/// Words anyone guessing at Signpost's accounts would try first.
const LOCAL: [&str; 6] = ["signpost", "leicester", "leicestershire", "powertochange", "community", "password"];

/// At most this many digits and symbols around a common word still make it guessable.
const MAX_PADDING: usize = 8;

/// The Fluent id of why `password` is too easy to guess for the account `email`, if it is.
pub fn problem(password: &str, email: &str) -> Option<&'static str> {
    let p = password.trim().to_lowercase();
    let core = p.trim_matches(|c: char| !c.is_alphabetic());
    let padding = p.chars().count() - core.chars().count();
    let known = |w: &str| COMMON.contains(w) || LOCAL.contains(&w);
    let local_part = email.trim().to_lowercase();
    let local_part = local_part.split('@').next().unwrap_or_default();
    let common = known(&p)
        || (core.chars().count() >= 4 && padding <= MAX_PADDING && known(core))
        || repeats_a_short_pattern(&p)
        || p.chars().all(|c| c.is_ascii_digit() || c.is_whitespace())
        || (local_part.chars().count() >= 4 && p.contains(local_part) && p.chars().count() - local_part.chars().count() <= MAX_PADDING);
    common.then_some("account-error-password-common")
}

/// "aaaaaaaaaaaa", "abcabcabcabc", "12121212…": a unit of up to four characters over and over.
fn repeats_a_short_pattern(p: &str) -> bool {
    let chars: Vec<char> = p.chars().collect();
    (1..=4).any(|unit| chars.len() >= 2 * unit && chars.iter().enumerate().all(|(i, c)| *c == chars[i % unit]))
}

#[cfg(test)]
mod tests {
    use super::problem;

    #[test]
    fn common_and_padded_common_passwords_are_refused() {
        for bad in [
            "password1234",
            "Password1234!",
            "qwertyuiop[]",
            "sunshine2024!!",
            "  Liverpool1234 ",
            "aaaaaaaaaaaa",
            "abcabcabcabc",
            "123456789012",
            "Signpost2026!",
            "Leicester1234",
            "amina.farah2024",
        ] {
            assert_eq!(problem(bad, "amina.farah@example.org"), Some("account-error-password-common"), "{bad}");
        }
    }

    #[test]
    fn uncommon_passwords_pass() {
        for ok in ["correct horse battery staple", "Zx9!river-lantern", "ગુજરાતી-પાસવર્ડ-૨૦૨૬", "wesley hall food parcels"] {
            assert_eq!(problem(ok, "amina.farah@example.org"), None, "{ok}");
        }
    }
}
