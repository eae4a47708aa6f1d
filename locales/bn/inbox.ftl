# Signpost — বাংলা. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

# রেফারেল গ্রহণকারী সংস্থার ইনবক্স।

## ইনবক্স

inbox-title = প্রাপ্ত রেফারেল
inbox-new-count =
    { $count ->
        [0] কোনো নতুন রেফারেল নেই
        [one] { $count }টি নতুন রেফারেল
       *[other] { $count }টি নতুন রেফারেল
    }
inbox-empty = আপনার সংস্থার পরিষেবাগুলো এখনো কোনো রেফারেল পায়নি।
inbox-purge-soon-count =
    { $count ->
        [one] { $count }টি রেফারেলের ব্যক্তিগত তথ্য এক মাসের মধ্যে মুছে ফেলা হবে, কারণ কেউ এটি নিয়ে কাজ করেনি। এটি রাখতে চাইলে আপডেট করুন বা একটি নোট যোগ করুন।
       *[other] { $count }টি রেফারেলের ব্যক্তিগত তথ্য এক মাসের মধ্যে মুছে ফেলা হবে, কারণ কেউ এগুলো নিয়ে কাজ করেনি। এগুলো রাখতে চাইলে আপডেট করুন বা একটি নোট যোগ করুন।
    }
inbox-purge-on = কেউ এই রেফারেল নিয়ে কাজ না করলে { $date } তারিখে ব্যক্তিগত তথ্য মুছে ফেলা হবে।
inbox-pages = রেফারেলের পৃষ্ঠাগুলো
inbox-page-of = পৃষ্ঠা { $page } / { $pages }
inbox-page-newer = নতুন রেফারেল
inbox-page-older = পুরোনো রেফারেল
inbox-sign-in-needed = আপনার সংস্থা যে রেফারেলগুলো পেয়েছে তা দেখতে সাইন ইন করুন।
inbox-forbidden = শুধু আপনার সংস্থার অ্যাডমিনরা, এবং কোনো পরিষেবার জন্য তাঁরা যে সদস্যদের বেছে নেন তাঁরা, সেই পরিষেবার পাওয়া রেফারেল দেখতে পারেন।
inbox-details-removed = তথ্য সরানো হয়েছে
inbox-safeguarding = সুরক্ষা নিয়ে উদ্বেগ
inbox-status = অবস্থা
inbox-urgency = জরুরিতা
inbox-needs = প্রয়োজন
inbox-needs-described = প্রয়োজনীয় সহায়তা দেখুন
inbox-received = প্রাপ্তির সময়
inbox-changed = সর্বশেষ আপডেট
inbox-date-time = { $date }, { $time }

## একটি রেফারেল

inbox-referral-title = রেফারেল
inbox-for-service = কার জন্য:
inbox-decline-reason-given = প্রত্যাখ্যানের কারণ
inbox-outcome = ফলাফল
inbox-section-need = কী প্রয়োজন
inbox-support = প্রয়োজনীয় সহায়তা
inbox-support-none = কোনো বিবরণ দেওয়া হয়নি।
inbox-safeguarding-label = সুরক্ষা নিয়ে উদ্বেগ
inbox-yes = হ্যাঁ
inbox-no = না
inbox-section-contact = যোগাযোগ
inbox-contact-method = কীভাবে যোগাযোগ করবেন
inbox-contact-detail = যোগাযোগের তথ্য
inbox-language = পছন্দের ভাষা
inbox-interpreter = দোভাষী প্রয়োজন
inbox-referred-by = রেফার করেছেন
inbox-referrer-contact = যিনি রেফারেল করেছেন তাঁর যোগাযোগের তথ্য
inbox-section-consent = সম্মতি
inbox-consent-given = ব্যক্তিটি রেফার হতে এবং এই তথ্য এই পরিষেবার সঙ্গে শেয়ার করতে রাজি হয়েছেন।
inbox-consent-statement = ব্যক্তিটিকে যা বলা হয়েছিল
inbox-consent-language = যে ভাষায় পড়ে শোনানো হয়েছিল
inbox-consent-time = সম্মতির সময়

## রেফারেল নিয়ে কী করা যায়

inbox-actions = এরপর কী করবেন
inbox-no-actions = এই রেফারেল বন্ধ হয়ে গেছে। এ নিয়ে আর কিছু করা যাবে না।
inbox-mark-seen = দেখা হয়েছে চিহ্নিত করুন
inbox-accept = গ্রহণ করুন
inbox-decline-legend = রেফারেল প্রত্যাখ্যান করুন
inbox-decline-reason = প্রত্যাখ্যানের কারণ
inbox-decline-hint = যিনি রেফারেল করেছেন তিনি এই কারণটি দেখবেন। কোনো ব্যক্তিগত তথ্য লিখবেন না।
inbox-decline = প্রত্যাখ্যান করুন
inbox-close-legend = রেফারেল বন্ধ করুন
inbox-outcome-choose = একটি ফলাফল বেছে নিন
inbox-close = বন্ধ করুন
inbox-error-outcome = রেফারেল বন্ধ করতে একটি ফলাফল বেছে নিন।
inbox-saved = সংরক্ষিত হয়েছে।

## নোট (শুধু গ্রহণকারী সংস্থা দেখে)

inbox-notes = নোট
inbox-notes-none = এখনো কোনো নোট নেই।
inbox-note-add = একটি নোট যোগ করুন
inbox-note-label = নোট
inbox-note-hint = এই পরিষেবার রেফারেল নিয়ে যাঁরা কাজ করেন, শুধু তাঁরাই নোট দেখতে পান। সর্বোচ্চ 2,000টি অক্ষর।
inbox-note-submit = নোট যোগ করুন
inbox-note-by = { $author }, { $time }
