
# Signpost — the inbox of a receiving organisation (British English, reference locale).

## The inbox

inbox-title = Referrals received
inbox-new-count =
    { $count ->
        [0] No new referrals
        [one] One new referral
       *[other] { $count } new referrals
    }
inbox-empty = Your organisation's services have not received any referrals yet.
inbox-purge-soon-count =
    { $count ->
        [one] One referral will have its personal details deleted within a month, because nobody has worked on it. Update it or add a note to keep it.
       *[other] { $count } referrals will have their personal details deleted within a month, because nobody has worked on them. Update them or add a note to keep them.
    }
inbox-purge-on = Personal details will be deleted on { $date } unless someone works on this referral.
inbox-pages = Pages of referrals
inbox-page-of = Page { $page } of { $pages }
inbox-page-newer = Newer referrals
inbox-page-older = Older referrals
inbox-sign-in-needed = Sign in to see the referrals your organisation has received.
inbox-forbidden = Only your organisation's admins, and the members they choose for a service, can see the referrals it receives.
inbox-details-removed = Details removed
inbox-safeguarding = Safeguarding concern
inbox-status = Status
inbox-urgency = Urgency
inbox-needs = Needs
inbox-needs-described = See the support needed
inbox-received = Received
inbox-changed = Last updated
inbox-date-time = { $date }, { $time }

## One referral

inbox-referral-title = Referral
inbox-for-service = For:
inbox-decline-reason-given = Reason for declining
inbox-outcome = Outcome
inbox-section-need = What is needed
inbox-support = Support needed
inbox-support-none = No description given.
inbox-safeguarding-label = Safeguarding concern
inbox-yes = Yes
inbox-no = No
inbox-section-contact = Contact
inbox-contact-method = How to make contact
inbox-contact-detail = Contact details
inbox-language = Preferred language
inbox-interpreter = Interpreter needed
inbox-referred-by = Referred by
inbox-referrer-contact = Contact for the person who made the referral
inbox-section-consent = Consent
inbox-consent-given = The person agreed to be referred and to these details being shared with this service.
inbox-consent-statement = What the person was told
inbox-consent-language = Language it was read in
inbox-consent-time = Agreed on

## What can be done to a referral

inbox-actions = What to do next
inbox-no-actions = This referral is closed. Nothing more can be done to it.
inbox-mark-seen = Mark as seen
inbox-accept = Accept
inbox-decline-legend = Decline the referral
inbox-decline-reason = Reason for declining
inbox-decline-hint = The person who made the referral will see this reason. Do not include personal details.
inbox-decline = Decline
inbox-close-legend = Close the referral
inbox-outcome-choose = Choose an outcome
inbox-close = Close
inbox-error-outcome = Choose an outcome to close the referral.
inbox-saved = Saved.

## Notes (seen by the receiving organisation only)

inbox-notes = Notes
inbox-notes-none = No notes yet.
inbox-note-add = Add a note
inbox-note-label = Note
inbox-note-hint = Only the people who work through this service's referrals see notes. Up to 2,000 characters.
inbox-note-submit = Add note
inbox-note-by = { $author }, { $time }
