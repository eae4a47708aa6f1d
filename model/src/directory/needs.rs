//! The needs taxonomy: what a family needs help with. Codes are stable identifiers (stored in the
//! database and in URLs); names come from the locales (`need-<code>`), and so do the extra
//! search words (`need-<code>-terms`) that let "hunger" or a Gujarati word find food services.

use serde::{Deserialize, Deserializer, Serialize, Serializer, de::Error};

/// A need category. The order here is the order shown in filters. On the wire and in the
/// phone's copy, its code ([`Need::code`]): written by hand over `code` and `from_code` rather
/// than derived, as serde's derive adds a second copy of every code to the browser bundle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Need {
    Food,
    Housing,
    Money,
    Immigration,
    Health,
    Families,
    Youth,
    Education,
    Send,
    CareExperienced,
    PrisonersFamilies,
    Digital,
    Community,
    Safety,
}

// `Need::ALL` names every need (reading a code back goes through it): a new need fails to
// compile here until it is added there too.
const _: fn(Need) = |n| match n {
    Need::Food
    | Need::Housing
    | Need::Money
    | Need::Immigration
    | Need::Health
    | Need::Families
    | Need::Youth
    | Need::Education
    | Need::Send
    | Need::CareExperienced
    | Need::PrisonersFamilies
    | Need::Digital
    | Need::Community
    | Need::Safety => {}
};

impl Serialize for Need {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Need {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Need::from_code(&code).ok_or_else(|| D::Error::custom(format_args!("unknown need {code:?}")))
    }
}

impl Need {
    pub const ALL: [Need; 14] = [
        Need::Food,
        Need::Housing,
        Need::Money,
        Need::Immigration,
        Need::Health,
        Need::Families,
        Need::Youth,
        Need::Education,
        Need::Send,
        Need::CareExperienced,
        Need::PrisonersFamilies,
        Need::Digital,
        Need::Community,
        Need::Safety,
    ];

    /// The stable code, used in the database, URLs and the Open Referral UK taxonomy.
    pub fn code(self) -> &'static str {
        match self {
            Need::Food => "food",
            Need::Housing => "housing",
            Need::Money => "money",
            Need::Immigration => "immigration",
            Need::Health => "health",
            Need::Families => "families",
            Need::Youth => "youth",
            Need::Education => "education",
            Need::Send => "send",
            Need::CareExperienced => "care-experienced",
            Need::PrisonersFamilies => "prisoners-families",
            Need::Digital => "digital",
            Need::Community => "community",
            Need::Safety => "safety",
        }
    }

    pub fn from_code(code: &str) -> Option<Need> {
        Need::ALL.into_iter().find(|n| n.code() == code)
    }

    /// Fluent message id of the need's name.
    pub fn message_id(self) -> String {
        format!("need-{}", self.code())
    }

    /// Fluent message id of the need's extra search words (comma separated).
    pub fn terms_message_id(self) -> String {
        format!("need-{}-terms", self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        for need in Need::ALL {
            assert_eq!(Need::from_code(need.code()), Some(need));
        }
        let mut codes: Vec<_> = Need::ALL.iter().map(|n| n.code()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), Need::ALL.len());
        assert_eq!(Need::from_code("nonsense"), None);
    }

    #[test]
    fn serde_uses_the_code() {
        for need in Need::ALL {
            assert_eq!(serde_json::to_string(&need).unwrap(), format!("\"{}\"", need.code()));
            assert_eq!(serde_json::from_str::<Need>(&format!("\"{}\"", need.code())).unwrap(), need);
        }
        assert!(serde_json::from_str::<Need>("\"astrology\"").is_err());
        assert!(serde_json::from_str::<Need>("3").is_err());
    }
}
