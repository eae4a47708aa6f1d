//! Turning directory facts into localised text: opening status, days, dates, ages, names of
//! needs and languages. Every word comes from the active locale.

use chrono::{Datelike, Duration, NaiveDate};

use crate::{
    directory::{
        hours::{LocalMoment, OpenStatus, format_hhmm, london_local},
        model::{Now, ServiceStatus},
        needs::Need,
    },
    i18n::Localizer,
    t,
};

/// The name of a weekday, 1 = Monday … 7 = Sunday.
pub fn day_name(l: &Localizer, day: u8) -> String {
    match day {
        1 => t!(l, "day-1"),
        2 => t!(l, "day-2"),
        3 => t!(l, "day-3"),
        4 => t!(l, "day-4"),
        5 => t!(l, "day-5"),
        6 => t!(l, "day-6"),
        _ => t!(l, "day-7"),
    }
}

/// A date in the locale's way, e.g. "14 October 2026".
pub fn date(l: &Localizer, d: NaiveDate) -> String {
    let month = l.t(&format!("month-{}", d.month()));
    t!(l, "date-format", day = d.day(), month = month, year = d.year())
}

/// "today at 10:00", "tomorrow at 10:00", "Tuesday at 10:00" or "3 March at 10:00".
fn when(l: &Localizer, moment: LocalMoment, today: NaiveDate) -> String {
    let time = l.digits(&moment.time_hhmm());
    let day = moment.date();
    if day == today {
        t!(l, "when-today", time = time)
    } else if day == today + Duration::days(1) {
        t!(l, "when-tomorrow", time = time)
    } else if day < today + Duration::days(7) {
        t!(l, "when-weekday", day = day_name(l, day.weekday().number_from_monday() as u8), time = time)
    } else {
        t!(l, "when-date", date = date(l, day), time = time)
    }
}

/// Open-now state for display: a CSS modifier and the sentence. `open` is the hours' status at
/// `now` ([`Hours::status_at`](crate::directory::hours::Hours::status_at)).
pub fn open_status(l: &Localizer, status: ServiceStatus, open: OpenStatus, now: Now) -> (&'static str, String) {
    if status == ServiceStatus::TemporarilyClosed {
        return ("closed", t!(l, "status-temporarily-closed"));
    }
    let today = london_local(now).date();
    match open {
        OpenStatus::Open { closes } => ("open", t!(l, "status-open-closes", when = when(l, closes, today))),
        OpenStatus::Closed { opens: Some(opens) } => ("closed", t!(l, "status-closed-opens", when = when(l, opens, today))),
        OpenStatus::Closed { opens: None } => ("closed", t!(l, "status-closed")),
        OpenStatus::NoHours => ("unknown", t!(l, "status-no-hours")),
    }
}

/// "10:00–13:00", with "(next day)" for overnight periods.
pub fn period(l: &Localizer, opens: u16, closes: u16) -> String {
    if closes <= opens {
        t!(l, "hours-period-overnight", opens = l.digits(&format_hhmm(opens)), closes = l.digits(&format_hhmm(closes)))
    } else {
        t!(l, "hours-period", opens = l.digits(&format_hhmm(opens)), closes = l.digits(&format_hhmm(closes)))
    }
}

/// "Ages 16–25", "Ages 18 and over", "Ages up to 12" or "All ages".
pub fn ages(l: &Localizer, min: Option<u8>, max: Option<u8>) -> String {
    match (min, max) {
        (Some(min), Some(max)) => t!(l, "ages-range", min = min, max = max),
        (Some(min), None) => t!(l, "ages-min", min = min),
        (None, Some(max)) => t!(l, "ages-max", max = max),
        (None, None) => t!(l, "ages-all"),
    }
}

pub fn need_name(l: &Localizer, need: Need) -> String {
    l.t(&need.message_id())
}

/// The name of a language (ISO 639 code) in the active locale; the code if we have no name.
pub fn language_name(l: &Localizer, code: &str) -> String {
    let id = format!("language-{code}");
    if l.has(&id) { l.t(&id) } else { code.to_string() }
}

/// Items as a list in the active locale, with its script's comma ("Arabic، Somali" in Arabic).
pub fn list<S: AsRef<str>>(l: &Localizer, items: &[S]) -> String {
    let separator = l.t("list-separator");
    items.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(&separator)
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::i18n::{LOCALES, find, server::localizer};

    #[test]
    fn lists_take_the_comma_of_the_locales_script() {
        let items = ["A", "B", "C"];
        for (id, expected) in [("en-GB", "A, B, C"), ("pl", "A, B, C"), ("ar", "A، B، C"), ("ur", "A، B، C"), ("ti", "A፣ B፣ C")] {
            assert_eq!(list(&localizer(find(id).unwrap()), &items), expected, "{id}");
        }
        for l in LOCALES.iter() {
            let separator = localizer(l).t("list-separator");
            assert!(separator.ends_with(' ') && separator.chars().count() == 2, "{}: {separator:?}", l.id);
        }
        assert_eq!(list::<&str>(&localizer(find("ar").unwrap()), &[]), "");
    }
}
