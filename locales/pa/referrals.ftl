# Signpost — ਪੰਜਾਬੀ. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Referring a family (the phone's side)

refer-title = { $service } ਕੋਲ ਰੈਫ਼ਰ ਕਰੋ
refer-not-accepting = ਇਹ ਸੇਵਾ Signpost ਰਾਹੀਂ ਰੈਫ਼ਰਲ ਨਹੀਂ ਲੈਂਦੀ। ਸਿੱਧਾ ਸੇਵਾ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
refer-needs-javascript = ਰੈਫ਼ਰਲ ਭੇਜੇ ਜਾ ਸਕਣ ਤੱਕ ਇਸ ਫ਼ੋਨ 'ਤੇ ਰੱਖੇ ਜਾਂਦੇ ਹਨ, ਅਤੇ ਇਸ ਲਈ JavaScript ਚਾਹੀਦੀ ਹੈ। JavaScript ਚਾਲੂ ਕਰੋ, ਜਾਂ ਸਿੱਧਾ ਸੇਵਾ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
refer-step-consent = 1. ਸਹਿਮਤੀ ਮੰਗੋ
refer-consent-language = ਬਿਆਨ ਕਿਸ ਭਾਸ਼ਾ ਵਿੱਚ ਪੜ੍ਹਨਾ ਹੈ
referral-consent-statement = ਅਸੀਂ ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ { $service } ਨੂੰ ਭੇਜਣਾ ਚਾਹੁੰਦੇ ਹਾਂ, ਤਾਂ ਜੋ ਉਹ ਤੁਹਾਨੂੰ ਲੋੜੀਂਦੀ ਮਦਦ ਬਾਰੇ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਣ। ਅਸੀਂ ਤੁਹਾਡਾ ਨਾਮ, ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਦਾ ਤਰੀਕਾ, ਤੁਹਾਡੀ ਪਸੰਦ ਦੀ ਭਾਸ਼ਾ ਅਤੇ ਤੁਹਾਨੂੰ ਕਿਹੜੀ ਮਦਦ ਦੀ ਲੋੜ ਹੈ, ਇਹ ਸਾਂਝਾ ਕਰਾਂਗੇ। ਇਹ ਸਿਰਫ਼ ਉਹ ਸੇਵਾ ਅਤੇ ਅੱਜ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਰਿਹਾ ਵਿਅਕਤੀ ਹੀ ਦੇਖਣਗੇ। ਜਦੋਂ { $period } ਤੱਕ ਕਿਸੇ ਨੇ ਵੀ ਰੈਫ਼ਰਲ 'ਤੇ ਕੰਮ ਨਾ ਕੀਤਾ ਹੋਵੇ, ਤਾਂ ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਮਿਟਾ ਦਿੱਤੀ ਜਾਂਦੀ ਹੈ। ਤੁਸੀਂ ਨਾਂਹ ਕਹਿ ਸਕਦੇ ਹੋ, ਅਤੇ ਇਸ ਨਾਲ ਉਹ ਮਦਦ ਨਹੀਂ ਬਦਲੇਗੀ ਜੋ ਅਸੀਂ ਅੱਜ ਤੁਹਾਨੂੰ ਦਿੰਦੇ ਹਾਂ। ਤੁਸੀਂ ਬਾਅਦ ਵਿੱਚ ਸੇਵਾ ਨਾਲ ਸੰਪਰਕ ਕਰਕੇ ਆਪਣਾ ਫ਼ੈਸਲਾ ਬਦਲ ਸਕਦੇ ਹੋ।
refer-consent-given = ਵਿਅਕਤੀ ਨੇ ਇਹ ਬਿਆਨ ਸੁਣ ਲਿਆ ਹੈ ਅਤੇ ਉਹ ਸਹਿਮਤ ਹਨ
refer-consent-missing = ਵਿਅਕਤੀ ਦੀ ਸਹਿਮਤੀ ਤੋਂ ਬਿਨਾਂ ਕੁਝ ਵੀ ਸੇਵ ਜਾਂ ਭੇਜਿਆ ਨਹੀਂ ਜਾਂਦਾ।
refer-consent-machine-draft = ਇਸ ਅਨੁਵਾਦ ਦੀ ਅਜੇ ਤੱਕ ਕਿਸੇ ਰਵਾਨੀ ਨਾਲ ਬੋਲਣ ਵਾਲੇ ਨੇ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ: ਇਹ ਮਸ਼ੀਨ ਨਾਲ ਤਿਆਰ ਕੀਤਾ ਖਰੜਾ ਹੈ। ਜੇ ਵਿਅਕਤੀ ਸ਼ਾਇਦ ਇਸਨੂੰ ਪੂਰੀ ਤਰ੍ਹਾਂ ਨਾ ਸਮਝ ਸਕਣ, ਤਾਂ ਦੁਭਾਸ਼ੀਏ ਦੀ ਮਦਦ ਲਓ।
refer-consent-in-english = ਇਸ ਅਨੁਵਾਦ ਦੇ ਬਣਨ ਤੋਂ ਬਾਅਦ ਅੰਗਰੇਜ਼ੀ ਬਿਆਨ ਬਦਲ ਗਿਆ ਹੈ, ਇਸ ਲਈ ਜਦੋਂ ਤੱਕ ਇਸਦਾ ਦੁਬਾਰਾ ਅਨੁਵਾਦ ਨਹੀਂ ਹੁੰਦਾ, ਇਹ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ। ਦੁਭਾਸ਼ੀਏ ਦੀ ਮਦਦ ਲਓ।
refer-privacy-title = ਨਿੱਜਤਾ ਸੂਚਨਾ
refer-privacy-body = Signpost ਇਸ ਰੈਫ਼ਰਲ ਨੂੰ ਇਸ ਫ਼ੋਨ 'ਤੇ, ਕੋਡ ਨਾਲ ਲੌਕ ਕਰਕੇ, ਸਿਰਫ਼ ਉਦੋਂ ਤੱਕ ਰੱਖਦਾ ਹੈ ਜਦੋਂ ਤੱਕ ਇਹ ਸੇਵਾ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਜਾਂਦਾ। ਉਸ ਤੋਂ ਬਾਅਦ ਫ਼ੋਨ 'ਤੇ ਸਿਰਫ਼ ਇੱਕ ਨੋਟ ਰਹਿੰਦਾ ਹੈ ਕਿ ਇਹ ਭੇਜਿਆ ਗਿਆ ਸੀ, ਬਿਨਾਂ ਕਿਸੇ ਨਿੱਜੀ ਜਾਣਕਾਰੀ ਦੇ। ਜਾਣਕਾਰੀ ਸਿਰਫ਼ ਇਹ ਲੋਕ ਦੇਖ ਸਕਦੇ ਹਨ: ਸੇਵਾ ਦੇ ਮੈਨੇਜਰ, ਉਹ ਕਰਮਚਾਰੀ ਜਿਨ੍ਹਾਂ ਨੂੰ ਮੈਨੇਜਰ ਇਸਦੇ ਰੈਫ਼ਰਲ ਸੰਭਾਲਣ ਲਈ ਚੁਣਦੇ ਹਨ, ਅਤੇ ਤੁਸੀਂ। ਤੁਹਾਡੀ ਸੰਸਥਾ ਵਿੱਚ ਹੋਰ ਕੋਈ ਇਸਨੂੰ ਨਹੀਂ ਦੇਖ ਸਕਦਾ। ਨੈੱਟਵਰਕ ਦਾ ਕੋਆਰਡੀਨੇਟਰ ਸਿਰਫ਼ ਗਿਣਤੀਆਂ ਦੇਖਦਾ ਹੈ, ਨਾਮ ਕਦੇ ਨਹੀਂ। ਜਦੋਂ { $period } ਤੱਕ ਕਿਸੇ ਨੇ ਰੈਫ਼ਰਲ 'ਤੇ ਕੰਮ ਨਾ ਕੀਤਾ ਹੋਵੇ, ਤਾਂ ਜਾਣਕਾਰੀ ਮਿਟਾ ਦਿੱਤੀ ਜਾਂਦੀ ਹੈ, ਭਾਵੇਂ ਰੈਫ਼ਰਲ ਨਾਲ ਜੋ ਵੀ ਹੋਇਆ ਹੋਵੇ।
refer-step-details = 2. ਰੈਫ਼ਰਲ
refer-name = ਵਿਅਕਤੀ ਦਾ ਨਾਮ
refer-contact-method = ਉਹਨਾਂ ਨਾਲ ਕਿਵੇਂ ਸੰਪਰਕ ਕੀਤਾ ਜਾਵੇ
refer-contact-detail-phone = ਫ਼ੋਨ ਨੰਬਰ
refer-contact-detail-sms = ਮੋਬਾਈਲ ਨੰਬਰ
refer-contact-detail-email = ਈਮੇਲ ਪਤਾ
refer-contact-detail-letter = ਡਾਕ ਪਤਾ
refer-language = ਪਸੰਦ ਦੀ ਭਾਸ਼ਾ
refer-choose = ਚੁਣੋ…
refer-language-other = ਕੋਈ ਹੋਰ ਭਾਸ਼ਾ
refer-language-other-name = ਭਾਸ਼ਾ ਦਾ ਨਾਂ
refer-interpreter = ਦੁਭਾਸ਼ੀਏ ਦੀ ਲੋੜ ਹੈ
refer-needs = ਉਹਨਾਂ ਨੂੰ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ
refer-support = ਲੋੜੀਂਦੀ ਮਦਦ, ਤੁਹਾਡੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ
refer-urgency = ਇਹ ਕਿੰਨਾ ਜ਼ਰੂਰੀ ਹੈ
refer-safeguarding = ਸੁਰੱਖਿਆ ਦੀ ਚਿੰਤਾ ਹੈ
refer-safeguarding-hint = ਇਸ ਨਾਲ ਸਿਰਫ਼ ਸੇਵਾ ਨੂੰ ਪਤਾ ਲੱਗਦਾ ਹੈ। ਹੁਣੇ, ਆਪਣੀ ਸੰਸਥਾ ਦੇ ਸੁਰੱਖਿਆ ਨਿਯਮਾਂ ਦੀ ਵੀ ਪਾਲਣਾ ਕਰੋ।
refer-referrer-contact = ਤੁਹਾਡਾ ਫ਼ੋਨ ਨੰਬਰ ਜਾਂ ਈਮੇਲ ਪਤਾ
refer-submit = ਰੈਫ਼ਰਲ ਸੇਵ ਕਰੋ
refer-storage-failed = ਇਹ ਫ਼ੋਨ ਰੈਫ਼ਰਲ ਨਹੀਂ ਰੱਖ ਸਕਿਆ, ਇਸ ਲਈ ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ। ਸਿੱਧਾ ਸੇਵਾ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
refer-sign-in = ਪਰਿਵਾਰ ਨੂੰ ਰੈਫ਼ਰ ਕਰਨ ਲਈ ਸਾਈਨ ਇਨ ਕਰੋ। ਰੈਫ਼ਰਲ ਇਸ ਫ਼ੋਨ 'ਤੇ ਤੁਹਾਡੇ ਨਾਮ ਹੇਠ ਰੱਖੇ ਜਾਂਦੇ ਹਨ, ਇਸ ਲਈ ਕਨੈਕਸ਼ਨ ਹੋਣ ਵੇਲੇ ਸਾਈਨ ਇਨ ਕਰੋ; ਉਸ ਤੋਂ ਬਾਅਦ ਤੁਸੀਂ ਬਿਨਾਂ ਸਿਗਨਲ ਦੇ ਵੀ ਰੈਫ਼ਰ ਕਰ ਸਕਦੇ ਹੋ।

## The referrals on this phone

outbox-title = ਇਸ ਫ਼ੋਨ 'ਤੇ ਰੈਫ਼ਰਲ
outbox-empty = ਇਸ ਫ਼ੋਨ 'ਤੇ ਕੋਈ ਰੈਫ਼ਰਲ ਨਹੀਂ ਹੈ।
outbox-offline = ਕਨੈਕਸ਼ਨ ਨਹੀਂ ਹੈ: ਫ਼ੋਨ ਦੇ ਦੁਬਾਰਾ ਔਨਲਾਈਨ ਹੋਣ 'ਤੇ ਉਡੀਕ ਵਿੱਚ ਪਏ ਰੈਫ਼ਰਲ ਭੇਜ ਦਿੱਤੇ ਜਾਣਗੇ।
outbox-sign-in = ਉਡੀਕ ਵਿੱਚ ਪਏ ਰੈਫ਼ਰਲ ਭੇਜਣ ਲਈ ਸਾਈਨ ਇਨ ਕਰੋ। ਉਦੋਂ ਤੱਕ ਉਹ ਇਸੇ ਫ਼ੋਨ 'ਤੇ ਰਹਿਣਗੇ।
outbox-sign-in-link = ਸਾਈਨ ਇਨ ਕਰੋ
outbox-unavailable = ਇਹ ਬ੍ਰਾਊਜ਼ਰ ਫ਼ੋਨ 'ਤੇ ਰੈਫ਼ਰਲ ਨਹੀਂ ਰੱਖ ਸਕਦਾ। ਸਿੱਧਾ ਸੇਵਾਵਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
outbox-send-now = ਹੁਣੇ ਭੇਜੋ
outbox-sending = ਭੇਜਿਆ ਜਾ ਰਿਹਾ ਹੈ…
outbox-state-queued = ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ
outbox-state-sending = ਭੇਜਿਆ ਜਾ ਰਿਹਾ ਹੈ
outbox-state-delivered = ਸੇਵਾ ਤੱਕ ਪਹੁੰਚ ਗਿਆ
outbox-state-conflict = ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ: ਸਰਵਰ 'ਤੇ ਇਸੇ ਨੰਬਰ ਵਾਲਾ ਇੱਕ ਵੱਖਰਾ ਰੈਫ਼ਰਲ ਪਹਿਲਾਂ ਹੀ ਹੈ। ਸੇਵਾ ਤੋਂ ਪਤਾ ਕਰੋ, ਫਿਰ ਇਸਨੂੰ ਹਟਾ ਦਿਓ।
outbox-state-refused = ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ: ਇਸ ਵਿੱਚ ਸੁਧਾਰ ਦੀ ਲੋੜ ਹੈ।
outbox-error-too-large = ਇਹ ਰੈਫ਼ਰਲ ਭੇਜਣ ਲਈ ਬਹੁਤ ਵੱਡਾ ਹੈ। ਸਿੱਧਾ ਸੇਵਾ ਨਾਲ ਸੰਪਰਕ ਕਰੋ, ਫਿਰ ਇਸਨੂੰ ਇਸ ਫ਼ੋਨ ਤੋਂ ਹਟਾ ਦਿਓ।
outbox-others-waiting = { $count ->
    [one] ਕਿਸੇ ਹੋਰ ਕਰਮਚਾਰੀ ਦਾ ਬਣਾਇਆ { $count } ਰੈਫ਼ਰਲ ਇਸ ਫ਼ੋਨ 'ਤੇ ਉਡੀਕ ਵਿੱਚ ਹੈ। ਸਿਰਫ਼ ਉਹੀ ਇਸਨੂੰ ਦੇਖ ਜਾਂ ਭੇਜ ਸਕਦੇ ਹਨ, ਜਦੋਂ ਉਹ ਦੁਬਾਰਾ ਸਾਈਨ ਇਨ ਕਰਨਗੇ।
   *[other] ਹੋਰ ਕਰਮਚਾਰੀਆਂ ਦੇ ਬਣਾਏ { $count } ਰੈਫ਼ਰਲ ਇਸ ਫ਼ੋਨ 'ਤੇ ਉਡੀਕ ਵਿੱਚ ਹਨ। ਸਿਰਫ਼ ਉਹੀ ਇਹਨਾਂ ਨੂੰ ਦੇਖ ਜਾਂ ਭੇਜ ਸਕਦੇ ਹਨ, ਜਦੋਂ ਉਹ ਦੁਬਾਰਾ ਸਾਈਨ ਇਨ ਕਰਨਗੇ।
}
outbox-password-link = ਆਪਣਾ ਪਾਸਵਰਡ ਬਦਲੋ
outbox-state-not-accepting = ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ: ਇਹ ਸੇਵਾ ਹੁਣ Signpost ਰਾਹੀਂ ਰੈਫ਼ਰਲ ਨਹੀਂ ਲੈਂਦੀ। ਸੇਵਾ ਨਾਲ ਸੰਪਰਕ ਕਰੋ, ਜਾਂ ਕਿਸੇ ਹੋਰ ਸੇਵਾ ਕੋਲ ਰੈਫ਼ਰ ਕਰੋ; ਫਿਰ ਇਸਨੂੰ ਹਟਾ ਦਿਓ।
outbox-answer = ਸੇਵਾ ਦਾ ਜਵਾਬ: { $status }
outbox-remove = ਇਸ ਫ਼ੋਨ ਤੋਂ ਹਟਾਓ
outbox-sign-out = ਸਾਈਨ ਆਊਟ ਕਰੋ
outbox-sign-out-warning = { $count ->
    [one] { $count } ਰੈਫ਼ਰਲ ਅਜੇ ਤੱਕ ਭੇਜਿਆ ਨਹੀਂ ਗਿਆ। ਸਾਈਨ ਆਊਟ ਕਰਨ ਨਾਲ ਇਹ ਇਸ ਫ਼ੋਨ ਤੋਂ ਮਿਟ ਜਾਵੇਗਾ। ਫਿਰ ਵੀ ਸਾਈਨ ਆਊਟ ਕਰਨਾ ਹੈ?
   *[other] { $count } ਰੈਫ਼ਰਲ ਅਜੇ ਤੱਕ ਭੇਜੇ ਨਹੀਂ ਗਏ। ਸਾਈਨ ਆਊਟ ਕਰਨ ਨਾਲ ਇਹ ਇਸ ਫ਼ੋਨ ਤੋਂ ਮਿਟ ਜਾਣਗੇ। ਫਿਰ ਵੀ ਸਾਈਨ ਆਊਟ ਕਰਨਾ ਹੈ?
}

## A referral's status, outcome, urgency and contact method (the outbox, the form and the inbox)

referral-status-new = ਨਵਾਂ
referral-status-seen = ਦੇਖਿਆ ਗਿਆ
referral-status-accepted = ਸਵੀਕਾਰ ਕੀਤਾ
referral-status-declined = ਨਾਮਨਜ਼ੂਰ ਕੀਤਾ
referral-status-closed = ਬੰਦ
referral-outcome-supported = ਮਦਦ ਦਿੱਤੀ ਗਈ
referral-outcome-could-not-contact = ਸੰਪਰਕ ਨਹੀਂ ਹੋ ਸਕਿਆ
referral-outcome-no-longer-needed = ਹੁਣ ਲੋੜ ਨਹੀਂ
referral-outcome-referred-elsewhere = ਕਿਤੇ ਹੋਰ ਰੈਫ਼ਰ ਕੀਤਾ
referral-urgency-routine = ਕੋਈ ਕਾਹਲੀ ਨਹੀਂ
referral-urgency-soon = ਜਲਦੀ
referral-urgency-urgent = ਬਹੁਤ ਜ਼ਰੂਰੀ
referral-contact-phone = ਫ਼ੋਨ ਕਾਲ
referral-contact-sms = ਟੈਕਸਟ ਸੁਨੇਹਾ
referral-contact-email = ਈਮੇਲ
referral-contact-letter = ਚਿੱਠੀ
referral-contact-through-referrer = ਰੈਫ਼ਰ ਕਰਨ ਵਾਲੇ ਵਿਅਕਤੀ ਰਾਹੀਂ

## Errors of a referral (the form, the outbox and the inbox show them)

referral-error-name-required = ਵਿਅਕਤੀ ਦਾ ਨਾਮ ਭਰੋ।
referral-error-name-too-long = ਨਾਮ ਵੱਧ ਤੋਂ ਵੱਧ 100 ਅੱਖਰਾਂ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
referral-error-phone-invalid = 0116 496 0123 ਵਰਗਾ ਫ਼ੋਨ ਨੰਬਰ ਭਰੋ।
referral-error-mobile-invalid = ਸੁਨੇਹਿਆਂ ਲਈ 07700 900123 ਵਰਗਾ ਮੋਬਾਈਲ ਨੰਬਰ ਭਰੋ।
referral-error-email-invalid = name@example.org ਵਰਗਾ ਈਮੇਲ ਪਤਾ ਭਰੋ।
referral-error-address-invalid = ਡਾਕ ਪਤਾ ਭਰੋ (8 ਤੋਂ 300 ਅੱਖਰ)।
referral-error-language-invalid = ਵਿਅਕਤੀ ਦੀ ਪਸੰਦ ਦੀ ਭਾਸ਼ਾ ਚੁਣੋ।
referral-error-language-name = ਭਾਸ਼ਾ ਦਾ ਨਾਂ ਅੱਖਰਾਂ ਵਿੱਚ ਲਿਖੋ।
referral-error-support-required = ਘੱਟੋ-ਘੱਟ ਇੱਕ ਲੋੜ ਚੁਣੋ, ਜਾਂ ਦੱਸੋ ਕਿ ਕਿਹੜੀ ਮਦਦ ਚਾਹੀਦੀ ਹੈ।
referral-error-support-too-long = ਵੇਰਵਾ ਵੱਧ ਤੋਂ ਵੱਧ 2,000 ਅੱਖਰਾਂ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
referral-error-referrer-contact-invalid = ਆਪਣਾ ਫ਼ੋਨ ਨੰਬਰ ਜਾਂ ਈਮੇਲ ਪਤਾ ਭਰੋ, ਤਾਂ ਜੋ ਸੇਵਾ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕੇ।
referral-error-consent-required = ਰੈਫ਼ਰਲ ਸੇਵ ਕਰਨ ਜਾਂ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਵਿਅਕਤੀ ਦੀ ਸਹਿਮਤੀ ਜ਼ਰੂਰੀ ਹੈ।
referral-error-consent-invalid = ਸਹਿਮਤੀ ਦਾ ਰਿਕਾਰਡ ਸਹੀ ਨਹੀਂ ਹੈ। ਵਿਅਕਤੀ ਨਾਲ ਸਹਿਮਤੀ ਦਾ ਬਿਆਨ ਦੁਬਾਰਾ ਪੜ੍ਹੋ।
referral-error-consent-unknown = ਇਸ ਫ਼ੋਨ 'ਤੇ ਮੌਜੂਦ ਸਹਿਮਤੀ ਦੇ ਬਿਆਨ ਨੂੰ ਸਰਵਰ ਨਹੀਂ ਪਛਾਣਦਾ। Signpost ਨੂੰ ਅੱਪਡੇਟ ਕਰੋ, ਫਿਰ ਵਿਅਕਤੀ ਨਾਲ ਬਿਆਨ ਦੁਬਾਰਾ ਪੜ੍ਹੋ।
referral-error-reason-required = ਨਾਮਨਜ਼ੂਰ ਕਰਨ ਦਾ ਕਾਰਨ ਦੱਸੋ।
referral-error-reason-too-long = ਕਾਰਨ ਵੱਧ ਤੋਂ ਵੱਧ 500 ਅੱਖਰਾਂ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
referral-error-status-change = ਉਹ ਬਦਲਾਅ ਹੁਣ ਨਹੀਂ ਹੋ ਸਕਦਾ। ਰੈਫ਼ਰਲ ਦੀ ਮੌਜੂਦਾ ਸਥਿਤੀ ਦੇਖਣ ਲਈ ਪੰਨਾ ਦੁਬਾਰਾ ਲੋਡ ਕਰੋ।
referral-error-purged = ਜਾਣਕਾਰੀ ਰੱਖਣ ਦੀ ਨੀਤੀ ਅਧੀਨ ਇਸ ਰੈਫ਼ਰਲ ਦੀ ਨਿੱਜੀ ਜਾਣਕਾਰੀ ਹਟਾ ਦਿੱਤੀ ਗਈ ਹੈ।
referral-error-note = ਨੋਟ ਵਿੱਚ 1 ਤੋਂ 2,000 ਅੱਖਰ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ।
referral-error-batch = ਭੇਜੇ ਗਏ ਰੈਫ਼ਰਲ ਪੜ੍ਹੇ ਨਹੀਂ ਜਾ ਸਕੇ। ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ; ਉਹ ਅਜੇ ਵੀ ਫ਼ੋਨ 'ਤੇ ਹਨ।
