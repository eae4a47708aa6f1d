## Referring a family (the phone's side)

refer-title = Refer to { $service }
refer-not-accepting = This service does not take referrals through Signpost. Contact the service directly.
refer-needs-javascript = Referrals are kept on this phone until they can be sent, which needs JavaScript. Turn JavaScript on, or contact the service directly.
refer-step-consent = 1. Ask for consent
refer-consent-language = Language to read the statement in
referral-consent-statement = We would like to send your details to { $service } so that they can contact you about the help you need. We will share your name, how to contact you, the language you prefer and what help you need. Only the service and the person helping you today will see them. Your details are deleted when nobody has worked on the referral for { $period }. You can say no, and this will not change the help we give you today. You can change your mind later by contacting the service.
refer-consent-given = The person has heard this statement and agrees
refer-consent-missing = Without the person's agreement nothing is saved or sent.
refer-consent-machine-draft = No fluent speaker has checked this translation yet: it is a machine draft. If the person may not understand it fully, use an interpreter.
refer-consent-in-english = The English statement changed after this translation was made, so it is shown in English until it is translated again. Use an interpreter.
refer-privacy-title = Privacy notice
refer-privacy-body = Signpost keeps this referral on this phone, locked with a code, only until it reaches the service. After that, the phone keeps only a note that it was sent, with no personal details. Only these people can see the details: the service's managers, the staff they choose to handle its referrals, and you. Nobody else in your organisation can see them. The network's coordinator sees only numbers, never names. The details are deleted when nobody has worked on the referral for { $period }, whatever happened to it.
refer-step-details = 2. The referral
refer-name = Person's name
refer-contact-method = How they want to be contacted
refer-contact-detail-phone = Phone number
refer-contact-detail-sms = Mobile number
refer-contact-detail-email = Email address
refer-contact-detail-letter = Postal address
refer-language = Preferred language
refer-choose = Choose…
refer-language-other = Another language
refer-language-other-name = Name of the language
refer-interpreter = Needs an interpreter
refer-needs = What they need help with
refer-support = The support needed, in your words
refer-urgency = How urgent it is
refer-safeguarding = There is a safeguarding concern
refer-safeguarding-hint = This only tells the service. Follow your own organisation's safeguarding procedure as well, now.
refer-referrer-contact = Your phone number or email address
refer-submit = Save the referral
refer-storage-failed = This phone could not keep the referral, so nothing was saved. Contact the service directly.
refer-sign-in = Sign in to refer a family. Referrals are kept on this phone as yours, so sign in while you have a connection; after that you can refer with no signal.

## The referrals on this phone

outbox-title = Referrals on this phone
outbox-empty = There are no referrals on this phone.
outbox-offline = No connection: waiting referrals are sent when the phone is back online.
outbox-sign-in = Sign in to send the waiting referrals. They stay on this phone until then.
outbox-sign-in-link = Sign in
outbox-unavailable = This browser cannot keep referrals on the phone. Contact services directly.
outbox-send-now = Send now
outbox-sending = Sending…
outbox-state-queued = Waiting to be sent
outbox-state-sending = Sending
outbox-state-delivered = Delivered to the service
outbox-state-conflict = Not sent: the server already has a different referral with this number. Check with the service, then remove this one.
outbox-state-refused = Not sent: it needs correcting.
outbox-error-too-large = This referral is too large to send. Contact the service directly, then remove it from this phone.
outbox-others-waiting = { $count ->
    [one] One referral made by another worker waits on this phone. Only they can see or send it, when they sign in again.
   *[other] { $count } referrals made by other workers wait on this phone. Only they can see or send them, when they sign in again.
}
outbox-password-link = Change your password
outbox-state-not-accepting = Not sent: this service no longer takes referrals through Signpost. Contact the service, or refer to another service; then remove this one.
outbox-answer = The service's answer: { $status }
outbox-remove = Remove from this phone
outbox-sign-out = Sign out
outbox-sign-out-warning = { $count ->
    [one] One referral has not been sent yet. Signing out deletes it from this phone. Sign out anyway?
   *[other] { $count } referrals have not been sent yet. Signing out deletes them from this phone. Sign out anyway?
}

## A referral's status, outcome, urgency and contact method (the outbox, the form and the inbox)

referral-status-new = New
referral-status-seen = Seen
referral-status-accepted = Accepted
referral-status-declined = Declined
referral-status-closed = Closed
referral-outcome-supported = Supported
referral-outcome-could-not-contact = Could not make contact
referral-outcome-no-longer-needed = No longer needed
referral-outcome-referred-elsewhere = Referred elsewhere
referral-urgency-routine = Not urgent
referral-urgency-soon = Soon
referral-urgency-urgent = Urgent
referral-contact-phone = Phone call
referral-contact-sms = Text message
referral-contact-email = Email
referral-contact-letter = Letter
referral-contact-through-referrer = Through the person who made the referral

## Errors of a referral (the form, the outbox and the inbox show them)

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
