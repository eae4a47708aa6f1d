# Signpost — বাংলা. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## একটি পরিবারকে রেফার করা (ফোনের দিক)

refer-title = { $service }-এ রেফার করুন
refer-not-accepting = এই পরিষেবা Signpost-এর মাধ্যমে রেফারেল নেয় না। সরাসরি পরিষেবার সঙ্গে যোগাযোগ করুন।
refer-needs-javascript = রেফারেল পাঠানো না যাওয়া পর্যন্ত এই ফোনে রাখা হয়, আর এর জন্য JavaScript লাগে। JavaScript চালু করুন, অথবা সরাসরি পরিষেবার সঙ্গে যোগাযোগ করুন।
refer-step-consent = 1. সম্মতি চান
refer-consent-language = বিবৃতিটি যে ভাষায় পড়বেন
referral-consent-statement = আমরা আপনার তথ্য { $service }-এর কাছে পাঠাতে চাই, যাতে আপনার যে সাহায্য দরকার সে বিষয়ে তারা আপনার সঙ্গে যোগাযোগ করতে পারে। আমরা আপনার নাম, আপনার সঙ্গে কীভাবে যোগাযোগ করা যাবে, আপনার পছন্দের ভাষা এবং আপনার কী সাহায্য দরকার তা শেয়ার করব। শুধু ওই পরিষেবা এবং আজ যিনি আপনাকে সাহায্য করছেন তিনিই এগুলো দেখবেন। { $period } ধরে কেউ রেফারেলটি নিয়ে কাজ না করলে আপনার তথ্য মুছে ফেলা হয়। আপনি না বলতে পারেন, এবং তাতে আজ আমরা আপনাকে যে সাহায্য দিচ্ছি তা বদলাবে না। পরে পরিষেবার সঙ্গে যোগাযোগ করে আপনি মত বদলাতে পারেন।
refer-consent-given = ব্যক্তিটি এই বিবৃতি শুনেছেন এবং রাজি আছেন
refer-consent-missing = ব্যক্তির সম্মতি ছাড়া কিছুই সংরক্ষণ করা বা পাঠানো হয় না।
refer-consent-machine-draft = এখনো কোনো দক্ষ ভাষাভাষী এই অনুবাদ যাচাই করেননি: এটি মেশিনে তৈরি একটি খসড়া। ব্যক্তিটি যদি এটি পুরোপুরি না-ও বুঝতে পারেন, তাহলে একজন দোভাষীর সাহায্য নিন।
refer-consent-in-english = এই অনুবাদটি তৈরির পরে ইংরেজি বিবৃতিটি বদলেছে, তাই আবার অনুবাদ না হওয়া পর্যন্ত এটি ইংরেজিতে দেখানো হচ্ছে। একজন দোভাষীর সাহায্য নিন।
refer-privacy-title = গোপনীয়তা বিজ্ঞপ্তি
refer-privacy-body = Signpost এই রেফারেলটি এই ফোনে কোড দিয়ে লক করে রাখে, শুধু যতক্ষণ না এটি পরিষেবার কাছে পৌঁছায়। তারপর ফোনে শুধু একটি নোট থাকে যে এটি পাঠানো হয়েছে, কোনো ব্যক্তিগত তথ্য ছাড়া। শুধু এই মানুষেরা তথ্য দেখতে পারেন: পরিষেবার ম্যানেজাররা, এর রেফারেল সামলানোর জন্য ম্যানেজাররা যে কর্মীদের বেছে নেন তাঁরা, এবং আপনি। আপনার সংস্থার আর কেউ এগুলো দেখতে পারেন না। নেটওয়ার্কের সমন্বয়কারী শুধু সংখ্যা দেখেন, কখনো নাম দেখেন না। { $period } ধরে কেউ রেফারেলটি নিয়ে কাজ না করলে তথ্য মুছে ফেলা হয়, রেফারেলটির যা-ই হোক না কেন।
refer-step-details = 2. রেফারেল
refer-name = ব্যক্তির নাম
refer-contact-method = তিনি কীভাবে যোগাযোগ চান
refer-contact-detail-phone = ফোন নম্বর
refer-contact-detail-sms = মোবাইল নম্বর
refer-contact-detail-email = ইমেইল ঠিকানা
refer-contact-detail-letter = ডাক ঠিকানা
refer-language = পছন্দের ভাষা
refer-choose = বেছে নিন…
refer-language-other = অন্য কোনো ভাষা
refer-language-other-name = ভাষার নাম
refer-interpreter = দোভাষী প্রয়োজন
refer-needs = কোন বিষয়ে সাহায্য দরকার
refer-support = প্রয়োজনীয় সহায়তা, আপনার নিজের ভাষায়
refer-urgency = কতটা জরুরি
refer-safeguarding = সুরক্ষা নিয়ে উদ্বেগ আছে
refer-safeguarding-hint = এটি শুধু পরিষেবাকে জানায়। এখনই আপনার নিজের সংস্থার সুরক্ষা-প্রক্রিয়াও অনুসরণ করুন।
refer-referrer-contact = আপনার ফোন নম্বর বা ইমেইল ঠিকানা
refer-submit = রেফারেল সংরক্ষণ করুন
refer-storage-failed = এই ফোন রেফারেলটি রাখতে পারেনি, তাই কিছুই সংরক্ষিত হয়নি। সরাসরি পরিষেবার সঙ্গে যোগাযোগ করুন।
refer-sign-in = একটি পরিবারকে রেফার করতে সাইন ইন করুন। রেফারেলগুলো এই ফোনে আপনার নামে রাখা হয়, তাই ইন্টারনেট সংযোগ থাকা অবস্থায় সাইন ইন করুন; তারপর সিগন্যাল ছাড়াও রেফার করতে পারবেন।

## এই ফোনে থাকা রেফারেল

outbox-title = এই ফোনের রেফারেল
outbox-empty = এই ফোনে কোনো রেফারেল নেই।
outbox-offline = সংযোগ নেই: ফোন আবার অনলাইন হলে অপেক্ষমাণ রেফারেলগুলো পাঠানো হবে।
outbox-sign-in = অপেক্ষমাণ রেফারেলগুলো পাঠাতে সাইন ইন করুন। ততক্ষণ সেগুলো এই ফোনেই থাকবে।
outbox-sign-in-link = সাইন ইন
outbox-unavailable = এই ব্রাউজার ফোনে রেফারেল রাখতে পারে না। সরাসরি পরিষেবাগুলোর সঙ্গে যোগাযোগ করুন।
outbox-send-now = এখনই পাঠান
outbox-sending = পাঠানো হচ্ছে…
outbox-state-queued = পাঠানোর অপেক্ষায়
outbox-state-sending = পাঠানো হচ্ছে
outbox-state-delivered = পরিষেবার কাছে পৌঁছেছে
outbox-state-conflict = পাঠানো হয়নি: সার্ভারে এই নম্বরের অন্য একটি রেফারেল আগে থেকেই আছে। পরিষেবার সঙ্গে কথা বলে নিন, তারপর এটি সরিয়ে দিন।
outbox-state-refused = পাঠানো হয়নি: এটি সংশোধন করা দরকার।
outbox-error-too-large = এই রেফারেলটি পাঠানোর জন্য খুব বড়। সরাসরি পরিষেবার সঙ্গে যোগাযোগ করুন, তারপর এটি এই ফোন থেকে সরিয়ে দিন।
outbox-others-waiting = { $count ->
    [one] অন্য একজন কর্মীর করা { $count }টি রেফারেল এই ফোনে অপেক্ষা করছে। শুধু তিনিই আবার সাইন ইন করলে এটি দেখতে বা পাঠাতে পারবেন।
   *[other] অন্য কর্মীদের করা { $count }টি রেফারেল এই ফোনে অপেক্ষা করছে। শুধু তাঁরাই আবার সাইন ইন করলে এগুলো দেখতে বা পাঠাতে পারবেন।
}
outbox-password-link = আপনার পাসওয়ার্ড বদলান
outbox-state-not-accepting = পাঠানো হয়নি: এই পরিষেবা এখন আর Signpost-এর মাধ্যমে রেফারেল নেয় না। পরিষেবার সঙ্গে যোগাযোগ করুন, বা অন্য কোনো পরিষেবায় রেফার করুন; তারপর এটি সরিয়ে দিন।
outbox-answer = পরিষেবার উত্তর: { $status }
outbox-remove = এই ফোন থেকে সরান
outbox-sign-out = সাইন আউট
outbox-sign-out-warning = { $count ->
    [one] { $count }টি রেফারেল এখনো পাঠানো হয়নি। সাইন আউট করলে এটি এই ফোন থেকে মুছে যাবে। তবুও সাইন আউট করবেন?
   *[other] { $count }টি রেফারেল এখনো পাঠানো হয়নি। সাইন আউট করলে এগুলো এই ফোন থেকে মুছে যাবে। তবুও সাইন আউট করবেন?
}

## A referral's status, outcome, urgency and contact method (the outbox, the form and the inbox)

referral-status-new = নতুন
referral-status-seen = দেখা হয়েছে
referral-status-accepted = গৃহীত
referral-status-declined = প্রত্যাখ্যাত
referral-status-closed = বন্ধ
referral-outcome-supported = সহায়তা দেওয়া হয়েছে
referral-outcome-could-not-contact = যোগাযোগ করা যায়নি
referral-outcome-no-longer-needed = আর প্রয়োজন নেই
referral-outcome-referred-elsewhere = অন্য জায়গায় রেফার করা হয়েছে
referral-urgency-routine = জরুরি নয়
referral-urgency-soon = শীঘ্রই
referral-urgency-urgent = জরুরি
referral-contact-phone = ফোন কল
referral-contact-sms = টেক্সট মেসেজ
referral-contact-email = ইমেইল
referral-contact-letter = চিঠি
referral-contact-through-referrer = যিনি রেফারেল করেছেন তাঁর মাধ্যমে

## Errors of a referral (the form, the outbox and the inbox show them)

referral-error-name-required = ব্যক্তির নাম লিখুন।
referral-error-name-too-long = নাম সর্বোচ্চ 100টি অক্ষরের হতে পারে।
referral-error-phone-invalid = 0116 496 0123-এর মতো একটি ফোন নম্বর লিখুন।
referral-error-mobile-invalid = টেক্সটের জন্য 07700 900123-এর মতো একটি মোবাইল নম্বর লিখুন।
referral-error-email-invalid = name@example.org-এর মতো একটি ইমেইল ঠিকানা লিখুন।
referral-error-address-invalid = একটি ডাক ঠিকানা লিখুন (8 থেকে 300টি অক্ষর)।
referral-error-language-invalid = ব্যক্তির পছন্দের ভাষা বেছে নিন।
referral-error-language-name = ভাষার নাম অক্ষরে লিখুন।
referral-error-support-required = অন্তত একটি প্রয়োজন বেছে নিন, অথবা প্রয়োজনীয় সহায়তার বিবরণ লিখুন।
referral-error-support-too-long = বিবরণ সর্বোচ্চ 2,000টি অক্ষরের হতে পারে।
referral-error-referrer-contact-invalid = আপনার ফোন নম্বর বা ইমেইল ঠিকানা লিখুন, যাতে পরিষেবা আপনার সঙ্গে যোগাযোগ করতে পারে।
referral-error-consent-required = রেফারেল সংরক্ষণ বা পাঠানোর আগে ব্যক্তিকে অবশ্যই রাজি হতে হবে।
referral-error-consent-invalid = সম্মতির রেকর্ডটি সঠিক নয়। ব্যক্তির সঙ্গে সম্মতির বিবৃতিটি আবার পড়ুন।
referral-error-consent-unknown = এই ফোনের সম্মতির বিবৃতিটি সার্ভারের জানা নয়। Signpost আপডেট করুন, তারপর ব্যক্তির সঙ্গে বিবৃতিটি আবার পড়ুন।
referral-error-reason-required = প্রত্যাখ্যানের একটি কারণ লিখুন।
referral-error-reason-too-long = কারণ সর্বোচ্চ 500টি অক্ষরের হতে পারে।
referral-error-status-change = এই পরিবর্তন এখন সম্ভব নয়। রেফারেলের বর্তমান অবস্থা দেখতে রিলোড করুন।
referral-error-purged = তথ্য সংরক্ষণ নীতি অনুযায়ী এই রেফারেলের ব্যক্তিগত তথ্য সরিয়ে ফেলা হয়েছে।
referral-error-note = নোটে 1 থেকে 2,000টি অক্ষর থাকতে হবে।
referral-error-batch = পাঠানো রেফারেলগুলো পড়া যায়নি। কিছুই সংরক্ষিত হয়নি; সেগুলো এখনো ফোনে আছে।
