# Signpost — हिन्दी. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Referring a family (the phone's side)

refer-title = { $service } के पास रेफ़र करें
refer-not-accepting = यह सेवा Signpost के ज़रिए रेफ़रल नहीं लेती। सीधे सेवा से संपर्क करें।
refer-needs-javascript = रेफ़रल भेजे जा सकने तक इस फ़ोन पर रखे जाते हैं, और इसके लिए JavaScript चाहिए। JavaScript चालू करें, या सीधे सेवा से संपर्क करें।
refer-step-consent = 1. सहमति माँगें
refer-consent-language = बयान किस भाषा में पढ़ें
referral-consent-statement = हम आपकी जानकारी { $service } को भेजना चाहेंगे, ताकि वे आपको जिस मदद की ज़रूरत है उसके बारे में आपसे संपर्क कर सकें। हम आपका नाम, आपसे संपर्क करने का तरीका, आपकी पसंद की भाषा और आपको किस मदद की ज़रूरत है, यह साझा करेंगे। इन्हें केवल वह सेवा और आज आपकी मदद करने वाला व्यक्ति देखेंगे। जब { $period } तक किसी ने भी रेफ़रल पर काम न किया हो, तब आपकी जानकारी मिटा दी जाती है। आप मना कर सकते हैं, और इससे वह मदद नहीं बदलेगी जो हम आज आपको देते हैं। आप बाद में सेवा से संपर्क करके अपना फ़ैसला बदल सकते हैं।
refer-consent-given = व्यक्ति ने यह बयान सुन लिया है और वे सहमत हैं
refer-consent-missing = व्यक्ति की सहमति के बिना कुछ भी सहेजा या भेजा नहीं जाता।
refer-consent-machine-draft = इस अनुवाद की अभी तक किसी धाराप्रवाह बोलने वाले ने जाँच नहीं की है: यह मशीन से तैयार किया गया मसौदा है। अगर व्यक्ति इसे शायद पूरी तरह न समझ पाएँ, तो दुभाषिए की मदद लें।
refer-consent-in-english = इस अनुवाद के बनने के बाद अंग्रेज़ी बयान बदल गया है, इसलिए जब तक इसका दोबारा अनुवाद नहीं होता, यह अंग्रेज़ी में दिखाया जाता है। दुभाषिए की मदद लें।
refer-privacy-title = गोपनीयता सूचना
refer-privacy-body = Signpost इस रेफ़रल को इस फ़ोन पर, कोड से लॉक करके, सिर्फ़ तब तक रखता है जब तक यह सेवा तक नहीं पहुँच जाता। उसके बाद फ़ोन पर सिर्फ़ एक नोट रहता है कि यह भेजा गया था, बिना किसी निजी जानकारी के। जानकारी सिर्फ़ ये लोग देख सकते हैं: सेवा के मैनेजर, वे कर्मचारी जिन्हें मैनेजर इसके रेफ़रल संभालने के लिए चुनते हैं, और आप। आपकी संस्था में कोई और इसे नहीं देख सकता। नेटवर्क का समन्वयक सिर्फ़ संख्याएँ देखता है, नाम कभी नहीं। जब { $period } तक किसी ने रेफ़रल पर काम नहीं किया हो, तब जानकारी मिटा दी जाती है, चाहे रेफ़रल का जो भी हुआ हो।
refer-step-details = 2. रेफ़रल
refer-name = व्यक्ति का नाम
refer-contact-method = उनसे कैसे संपर्क किया जाए
refer-contact-detail-phone = फ़ोन नंबर
refer-contact-detail-sms = मोबाइल नंबर
refer-contact-detail-email = ईमेल पता
refer-contact-detail-letter = डाक का पता
refer-language = पसंद की भाषा
refer-choose = चुनें…
refer-language-other = कोई और भाषा
refer-language-other-name = भाषा का नाम
refer-interpreter = दुभाषिया चाहिए
refer-needs = उन्हें किस चीज़ में मदद चाहिए
refer-support = ज़रूरी मदद, आपके अपने शब्दों में
refer-urgency = यह कितना ज़रूरी है
refer-safeguarding = सुरक्षा की चिंता है
refer-safeguarding-hint = इससे सिर्फ़ सेवा को पता चलता है। अभी, अपनी संस्था के सुरक्षा नियमों का भी पालन करें।
refer-referrer-contact = आपका फ़ोन नंबर या ईमेल पता
refer-submit = रेफ़रल सहेजें
refer-storage-failed = यह फ़ोन रेफ़रल नहीं रख सका, इसलिए कुछ भी सहेजा नहीं गया। सीधे सेवा से संपर्क करें।
refer-sign-in = परिवार को रेफ़र करने के लिए साइन इन करें। रेफ़रल इस फ़ोन पर आपके नाम से रखे जाते हैं, इसलिए कनेक्शन होने पर साइन इन करें; उसके बाद आप बिना सिग्नल के भी रेफ़र कर सकते हैं।

## The referrals on this phone

outbox-title = इस फ़ोन पर रेफ़रल
outbox-empty = इस फ़ोन पर कोई रेफ़रल नहीं है।
outbox-offline = कनेक्शन नहीं है: फ़ोन के फिर से ऑनलाइन होने पर प्रतीक्षा में रखे रेफ़रल भेज दिए जाएँगे।
outbox-sign-in = प्रतीक्षा में रखे रेफ़रल भेजने के लिए साइन इन करें। तब तक वे इसी फ़ोन पर रहेंगे।
outbox-sign-in-link = साइन इन करें
outbox-unavailable = यह ब्राउज़र फ़ोन पर रेफ़रल नहीं रख सकता। सीधे सेवाओं से संपर्क करें।
outbox-send-now = अभी भेजें
outbox-sending = भेजा जा रहा है…
outbox-state-queued = भेजे जाने की प्रतीक्षा में
outbox-state-sending = भेजा जा रहा है
outbox-state-delivered = सेवा तक पहुँच गया
outbox-state-conflict = नहीं भेजा गया: सर्वर पर इसी नंबर का एक अलग रेफ़रल पहले से है। सेवा से पता करें, फिर इसे हटा दें।
outbox-state-refused = नहीं भेजा गया: इसमें सुधार की ज़रूरत है।
outbox-error-too-large = यह रेफ़रल भेजने के लिए बहुत बड़ा है। सीधे सेवा से संपर्क करें, फिर इसे इस फ़ोन से हटा दें।
outbox-others-waiting = { $count ->
    [one] किसी दूसरे कार्यकर्ता का बनाया { $count } रेफ़रल इस फ़ोन पर प्रतीक्षा में है। केवल वही इसे देख या भेज सकते हैं, जब वे फिर से साइन इन करेंगे।
   *[other] दूसरे कार्यकर्ताओं के बनाए { $count } रेफ़रल इस फ़ोन पर प्रतीक्षा में हैं। केवल वही उन्हें देख या भेज सकते हैं, जब वे फिर से साइन इन करेंगे।
}
outbox-password-link = अपना पासवर्ड बदलें
outbox-state-not-accepting = नहीं भेजा गया: यह सेवा अब Signpost के ज़रिए रेफ़रल नहीं लेती। सेवा से संपर्क करें, या किसी दूसरी सेवा के पास रेफ़र करें; फिर इसे हटा दें।
outbox-answer = सेवा का जवाब: { $status }
outbox-remove = इस फ़ोन से हटाएँ
outbox-sign-out = साइन आउट करें
outbox-sign-out-warning = { $count ->
    [one] { $count } रेफ़रल अभी तक भेजा नहीं गया है। साइन आउट करने से यह इस फ़ोन से मिट जाएगा। फिर भी साइन आउट करें?
   *[other] { $count } रेफ़रल अभी तक भेजे नहीं गए हैं। साइन आउट करने से वे इस फ़ोन से मिट जाएँगे। फिर भी साइन आउट करें?
}

## A referral's status, outcome, urgency and contact method (the outbox, the form and the inbox)

referral-status-new = नया
referral-status-seen = देखा गया
referral-status-accepted = स्वीकार किया गया
referral-status-declined = अस्वीकार किया गया
referral-status-closed = बंद
referral-outcome-supported = मदद दी गई
referral-outcome-could-not-contact = संपर्क नहीं हो सका
referral-outcome-no-longer-needed = अब ज़रूरत नहीं
referral-outcome-referred-elsewhere = कहीं और रेफ़र किया गया
referral-urgency-routine = कोई जल्दी नहीं
referral-urgency-soon = जल्द
referral-urgency-urgent = बहुत ज़रूरी
referral-contact-phone = फ़ोन कॉल
referral-contact-sms = टेक्स्ट मैसेज
referral-contact-email = ईमेल
referral-contact-letter = चिट्ठी
referral-contact-through-referrer = रेफ़र करने वाले व्यक्ति के ज़रिए

## Errors of a referral (the form, the outbox and the inbox show them)

referral-error-name-required = व्यक्ति का नाम डालें।
referral-error-name-too-long = नाम ज़्यादा से ज़्यादा 100 अक्षरों का होना चाहिए।
referral-error-phone-invalid = 0116 496 0123 जैसा फ़ोन नंबर डालें।
referral-error-mobile-invalid = मैसेज के लिए 07700 900123 जैसा मोबाइल नंबर डालें।
referral-error-email-invalid = name@example.org जैसा ईमेल पता डालें।
referral-error-address-invalid = डाक का पता डालें (8 से 300 अक्षर)।
referral-error-language-invalid = व्यक्ति की पसंद की भाषा चुनें।
referral-error-language-name = भाषा का नाम अक्षरों में लिखें।
referral-error-support-required = कम से कम एक ज़रूरत चुनें, या बताएँ कि कौन-सी मदद चाहिए।
referral-error-support-too-long = विवरण ज़्यादा से ज़्यादा 2,000 अक्षरों का होना चाहिए।
referral-error-referrer-contact-invalid = अपना फ़ोन नंबर या ईमेल पता डालें, ताकि सेवा आपसे संपर्क कर सके।
referral-error-consent-required = रेफ़रल सहेजने या भेजने से पहले व्यक्ति की सहमति ज़रूरी है।
referral-error-consent-invalid = सहमति का रिकॉर्ड सही नहीं है। व्यक्ति के साथ सहमति का बयान फिर से पढ़ें।
referral-error-consent-unknown = इस फ़ोन पर मौजूद सहमति के बयान को सर्वर नहीं पहचानता। Signpost को अपडेट करें, फिर व्यक्ति के साथ बयान फिर से पढ़ें।
referral-error-reason-required = अस्वीकार करने का कारण बताएँ।
referral-error-reason-too-long = कारण ज़्यादा से ज़्यादा 500 अक्षरों का होना चाहिए।
referral-error-status-change = वह बदलाव अभी नहीं हो सकता। रेफ़रल की मौजूदा स्थिति देखने के लिए पेज फिर से लोड करें।
referral-error-purged = जानकारी रखने की नीति के तहत इस रेफ़रल की निजी जानकारी हटा दी गई है।
referral-error-note = नोट में 1 से 2,000 अक्षर होने चाहिए।
referral-error-batch = भेजे गए रेफ़रल पढ़े नहीं जा सके। कुछ भी सहेजा नहीं गया; वे अभी भी फ़ोन पर हैं।
