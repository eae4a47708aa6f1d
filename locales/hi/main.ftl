# Signpost — हिन्दी. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Site

app-name = Signpost
app-description = Leicester में स्थानीय सामुदायिक सेवाएँ खोजें, और उन्हें परिवारों के साथ उनकी भाषा में साझा करें।
skip-to-content = मुख्य सामग्री पर जाएँ
language-switcher = भाषा
list-separator = { ", " }
notice-demo = डेमो डेटा: ये लिस्टिंग Signpost को आज़माने के लिए उदाहरण हैं। इनके फ़ोन नंबर और ईमेल किसी तक नहीं पहुँचते।
notice-machine-draft = यह अनुवाद मशीन से तैयार किया गया है और अभी तक किसी धाराप्रवाह हिंदी बोलने वाले ने इसकी जाँच नहीं की है।
footer-about = Signpost, Leicester में #PowerToChange सामुदायिक भागीदार नेटवर्क की सेवाओं की सूची है।
loading = लोड हो रहा है…

## Errors

not-found-title = पेज नहीं मिला
not-found-body = हमें वह पेज नहीं मिला। हो सकता है वह सेवा या संस्था हटा दी गई हो।
back-to-search = खोज पर वापस जाएँ
error-title = कुछ गड़बड़ हो गई
error-not-found = हमें वह नहीं मिला।
error-internal = हमारी तरफ़ से कुछ गड़बड़ हो गई। कृपया थोड़ी देर में फिर से कोशिश करें।
error-unreachable = Signpost सर्वर तक नहीं पहुँच सका। अपना कनेक्शन जाँचें और फिर से कोशिश करें।
error-bad-request = उस अनुरोध में कुछ ठीक नहीं था। कृपया फिर से कोशिश करें।
error-busy = सर्वर व्यस्त है। कृपया एक मिनट बाद फिर से कोशिश करें।
error-unavailable = Signpost अभी अपने डेटाबेस तक नहीं पहुँच पा रहा है। कृपया एक मिनट बाद फिर से कोशिश करें।

## Search

search-title = सेवा खोजें
search-label = आपको किस चीज़ में मदद चाहिए?
search-placeholder = जैसे: फ़ूड बैंक, घर के बारे में सलाह, लैपटॉप
search-button = खोजें
filters-legend = फ़िल्टर
filters-clear = खोज और फ़िल्टर हटाएँ
filter-need = ज़रूरत
filter-any-need = कोई भी ज़रूरत
filter-area = इलाका
filter-any-area = Leicester में कहीं भी
filter-language = बोली जाने वाली भाषा
filter-any-language = कोई भी भाषा
filter-age = व्यक्ति की उम्र
filter-free = मुफ़्त
filter-open-now = अभी खुला है
filter-referrals = रेफ़रल लेते हैं
results-count =
    { $count ->
        [0] कोई सेवा नहीं मिली
        [one] { $count } सेवा
       *[other] { $count } सेवाएँ
    }
results-empty = कुछ भी मेल नहीं खाता। दूसरे शब्द आज़माएँ, या कुछ फ़िल्टर हटाएँ।
pager-label = और नतीजे
pager-previous = पिछला
pager-next = अगला
pager-position = { $pages } में से पेज { $page }
card-facts-label = मुख्य जानकारी
card-languages = भाषाएँ: { $languages }
badge-free = मुफ़्त
badge-referrals = रेफ़रल लेते हैं

## Service page

service-by = चलाने वाली संस्था
service-about = इस सेवा के बारे में
service-needs = किसमें मदद करती है
service-who = किसके लिए है
service-free = मुफ़्त।
service-not-free = इसमें कुछ खर्च हो सकता है।
service-how = मदद कैसे पाएँ
service-hours = खुलने का समय
service-languages = कर्मचारी ये भाषाएँ बोलते हैं
service-contact = संपर्क
service-where = कहाँ
service-areas = इन इलाकों में: { $areas }
service-last-reviewed = संस्था ने आखिरी बार जाँचा: { $date }
service-may-be-out-of-date = संस्था ने एक साल से ज़्यादा समय से यह जानकारी नहीं जाँची है: हो सकता है यह पुरानी हो। किसी को भेजने से पहले फ़ोन कर लें।
service-report-link = इस लिस्टिंग में समस्या की रिपोर्ट करें
access-drop-in = खुलने के समय में सीधे आ जाएँ
access-self-referral = खुद उनसे संपर्क करें
access-professional-referral = कोई कार्यकर्ता, स्कूल या फ़ैमिली डॉक्टर रेफ़र कर सकता है
access-phone = फ़ोन पर मदद
access-appointment = अपॉइंटमेंट लेकर
access-signpost-referral = Signpost के ज़रिए रेफ़रल लेते हैं
access-contact = मदद कैसे मिलेगी, यह पूछने के लिए उनसे संपर्क करें
hours-caption = खुलने का समय, Leicester के समय के अनुसार
hours-none = खुलने का कोई तय समय नहीं: समय तय करने के लिए उनसे संपर्क करें।
hours-closed = बंद
hours-period = { $opens }–{ $closes }
hours-period-overnight = { $opens }–{ $closes } (अगले दिन)
hours-closure = { $from } से { $to } तक बंद
hours-special-day = { $date } को अलग समय: { $times }
hours-special = { $from } से { $to } तक अलग समय: { $times }
contact-call = { $number } पर कॉल करें
contact-text = { $number } पर मैसेज भेजें
contact-email = { $email } पर ईमेल करें
contact-website = वेबसाइट
location-map = नक्शे में खोलें

## Organisation page

organisation-services =
    { $count ->
        [0] कोई सेवा सूची में नहीं
        [one] { $count } सेवा
       *[other] { $count } सेवाएँ
    }

## Opening status

status-temporarily-closed = कुछ समय के लिए बंद
status-open-closes = अभी खुला है · { $when } बंद होगा
status-closed-opens = बंद है · { $when } खुलेगा
status-closed = बंद
status-no-hours = खुलने के समय के लिए उनसे संपर्क करें
when-today = { $time } बजे
when-tomorrow = कल { $time } बजे
when-weekday = { $day } को { $time } बजे
when-date = { $date } को { $time } बजे

## Ages

ages-range = उम्र { $min }–{ $max }
ages-min = उम्र { $min } और उससे ज़्यादा
ages-max = उम्र { $max } तक
ages-all = सभी उम्र

## Dates

day-1 = सोमवार
day-2 = मंगलवार
day-3 = बुधवार
day-4 = गुरुवार
day-5 = शुक्रवार
day-6 = शनिवार
day-7 = रविवार
month-1 = जनवरी
month-2 = फ़रवरी
month-3 = मार्च
month-4 = अप्रैल
month-5 = मई
month-6 = जून
month-7 = जुलाई
month-8 = अगस्त
month-9 = सितंबर
month-10 = अक्टूबर
month-11 = नवंबर
month-12 = दिसंबर
date-format = { $day } { $month } { $year }

## Needs. The -terms messages are extra search words, separated by commas.

need-food = भोजन
need-food-terms = फ़ूड बैंक, खाना, भूख, राशन, किराना, दोपहर का खाना
need-housing = घर और बेघरी
need-housing-terms = बेघर, आश्रय, किराया, किरायेदारी, बेदखली, सड़क पर सोना
need-money = पैसा, कर्ज़ और सरकारी भत्ते
need-money-terms = कर्ज़, भत्ते, बेनिफ़िट, यूनिवर्सल क्रेडिट, बिल, बजट
need-immigration = इमिग्रेशन, शरण और शरणार्थी
need-immigration-terms = शरण, शरणार्थी, होम ऑफ़िस, वीज़ा, नए आए लोग, आप्रवासन
need-health = स्वास्थ्य और मानसिक सेहत
need-health-terms = मानसिक स्वास्थ्य, सेहत, चिंता, घबराहट, सिकल सेल, देखभाल करने वाले
need-families = बच्चे और परिवार
need-families-terms = बच्चे, माता-पिता, परिवार, बच्चों की देखभाल
need-youth = युवाओं के लिए गतिविधियाँ
need-youth-terms = युवा, किशोर, यूथ क्लब, खेल
need-education = शिक्षा, प्रशिक्षण और रोज़गार
need-education-terms = नौकरी, काम, प्रशिक्षण, कोर्स, अंग्रेज़ी, ESOL, स्कूल
need-send = विशेष शैक्षिक ज़रूरतें और विकलांगता (SEND)
need-send-terms = SEND, विकलांगता, EHCP, विशेष ज़रूरतें, इंटर्नशिप
need-care-experienced = सरकारी देखभाल में पले-बढ़े
need-care-experienced-terms = केयर लीवर, सरकारी देखभाल, देखभाल में पले-बढ़े, फ़ॉस्टर केयर, पालक परिवार, पालक माता-पिता, बाल गृह, चिल्ड्रन होम
need-prisoners-families = कैदियों के परिवार
need-prisoners-families-terms = जेल, कैदी, मुलाकात, सज़ा
need-digital = कंप्यूटर और इंटरनेट
need-digital-terms = डिजिटल, कंप्यूटर सीखना, लैपटॉप, कंप्यूटर, इंटरनेट, ऑनलाइन, फ़ोन, मोबाइल, स्मार्टफ़ोन, वाईफ़ाई
need-community = समुदाय, संस्कृति और धर्म
need-community-terms = सामुदायिक केंद्र, संस्कृति, धर्म, स्वयंसेवा, सामाजिक
need-safety = अपराध और सुरक्षा
need-safety-terms = अपराध, चाकू से अपराध, शोषण, सुरक्षा, हिंसा

## Languages (ISO 639 codes)

language-en = अंग्रेज़ी
language-gu = गुजराती
language-pa = पंजाबी
language-pl = पोलिश
language-ro = रोमानियाई
language-ur = उर्दू
language-bn = बांग्ला
language-pt = पुर्तगाली
language-ar = अरबी
language-so = सोमाली
language-hi = हिंदी
language-ku = कुर्दी
language-fa = फ़ारसी
language-ps = पश्तो
language-ti = तिग्रिन्या
language-ta = तमिल
language-fr = फ़्रेंच
language-sw = स्वाहिली

## Offline: the connection and the directory saved on this phone

net-offline = आप ऑफ़लाइन हैं। Signpost इस फ़ोन पर सेवाओं की सहेजी गई सूची का इस्तेमाल कर रहा है।
net-offline-partial = आप ऑफ़लाइन हैं। कनेक्शन जाने से पहले सेवाओं की सूची का केवल कुछ हिस्सा इस फ़ोन पर सहेजा गया था।
net-offline-nothing = आप ऑफ़लाइन हैं, और सेवाओं की सूची अभी तक इस फ़ोन पर सहेजी नहीं गई है। इसे सहेजने के लिए एक बार कनेक्ट करें।
net-saving = बिना सिग्नल के इस्तेमाल के लिए सेवाओं की सूची इस फ़ोन पर सहेजी जा रही है…
net-progress = सेवाओं की सूची सहेजी जा रही है
net-saved = बिना सिग्नल के इस्तेमाल के लिए इस फ़ोन पर सहेजी गई
net-updated = { $ago } अपडेट की गई
net-sync-failed = सेवाओं की सूची में बदलावों की जाँच नहीं हो सकी। Signpost फिर से कोशिश करेगा।
net-save-failed = इस फ़ोन के ब्राउज़र ने सेवाओं की सूची सहेजने नहीं दी, इसलिए Signpost को काम करने के लिए कनेक्शन चाहिए।
net-persist-refused = अगर फ़ोन में जगह कम हो जाए, तो यह ब्राउज़र सेवाओं की सहेजी गई सूची मिटा सकता है। इसे बनाए रखने के लिए बीच-बीच में कनेक्शन के साथ Signpost खोलें।
# स्क्रीन के नीचे टिकी एकमात्र पंक्ति (बाकी बातें ऊपर के संदेश पेज में बताते हैं)।
net-line-offline = ऑफ़लाइन: सहेजी गई सूची इस्तेमाल हो रही है
net-line-offline-partial = ऑफ़लाइन: सूची का कुछ हिस्सा ही सहेजा गया
net-line-offline-nothing = ऑफ़लाइन: सूची अभी सहेजी नहीं गई
net-line-saving = सेवाओं की सूची सहेजी जा रही है…
net-line-saved = इस फ़ोन पर सहेजी गई
net-line-sync-failed = बदलावों की जाँच नहीं हो सकी
net-line-save-failed = सेवाओं की सूची सहेजी नहीं जा सकी
ago-just-now = अभी-अभी
ago-minutes =
    { $count ->
        [one] { $count } मिनट पहले
       *[other] { $count } मिनट पहले
    }
ago-hours =
    { $count ->
        [one] { $count } घंटा पहले
       *[other] { $count } घंटे पहले
    }
ago-days =
    { $count ->
        [one] { $count } दिन पहले
       *[other] { $count } दिन पहले
    }
update-available = Signpost का नया संस्करण तैयार है।
update-reload = फिर से लोड करें

## Accounts and referrals

error-unauthorised = ऐसा करने के लिए कृपया साइन इन करें।
error-forbidden = आपका खाता ऐसा नहीं कर सकता।
error-conflict = जब आप इस पर काम कर रहे थे, तब किसी और ने इसे बदल दिया। कुछ भी सहेजा नहीं गया: उनका संस्करण दिखाया गया है, और आपने जो लिखा था वह रखा गया है ताकि आप उसे फिर से जोड़ सकें।
error-cross-site = यह अनुरोध किसी दूसरी वेबसाइट से आया था और इसे अस्वीकार कर दिया गया।
footer-inbox = इनबॉक्स (मिले हुए रेफ़रल)
footer-listings = आपकी लिस्टिंग
footer-sign-in = साइन इन (भागीदार संस्थाएँ)
login-title = साइन इन करें
login-intro = नेटवर्क की भागीदार संस्थाओं के कर्मचारियों और स्वयंसेवकों के लिए। सेवाओं की सूची में खोज कोई भी बिना साइन इन किए कर सकता है।
login-email = ईमेल पता
login-password = पासवर्ड
login-submit = साइन इन करें
login-error-invalid = वह ईमेल पता और पासवर्ड किसी खाते से मेल नहीं खाते। उन्हें जाँचें और फिर से कोशिश करें।
login-error-limited = साइन इन करने की बहुत ज़्यादा कोशिशें हुईं। एक मिनट रुकें, फिर कोशिश करें।
login-error-busy = सर्वर व्यस्त है। कृपया एक मिनट बाद फिर से कोशिश करें।
login-needs-connection = साइन इन करने के लिए कनेक्शन चाहिए। आप फिर भी सेवाओं की सूची में खोज सकते हैं।

## Retention periods, as the consent statement and privacy notice say them

retention-period = { $unit ->
    [years] { $count ->
        [one] एक साल
       *[other] { $count } साल
    }
    [months] { $count ->
        [one] एक महीने
       *[other] { $count } महीने
    }
   *[days] { $count ->
        [one] एक दिन
       *[other] { $count } दिन
    }
}

## Links to pages whose own messages travel only with them (accounts.ftl, inbox.ftl, referrals.ftl)

inbox-sign-in = साइन इन करें
outbox-link = इस फ़ोन पर रेफ़रल
refer-link = परिवार को इस सेवा के पास रेफ़र करें
back-to-service = सेवा पर वापस जाएँ
inbox-back = मिले हुए रेफ़रल पर वापस जाएँ
invite-member-link = सदस्य को आमंत्रित करें
members-link = सदस्य
