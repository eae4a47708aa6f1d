# Signpost — தமிழ். Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Open Referral UK இறக்குமதி: ஒரு பதிவு ஏன் விடப்பட்டது (புலத்தின் பெயர் அருகில் உள்ளது).
oruk-refused-id = அடையாளம் UUID அல்ல.
oruk-refused-organization = இதன் அமைப்பு மூலத்தில் இல்லை, அல்லது விடப்பட்டது.
oruk-refused-status = நிலை active, inactive, defunct அல்லது temporarily closed ஆக இருக்க வேண்டும்.
oruk-refused-schedule = நாட்கள், திறக்கும் மற்றும் மூடும் நேரம் உள்ள வாராந்திர நேரங்களை மட்டுமே கொண்டுவர முடியும்.
oruk-refused-needs = இதன் வகைப்பாட்டுச் சொற்கள் எதுவும் இந்தக் கோப்பகம் அறிந்த தேவை அல்ல.
oruk-refused-date = தேதியை ஆண்டு-மாதம்-நாள் என எழுதுங்கள், எ.கா. 2026-11-03.
oruk-refused-record = இந்தப் பதிவைப் படிக்க முடியவில்லை.
oruk-refused-duplicate = இந்த அடையாளம் மூலத்தில் இரண்டு முறை உள்ளது.
