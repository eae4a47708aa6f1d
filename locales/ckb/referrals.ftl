# Signpost — کوردیی ناوەندی. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Referring a family (the phone's side)

refer-title = ڕەوانەکردن بۆ { $service }
refer-not-accepting = ئەم خزمەتگوزارییە ڕەوانەکردن لە ڕێگەی Signpost وەرناگرێت. ڕاستەوخۆ پەیوەندی بە خزمەتگوزارییەکەوە بکە.
refer-needs-javascript = ڕەوانەکردنەکان لەسەر ئەم مۆبایلە دەهێڵدرێنەوە تا دەتوانرێت بنێردرێن، و ئەمە پێویستی بە JavaScript هەیە. JavaScript هەڵبکە، یان ڕاستەوخۆ پەیوەندی بە خزمەتگوزارییەکەوە بکە.
refer-step-consent = 1. داوای ڕەزامەندی بکە
refer-consent-language = ئەو زمانەی دەقەکەی پێ دەخوێنیتەوە
referral-consent-statement = دەمانەوێت زانیارییەکانت بنێرین بۆ { $service } بۆ ئەوەی بتوانن دەربارەی ئەو یارمەتییەی پێویستتە پەیوەندیت پێوە بکەن. ناوت، چۆنیەتیی پەیوەندیکردن پێتەوە، ئەو زمانەی پێت باشترە و ئەو یارمەتییەی پێویستتە هاوبەش دەکەین. تەنها خزمەتگوزارییەکە و ئەو کەسەی ئەمڕۆ یارمەتیت دەدات ئەمانە دەبینن. کاتێک بۆ ماوەی { $period } کەس کاری لەسەر ڕەوانەکردنەکە نەکردبێت، زانیارییەکانت دەسڕدرێنەوە. دەتوانیت بڵێیت نەخێر، و ئەمە ئەو یارمەتییە ناگۆڕێت کە ئەمڕۆ پێتی دەدەین. دەتوانیت دواتر بە پەیوەندیکردن بە خزمەتگوزارییەکەوە بڕیارەکەت بگۆڕیت.
refer-consent-given = کەسەکە ئەم دەقەی بیستووە و ڕازییە
refer-consent-missing = بەبێ ڕەزامەندیی کەسەکە هیچ شتێک پاشەکەوت ناکرێت و نانێردرێت.
refer-consent-machine-draft = هێشتا هیچ کەسێکی شارەزا لەم زمانەدا ئەم وەرگێڕانەی نەپشکنیوە: ڕەشنووسێکی ئامێرییە. ئەگەر ئەگەری هەبێت کەسەکە بە تەواوی تێی نەگات، یارمەتی لە وەرگێڕێک وەربگرە.
refer-consent-in-english = دەقە ئینگلیزییەکە دوای ئامادەکردنی ئەم وەرگێڕانە گۆڕاوە، بۆیە تا دووبارە وەرنەگێڕدرێتەوە بە ئینگلیزی پیشان دەدرێت. یارمەتی لە وەرگێڕێک وەربگرە.
refer-privacy-title = ئاگاداریی تایبەتێتی
refer-privacy-body = Signpost ئەم ڕەوانەکردنە لەسەر ئەم مۆبایلە، قوفڵکراو بە کۆدێک، تەنها تا ئەو کاتە دەهێڵێتەوە کە دەگاتە خزمەتگوزارییەکە. دوای ئەوە، مۆبایلەکە تەنها تێبینییەک دەهێڵێتەوە کە نێردراوە، بەبێ هیچ زانیارییەکی کەسی. تەنها ئەم کەسانە دەتوانن زانیارییەکان ببینن: بەڕێوەبەرانی خزمەتگوزارییەکە، ئەو کارمەندانەی ئەوان هەڵیاندەبژێرن بۆ کارکردن لەسەر ڕەوانەکردنەکانی، و تۆ. هیچ کەسێکی تر لە ڕێکخراوەکەت ناتوانێت بیانبینێت. ڕێکخەری تۆڕەکە تەنها ژمارەکان دەبینێت، هەرگیز ناوەکان نابینێت. کاتێک بۆ ماوەی { $period } کەس کاری لەسەر ڕەوانەکردنەکە نەکردبێت، زانیارییەکان دەسڕدرێنەوە، هەرچییەکی بەسەر هاتبێت.
refer-step-details = 2. ڕەوانەکردنەکە
refer-name = ناوی کەسەکە
refer-contact-method = چۆن دەیەوێت پەیوەندیی پێوە بکرێت
refer-contact-detail-phone = ژمارەی تەلەفۆن
refer-contact-detail-sms = ژمارەی مۆبایل
refer-contact-detail-email = ناونیشانی ئیمەیڵ
refer-contact-detail-letter = ناونیشانی پۆستە
refer-language = زمانی دڵخواز
refer-choose = هەڵبژێرە…
refer-language-other = زمانێکی تر
refer-language-other-name = ناوی زمانەکە
refer-interpreter = پێویستی بە وەرگێڕ هەیە
refer-needs = لە چیدا پێویستی بە یارمەتییە
refer-support = یارمەتیی پێویست، بە وشەی خۆت
refer-urgency = چەندە بەپەلەیە
refer-safeguarding = نیگەرانییەکی پاراستن هەیە
refer-safeguarding-hint = ئەمە تەنها خزمەتگوزارییەکە ئاگادار دەکاتەوە. هەر ئێستا ڕێکاری پاراستنی ڕێکخراوەکەی خۆشت جێبەجێ بکە.
refer-referrer-contact = ژمارەی تەلەفۆن یان ناونیشانی ئیمەیڵی خۆت
refer-submit = ڕەوانەکردنەکە پاشەکەوت بکە
refer-storage-failed = ئەم مۆبایلە نەیتوانی ڕەوانەکردنەکە بهێڵێتەوە، بۆیە هیچ شتێک پاشەکەوت نەکرا. ڕاستەوخۆ پەیوەندی بە خزمەتگوزارییەکەوە بکە.
refer-sign-in = بۆ ڕەوانەکردنی خێزانێک بچۆ ژوورەوە. ڕەوانەکردنەکان وەک هی تۆ لەسەر ئەم مۆبایلە دەهێڵدرێنەوە، بۆیە کاتێک ئینتەرنێتت هەیە بچۆ ژوورەوە؛ دوای ئەوە دەتوانیت بەبێ ئینتەرنێت ڕەوانە بکەیت.

## The referrals on this phone

outbox-title = ڕەوانەکردنەکانی سەر ئەم مۆبایلە
outbox-empty = هیچ ڕەوانەکردنێک لەسەر ئەم مۆبایلە نییە.
outbox-offline = ئینتەرنێت نییە: ڕەوانەکردنە چاوەڕوانەکان دەنێردرێن کاتێک مۆبایلەکە دووبارە بە ئینتەرنێت دەگاتەوە.
outbox-sign-in = بۆ ناردنی ڕەوانەکردنە چاوەڕوانەکان بچۆ ژوورەوە. تا ئەو کاتە لەسەر ئەم مۆبایلە دەمێننەوە.
outbox-sign-in-link = چوونەژوورەوە
outbox-unavailable = ئەم وێبگەڕە ناتوانێت ڕەوانەکردنەکان لەسەر مۆبایلەکە بهێڵێتەوە. ڕاستەوخۆ پەیوەندی بە خزمەتگوزارییەکانەوە بکە.
outbox-send-now = ئێستا بینێرە
outbox-sending = دەنێردرێت…
outbox-state-queued = چاوەڕێی ناردنە
outbox-state-sending = دەنێردرێت
outbox-state-delivered = گەیەندرا بە خزمەتگوزارییەکە
outbox-state-conflict = نەنێردرا: سێرڤەرەکە پێشتر ڕەوانەکردنێکی جیاوازی بەم ژمارەیە هەیە. لە خزمەتگوزارییەکە بپرسە، پاشان ئەمە لابەرە.
outbox-state-refused = نەنێردرا: پێویستی بە ڕاستکردنەوە هەیە.
outbox-error-too-large = ئەم ڕەوانەکردنە زۆر گەورەیە بۆ ناردن. ڕاستەوخۆ پەیوەندی بە خزمەتگوزارییەکەوە بکە، پاشان لەم مۆبایلە لای بەرە.
outbox-others-waiting = { $count ->
    [one] یەک ڕەوانەکردن کە کارمەندێکی تر کردوویەتی لەسەر ئەم مۆبایلە چاوەڕێیە. تەنها ئەو دەتوانێت بیبینێت یان بینێرێت، کاتێک دووبارە دەچێتە ژوورەوە.
   *[other] { $count } ڕەوانەکردن کە کارمەندانی تر کردوویانە لەسەر ئەم مۆبایلە چاوەڕێن. تەنها ئەوان دەتوانن بیانبینن یان بیاننێرن، کاتێک دووبارە دەچنە ژوورەوە.
}
outbox-password-link = وشەی نهێنییەکەت بگۆڕە
outbox-state-not-accepting = نەنێردرا: ئەم خزمەتگوزارییە ئیتر ڕەوانەکردن لە ڕێگەی Signpost وەرناگرێت. پەیوەندی بە خزمەتگوزارییەکەوە بکە، یان ڕەوانەی خزمەتگوزارییەکی تری بکە؛ پاشان ئەمە لابەرە.
outbox-answer = وەڵامی خزمەتگوزارییەکە: { $status }
outbox-remove = لەم مۆبایلە لای بەرە
outbox-sign-out = چوونەدەرەوە
outbox-sign-out-warning = { $count ->
    [one] یەک ڕەوانەکردن هێشتا نەنێردراوە. چوونەدەرەوە لەم مۆبایلە دەیسڕێتەوە. هەر دەتەوێت بچیتە دەرەوە؟
   *[other] { $count } ڕەوانەکردن هێشتا نەنێردراون. چوونەدەرەوە لەم مۆبایلە دەیانسڕێتەوە. هەر دەتەوێت بچیتە دەرەوە؟
}

## A referral's status, outcome, urgency and contact method (the outbox, the form and the inbox)

referral-status-new = نوێ
referral-status-seen = بینراو
referral-status-accepted = وەرگیراو
referral-status-declined = ڕەتکراوە
referral-status-closed = داخراو
referral-outcome-supported = یارمەتی درا
referral-outcome-could-not-contact = نەتوانرا پەیوەندی بکرێت
referral-outcome-no-longer-needed = ئیتر پێویست نییە
referral-outcome-referred-elsewhere = ڕەوانەی شوێنێکی تر کرا
referral-urgency-routine = بەپەلە نییە
referral-urgency-soon = بەم زووانە
referral-urgency-urgent = بەپەلە
referral-contact-phone = پەیوەندیی تەلەفۆنی
referral-contact-sms = نامەی کورت
referral-contact-email = ئیمەیڵ
referral-contact-letter = نامەی پۆستە
referral-contact-through-referrer = لە ڕێگەی ئەو کەسەی ڕەوانەکردنەکەی کردووە

## Errors of a referral (the form, the outbox and the inbox show them)

referral-error-name-required = ناوی کەسەکە بنووسە.
referral-error-name-too-long = ناوەکە دەبێت زۆرترین 100 پیت بێت.
referral-error-phone-invalid = ژمارەیەکی تەلەفۆن بنووسە وەک 0116 496 0123.
referral-error-mobile-invalid = ژمارەیەکی مۆبایل بۆ نامەی کورت بنووسە، وەک 07700 900123.
referral-error-email-invalid = ناونیشانێکی ئیمەیڵ بنووسە وەک name@example.org.
referral-error-address-invalid = ناونیشانێکی پۆستە بنووسە (8 تا 300 پیت).
referral-error-language-invalid = زمانی دڵخوازی کەسەکە هەڵبژێرە.
referral-error-language-name = ناوی زمانەکە بە پیت بنووسە.
referral-error-support-required = لانیکەم یەک پێداویستی هەڵبژێرە، یان یارمەتیی پێویست وەسف بکە.
referral-error-support-too-long = وەسفەکە دەبێت زۆرترین 2,000 پیت بێت.
referral-error-referrer-contact-invalid = ژمارەی تەلەفۆن یان ناونیشانی ئیمەیڵەکەت بنووسە، تا خزمەتگوزارییەکە بتوانێت پەیوەندیت پێوە بکات.
referral-error-consent-required = کەسەکە دەبێت ڕازی بێت پێش ئەوەی ڕەوانەکردنەکە پاشەکەوت بکرێت یان بنێردرێت.
referral-error-consent-invalid = تۆماری ڕەزامەندییەکە دروست نییە. دەقی ڕەزامەندییەکە دووبارە لەگەڵ کەسەکە بخوێنەوە.
referral-error-consent-unknown = دەقی ڕەزامەندیی سەر ئەم مۆبایلە دەقێک نییە کە سێرڤەرەکە بیناسێت. Signpost نوێ بکەرەوە، پاشان دەقەکە دووبارە لەگەڵ کەسەکە بخوێنەوە.
referral-error-reason-required = هۆیەک بۆ ڕەتکردنەوە بنووسە.
referral-error-reason-too-long = هۆکارەکە دەبێت زۆرترین 500 پیت بێت.
referral-error-status-change = ئەو گۆڕانکارییە ئێستا ناکرێت. لاپەڕەکە دووبارە بار بکەرەوە بۆ بینینی دۆخی ئێستای ڕەوانەکردنەکە.
referral-error-purged = زانیارییە کەسییەکانی ئەم ڕەوانەکردنە بەپێی سیاسەتی هەڵگرتنی زانیاری لابراون.
referral-error-note = تێبینی دەبێت لە نێوان 1 و 2,000 پیت بێت.
referral-error-batch = ئەو ڕەوانەکردنانەی نێردران نەتوانران بخوێندرێنەوە. هیچ شتێک پاشەکەوت نەکرا؛ هێشتا لەسەر مۆبایلەکەن.
