# Signpost — British English (reference locale). Every other locale must have every message here.

## Site

app-name = Signpost
app-description = Find local community services in Leicester, and share them with families in their language.
skip-to-content = Skip to content
language-switcher = Language
# Between the items of a list ("Arabic, Somali, English"): the comma of the language's script, then a space.
list-separator = { ", " }
notice-demo = Demo data: these listings are examples for trying Signpost. Phone numbers and emails reach no one.
notice-machine-draft = This translation was drafted by machine and has not yet been checked by a fluent speaker.
footer-about = Signpost is the directory of the #PowerToChange community partners network in Leicester.
loading = Loading…

## Errors

not-found-title = Page not found
not-found-body = We could not find that page. The service or organisation may have been removed.
back-to-search = Back to search
error-title = Something went wrong
error-not-found = We could not find that.
error-internal = Something went wrong on our side. Please try again in a moment.
error-unreachable = Signpost could not reach the server. Check your connection and try again.
error-bad-request = Something in that request was not right. Please try again.
error-busy = The server is busy. Please try again in a minute.
error-unavailable = Signpost cannot reach its database just now. Please try again in a minute.

## Search

search-title = Find a service
search-label = What do you need help with?
search-placeholder = For example: food bank, housing advice, laptop
search-button = Search
filters-legend = Filters
filters-clear = Clear search and filters
filter-need = Need
filter-any-need = Any need
filter-area = Area
filter-any-area = Anywhere in Leicester
filter-language = Language spoken
filter-any-language = Any language
filter-age = Age of the person
filter-free = Free
filter-open-now = Open now
filter-referrals = Accepts referrals
results-count =
    { $count ->
        [0] No services found
        [one] One service
       *[other] { $count } services
    }
results-empty = Nothing matches. Try other words, or clear some filters.
pager-label = More results
pager-previous = Previous
pager-next = Next
pager-position = Page { $page } of { $pages }
card-facts-label = Key facts
card-languages = Speaks: { $languages }
badge-free = Free
badge-referrals = Accepts referrals

## Service page

service-by = Run by
service-about = About this service
service-needs = Helps with
service-who = Who it is for
service-free = Free.
service-not-free = There may be a cost.
service-how = How to get help
service-hours = Opening hours
service-languages = Languages spoken by staff
service-contact = Contact
service-where = Where
service-areas = Covers: { $areas }
service-last-reviewed = Last checked by the organisation: { $date }
service-may-be-out-of-date = The organisation has not checked these details for over a year: they may be out of date. Call before sending someone.
service-report-link = Report a problem with this listing
access-drop-in = Drop in during opening hours
access-self-referral = Contact them yourself
access-professional-referral = A worker, school or GP can refer
access-phone = Help by phone
access-appointment = By appointment
access-signpost-referral = Takes referrals through Signpost
access-contact = Contact them to ask how to get help
hours-caption = Opening hours, Leicester time
hours-none = No regular opening hours: contact them to arrange a time.
hours-closed = Closed
hours-period = { $opens }–{ $closes }
hours-period-overnight = { $opens }–{ $closes } (next day)
hours-closure = Closed from { $from } to { $to }
hours-special-day = Different hours on { $date }: { $times }
hours-special = Different hours from { $from } to { $to }: { $times }
contact-call = Call { $number }
contact-text = Text { $number }
contact-email = Email { $email }
contact-website = Website
location-map = Open in a map

## Organisation page

organisation-services =
    { $count ->
        [0] No services listed
        [one] One service
       *[other] { $count } services
    }

## Opening status

status-temporarily-closed = Temporarily closed
status-open-closes = Open now · closes { $when }
status-closed-opens = Closed · opens { $when }
status-closed = Closed
status-no-hours = Contact them for opening times
when-today = at { $time }
when-tomorrow = tomorrow at { $time }
when-weekday = { $day } at { $time }
when-date = { $date } at { $time }

## Ages

ages-range = Ages { $min }–{ $max }
ages-min = Ages { $min } and over
ages-max = Ages up to { $max }
ages-all = All ages

## Dates

day-1 = Monday
day-2 = Tuesday
day-3 = Wednesday
day-4 = Thursday
day-5 = Friday
day-6 = Saturday
day-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-format = { $day } { $month } { $year }

## Needs. The -terms messages are extra search words, separated by commas.

need-food = Food
need-food-terms = food bank, meals, hunger, groceries, lunch
need-housing = Housing and homelessness
need-housing-terms = homeless, shelter, rent, tenancy, eviction, rough sleeping
need-money = Money, debt and benefits
need-money-terms = debt, benefits, Universal Credit, bills, budgeting
need-immigration = Immigration, asylum and refugees
need-immigration-terms = asylum, refugee, Home Office, visa, new arrivals
need-health = Health and mental wellbeing
need-health-terms = mental health, wellbeing, anxiety, sickle cell, carers
need-families = Children and families
need-families-terms = children, parents, family, childcare
need-youth = Youth activities
need-youth-terms = young people, teenagers, youth club, play
need-education = Education, training and employment
need-education-terms = jobs, work, training, courses, English, ESOL, school
need-send = Special educational needs and disabilities (SEND)
need-send-terms = SEND, disability, EHCP, special needs, internship
need-care-experienced = Grew up in care
need-care-experienced-terms = care experienced, care leaver, looked after, foster care
need-prisoners-families = Families of prisoners
need-prisoners-families-terms = prison, prisoner, visits, sentence
need-digital = Computers and the internet
need-digital-terms = digital inclusion, laptop, computer, internet, online, phone, wifi
need-community = Community, culture and faith
need-community-terms = community centre, culture, faith, volunteering, social
need-safety = Crime and safety
need-safety-terms = crime, knife crime, exploitation, safety, violence

## Languages (ISO 639 codes)

language-en = English
language-gu = Gujarati
language-pa = Panjabi
language-pl = Polish
language-ro = Romanian
language-ur = Urdu
language-bn = Bengali
language-pt = Portuguese
language-ar = Arabic
language-so = Somali
language-hi = Hindi
language-ku = Kurdish
language-fa = Persian
language-ps = Pashto
language-ti = Tigrinya
language-ta = Tamil
language-fr = French
language-sw = Swahili

## Offline: the connection and the directory saved on this phone

net-offline = You are offline. Signpost is using the directory saved on this phone.
net-offline-partial = You are offline. Only part of the directory was saved on this phone before the connection went.
net-offline-nothing = You are offline, and the directory has not been saved on this phone yet. Connect once to save it.
net-saving = Saving the directory on this phone, for use with no signal…
net-progress = Saving the directory
net-saved = Saved on this phone for use with no signal
net-updated = updated { $ago }
net-sync-failed = Could not check for changes to the directory. Signpost will try again.
net-save-failed = This phone's browser would not save the directory, so Signpost needs a connection to work.
net-persist-refused = This browser may delete the saved directory if the phone runs low on space. Open Signpost with a connection now and then to keep it.
# The one line fixed to the bottom of the screen (the messages above say the rest, in the page).
net-line-offline = You are offline: using the saved directory
net-line-offline-partial = You are offline: part of the directory is saved
net-line-offline-nothing = You are offline: no directory saved yet
net-line-saving = Saving the directory…
net-line-saved = Saved on this phone
net-line-sync-failed = Could not check for changes
net-line-save-failed = Could not save the directory
ago-just-now = just now
ago-minutes =
    { $count ->
        [one] 1 minute ago
       *[other] { $count } minutes ago
    }
ago-hours =
    { $count ->
        [one] 1 hour ago
       *[other] { $count } hours ago
    }
ago-days =
    { $count ->
        [one] 1 day ago
       *[other] { $count } days ago
    }
update-available = A new version of Signpost is ready.
update-reload = Reload

## Accounts and referrals

error-unauthorised = Please sign in to do that.
error-forbidden = Your account cannot do that.
error-conflict = Someone else changed this while you were working on it. Nothing was saved: their version is shown, and what you typed is kept so you can add it again.
error-cross-site = This request came from another website and was refused.
footer-inbox = Inbox (referrals received)
footer-listings = Your listings
footer-sign-in = Sign in (partner organisations)
login-title = Sign in
login-intro = For staff and volunteers of the network's partner organisations. Anyone can search the directory without signing in.
login-email = Email address
login-password = Password
login-submit = Sign in
login-error-invalid = That email address and password do not match an account. Check them and try again.
login-error-limited = Too many attempts to sign in. Wait a minute, then try again.
login-error-busy = The server is busy. Please try again in a minute.
login-needs-connection = Signing in needs a connection. You can still search the directory.

## Retention periods, as the consent statement and privacy notice say them

retention-period = { $unit ->
    [years] { $count ->
        [one] one year
       *[other] { $count } years
    }
    [months] { $count ->
        [one] one month
       *[other] { $count } months
    }
   *[days] { $count ->
        [one] one day
       *[other] { $count } days
    }
}

## Links to pages whose own messages travel only with them (accounts.ftl, inbox.ftl, referrals.ftl)

inbox-sign-in = Sign in
outbox-link = Referrals on this phone
refer-link = Refer a family to this service
back-to-service = Back to the service
inbox-back = Back to referrals received
invite-member-link = Invite a member
members-link = Members
