# Signpost — বাংলা. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## সাইট

app-name = Signpost
app-description = Leicester-এ স্থানীয় কমিউনিটি পরিষেবা খুঁজুন, এবং পরিবারগুলোর সঙ্গে তাদের নিজের ভাষায় শেয়ার করুন।
skip-to-content = মূল অংশে যান
language-switcher = ভাষা
list-separator = { ", " }
notice-demo = ডেমো তথ্য: এই তালিকাগুলো Signpost চেষ্টা করে দেখার জন্য উদাহরণ মাত্র। ফোন নম্বর ও ইমেইল কারও কাছে পৌঁছায় না।
notice-machine-draft = এই অনুবাদ মেশিন দিয়ে তৈরি, এবং এখনো কোনো দক্ষ ভাষাভাষী এটি যাচাই করেননি।
footer-about = Signpost হলো Leicester-এর #PowerToChange কমিউনিটি পার্টনার নেটওয়ার্কের পরিষেবার তালিকা।
loading = লোড হচ্ছে…

## ত্রুটি

not-found-title = পৃষ্ঠাটি পাওয়া যায়নি
not-found-body = আমরা পৃষ্ঠাটি খুঁজে পাইনি। পরিষেবা বা সংস্থাটি হয়তো সরিয়ে ফেলা হয়েছে।
back-to-search = খোঁজায় ফিরে যান
error-title = কিছু একটা ভুল হয়েছে
error-not-found = আমরা এটি খুঁজে পাইনি।
error-internal = আমাদের দিকে কিছু একটা ভুল হয়েছে। দয়া করে একটু পরে আবার চেষ্টা করুন।
error-unreachable = Signpost সার্ভারে পৌঁছাতে পারেনি। আপনার সংযোগ দেখে আবার চেষ্টা করুন।
error-bad-request = অনুরোধে কিছু একটা ঠিক ছিল না। দয়া করে আবার চেষ্টা করুন।
error-busy = সার্ভার এখন ব্যস্ত। দয়া করে এক মিনিট পরে আবার চেষ্টা করুন।
error-unavailable = Signpost এই মুহূর্তে তার ডেটাবেসে পৌঁছাতে পারছে না। দয়া করে এক মিনিট পরে আবার চেষ্টা করুন।

## খোঁজা

search-title = পরিষেবা খুঁজুন
search-label = কোন বিষয়ে সাহায্য দরকার?
search-placeholder = যেমন: ফুড ব্যাংক, বাসস্থান পরামর্শ, ল্যাপটপ
search-button = খুঁজুন
filters-legend = ফিল্টার
filters-clear = খোঁজা ও ফিল্টার মুছুন
filter-need = প্রয়োজন
filter-any-need = যেকোনো প্রয়োজন
filter-area = এলাকা
filter-any-area = Leicester-এর যেকোনো জায়গা
filter-language = যে ভাষা বলা হয়
filter-any-language = যেকোনো ভাষা
filter-age = ব্যক্তির বয়স
filter-free = বিনামূল্যে
filter-open-now = এখন খোলা
filter-referrals = রেফারেল নেয়
results-count =
    { $count ->
        [0] কোনো পরিষেবা পাওয়া যায়নি
        [one] { $count }টি পরিষেবা
       *[other] { $count }টি পরিষেবা
    }
results-empty = কিছুই মেলেনি। অন্য শব্দ দিয়ে চেষ্টা করুন, বা কিছু ফিল্টার মুছে দিন।
pager-label = আরও ফলাফল
pager-previous = আগের
pager-next = পরের
pager-position = পৃষ্ঠা { $page } / { $pages }
card-facts-label = মূল তথ্য
card-languages = ভাষা: { $languages }
badge-free = বিনামূল্যে
badge-referrals = রেফারেল নেয়

## পরিষেবার পৃষ্ঠা

service-by = পরিচালনায়
service-about = এই পরিষেবা সম্পর্কে
service-needs = যে বিষয়ে সাহায্য করে
service-who = কাদের জন্য
service-free = বিনামূল্যে।
service-not-free = খরচ লাগতে পারে।
service-how = কীভাবে সাহায্য পাবেন
service-hours = খোলার সময়
service-languages = কর্মীরা যে ভাষা বলেন
service-contact = যোগাযোগ
service-where = কোথায়
service-areas = এলাকা: { $areas }
service-last-reviewed = সংস্থা সর্বশেষ যাচাই করেছে: { $date }
service-may-be-out-of-date = সংস্থাটি এক বছরেরও বেশি সময় এই তথ্য যাচাই করেনি: এগুলো পুরোনো হতে পারে। কাউকে পাঠানোর আগে ফোন করে নিন।
service-report-link = এই তালিকায় কোনো সমস্যা জানান
access-drop-in = খোলার সময়ে সরাসরি চলে আসুন
access-self-referral = নিজেই তাদের সঙ্গে যোগাযোগ করুন
access-professional-referral = কোনো কর্মী, স্কুল বা জিপি ডাক্তার রেফার করতে পারেন
access-phone = ফোনে সাহায্য
access-appointment = অ্যাপয়েন্টমেন্ট নিয়ে
access-signpost-referral = Signpost-এর মাধ্যমে রেফারেল নেয়
access-contact = কীভাবে সাহায্য পাবেন জানতে তাদের সঙ্গে যোগাযোগ করুন
hours-caption = খোলার সময়, Leicester-এর সময় অনুযায়ী
hours-none = নির্দিষ্ট খোলার সময় নেই: সময় ঠিক করতে তাদের সঙ্গে যোগাযোগ করুন।
hours-closed = বন্ধ
hours-period = { $opens }–{ $closes }
hours-period-overnight = { $opens }–{ $closes } (পরের দিন)
hours-closure = { $from } থেকে { $to } পর্যন্ত বন্ধ
hours-special-day = { $date } তারিখে আলাদা সময়: { $times }
hours-special = { $from } থেকে { $to } পর্যন্ত আলাদা সময়: { $times }
contact-call = { $number } নম্বরে ফোন করুন
contact-text = { $number } নম্বরে টেক্সট করুন
contact-email = { $email }-এ ইমেইল করুন
contact-website = ওয়েবসাইট
location-map = ম্যাপে খুলুন

## সংস্থার পৃষ্ঠা

organisation-services =
    { $count ->
        [0] কোনো পরিষেবা তালিকাভুক্ত নেই
        [one] { $count }টি পরিষেবা
       *[other] { $count }টি পরিষেবা
    }

## খোলা আছে কি না

status-temporarily-closed = সাময়িকভাবে বন্ধ
status-open-closes = এখন খোলা · { $when } বন্ধ হবে
status-closed-opens = বন্ধ · { $when } খুলবে
status-closed = বন্ধ
status-no-hours = খোলার সময় জানতে যোগাযোগ করুন
when-today = { $time }-এ
when-tomorrow = আগামীকাল { $time }-এ
when-weekday = { $day } { $time }-এ
when-date = { $date } { $time }-এ

## বয়স

ages-range = বয়স { $min }–{ $max }
ages-min = বয়স { $min } ও তার বেশি
ages-max = বয়স { $max } পর্যন্ত
ages-all = সব বয়স

## তারিখ

day-1 = সোমবার
day-2 = মঙ্গলবার
day-3 = বুধবার
day-4 = বৃহস্পতিবার
day-5 = শুক্রবার
day-6 = শনিবার
day-7 = রবিবার
month-1 = জানুয়ারি
month-2 = ফেব্রুয়ারি
month-3 = মার্চ
month-4 = এপ্রিল
month-5 = মে
month-6 = জুন
month-7 = জুলাই
month-8 = আগস্ট
month-9 = সেপ্টেম্বর
month-10 = অক্টোবর
month-11 = নভেম্বর
month-12 = ডিসেম্বর
date-format = { $day } { $month } { $year }

## প্রয়োজন। -terms বার্তাগুলো খোঁজার জন্য বাড়তি শব্দ, কমা দিয়ে আলাদা।

need-food = খাবার
need-food-terms = ফুড ব্যাংক, খাদ্য, খাবার, ক্ষুধা, মুদি, দুপুরের খাবার
need-housing = বাসস্থান ও গৃহহীনতা
need-housing-terms = গৃহহীন, আশ্রয়, ভাড়া, ভাড়াটিয়া, উচ্ছেদ, রাস্তায় ঘুমানো
need-money = টাকা, ঋণ ও সরকারি ভাতা
need-money-terms = ঋণ, দেনা, ভাতা, বেনিফিট, ইউনিভার্সাল ক্রেডিট, বিল, বাজেট
need-immigration = অভিবাসন, আশ্রয় ও শরণার্থী
need-immigration-terms = আশ্রয়প্রার্থী, শরণার্থী, হোম অফিস, ভিসা, নতুন আসা
need-health = স্বাস্থ্য ও মানসিক সুস্থতা
need-health-terms = মানসিক স্বাস্থ্য, সুস্থতা, উদ্বেগ, সিকল সেল, পরিচর্যাকারী, কেয়ারার
need-families = শিশু ও পরিবার
need-families-terms = শিশু, বাচ্চা, বাবা-মা, পরিবার, শিশু পরিচর্যা
need-youth = তরুণদের কার্যক্রম
need-youth-terms = তরুণ, কিশোর-কিশোরী, ইয়ুথ ক্লাব, খেলা
need-education = শিক্ষা, প্রশিক্ষণ ও কর্মসংস্থান
need-education-terms = চাকরি, কাজ, প্রশিক্ষণ, কোর্স, ইংরেজি, ESOL, স্কুল
need-send = বিশেষ শিক্ষাগত চাহিদা ও প্রতিবন্ধিতা (SEND)
need-send-terms = SEND, প্রতিবন্ধিতা, EHCP, বিশেষ চাহিদা, ইন্টার্নশিপ
need-care-experienced = সরকারি দেখাশোনায় বড় হওয়া
need-care-experienced-terms = কেয়ার লিভার, কেয়ারে বড় হওয়া, সরকারি দেখাশোনা, ফস্টার কেয়ার, পালক পরিবার, পালক বাবা-মা, শিশু নিবাস, চিলড্রেন্স হোম
need-prisoners-families = বন্দিদের পরিবার
need-prisoners-families-terms = কারাগার, জেল, বন্দি, সাক্ষাৎ, সাজা
need-digital = কম্পিউটার ও ইন্টারনেট
need-digital-terms = ডিজিটাল, কম্পিউটার শেখা, ল্যাপটপ, কম্পিউটার, ইন্টারনেট, অনলাইন, ফোন, মোবাইল, স্মার্টফোন, ওয়াইফাই
need-community = কমিউনিটি, সংস্কৃতি ও ধর্ম
need-community-terms = কমিউনিটি সেন্টার, সংস্কৃতি, ধর্ম, স্বেচ্ছাসেবা, সামাজিক
need-safety = অপরাধ ও নিরাপত্তা
need-safety-terms = অপরাধ, ছুরি হামলা, শোষণ, নিরাপত্তা, সহিংসতা

## ভাষা (ISO 639 কোড)

language-en = ইংরেজি
language-gu = গুজরাটি
language-pa = পাঞ্জাবি
language-pl = পোলিশ
language-ro = রোমানিয়ান
language-ur = উর্দু
language-bn = বাংলা
language-pt = পর্তুগিজ
language-ar = আরবি
language-so = সোমালি
language-hi = হিন্দি
language-ku = কুর্দি
language-fa = ফারসি
language-ps = পশতু
language-ti = তিগরিনিয়া
language-ta = তামিল
language-fr = ফরাসি
language-sw = সোয়াহিলি

## সংরক্ষণের আগে পরিষেবার তথ্য যাচাই

## অফলাইন: সংযোগ এবং এই ফোনে সংরক্ষিত ডিরেক্টরি

net-offline = আপনি অফলাইন আছেন। Signpost এই ফোনে সংরক্ষিত পরিষেবার তালিকা ব্যবহার করছে।
net-offline-partial = আপনি অফলাইন আছেন। সংযোগ চলে যাওয়ার আগে পরিষেবার তালিকার শুধু একটি অংশ এই ফোনে সংরক্ষিত হয়েছিল।
net-offline-nothing = আপনি অফলাইন আছেন, এবং পরিষেবার তালিকা এখনো এই ফোনে সংরক্ষিত হয়নি। সংরক্ষণ করতে একবার সংযুক্ত হন।
net-saving = সিগন্যাল ছাড়া ব্যবহারের জন্য পরিষেবার তালিকা এই ফোনে সংরক্ষণ করা হচ্ছে…
net-progress = পরিষেবার তালিকা সংরক্ষণ করা হচ্ছে
net-saved = সিগন্যাল ছাড়া ব্যবহারের জন্য এই ফোনে সংরক্ষিত
net-updated = আপডেট হয়েছে { $ago }
net-sync-failed = পরিষেবার তালিকায় পরিবর্তন আছে কি না দেখা যায়নি। Signpost আবার চেষ্টা করবে।
net-save-failed = এই ফোনের ব্রাউজার পরিষেবার তালিকা সংরক্ষণ করেনি, তাই Signpost চালাতে সংযোগ লাগবে।
net-persist-refused = ফোনে জায়গা কমে গেলে এই ব্রাউজার সংরক্ষিত পরিষেবার তালিকা মুছে ফেলতে পারে। এটি রাখতে মাঝে মাঝে সংযোগ থাকা অবস্থায় Signpost খুলুন।
# স্ক্রিনের নিচে আটকে থাকা একমাত্র লাইন (বাকিটা ওপরের বার্তাগুলো পাতায় বলে)।
net-line-offline = অফলাইন: সংরক্ষিত তালিকা ব্যবহার হচ্ছে
net-line-offline-partial = অফলাইন: তালিকার কিছু অংশ সংরক্ষিত
net-line-offline-nothing = অফলাইন: তালিকা এখনো সংরক্ষিত হয়নি
net-line-saving = পরিষেবার তালিকা সংরক্ষণ করা হচ্ছে…
net-line-saved = এই ফোনে সংরক্ষিত
net-line-sync-failed = পরিবর্তন আছে কি না দেখা যায়নি
net-line-save-failed = পরিষেবার তালিকা সংরক্ষণ করা যায়নি
ago-just-now = এইমাত্র
ago-minutes =
    { $count ->
        [one] { $count } মিনিট আগে
       *[other] { $count } মিনিট আগে
    }
ago-hours =
    { $count ->
        [one] { $count } ঘণ্টা আগে
       *[other] { $count } ঘণ্টা আগে
    }
ago-days =
    { $count ->
        [one] { $count } দিন আগে
       *[other] { $count } দিন আগে
    }
update-available = Signpost-এর একটি নতুন সংস্করণ তৈরি।
update-reload = রিলোড করুন

## অ্যাকাউন্ট ও রেফারেল

error-unauthorised = এটি করতে দয়া করে সাইন ইন করুন।
error-forbidden = আপনার অ্যাকাউন্ট দিয়ে এটি করা যায় না।
error-conflict = আপনি কাজ করার সময় অন্য কেউ এটি বদলেছেন। কিছুই সংরক্ষিত হয়নি: তাঁর সংস্করণ দেখানো হচ্ছে, আর আপনি যা লিখেছিলেন তা রাখা আছে যাতে আবার যোগ করতে পারেন।
error-cross-site = এই অনুরোধটি অন্য একটি ওয়েবসাইট থেকে এসেছিল, তাই প্রত্যাখ্যান করা হয়েছে।
footer-inbox = ইনবক্স (প্রাপ্ত রেফারেল)
footer-listings = আপনার তালিকা
footer-sign-in = সাইন ইন (পার্টনার সংস্থা)
login-title = সাইন ইন
login-intro = নেটওয়ার্কের পার্টনার সংস্থাগুলোর কর্মী ও স্বেচ্ছাসেবকদের জন্য। সাইন ইন না করেও যে কেউ পরিষেবার তালিকায় খুঁজতে পারেন।
login-email = ইমেইল ঠিকানা
login-password = পাসওয়ার্ড
login-submit = সাইন ইন
login-error-invalid = এই ইমেইল ঠিকানা ও পাসওয়ার্ড কোনো অ্যাকাউন্টের সঙ্গে মেলে না। দেখে নিয়ে আবার চেষ্টা করুন।
login-error-limited = সাইন ইন করার অনেক বেশি চেষ্টা হয়েছে। এক মিনিট অপেক্ষা করে আবার চেষ্টা করুন।
login-error-busy = সার্ভার এখন ব্যস্ত। দয়া করে এক মিনিট পরে আবার চেষ্টা করুন।
login-needs-connection = সাইন ইন করতে সংযোগ লাগবে। আপনি তবুও পরিষেবার তালিকায় খুঁজতে পারেন।

## তথ্য রাখার সময়কাল, সম্মতির বিবৃতি ও গোপনীয়তা বিজ্ঞপ্তিতে যেভাবে বলা হয়

retention-period = { $unit ->
    [years] { $count ->
        [one] { $count } বছর
       *[other] { $count } বছর
    }
    [months] { $count ->
        [one] { $count } মাস
       *[other] { $count } মাস
    }
   *[days] { $count ->
        [one] { $count } দিন
       *[other] { $count } দিন
    }
}

## Links to pages whose own messages travel only with them (accounts.ftl, inbox.ftl, referrals.ftl)

inbox-sign-in = সাইন ইন
outbox-link = এই ফোনের রেফারেল
refer-link = এই পরিষেবায় একটি পরিবারকে রেফার করুন
back-to-service = পরিষেবায় ফিরে যান
inbox-back = প্রাপ্ত রেফারেলে ফিরে যান
invite-member-link = সদস্যকে আমন্ত্রণ জানান
members-link = সদস্যরা
