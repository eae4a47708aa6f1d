# Signpost — ਪੰਜਾਬੀ. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Site

app-name = Signpost
app-description = Leicester ਵਿੱਚ ਸਥਾਨਕ ਭਾਈਚਾਰਕ ਸੇਵਾਵਾਂ ਲੱਭੋ, ਅਤੇ ਉਹਨਾਂ ਨੂੰ ਪਰਿਵਾਰਾਂ ਨਾਲ ਉਹਨਾਂ ਦੀ ਭਾਸ਼ਾ ਵਿੱਚ ਸਾਂਝਾ ਕਰੋ।
skip-to-content = ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ
language-switcher = ਭਾਸ਼ਾ
list-separator = { ", " }
notice-demo = ਡੈਮੋ ਡੇਟਾ: ਇਹ ਸੂਚੀਆਂ Signpost ਨੂੰ ਅਜ਼ਮਾਉਣ ਲਈ ਉਦਾਹਰਨਾਂ ਹਨ। ਇਹਨਾਂ ਦੇ ਫ਼ੋਨ ਨੰਬਰ ਅਤੇ ਈਮੇਲ ਕਿਸੇ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚਦੇ।
notice-machine-draft = ਇਹ ਅਨੁਵਾਦ ਮਸ਼ੀਨ ਨਾਲ ਤਿਆਰ ਕੀਤਾ ਗਿਆ ਹੈ ਅਤੇ ਅਜੇ ਤੱਕ ਕਿਸੇ ਰਵਾਨੀ ਨਾਲ ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲੇ ਨੇ ਇਸਦੀ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ।
footer-about = Signpost, Leicester ਵਿੱਚ #PowerToChange ਭਾਈਚਾਰਕ ਭਾਈਵਾਲ ਨੈੱਟਵਰਕ ਦੀਆਂ ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਹੈ।
loading = ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…

## Errors

not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
not-found-body = ਸਾਨੂੰ ਉਹ ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ। ਹੋ ਸਕਦਾ ਹੈ ਉਹ ਸੇਵਾ ਜਾਂ ਸੰਸਥਾ ਹਟਾ ਦਿੱਤੀ ਗਈ ਹੋਵੇ।
back-to-search = ਖੋਜ 'ਤੇ ਵਾਪਸ ਜਾਓ
error-title = ਕੁਝ ਗੜਬੜ ਹੋ ਗਈ
error-not-found = ਸਾਨੂੰ ਉਹ ਨਹੀਂ ਮਿਲਿਆ।
error-internal = ਸਾਡੇ ਵੱਲੋਂ ਕੁਝ ਗੜਬੜ ਹੋ ਗਈ। ਕਿਰਪਾ ਕਰਕੇ ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-unreachable = Signpost ਸਰਵਰ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕਿਆ। ਆਪਣਾ ਕਨੈਕਸ਼ਨ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-bad-request = ਉਸ ਬੇਨਤੀ ਵਿੱਚ ਕੁਝ ਠੀਕ ਨਹੀਂ ਸੀ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-busy = ਸਰਵਰ ਰੁੱਝਿਆ ਹੋਇਆ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇੱਕ ਮਿੰਟ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-unavailable = Signpost ਇਸ ਵੇਲੇ ਆਪਣੇ ਡੇਟਾਬੇਸ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਇੱਕ ਮਿੰਟ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## Search

search-title = ਸੇਵਾ ਲੱਭੋ
search-label = ਤੁਹਾਨੂੰ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?
search-placeholder = ਜਿਵੇਂ: ਫ਼ੂਡ ਬੈਂਕ, ਘਰ ਬਾਰੇ ਸਲਾਹ, ਲੈਪਟਾਪ
search-button = ਖੋਜੋ
filters-legend = ਫ਼ਿਲਟਰ
filters-clear = ਖੋਜ ਅਤੇ ਫ਼ਿਲਟਰ ਹਟਾਓ
filter-need = ਲੋੜ
filter-any-need = ਕੋਈ ਵੀ ਲੋੜ
filter-area = ਇਲਾਕਾ
filter-any-area = Leicester ਵਿੱਚ ਕਿਤੇ ਵੀ
filter-language = ਬੋਲੀ ਜਾਣ ਵਾਲੀ ਭਾਸ਼ਾ
filter-any-language = ਕੋਈ ਵੀ ਭਾਸ਼ਾ
filter-age = ਵਿਅਕਤੀ ਦੀ ਉਮਰ
filter-free = ਮੁਫ਼ਤ
filter-open-now = ਹੁਣ ਖੁੱਲ੍ਹਾ
filter-referrals = ਰੈਫ਼ਰਲ ਲੈਂਦੇ ਹਨ
results-count =
    { $count ->
        [0] ਕੋਈ ਸੇਵਾ ਨਹੀਂ ਮਿਲੀ
        [one] { $count } ਸੇਵਾ
       *[other] { $count } ਸੇਵਾਵਾਂ
    }
results-empty = ਕੁਝ ਵੀ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ। ਹੋਰ ਸ਼ਬਦ ਅਜ਼ਮਾਓ, ਜਾਂ ਕੁਝ ਫ਼ਿਲਟਰ ਹਟਾਓ।
pager-label = ਹੋਰ ਨਤੀਜੇ
pager-previous = ਪਿਛਲਾ
pager-next = ਅਗਲਾ
pager-position = { $pages } ਵਿੱਚੋਂ ਪੰਨਾ { $page }
card-facts-label = ਮੁੱਖ ਜਾਣਕਾਰੀ
card-languages = ਭਾਸ਼ਾਵਾਂ: { $languages }
badge-free = ਮੁਫ਼ਤ
badge-referrals = ਰੈਫ਼ਰਲ ਲੈਂਦੇ ਹਨ

## Service page

service-by = ਚਲਾਉਣ ਵਾਲੀ ਸੰਸਥਾ
service-about = ਇਸ ਸੇਵਾ ਬਾਰੇ
service-needs = ਕਿਸ ਵਿੱਚ ਮਦਦ ਕਰਦੀ ਹੈ
service-who = ਕਿਸ ਲਈ ਹੈ
service-free = ਮੁਫ਼ਤ।
service-not-free = ਇਸ ਦਾ ਕੁਝ ਖ਼ਰਚਾ ਹੋ ਸਕਦਾ ਹੈ।
service-how = ਮਦਦ ਕਿਵੇਂ ਲੈਣੀ ਹੈ
service-hours = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ
service-languages = ਸਟਾਫ਼ ਇਹ ਭਾਸ਼ਾਵਾਂ ਬੋਲਦਾ ਹੈ
service-contact = ਸੰਪਰਕ
service-where = ਕਿੱਥੇ
service-areas = ਇਹਨਾਂ ਇਲਾਕਿਆਂ ਵਿੱਚ: { $areas }
service-last-reviewed = ਸੰਸਥਾ ਨੇ ਆਖ਼ਰੀ ਵਾਰ ਜਾਂਚਿਆ: { $date }
service-may-be-out-of-date = ਸੰਸਥਾ ਨੇ ਇੱਕ ਸਾਲ ਤੋਂ ਵੱਧ ਸਮੇਂ ਤੋਂ ਇਹ ਜਾਣਕਾਰੀ ਨਹੀਂ ਜਾਂਚੀ: ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਪੁਰਾਣੀ ਹੋਵੇ। ਕਿਸੇ ਨੂੰ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਫ਼ੋਨ ਕਰ ਲਓ।
service-report-link = ਇਸ ਸੂਚੀ ਵਿੱਚ ਸਮੱਸਿਆ ਦੀ ਰਿਪੋਰਟ ਕਰੋ
access-drop-in = ਖੁੱਲ੍ਹਣ ਦੇ ਸਮੇਂ ਦੌਰਾਨ ਸਿੱਧੇ ਆ ਜਾਓ
access-self-referral = ਖ਼ੁਦ ਉਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰੋ
access-professional-referral = ਕੋਈ ਕਰਮਚਾਰੀ, ਸਕੂਲ ਜਾਂ ਫ਼ੈਮਿਲੀ ਡਾਕਟਰ ਰੈਫ਼ਰ ਕਰ ਸਕਦਾ ਹੈ
access-phone = ਫ਼ੋਨ 'ਤੇ ਮਦਦ
access-appointment = ਅਪੌਇੰਟਮੈਂਟ ਲੈ ਕੇ
access-signpost-referral = Signpost ਰਾਹੀਂ ਰੈਫ਼ਰਲ ਲੈਂਦੇ ਹਨ
access-contact = ਮਦਦ ਕਿਵੇਂ ਮਿਲੇਗੀ, ਇਹ ਪੁੱਛਣ ਲਈ ਉਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰੋ
hours-caption = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ, Leicester ਦੇ ਸਮੇਂ ਅਨੁਸਾਰ
hours-none = ਖੁੱਲ੍ਹਣ ਦਾ ਕੋਈ ਪੱਕਾ ਸਮਾਂ ਨਹੀਂ: ਸਮਾਂ ਤੈਅ ਕਰਨ ਲਈ ਉਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
hours-closed = ਬੰਦ
hours-period = { $opens }–{ $closes }
hours-period-overnight = { $opens }–{ $closes } (ਅਗਲੇ ਦਿਨ)
hours-closure = { $from } ਤੋਂ { $to } ਤੱਕ ਬੰਦ
hours-special-day = { $date } ਨੂੰ ਵੱਖਰਾ ਸਮਾਂ: { $times }
hours-special = { $from } ਤੋਂ { $to } ਤੱਕ ਵੱਖਰਾ ਸਮਾਂ: { $times }
contact-call = { $number } 'ਤੇ ਕਾਲ ਕਰੋ
contact-text = { $number } 'ਤੇ ਸੁਨੇਹਾ ਭੇਜੋ
contact-email = { $email } 'ਤੇ ਈਮੇਲ ਕਰੋ
contact-website = ਵੈੱਬਸਾਈਟ
location-map = ਨਕਸ਼ੇ ਵਿੱਚ ਖੋਲ੍ਹੋ

## Organisation page

organisation-services =
    { $count ->
        [0] ਕੋਈ ਸੇਵਾ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ
        [one] { $count } ਸੇਵਾ
       *[other] { $count } ਸੇਵਾਵਾਂ
    }

## Opening status

status-temporarily-closed = ਕੁਝ ਸਮੇਂ ਲਈ ਬੰਦ
status-open-closes = ਹੁਣ ਖੁੱਲ੍ਹਾ · { $when } ਬੰਦ ਹੋਵੇਗਾ
status-closed-opens = ਬੰਦ · { $when } ਖੁੱਲ੍ਹੇਗਾ
status-closed = ਬੰਦ
status-no-hours = ਖੁੱਲ੍ਹਣ ਦੇ ਸਮੇਂ ਲਈ ਉਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰੋ
when-today = { $time } ਵਜੇ
when-tomorrow = ਕੱਲ੍ਹ { $time } ਵਜੇ
when-weekday = { $day } ਨੂੰ { $time } ਵਜੇ
when-date = { $date } ਨੂੰ { $time } ਵਜੇ

## Ages

ages-range = ਉਮਰ { $min }–{ $max }
ages-min = ਉਮਰ { $min } ਅਤੇ ਉਸ ਤੋਂ ਵੱਧ
ages-max = ਉਮਰ { $max } ਤੱਕ
ages-all = ਸਾਰੀਆਂ ਉਮਰਾਂ

## Dates

day-1 = ਸੋਮਵਾਰ
day-2 = ਮੰਗਲਵਾਰ
day-3 = ਬੁੱਧਵਾਰ
day-4 = ਵੀਰਵਾਰ
day-5 = ਸ਼ੁੱਕਰਵਾਰ
day-6 = ਸ਼ਨਿੱਚਰਵਾਰ
day-7 = ਐਤਵਾਰ
month-1 = ਜਨਵਰੀ
month-2 = ਫ਼ਰਵਰੀ
month-3 = ਮਾਰਚ
month-4 = ਅਪ੍ਰੈਲ
month-5 = ਮਈ
month-6 = ਜੂਨ
month-7 = ਜੁਲਾਈ
month-8 = ਅਗਸਤ
month-9 = ਸਤੰਬਰ
month-10 = ਅਕਤੂਬਰ
month-11 = ਨਵੰਬਰ
month-12 = ਦਸੰਬਰ
date-format = { $day } { $month } { $year }

## Needs. The -terms messages are extra search words, separated by commas.

need-food = ਭੋਜਨ
need-food-terms = ਫ਼ੂਡ ਬੈਂਕ, ਖਾਣਾ, ਭੁੱਖ, ਰਾਸ਼ਨ, ਕਰਿਆਨਾ, ਦੁਪਹਿਰ ਦਾ ਖਾਣਾ
need-housing = ਘਰ ਅਤੇ ਬੇਘਰੀ
need-housing-terms = ਬੇਘਰ, ਆਸਰਾ, ਕਿਰਾਇਆ, ਕਿਰਾਏਦਾਰੀ, ਘਰੋਂ ਕੱਢਣਾ, ਸੜਕ 'ਤੇ ਸੌਣਾ
need-money = ਪੈਸਾ, ਕਰਜ਼ਾ ਅਤੇ ਸਰਕਾਰੀ ਭੱਤੇ
need-money-terms = ਕਰਜ਼ਾ, ਭੱਤੇ, ਬੈਨੀਫ਼ਿਟ, ਯੂਨੀਵਰਸਲ ਕ੍ਰੈਡਿਟ, ਬਿੱਲ, ਬਜਟ
need-immigration = ਇਮੀਗ੍ਰੇਸ਼ਨ, ਸ਼ਰਨ ਅਤੇ ਸ਼ਰਨਾਰਥੀ
need-immigration-terms = ਸ਼ਰਨ, ਸ਼ਰਨਾਰਥੀ, ਹੋਮ ਆਫ਼ਿਸ, ਵੀਜ਼ਾ, ਨਵੇਂ ਆਏ ਲੋਕ, ਪਰਵਾਸ
need-health = ਸਿਹਤ ਅਤੇ ਮਾਨਸਿਕ ਤੰਦਰੁਸਤੀ
need-health-terms = ਮਾਨਸਿਕ ਸਿਹਤ, ਤੰਦਰੁਸਤੀ, ਚਿੰਤਾ, ਘਬਰਾਹਟ, ਸਿੱਕਲ ਸੈੱਲ, ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ
need-families = ਬੱਚੇ ਅਤੇ ਪਰਿਵਾਰ
need-families-terms = ਬੱਚੇ, ਮਾਪੇ, ਪਰਿਵਾਰ, ਬੱਚਿਆਂ ਦੀ ਦੇਖਭਾਲ
need-youth = ਨੌਜਵਾਨਾਂ ਲਈ ਗਤੀਵਿਧੀਆਂ
need-youth-terms = ਨੌਜਵਾਨ, ਕਿਸ਼ੋਰ, ਯੂਥ ਕਲੱਬ, ਖੇਡ
need-education = ਸਿੱਖਿਆ, ਸਿਖਲਾਈ ਅਤੇ ਰੁਜ਼ਗਾਰ
need-education-terms = ਨੌਕਰੀ, ਕੰਮ, ਸਿਖਲਾਈ, ਕੋਰਸ, ਅੰਗਰੇਜ਼ੀ, ESOL, ਸਕੂਲ
need-send = ਵਿਸ਼ੇਸ਼ ਵਿੱਦਿਅਕ ਲੋੜਾਂ ਅਤੇ ਅਪੰਗਤਾ (SEND)
need-send-terms = SEND, ਅਪੰਗਤਾ, EHCP, ਵਿਸ਼ੇਸ਼ ਲੋੜਾਂ, ਇੰਟਰਨਸ਼ਿਪ
need-care-experienced = ਸਰਕਾਰੀ ਦੇਖਭਾਲ ਵਿੱਚ ਵੱਡੇ ਹੋਏ
need-care-experienced-terms = ਕੇਅਰ ਲੀਵਰ, ਸਰਕਾਰੀ ਦੇਖਭਾਲ, ਦੇਖਭਾਲ ਵਿੱਚ ਵੱਡੇ ਹੋਏ, ਫ਼ੋਸਟਰ ਕੇਅਰ, ਪਾਲਕ ਪਰਿਵਾਰ, ਪਾਲਕ ਮਾਪੇ, ਬਾਲ ਘਰ, ਚਿਲਡਰਨ ਹੋਮ
need-prisoners-families = ਕੈਦੀਆਂ ਦੇ ਪਰਿਵਾਰ
need-prisoners-families-terms = ਜੇਲ੍ਹ, ਕੈਦੀ, ਮੁਲਾਕਾਤ, ਸਜ਼ਾ
need-digital = ਕੰਪਿਊਟਰ ਅਤੇ ਇੰਟਰਨੈੱਟ
need-digital-terms = ਡਿਜੀਟਲ, ਕੰਪਿਊਟਰ ਸਿੱਖਣਾ, ਲੈਪਟਾਪ, ਕੰਪਿਊਟਰ, ਇੰਟਰਨੈੱਟ, ਔਨਲਾਈਨ, ਫ਼ੋਨ, ਮੋਬਾਈਲ, ਸਮਾਰਟਫ਼ੋਨ, ਵਾਈਫ਼ਾਈ
need-community = ਭਾਈਚਾਰਾ, ਸੱਭਿਆਚਾਰ ਅਤੇ ਧਰਮ
need-community-terms = ਭਾਈਚਾਰਕ ਕੇਂਦਰ, ਸੱਭਿਆਚਾਰ, ਧਰਮ, ਵਲੰਟੀਅਰ, ਸਮਾਜਿਕ
need-safety = ਅਪਰਾਧ ਅਤੇ ਸੁਰੱਖਿਆ
need-safety-terms = ਅਪਰਾਧ, ਚਾਕੂ ਨਾਲ ਅਪਰਾਧ, ਸ਼ੋਸ਼ਣ, ਸੁਰੱਖਿਆ, ਹਿੰਸਾ

## Languages (ISO 639 codes)

language-en = ਅੰਗਰੇਜ਼ੀ
language-gu = ਗੁਜਰਾਤੀ
language-pa = ਪੰਜਾਬੀ
language-pl = ਪੋਲਿਸ਼
language-ro = ਰੋਮਾਨੀਅਨ
language-ur = ਉਰਦੂ
language-bn = ਬੰਗਾਲੀ
language-pt = ਪੁਰਤਗਾਲੀ
language-ar = ਅਰਬੀ
language-so = ਸੋਮਾਲੀ
language-hi = ਹਿੰਦੀ
language-ku = ਕੁਰਦੀ
language-fa = ਫ਼ਾਰਸੀ
language-ps = ਪਸ਼ਤੋ
language-ti = ਤਿਗਰੀਨੀਆ
language-ta = ਤਮਿਲ
language-fr = ਫ਼ਰਾਂਸੀਸੀ
language-sw = ਸਵਾਹਿਲੀ

## Offline: the connection and the directory saved on this phone

net-offline = ਤੁਸੀਂ ਔਫ਼ਲਾਈਨ ਹੋ। Signpost ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੇਵ ਕੀਤੀ ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਵਰਤ ਰਿਹਾ ਹੈ।
net-offline-partial = ਤੁਸੀਂ ਔਫ਼ਲਾਈਨ ਹੋ। ਕਨੈਕਸ਼ਨ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਦਾ ਸਿਰਫ਼ ਕੁਝ ਹਿੱਸਾ ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੇਵ ਹੋਇਆ ਸੀ।
net-offline-nothing = ਤੁਸੀਂ ਔਫ਼ਲਾਈਨ ਹੋ, ਅਤੇ ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਅਜੇ ਤੱਕ ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੇਵ ਨਹੀਂ ਹੋਈ। ਇਸਨੂੰ ਸੇਵ ਕਰਨ ਲਈ ਇੱਕ ਵਾਰ ਕਨੈਕਟ ਕਰੋ।
net-saving = ਬਿਨਾਂ ਸਿਗਨਲ ਦੇ ਵਰਤਣ ਲਈ ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੇਵ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ…
net-progress = ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਸੇਵ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ
net-saved = ਬਿਨਾਂ ਸਿਗਨਲ ਦੇ ਵਰਤਣ ਲਈ ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੇਵ ਕੀਤੀ ਗਈ
net-updated = { $ago } ਅੱਪਡੇਟ ਕੀਤੀ ਗਈ
net-sync-failed = ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਵਿੱਚ ਬਦਲਾਵਾਂ ਦੀ ਜਾਂਚ ਨਹੀਂ ਹੋ ਸਕੀ। Signpost ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੇਗਾ।
net-save-failed = ਇਸ ਫ਼ੋਨ ਦੇ ਬ੍ਰਾਊਜ਼ਰ ਨੇ ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਸੇਵ ਨਹੀਂ ਕਰਨ ਦਿੱਤੀ, ਇਸ ਲਈ Signpost ਨੂੰ ਕੰਮ ਕਰਨ ਲਈ ਕਨੈਕਸ਼ਨ ਚਾਹੀਦਾ ਹੈ।
net-persist-refused = ਜੇ ਫ਼ੋਨ ਵਿੱਚ ਥਾਂ ਘੱਟ ਹੋ ਜਾਵੇ, ਤਾਂ ਇਹ ਬ੍ਰਾਊਜ਼ਰ ਸੇਵ ਕੀਤੀ ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਮਿਟਾ ਸਕਦਾ ਹੈ। ਇਸਨੂੰ ਬਣਾਈ ਰੱਖਣ ਲਈ ਕਦੇ-ਕਦੇ ਕਨੈਕਸ਼ਨ ਨਾਲ Signpost ਖੋਲ੍ਹੋ।
# ਸਕ੍ਰੀਨ ਦੇ ਹੇਠਾਂ ਟਿਕੀ ਇੱਕੋ-ਇੱਕ ਲਾਈਨ (ਬਾਕੀ ਗੱਲ ਉੱਪਰਲੇ ਸੁਨੇਹੇ ਪੰਨੇ ਵਿੱਚ ਦੱਸਦੇ ਹਨ)।
net-line-offline = ਔਫ਼ਲਾਈਨ: ਸੇਵ ਕੀਤੀ ਸੂਚੀ ਵਰਤੀ ਜਾ ਰਹੀ ਹੈ
net-line-offline-partial = ਔਫ਼ਲਾਈਨ: ਸੂਚੀ ਦਾ ਕੁਝ ਹਿੱਸਾ ਹੀ ਸੇਵ ਹੈ
net-line-offline-nothing = ਔਫ਼ਲਾਈਨ: ਸੂਚੀ ਅਜੇ ਸੇਵ ਨਹੀਂ ਹੋਈ
net-line-saving = ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਸੇਵ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ…
net-line-saved = ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੇਵ ਕੀਤੀ ਗਈ
net-line-sync-failed = ਬਦਲਾਵਾਂ ਦੀ ਜਾਂਚ ਨਹੀਂ ਹੋ ਸਕੀ
net-line-save-failed = ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਸੇਵ ਨਹੀਂ ਹੋ ਸਕੀ
ago-just-now = ਹੁਣੇ-ਹੁਣੇ
ago-minutes =
    { $count ->
        [one] { $count } ਮਿੰਟ ਪਹਿਲਾਂ
       *[other] { $count } ਮਿੰਟ ਪਹਿਲਾਂ
    }
ago-hours =
    { $count ->
        [one] { $count } ਘੰਟਾ ਪਹਿਲਾਂ
       *[other] { $count } ਘੰਟੇ ਪਹਿਲਾਂ
    }
ago-days =
    { $count ->
        [one] { $count } ਦਿਨ ਪਹਿਲਾਂ
       *[other] { $count } ਦਿਨ ਪਹਿਲਾਂ
    }
update-available = Signpost ਦਾ ਨਵਾਂ ਵਰਜਨ ਤਿਆਰ ਹੈ।
update-reload = ਦੁਬਾਰਾ ਲੋਡ ਕਰੋ

## Accounts and referrals

error-unauthorised = ਇਹ ਕਰਨ ਲਈ ਕਿਰਪਾ ਕਰਕੇ ਸਾਈਨ ਇਨ ਕਰੋ।
error-forbidden = ਤੁਹਾਡਾ ਖਾਤਾ ਇਹ ਨਹੀਂ ਕਰ ਸਕਦਾ।
error-conflict = ਜਦੋਂ ਤੁਸੀਂ ਇਸ 'ਤੇ ਕੰਮ ਕਰ ਰਹੇ ਸੀ, ਉਦੋਂ ਕਿਸੇ ਹੋਰ ਨੇ ਇਸਨੂੰ ਬਦਲ ਦਿੱਤਾ। ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ: ਉਹਨਾਂ ਦਾ ਵਰਜਨ ਦਿਖਾਇਆ ਗਿਆ ਹੈ, ਅਤੇ ਤੁਸੀਂ ਜੋ ਲਿਖਿਆ ਸੀ ਉਹ ਰੱਖਿਆ ਗਿਆ ਹੈ ਤਾਂ ਜੋ ਤੁਸੀਂ ਉਸਨੂੰ ਦੁਬਾਰਾ ਜੋੜ ਸਕੋ।
error-cross-site = ਇਹ ਬੇਨਤੀ ਕਿਸੇ ਹੋਰ ਵੈੱਬਸਾਈਟ ਤੋਂ ਆਈ ਸੀ ਅਤੇ ਇਸਨੂੰ ਨਾਮਨਜ਼ੂਰ ਕਰ ਦਿੱਤਾ ਗਿਆ।
footer-inbox = ਇਨਬਾਕਸ (ਮਿਲੇ ਹੋਏ ਰੈਫ਼ਰਲ)
footer-listings = ਤੁਹਾਡੀਆਂ ਸੂਚੀਆਂ
footer-sign-in = ਸਾਈਨ ਇਨ (ਭਾਈਵਾਲ ਸੰਸਥਾਵਾਂ)
login-title = ਸਾਈਨ ਇਨ ਕਰੋ
login-intro = ਨੈੱਟਵਰਕ ਦੀਆਂ ਭਾਈਵਾਲ ਸੰਸਥਾਵਾਂ ਦੇ ਸਟਾਫ਼ ਅਤੇ ਵਲੰਟੀਅਰਾਂ ਲਈ। ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਵਿੱਚ ਖੋਜ ਕੋਈ ਵੀ ਬਿਨਾਂ ਸਾਈਨ ਇਨ ਕੀਤੇ ਕਰ ਸਕਦਾ ਹੈ।
login-email = ਈਮੇਲ ਪਤਾ
login-password = ਪਾਸਵਰਡ
login-submit = ਸਾਈਨ ਇਨ ਕਰੋ
login-error-invalid = ਉਹ ਈਮੇਲ ਪਤਾ ਅਤੇ ਪਾਸਵਰਡ ਕਿਸੇ ਖਾਤੇ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੇ। ਉਹਨਾਂ ਨੂੰ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
login-error-limited = ਸਾਈਨ ਇਨ ਕਰਨ ਦੀਆਂ ਬਹੁਤ ਜ਼ਿਆਦਾ ਕੋਸ਼ਿਸ਼ਾਂ ਹੋਈਆਂ। ਇੱਕ ਮਿੰਟ ਰੁਕੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
login-error-busy = ਸਰਵਰ ਰੁੱਝਿਆ ਹੋਇਆ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇੱਕ ਮਿੰਟ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
login-needs-connection = ਸਾਈਨ ਇਨ ਕਰਨ ਲਈ ਕਨੈਕਸ਼ਨ ਚਾਹੀਦਾ ਹੈ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਵਿੱਚ ਖੋਜ ਕਰ ਸਕਦੇ ਹੋ।

## Retention periods, as the consent statement and privacy notice say them

retention-period = { $unit ->
    [years] { $count ->
        [one] ਇੱਕ ਸਾਲ
       *[other] { $count } ਸਾਲ
    }
    [months] { $count ->
        [one] ਇੱਕ ਮਹੀਨੇ
       *[other] { $count } ਮਹੀਨੇ
    }
   *[days] { $count ->
        [one] ਇੱਕ ਦਿਨ
       *[other] { $count } ਦਿਨ
    }
}

## Links to pages whose own messages travel only with them (accounts.ftl, inbox.ftl, referrals.ftl)

inbox-sign-in = ਸਾਈਨ ਇਨ ਕਰੋ
outbox-link = ਇਸ ਫ਼ੋਨ 'ਤੇ ਰੈਫ਼ਰਲ
refer-link = ਪਰਿਵਾਰ ਨੂੰ ਇਸ ਸੇਵਾ ਕੋਲ ਰੈਫ਼ਰ ਕਰੋ
back-to-service = ਸੇਵਾ 'ਤੇ ਵਾਪਸ ਜਾਓ
inbox-back = ਮਿਲੇ ਹੋਏ ਰੈਫ਼ਰਲਾਂ 'ਤੇ ਵਾਪਸ ਜਾਓ
invite-member-link = ਮੈਂਬਰ ਨੂੰ ਸੱਦਾ ਭੇਜੋ
members-link = ਮੈਂਬਰ
