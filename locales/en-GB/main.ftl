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

## Checks on a service before it is saved

service-invalid-name = The name must be 1 to 200 characters long.
service-invalid-text = The description and “who it is for” must each be at most 5,000 characters long.
service-invalid-ages = Ages must be from 0 to 120, and the minimum age no higher than the maximum.
service-invalid-needs = Choose at least one need the service helps with.
service-invalid-language = Languages must be ISO 639 codes, such as so for Somali or gu for Gujarati.
service-invalid-hours = Opening hours must have a day from Monday to Sunday and times from 00:00 to 23:59.
service-invalid-closure = A closure must end on or after the day it starts, and its note be at most 200 characters long.
service-invalid-special-hours = Different hours need a first date, an end date (if any) on or after it, an opening time and a later closing time, and a note of at most 200 characters.
service-invalid-email = The email address is not valid.
service-invalid-website = The website must be a full address starting with https://.
service-invalid-phone = A phone number must have at least 3 digits and at most 40 characters, and its description at most 200 characters.
service-invalid-organisation = That organisation is not in the directory.
service-invalid-location = Each place needs an address and a town or city (at most 200 characters each); map coordinates, if given, must be numbers.
service-invalid-postcode = The postcode must be a UK postcode, such as LE2 0AB.
service-invalid-fees = The cost must be described in at most 200 characters.
service-invalid-areas = Each area must be 1 to 200 characters long, and there can be at most 50 areas.
service-invalid-period-order = An opening time must end after it starts. If it goes past midnight, tick "Goes past midnight".
service-invalid-status = Choose whether the service is open, closed for now, or no longer running.

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
account-error-password-short = Choose a password of at least 12 characters.
account-error-password-long = Choose a password of at most 128 characters.
account-error-password-common = That password is too easy to guess. Choose another: a few words you will remember work well.
account-error-password-mismatch = The two new passwords are not the same. Type the new password again.
account-error-password-same = The new password is the same as the old one. Choose a different one.
account-error-current-password = Your current password is not right. Check it and try again.
account-error-email-invalid = Enter an email address like name@example.org.
account-error-email-taken = There is already an account with that email address.
account-error-remove-self = You cannot remove your own access. Ask another admin of your organisation.
account-error-invitation = This invitation link has expired or has already been used. Ask for a new one.
account-error-role = Invitations can be for workers or organisation admins only.
referral-error-name-required = Enter the person's name.
referral-error-name-too-long = The name must be at most 100 characters.
referral-error-phone-invalid = Enter a phone number like 0116 496 0123.
referral-error-mobile-invalid = Enter a mobile number for texts, like 07700 900123.
referral-error-email-invalid = Enter an email address like name@example.org.
referral-error-address-invalid = Enter a postal address (8 to 300 characters).
referral-error-language-invalid = Choose the person's preferred language.
referral-error-language-name = Type the name of the language, in letters.
referral-error-support-required = Choose at least one need, or describe the support needed.
referral-error-support-too-long = The description must be at most 2,000 characters.
referral-error-referrer-contact-invalid = Enter your phone number or email address, so the service can reach you.
referral-error-consent-required = The person must agree before the referral can be saved or sent.
referral-error-consent-invalid = The consent record is not valid. Read the consent statement with the person again.
referral-error-consent-unknown = The consent statement on this phone is not one the server knows. Update Signpost, then read the statement with the person again.
referral-error-reason-required = Give a reason for declining.
referral-error-reason-too-long = The reason must be at most 500 characters.
referral-error-status-change = That change is not possible now. Reload to see the referral's current status.
referral-error-purged = This referral's personal details have been removed under the retention policy.
referral-error-note = A note must have between 1 and 2,000 characters.
referral-error-batch = The referrals sent could not be read. Nothing was saved; they are still on the phone.

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
