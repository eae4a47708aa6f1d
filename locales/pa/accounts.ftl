# Signpost — ਪੰਜਾਬੀ. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

# ਸੱਦੇ: ਸੰਸਥਾ ਦਾ ਐਡਮਿਨ ਕਿਸੇ ਮੈਂਬਰ ਨੂੰ ਸੱਦਾ ਭੇਜਦਾ ਹੈ, ਜੋ ਆਪਣਾ ਖਾਤਾ ਬਣਾਉਂਦਾ ਹੈ।

## Inviting a member (/members/invite)

invite-title = ਮੈਂਬਰ ਨੂੰ ਸੱਦਾ ਭੇਜੋ
invite-intro = ਤੁਹਾਡੀ ਸੰਸਥਾ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣ ਵਾਲੇ ਵਿਅਕਤੀ ਲਈ ਇੱਕ ਲਿੰਕ ਬਣਾਓ। ਉਹ ਇਸਨੂੰ ਖੋਲ੍ਹਦੇ ਹਨ, ਆਪਣਾ ਈਮੇਲ ਪਤਾ ਭਰਦੇ ਹਨ ਅਤੇ ਆਪਣਾ ਪਾਸਵਰਡ ਖ਼ੁਦ ਚੁਣਦੇ ਹਨ।
invite-role-legend = ਉਹਨਾਂ ਦੀ ਭੂਮਿਕਾ
invite-role-worker = ਕਰਮਚਾਰੀ
invite-role-worker-hint = ਪਰਿਵਾਰਾਂ ਨੂੰ ਸੇਵਾਵਾਂ ਕੋਲ ਰੈਫ਼ਰ ਕਰਦੇ ਹਨ।
invite-role-org-admin = ਸੰਸਥਾ ਐਡਮਿਨ
invite-role-org-admin-hint = ਮੈਂਬਰਾਂ ਨੂੰ ਸੱਦਾ ਵੀ ਭੇਜਦੇ ਹਨ ਅਤੇ ਤੁਹਾਡੀ ਸੰਸਥਾ ਦੀਆਂ ਸੇਵਾਵਾਂ ਨੂੰ ਮਿਲਣ ਵਾਲੇ ਰੈਫ਼ਰਲਾਂ 'ਤੇ ਕੰਮ ਕਰਦੇ ਹਨ।
invite-submit = ਸੱਦੇ ਦਾ ਲਿੰਕ ਬਣਾਓ
invite-created = ਸੱਦੇ ਦਾ ਲਿੰਕ ਤਿਆਰ ਹੈ। ਇਸਨੂੰ ਹੁਣੇ ਕਾਪੀ ਕਰੋ ਅਤੇ ਨਵੇਂ ਮੈਂਬਰ ਨੂੰ ਭੇਜੋ।
invite-link-label = ਸੱਦੇ ਦਾ ਲਿੰਕ
invite-link-hint =
    { $days ->
        [one] ਇਹ ਇੱਕ ਵਾਰ, { $days } ਦਿਨ ਲਈ ਕੰਮ ਕਰਦਾ ਹੈ। ਇਹ ਸਿਰਫ਼ ਹੁਣੇ ਦਿਖਾਇਆ ਜਾ ਰਿਹਾ ਹੈ: ਜੇ ਇਹ ਗੁਆਚ ਜਾਵੇ, ਤਾਂ ਨਵਾਂ ਲਿੰਕ ਬਣਾਓ।
       *[other] ਇਹ ਇੱਕ ਵਾਰ, { $days } ਦਿਨਾਂ ਲਈ ਕੰਮ ਕਰਦਾ ਹੈ। ਇਹ ਸਿਰਫ਼ ਹੁਣੇ ਦਿਖਾਇਆ ਜਾ ਰਿਹਾ ਹੈ: ਜੇ ਇਹ ਗੁਆਚ ਜਾਵੇ, ਤਾਂ ਨਵਾਂ ਲਿੰਕ ਬਣਾਓ।
    }
invite-sign-in-needed = ਮੈਂਬਰਾਂ ਨੂੰ ਸੱਦਾ ਭੇਜਣ ਲਈ ਆਪਣੇ ਸੰਸਥਾ ਐਡਮਿਨ ਖਾਤੇ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰੋ।
invite-forbidden = ਸਿਰਫ਼ ਤੁਹਾਡੀ ਸੰਸਥਾ ਦੇ ਐਡਮਿਨ ਹੀ ਮੈਂਬਰਾਂ ਨੂੰ ਸੱਦਾ ਭੇਜ ਸਕਦੇ ਹਨ।

## Accepting an invitation (/invite/<token>)

invite-accept-title = Signpost 'ਤੇ ਆਪਣੀ ਸੰਸਥਾ ਨਾਲ ਜੁੜੋ
invite-accept-intro = ਤੁਹਾਨੂੰ ਆਪਣੀ ਸੰਸਥਾ ਨਾਲ ਰੈਫ਼ਰਲ ਕਰਨ ਲਈ ਸੱਦਾ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਆਪਣਾ ਖਾਤਾ ਬਣਾਉਣ ਲਈ ਆਪਣਾ ਈਮੇਲ ਪਤਾ ਭਰੋ ਅਤੇ ਪਾਸਵਰਡ ਚੁਣੋ।
invite-accept-password = ਪਾਸਵਰਡ ਚੁਣੋ
invite-accept-password-hint = ਘੱਟੋ-ਘੱਟ { $min } ਅੱਖਰ। ਕੁਝ ਸ਼ਬਦ ਜੋ ਤੁਹਾਨੂੰ ਯਾਦ ਰਹਿਣ, ਚੰਗੇ ਰਹਿੰਦੇ ਹਨ।
invite-accept-submit = ਮੇਰਾ ਖਾਤਾ ਬਣਾਓ
invite-accept-needs-connection = ਖਾਤਾ ਬਣਾਉਣ ਲਈ ਕਨੈਕਸ਼ਨ ਚਾਹੀਦਾ ਹੈ।

## Members (/members)

members-title = ਤੁਹਾਡੀ ਸੰਸਥਾ ਦੇ ਮੈਂਬਰ
members-intro = ਇੱਥੇ ਦਿੱਤੇ ਸਾਰੇ ਲੋਕ ਤੁਹਾਡੀ ਸੰਸਥਾ ਲਈ Signpost ਵਿੱਚ ਸਾਈਨ ਇਨ ਕਰ ਸਕਦੇ ਹਨ। ਜਦੋਂ ਕੋਈ ਛੱਡ ਕੇ ਚਲਾ ਜਾਵੇ, ਤਾਂ ਉਸਦੀ ਪਹੁੰਚ ਹਟਾ ਦਿਓ: ਉਹ ਫਿਰ ਸਾਈਨ ਇਨ ਨਹੀਂ ਕਰ ਸਕਣਗੇ, ਅਤੇ ਉਹਨਾਂ ਦੇ ਭੇਜੇ ਰੈਫ਼ਰਲ ਉਹਨਾਂ ਹੀ ਸੇਵਾਵਾਂ ਕੋਲ ਰਹਿਣਗੇ ਜਿਨ੍ਹਾਂ ਨੂੰ ਉਹ ਮਿਲੇ ਸਨ।
members-joined = { $date } ਨੂੰ ਜੁੜੇ
members-you = ਇਹ ਤੁਸੀਂ ਹੋ।
members-remove-short = ਪਹੁੰਚ ਹਟਾਓ
members-remove = { $email } ਦੀ ਪਹੁੰਚ ਹਟਾਓ
members-removed = ਪਹੁੰਚ ਹਟਾ ਦਿੱਤੀ ਗਈ।
members-role-coordinator = ਕੋਆਰਡੀਨੇਟਰ
members-sign-in-needed = ਮੈਂਬਰਾਂ ਨੂੰ ਦੇਖਣ ਲਈ ਆਪਣੇ ਸੰਸਥਾ ਐਡਮਿਨ ਖਾਤੇ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰੋ।
members-forbidden = ਸਿਰਫ਼ ਤੁਹਾਡੀ ਸੰਸਥਾ ਦੇ ਐਡਮਿਨ ਹੀ ਇਸਦੇ ਮੈਂਬਰਾਂ ਨੂੰ ਦੇਖ ਅਤੇ ਸੰਭਾਲ ਸਕਦੇ ਹਨ।
members-unsent-intro = ਜਿਨ੍ਹਾਂ ਲੋਕਾਂ ਦੀ ਪਹੁੰਚ ਤੁਸੀਂ ਹਟਾਈ, ਉਹਨਾਂ ਵਿੱਚੋਂ ਕੁਝ ਦੇ ਰੈਫ਼ਰਲ ਕਿਸੇ ਫ਼ੋਨ 'ਤੇ ਰਹਿ ਗਏ ਜੋ ਕਦੇ ਭੇਜੇ ਨਹੀਂ ਗਏ। ਉਹ ਹੁਣ ਭੇਜੇ ਨਹੀਂ ਜਾ ਸਕਦੇ: ਉਹਨਾਂ ਪਰਿਵਾਰਾਂ ਨਾਲ, ਜਾਂ ਸੇਵਾਵਾਂ ਨਾਲ, ਕਿਸੇ ਹੋਰ ਤਰੀਕੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
members-unsent-item = { $count ->
    [one] { $count } ਰੈਫ਼ਰਲ, { $since } ਤੋਂ ਉਡੀਕ ਵਿੱਚ
   *[other] { $count } ਰੈਫ਼ਰਲ, { $since } ਤੋਂ ਉਡੀਕ ਵਿੱਚ
}

## Changing your password (/account/password)

password-title = ਆਪਣਾ ਪਾਸਵਰਡ ਬਦਲੋ
password-intro = ਨਵਾਂ ਪਾਸਵਰਡ ਚੁਣੋ। ਤੁਸੀਂ ਇੱਥੇ ਸਾਈਨ ਇਨ ਰਹੋਗੇ; ਹੋਰ ਜਿੱਥੇ ਵੀ ਤੁਸੀਂ ਸਾਈਨ ਇਨ ਹੋ, ਉੱਥੇ ਤੁਹਾਨੂੰ ਨਵੇਂ ਪਾਸਵਰਡ ਦੀ ਲੋੜ ਪਵੇਗੀ।
password-current = ਤੁਹਾਡਾ ਮੌਜੂਦਾ ਪਾਸਵਰਡ
password-new = ਨਵਾਂ ਪਾਸਵਰਡ
password-new-hint = ਘੱਟੋ-ਘੱਟ { $min } ਅੱਖਰ, ਅਤੇ ਕੋਈ ਆਮ ਪਾਸਵਰਡ ਨਹੀਂ। ਕੁਝ ਸ਼ਬਦ ਜੋ ਤੁਹਾਨੂੰ ਯਾਦ ਰਹਿਣ, ਚੰਗੇ ਰਹਿੰਦੇ ਹਨ।
password-confirm = ਨਵਾਂ ਪਾਸਵਰਡ ਦੁਬਾਰਾ
password-submit = ਮੇਰਾ ਪਾਸਵਰਡ ਬਦਲੋ
password-changed = ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਬਦਲ ਦਿੱਤਾ ਗਿਆ ਹੈ।

## Errors of the account pages

account-error-password-short = ਘੱਟੋ-ਘੱਟ 12 ਅੱਖਰਾਂ ਦਾ ਪਾਸਵਰਡ ਚੁਣੋ।
account-error-password-long = ਵੱਧ ਤੋਂ ਵੱਧ 128 ਅੱਖਰਾਂ ਦਾ ਪਾਸਵਰਡ ਚੁਣੋ।
account-error-password-common = ਉਸ ਪਾਸਵਰਡ ਦਾ ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਬਹੁਤ ਸੌਖਾ ਹੈ। ਕੋਈ ਹੋਰ ਚੁਣੋ: ਕੁਝ ਸ਼ਬਦ ਜੋ ਤੁਹਾਨੂੰ ਯਾਦ ਰਹਿਣ, ਚੰਗੇ ਰਹਿੰਦੇ ਹਨ।
account-error-password-mismatch = ਦੋਵੇਂ ਨਵੇਂ ਪਾਸਵਰਡ ਇੱਕੋ ਜਿਹੇ ਨਹੀਂ ਹਨ। ਨਵਾਂ ਪਾਸਵਰਡ ਦੁਬਾਰਾ ਲਿਖੋ।
account-error-password-same = ਨਵਾਂ ਪਾਸਵਰਡ ਪੁਰਾਣੇ ਵਾਲਾ ਹੀ ਹੈ। ਕੋਈ ਵੱਖਰਾ ਚੁਣੋ।
account-error-current-password = ਤੁਹਾਡਾ ਮੌਜੂਦਾ ਪਾਸਵਰਡ ਸਹੀ ਨਹੀਂ ਹੈ। ਇਸਨੂੰ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
account-error-email-invalid = name@example.org ਵਰਗਾ ਈਮੇਲ ਪਤਾ ਭਰੋ।
account-error-email-taken = ਉਸ ਈਮੇਲ ਪਤੇ ਨਾਲ ਪਹਿਲਾਂ ਹੀ ਇੱਕ ਖਾਤਾ ਹੈ।
account-error-remove-self = ਤੁਸੀਂ ਆਪਣੀ ਖ਼ੁਦ ਦੀ ਪਹੁੰਚ ਨਹੀਂ ਹਟਾ ਸਕਦੇ। ਆਪਣੀ ਸੰਸਥਾ ਦੇ ਕਿਸੇ ਹੋਰ ਐਡਮਿਨ ਨੂੰ ਕਹੋ।
account-error-invitation = ਇਸ ਸੱਦੇ ਦੇ ਲਿੰਕ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ ਜਾਂ ਇਹ ਪਹਿਲਾਂ ਹੀ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ। ਨਵਾਂ ਲਿੰਕ ਮੰਗੋ।
account-error-role = ਸੱਦੇ ਸਿਰਫ਼ ਕਰਮਚਾਰੀਆਂ ਜਾਂ ਸੰਸਥਾ ਐਡਮਿਨਾਂ ਲਈ ਹੋ ਸਕਦੇ ਹਨ।
