//! Compact wire encodings for dates and instants. chrono's own serde goes through its general
//! parser and `strftime` formatter, which are large in the browser bundle; these do the one
//! format each needs by hand.

/// `NaiveDate` as "YYYY-MM-DD".
pub mod date {
    use chrono::{Datelike, NaiveDate};
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn to_string(d: NaiveDate) -> String {
        format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
    }

    pub fn parse(s: &str) -> Option<NaiveDate> {
        let mut parts = s.splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&to_string(*d))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        parse(&s).ok_or_else(|| D::Error::custom("expected a date as YYYY-MM-DD"))
    }

    /// The same, for `Option<NaiveDate>`.
    pub mod option {
        use chrono::NaiveDate;
        use serde::{Deserialize, Deserializer, Serializer, de::Error};

        pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
            match d {
                Some(d) => s.serialize_some(&super::to_string(*d)),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
            match <Option<std::borrow::Cow<'de, str>>>::deserialize(d)? {
                Some(s) => super::parse(&s).map(Some).ok_or_else(|| D::Error::custom("expected a date as YYYY-MM-DD")),
                None => Ok(None),
            }
        }
    }
}

/// `DateTime<Utc>` as milliseconds since the Unix epoch.
pub mod instant {
    use chrono::{DateTime, Utc};
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(t.timestamp_millis())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        let ms = i64::deserialize(d)?;
        DateTime::from_timestamp_millis(ms).ok_or_else(|| D::Error::custom("instant out of range"))
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone, Utc};
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct T {
        #[serde(with = "super::date")]
        d: NaiveDate,
        #[serde(with = "super::date::option", default)]
        o: Option<NaiveDate>,
        #[serde(with = "super::instant")]
        t: chrono::DateTime<Utc>,
    }

    #[test]
    fn round_trips_and_refuses_nonsense() {
        let v = T {
            d: NaiveDate::from_ymd_opt(2026, 3, 9).unwrap(),
            o: None,
            t: Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap(),
        };
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(json, r#"{"d":"2026-03-09","o":null,"t":1795428000000}"#);
        assert_eq!(serde_json::from_str::<T>(&json).unwrap(), v);
        assert!(serde_json::from_str::<T>(r#"{"d":"2026-02-30","t":0}"#).is_err());
        assert!(serde_json::from_str::<T>(r#"{"d":"26-2-3","t":0}"#).is_err());
        assert_eq!(super::date::parse("2027-01-04"), NaiveDate::from_ymd_opt(2027, 1, 4));
    }
}

/// Server functions' answers as JSON, decoded in the browser from text — with the decoder the
/// page's resources (hydration) and the phone's store use, so each answer type's decoder is
/// compiled into the bundle once rather than once per input type (`server_fn`'s own `Json`
/// decodes bytes: a second copy of every struct's decoder, some 20 KB of the main module).
/// `#[server(..., output = crate::wire::Json)]`.
pub type Json = leptos::server_fn::codec::Post<TextJson>;

/// See [`Json`].
pub struct TextJson;

impl leptos::server_fn::ContentType for TextJson {
    const CONTENT_TYPE: &'static str = "application/json";
}

impl leptos::server_fn::FormatType for TextJson {
    const FORMAT_TYPE: leptos::server_fn::Format = leptos::server_fn::Format::Text;
}

impl<T: serde::Serialize> leptos::server_fn::Encodes<T> for TextJson {
    type Error = serde_json::Error;

    fn encode(output: &T) -> Result<leptos::server_fn::Bytes, Self::Error> {
        serde_json::to_vec(output).map(leptos::server_fn::Bytes::from)
    }
}

impl<T: serde::de::DeserializeOwned> leptos::server_fn::Decodes<T> for TextJson {
    type Error = serde_json::Error;

    fn decode(bytes: leptos::server_fn::Bytes) -> Result<T, Self::Error> {
        let text = std::str::from_utf8(&bytes).map_err(|e| <serde_json::Error as serde::de::Error>::custom(e))?;
        serde_json::from_str(text)
    }
}
