# Signpost — ਪੰਜਾਬੀ. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

# Listings kept by the network: the fields of a listing, as a change's before/after shows them.
listing-field-name = ਨਾਮ
listing-field-description = ਵੇਰਵਾ
listing-field-status = ਖੁੱਲ੍ਹੀ ਹੈ ਜਾਂ ਬੰਦ
listing-field-eligibility = ਕਿਸ ਲਈ ਹੈ
listing-field-ages = ਉਮਰ
listing-field-cost = ਖ਼ਰਚਾ
listing-field-access = ਮਦਦ ਕਿਵੇਂ ਲੈਣੀ ਹੈ
listing-field-referrals = Signpost ਰਾਹੀਂ ਰੈਫ਼ਰਲ ਲੈਂਦੀ ਹੈ
listing-field-needs = ਕਿਹੜੀਆਂ ਲੋੜਾਂ ਵਿੱਚ ਮਦਦ ਕਰਦੀ ਹੈ
listing-field-languages = ਸਟਾਫ਼ ਕਿਹੜੀਆਂ ਭਾਸ਼ਾਵਾਂ ਬੋਲਦਾ ਹੈ
listing-field-areas = ਕਿਹੜੇ ਇਲਾਕਿਆਂ ਵਿੱਚ ਸੇਵਾ ਦਿੰਦੀ ਹੈ
listing-field-locations = ਥਾਵਾਂ
listing-field-phones = ਫ਼ੋਨ ਨੰਬਰ
listing-field-email = ਈਮੇਲ
listing-field-website = ਵੈੱਬਸਾਈਟ
listing-field-hours = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ
listing-field-closures = ਬੰਦ ਰਹਿਣ ਦੇ ਦਿਨ
listing-field-special-hours = ਕੁਝ ਤਾਰੀਖ਼ਾਂ ਨੂੰ ਵੱਖਰਾ ਸਮਾਂ
listing-field-checked = ਸੰਸਥਾ ਨੇ ਆਖ਼ਰੀ ਵਾਰ ਕਦੋਂ ਜਾਂਚਿਆ
listing-error-reason = ਲਿਖੋ ਕਿ ਬਦਲਾਅ ਵਾਪਸ ਕਿਉਂ ਭੇਜਿਆ ਜਾ ਰਿਹਾ ਹੈ (ਵੱਧ ਤੋਂ ਵੱਧ 1,000 ਅੱਖਰ)।
listing-yes = ਹਾਂ
listing-no = ਨਹੀਂ
listing-none = (ਕੋਈ ਨਹੀਂ)
listing-date-range = { $from } ਤੋਂ { $to } ਤੱਕ

# An organisation's listings (/listings).
listings-title = ਤੁਹਾਡੀ ਸੰਸਥਾ ਦੀਆਂ ਸੂਚੀਆਂ
listings-sign-in-needed = ਆਪਣੀ ਸੰਸਥਾ ਦੀਆਂ ਸੂਚੀਆਂ ਨੂੰ ਅੱਪਡੇਟ ਰੱਖਣ ਲਈ ਸਾਈਨ ਇਨ ਕਰੋ।
listings-forbidden = ਸੂਚੀਆਂ ਸਿਰਫ਼ ਸੰਸਥਾ ਦੇ ਐਡਮਿਨ ਅਤੇ ਨੈੱਟਵਰਕ ਦੇ ਕੋਆਰਡੀਨੇਟਰ ਹੀ ਬਦਲ ਸਕਦੇ ਹਨ।
coordinator-only = ਇਹ ਪੰਨਾ ਸਿਰਫ਼ ਨੈੱਟਵਰਕ ਦੇ ਕੋਆਰਡੀਨੇਟਰ ਹੀ ਦੇਖ ਸਕਦੇ ਹਨ।
listings-saved-pending = ਸੇਵ ਹੋ ਗਿਆ। ਸਾਰਿਆਂ ਨੂੰ ਦਿਖਣ ਤੋਂ ਪਹਿਲਾਂ ਇੱਕ ਕੋਆਰਡੀਨੇਟਰ ਇਸ ਬਦਲਾਅ ਦੀ ਜਾਂਚ ਕਰੇਗਾ।
listings-saved-published = ਸੇਵ ਹੋ ਗਿਆ। ਹੁਣ ਸਾਰਿਆਂ ਨੂੰ ਇਹ ਬਦਲਾਅ ਦਿਖਦਾ ਹੈ, ਅਤੇ ਫ਼ੋਨਾਂ ਨੂੰ ਅਗਲੀ ਵਾਰ ਕਨੈਕਟ ਹੋਣ 'ਤੇ ਮਿਲ ਜਾਵੇਗਾ।
listings-confirmed = ਧੰਨਵਾਦ: ਦਰਜ ਕਰ ਲਿਆ ਗਿਆ ਹੈ ਕਿ ਸੂਚੀ ਅੱਜ ਜਾਂਚੀ ਗਈ।
listings-edit-organisation = ਆਪਣੀ ਸੰਸਥਾ ਦੀ ਜਾਣਕਾਰੀ ਬਦਲੋ
listings-services = ਸੇਵਾਵਾਂ
listings-none = ਤੁਹਾਡੀ ਸੰਸਥਾ ਦੀ ਅਜੇ ਕੋਈ ਸੇਵਾ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਹੈ।
listings-add = ਸੇਵਾ ਜੋੜੋ
listings-changes = ਹਾਲ ਦੇ ਬਦਲਾਅ
listings-no-changes = ਅਜੇ ਕੋਈ ਬਦਲਾਅ ਨਹੀਂ।
listings-waiting = ਬਦਲਾਅ ਕੋਆਰਡੀਨੇਟਰ ਦੀ ਉਡੀਕ ਵਿੱਚ
listings-archived = ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਵਿੱਚੋਂ ਹਟਾਈ ਗਈ
listings-checked = { $date } ਨੂੰ ਜਾਂਚੀ ਗਈ
listings-due = ਆਖ਼ਰੀ ਵਾਰ { $date } ਨੂੰ ਜਾਂਚੀ ਗਈ। ਕਿਰਪਾ ਕਰਕੇ ਜਾਂਚੋ ਕਿ ਇਹ ਅਜੇ ਵੀ ਸਹੀ ਹੈ।
listings-stale = ਆਖ਼ਰੀ ਵਾਰ { $date } ਨੂੰ ਜਾਂਚੀ ਗਈ, ਇੱਕ ਸਾਲ ਤੋਂ ਵੱਧ ਪਹਿਲਾਂ: ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਲੋਕਾਂ ਨੂੰ ਚੇਤਾਵਨੀ ਦਿੰਦੀ ਹੈ ਕਿ ਇਹ ਪੁਰਾਣੀ ਹੋ ਸਕਦੀ ਹੈ।
listings-never-checked = ਕਦੇ ਨਹੀਂ ਜਾਂਚੀ ਗਈ। ਕਿਰਪਾ ਕਰਕੇ ਜਾਂਚੋ ਕਿ ਇਹ ਅਜੇ ਵੀ ਸਹੀ ਹੈ।
listings-confirm = ਅਜੇ ਵੀ ਸਹੀ ਹੈ
listings-confirm-named = { $name } ਅਜੇ ਵੀ ਸਹੀ ਹੈ
listings-edit = ਬਦਲੋ
listings-history = ਪੁਰਾਣੇ ਵਰਜਨ
listings-trust-heading = ਭਰੋਸੇਯੋਗ ਸੰਸਥਾ
listings-trusted = ਭਰੋਸੇਯੋਗ: ਬਦਲਾਅ ਤੁਰੰਤ ਪ੍ਰਕਾਸ਼ਿਤ ਹੁੰਦੇ ਹਨ
listings-not-trusted = ਭਰੋਸੇਯੋਗ ਨਹੀਂ: ਹਰ ਬਦਲਾਅ ਨੂੰ ਪਹਿਲਾਂ ਇੱਕ ਕੋਆਰਡੀਨੇਟਰ ਜਾਂਚਦਾ ਹੈ
listings-trust = ਇਸ ਸੰਸਥਾ 'ਤੇ ਭਰੋਸਾ ਕਰੋ
listings-untrust = ਇਸ ਸੰਸਥਾ 'ਤੇ ਭਰੋਸਾ ਕਰਨਾ ਬੰਦ ਕਰੋ

change-kind-new = ਨਵੀਂ ਸੇਵਾ
change-kind-changed = ਬਦਲੀ ਗਈ
change-kind-archived = ਹਟਾਈ ਗਈ
change-state-pending = ਕੋਆਰਡੀਨੇਟਰ ਦੀ ਉਡੀਕ ਵਿੱਚ
change-state-published = ਪ੍ਰਕਾਸ਼ਿਤ
change-state-returned = ਵਾਪਸ ਭੇਜਿਆ ਗਿਆ
change-state-replaced = ਬਾਅਦ ਵਾਲੇ ਬਦਲਾਅ ਨੇ ਇਸਦੀ ਥਾਂ ਲੈ ਲਈ
change-summary = { $kind }, { $state }, { $date }
change-reason = ਵਾਪਸ ਭੇਜਣ ਦਾ ਕਾਰਨ:

# The service form (/listings/edit).
edit-title = { $name } ਬਦਲੋ
edit-title-new = ਸੇਵਾ ਜੋੜੋ
edit-intro = ਜੋ ਗ਼ਲਤ ਹੈ ਜਾਂ ਰਹਿ ਗਿਆ ਹੈ ਉਸਨੂੰ ਬਦਲੋ, ਫਿਰ ਸੇਵ ਕਰੋ। ਸਾਰਿਆਂ ਨੂੰ ਦਿਖਣ ਤੋਂ ਪਹਿਲਾਂ ਇੱਕ ਕੋਆਰਡੀਨੇਟਰ ਬਦਲਾਵਾਂ ਦੀ ਜਾਂਚ ਕਰਦਾ ਹੈ।
edit-intro-new = ਜੋ ਤੁਸੀਂ ਜਾਣਦੇ ਹੋ ਉਹ ਭਰੋ, ਫਿਰ ਸੇਵ ਕਰੋ। ਸਾਰਿਆਂ ਨੂੰ ਦਿਖਣ ਤੋਂ ਪਹਿਲਾਂ ਇੱਕ ਕੋਆਰਡੀਨੇਟਰ ਨਵੀਆਂ ਸੇਵਾਵਾਂ ਦੀ ਜਾਂਚ ਕਰਦਾ ਹੈ।
edit-back = ਸੂਚੀਆਂ 'ਤੇ ਵਾਪਸ ਜਾਓ
edit-returned = ਇੱਕ ਕੋਆਰਡੀਨੇਟਰ ਨੇ ਤੁਹਾਡਾ ਪਿਛਲਾ ਬਦਲਾਅ ਵਾਪਸ ਭੇਜ ਦਿੱਤਾ:
edit-waiting = ਇਸ ਵਿੱਚ ਇੱਕ ਬਦਲਾਅ ਕੋਆਰਡੀਨੇਟਰ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹੈ। ਤੁਸੀਂ ਉਸੇ ਵਰਜਨ ਨੂੰ ਬਦਲ ਰਹੇ ਹੋ।
edit-conflict-theirs = ਨਵਾਂ ਵਰਜਨ ਤੁਹਾਡੇ ਲਿਖੇ ਤੋਂ ਕਿਵੇਂ ਵੱਖਰਾ ਹੈ:
edit-draft-found = ਇਸ ਫ਼ੋਨ ਨੇ ਉਹ ਬਦਲਾਅ ਰੱਖੇ ਹੋਏ ਹਨ ਜੋ ਤੁਸੀਂ ਪਹਿਲਾਂ ਲਿਖੇ ਸਨ ਅਤੇ ਸੇਵ ਨਹੀਂ ਕੀਤੇ ਸਨ।
edit-draft-use = ਉਹਨਾਂ ਨੂੰ ਵਾਪਸ ਲਿਆਓ
edit-draft-discard = ਉਹਨਾਂ ਨੂੰ ਸੁੱਟ ਦਿਓ
edit-problems = ਕਿਰਪਾ ਕਰਕੇ ਇਹਨਾਂ ਨੂੰ ਠੀਕ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਸੇਵ ਕਰੋ:
edit-save = ਸੇਵ ਕਰੋ
edit-archive-heading = ਇਸ ਸੇਵਾ ਨੂੰ ਸੂਚੀ ਵਿੱਚੋਂ ਹਟਾਓ
edit-archive-intro = ਉਸ ਸੇਵਾ ਲਈ ਜੋ ਬੰਦ ਹੋ ਚੁੱਕੀ ਹੈ। ਇਸਨੂੰ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ, ਅਤੇ ਇੱਕ ਕੋਆਰਡੀਨੇਟਰ ਇਸਨੂੰ ਵਾਪਸ ਲਿਆ ਸਕਦਾ ਹੈ।
edit-archive = ਹਟਾਓ
edit-about = ਸੇਵਾ ਬਾਰੇ
edit-status-active = ਖੁੱਲ੍ਹੀ ਹੈ
edit-status-temporarily-closed = ਹਾਲ ਦੀ ਘੜੀ ਬੰਦ
edit-status-inactive = ਹੁਣ ਨਹੀਂ ਚੱਲਦੀ
edit-who = ਕਿਸ ਲਈ ਹੈ
edit-min-age = ਸਭ ਤੋਂ ਘੱਟ ਉਮਰ (ਕਿਸੇ ਵੀ ਉਮਰ ਲਈ ਖ਼ਾਲੀ ਛੱਡੋ)
edit-max-age = ਸਭ ਤੋਂ ਵੱਧ ਉਮਰ (ਕਿਸੇ ਵੀ ਉਮਰ ਲਈ ਖ਼ਾਲੀ ਛੱਡੋ)
edit-free = ਮੁਫ਼ਤ
edit-fees = ਜੇ ਮੁਫ਼ਤ ਨਹੀਂ, ਤਾਂ ਕਿੰਨਾ ਖ਼ਰਚਾ ਹੈ
edit-hours-hint = ਜਿਸ ਕਤਾਰ ਦੀ ਲੋੜ ਨਹੀਂ, ਉਸਨੂੰ ਖ਼ਾਲੀ ਛੱਡ ਦਿਓ।
edit-period-label = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ { $number }
edit-day = ਦਿਨ
edit-opens = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ
edit-closes = ਬੰਦ ਹੋਣ ਦਾ ਸਮਾਂ
edit-overnight = ਅੱਧੀ ਰਾਤ ਤੋਂ ਬਾਅਦ ਤੱਕ
edit-add-period = ਖੁੱਲ੍ਹਣ ਦਾ ਇੱਕ ਹੋਰ ਸਮਾਂ ਜੋੜੋ
edit-closures-hint = ਬੈਂਕ ਛੁੱਟੀਆਂ ਅਤੇ ਹੋਰ ਦਿਨ ਜਦੋਂ ਇਹ ਬੰਦ ਰਹਿੰਦੀ ਹੈ। ਇੱਕ ਦਿਨ ਲਈ "ਤੱਕ" ਖ਼ਾਲੀ ਛੱਡੋ।
edit-closure-label = ਬੰਦ ਰਹਿਣ ਦੇ ਦਿਨ { $number }
edit-closed-from = ਕਦੋਂ ਤੋਂ ਬੰਦ
edit-closed-to = ਤੱਕ
edit-closed-note = ਕਾਰਨ (ਜੇ ਚਾਹੋ)
edit-add-closure = ਬੰਦ ਰਹਿਣ ਦੇ ਹੋਰ ਦਿਨ ਜੋੜੋ
edit-special-hint = ਖ਼ਾਸ ਤਾਰੀਖ਼ਾਂ ਨੂੰ ਘੱਟ ਜਾਂ ਵਾਧੂ ਸਮਾਂ, ਜਿਵੇਂ ਕ੍ਰਿਸਮਸ ਤੋਂ ਪਹਿਲਾ ਦਿਨ: ਉਨ੍ਹਾਂ ਤਾਰੀਖ਼ਾਂ ਨੂੰ ਇਹ ਆਮ ਸਮੇਂ ਦੀ ਥਾਂ ਲੈਂਦੇ ਹਨ। ਇੱਕ ਦਿਨ ਲਈ "ਤੱਕ" ਖ਼ਾਲੀ ਛੱਡੋ।
edit-special-label = ਵੱਖਰਾ ਸਮਾਂ { $number }
edit-special-from = ਕਦੋਂ ਤੋਂ
edit-add-special = ਵੱਖਰੇ ਸਮੇਂ ਵਾਲੀਆਂ ਹੋਰ ਤਾਰੀਖ਼ਾਂ ਜੋੜੋ
edit-location-label = ਥਾਂ { $number }
edit-place-name = ਥਾਂ ਦਾ ਨਾਮ (ਜੇ ਚਾਹੋ)
edit-address = ਗਲੀ ਦਾ ਪਤਾ
edit-city = ਕਸਬਾ ਜਾਂ ਸ਼ਹਿਰ
edit-postcode = ਪੋਸਟਕੋਡ
edit-neighbourhood = ਇਲਾਕਾ (ਜਿਵੇਂ Highfields)
edit-latitude = ਅਕਸ਼ਾਂਸ਼ (ਜੇ ਚਾਹੋ)
edit-longitude = ਰੇਖਾਂਸ਼ (ਜੇ ਚਾਹੋ)
edit-add-location = ਇੱਕ ਹੋਰ ਥਾਂ ਜੋੜੋ
edit-areas-hint = ਹਰ ਲਾਈਨ ਵਿੱਚ ਇੱਕ ਇਲਾਕਾ।
edit-contact = ਸੰਪਰਕ
edit-phone-label = ਫ਼ੋਨ { $number }
edit-phone-number = ਫ਼ੋਨ ਨੰਬਰ
edit-phone-description = ਇਹ ਨੰਬਰ ਕਿਸ ਲਈ ਹੈ (ਜੇ ਚਾਹੋ)
edit-add-phone = ਇੱਕ ਹੋਰ ਫ਼ੋਨ ਨੰਬਰ ਜੋੜੋ
edit-languages-hint = ਭਾਸ਼ਾ ਕੋਡ, ਕੌਮੇ (,) ਨਾਲ ਵੱਖ ਕਰਕੇ: ਸੋਮਾਲੀ ਲਈ so, ਗੁਜਰਾਤੀ ਲਈ gu, ਪੋਲਿਸ਼ ਲਈ pl।

# A service's earlier versions (/listings/history).
history-title = { $name } ਦੇ ਪੁਰਾਣੇ ਵਰਜਨ
history-version = ਵਰਜਨ { $version }, { $date }, { $who } ਵੱਲੋਂ
history-approved-by = { $who } ਵੱਲੋਂ ਮਨਜ਼ੂਰ
history-by-operator = Signpost ਚਲਾਉਣ ਵਾਲੇ ਲੋਕ
history-changed = ਬਦਲਿਆ ਗਿਆ: { $fields }
history-restore = ਵਰਜਨ { $version } ਵਾਪਸ ਲਿਆਓ
history-restored = ਉਹ ਵਰਜਨ ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਵਿੱਚ ਵਾਪਸ ਆ ਗਿਆ ਹੈ।

# The coordinator's queue (/listings/changes).
queue-title = ਜਾਂਚਣ ਲਈ ਬਦਲਾਅ
queue-empty = ਕੋਈ ਬਦਲਾਅ ਉਡੀਕ ਵਿੱਚ ਨਹੀਂ ਹੈ।
queue-asked = { $kind } · { $who } ਨੇ { $date } ਨੂੰ ਬੇਨਤੀ ਕੀਤੀ
queue-field = ਕੀ
queue-before = ਪਹਿਲਾਂ
queue-after = ਬਾਅਦ ਵਿੱਚ
queue-approve = ਮਨਜ਼ੂਰ ਕਰੋ ਅਤੇ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰੋ
queue-reason = ਤੁਸੀਂ ਇਸਨੂੰ ਵਾਪਸ ਕਿਉਂ ਭੇਜ ਰਹੇ ਹੋ (ਸੰਸਥਾ ਇਹ ਦੇਖਦੀ ਹੈ)
queue-send-back = ਵਾਪਸ ਭੇਜੋ
queue-approved = ਪ੍ਰਕਾਸ਼ਿਤ ਹੋ ਗਿਆ। ਫ਼ੋਨਾਂ ਨੂੰ ਅਗਲੀ ਵਾਰ ਕਨੈਕਟ ਹੋਣ 'ਤੇ ਮਿਲ ਜਾਵੇਗਾ।
queue-sent-back = ਸੰਸਥਾ ਨੂੰ ਵਾਪਸ ਭੇਜ ਦਿੱਤਾ ਗਿਆ।

# The coordinator's organisations (/listings/organisations).
organisations-title = ਸੰਸਥਾਵਾਂ
oruk-link = Open Referral UK: ਡਾਇਰੈਕਟਰੀ ਡਾਊਨਲੋਡ ਕਰੋ ਜਾਂ ਸੇਵਾਵਾਂ ਲਿਆਓ
organisations-facts = { $services ->
        [one] { $services } ਸੇਵਾ
       *[other] { $services } ਸੇਵਾਵਾਂ
    } · { $members ->
        [one] { $members } ਮੈਂਬਰ
       *[other] { $members } ਮੈਂਬਰ
    } · { $pending } ਉਡੀਕ ਵਿੱਚ · { $due } ਜਾਂਚਣੀਆਂ ਬਾਕੀ
organisations-last-change = ਆਖ਼ਰੀ ਬਦਲਾਅ { $date } ਨੂੰ ਪ੍ਰਕਾਸ਼ਿਤ ਹੋਇਆ
organisations-oldest-check = ਸਭ ਤੋਂ ਪੁਰਾਣੀ ਜਾਂਚ: { $date }
organisations-add = ਸੰਸਥਾ ਜੋੜੋ
organisations-add-button = ਸੰਸਥਾ ਜੋੜੋ
organisations-created = ਸੰਸਥਾ ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਵਿੱਚ ਆ ਗਈ ਹੈ। ਇਹ ਲਿੰਕ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਭੇਜੋ ਜੋ ਇਸਦੀਆਂ ਸੂਚੀਆਂ ਸੰਭਾਲੇਗਾ: ਇਹ ਇੱਕ ਵਾਰ, 7 ਦਿਨਾਂ ਲਈ ਕੰਮ ਕਰਦਾ ਹੈ।
organisations-link = ਇਸਦੇ ਪਹਿਲੇ ਐਡਮਿਨ ਲਈ ਸੱਦੇ ਦਾ ਲਿੰਕ
organisation-edit-title = ਤੁਹਾਡੀ ਸੰਸਥਾ ਦੀ ਜਾਣਕਾਰੀ

# Reporting a problem with a listing (/services/:id/report), and the reports.
report-title = { $service } ਵਿੱਚ ਸਮੱਸਿਆ ਦੀ ਰਿਪੋਰਟ ਕਰੋ
report-intro = ਸੰਸਥਾ ਅਤੇ ਨੈੱਟਵਰਕ ਦੇ ਕੋਆਰਡੀਨੇਟਰਾਂ ਨੂੰ ਦੱਸੋ ਕਿ ਕੀ ਗ਼ਲਤ ਹੈ। ਕਿਸੇ ਦਾ ਨਾਮ ਜਾਂ ਸੰਪਰਕ ਜਾਣਕਾਰੀ ਨਾ ਲਿਖੋ।
report-kind = ਕੀ ਗ਼ਲਤ ਹੈ?
report-kind-out-of-date = ਪੁਰਾਣੀ ਜਾਣਕਾਰੀ
report-kind-closed = ਇਹ ਬੰਦ ਹੋ ਗਈ ਹੈ
report-kind-contact = ਗ਼ਲਤ ਫ਼ੋਨ, ਈਮੇਲ ਜਾਂ ਪਤਾ
report-kind-other = ਕੁਝ ਹੋਰ
report-text = ਹੋਰ ਵੇਰਵਾ ("ਕੁਝ ਹੋਰ" ਲਈ ਜ਼ਰੂਰੀ)
report-submit = ਰਿਪੋਰਟ ਭੇਜੋ
report-sent = ਧੰਨਵਾਦ। ਰਿਪੋਰਟ ਭੇਜ ਦਿੱਤੀ ਗਈ ਹੈ।
report-kept = ਧੰਨਵਾਦ। ਹੁਣ ਕਨੈਕਸ਼ਨ ਨਹੀਂ ਹੈ: ਰਿਪੋਰਟ ਇਸ ਫ਼ੋਨ 'ਤੇ ਰੱਖੀ ਗਈ ਹੈ ਅਤੇ ਕਨੈਕਸ਼ਨ ਮਿਲਣ 'ਤੇ ਭੇਜ ਦਿੱਤੀ ਜਾਵੇਗੀ।
report-not-kept = ਇਹ ਫ਼ੋਨ ਰਿਪੋਰਟ ਨਹੀਂ ਰੱਖ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
report-error-kind = ਚੁਣੋ ਕਿ ਕੀ ਗ਼ਲਤ ਹੈ।
report-error-text = ਵੱਧ ਤੋਂ ਵੱਧ 500 ਅੱਖਰਾਂ ਵਿੱਚ ਦੱਸੋ ਕਿ ਕੀ ਗ਼ਲਤ ਹੈ।
reports-title = ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਵਰਤਣ ਵਾਲਿਆਂ ਦੀਆਂ ਰਿਪੋਰਟਾਂ
reports-none = ਕੋਈ ਰਿਪੋਰਟ ਨਹੀਂ।
reports-about = { $kind }, { $date }
reports-done = ਹੋ ਗਿਆ
reports-done-button = "ਹੋ ਗਿਆ" ਵਜੋਂ ਨਿਸ਼ਾਨ ਲਾਓ

listings-caseworkers = ਇਸਦੇ ਰੈਫ਼ਰਲਾਂ 'ਤੇ ਕੌਣ ਕੰਮ ਕਰਦਾ ਹੈ
listings-caseworkers-intro = ਤੁਹਾਡੀ ਸੰਸਥਾ ਦੇ ਐਡਮਿਨ ਹਮੇਸ਼ਾ ਕਰਦੇ ਹਨ। ਉਹ ਮੈਂਬਰ ਚੁਣੋ ਜਿਨ੍ਹਾਂ ਨੂੰ ਵੀ ਕਰਨਾ ਚਾਹੀਦਾ ਹੈ: ਉਹ ਇਸ ਸੇਵਾ ਦੇ ਰੈਫ਼ਰਲ ਆਪਣੇ ਇਨਬਾਕਸ ਵਿੱਚ ਦੇਖਦੇ ਹਨ ਅਤੇ ਉਹਨਾਂ 'ਤੇ ਕਾਰਵਾਈ ਕਰ ਸਕਦੇ ਹਨ।
listings-caseworkers-save = ਸੇਵ ਕਰੋ ਕਿ ਇਸਦੇ ਰੈਫ਼ਰਲਾਂ 'ਤੇ ਕੌਣ ਕੰਮ ਕਰਦਾ ਹੈ
listings-caseworkers-saved = ਸੇਵ ਹੋ ਗਿਆ: ਉਹ ਇਸਦੇ ਰੈਫ਼ਰਲ ਆਪਣੇ ਇਨਬਾਕਸ ਵਿੱਚ ਦੇਖਦੇ ਹਨ।
listing-error-member = ਸਿਰਫ਼ ਤੁਹਾਡੀ ਸੰਸਥਾ ਦੇ ਕਰਮਚਾਰੀ ਹੀ ਚੁਣੇ ਜਾ ਸਕਦੇ ਹਨ।
organisation-areas = ਜਿਨ੍ਹਾਂ ਇਲਾਕਿਆਂ ਵਿੱਚ ਇਹ ਕੰਮ ਕਰਦੀ ਹੈ

## Checks on a service before it is saved (the listings pages show them)

service-invalid-name = ਨਾਮ 1 ਤੋਂ 200 ਅੱਖਰਾਂ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
service-invalid-text = ਵੇਰਵਾ ਅਤੇ “ਕਿਸ ਲਈ ਹੈ”, ਹਰ ਇੱਕ ਵੱਧ ਤੋਂ ਵੱਧ 5,000 ਅੱਖਰਾਂ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
service-invalid-ages = ਉਮਰ 0 ਤੋਂ 120 ਤੱਕ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ, ਅਤੇ ਸਭ ਤੋਂ ਘੱਟ ਉਮਰ ਸਭ ਤੋਂ ਵੱਧ ਉਮਰ ਤੋਂ ਵੱਡੀ ਨਹੀਂ ਹੋਣੀ ਚਾਹੀਦੀ।
service-invalid-needs = ਘੱਟੋ-ਘੱਟ ਇੱਕ ਅਜਿਹੀ ਲੋੜ ਚੁਣੋ ਜਿਸ ਵਿੱਚ ਸੇਵਾ ਮਦਦ ਕਰਦੀ ਹੈ।
service-invalid-language = ਭਾਸ਼ਾਵਾਂ ISO 639 ਕੋਡ ਹੋਣੀਆਂ ਚਾਹੀਦੀਆਂ ਹਨ, ਜਿਵੇਂ ਸੋਮਾਲੀ ਲਈ so ਜਾਂ ਗੁਜਰਾਤੀ ਲਈ gu।
service-invalid-hours = ਖੁੱਲ੍ਹਣ ਦੇ ਸਮੇਂ ਵਿੱਚ ਸੋਮਵਾਰ ਤੋਂ ਐਤਵਾਰ ਤੱਕ ਦਾ ਕੋਈ ਦਿਨ ਅਤੇ 00:00 ਤੋਂ 23:59 ਤੱਕ ਦਾ ਸਮਾਂ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
service-invalid-closure = ਬੰਦ ਰਹਿਣ ਦਾ ਸਮਾਂ ਉਸੇ ਦਿਨ ਜਾਂ ਉਸ ਤੋਂ ਬਾਅਦ ਖ਼ਤਮ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ ਜਿਸ ਦਿਨ ਉਹ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ, ਅਤੇ ਉਸ ਦਾ ਨੋਟ ਵੱਧ ਤੋਂ ਵੱਧ 200 ਅੱਖਰਾਂ ਦਾ ਹੋਵੇ।
service-invalid-special-hours = ਵੱਖਰੇ ਸਮੇਂ ਲਈ ਸ਼ੁਰੂ ਦੀ ਤਾਰੀਖ਼, (ਜੇ ਹੋਵੇ ਤਾਂ) ਉਸੇ ਦਿਨ ਜਾਂ ਬਾਅਦ ਦੀ ਆਖ਼ਰੀ ਤਾਰੀਖ਼, ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ ਅਤੇ ਉਸ ਤੋਂ ਬਾਅਦ ਬੰਦ ਹੋਣ ਦਾ ਸਮਾਂ ਚਾਹੀਦਾ ਹੈ; ਨੋਟ ਵੱਧ ਤੋਂ ਵੱਧ 200 ਅੱਖਰਾਂ ਦਾ।
service-invalid-email = ਈਮੇਲ ਪਤਾ ਸਹੀ ਨਹੀਂ ਹੈ।
service-invalid-website = ਵੈੱਬਸਾਈਟ https:// ਨਾਲ ਸ਼ੁਰੂ ਹੋਣ ਵਾਲਾ ਪੂਰਾ ਪਤਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
service-invalid-phone = ਫ਼ੋਨ ਨੰਬਰ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ 3 ਅੰਕ ਅਤੇ ਵੱਧ ਤੋਂ ਵੱਧ 40 ਅੱਖਰ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ, ਅਤੇ ਉਸ ਦਾ ਵੇਰਵਾ ਵੱਧ ਤੋਂ ਵੱਧ 200 ਅੱਖਰਾਂ ਦਾ।
service-invalid-organisation = ਉਹ ਸੰਸਥਾ ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਹੈ।
service-invalid-location = ਹਰ ਥਾਂ ਲਈ ਇੱਕ ਪਤਾ ਅਤੇ ਇੱਕ ਕਸਬਾ ਜਾਂ ਸ਼ਹਿਰ ਚਾਹੀਦਾ ਹੈ (ਹਰ ਇੱਕ ਵੱਧ ਤੋਂ ਵੱਧ 200 ਅੱਖਰ); ਨਕਸ਼ੇ ਦੇ ਨਿਰਦੇਸ਼ਾਂਕ, ਜੇ ਦਿੱਤੇ ਹੋਣ, ਤਾਂ ਅੰਕ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ।
service-invalid-postcode = ਪੋਸਟਕੋਡ UK ਦਾ ਪੋਸਟਕੋਡ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ, ਜਿਵੇਂ LE2 0AB।
service-invalid-fees = ਖ਼ਰਚੇ ਦਾ ਵੇਰਵਾ ਵੱਧ ਤੋਂ ਵੱਧ 200 ਅੱਖਰਾਂ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
service-invalid-areas = ਹਰ ਇਲਾਕਾ 1 ਤੋਂ 200 ਅੱਖਰਾਂ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ, ਅਤੇ ਵੱਧ ਤੋਂ ਵੱਧ 50 ਇਲਾਕੇ ਹੋ ਸਕਦੇ ਹਨ।
service-invalid-period-order = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ ਸ਼ੁਰੂ ਹੋਣ ਤੋਂ ਬਾਅਦ ਹੀ ਖ਼ਤਮ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ। ਜੇ ਇਹ ਅੱਧੀ ਰਾਤ ਤੋਂ ਬਾਅਦ ਤੱਕ ਚੱਲਦਾ ਹੈ, ਤਾਂ "ਅੱਧੀ ਰਾਤ ਤੋਂ ਬਾਅਦ ਤੱਕ" 'ਤੇ ਨਿਸ਼ਾਨ ਲਾਓ।
service-invalid-status = ਚੁਣੋ ਕਿ ਸੇਵਾ ਖੁੱਲ੍ਹੀ ਹੈ, ਹਾਲ ਦੀ ਘੜੀ ਬੰਦ ਹੈ, ਜਾਂ ਹੁਣ ਨਹੀਂ ਚੱਲਦੀ।
