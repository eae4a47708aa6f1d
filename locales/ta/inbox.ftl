# Signpost — தமிழ். Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).
# பரிந்துரைகளைப் பெறும் நிறுவனத்தின் உள்பெட்டி.

## உள்பெட்டி

inbox-title = பெறப்பட்ட பரிந்துரைகள்
inbox-new-count =
    { $count ->
        [0] புதிய பரிந்துரைகள் இல்லை
        [one] ஒரு புதிய பரிந்துரை
       *[other] { $count } புதிய பரிந்துரைகள்
    }
inbox-empty = உங்கள் நிறுவனத்தின் சேவைகளுக்கு இன்னும் எந்தப் பரிந்துரையும் வரவில்லை.
inbox-purge-soon-count =
    { $count ->
        [one] ஒரு பரிந்துரையில் யாரும் வேலை செய்யாததால், அதன் தனிப்பட்ட விவரங்கள் ஒரு மாதத்திற்குள் நீக்கப்படும். அதை வைத்திருக்க, அதைப் புதுப்பியுங்கள் அல்லது ஒரு குறிப்பைச் சேருங்கள்.
       *[other] { $count } பரிந்துரைகளில் யாரும் வேலை செய்யாததால், அவற்றின் தனிப்பட்ட விவரங்கள் ஒரு மாதத்திற்குள் நீக்கப்படும். அவற்றை வைத்திருக்க, அவற்றைப் புதுப்பியுங்கள் அல்லது ஒரு குறிப்பைச் சேருங்கள்.
    }
inbox-purge-on = இந்தப் பரிந்துரையில் யாராவது வேலை செய்யாவிட்டால், தனிப்பட்ட விவரங்கள் { $date } அன்று நீக்கப்படும்.
inbox-pages = பரிந்துரைகளின் பக்கங்கள்
inbox-page-of = பக்கம் { $page } / { $pages }
inbox-page-newer = புதிய பரிந்துரைகள்
inbox-page-older = பழைய பரிந்துரைகள்
inbox-sign-in-needed = உங்கள் நிறுவனம் பெற்ற பரிந்துரைகளைப் பார்க்க உள்நுழையுங்கள்.
inbox-forbidden = உங்கள் நிறுவனத்தின் நிர்வாகிகளும், ஒரு சேவைக்காக அவர்கள் தேர்ந்தெடுக்கும் உறுப்பினர்களும் மட்டுமே அது பெறும் பரிந்துரைகளைப் பார்க்க முடியும்.
inbox-details-removed = விவரங்கள் நீக்கப்பட்டன
inbox-safeguarding = பாதுகாப்புக் கவலை
inbox-status = நிலை
inbox-urgency = அவசரம்
inbox-needs = தேவைகள்
inbox-needs-described = தேவையான உதவியைப் பாருங்கள்
inbox-received = பெறப்பட்டது
inbox-changed = கடைசியாகப் புதுப்பிக்கப்பட்டது
inbox-date-time = { $date }, { $time }

## ஒரு பரிந்துரை

inbox-referral-title = பரிந்துரை
inbox-for-service = யாருக்கு:
inbox-decline-reason-given = மறுத்ததற்கான காரணம்
inbox-outcome = முடிவு
inbox-section-need = என்ன தேவை
inbox-support = தேவையான உதவி
inbox-support-none = விளக்கம் எதுவும் தரப்படவில்லை.
inbox-safeguarding-label = பாதுகாப்புக் கவலை
inbox-yes = ஆம்
inbox-no = இல்லை
inbox-section-contact = தொடர்பு
inbox-contact-method = எப்படித் தொடர்பு கொள்வது
inbox-contact-detail = தொடர்பு விவரங்கள்
inbox-language = விரும்பும் மொழி
inbox-interpreter = மொழிபெயர்ப்பாளர் தேவை
inbox-referred-by = பரிந்துரைத்தவர்
inbox-referrer-contact = பரிந்துரை செய்தவரின் தொடர்பு
inbox-section-consent = ஒப்புதல்
inbox-consent-given = பரிந்துரைக்கப்படவும், இந்த விவரங்கள் இந்தச் சேவையுடன் பகிரப்படவும் அந்த நபர் ஒப்புக்கொண்டார்.
inbox-consent-statement = அந்த நபரிடம் சொல்லப்பட்டது
inbox-consent-language = அது வாசிக்கப்பட்ட மொழி
inbox-consent-time = ஒப்புக்கொண்ட நேரம்

## ஒரு பரிந்துரையில் என்ன செய்யலாம்

inbox-actions = அடுத்து என்ன செய்வது
inbox-no-actions = இந்தப் பரிந்துரை முடிக்கப்பட்டது. இதில் இனி எதுவும் செய்ய முடியாது.
inbox-mark-seen = பார்த்ததாகக் குறி
inbox-accept = ஏற்கவும்
inbox-decline-legend = பரிந்துரையை மறுத்தல்
inbox-decline-reason = மறுப்பதற்கான காரணம்
inbox-decline-hint = பரிந்துரை செய்தவர் இந்தக் காரணத்தைப் பார்ப்பார். தனிப்பட்ட விவரங்களைச் சேர்க்காதீர்கள்.
inbox-decline = மறு
inbox-close-legend = பரிந்துரையை முடித்தல்
inbox-outcome-choose = ஒரு முடிவைத் தேர்ந்தெடுங்கள்
inbox-close = முடி
inbox-error-outcome = பரிந்துரையை முடிக்க ஒரு முடிவைத் தேர்ந்தெடுங்கள்.
inbox-saved = சேமிக்கப்பட்டது.

## குறிப்புகள் (பெறும் நிறுவனம் மட்டுமே பார்க்கும்)

inbox-notes = குறிப்புகள்
inbox-notes-none = இன்னும் குறிப்புகள் இல்லை.
inbox-note-add = குறிப்பைச் சேர்
inbox-note-label = குறிப்பு
inbox-note-hint = இந்தச் சேவையின் பரிந்துரைகளைக் கையாளுபவர்கள் மட்டுமே குறிப்புகளைப் பார்ப்பார்கள். அதிகபட்சம் 2,000 எழுத்துகள்.
inbox-note-submit = குறிப்பைச் சேர்
inbox-note-by = { $author }, { $time }
