# Signpost — বাংলা. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Open Referral UK আমদানি: কেন একটি রেকর্ড বাদ পড়েছে (পাশে ঘরের নাম দেওয়া আছে)।
oruk-refused-id = আইডিটি UUID নয়।
oruk-refused-organization = এর সংস্থা উৎসে নেই, অথবা বাদ পড়েছে।
oruk-refused-status = অবস্থা হতে হবে active, inactive, defunct বা temporarily closed।
oruk-refused-schedule = শুধু সাপ্তাহিক খোলার সময় আনা যায়, যাতে দিন, খোলার ও বন্ধের সময় আছে।
oruk-refused-needs = এর কোনো শ্রেণি-শব্দ এই ডিরেক্টরির জানা কোনো প্রয়োজন নয়।
oruk-refused-date = তারিখ বছর-মাস-দিন আকারে লিখুন, যেমন 2026-11-03।
oruk-refused-record = এই রেকর্ডটি পড়া যায়নি।
oruk-refused-duplicate = এই আইডি উৎসে দুবার আছে।
