# Listings kept by the network: the fields of a listing, as a change's before/after shows them.
listing-field-name = Name
listing-field-description = Description
listing-field-status = Open or closed
listing-field-eligibility = Who it is for
listing-field-ages = Ages
listing-field-cost = Cost
listing-field-access = How to get help
listing-field-referrals = Takes referrals through Signpost
listing-field-needs = Needs it helps with
listing-field-languages = Languages staff speak
listing-field-areas = Areas served
listing-field-locations = Places
listing-field-phones = Phone numbers
listing-field-email = Email
listing-field-website = Website
listing-field-hours = Opening times
listing-field-closures = Days closed
listing-field-special-hours = Different hours on some dates
listing-field-checked = Last checked by the organisation
listing-error-reason = Write why the change is sent back (at most 1,000 characters).
listing-yes = Yes
listing-no = No
listing-none = (none)
listing-date-range = { $from } to { $to }

# An organisation's listings (/listings).
listings-title = Your organisation's listings
listings-sign-in-needed = Sign in to keep your organisation's listings up to date.
listings-forbidden = Only an organisation's admins and the network's coordinators can change listings.
coordinator-only = Only the network's coordinators can see this page.
listings-saved-pending = Saved. A coordinator will check the change before everyone sees it.
listings-saved-published = Saved. Everyone sees the change now, and phones get it when they next connect.
listings-confirmed = Thank you: the listing is marked as checked today.
listings-edit-organisation = Change your organisation's details
listings-services = Services
listings-none = Your organisation has no services listed yet.
listings-add = Add a service
listings-changes = Recent changes
listings-no-changes = No changes yet.
listings-waiting = Change waiting for a coordinator
listings-archived = Taken out of the directory
listings-checked = Checked on { $date }
listings-due = Last checked on { $date }. Please check it is still right.
listings-stale = Last checked on { $date }, over a year ago: the directory warns people it may be out of date.
listings-never-checked = Never checked. Please check it is still right.
listings-confirm = Still right
listings-confirm-named = { $name } is still right
listings-edit = Change
listings-history = Earlier versions
listings-trust-heading = Trusted organisation
listings-trusted = Trusted: changes are published at once
listings-not-trusted = Not trusted: a coordinator checks each change first
listings-trust = Trust this organisation
listings-untrust = Stop trusting this organisation

change-kind-new = New service
change-kind-changed = Changed
change-kind-archived = Taken out
change-state-pending = waiting for a coordinator
change-state-published = published
change-state-returned = sent back
change-state-replaced = replaced by a later change
change-summary = { $kind }, { $state }, { $date }
change-reason = Why it was sent back:

# The service form (/listings/edit).
edit-title = Change { $name }
edit-title-new = Add a service
edit-intro = Change what is wrong or missing, then save. A coordinator checks changes before everyone sees them.
edit-intro-new = Fill in what you know, then save. A coordinator checks new services before everyone sees them.
edit-back = Back to the listings
edit-returned = A coordinator sent your last change back:
edit-waiting = A change to this is waiting for a coordinator. You are changing that version.
edit-conflict-theirs = How the newer version differs from what you typed:
edit-draft-found = This phone kept changes you typed earlier and did not save.
edit-draft-use = Put them back
edit-draft-discard = Throw them away
edit-problems = Please correct these and save again:
edit-save = Save
edit-archive-heading = Take this service out of the directory
edit-archive-intro = For a service that has stopped. It is kept, and a coordinator can bring it back.
edit-archive = Take it out
edit-about = About the service
edit-status-active = Open
edit-status-temporarily-closed = Closed for now
edit-status-inactive = Not running any more
edit-who = Who it is for
edit-min-age = Youngest age (leave empty for any)
edit-max-age = Oldest age (leave empty for any)
edit-free = Free
edit-fees = If not free, what it costs
edit-hours-hint = Leave a row empty if you do not need it.
edit-period-label = Opening time { $number }
edit-day = Day
edit-opens = Opens
edit-closes = Closes
edit-overnight = Goes past midnight
edit-add-period = Add another opening time
edit-closures-hint = Bank holidays and other days it is closed. Leave "to" empty for one day.
edit-closure-label = Closed days { $number }
edit-closed-from = Closed from
edit-closed-to = to
edit-closed-note = Why (optional)
edit-add-closure = Add more closed days
edit-special-hint = Shorter or extra hours on particular dates, such as Christmas Eve: on those dates they replace the usual hours. Leave "to" empty for one day.
edit-special-label = Different hours { $number }
edit-special-from = From
edit-add-special = Add more dates with different hours
edit-location-label = Place { $number }
edit-place-name = Name of the place (optional)
edit-address = Street address
edit-city = Town or city
edit-postcode = Postcode
edit-neighbourhood = Area (e.g. Highfields)
edit-latitude = Latitude (optional)
edit-longitude = Longitude (optional)
edit-add-location = Add another place
edit-areas-hint = One area per line.
edit-contact = Contact
edit-phone-label = Phone { $number }
edit-phone-number = Phone number
edit-phone-description = What the number is for (optional)
edit-add-phone = Add another phone number
edit-languages-hint = Language codes, separated by commas: so for Somali, gu for Gujarati, pl for Polish.

# A service's earlier versions (/listings/history).
history-title = Earlier versions of { $name }
history-version = Version { $version }, { $date }, by { $who }
history-approved-by = Approved by { $who }
history-by-operator = the people who run Signpost
history-changed = Changed: { $fields }
history-restore = Bring back version { $version }
history-restored = That version is back in the directory.

# The coordinator's queue (/listings/changes).
queue-title = Changes to check
queue-empty = No changes are waiting.
queue-asked = { $kind } · asked by { $who } on { $date }
queue-field = What
queue-before = Before
queue-after = After
queue-approve = Approve and publish
queue-reason = Why you are sending it back (the organisation sees this)
queue-send-back = Send back
queue-approved = Published. Phones get it when they next connect.
queue-sent-back = Sent back to the organisation.

# The coordinator's organisations (/listings/organisations).
organisations-title = Organisations
oruk-link = Open Referral UK: download the directory or bring in services
organisations-facts = { $services ->
        [one] 1 service
       *[other] { $services } services
    } · { $members ->
        [one] 1 member
       *[other] { $members } members
    } · { $pending } waiting · { $due } to check
organisations-last-change = Last change published { $date }
organisations-oldest-check = Oldest check: { $date }
organisations-add = Add an organisation
organisations-add-button = Add the organisation
organisations-created = The organisation is in the directory. Send this link to the person who will look after its listings: it works once, for 7 days.
organisations-link = Invitation link for its first admin
organisation-edit-title = Your organisation's details

# Reporting a problem with a listing (/services/:id/report), and the reports.
report-title = Report a problem with { $service }
report-intro = Tell the organisation and the network's coordinators what is wrong. Do not write anyone's name or contact details.
report-kind = What is wrong?
report-kind-out-of-date = Out of date
report-kind-closed = It has closed
report-kind-contact = Wrong phone, email or address
report-kind-other = Something else
report-text = More detail (needed for "Something else")
report-submit = Send the report
report-sent = Thank you. The report has been sent.
report-kept = Thank you. There is no connection now: the report is kept on this phone and sent when there is one.
report-not-kept = This phone could not keep the report. Please try again.
report-error-kind = Choose what is wrong.
report-error-text = Say what is wrong in at most 500 characters.
reports-title = Reports from people using the directory
reports-none = No reports.
reports-about = { $kind }, { $date }
reports-done = Done
reports-done-button = Mark as done

listings-caseworkers = Who works through its referrals
listings-caseworkers-intro = Your organisation's admins always do. Choose members who also should: they see this service's referrals in their inbox and can act on them.
listings-caseworkers-save = Save who works through its referrals
listings-caseworkers-saved = Saved: they see its referrals in their inbox.
listing-error-member = Only workers of your organisation can be chosen.
organisation-areas = Areas it works in

## Checks on a service before it is saved (the listings pages show them)

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
