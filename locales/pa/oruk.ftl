# Signpost — ਪੰਜਾਬੀ. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Open Referral UK ਆਯਾਤ: ਕੋਈ ਰਿਕਾਰਡ ਕਿਉਂ ਛੱਡਿਆ ਗਿਆ (ਖੇਤਰ ਦਾ ਨਾਮ ਨਾਲ ਹੈ)।
oruk-refused-id = ਆਈਡੀ UUID ਨਹੀਂ ਹੈ।
oruk-refused-organization = ਇਸਦੀ ਸੰਸਥਾ ਸਰੋਤ ਵਿੱਚ ਨਹੀਂ ਹੈ, ਜਾਂ ਛੱਡ ਦਿੱਤੀ ਗਈ।
oruk-refused-status = ਸਥਿਤੀ active, inactive, defunct ਜਾਂ temporarily closed ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।
oruk-refused-schedule = ਸਿਰਫ਼ ਹਫ਼ਤਾਵਾਰੀ ਖੁੱਲ੍ਹਣ ਦੇ ਸਮੇਂ ਲਿਆਂਦੇ ਜਾ ਸਕਦੇ ਹਨ, ਜਿਨ੍ਹਾਂ ਵਿੱਚ ਦਿਨ, ਖੁੱਲ੍ਹਣ ਤੇ ਬੰਦ ਹੋਣ ਦਾ ਸਮਾਂ ਹੋਵੇ।
oruk-refused-needs = ਇਸਦਾ ਕੋਈ ਵਰਗੀਕਰਨ ਸ਼ਬਦ ਅਜਿਹੀ ਲੋੜ ਨਹੀਂ ਜੋ ਇਹ ਡਾਇਰੈਕਟਰੀ ਜਾਣਦੀ ਹੋਵੇ।
oruk-refused-date = ਤਾਰੀਖ਼ ਸਾਲ-ਮਹੀਨਾ-ਦਿਨ ਵਜੋਂ ਲਿਖੋ, ਜਿਵੇਂ 2026-11-03।
oruk-refused-record = ਇਹ ਰਿਕਾਰਡ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ।
oruk-refused-duplicate = ਇਹ ਆਈਡੀ ਸਰੋਤ ਵਿੱਚ ਦੋ ਵਾਰ ਹੈ।

## ਤਾਲਮੇਲਕਾਰ ਦਾ Open Referral UK ਪੰਨਾ (/listings/oruk)।
oruk-title = Open Referral UK
oruk-intro = Open Referral UK ਉਹ ਮਿਆਰ ਹੈ ਜੋ ਕੌਂਸਲਾਂ ਅਤੇ ਹੋਰ ਡਾਇਰੈਕਟਰੀਆਂ ਸੇਵਾਵਾਂ ਸਾਂਝੀਆਂ ਕਰਨ ਲਈ ਵਰਤਦੀਆਂ ਹਨ। ਇਹ ਡਾਇਰੈਕਟਰੀ ਉਸ ਵਿੱਚ ਡਾਊਨਲੋਡ ਕਰੋ, ਜਾਂ ਕਿਸੇ ਹੋਰ ਡਾਇਰੈਕਟਰੀ ਤੋਂ ਸੇਵਾਵਾਂ ਲਿਆਓ।
oruk-import-heading = ਕਿਸੇ ਹੋਰ ਡਾਇਰੈਕਟਰੀ ਤੋਂ ਸੇਵਾਵਾਂ ਲਿਆਓ
oruk-import-file = Open Referral UK ਫ਼ਾਈਲ (JSON)
oruk-import-hint = ਜਦ ਤੱਕ ਤੁਸੀਂ ਵੇਖ ਕੇ ਹਾਂ ਨਹੀਂ ਕਹਿੰਦੇ ਕਿ ਫ਼ਾਈਲ ਕੀ ਕਰੇਗੀ, ਕੁਝ ਨਹੀਂ ਬਦਲਦਾ। ਸੇਵਾਵਾਂ ਉਨ੍ਹਾਂ ਦੀ ਆਈਡੀ ਨਾਲ ਮਿਲਾਈਆਂ ਜਾਂਦੀਆਂ ਹਨ, ਇਸ ਲਈ ਉਹੀ ਫ਼ਾਈਲ ਦੋ ਵਾਰ ਲਿਆਉਣ ਨਾਲ ਕੁਝ ਨਹੀਂ ਬਦਲਦਾ।
oruk-import-check = ਫ਼ਾਈਲ ਜਾਂਚੋ
oruk-error-no-file = ਜਾਂਚਣ ਲਈ ਫ਼ਾਈਲ ਚੁਣੋ।
oruk-error-not-oruk = ਇਹ ਫ਼ਾਈਲ Open Referral UK JSON ਨਹੀਂ ਹੈ।
oruk-error-too-large = ਇਹ ਫ਼ਾਈਲ ਬਹੁਤ ਵੱਡੀ ਹੈ: ਵੱਧ ਤੋਂ ਵੱਧ 50 MB।
oruk-error-expired = ਇਸ ਜਾਂਚ ਦੀ ਮਿਆਦ ਮੁੱਕ ਗਈ। ਫ਼ਾਈਲ ਫਿਰ ਚੁਣੋ।
oruk-report-heading = { $file } ਲਿਆਉਣ ਨਾਲ ਕੀ ਹੋਵੇਗਾ
oruk-report-counts = ਨਵੀਆਂ: { $new }। ਬਦਲੀਆਂ: { $changed }। ਪਹਿਲਾਂ ਵਰਗੀਆਂ: { $unchanged }। ਛੱਡੀਆਂ: { $refused }।
oruk-outcome-new = ਨਵਾਂ
oruk-outcome-changed = ਬਦਲਿਆ
oruk-outcome-refused = ਛੱਡਿਆ
oruk-entity-organization = ਸੰਸਥਾ
oruk-entity-service = ਸੇਵਾ
oruk-field = ਖੇਤਰ { $field }:
oruk-import-confirm = ਨਵੇਂ ਅਤੇ ਬਦਲੇ ਰਿਕਾਰਡ ਲਿਆਓ
oruk-import-nothing = ਕੁਝ ਨਹੀਂ ਬਦਲੇਗਾ।
oruk-imported = ਹੋ ਗਿਆ। ਫ਼ੋਨਾਂ ਨੂੰ ਅਗਲੀ ਵਾਰ ਜੁੜਨ 'ਤੇ ਨਵੀਆਂ ਅਤੇ ਬਦਲੀਆਂ ਸੇਵਾਵਾਂ ਮਿਲਣਗੀਆਂ।
oruk-export-heading = ਇਹ ਡਾਇਰੈਕਟਰੀ ਡਾਊਨਲੋਡ ਕਰੋ
oruk-export-json = ਪੂਰੀ ਡਾਇਰੈਕਟਰੀ, ਇੱਕ JSON ਫ਼ਾਈਲ ਵਿੱਚ
oruk-export-csv = ਉਹੀ, CSV ਸਾਰਣੀਆਂ ਵਜੋਂ:
oruk-api = ਹੋਰ ਡਾਇਰੈਕਟਰੀਆਂ ਇਸਨੂੰ ਕਦੇ ਵੀ ਇਸ ਪਤੇ ਤੋਂ ਪੜ੍ਹ ਸਕਦੀਆਂ ਹਨ:
