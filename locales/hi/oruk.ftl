# Signpost — हिन्दी. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Open Referral UK आयात: कोई रिकॉर्ड क्यों छोड़ा गया (फ़ील्ड का नाम साथ में है)।
oruk-refused-id = आईडी UUID नहीं है।
oruk-refused-organization = इसका संगठन स्रोत में नहीं है, या छोड़ दिया गया।
oruk-refused-status = स्थिति active, inactive, defunct या temporarily closed होनी चाहिए।
oruk-refused-schedule = केवल साप्ताहिक खुलने के समय लाए जा सकते हैं, जिनमें दिन, खुलने और बंद होने का समय हो।
oruk-refused-needs = इसका कोई वर्गीकरण शब्द ऐसी ज़रूरत नहीं है जिसे यह निर्देशिका जानती हो।
oruk-refused-date = तारीख़ वर्ष-महीना-दिन के रूप में लिखें, जैसे 2026-11-03।
oruk-refused-record = यह रिकॉर्ड पढ़ा नहीं जा सका।
oruk-refused-duplicate = यह आईडी स्रोत में दो बार है।

## समन्वयक का Open Referral UK पेज (/listings/oruk)।
oruk-title = Open Referral UK
oruk-intro = Open Referral UK वह मानक है जिसे काउंसिल और दूसरी निर्देशिकाएँ सेवाएँ साझा करने के लिए इस्तेमाल करती हैं। यह निर्देशिका उसमें डाउनलोड करें, या किसी दूसरी निर्देशिका से सेवाएँ लाएँ।
oruk-import-heading = दूसरी निर्देशिका से सेवाएँ लाएँ
oruk-import-file = Open Referral UK फ़ाइल (JSON)
oruk-import-hint = जब तक आप देखकर हाँ न कहें कि फ़ाइल क्या करेगी, कुछ नहीं बदलता। सेवाएँ उनकी आईडी से मिलाई जाती हैं, इसलिए वही फ़ाइल दो बार लाने से कुछ नहीं बदलता।
oruk-import-check = फ़ाइल जाँचें
oruk-error-no-file = जाँचने के लिए फ़ाइल चुनें।
oruk-error-not-oruk = यह फ़ाइल Open Referral UK JSON नहीं है।
oruk-error-too-large = यह फ़ाइल बहुत बड़ी है: अधिकतम 50 MB।
oruk-error-expired = इस जाँच की समय-सीमा ख़त्म हो गई। फ़ाइल फिर से चुनें।
oruk-report-heading = { $file } लाने से क्या होगा
oruk-report-counts = नई: { $new }। बदली: { $changed }। पहले जैसी: { $unchanged }। छोड़ी गई: { $refused }।
oruk-outcome-new = नया
oruk-outcome-changed = बदला
oruk-outcome-refused = छोड़ा गया
oruk-entity-organization = संगठन
oruk-entity-service = सेवा
oruk-field = फ़ील्ड { $field }:
oruk-import-confirm = नए और बदले रिकॉर्ड लाएँ
oruk-import-nothing = कुछ नहीं बदलेगा।
oruk-imported = हो गया। फ़ोन अगली बार जुड़ने पर नई और बदली सेवाएँ पाएँगे।
oruk-export-heading = यह निर्देशिका डाउनलोड करें
oruk-export-json = पूरी निर्देशिका, एक JSON फ़ाइल में
oruk-export-csv = वही, CSV तालिकाओं के रूप में:
oruk-api = दूसरी निर्देशिकाएँ इसे कभी भी इस पते से पढ़ सकती हैं:
