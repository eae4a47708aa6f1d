//! Text normalisation for matching, the same on the server and in the browser.
//!
//! NFC, then lowercase; Arabic-script folding (alef variants, tatweel, tashkeel, Persian/Urdu
//! letter forms); zero-width joiners dropped. Combining marks are *kept*: Gujarati, Bengali and
//! Devanagari vowel signs are part of the word, and stripping them would merge different words.

use unicode_normalization::{IsNormalized, UnicodeNormalization, char::is_combining_mark, is_nfc_quick};

/// Folds one character of Arabic script to the form used for matching. Returns `None` for
/// characters that are dropped (tatweel, tashkeel, zero-width joiners).
fn fold(c: char) -> Option<char> {
    Some(match c {
        // alef with madda, hamza above, hamza below, wasla → bare alef
        'آ' | 'أ' | 'إ' | 'ٱ' => 'ا',
        // alef maksura and Persian/Urdu yeh → Arabic yeh
        'ى' | 'ی' | 'ې' => 'ي',
        // Persian/Urdu keheh → Arabic kaf
        'ک' => 'ك',
        // teh marbuta → heh; Urdu heh goal / heh doachashmee → heh
        'ة' | 'ہ' | 'ھ' => 'ه',
        // tatweel, tashkeel (fathatan … sukun), superscript alef, zero-width (non-)joiner
        '\u{0640}' | '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{200C}' | '\u{200D}' => return None,
        c => c,
    })
}

/// Normalises a whole text for matching (see the module docs).
///
/// Most text is already in NFC, and most of it is ASCII (names, English descriptions,
/// postcodes): those skip the composition, which is most of the work (the index is built from
/// every service's text, and a list by name normalises every name). The result is the same.
pub fn normalise(text: &str) -> String {
    if text.is_ascii() {
        // ASCII is its own NFC, and nothing in it folds.
        return text.to_ascii_lowercase();
    }
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return text.chars().flat_map(char::to_lowercase).filter_map(fold).collect();
    }
    text.nfc().flat_map(char::to_lowercase).filter_map(fold).collect()
}

/// Whether a character belongs inside a word: letters, digits and combining marks.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Drops the Arabic definite article "ال" from a word of at least three more letters, so that
/// "الطعام" (the food) matches "طعام" (food).
fn strip_article(word: &str) -> &str {
    match word.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 3 => rest,
        _ => word,
    }
}

/// Splits a text into normalised words.
pub fn words(text: &str) -> Vec<String> {
    normalise(text)
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .map(|w| strip_article(w).to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercases_and_splits_on_punctuation() {
        assert_eq!(words("Food-Bank, Wesley HALL!"), vec!["food", "bank", "wesley", "hall"]);
        assert_eq!(words("16–25s"), vec!["16", "25s"]);
    }

    #[test]
    fn composes_to_nfc() {
        // "é" as e + combining acute becomes one code point.
        assert_eq!(normalise("Cafe\u{301}"), "café");
        assert_eq!(words("Cafe\u{301} club"), vec!["café", "club"]);
    }

    #[test]
    fn keeps_indic_vowel_signs() {
        // Gujarati "ખોરાક" (food) has the vowel sign ો (U+0acb), a combining mark.
        assert_eq!(words("ખોરાક"), vec!["ખોરાક"]);
        assert_ne!(normalise("ખોરાક"), normalise("ખરાક"));
        // Bengali "খাদ্য" (food): া and ্ survive.
        assert_eq!(words("খাদ্য সহায়তা"), vec!["খাদ্য", "সহায়তা"]);
    }

    #[test]
    fn folds_arabic_script() {
        // hamza on alef, tashkeel and tatweel are folded away
        assert_eq!(normalise("أَطْعِمَة"), normalise("اطعمه"));
        assert_eq!(normalise("طـعـام"), "طعام");
        // Persian yeh and keheh match their Arabic forms
        assert_eq!(normalise("کمک"), normalise("كمك"));
        assert_eq!(normalise("یاری"), normalise("ياري"));
    }

    /// The shortcuts give what composing every text gives, for text in NFC and not, ASCII and
    /// not: every script the directory is written in, decomposed accents, Hangul jamo,
    /// characters that lowercase to more than one, and the folded Arabic letters.
    #[test]
    fn shortcuts_give_the_same_as_composing_every_text() {
        let reference = |text: &str| -> String { text.nfc().flat_map(char::to_lowercase).filter_map(fold).collect() };
        let pieces = [
            "Food BANK", "16–25s", "e\u{301}", "é", "Cafe\u{301}", "ખોરાક", "খাদ্য", "أَطْعِمَة", "طـعـام", "کمک",
            "Żywność", "ŞTEFAN", "İstanbul", "ΣΟΦΙΑ", "\u{1100}\u{1161}\u{11A8}", "각", "ሰላም", "ਪੰਜਾਬੀ", "a\u{200D}b",
            "\u{0627}\u{0653}", "Å", "A\u{30A}", "ﬁ", " ", ",", "\u{0340}", "ё", "е\u{308}",
        ];
        // Every piece alone, and a thousand seeded mixes of up to eight of them.
        let mut texts: Vec<String> = pieces.iter().map(|p| p.to_string()).collect();
        let mut seed: u64 = 0x5157_4e50_4f53_5431;
        for _ in 0..1000 {
            let mut text = String::new();
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            for i in 0..(seed >> 61) + 1 {
                text.push_str(pieces[((seed >> (8 * i)) as usize) % pieces.len()]);
            }
            texts.push(text);
        }
        for text in &texts {
            assert_eq!(normalise(text), reference(text), "{text:?}");
        }
    }

    #[test]
    fn drops_the_arabic_article() {
        assert_eq!(words("الطعام"), words("طعام"));
        // too short to be article + word: kept
        assert_eq!(words("الم"), vec!["الم"]);
    }
}
