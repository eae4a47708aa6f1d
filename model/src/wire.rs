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

/// [`OpenStatus`](crate::directory::hours::OpenStatus) as one number: `0` no hours listed, `1`
/// closed with no opening in the next two weeks, the moment it closes as minutes since
/// 1970-01-01 00:00 London wall-clock time when open, and the moment it opens, negated, when
/// closed. (Those moments are always after 1970, so the codes cannot meet.) A result card
/// carries its service's status this way rather than its opening hours.
pub mod open_status {
    use chrono::DateTime;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    use crate::directory::hours::{LocalMoment, OpenStatus};

    fn minutes(m: LocalMoment) -> i64 {
        m.0.and_utc().timestamp() / 60
    }

    fn moment(minutes: i64) -> Option<LocalMoment> {
        DateTime::from_timestamp(minutes.checked_mul(60)?, 0).map(|t| LocalMoment(t.naive_utc()))
    }

    pub fn to_code(status: OpenStatus) -> i64 {
        match status {
            OpenStatus::NoHours => 0,
            OpenStatus::Closed { opens: None } => 1,
            OpenStatus::Open { closes } => minutes(closes),
            OpenStatus::Closed { opens: Some(opens) } => -minutes(opens),
        }
    }

    pub fn from_code(code: i64) -> Option<OpenStatus> {
        Some(match code {
            0 => OpenStatus::NoHours,
            1 => OpenStatus::Closed { opens: None },
            c if c > 1 => OpenStatus::Open { closes: moment(c)? },
            c => OpenStatus::Closed { opens: Some(moment(c.checked_neg()?)?) },
        })
    }

    pub fn serialize<S: Serializer>(status: &OpenStatus, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(to_code(*status))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<OpenStatus, D::Error> {
        from_code(i64::deserialize(d)?).ok_or_else(|| D::Error::custom("open status out of range"))
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

    #[test]
    fn an_open_status_is_one_number_and_comes_back_the_same() {
        use crate::directory::hours::{LocalMoment, OpenStatus};
        let at = |h, m| LocalMoment(NaiveDate::from_ymd_opt(2026, 12, 24).unwrap().and_hms_opt(h, m, 0).unwrap());
        let statuses = [
            OpenStatus::NoHours,
            OpenStatus::Closed { opens: None },
            OpenStatus::Open { closes: at(12, 0) },
            OpenStatus::Closed { opens: Some(at(10, 30)) },
        ];
        let codes: Vec<i64> = statuses.iter().map(|s| super::open_status::to_code(*s)).collect();
        assert_eq!(&codes[..2], &[0, 1]);
        assert!(codes[2] > 1 && codes[3] < 0, "{codes:?}");
        for status in statuses {
            assert_eq!(super::open_status::from_code(super::open_status::to_code(status)), Some(status));
        }
        assert_eq!(super::open_status::from_code(i64::MIN), None);
    }
}
