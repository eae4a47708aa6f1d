# Signpost — हिन्दी. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

# रेफ़रल पाने वाली संस्था का इनबॉक्स।

## The inbox

inbox-title = मिले हुए रेफ़रल
inbox-new-count =
    { $count ->
        [0] कोई नया रेफ़रल नहीं
        [one] { $count } नया रेफ़रल
       *[other] { $count } नए रेफ़रल
    }
inbox-empty = आपकी संस्था की सेवाओं को अभी तक कोई रेफ़रल नहीं मिला है।
inbox-purge-soon-count =
    { $count ->
        [one] { $count } रेफ़रल की निजी जानकारी एक महीने के अंदर मिटा दी जाएगी, क्योंकि किसी ने उस पर काम नहीं किया है। उसे रखने के लिए उसे अपडेट करें या कोई नोट जोड़ें।
       *[other] { $count } रेफ़रलों की निजी जानकारी एक महीने के अंदर मिटा दी जाएगी, क्योंकि किसी ने उन पर काम नहीं किया है। उन्हें रखने के लिए उन्हें अपडेट करें या कोई नोट जोड़ें।
    }
inbox-purge-on = अगर कोई इस रेफ़रल पर काम नहीं करता, तो निजी जानकारी { $date } को मिटा दी जाएगी।
inbox-pages = रेफ़रल के पेज
inbox-page-of = { $pages } में से पेज { $page }
inbox-page-newer = नए रेफ़रल
inbox-page-older = पुराने रेफ़रल
inbox-sign-in-needed = आपकी संस्था को मिले रेफ़रल देखने के लिए साइन इन करें।
inbox-forbidden = किसी सेवा को मिले रेफ़रल केवल आपकी संस्था के एडमिन, और वे सदस्य जिन्हें वे उस सेवा के लिए चुनते हैं, देख सकते हैं।
inbox-details-removed = जानकारी हटा दी गई
inbox-safeguarding = सुरक्षा की चिंता
inbox-status = स्थिति
inbox-urgency = कितना ज़रूरी
inbox-needs = ज़रूरतें
inbox-needs-described = ज़रूरी मदद देखें
inbox-received = मिला
inbox-changed = आखिरी अपडेट
inbox-date-time = { $date }, { $time }

## One referral

inbox-referral-title = रेफ़रल
inbox-for-service = किसके लिए:
inbox-decline-reason-given = अस्वीकार करने का कारण
inbox-outcome = नतीजा
inbox-section-need = क्या चाहिए
inbox-support = ज़रूरी मदद
inbox-support-none = कोई विवरण नहीं दिया गया।
inbox-safeguarding-label = सुरक्षा की चिंता
inbox-yes = हाँ
inbox-no = नहीं
inbox-section-contact = संपर्क
inbox-contact-method = संपर्क कैसे करें
inbox-contact-detail = संपर्क जानकारी
inbox-language = पसंद की भाषा
inbox-interpreter = दुभाषिया चाहिए
inbox-referred-by = रेफ़र करने वाले
inbox-referrer-contact = रेफ़र करने वाले व्यक्ति से संपर्क
inbox-section-consent = सहमति
inbox-consent-given = व्यक्ति ने रेफ़र किए जाने के लिए, और यह जानकारी इस सेवा के साथ साझा किए जाने के लिए, सहमति दी।
inbox-consent-statement = व्यक्ति को क्या बताया गया
inbox-consent-language = किस भाषा में पढ़ा गया
inbox-consent-time = सहमति कब दी गई

## What can be done to a referral

inbox-actions = आगे क्या करें
inbox-no-actions = यह रेफ़रल बंद है। इस पर अब और कुछ नहीं किया जा सकता।
inbox-mark-seen = "देखा गया" के रूप में चिह्नित करें
inbox-accept = स्वीकार करें
inbox-decline-legend = रेफ़रल अस्वीकार करें
inbox-decline-reason = अस्वीकार करने का कारण
inbox-decline-hint = रेफ़र करने वाला व्यक्ति यह कारण देखेगा। इसमें कोई निजी जानकारी न लिखें।
inbox-decline = अस्वीकार करें
inbox-close-legend = रेफ़रल बंद करें
inbox-outcome-choose = नतीजा चुनें
inbox-close = बंद करें
inbox-error-outcome = रेफ़रल बंद करने के लिए नतीजा चुनें।
inbox-saved = सहेजा गया।

## Notes (seen by the receiving organisation only)

inbox-notes = नोट
inbox-notes-none = अभी कोई नोट नहीं।
inbox-note-add = नोट जोड़ें
inbox-note-label = नोट
inbox-note-hint = नोट केवल वे लोग देखते हैं जो इस सेवा के रेफ़रल पर काम करते हैं। ज़्यादा से ज़्यादा 2,000 अक्षर।
inbox-note-submit = नोट जोड़ें
inbox-note-by = { $author }, { $time }
