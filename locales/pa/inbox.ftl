# Signpost — ਪੰਜਾਬੀ. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

# ਰੈਫ਼ਰਲ ਪ੍ਰਾਪਤ ਕਰਨ ਵਾਲੀ ਸੰਸਥਾ ਦਾ ਇਨਬਾਕਸ।

## The inbox

inbox-title = ਮਿਲੇ ਹੋਏ ਰੈਫ਼ਰਲ
inbox-new-count =
    { $count ->
        [0] ਕੋਈ ਨਵਾਂ ਰੈਫ਼ਰਲ ਨਹੀਂ
        [one] { $count } ਨਵਾਂ ਰੈਫ਼ਰਲ
       *[other] { $count } ਨਵੇਂ ਰੈਫ਼ਰਲ
    }
inbox-empty = ਤੁਹਾਡੀ ਸੰਸਥਾ ਦੀਆਂ ਸੇਵਾਵਾਂ ਨੂੰ ਅਜੇ ਤੱਕ ਕੋਈ ਰੈਫ਼ਰਲ ਨਹੀਂ ਮਿਲਿਆ।
inbox-purge-soon-count =
    { $count ->
        [one] { $count } ਰੈਫ਼ਰਲ ਦੀ ਨਿੱਜੀ ਜਾਣਕਾਰੀ ਇੱਕ ਮਹੀਨੇ ਦੇ ਅੰਦਰ ਮਿਟਾ ਦਿੱਤੀ ਜਾਵੇਗੀ, ਕਿਉਂਕਿ ਕਿਸੇ ਨੇ ਉਸ 'ਤੇ ਕੰਮ ਨਹੀਂ ਕੀਤਾ। ਉਸਨੂੰ ਰੱਖਣ ਲਈ ਉਸਨੂੰ ਅੱਪਡੇਟ ਕਰੋ ਜਾਂ ਕੋਈ ਨੋਟ ਜੋੜੋ।
       *[other] { $count } ਰੈਫ਼ਰਲਾਂ ਦੀ ਨਿੱਜੀ ਜਾਣਕਾਰੀ ਇੱਕ ਮਹੀਨੇ ਦੇ ਅੰਦਰ ਮਿਟਾ ਦਿੱਤੀ ਜਾਵੇਗੀ, ਕਿਉਂਕਿ ਕਿਸੇ ਨੇ ਉਹਨਾਂ 'ਤੇ ਕੰਮ ਨਹੀਂ ਕੀਤਾ। ਉਹਨਾਂ ਨੂੰ ਰੱਖਣ ਲਈ ਉਹਨਾਂ ਨੂੰ ਅੱਪਡੇਟ ਕਰੋ ਜਾਂ ਕੋਈ ਨੋਟ ਜੋੜੋ।
    }
inbox-purge-on = ਜੇ ਕੋਈ ਇਸ ਰੈਫ਼ਰਲ 'ਤੇ ਕੰਮ ਨਹੀਂ ਕਰਦਾ, ਤਾਂ ਨਿੱਜੀ ਜਾਣਕਾਰੀ { $date } ਨੂੰ ਮਿਟਾ ਦਿੱਤੀ ਜਾਵੇਗੀ।
inbox-pages = ਰੈਫ਼ਰਲਾਂ ਦੇ ਪੰਨੇ
inbox-page-of = { $pages } ਵਿੱਚੋਂ ਪੰਨਾ { $page }
inbox-page-newer = ਨਵੇਂ ਰੈਫ਼ਰਲ
inbox-page-older = ਪੁਰਾਣੇ ਰੈਫ਼ਰਲ
inbox-sign-in-needed = ਤੁਹਾਡੀ ਸੰਸਥਾ ਨੂੰ ਮਿਲੇ ਰੈਫ਼ਰਲ ਦੇਖਣ ਲਈ ਸਾਈਨ ਇਨ ਕਰੋ।
inbox-forbidden = ਕਿਸੇ ਸੇਵਾ ਨੂੰ ਮਿਲੇ ਰੈਫ਼ਰਲ ਸਿਰਫ਼ ਤੁਹਾਡੀ ਸੰਸਥਾ ਦੇ ਐਡਮਿਨ, ਅਤੇ ਉਹ ਮੈਂਬਰ ਜਿਨ੍ਹਾਂ ਨੂੰ ਉਹ ਉਸ ਸੇਵਾ ਲਈ ਚੁਣਦੇ ਹਨ, ਦੇਖ ਸਕਦੇ ਹਨ।
inbox-details-removed = ਜਾਣਕਾਰੀ ਹਟਾ ਦਿੱਤੀ ਗਈ
inbox-safeguarding = ਸੁਰੱਖਿਆ ਦੀ ਚਿੰਤਾ
inbox-status = ਸਥਿਤੀ
inbox-urgency = ਕਿੰਨਾ ਜ਼ਰੂਰੀ
inbox-needs = ਲੋੜਾਂ
inbox-needs-described = ਲੋੜੀਂਦੀ ਮਦਦ ਦੇਖੋ
inbox-received = ਮਿਲਿਆ
inbox-changed = ਆਖ਼ਰੀ ਅੱਪਡੇਟ
inbox-date-time = { $date }, { $time }

## One referral

inbox-referral-title = ਰੈਫ਼ਰਲ
inbox-for-service = ਕਿਸ ਲਈ:
inbox-decline-reason-given = ਨਾਮਨਜ਼ੂਰ ਕਰਨ ਦਾ ਕਾਰਨ
inbox-outcome = ਨਤੀਜਾ
inbox-section-need = ਕੀ ਚਾਹੀਦਾ ਹੈ
inbox-support = ਲੋੜੀਂਦੀ ਮਦਦ
inbox-support-none = ਕੋਈ ਵੇਰਵਾ ਨਹੀਂ ਦਿੱਤਾ ਗਿਆ।
inbox-safeguarding-label = ਸੁਰੱਖਿਆ ਦੀ ਚਿੰਤਾ
inbox-yes = ਹਾਂ
inbox-no = ਨਹੀਂ
inbox-section-contact = ਸੰਪਰਕ
inbox-contact-method = ਸੰਪਰਕ ਕਿਵੇਂ ਕਰਨਾ ਹੈ
inbox-contact-detail = ਸੰਪਰਕ ਜਾਣਕਾਰੀ
inbox-language = ਪਸੰਦ ਦੀ ਭਾਸ਼ਾ
inbox-interpreter = ਦੁਭਾਸ਼ੀਏ ਦੀ ਲੋੜ ਹੈ
inbox-referred-by = ਰੈਫ਼ਰ ਕਰਨ ਵਾਲੇ
inbox-referrer-contact = ਰੈਫ਼ਰ ਕਰਨ ਵਾਲੇ ਵਿਅਕਤੀ ਨਾਲ ਸੰਪਰਕ
inbox-section-consent = ਸਹਿਮਤੀ
inbox-consent-given = ਵਿਅਕਤੀ ਨੇ ਰੈਫ਼ਰ ਕੀਤੇ ਜਾਣ ਲਈ, ਅਤੇ ਇਹ ਜਾਣਕਾਰੀ ਇਸ ਸੇਵਾ ਨਾਲ ਸਾਂਝੀ ਕੀਤੇ ਜਾਣ ਲਈ, ਸਹਿਮਤੀ ਦਿੱਤੀ।
inbox-consent-statement = ਵਿਅਕਤੀ ਨੂੰ ਕੀ ਦੱਸਿਆ ਗਿਆ
inbox-consent-language = ਕਿਸ ਭਾਸ਼ਾ ਵਿੱਚ ਪੜ੍ਹਿਆ ਗਿਆ
inbox-consent-time = ਸਹਿਮਤੀ ਕਦੋਂ ਦਿੱਤੀ ਗਈ

## What can be done to a referral

inbox-actions = ਅੱਗੇ ਕੀ ਕਰਨਾ ਹੈ
inbox-no-actions = ਇਹ ਰੈਫ਼ਰਲ ਬੰਦ ਹੈ। ਇਸ 'ਤੇ ਹੁਣ ਹੋਰ ਕੁਝ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ।
inbox-mark-seen = "ਦੇਖਿਆ ਗਿਆ" ਵਜੋਂ ਨਿਸ਼ਾਨ ਲਾਓ
inbox-accept = ਸਵੀਕਾਰ ਕਰੋ
inbox-decline-legend = ਰੈਫ਼ਰਲ ਨਾਮਨਜ਼ੂਰ ਕਰੋ
inbox-decline-reason = ਨਾਮਨਜ਼ੂਰ ਕਰਨ ਦਾ ਕਾਰਨ
inbox-decline-hint = ਰੈਫ਼ਰ ਕਰਨ ਵਾਲਾ ਵਿਅਕਤੀ ਇਹ ਕਾਰਨ ਦੇਖੇਗਾ। ਇਸ ਵਿੱਚ ਕੋਈ ਨਿੱਜੀ ਜਾਣਕਾਰੀ ਨਾ ਲਿਖੋ।
inbox-decline = ਨਾਮਨਜ਼ੂਰ ਕਰੋ
inbox-close-legend = ਰੈਫ਼ਰਲ ਬੰਦ ਕਰੋ
inbox-outcome-choose = ਨਤੀਜਾ ਚੁਣੋ
inbox-close = ਬੰਦ ਕਰੋ
inbox-error-outcome = ਰੈਫ਼ਰਲ ਬੰਦ ਕਰਨ ਲਈ ਨਤੀਜਾ ਚੁਣੋ।
inbox-saved = ਸੇਵ ਹੋ ਗਿਆ।

## Notes (seen by the receiving organisation only)

inbox-notes = ਨੋਟ
inbox-notes-none = ਅਜੇ ਕੋਈ ਨੋਟ ਨਹੀਂ।
inbox-note-add = ਨੋਟ ਜੋੜੋ
inbox-note-label = ਨੋਟ
inbox-note-hint = ਨੋਟ ਸਿਰਫ਼ ਉਹ ਲੋਕ ਦੇਖਦੇ ਹਨ ਜੋ ਇਸ ਸੇਵਾ ਦੇ ਰੈਫ਼ਰਲਾਂ 'ਤੇ ਕੰਮ ਕਰਦੇ ਹਨ। ਵੱਧ ਤੋਂ ਵੱਧ 2,000 ਅੱਖਰ।
inbox-note-submit = ਨੋਟ ਜੋੜੋ
inbox-note-by = { $author }, { $time }
