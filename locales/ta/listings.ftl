# Signpost — தமிழ். Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).
# வலையமைப்பு பராமரிக்கும் பட்டியல்கள்: ஒரு மாற்றத்தின் முன்/பின் காட்டும் பட்டியலின் புலங்கள்.
listing-field-name = பெயர்
listing-field-description = விளக்கம்
listing-field-status = திறந்துள்ளதா மூடியுள்ளதா
listing-field-eligibility = யாருக்கானது
listing-field-ages = வயது
listing-field-cost = கட்டணம்
listing-field-access = உதவி பெறுவது எப்படி
listing-field-referrals = Signpost மூலம் பரிந்துரைகளை ஏற்கிறது
listing-field-needs = உதவும் தேவைகள்
listing-field-languages = ஊழியர்கள் பேசும் மொழிகள்
listing-field-areas = சேவை செய்யும் பகுதிகள்
listing-field-locations = இடங்கள்
listing-field-phones = தொலைபேசி எண்கள்
listing-field-email = மின்னஞ்சல்
listing-field-website = இணையதளம்
listing-field-hours = திறந்திருக்கும் நேரங்கள்
listing-field-closures = மூடியிருக்கும் நாட்கள்
listing-field-special-hours = சில தேதிகளில் வேறு நேரம்
listing-field-checked = நிறுவனம் கடைசியாகச் சரிபார்த்தது
listing-error-reason = மாற்றம் ஏன் திருப்பி அனுப்பப்படுகிறது என்று எழுதுங்கள் (அதிகபட்சம் 1,000 எழுத்துகள்).
listing-yes = ஆம்
listing-no = இல்லை
listing-none = (எதுவும் இல்லை)
listing-date-range = { $from } முதல் { $to } வரை

# ஒரு நிறுவனத்தின் பட்டியல்கள் (/listings).
listings-title = உங்கள் நிறுவனத்தின் பட்டியல்கள்
listings-sign-in-needed = உங்கள் நிறுவனத்தின் பட்டியல்களைப் புதுப்பித்த நிலையில் வைத்திருக்க உள்நுழையுங்கள்.
listings-forbidden = ஒரு நிறுவனத்தின் நிர்வாகிகளும் வலையமைப்பின் ஒருங்கிணைப்பாளர்களும் மட்டுமே பட்டியல்களை மாற்ற முடியும்.
coordinator-only = வலையமைப்பின் ஒருங்கிணைப்பாளர்கள் மட்டுமே இந்தப் பக்கத்தைப் பார்க்க முடியும்.
listings-saved-pending = சேமிக்கப்பட்டது. அனைவரும் பார்ப்பதற்கு முன், ஓர் ஒருங்கிணைப்பாளர் இந்த மாற்றத்தைச் சரிபார்ப்பார்.
listings-saved-published = சேமிக்கப்பட்டது. இப்போது அனைவரும் இந்த மாற்றத்தைப் பார்க்கிறார்கள்; தொலைபேசிகள் அடுத்த முறை இணையும்போது அதைப் பெறும்.
listings-confirmed = நன்றி: இந்தப் பட்டியல் இன்று சரிபார்க்கப்பட்டதாகக் குறிக்கப்பட்டது.
listings-edit-organisation = உங்கள் நிறுவனத்தின் விவரங்களை மாற்று
listings-services = சேவைகள்
listings-none = உங்கள் நிறுவனத்தின் சேவைகள் எதுவும் இன்னும் பட்டியலிடப்படவில்லை.
listings-add = சேவையைச் சேர்
listings-changes = சமீபத்திய மாற்றங்கள்
listings-no-changes = இன்னும் மாற்றங்கள் இல்லை.
listings-waiting = ஒருங்கிணைப்பாளருக்காகக் காத்திருக்கும் மாற்றம்
listings-archived = சேவைப் பட்டியலிலிருந்து நீக்கப்பட்டது
listings-checked = { $date } அன்று சரிபார்க்கப்பட்டது
listings-due = கடைசியாக { $date } அன்று சரிபார்க்கப்பட்டது. இது இன்னும் சரியாக உள்ளதா எனச் சரிபாருங்கள்.
listings-stale = கடைசியாக { $date } அன்று, ஓராண்டுக்கு முன்பு சரிபார்க்கப்பட்டது: இது காலாவதியாக இருக்கலாம் என்று சேவைப் பட்டியல் மக்களை எச்சரிக்கிறது.
listings-never-checked = ஒருபோதும் சரிபார்க்கப்படவில்லை. இது இன்னும் சரியாக உள்ளதா எனச் சரிபாருங்கள்.
listings-confirm = இன்னும் சரியே
listings-confirm-named = { $name } இன்னும் சரியே
listings-edit = மாற்று
listings-history = முந்தைய பதிப்புகள்
listings-trust-heading = நம்பகமான நிறுவனம்
listings-trusted = நம்பகமானது: மாற்றங்கள் உடனே வெளியிடப்படும்
listings-not-trusted = நம்பகமானதாகக் குறிக்கப்படவில்லை: ஒவ்வொரு மாற்றத்தையும் முதலில் ஓர் ஒருங்கிணைப்பாளர் சரிபார்ப்பார்
listings-trust = இந்த நிறுவனத்தை நம்பகமானதாக்கு
listings-untrust = இந்த நிறுவனத்தை நம்புவதை நிறுத்து

change-kind-new = புதிய சேவை
change-kind-changed = மாற்றப்பட்டது
change-kind-archived = நீக்கப்பட்டது
change-state-pending = ஒருங்கிணைப்பாளருக்காகக் காத்திருக்கிறது
change-state-published = வெளியிடப்பட்டது
change-state-returned = திருப்பி அனுப்பப்பட்டது
change-state-replaced = பின்னர் வந்த மாற்றத்தால் மாற்றீடு செய்யப்பட்டது
change-summary = { $kind }, { $state }, { $date }
change-reason = திருப்பி அனுப்பப்பட்டதற்கான காரணம்:

# சேவைப் படிவம் (/listings/edit).
edit-title = { $name } -ஐ மாற்று
edit-title-new = சேவையைச் சேர்
edit-intro = தவறாக அல்லது விடுபட்டிருப்பதை மாற்றி, பிறகு சேமியுங்கள். அனைவரும் பார்ப்பதற்கு முன் ஓர் ஒருங்கிணைப்பாளர் மாற்றங்களைச் சரிபார்ப்பார்.
edit-intro-new = உங்களுக்குத் தெரிந்ததை நிரப்பி, பிறகு சேமியுங்கள். அனைவரும் பார்ப்பதற்கு முன் ஓர் ஒருங்கிணைப்பாளர் புதிய சேவைகளைச் சரிபார்ப்பார்.
edit-back = பட்டியல்களுக்குத் திரும்பு
edit-returned = ஓர் ஒருங்கிணைப்பாளர் உங்கள் கடைசி மாற்றத்தைத் திருப்பி அனுப்பினார்:
edit-waiting = இதற்கான ஒரு மாற்றம் ஒருங்கிணைப்பாளருக்காகக் காத்திருக்கிறது. நீங்கள் அந்தப் பதிப்பை மாற்றுகிறீர்கள்.
edit-conflict-theirs = நீங்கள் தட்டச்சு செய்ததிலிருந்து புதிய பதிப்பு எப்படி வேறுபடுகிறது:
edit-draft-found = நீங்கள் முன்பு தட்டச்சு செய்து சேமிக்காத மாற்றங்களை இந்தத் தொலைபேசி வைத்திருக்கிறது.
edit-draft-use = அவற்றைத் திரும்ப வை
edit-draft-discard = அவற்றை நீக்கு
edit-problems = இவற்றைத் திருத்தி மீண்டும் சேமியுங்கள்:
edit-save = சேமி
edit-archive-heading = இந்தச் சேவையைப் பட்டியலிலிருந்து நீக்கு
edit-archive-intro = நின்றுபோன சேவைக்கு. அது வைத்திருக்கப்படும், ஓர் ஒருங்கிணைப்பாளர் அதைத் திரும்பக் கொண்டுவர முடியும்.
edit-archive = நீக்கு
edit-about = சேவையைப் பற்றி
edit-status-active = திறந்துள்ளது
edit-status-temporarily-closed = தற்போது மூடப்பட்டுள்ளது
edit-status-inactive = இனி இயங்கவில்லை
edit-who = யாருக்கானது
edit-min-age = குறைந்தபட்ச வயது (எந்த வயதும் என்றால் காலியாக விடுங்கள்)
edit-max-age = அதிகபட்ச வயது (எந்த வயதும் என்றால் காலியாக விடுங்கள்)
edit-free = இலவசம்
edit-fees = இலவசம் இல்லையென்றால், கட்டணம் என்ன
edit-hours-hint = தேவையில்லாத வரிசையைக் காலியாக விடுங்கள்.
edit-period-label = திறந்திருக்கும் நேரம் { $number }
edit-day = நாள்
edit-opens = திறக்கும்
edit-closes = மூடும்
edit-overnight = நள்ளிரவைத் தாண்டும்
edit-add-period = மற்றொரு நேரத்தைச் சேர்
edit-closures-hint = வங்கி விடுமுறைகளும் மூடியிருக்கும் பிற நாட்களும். ஒரு நாள் மட்டும் என்றால் "வரை" என்பதைக் காலியாக விடுங்கள்.
edit-closure-label = மூடிய நாட்கள் { $number }
edit-closed-from = மூடியிருக்கும் தேதி முதல்
edit-closed-to = வரை
edit-closed-note = காரணம் (விருப்பத்தேர்வு)
edit-add-closure = மேலும் மூடிய நாட்களைச் சேர்
edit-special-hint = குறிப்பிட்ட தேதிகளில் குறைவான அல்லது கூடுதல் நேரம், கிறிஸ்துமஸுக்கு முந்தைய நாள் போல: அந்தத் தேதிகளில் இவை வழக்கமான நேரத்துக்குப் பதிலாக இருக்கும். ஒரு நாள் மட்டும் என்றால் "வரை" என்பதைக் காலியாக விடுங்கள்.
edit-special-label = வேறு நேரம் { $number }
edit-special-from = முதல்
edit-add-special = வேறு நேரம் கொண்ட மேலும் தேதிகளைச் சேர்
edit-location-label = இடம் { $number }
edit-place-name = இடத்தின் பெயர் (விருப்பத்தேர்வு)
edit-address = தெரு முகவரி
edit-city = நகரம்
edit-postcode = அஞ்சல் குறியீடு
edit-neighbourhood = பகுதி (எ.கா. Highfields)
edit-latitude = அட்சரேகை (விருப்பத்தேர்வு)
edit-longitude = தீர்க்கரேகை (விருப்பத்தேர்வு)
edit-add-location = மற்றொரு இடத்தைச் சேர்
edit-areas-hint = ஒரு வரிக்கு ஒரு பகுதி.
edit-contact = தொடர்பு
edit-phone-label = தொலைபேசி { $number }
edit-phone-number = தொலைபேசி எண்
edit-phone-description = இந்த எண் எதற்காக (விருப்பத்தேர்வு)
edit-add-phone = மற்றொரு தொலைபேசி எண்ணைச் சேர்
edit-languages-hint = காற்புள்ளிகளால் பிரிக்கப்பட்ட மொழிக் குறியீடுகள்: சோமாலிக்கு so, குஜராத்திக்கு gu, போலிஷுக்கு pl.

# ஒரு சேவையின் முந்தைய பதிப்புகள் (/listings/history).
history-title = { $name } -இன் முந்தைய பதிப்புகள்
history-version = பதிப்பு { $version }, { $date }, செய்தவர்: { $who }
history-approved-by = ஒப்புதல் அளித்தவர்: { $who }
history-by-operator = Signpost-ஐ நடத்துபவர்கள்
history-changed = மாற்றப்பட்டவை: { $fields }
history-restore = பதிப்பு { $version } -ஐத் திரும்பக் கொண்டுவா
history-restored = அந்தப் பதிப்பு மீண்டும் சேவைப் பட்டியலில் உள்ளது.

# ஒருங்கிணைப்பாளரின் வரிசை (/listings/changes).
queue-title = சரிபார்க்க வேண்டிய மாற்றங்கள்
queue-empty = எந்த மாற்றமும் காத்திருக்கவில்லை.
queue-asked = { $kind } · கேட்டவர்: { $who }, { $date }
queue-field = எது
queue-before = முன்
queue-after = பின்
queue-approve = ஒப்புதல் அளித்து வெளியிடு
queue-reason = ஏன் திருப்பி அனுப்புகிறீர்கள் (நிறுவனம் இதைப் பார்க்கும்)
queue-send-back = திருப்பி அனுப்பு
queue-approved = வெளியிடப்பட்டது. தொலைபேசிகள் அடுத்த முறை இணையும்போது அதைப் பெறும்.
queue-sent-back = நிறுவனத்திற்குத் திருப்பி அனுப்பப்பட்டது.

# ஒருங்கிணைப்பாளரின் நிறுவனங்கள் (/listings/organisations).
organisations-title = நிறுவனங்கள்
oruk-link = Open Referral UK: கோப்பகத்தைப் பதிவிறக்குங்கள் அல்லது சேவைகளைக் கொண்டுவாருங்கள்
organisations-facts = { $services ->
        [one] 1 சேவை
       *[other] { $services } சேவைகள்
    } · { $members ->
        [one] 1 உறுப்பினர்
       *[other] { $members } உறுப்பினர்கள்
    } · { $pending } காத்திருக்கின்றன · { $due } சரிபார்க்க வேண்டும்
organisations-last-change = கடைசி மாற்றம் வெளியிடப்பட்டது: { $date }
organisations-oldest-check = மிகப் பழைய சரிபார்ப்பு: { $date }
organisations-add = நிறுவனத்தைச் சேர்
organisations-add-button = நிறுவனத்தைச் சேர்
organisations-created = நிறுவனம் சேவைப் பட்டியலில் சேர்க்கப்பட்டது. அதன் பட்டியல்களைக் கவனித்துக்கொள்பவருக்கு இந்த இணைப்பை அனுப்புங்கள்: இது ஒரு முறை மட்டும், 7 நாட்களுக்கு வேலை செய்யும்.
organisations-link = அதன் முதல் நிர்வாகிக்கான அழைப்பு இணைப்பு
organisation-edit-title = உங்கள் நிறுவனத்தின் விவரங்கள்

# ஒரு பட்டியலில் உள்ள பிரச்சினையைத் தெரிவித்தல் (/services/:id/report), மற்றும் புகார்கள்.
report-title = { $service } பற்றிய பிரச்சினையைத் தெரிவி
report-intro = என்ன தவறு என்று நிறுவனத்திடமும் வலையமைப்பின் ஒருங்கிணைப்பாளர்களிடமும் சொல்லுங்கள். யாருடைய பெயரையோ தொடர்பு விவரங்களையோ எழுதாதீர்கள்.
report-kind = என்ன தவறு?
report-kind-out-of-date = காலாவதியானது
report-kind-closed = மூடப்பட்டுவிட்டது
report-kind-contact = தவறான தொலைபேசி, மின்னஞ்சல் அல்லது முகவரி
report-kind-other = வேறு ஏதாவது
report-text = மேலும் விவரம் ("வேறு ஏதாவது" என்பதற்குத் தேவை)
report-submit = புகாரை அனுப்பு
report-sent = நன்றி. புகார் அனுப்பப்பட்டது.
report-kept = நன்றி. இப்போது இணைப்பு இல்லை: புகார் இந்தத் தொலைபேசியில் வைக்கப்பட்டு, இணைப்பு கிடைக்கும்போது அனுப்பப்படும்.
report-not-kept = இந்தத் தொலைபேசியால் புகாரை வைத்திருக்க முடியவில்லை. மீண்டும் முயலுங்கள்.
report-error-kind = என்ன தவறு என்பதைத் தேர்ந்தெடுங்கள்.
report-error-text = என்ன தவறு என்பதை அதிகபட்சம் 500 எழுத்துகளில் சொல்லுங்கள்.
reports-title = சேவைப் பட்டியலைப் பயன்படுத்துவோரின் புகார்கள்
reports-none = புகார்கள் இல்லை.
reports-about = { $kind }, { $date }
reports-done = முடிந்தது
reports-done-button = முடிந்ததாகக் குறி

listings-caseworkers = இதன் பரிந்துரைகளைக் கையாளுபவர்கள்
listings-caseworkers-intro = உங்கள் நிறுவனத்தின் நிர்வாகிகள் எப்போதும் கையாளுவார்கள். கூடுதலாகக் கையாள வேண்டிய உறுப்பினர்களைத் தேர்ந்தெடுங்கள்: அவர்கள் இந்தச் சேவையின் பரிந்துரைகளைத் தங்கள் உள்பெட்டியில் பார்த்து, அவற்றின் மீது நடவடிக்கை எடுக்கலாம்.
listings-caseworkers-save = பரிந்துரைகளைக் கையாளுபவர்களைச் சேமி
listings-caseworkers-saved = சேமிக்கப்பட்டது: அவர்கள் இதன் பரிந்துரைகளைத் தங்கள் உள்பெட்டியில் பார்ப்பார்கள்.
listing-error-member = உங்கள் நிறுவனத்தின் பணியாளர்களை மட்டுமே தேர்ந்தெடுக்க முடியும்.
organisation-areas = இது பணியாற்றும் பகுதிகள்
