# Signpost — کوردیی ناوەندی. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

# تۆمارەکانی تۆڕەکە: خانەکانی تۆمارێک، وەک پێش و دوای گۆڕانکارییەک پیشانیان دەدات.
listing-field-name = ناو
listing-field-description = وەسف
listing-field-status = کراوە یان داخراو
listing-field-eligibility = بۆ کێیە
listing-field-ages = تەمەنەکان
listing-field-cost = تێچوو
listing-field-access = چۆن یارمەتی وەربگیرێت
listing-field-referrals = ڕەوانەکردن لە ڕێگەی Signpost وەردەگرێت
listing-field-needs = ئەو پێداویستییانەی یارمەتییان تێدا دەدات
listing-field-languages = ئەو زمانانەی کارمەندان قسەیان پێ دەکەن
listing-field-areas = ئەو ناوچانەی خزمەتیان دەکات
listing-field-locations = شوێنەکان
listing-field-phones = ژمارە تەلەفۆنەکان
listing-field-email = ئیمەیڵ
listing-field-website = ماڵپەڕ
listing-field-hours = کاتەکانی کردنەوە
listing-field-closures = ڕۆژانی داخران
listing-field-special-hours = کاتی جیاواز لە هەندێک بەروار
listing-field-checked = دوایین پشکنین لەلایەن ڕێکخراوەکەوە
listing-error-reason = بنووسە بۆچی گۆڕانکارییەکە دەگەڕێندرێتەوە (زۆرترین 1,000 پیت).
listing-yes = بەڵێ
listing-no = نەخێر
listing-none = (هیچ)
listing-date-range = { $from } تا { $to }

# تۆمارەکانی ڕێکخراوێک (/listings).
listings-title = تۆمارەکانی ڕێکخراوەکەت
listings-sign-in-needed = بچۆ ژوورەوە بۆ ئەوەی تۆمارەکانی ڕێکخراوەکەت نوێ بهێڵیتەوە.
listings-forbidden = تەنها بەڕێوەبەرانی ڕێکخراوێک و ڕێکخەرانی تۆڕەکە دەتوانن تۆمارەکان بگۆڕن.
coordinator-only = تەنها ڕێکخەرانی تۆڕەکە دەتوانن ئەم لاپەڕەیە ببینن.
listings-saved-pending = پاشەکەوت کرا. ڕێکخەرێک گۆڕانکارییەکە دەپشکنێت پێش ئەوەی هەمووان بیبینن.
listings-saved-published = پاشەکەوت کرا. ئێستا هەمووان گۆڕانکارییەکە دەبینن، و مۆبایلەکان کاتێک جاری داهاتوو بە ئینتەرنێت دەگەن وەریدەگرن.
listings-confirmed = سوپاس: تۆمارەکە وەک ئەمڕۆ پشکنراو نیشان کرا.
listings-edit-organisation = زانیارییەکانی ڕێکخراوەکەت بگۆڕە
listings-services = خزمەتگوزارییەکان
listings-none = ڕێکخراوەکەت هێشتا هیچ خزمەتگوزارییەکی تۆمارکراوی نییە.
listings-add = خزمەتگوزارییەک زیاد بکە
listings-changes = دوایین گۆڕانکارییەکان
listings-no-changes = هێشتا هیچ گۆڕانکارییەک نییە.
listings-waiting = گۆڕانکاری چاوەڕێی ڕێکخەرێکە
listings-archived = لە لیستی خزمەتگوزارییەکان لابراوە
listings-checked = لە { $date } پشکنرا
listings-due = دوایین پشکنین لە { $date }. تکایە بپشکنە کە هێشتا ڕاستە.
listings-stale = دوایین پشکنین لە { $date }، زیاتر لە ساڵێک لەمەوبەر: لیستی خزمەتگوزارییەکان خەڵک ئاگادار دەکاتەوە کە لەوانەیە کۆن بووبێت.
listings-never-checked = هەرگیز نەپشکنراوە. تکایە بپشکنە کە هێشتا ڕاستە.
listings-confirm = هێشتا ڕاستە
listings-confirm-named = { $name } هێشتا ڕاستە
listings-edit = گۆڕین
listings-history = وەشانە پێشووەکان
listings-trust-heading = ڕێکخراوی متمانەپێکراو
listings-trusted = متمانەپێکراو: گۆڕانکارییەکان یەکسەر بڵاو دەکرێنەوە
listings-not-trusted = متمانەپێنەکراو: ڕێکخەرێک سەرەتا هەر گۆڕانکارییەک دەپشکنێت
listings-trust = متمانە بەم ڕێکخراوە بکە
listings-untrust = متمانەکردن بەم ڕێکخراوە ڕابگرە

change-kind-new = خزمەتگوزاریی نوێ
change-kind-changed = گۆڕدرا
change-kind-archived = لابرا
change-state-pending = چاوەڕێی ڕێکخەرێکە
change-state-published = بڵاوکرایەوە
change-state-returned = گەڕێندرایەوە
change-state-replaced = گۆڕانکارییەکی دواتر جێگەی گرتەوە
change-summary = { $kind }، { $state }، { $date }
change-reason = بۆچی گەڕێندرایەوە:

# فۆرمی خزمەتگوزاری (/listings/edit).
edit-title = گۆڕینی { $name }
edit-title-new = خزمەتگوزارییەک زیاد بکە
edit-intro = ئەوەی هەڵەیە یان کەمە بیگۆڕە، پاشان پاشەکەوتی بکە. ڕێکخەرێک گۆڕانکارییەکان دەپشکنێت پێش ئەوەی هەمووان بیانبینن.
edit-intro-new = ئەوەی دەیزانیت پڕی بکەرەوە، پاشان پاشەکەوتی بکە. ڕێکخەرێک خزمەتگوزارییە نوێیەکان دەپشکنێت پێش ئەوەی هەمووان بیانبینن.
edit-back = گەڕانەوە بۆ تۆمارەکان
edit-returned = ڕێکخەرێک دوایین گۆڕانکارییەکەتی گەڕاندەوە:
edit-waiting = گۆڕانکارییەک لەسەر ئەمە چاوەڕێی ڕێکخەرێکە. تۆ ئەو وەشانە دەگۆڕیت.
edit-conflict-theirs = وەشانە نوێترەکە چۆن جیاوازە لەوەی تۆ نووسیوتە:
edit-draft-found = ئەم مۆبایلە ئەو گۆڕانکارییانەی هێشتۆتەوە کە پێشتر نووسیبووت و پاشەکەوتت نەکردبوون.
edit-draft-use = بیانگەڕێنەوە
edit-draft-discard = فڕێیان بدە
edit-problems = تکایە ئەمانە ڕاست بکەرەوە و دووبارە پاشەکەوت بکە:
edit-save = پاشەکەوتکردن
edit-archive-heading = ئەم خزمەتگوزارییە لە لیستەکە لابەرە
edit-archive-intro = بۆ خزمەتگوزارییەک کە وەستاوە. دەهێڵدرێتەوە، و ڕێکخەرێک دەتوانێت بیگەڕێنێتەوە.
edit-archive = لای بەرە
edit-about = دەربارەی خزمەتگوزارییەکە
edit-status-active = کراوە
edit-status-temporarily-closed = بۆ ئێستا داخراوە
edit-status-inactive = ئیتر کار ناکات
edit-who = بۆ کێیە
edit-min-age = کەمترین تەمەن (بۆ هەموو تەمەنێک بەتاڵی بهێڵەوە)
edit-max-age = زۆرترین تەمەن (بۆ هەموو تەمەنێک بەتاڵی بهێڵەوە)
edit-free = بێبەرامبەر
edit-fees = ئەگەر بێبەرامبەر نییە، تێچووەکەی چەندە
edit-hours-hint = ئەگەر پێویستت بە ڕیزێک نییە، بەتاڵی بهێڵەوە.
edit-period-label = کاتی کردنەوە { $number }
edit-day = ڕۆژ
edit-opens = دەکرێتەوە
edit-closes = دادەخرێت
edit-overnight = لە نیوەشەو تێدەپەڕێت
edit-add-period = کاتێکی تری کردنەوە زیاد بکە
edit-closures-hint = پشووە فەرمییەکان و ڕۆژانی تر کە داخراوە. بۆ یەک ڕۆژ، خانەی "تا" بەتاڵ بهێڵەوە.
edit-closure-label = ڕۆژانی داخران { $number }
edit-closed-from = داخراوە لە
edit-closed-to = تا
edit-closed-note = بۆچی (ئارەزوومەندانە)
edit-add-closure = ڕۆژانی داخرانی زیاتر زیاد بکە
edit-special-hint = کاتی کورتتر یان زیاتر لە بەرواری دیاریکراو، وەک شەوی کریسمس: لەو بەروارانەدا شوێنی کاتە ئاساییەکان دەگرنەوە. بۆ یەک ڕۆژ، خانەی "تا" بەتاڵ بهێڵەوە.
edit-special-label = کاتی جیاواز { $number }
edit-special-from = لە
edit-add-special = بەرواری زیاتر بە کاتی جیاواز زیاد بکە
edit-location-label = شوێن { $number }
edit-place-name = ناوی شوێنەکە (ئارەزوومەندانە)
edit-address = ناونیشانی شەقام
edit-city = شارۆچکە یان شار
edit-postcode = کۆدی پۆستە
edit-neighbourhood = ناوچە (بۆ نموونە Highfields)
edit-latitude = هێڵی پانی (ئارەزوومەندانە)
edit-longitude = هێڵی درێژی (ئارەزوومەندانە)
edit-add-location = شوێنێکی تر زیاد بکە
edit-areas-hint = هەر دێڕێک یەک ناوچە.
edit-contact = پەیوەندی
edit-phone-label = تەلەفۆن { $number }
edit-phone-number = ژمارەی تەلەفۆن
edit-phone-description = ژمارەکە بۆ چییە (ئارەزوومەندانە)
edit-add-phone = ژمارە تەلەفۆنێکی تر زیاد بکە
edit-languages-hint = کۆدی زمانەکان، بە کۆما جیاکراونەتەوە: so بۆ سۆمالی، gu بۆ گوجەراتی، pl بۆ پۆڵەندی.

# وەشانە پێشووەکانی خزمەتگوزارییەک (/listings/history).
history-title = وەشانە پێشووەکانی { $name }
history-version = وەشانی { $version }، { $date }، لەلایەن { $who }
history-approved-by = پەسەندکراوە لەلایەن { $who }
history-by-operator = ئەو کەسانەی Signpost بەڕێوە دەبەن
history-changed = گۆڕدرا: { $fields }
history-restore = وەشانی { $version } بگەڕێنەوە
history-restored = ئەو وەشانە گەڕایەوە ناو لیستی خزمەتگوزارییەکان.

# ڕیزی چاوەڕوانیی ڕێکخەر (/listings/changes).
queue-title = گۆڕانکارییەکان بۆ پشکنین
queue-empty = هیچ گۆڕانکارییەک چاوەڕێ نییە.
queue-asked = { $kind } · داواکراوە لەلایەن { $who } لە { $date }
queue-field = چی
queue-before = پێشتر
queue-after = دواتر
queue-approve = پەسەندی بکە و بڵاوی بکەرەوە
queue-reason = بۆچی دەیگەڕێنیتەوە (ڕێکخراوەکە ئەمە دەبینێت)
queue-send-back = گەڕاندنەوە
queue-approved = بڵاوکرایەوە. مۆبایلەکان کاتێک جاری داهاتوو بە ئینتەرنێت دەگەن وەریدەگرن.
queue-sent-back = بۆ ڕێکخراوەکە گەڕێندرایەوە.

# ڕێکخراوەکانی ڕێکخەر (/listings/organisations).
organisations-title = ڕێکخراوەکان
oruk-link = Open Referral UK: ڕێبەرەکە دابەزێنە یان خزمەتگوزاری بهێنە
organisations-facts = { $services ->
        [one] 1 خزمەتگوزاری
       *[other] { $services } خزمەتگوزاری
    } · { $members ->
        [one] 1 ئەندام
       *[other] { $members } ئەندام
    } · { $pending } چاوەڕێ · { $due } بۆ پشکنین
organisations-last-change = دوایین گۆڕانکاری لە { $date } بڵاوکرایەوە
organisations-oldest-check = کۆنترین پشکنین: { $date }
organisations-add = ڕێکخراوێک زیاد بکە
organisations-add-button = ڕێکخراوەکە زیاد بکە
organisations-created = ڕێکخراوەکە لە لیستی خزمەتگوزارییەکاندایە. ئەم بەستەرە بنێرە بۆ ئەو کەسەی ئاگاداری تۆمارەکانی دەبێت: تەنها یەک جار کار دەکات، بۆ ماوەی 7 ڕۆژ.
organisations-link = بەستەری بانگهێشت بۆ یەکەم بەڕێوەبەری
organisation-edit-title = زانیارییەکانی ڕێکخراوەکەت

# ڕاپۆرتکردنی کێشەیەک لە تۆمارێکدا (/services/:id/report)، و ڕاپۆرتەکان.
report-title = ڕاپۆرتی کێشەیەک دەربارەی { $service }
report-intro = بە ڕێکخراوەکە و ڕێکخەرانی تۆڕەکە بڵێ چی هەڵەیە. ناو یان زانیاریی پەیوەندیی هیچ کەسێک مەنووسە.
report-kind = چی هەڵەیە؟
report-kind-out-of-date = کۆن بووە
report-kind-closed = داخراوە
report-kind-contact = تەلەفۆن، ئیمەیڵ یان ناونیشانی هەڵە
report-kind-other = شتێکی تر
report-text = وردەکاریی زیاتر (بۆ "شتێکی تر" پێویستە)
report-submit = ڕاپۆرتەکە بنێرە
report-sent = سوپاس. ڕاپۆرتەکە نێردرا.
report-kept = سوپاس. ئێستا ئینتەرنێت نییە: ڕاپۆرتەکە لەسەر ئەم مۆبایلە دەهێڵدرێتەوە و کاتێک ئینتەرنێت هەبوو دەنێردرێت.
report-not-kept = ئەم مۆبایلە نەیتوانی ڕاپۆرتەکە بهێڵێتەوە. تکایە دووبارە هەوڵ بدەرەوە.
report-error-kind = هەڵبژێرە چی هەڵەیە.
report-error-text = لە زۆرترین 500 پیتدا بڵێ چی هەڵەیە.
reports-title = ڕاپۆرتەکانی ئەو کەسانەی لیستی خزمەتگوزارییەکان بەکاردەهێنن
reports-none = هیچ ڕاپۆرتێک نییە.
reports-about = { $kind }، { $date }
reports-done = تەواو
reports-done-button = وەک تەواو نیشانی بکە

listings-caseworkers = کێ کار لەسەر ڕەوانەکردنەکانی دەکات
listings-caseworkers-intro = بەڕێوەبەرانی ڕێکخراوەکەت هەمیشە ئەم کارە دەکەن. ئەو ئەندامانە هەڵبژێرە کە دەبێت ئەوانیش بیکەن: ڕەوانەکردنەکانی ئەم خزمەتگوزارییە لە سندوقی هاتوویاندا دەبینن و دەتوانن کاریان لەسەر بکەن.
listings-caseworkers-save = پاشەکەوتکردنی ئەوانەی کار لەسەر ڕەوانەکردنەکانی دەکەن
listings-caseworkers-saved = پاشەکەوت کرا: ئەوان ڕەوانەکردنەکانی لە سندوقی هاتوویاندا دەبینن.
listing-error-member = تەنها کارمەندانی ڕێکخراوەکەت دەتوانرێت هەڵبژێردرێن.
organisation-areas = ئەو ناوچانەی کاری تێدا دەکات

## Checks on a service before it is saved (the listings pages show them)

service-invalid-name = ناوەکە دەبێت لە 1 تا 200 پیت بێت.
service-invalid-text = وەسف و «بۆ کێیە» هەریەکەیان دەبێت زۆرترین 5,000 پیت بن.
service-invalid-ages = تەمەنەکان دەبێت لە 0 تا 120 بن، و کەمترین تەمەن لە زۆرترین تەمەن زیاتر نەبێت.
service-invalid-needs = لانیکەم یەک پێداویستی هەڵبژێرە کە خزمەتگوزارییەکە یارمەتیی تێدا دەدات.
service-invalid-language = زمانەکان دەبێت کۆدی ISO 639 بن، وەک so بۆ سۆمالی یان gu بۆ گوجەراتی.
service-invalid-hours = کاتەکانی کردنەوە دەبێت ڕۆژێکیان هەبێت لە دووشەممەوە تا یەکشەممە، و کاتەکانیان لە 00:00 تا 23:59 بێت.
service-invalid-closure = داخرانێک دەبێت لە هەمان ڕۆژی دەستپێکردنیدا یان دوای ئەو کۆتایی بێت، و تێبینییەکەی زۆرترین 200 پیت بێت.
service-invalid-special-hours = کاتی جیاواز پێویستی بە بەرواری دەستپێک، بەرواری کۆتایی (ئەگەر هەبێت) لە هەمان ڕۆژ یان دوای ئەو، کاتی کردنەوە و کاتی داخستنێکی دواتر، و تێبینییەک بە زۆرترین 200 پیت هەیە.
service-invalid-email = ناونیشانی ئیمەیڵەکە دروست نییە.
service-invalid-website = ماڵپەڕەکە دەبێت ناونیشانێکی تەواو بێت کە بە https:// دەست پێ دەکات.
service-invalid-phone = ژمارەی تەلەفۆن دەبێت لانیکەم 3 ژمارەی تێدا بێت و زۆرترین 40 پیت بێت، و وەسفەکەی زۆرترین 200 پیت بێت.
service-invalid-organisation = ئەو ڕێکخراوە لە لیستی خزمەتگوزارییەکاندا نییە.
service-invalid-location = هەر شوێنێک پێویستی بە ناونیشان و شارۆچکە یان شار هەیە (هەریەکەیان زۆرترین 200 پیت)؛ هاوڕێکخەرەکانی نەخشە، ئەگەر دران، دەبێت ژمارە بن.
service-invalid-postcode = کۆدی پۆستە دەبێت کۆدی پۆستەی بەریتانیا بێت، وەک LE2 0AB.
service-invalid-fees = تێچوون دەبێت بە زۆرترین 200 پیت باس بکرێت.
service-invalid-areas = هەر ناوچەیەک دەبێت لە 1 تا 200 پیت بێت، و زۆرترین 50 ناوچە هەبێت.
service-invalid-period-order = کاتی کردنەوە دەبێت دوای دەستپێکردنی کۆتایی بێت. ئەگەر لە نیوەشەو تێدەپەڕێت، "لە نیوەشەو تێدەپەڕێت" نیشان بکە.
service-invalid-status = هەڵبژێرە ئایا خزمەتگوزارییەکە کراوەیە، بۆ ئێستا داخراوە، یان ئیتر کار ناکات.
