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
