# Signpost — हिन्दी. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

# Listings kept by the network: the fields of a listing, as a change's before/after shows them.
listing-field-name = नाम
listing-field-description = विवरण
listing-field-status = खुली है या बंद
listing-field-eligibility = किसके लिए है
listing-field-ages = उम्र
listing-field-cost = खर्च
listing-field-access = मदद कैसे पाएँ
listing-field-referrals = Signpost के ज़रिए रेफ़रल लेती है
listing-field-needs = किन ज़रूरतों में मदद करती है
listing-field-languages = कर्मचारी कौन-सी भाषाएँ बोलते हैं
listing-field-areas = किन इलाकों में सेवा देती है
listing-field-locations = जगहें
listing-field-phones = फ़ोन नंबर
listing-field-email = ईमेल
listing-field-website = वेबसाइट
listing-field-hours = खुलने का समय
listing-field-closures = बंद रहने के दिन
listing-field-special-hours = कुछ तारीखों पर अलग समय
listing-field-checked = संस्था ने आखिरी बार कब जाँचा
listing-error-reason = लिखें कि बदलाव वापस क्यों भेजा जा रहा है (ज़्यादा से ज़्यादा 1,000 अक्षर)।
listing-yes = हाँ
listing-no = नहीं
listing-none = (कोई नहीं)
listing-date-range = { $from } से { $to } तक

# An organisation's listings (/listings).
listings-title = आपकी संस्था की लिस्टिंग
listings-sign-in-needed = अपनी संस्था की लिस्टिंग अपडेट रखने के लिए साइन इन करें।
listings-forbidden = लिस्टिंग केवल संस्था के एडमिन और नेटवर्क के समन्वयक बदल सकते हैं।
coordinator-only = यह पेज केवल नेटवर्क के समन्वयक देख सकते हैं।
listings-saved-pending = सहेजा गया। सबको दिखने से पहले एक समन्वयक इस बदलाव की जाँच करेगा।
listings-saved-published = सहेजा गया। अब सबको यह बदलाव दिखता है, और फ़ोन अगली बार कनेक्ट होने पर इसे पा लेंगे।
listings-confirmed = धन्यवाद: दर्ज कर लिया गया है कि लिस्टिंग आज जाँची गई।
listings-edit-organisation = अपनी संस्था की जानकारी बदलें
listings-services = सेवाएँ
listings-none = आपकी संस्था की अभी कोई सेवा सूची में नहीं है।
listings-add = सेवा जोड़ें
listings-changes = हाल के बदलाव
listings-no-changes = अभी कोई बदलाव नहीं।
listings-waiting = बदलाव समन्वयक की प्रतीक्षा में
listings-archived = सेवाओं की सूची से हटाई गई
listings-checked = { $date } को जाँचा गया
listings-due = आखिरी बार { $date } को जाँचा गया। कृपया जाँचें कि यह अब भी सही है।
listings-stale = आखिरी बार { $date } को जाँचा गया, एक साल से ज़्यादा पहले: सेवाओं की सूची लोगों को चेतावनी देती है कि यह पुरानी हो सकती है।
listings-never-checked = कभी नहीं जाँचा गया। कृपया जाँचें कि यह अब भी सही है।
listings-confirm = अब भी सही है
listings-confirm-named = { $name } अब भी सही है
listings-edit = बदलें
listings-history = पुराने संस्करण
listings-trust-heading = भरोसेमंद संस्था
listings-trusted = भरोसेमंद: बदलाव तुरंत प्रकाशित होते हैं
listings-not-trusted = भरोसेमंद नहीं: हर बदलाव को पहले एक समन्वयक जाँचता है
listings-trust = इस संस्था पर भरोसा करें
listings-untrust = इस संस्था पर भरोसा करना बंद करें

change-kind-new = नई सेवा
change-kind-changed = बदली गई
change-kind-archived = हटाई गई
change-state-pending = समन्वयक की प्रतीक्षा में
change-state-published = प्रकाशित
change-state-returned = वापस भेजा गया
change-state-replaced = बाद के बदलाव ने इसकी जगह ले ली
change-summary = { $kind }, { $state }, { $date }
change-reason = वापस भेजने का कारण:

# The service form (/listings/edit).
edit-title = { $name } बदलें
edit-title-new = सेवा जोड़ें
edit-intro = जो गलत है या छूट गया है उसे बदलें, फिर सहेजें। सबको दिखने से पहले एक समन्वयक बदलावों की जाँच करता है।
edit-intro-new = जो आप जानते हैं वह भरें, फिर सहेजें। सबको दिखने से पहले एक समन्वयक नई सेवाओं की जाँच करता है।
edit-back = लिस्टिंग पर वापस जाएँ
edit-returned = एक समन्वयक ने आपका पिछला बदलाव वापस भेज दिया:
edit-waiting = इसमें एक बदलाव समन्वयक की प्रतीक्षा में है। आप उसी संस्करण को बदल रहे हैं।
edit-conflict-theirs = नया संस्करण आपके लिखे से कैसे अलग है:
edit-draft-found = इस फ़ोन ने वे बदलाव रखे हुए हैं जो आपने पहले लिखे थे और सहेजे नहीं थे।
edit-draft-use = उन्हें वापस लाएँ
edit-draft-discard = उन्हें हटा दें
edit-problems = कृपया इन्हें ठीक करें और फिर से सहेजें:
edit-save = सहेजें
edit-archive-heading = इस सेवा को सूची से हटाएँ
edit-archive-intro = उस सेवा के लिए जो बंद हो चुकी है। इसे रखा जाता है, और एक समन्वयक इसे वापस ला सकता है।
edit-archive = हटाएँ
edit-about = सेवा के बारे में
edit-status-active = खुली है
edit-status-temporarily-closed = अभी के लिए बंद
edit-status-inactive = अब नहीं चल रही
edit-who = किसके लिए है
edit-min-age = सबसे कम उम्र (किसी भी उम्र के लिए खाली छोड़ें)
edit-max-age = सबसे ज़्यादा उम्र (किसी भी उम्र के लिए खाली छोड़ें)
edit-free = मुफ़्त
edit-fees = अगर मुफ़्त नहीं, तो कितना खर्च है
edit-hours-hint = जिस पंक्ति की ज़रूरत नहीं है, उसे खाली छोड़ दें।
edit-period-label = खुलने का समय { $number }
edit-day = दिन
edit-opens = खुलने का समय
edit-closes = बंद होने का समय
edit-overnight = आधी रात के बाद तक
edit-add-period = खुलने का एक और समय जोड़ें
edit-closures-hint = बैंक हॉलिडे और दूसरे दिन जब यह बंद रहती है। एक ही दिन के लिए "तक" खाली छोड़ें।
edit-closure-label = बंद रहने के दिन { $number }
edit-closed-from = कब से बंद
edit-closed-to = तक
edit-closed-note = कारण (वैकल्पिक)
edit-add-closure = बंद रहने के और दिन जोड़ें
edit-special-hint = ख़ास तारीखों पर कम या ज़्यादा समय, जैसे क्रिसमस से पहले का दिन: उन तारीखों पर ये सामान्य समय की जगह लेते हैं। एक ही दिन के लिए "तक" खाली छोड़ें।
edit-special-label = अलग समय { $number }
edit-special-from = कब से
edit-add-special = अलग समय वाली और तारीखें जोड़ें
edit-location-label = जगह { $number }
edit-place-name = जगह का नाम (वैकल्पिक)
edit-address = सड़क का पता
edit-city = कस्बा या शहर
edit-postcode = पोस्टकोड
edit-neighbourhood = इलाका (जैसे Highfields)
edit-latitude = अक्षांश (वैकल्पिक)
edit-longitude = देशांतर (वैकल्पिक)
edit-add-location = एक और जगह जोड़ें
edit-areas-hint = हर पंक्ति में एक इलाका।
edit-contact = संपर्क
edit-phone-label = फ़ोन { $number }
edit-phone-number = फ़ोन नंबर
edit-phone-description = यह नंबर किसलिए है (वैकल्पिक)
edit-add-phone = एक और फ़ोन नंबर जोड़ें
edit-languages-hint = भाषा कोड, कॉमा (,) से अलग करके: सोमाली के लिए so, गुजराती के लिए gu, पोलिश के लिए pl।

# A service's earlier versions (/listings/history).
history-title = { $name } के पुराने संस्करण
history-version = संस्करण { $version }, { $date }, { $who } द्वारा
history-approved-by = { $who } द्वारा स्वीकृत
history-by-operator = Signpost चलाने वाले लोग
history-changed = बदला गया: { $fields }
history-restore = संस्करण { $version } वापस लाएँ
history-restored = वह संस्करण सेवाओं की सूची में वापस आ गया है।

# The coordinator's queue (/listings/changes).
queue-title = जाँचने के लिए बदलाव
queue-empty = कोई बदलाव प्रतीक्षा में नहीं है।
queue-asked = { $kind } · { $who } ने { $date } को अनुरोध किया
queue-field = क्या
queue-before = पहले
queue-after = बाद में
queue-approve = मंज़ूर करें और प्रकाशित करें
queue-reason = आप इसे वापस क्यों भेज रहे हैं (संस्था यह देखती है)
queue-send-back = वापस भेजें
queue-approved = प्रकाशित हो गया। फ़ोन अगली बार कनेक्ट होने पर इसे पा लेंगे।
queue-sent-back = संस्था को वापस भेज दिया गया।

# The coordinator's organisations (/listings/organisations).
organisations-title = संस्थाएँ
oruk-link = Open Referral UK: निर्देशिका डाउनलोड करें या सेवाएँ लाएँ
organisations-facts = { $services ->
        [one] { $services } सेवा
       *[other] { $services } सेवाएँ
    } · { $members ->
        [one] { $members } सदस्य
       *[other] { $members } सदस्य
    } · { $pending } प्रतीक्षा में · { $due } जाँचने बाकी
organisations-last-change = आखिरी बदलाव { $date } को प्रकाशित हुआ
organisations-oldest-check = सबसे पुरानी जाँच: { $date }
organisations-add = संस्था जोड़ें
organisations-add-button = संस्था जोड़ें
organisations-created = संस्था सेवाओं की सूची में आ गई है। यह लिंक उस व्यक्ति को भेजें जो इसकी लिस्टिंग संभालेगा: यह एक बार, 7 दिनों के लिए काम करता है।
organisations-link = इसके पहले एडमिन के लिए आमंत्रण लिंक
organisation-edit-title = आपकी संस्था की जानकारी

# Reporting a problem with a listing (/services/:id/report), and the reports.
report-title = { $service } में समस्या की रिपोर्ट करें
report-intro = संस्था और नेटवर्क के समन्वयकों को बताएँ कि क्या गलत है। किसी का नाम या संपर्क जानकारी न लिखें।
report-kind = क्या गलत है?
report-kind-out-of-date = पुरानी जानकारी
report-kind-closed = यह बंद हो गई है
report-kind-contact = गलत फ़ोन, ईमेल या पता
report-kind-other = कुछ और
report-text = ज़्यादा जानकारी ("कुछ और" के लिए ज़रूरी)
report-submit = रिपोर्ट भेजें
report-sent = धन्यवाद। रिपोर्ट भेज दी गई है।
report-kept = धन्यवाद। अभी कनेक्शन नहीं है: रिपोर्ट इस फ़ोन पर रखी गई है और कनेक्शन मिलने पर भेज दी जाएगी।
report-not-kept = यह फ़ोन रिपोर्ट नहीं रख सका। कृपया फिर से कोशिश करें।
report-error-kind = चुनें कि क्या गलत है।
report-error-text = ज़्यादा से ज़्यादा 500 अक्षरों में बताएँ कि क्या गलत है।
reports-title = सेवाओं की सूची इस्तेमाल करने वालों की रिपोर्टें
reports-none = कोई रिपोर्ट नहीं।
reports-about = { $kind }, { $date }
reports-done = हो गया
reports-done-button = "हो गया" के रूप में चिह्नित करें

listings-caseworkers = इसके रेफ़रल पर कौन काम करता है
listings-caseworkers-intro = आपकी संस्था के एडमिन हमेशा करते हैं। उन सदस्यों को चुनें जिन्हें भी करना चाहिए: वे इस सेवा के रेफ़रल अपने इनबॉक्स में देखते हैं और उन पर कार्रवाई कर सकते हैं।
listings-caseworkers-save = सहेजें कि इसके रेफ़रल पर कौन काम करता है
listings-caseworkers-saved = सहेजा गया: वे इसके रेफ़रल अपने इनबॉक्स में देखते हैं।
listing-error-member = केवल आपकी संस्था के कार्यकर्ता ही चुने जा सकते हैं।
organisation-areas = जिन इलाकों में यह काम करती है

## Checks on a service before it is saved (the listings pages show them)

service-invalid-name = नाम 1 से 200 अक्षरों का होना चाहिए।
service-invalid-text = विवरण और “किसके लिए है”, हर एक ज़्यादा से ज़्यादा 5,000 अक्षरों का होना चाहिए।
service-invalid-ages = उम्र 0 से 120 तक होनी चाहिए, और सबसे कम उम्र सबसे ज़्यादा उम्र से बड़ी नहीं होनी चाहिए।
service-invalid-needs = कम से कम एक ऐसी ज़रूरत चुनें जिसमें सेवा मदद करती है।
service-invalid-language = भाषाएँ ISO 639 कोड होनी चाहिए, जैसे सोमाली के लिए so या गुजराती के लिए gu।
service-invalid-hours = खुलने के समय में सोमवार से रविवार तक का कोई दिन और 00:00 से 23:59 तक का समय होना चाहिए।
service-invalid-closure = बंद रहने की अवधि उसी दिन या उसके बाद खत्म होनी चाहिए जिस दिन वह शुरू होती है, और उसका नोट ज़्यादा से ज़्यादा 200 अक्षरों का हो।
service-invalid-special-hours = अलग समय के लिए शुरू की तारीख, (अगर हो तो) उसी दिन या उसके बाद की आख़िरी तारीख, खुलने का समय और उसके बाद बंद होने का समय चाहिए; नोट ज़्यादा से ज़्यादा 200 अक्षरों का।
service-invalid-email = ईमेल पता सही नहीं है।
service-invalid-website = वेबसाइट https:// से शुरू होने वाला पूरा पता होना चाहिए।
service-invalid-phone = फ़ोन नंबर में कम से कम 3 अंक और ज़्यादा से ज़्यादा 40 अक्षर होने चाहिए, और उसका विवरण ज़्यादा से ज़्यादा 200 अक्षरों का।
service-invalid-organisation = वह संस्था सेवाओं की सूची में नहीं है।
service-invalid-location = हर जगह के लिए एक पता और एक कस्बा या शहर चाहिए (हर एक ज़्यादा से ज़्यादा 200 अक्षर); नक्शे के निर्देशांक, अगर दिए गए हों, तो संख्याएँ होने चाहिए।
service-invalid-postcode = पोस्टकोड UK का पोस्टकोड होना चाहिए, जैसे LE2 0AB।
service-invalid-fees = ख़र्च का विवरण ज़्यादा से ज़्यादा 200 अक्षरों का होना चाहिए।
service-invalid-areas = हर इलाका 1 से 200 अक्षरों का होना चाहिए, और ज़्यादा से ज़्यादा 50 इलाके हो सकते हैं।
service-invalid-period-order = खुलने का समय शुरू होने के बाद ही खत्म होना चाहिए। अगर यह आधी रात के बाद तक चलता है, तो "आधी रात के बाद तक" पर टिक करें।
service-invalid-status = चुनें कि सेवा खुली है, अभी के लिए बंद है, या अब नहीं चल रही।
