//! Opening hours and "open now", computed in Europe/London whatever the device's time zone.
//!
//! Hours are weekly periods in local wall-clock time ("Mon 10:00-13:00"); a day may have several
//! periods; a period whose closing time is not after its opening time runs overnight into the
//! next day ("Fri 22:00-02:00"); closures are date ranges on which periods that *start* on those
//! dates do not happen; special hours are date ranges on which their own periods happen instead
//! of the weekly ones (a bank holiday's short hours, an extra day before Christmas).
//! Comparisons are made in London wall-clock time, which is what opening hours mean, so the
//! change between GMT and BST needs no special case.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc, Weekday};
use chrono_tz::Europe::London;
use serde::{Deserialize, Serialize};

/// Minutes in a day; `closes` may not exceed it (24:00 is written 00:00, as an overnight close).
const DAY_MINUTES: u16 = 24 * 60;
/// How far ahead "opens at …" looks.
const LOOKAHEAD_DAYS: i64 = 14;

/// One weekly opening period, in London local time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningPeriod {
    /// ISO weekday the period starts on: 1 = Monday … 7 = Sunday.
    pub day: u8,
    /// Minutes after local midnight.
    pub opens: u16,
    /// Minutes after local midnight; not after `opens` means the next day.
    pub closes: u16,
}

/// Dates (inclusive) on which the service does not run, e.g. bank holidays or a summer break.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Closure {
    #[serde(with = "crate::wire::date")]
    pub from: NaiveDate,
    #[serde(with = "crate::wire::date")]
    pub to: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Dates (inclusive) on which the service keeps different hours, e.g. 10:00-12:00 on Christmas
/// Eve: on those dates these hours take the place of the weekly periods. Several entries for the
/// same dates make several periods on each of them. A closure on a date wins over special hours.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpecialHours {
    #[serde(with = "crate::wire::date")]
    pub from: NaiveDate,
    #[serde(with = "crate::wire::date")]
    pub to: NaiveDate,
    /// Minutes after local midnight.
    pub opens: u16,
    /// Minutes after local midnight, after `opens`; 00:00 means midnight at the end of the day.
    pub closes: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl SpecialHours {
    /// Whether special hours from `opens` to `closes` are in order: closing after opening, or at
    /// the midnight that ends the day (special hours do not run into the next day).
    pub fn in_order(opens: u16, closes: u16) -> bool {
        opens < closes || closes == 0
    }

    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }
}

/// A service's opening hours.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hours {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub periods: Vec<OpeningPeriod>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closures: Vec<Closure>,
    /// Read as empty from copies made before special hours existed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub special: Vec<SpecialHours>,
}

/// A moment in London local time, for display ("opens Tuesday at 10:00").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalMoment(pub NaiveDateTime);

impl LocalMoment {
    /// "HH:MM".
    pub fn time_hhmm(self) -> String {
        use chrono::Timelike;
        format!("{:02}:{:02}", self.0.hour(), self.0.minute())
    }
    pub fn date(self) -> NaiveDate {
        self.0.date()
    }
}

/// Whether a service is open at a moment, and when that changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenStatus {
    /// Open now; closes at this local moment.
    Open { closes: LocalMoment },
    /// Closed now; opens at this local moment, if within the next two weeks.
    Closed { opens: Option<LocalMoment> },
    /// No opening hours are listed (e.g. by appointment only).
    NoHours,
}

/// Why an opening period could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    #[error("expected \"Day HH:MM-HH:MM\", found {0:?}")]
    Shape(String),
    #[error("unknown day {0:?} (use Mon, Tue, Wed, Thu, Fri, Sat or Sun)")]
    Day(String),
    #[error("bad time {0:?} (use 24-hour HH:MM)")]
    Time(String),
}

/// The London local date and time of an instant.
pub fn london_local(now: DateTime<Utc>) -> NaiveDateTime {
    now.with_timezone(&London).naive_local()
}

/// Parses "HH:MM" (00:00–23:59) into minutes after midnight.
pub fn parse_hhmm(s: &str) -> Result<u16, HoursError> {
    let t = NaiveTime::parse_from_str(s.trim(), "%H:%M").map_err(|_| HoursError::Time(s.to_string()))?;
    Ok(minutes_of(t))
}

/// Formats minutes after midnight as "HH:MM".
pub fn format_hhmm(minutes: u16) -> String {
    let m = minutes % DAY_MINUTES;
    format!("{:02}:{:02}", m / 60, m % 60)
}

fn minutes_of(t: NaiveTime) -> u16 {
    use chrono::Timelike;
    (t.hour() * 60 + t.minute()) as u16
}

fn at_minutes(date: NaiveDate, minutes: u16) -> NaiveDateTime {
    date.and_time(NaiveTime::MIN) + Duration::minutes(i64::from(minutes))
}

/// The short English day code used in data files ("Mon" … "Sun"); not shown to users.
pub fn day_code(day: u8) -> &'static str {
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][usize::from(day.clamp(1, 7) - 1)]
}

impl OpeningPeriod {
    /// Reads "Mon 10:00-13:00" (day codes as in [`day_code`]; 24-hour times).
    pub fn parse(s: &str) -> Result<Self, HoursError> {
        let (day, times) = s.trim().split_once(' ').ok_or_else(|| HoursError::Shape(s.to_string()))?;
        let (opens, closes) = times.trim().split_once('-').ok_or_else(|| HoursError::Shape(s.to_string()))?;
        let day = (1..=7u8).find(|d| day_code(*d).eq_ignore_ascii_case(day)).ok_or_else(|| HoursError::Day(day.to_string()))?;
        Ok(Self { day, opens: parse_hhmm(opens)?, closes: parse_hhmm(closes)? })
    }

    /// Whether the period runs past midnight into the next day.
    pub fn overnight(&self) -> bool {
        self.closes <= self.opens
    }

    pub fn weekday(&self) -> Weekday {
        Weekday::try_from(self.day.clamp(1, 7) - 1).unwrap_or(Weekday::Mon)
    }

}

/// An opening from `opens` on `date` to `closes` that day, or the next day when `closes` is not
/// after `opens`.
fn occurrence(date: NaiveDate, opens: u16, closes: u16) -> (NaiveDateTime, NaiveDateTime) {
    let end_date = if closes <= opens { date + Duration::days(1) } else { date };
    (at_minutes(date, opens), at_minutes(end_date, closes))
}

impl Hours {
    /// Whether the service is closed for the whole of `date` (a listed closure).
    pub fn closed_on(&self, date: NaiveDate) -> bool {
        self.closures.iter().any(|c| c.from <= date && date <= c.to)
    }

    /// The periods for one ISO weekday (1 = Monday), in opening order.
    pub fn periods_on(&self, day: u8) -> Vec<OpeningPeriod> {
        let mut periods: Vec<_> = self.periods.iter().copied().filter(|p| p.day == day).collect();
        periods.sort_by_key(|p| p.opens);
        periods
    }

    /// Open intervals, in local wall-clock time, for periods starting from the day before
    /// `from_date` to `LOOKAHEAD_DAYS` after it, merged where they touch or overlap.
    fn intervals(&self, from_date: NaiveDate) -> Vec<(NaiveDateTime, NaiveDateTime)> {
        let mut out = Vec::new();
        for offset in -1..=LOOKAHEAD_DAYS {
            let date = from_date + Duration::days(offset);
            if self.closed_on(date) {
                continue;
            }
            let before = out.len();
            out.extend(self.special.iter().filter(|s| s.covers(date)).map(|s| occurrence(date, s.opens, s.closes)));
            if out.len() == before {
                let day = date.weekday().number_from_monday() as u8;
                out.extend(self.periods.iter().filter(|p| p.day == day).map(|p| occurrence(date, p.opens, p.closes)));
            }
        }
        out.sort();
        let mut merged: Vec<(NaiveDateTime, NaiveDateTime)> = Vec::with_capacity(out.len());
        for (start, end) in out {
            match merged.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => merged.push((start, end)),
            }
        }
        merged
    }

    /// The special hours that have not ended by `today`, in date and time order.
    pub fn special_from(&self, today: NaiveDate) -> Vec<&SpecialHours> {
        let mut out: Vec<_> = self.special.iter().filter(|s| s.to >= today).collect();
        out.sort_by_key(|s| (s.from, s.opens));
        out
    }

    /// Open or closed at `now`, and when that changes.
    pub fn status_at(&self, now: DateTime<Utc>) -> OpenStatus {
        if self.periods.is_empty() && self.special.is_empty() {
            return OpenStatus::NoHours;
        }
        let local = london_local(now);
        let intervals = self.intervals(local.date());
        if let Some(&(_, end)) = intervals.iter().find(|(start, end)| *start <= local && local < *end) {
            return OpenStatus::Open { closes: LocalMoment(end) };
        }
        let opens = intervals.iter().find(|(start, _)| *start > local).map(|&(start, _)| LocalMoment(start));
        OpenStatus::Closed { opens }
    }

    pub fn is_open_at(&self, now: DateTime<Utc>) -> bool {
        matches!(self.status_at(now), OpenStatus::Open { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn hours(periods: &[&str]) -> Hours {
        Hours { periods: periods.iter().map(|p| OpeningPeriod::parse(p).unwrap()).collect(), ..Hours::default() }
    }

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
    }

    fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> LocalMoment {
        LocalMoment(NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap())
    }

    #[test]
    fn parses_periods_and_rejects_bad_ones() {
        assert_eq!(OpeningPeriod::parse("Mon 10:00-13:30").unwrap(), OpeningPeriod { day: 1, opens: 600, closes: 810 });
        assert_eq!(OpeningPeriod::parse("sun 22:00-02:00").unwrap(), OpeningPeriod { day: 7, opens: 1320, closes: 120 });
        assert!(matches!(OpeningPeriod::parse("Funday 10:00-11:00"), Err(HoursError::Day(_))));
        assert!(matches!(OpeningPeriod::parse("Mon 25:00-26:00"), Err(HoursError::Time(_))));
        assert!(matches!(OpeningPeriod::parse("Mon"), Err(HoursError::Shape(_))));
        assert!(matches!(OpeningPeriod::parse("Mon 10:00"), Err(HoursError::Shape(_))));
    }

    // Wednesday 4 November 2026 is in GMT, so UTC equals London time.
    #[test]
    fn open_inside_a_period_and_closed_outside() {
        let h = hours(&["Wed 10:00-13:00"]);
        assert_eq!(h.status_at(utc(2026, 11, 4, 10, 0)), OpenStatus::Open { closes: local(2026, 11, 4, 13, 0) });
        assert_eq!(h.status_at(utc(2026, 11, 4, 12, 59)), OpenStatus::Open { closes: local(2026, 11, 4, 13, 0) });
        // Closing time itself is closed; next opening is a week later.
        assert_eq!(
            h.status_at(utc(2026, 11, 4, 13, 0)),
            OpenStatus::Closed { opens: Some(local(2026, 11, 11, 10, 0)) }
        );
        assert_eq!(h.status_at(utc(2026, 11, 4, 9, 0)), OpenStatus::Closed { opens: Some(local(2026, 11, 4, 10, 0)) });
    }

    #[test]
    fn several_periods_a_day() {
        let h = hours(&["Wed 14:00-16:00", "Wed 10:00-12:00"]);
        assert_eq!(h.status_at(utc(2026, 11, 4, 13, 0)), OpenStatus::Closed { opens: Some(local(2026, 11, 4, 14, 0)) });
        assert_eq!(h.status_at(utc(2026, 11, 4, 15, 0)), OpenStatus::Open { closes: local(2026, 11, 4, 16, 0) });
        assert_eq!(h.periods_on(3).iter().map(|p| p.opens).collect::<Vec<_>>(), vec![600, 840]);
    }

    #[test]
    fn back_to_back_periods_merge() {
        let h = hours(&["Wed 10:00-13:00", "Wed 13:00-16:00"]);
        assert_eq!(h.status_at(utc(2026, 11, 4, 12, 0)), OpenStatus::Open { closes: local(2026, 11, 4, 16, 0) });
    }

    #[test]
    fn overnight_hours_run_into_the_next_day() {
        // Friday 6 November 2026, 22:00 to Saturday 02:00.
        let h = hours(&["Fri 22:00-02:00"]);
        assert_eq!(h.status_at(utc(2026, 11, 6, 23, 0)), OpenStatus::Open { closes: local(2026, 11, 7, 2, 0) });
        assert_eq!(h.status_at(utc(2026, 11, 7, 1, 30)), OpenStatus::Open { closes: local(2026, 11, 7, 2, 0) });
        assert!(!h.is_open_at(utc(2026, 11, 7, 2, 0)));
        assert!(!h.is_open_at(utc(2026, 11, 6, 21, 59)));
    }

    #[test]
    fn overnight_from_sunday_wraps_into_monday() {
        // Sunday 8 November 2026 20:00 to Monday 08:00.
        let h = hours(&["Sun 20:00-08:00"]);
        assert!(h.is_open_at(utc(2026, 11, 9, 7, 59)));
        assert!(!h.is_open_at(utc(2026, 11, 9, 8, 0)));
        assert!(h.is_open_at(utc(2026, 11, 8, 20, 0)));
    }

    #[test]
    fn midnight_close_is_written_as_00_00() {
        let h = hours(&["Sat 18:00-00:00"]);
        assert_eq!(h.status_at(utc(2026, 11, 7, 23, 59)), OpenStatus::Open { closes: local(2026, 11, 8, 0, 0) });
    }

    #[test]
    fn british_summer_time_starts_on_the_last_sunday_of_march() {
        // Clocks went forward at 01:00 UTC on Sunday 29 March 2026.
        let h = hours(&["Sat 11:00-12:00", "Mon 11:00-12:00"]);
        // Saturday 28 March, 10:30 UTC = 10:30 GMT: not open yet.
        assert_eq!(h.status_at(utc(2026, 3, 28, 10, 30)), OpenStatus::Closed { opens: Some(local(2026, 3, 28, 11, 0)) });
        // Monday 30 March, 10:30 UTC = 11:30 BST: open, closing at 12:00 local (11:00 UTC).
        assert_eq!(h.status_at(utc(2026, 3, 30, 10, 30)), OpenStatus::Open { closes: local(2026, 3, 30, 12, 0) });
        assert!(!h.is_open_at(utc(2026, 3, 30, 11, 0)));
    }

    #[test]
    fn british_summer_time_ends_on_the_last_sunday_of_october() {
        // Clocks went back at 01:00 UTC on Sunday 25 October 2026.
        let h = hours(&["Fri 11:00-12:00", "Mon 11:00-12:00"]);
        // Friday 23 October, 10:30 UTC = 11:30 BST: open.
        assert!(h.is_open_at(utc(2026, 10, 23, 10, 30)));
        // Monday 26 October, 10:30 UTC = 10:30 GMT: closed, opens at 11:00.
        assert_eq!(h.status_at(utc(2026, 10, 26, 10, 30)), OpenStatus::Closed { opens: Some(local(2026, 10, 26, 11, 0)) });
        assert!(h.is_open_at(utc(2026, 10, 26, 11, 30)));
    }

    #[test]
    fn overnight_across_the_clock_change() {
        // Saturday 24 October 2026 22:00 BST to Sunday 02:00 GMT: 5 real hours, the wall clock
        // passes 01:00-02:00 twice. Sunday 01:30 GMT (01:30 UTC) is still open.
        let h = hours(&["Sat 22:00-02:00"]);
        assert!(h.is_open_at(utc(2026, 10, 24, 21, 0)));
        assert!(h.is_open_at(utc(2026, 10, 25, 0, 30)));
        assert!(h.is_open_at(utc(2026, 10, 25, 1, 30)));
        assert!(!h.is_open_at(utc(2026, 10, 25, 2, 0)));
    }

    #[test]
    fn closures_skip_periods_that_start_on_closed_dates() {
        let mut h = hours(&["Wed 10:00-13:00", "Fri 22:00-02:00"]);
        h.closures.push(Closure {
            from: NaiveDate::from_ymd_opt(2026, 11, 4).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 11, 5).unwrap(),
            note: None,
        });
        assert!(!h.is_open_at(utc(2026, 11, 4, 11, 0)));
        // Next opening is Friday night, not the closed Wednesday.
        assert_eq!(h.status_at(utc(2026, 11, 4, 9, 0)), OpenStatus::Closed { opens: Some(local(2026, 11, 6, 22, 0)) });
        // A closure on Saturday does not cut short Friday night's period.
        h.closures.push(Closure {
            from: NaiveDate::from_ymd_opt(2026, 11, 7).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 11, 7).unwrap(),
            note: None,
        });
        assert!(h.is_open_at(utc(2026, 11, 7, 1, 0)));
    }

    #[test]
    fn no_periods_means_no_hours_and_a_long_closure_means_no_next_opening() {
        assert_eq!(Hours::default().status_at(utc(2026, 11, 4, 10, 0)), OpenStatus::NoHours);
        let mut h = hours(&["Wed 10:00-13:00"]);
        h.closures.push(Closure {
            from: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
            note: None,
        });
        assert_eq!(h.status_at(utc(2026, 11, 4, 10, 0)), OpenStatus::Closed { opens: None });
    }

    fn special(from: (u32, u32), to: (u32, u32), times: &str) -> SpecialHours {
        let (opens, closes) = times.split_once('-').unwrap();
        SpecialHours {
            from: NaiveDate::from_ymd_opt(2026, from.0, from.1).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, to.0, to.1).unwrap(),
            opens: parse_hhmm(opens).unwrap(),
            closes: parse_hhmm(closes).unwrap(),
            note: None,
        }
    }

    #[test]
    fn special_hours_take_the_place_of_the_weekly_ones_on_their_dates() {
        // Thursday 24 December 2026: 10:00-12:00 instead of the usual 10:00-16:00.
        let mut h = hours(&["Thu 10:00-16:00"]);
        h.special.push(special((12, 24), (12, 24), "10:00-12:00"));
        assert_eq!(h.status_at(utc(2026, 12, 24, 11, 0)), OpenStatus::Open { closes: local(2026, 12, 24, 12, 0) });
        assert!(!h.is_open_at(utc(2026, 12, 24, 13, 0)), "closed in the afternoon it would usually open");
        assert_eq!(h.status_at(utc(2026, 12, 24, 12, 30)), OpenStatus::Closed { opens: Some(local(2026, 12, 31, 10, 0)) });
        // The week before is as usual.
        assert!(h.is_open_at(utc(2026, 12, 17, 15, 0)));
    }

    #[test]
    fn special_hours_can_open_a_day_that_is_usually_closed_with_several_periods() {
        // Monday 28 December 2026 (usually closed): 09:00-11:00 and 14:00-15:00.
        let mut h = hours(&["Thu 10:00-16:00"]);
        h.special.push(special((12, 28), (12, 28), "14:00-15:00"));
        h.special.push(special((12, 28), (12, 28), "09:00-11:00"));
        assert_eq!(h.status_at(utc(2026, 12, 27, 18, 0)), OpenStatus::Closed { opens: Some(local(2026, 12, 28, 9, 0)) });
        assert_eq!(h.status_at(utc(2026, 12, 28, 12, 0)), OpenStatus::Closed { opens: Some(local(2026, 12, 28, 14, 0)) });
        assert!(h.is_open_at(utc(2026, 12, 28, 14, 30)));
        // Special hours alone are hours: a service open only on listed dates.
        let only = Hours { special: vec![special((12, 28), (12, 29), "18:00-00:00")], ..Hours::default() };
        assert_eq!(only.status_at(utc(2026, 12, 29, 23, 0)), OpenStatus::Open { closes: local(2026, 12, 30, 0, 0) });
        assert_eq!(only.status_at(utc(2026, 12, 31, 10, 0)), OpenStatus::Closed { opens: None });
    }

    #[test]
    fn a_closure_wins_over_special_hours_and_past_ones_are_not_listed() {
        let mut h = hours(&["Thu 10:00-16:00"]);
        h.special.push(special((12, 24), (12, 24), "10:00-12:00"));
        h.special.push(special((11, 5), (11, 5), "10:00-11:00"));
        h.closures.push(Closure {
            from: NaiveDate::from_ymd_opt(2026, 12, 24).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 12, 26).unwrap(),
            note: None,
        });
        assert!(!h.is_open_at(utc(2026, 12, 24, 11, 0)));
        let upcoming = h.special_from(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        assert_eq!(upcoming.len(), 1);
        assert_eq!(upcoming[0].from, NaiveDate::from_ymd_opt(2026, 12, 24).unwrap());
    }

    #[test]
    fn formats_and_parses_times() {
        assert_eq!(format_hhmm(0), "00:00");
        assert_eq!(format_hhmm(615), "10:15");
        assert_eq!(parse_hhmm("23:59").unwrap(), 1439);
        assert!(parse_hhmm("24:00").is_err());
    }
}
