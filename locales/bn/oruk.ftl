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

## সমন্বয়কারীর Open Referral UK পাতা (/listings/oruk)।
oruk-title = Open Referral UK
oruk-intro = Open Referral UK হলো সেই মান যা কাউন্সিল ও অন্য ডিরেক্টরিগুলো পরিষেবা ভাগ করতে ব্যবহার করে। এই ডিরেক্টরি এতে ডাউনলোড করুন, অথবা অন্য ডিরেক্টরি থেকে পরিষেবা আনুন।
oruk-import-heading = অন্য ডিরেক্টরি থেকে পরিষেবা আনুন
oruk-import-file = Open Referral UK ফাইল (JSON)
oruk-import-hint = ফাইলটি কী করবে তা দেখে আপনি হ্যাঁ না বলা পর্যন্ত কিছুই বদলায় না। পরিষেবাগুলো আইডি দিয়ে মেলানো হয়, তাই একই ফাইল দুবার আনলে কিছু বদলায় না।
oruk-import-check = ফাইলটি যাচাই করুন
oruk-error-no-file = যাচাই করতে একটি ফাইল বেছে নিন।
oruk-error-not-oruk = ফাইলটি Open Referral UK JSON নয়।
oruk-error-too-large = ফাইলটি খুব বড়: সর্বোচ্চ 50 MB।
oruk-error-expired = এই যাচাইয়ের মেয়াদ শেষ। আবার ফাইলটি বেছে নিন।
oruk-report-heading = { $file } আনলে যা হবে
oruk-report-counts = নতুন: { $new }। বদলেছে: { $changed }। আগের মতোই: { $unchanged }। বাদ: { $refused }।
oruk-outcome-new = নতুন
oruk-outcome-changed = বদলেছে
oruk-outcome-refused = বাদ
oruk-entity-organization = সংস্থা
oruk-entity-service = পরিষেবা
oruk-field = ঘর { $field }:
oruk-import-confirm = নতুন ও বদলানো রেকর্ড আনুন
oruk-import-nothing = কিছুই বদলাবে না।
oruk-imported = হয়ে গেছে। ফোনগুলো পরের বার সংযোগে নতুন ও বদলানো পরিষেবা পাবে।
oruk-export-heading = এই ডিরেক্টরি ডাউনলোড করুন
oruk-export-json = পুরো ডিরেক্টরি, একটি JSON ফাইলে
oruk-export-csv = একই জিনিস, CSV সারণিতে:
oruk-api = অন্য ডিরেক্টরিগুলো যেকোনো সময় এই ঠিকানা থেকে এটি পড়তে পারে:
