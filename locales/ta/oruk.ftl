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

## ஒருங்கிணைப்பாளரின் Open Referral UK பக்கம் (/listings/oruk).
oruk-title = Open Referral UK
oruk-intro = Open Referral UK என்பது கவுன்சில்களும் பிற கோப்பகங்களும் சேவைகளைப் பகிரப் பயன்படுத்தும் தரநிலை. இந்தக் கோப்பகத்தை அதில் பதிவிறக்குங்கள், அல்லது வேறு கோப்பகத்திலிருந்து சேவைகளைக் கொண்டுவாருங்கள்.
oruk-import-heading = வேறு கோப்பகத்திலிருந்து சேவைகளைக் கொண்டுவாருங்கள்
oruk-import-file = Open Referral UK கோப்பு (JSON)
oruk-import-hint = கோப்பு என்ன செய்யும் என்று பார்த்து நீங்கள் சரி என்று சொல்லும் வரை எதுவும் மாறாது. சேவைகள் அவற்றின் அடையாளங்களால் பொருத்தப்படுகின்றன, எனவே அதே கோப்பை இருமுறை கொண்டுவந்தால் எதுவும் மாறாது.
oruk-import-check = கோப்பைச் சரிபார்க்கவும்
oruk-error-no-file = சரிபார்க்க ஒரு கோப்பைத் தேர்ந்தெடுக்கவும்.
oruk-error-not-oruk = அந்தக் கோப்பு Open Referral UK JSON அல்ல.
oruk-error-too-large = அந்தக் கோப்பு மிகப் பெரியது: அதிகபட்சம் 50 MB.
oruk-error-expired = அந்தச் சரிபார்ப்பின் காலம் முடிந்தது. கோப்பை மீண்டும் தேர்ந்தெடுக்கவும்.
oruk-report-heading = { $file } கொண்டுவந்தால் என்ன நடக்கும்
oruk-report-counts = புதியவை: { $new }. மாறியவை: { $changed }. அப்படியே: { $unchanged }. விடப்பட்டவை: { $refused }.
oruk-outcome-new = புதியது
oruk-outcome-changed = மாறியது
oruk-outcome-refused = விடப்பட்டது
oruk-entity-organization = அமைப்பு
oruk-entity-service = சேவை
oruk-field = புலம் { $field }:
oruk-import-confirm = புதிய மற்றும் மாறிய பதிவுகளைக் கொண்டுவாருங்கள்
oruk-import-nothing = எதுவும் மாறாது.
oruk-imported = முடிந்தது. தொலைபேசிகள் அடுத்த முறை இணையும்போது புதிய மற்றும் மாறிய சேவைகளைப் பெறும்.
oruk-export-heading = இந்தக் கோப்பகத்தைப் பதிவிறக்குங்கள்
oruk-export-json = முழுக் கோப்பகமும், ஒரே JSON கோப்பாக
oruk-export-csv = அதுவே, CSV அட்டவணைகளாக:
oruk-api = பிற கோப்பகங்கள் இதை எப்போது வேண்டுமானாலும் இந்த முகவரியிலிருந்து படிக்கலாம்:
