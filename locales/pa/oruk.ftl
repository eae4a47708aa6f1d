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
