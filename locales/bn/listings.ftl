# Signpost — বাংলা. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

# নেটওয়ার্কের রাখা তালিকা: একটি তালিকার ঘরগুলো, কোনো পরিবর্তনের আগে/পরে যেভাবে দেখায়।
listing-field-name = নাম
listing-field-description = বিবরণ
listing-field-status = খোলা না বন্ধ
listing-field-eligibility = কাদের জন্য
listing-field-ages = বয়স
listing-field-cost = খরচ
listing-field-access = কীভাবে সাহায্য পাবেন
listing-field-referrals = Signpost-এর মাধ্যমে রেফারেল নেয়
listing-field-needs = যে প্রয়োজনে সাহায্য করে
listing-field-languages = কর্মীরা যে ভাষা বলেন
listing-field-areas = যে এলাকায় সেবা দেয়
listing-field-locations = জায়গা
listing-field-phones = ফোন নম্বর
listing-field-email = ইমেইল
listing-field-website = ওয়েবসাইট
listing-field-hours = খোলার সময়
listing-field-closures = বন্ধের দিন
listing-field-special-hours = কিছু তারিখে আলাদা সময়
listing-field-checked = সংস্থা সর্বশেষ যাচাই করেছে
listing-error-reason = পরিবর্তনটি কেন ফেরত পাঠানো হচ্ছে তা লিখুন (সর্বোচ্চ 1,000টি অক্ষর)।
listing-yes = হ্যাঁ
listing-no = না
listing-none = (কিছু নেই)
listing-date-range = { $from } থেকে { $to } পর্যন্ত

# একটি সংস্থার তালিকা (/listings)।
listings-title = আপনার সংস্থার তালিকা
listings-sign-in-needed = আপনার সংস্থার তালিকা হালনাগাদ রাখতে সাইন ইন করুন।
listings-forbidden = শুধু সংস্থার অ্যাডমিনরা এবং নেটওয়ার্কের সমন্বয়কারীরাই তালিকা বদলাতে পারেন।
coordinator-only = শুধু নেটওয়ার্কের সমন্বয়কারীরাই এই পৃষ্ঠা দেখতে পারেন।
listings-saved-pending = সংরক্ষিত হয়েছে। সবাই দেখার আগে একজন সমন্বয়কারী পরিবর্তনটি যাচাই করবেন।
listings-saved-published = সংরক্ষিত হয়েছে। সবাই এখন পরিবর্তনটি দেখছেন, আর ফোনগুলো পরের বার সংযুক্ত হলে এটি পাবে।
listings-confirmed = ধন্যবাদ: তালিকাটি আজ যাচাই করা হয়েছে বলে চিহ্নিত করা হলো।
listings-edit-organisation = আপনার সংস্থার তথ্য বদলান
listings-services = পরিষেবা
listings-none = আপনার সংস্থার এখনো কোনো পরিষেবা তালিকাভুক্ত নেই।
listings-add = একটি পরিষেবা যোগ করুন
listings-changes = সাম্প্রতিক পরিবর্তন
listings-no-changes = এখনো কোনো পরিবর্তন নেই।
listings-waiting = পরিবর্তনটি সমন্বয়কারীর অপেক্ষায়
listings-archived = পরিষেবার তালিকা থেকে সরানো হয়েছে
listings-checked = { $date } তারিখে যাচাই করা হয়েছে
listings-due = সর্বশেষ যাচাই { $date } তারিখে। এটি এখনো সঠিক কি না দয়া করে দেখে নিন।
listings-stale = সর্বশেষ যাচাই { $date } তারিখে, এক বছরেরও বেশি আগে: পরিষেবার তালিকা মানুষকে সতর্ক করছে যে এটি পুরোনো হতে পারে।
listings-never-checked = কখনো যাচাই করা হয়নি। এটি এখনো সঠিক কি না দয়া করে দেখে নিন।
listings-confirm = এখনো সঠিক
listings-confirm-named = { $name } এখনো সঠিক
listings-edit = বদলান
listings-history = আগের সংস্করণ
listings-trust-heading = বিশ্বস্ত সংস্থা
listings-trusted = বিশ্বস্ত: পরিবর্তন সঙ্গে সঙ্গে প্রকাশিত হয়
listings-not-trusted = বিশ্বস্ত নয়: প্রতিটি পরিবর্তন আগে একজন সমন্বয়কারী যাচাই করেন
listings-trust = এই সংস্থাকে বিশ্বস্ত করুন
listings-untrust = এই সংস্থাকে আর বিশ্বস্ত রাখবেন না

change-kind-new = নতুন পরিষেবা
change-kind-changed = বদলানো হয়েছে
change-kind-archived = সরানো হয়েছে
change-state-pending = সমন্বয়কারীর অপেক্ষায়
change-state-published = প্রকাশিত
change-state-returned = ফেরত পাঠানো হয়েছে
change-state-replaced = পরের একটি পরিবর্তন দিয়ে প্রতিস্থাপিত
change-summary = { $kind }, { $state }, { $date }
change-reason = কেন ফেরত পাঠানো হয়েছে:

# পরিষেবার ফর্ম (/listings/edit)।
edit-title = { $name } বদলান
edit-title-new = একটি পরিষেবা যোগ করুন
edit-intro = যা ভুল বা বাদ পড়েছে তা বদলান, তারপর সংরক্ষণ করুন। সবাই দেখার আগে একজন সমন্বয়কারী পরিবর্তন যাচাই করেন।
edit-intro-new = যা জানেন তা পূরণ করুন, তারপর সংরক্ষণ করুন। সবাই দেখার আগে একজন সমন্বয়কারী নতুন পরিষেবা যাচাই করেন।
edit-back = তালিকায় ফিরে যান
edit-returned = একজন সমন্বয়কারী আপনার শেষ পরিবর্তনটি ফেরত পাঠিয়েছেন:
edit-waiting = এতে একটি পরিবর্তন সমন্বয়কারীর অপেক্ষায় আছে। আপনি সেই সংস্করণটিই বদলাচ্ছেন।
edit-conflict-theirs = আপনি যা লিখেছেন তার থেকে নতুন সংস্করণ যেভাবে আলাদা:
edit-draft-found = আপনি আগে যে পরিবর্তন লিখেছিলেন কিন্তু সংরক্ষণ করেননি, এই ফোন তা রেখে দিয়েছে।
edit-draft-use = সেগুলো ফিরিয়ে আনুন
edit-draft-discard = সেগুলো ফেলে দিন
edit-problems = দয়া করে এগুলো ঠিক করে আবার সংরক্ষণ করুন:
edit-save = সংরক্ষণ করুন
edit-archive-heading = এই পরিষেবাটি তালিকা থেকে সরান
edit-archive-intro = যে পরিষেবা বন্ধ হয়ে গেছে তার জন্য। এটি রেখে দেওয়া হয়, এবং একজন সমন্বয়কারী এটি ফিরিয়ে আনতে পারেন।
edit-archive = সরিয়ে দিন
edit-about = পরিষেবা সম্পর্কে
edit-status-active = খোলা
edit-status-temporarily-closed = আপাতত বন্ধ
edit-status-inactive = আর চালু নেই
edit-who = কাদের জন্য
edit-min-age = সর্বনিম্ন বয়স (যেকোনো বয়সের জন্য খালি রাখুন)
edit-max-age = সর্বোচ্চ বয়স (যেকোনো বয়সের জন্য খালি রাখুন)
edit-free = বিনামূল্যে
edit-fees = বিনামূল্যে না হলে, খরচ কত
edit-hours-hint = কোনো সারি দরকার না হলে খালি রাখুন।
edit-period-label = খোলার সময় { $number }
edit-day = দিন
edit-opens = খোলে
edit-closes = বন্ধ হয়
edit-overnight = মাঝরাত পেরিয়ে যায়
edit-add-period = আরেকটি খোলার সময় যোগ করুন
edit-closures-hint = ব্যাংক হলিডে ও অন্য যেসব দিন বন্ধ থাকে। একদিনের জন্য "কবে পর্যন্ত" খালি রাখুন।
edit-closure-label = বন্ধের দিন { $number }
edit-closed-from = কবে থেকে বন্ধ
edit-closed-to = কবে পর্যন্ত
edit-closed-note = কেন (ঐচ্ছিক)
edit-add-closure = আরও বন্ধের দিন যোগ করুন
edit-special-hint = নির্দিষ্ট তারিখে কম বা বাড়তি সময়, যেমন ক্রিসমাসের আগের দিন: সেই তারিখগুলোতে এগুলো সাধারণ সময়ের জায়গা নেয়। একদিনের জন্য "কবে পর্যন্ত" খালি রাখুন।
edit-special-label = আলাদা সময় { $number }
edit-special-from = কবে থেকে
edit-add-special = আলাদা সময়ের আরও তারিখ যোগ করুন
edit-location-label = জায়গা { $number }
edit-place-name = জায়গার নাম (ঐচ্ছিক)
edit-address = রাস্তার ঠিকানা
edit-city = শহর
edit-postcode = পোস্টকোড
edit-neighbourhood = এলাকা (যেমন Highfields)
edit-latitude = অক্ষাংশ (ঐচ্ছিক)
edit-longitude = দ্রাঘিমাংশ (ঐচ্ছিক)
edit-add-location = আরেকটি জায়গা যোগ করুন
edit-areas-hint = প্রতি লাইনে একটি এলাকা।
edit-contact = যোগাযোগ
edit-phone-label = ফোন { $number }
edit-phone-number = ফোন নম্বর
edit-phone-description = নম্বরটি কীসের জন্য (ঐচ্ছিক)
edit-add-phone = আরেকটি ফোন নম্বর যোগ করুন
edit-languages-hint = ভাষার কোড, কমা দিয়ে আলাদা করে: সোমালির জন্য so, গুজরাটির জন্য gu, পোলিশের জন্য pl।

# একটি পরিষেবার আগের সংস্করণ (/listings/history)।
history-title = { $name }-এর আগের সংস্করণ
history-version = সংস্করণ { $version }, { $date }, করেছেন: { $who }
history-approved-by = অনুমোদন করেছেন: { $who }
history-by-operator = Signpost যাঁরা চালান
history-changed = বদলানো হয়েছে: { $fields }
history-restore = সংস্করণ { $version } ফিরিয়ে আনুন
history-restored = সেই সংস্করণটি আবার পরিষেবার তালিকায় ফিরে এসেছে।

# সমন্বয়কারীর সারি (/listings/changes)।
queue-title = যাচাই করার মতো পরিবর্তন
queue-empty = কোনো পরিবর্তন অপেক্ষায় নেই।
queue-asked = { $kind } · { $date } তারিখে { $who } অনুরোধ করেছেন
queue-field = কী
queue-before = আগে
queue-after = পরে
queue-approve = অনুমোদন ও প্রকাশ করুন
queue-reason = কেন ফেরত পাঠাচ্ছেন (সংস্থা এটি দেখবে)
queue-send-back = ফেরত পাঠান
queue-approved = প্রকাশিত হয়েছে। ফোনগুলো পরের বার সংযুক্ত হলে এটি পাবে।
queue-sent-back = সংস্থার কাছে ফেরত পাঠানো হয়েছে।

# সমন্বয়কারীর সংস্থাগুলো (/listings/organisations)।
organisations-title = সংস্থা
oruk-link = Open Referral UK: ডিরেক্টরি ডাউনলোড করুন বা পরিষেবা আনুন
organisations-facts = { $services ->
        [one] { $services }টি পরিষেবা
       *[other] { $services }টি পরিষেবা
    } · { $members ->
        [one] { $members } জন সদস্য
       *[other] { $members } জন সদস্য
    } · { $pending }টি অপেক্ষায় · { $due }টি যাচাই বাকি
organisations-last-change = সর্বশেষ পরিবর্তন প্রকাশিত { $date }
organisations-oldest-check = সবচেয়ে পুরোনো যাচাই: { $date }
organisations-add = একটি সংস্থা যোগ করুন
organisations-add-button = সংস্থাটি যোগ করুন
organisations-created = সংস্থাটি পরিষেবার তালিকায় যুক্ত হয়েছে। যিনি এর তালিকা দেখাশোনা করবেন, তাঁকে এই লিংকটি পাঠান: এটি একবারই কাজ করবে, 7 দিনের জন্য।
organisations-link = প্রথম অ্যাডমিনের জন্য আমন্ত্রণ লিংক
organisation-edit-title = আপনার সংস্থার তথ্য

# কোনো তালিকায় সমস্যার রিপোর্ট (/services/:id/report), এবং রিপোর্টগুলো।
report-title = { $service } নিয়ে সমস্যা জানান
report-intro = কী ভুল আছে তা সংস্থা এবং নেটওয়ার্কের সমন্বয়কারীদের জানান। কারও নাম বা যোগাযোগের তথ্য লিখবেন না।
report-kind = কী ভুল আছে?
report-kind-out-of-date = তথ্য পুরোনো
report-kind-closed = এটি বন্ধ হয়ে গেছে
report-kind-contact = ফোন, ইমেইল বা ঠিকানা ভুল
report-kind-other = অন্য কিছু
report-text = আরও বিস্তারিত ("অন্য কিছু" হলে দরকার)
report-submit = রিপোর্ট পাঠান
report-sent = ধন্যবাদ। রিপোর্ট পাঠানো হয়েছে।
report-kept = ধন্যবাদ। এখন কোনো সংযোগ নেই: রিপোর্টটি এই ফোনে রাখা হয়েছে এবং সংযোগ পেলে পাঠানো হবে।
report-not-kept = এই ফোন রিপোর্টটি রাখতে পারেনি। দয়া করে আবার চেষ্টা করুন।
report-error-kind = কী ভুল আছে তা বেছে নিন।
report-error-text = কী ভুল আছে তা সর্বোচ্চ 500টি অক্ষরে লিখুন।
reports-title = পরিষেবার তালিকা ব্যবহারকারীদের রিপোর্ট
reports-none = কোনো রিপোর্ট নেই।
reports-about = { $kind }, { $date }
reports-done = সম্পন্ন
reports-done-button = সম্পন্ন চিহ্নিত করুন

listings-caseworkers = এর রেফারেল নিয়ে কারা কাজ করেন
listings-caseworkers-intro = আপনার সংস্থার অ্যাডমিনরা সবসময় করেন। আর কোন সদস্যরা করবেন তা বেছে নিন: তাঁরা এই পরিষেবার রেফারেল নিজেদের ইনবক্সে দেখবেন এবং সেগুলো নিয়ে পদক্ষেপ নিতে পারবেন।
listings-caseworkers-save = কারা এর রেফারেল নিয়ে কাজ করবেন তা সংরক্ষণ করুন
listings-caseworkers-saved = সংরক্ষিত হয়েছে: তাঁরা এর রেফারেল নিজেদের ইনবক্সে দেখবেন।
listing-error-member = শুধু আপনার সংস্থার কর্মীদেরই বেছে নেওয়া যাবে।
organisation-areas = যে এলাকায় কাজ করে

## Checks on a service before it is saved (the listings pages show them)

service-invalid-name = নাম 1 থেকে 200টি অক্ষরের মধ্যে হতে হবে।
service-invalid-text = বিবরণ এবং “কাদের জন্য” প্রতিটি সর্বোচ্চ 5,000টি অক্ষরের হতে পারে।
service-invalid-ages = বয়স 0 থেকে 120-এর মধ্যে হতে হবে, এবং সর্বনিম্ন বয়স সর্বোচ্চ বয়সের চেয়ে বেশি হতে পারবে না।
service-invalid-needs = পরিষেবাটি সাহায্য করে এমন অন্তত একটি প্রয়োজন বেছে নিন।
service-invalid-language = ভাষাগুলো ISO 639 কোডে হতে হবে, যেমন সোমালির জন্য so বা গুজরাটির জন্য gu।
service-invalid-hours = খোলার সময়ে সোমবার থেকে রবিবারের মধ্যে একটি দিন এবং 00:00 থেকে 23:59-এর মধ্যে সময় থাকতে হবে।
service-invalid-closure = বন্ধের সময়কাল যেদিন শুরু হয় সেদিন বা তার পরে শেষ হতে হবে, এবং তার নোট সর্বোচ্চ 200টি অক্ষরের হতে হবে।
service-invalid-special-hours = আলাদা সময়ের জন্য একটি শুরুর তারিখ, (থাকলে) সেদিন বা তার পরের শেষ তারিখ, খোলার সময় ও তার পরের বন্ধের সময় লাগবে; নোট সর্বোচ্চ 200টি অক্ষরের।
service-invalid-email = ইমেইল ঠিকানাটি সঠিক নয়।
service-invalid-website = ওয়েবসাইট অবশ্যই https:// দিয়ে শুরু হওয়া পূর্ণ ঠিকানা হতে হবে।
service-invalid-phone = ফোন নম্বরে কমপক্ষে 3টি সংখ্যা এবং সর্বোচ্চ 40টি অক্ষর থাকতে হবে, আর তার বিবরণ সর্বোচ্চ 200টি অক্ষরের।
service-invalid-organisation = সংস্থাটি পরিষেবার তালিকায় নেই।
service-invalid-location = প্রতিটি জায়গার একটি ঠিকানা এবং একটি শহর থাকতে হবে (প্রতিটি সর্বোচ্চ 200টি অক্ষর); ম্যাপের স্থানাঙ্ক দিলে তা সংখ্যা হতে হবে।
service-invalid-postcode = পোস্টকোডটি যুক্তরাজ্যের পোস্টকোড হতে হবে, যেমন LE2 0AB।
service-invalid-fees = খরচের বিবরণ সর্বোচ্চ 200টি অক্ষরের হতে হবে।
service-invalid-areas = প্রতিটি এলাকা 1 থেকে 200টি অক্ষরের হতে হবে, এবং সর্বোচ্চ 50টি এলাকা থাকতে পারে।
service-invalid-period-order = খোলার সময় শুরু হওয়ার পরে শেষ হতে হবে। মাঝরাত পেরিয়ে গেলে "মাঝরাত পেরিয়ে যায়" টিক দিন।
service-invalid-status = পরিষেবাটি খোলা, আপাতত বন্ধ, নাকি আর চালু নেই তা বেছে নিন।
