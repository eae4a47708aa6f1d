# Signpost — کوردیی ناوەندی. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Site

app-name = Signpost
app-description = خزمەتگوزارییە کۆمەڵایەتییە ناوخۆییەکانی Leicester بدۆزەرەوە، و بە زمانی خۆیان لەگەڵ خێزانەکاندا هاوبەشیان بکە.
skip-to-content = بازدان بۆ ناوەڕۆک
language-switcher = زمان
list-separator = { "، " }
notice-demo = داتای نموونەیی: ئەم تۆمارانە نموونەن بۆ تاقیکردنەوەی Signpost. ژمارە تەلەفۆن و ئیمەیڵەکان ناگەنە هیچ کەسێک.
notice-machine-draft = ئەم وەرگێڕانە بە ئامێر ئامادە کراوە و هێشتا کەسێکی شارەزا لەم زمانەدا نەیپشکنیوە.
footer-about = Signpost بریتییە لە لیستی خزمەتگوزارییەکانی تۆڕی هاوبەشانی کۆمەڵگەی #PowerToChange لە Leicester.
loading = بار دەکرێت…

## Errors

not-found-title = لاپەڕەکە نەدۆزرایەوە
not-found-body = نەمانتوانی ئەو لاپەڕەیە بدۆزینەوە. لەوانەیە خزمەتگوزارییەکە یان ڕێکخراوەکە لابرابێت.
back-to-search = گەڕانەوە بۆ گەڕان
error-title = هەڵەیەک ڕوویدا
error-not-found = نەمانتوانی ئەوە بدۆزینەوە.
error-internal = هەڵەیەک لەلای ئێمە ڕوویدا. تکایە دوای کەمێک دووبارە هەوڵ بدەرەوە.
error-unreachable = Signpost نەیتوانی بگاتە سێرڤەرەکە. ئینتەرنێتەکەت بپشکنە و دووبارە هەوڵ بدەرەوە.
error-bad-request = شتێک لەو داواکارییەدا ڕاست نەبوو. تکایە دووبارە هەوڵ بدەرەوە.
error-busy = سێرڤەرەکە سەرقاڵە. تکایە دوای خولەکێک دووبارە هەوڵ بدەرەوە.
error-unavailable = Signpost ئێستا ناتوانێت بگاتە بنکەدراوەکەی. تکایە دوای خولەکێک دووبارە هەوڵ بدەرەوە.

## Search

search-title = خزمەتگوزارییەک بدۆزەرەوە
search-label = لە چیدا پێویستت بە یارمەتییە؟
search-placeholder = بۆ نموونە: بانکی خۆراک، ئامۆژگاریی نیشتەجێبوون، لاپتۆپ
search-button = گەڕان
filters-legend = فلتەرەکان
filters-clear = گەڕان و فلتەرەکان پاک بکەرەوە
filter-need = پێداویستی
filter-any-need = هەر پێداویستییەک
filter-area = ناوچە
filter-any-area = هەر شوێنێک لە Leicester
filter-language = زمانی قسەپێکراو
filter-any-language = هەر زمانێک
filter-age = تەمەنی کەسەکە
filter-free = بێبەرامبەر
filter-open-now = ئێستا کراوەیە
filter-referrals = ڕەوانەکردن وەردەگرێت
results-count =
    { $count ->
        [0] هیچ خزمەتگوزارییەک نەدۆزرایەوە
        [one] یەک خزمەتگوزاری
       *[other] { $count } خزمەتگوزاری
    }
results-empty = هیچ شتێک ناگونجێت. وشەی تر تاقی بکەرەوە، یان هەندێک فلتەر لابەرە.
pager-label = ئەنجامی زیاتر
pager-previous = لاپەڕەی پێشوو
pager-next = لاپەڕەی داهاتوو
pager-position = لاپەڕەی { $page } لە { $pages }
card-facts-label = زانیاریی سەرەکی
card-languages = زمانەکان: { $languages }
badge-free = بێبەرامبەر
badge-referrals = ڕەوانەکردن وەردەگرێت

## Service page

service-by = بەڕێوەبراوە لەلایەن
service-about = دەربارەی ئەم خزمەتگوزارییە
service-needs = یارمەتی دەدات لە
service-who = بۆ کێیە
service-free = بێبەرامبەر.
service-not-free = لەوانەیە تێچووی هەبێت.
service-how = چۆن یارمەتی وەربگیرێت
service-hours = کاتەکانی کردنەوە
service-languages = ئەو زمانانەی کارمەندان قسەیان پێ دەکەن
service-contact = پەیوەندی
service-where = لە کوێ
service-areas = ئەم ناوچانە دەگرێتەوە: { $areas }
service-last-reviewed = دوایین پشکنین لەلایەن ڕێکخراوەکەوە: { $date }
service-may-be-out-of-date = ڕێکخراوەکە زیاتر لە ساڵێکە ئەم زانیارییانەی نەپشکنیوە: لەوانەیە کۆن بووبن. پێش ناردنی کەسێک تەلەفۆنیان بۆ بکە.
service-report-link = ڕاپۆرتی کێشەیەک لەم تۆمارەدا بکە
access-drop-in = لە کاتەکانی کردنەوەدا سەردانیان بکە
access-self-referral = خۆت پەیوەندییان پێوە بکە
access-professional-referral = کارمەندێک، قوتابخانەیەک یان پزیشکی خێزان دەتوانێت ڕەوانە بکات
access-phone = یارمەتی بە تەلەفۆن
access-appointment = بە وادەی پێشوەختە
access-signpost-referral = ڕەوانەکردن لە ڕێگەی Signpost وەردەگرێت
access-contact = پەیوەندییان پێوە بکە و بپرسە چۆن یارمەتی وەربگیرێت
hours-caption = کاتەکانی کردنەوە، بە کاتی Leicester
hours-none = کاتی کردنەوەی ڕێکوپێکی نییە: پەیوەندییان پێوە بکە بۆ ڕێکخستنی کاتێک.
hours-closed = داخراوە
hours-period = { $opens }–{ $closes }
hours-period-overnight = { $opens }–{ $closes } (ڕۆژی دواتر)
hours-closure = داخراوە لە { $from } تا { $to }
hours-special-day = کاتی جیاواز لە { $date }: { $times }
hours-special = کاتی جیاواز لە { $from } تا { $to }: { $times }
contact-call = پەیوەندی بکە بە { $number }
contact-text = نامە بنێرە بۆ { $number }
contact-email = ئیمەیڵ بنێرە بۆ { $email }
contact-website = ماڵپەڕ
location-map = لە نەخشەدا بیکەرەوە

## Organisation page

organisation-services =
    { $count ->
        [0] هیچ خزمەتگوزارییەک تۆمار نەکراوە
        [one] یەک خزمەتگوزاری
       *[other] { $count } خزمەتگوزاری
    }

## Opening status

status-temporarily-closed = بە کاتی داخراوە
status-open-closes = ئێستا کراوەیە · { $when } دادەخرێت
status-closed-opens = داخراوە · { $when } دەکرێتەوە
status-closed = داخراوە
status-no-hours = بۆ کاتەکانی کردنەوە پەیوەندییان پێوە بکە
when-today = کاتژمێر { $time }
when-tomorrow = سبەی کاتژمێر { $time }
when-weekday = { $day } کاتژمێر { $time }
when-date = { $date } کاتژمێر { $time }

## Ages

ages-range = تەمەن { $min }–{ $max }
ages-min = تەمەن { $min } و سەرووتر
ages-max = تەمەن تا { $max }
ages-all = هەموو تەمەنەکان

## Dates

day-1 = دووشەممە
day-2 = سێشەممە
day-3 = چوارشەممە
day-4 = پێنجشەممە
day-5 = هەینی
day-6 = شەممە
day-7 = یەکشەممە
month-1 = کانوونی دووەم
month-2 = شوبات
month-3 = ئازار
month-4 = نیسان
month-5 = ئایار
month-6 = حوزەیران
month-7 = تەممووز
month-8 = ئاب
month-9 = ئەیلوول
month-10 = تشرینی یەکەم
month-11 = تشرینی دووەم
month-12 = کانوونی یەکەم
date-format = { $day } { $month } { $year }

## Needs. The -terms messages are extra search words, separated by commas.

need-food = خۆراک
need-food-terms = بانکی خۆراک، ژەمە خواردن، برسێتی، کەلوپەلی خۆراک، نانی نیوەڕۆ
need-housing = نیشتەجێبوون و بێ ماڵی
need-housing-terms = بێ ماڵ، پەناگە، کرێ، بەکرێگرتن، دەرکردن لە ماڵ، خەوتن لە شەقام
need-money = پارە، قەرز و یارمەتیی کۆمەڵایەتی
need-money-terms = قەرز، یارمەتیی کۆمەڵایەتی، یارمەتیی دەوڵەت، بێنیفیت، Universal Credit، پسوولە، بودجە
need-immigration = کۆچ، پەنابەری و پەنابەران
need-immigration-terms = داوای پەنابەری، پەنابەر، Home Office، ڤیزا، تازە گەیشتووان
need-health = تەندروستی و باشیی دەروونی
need-health-terms = تەندروستیی دەروونی، ئاسوودەیی، دڵەڕاوکێ، کەمخوێنیی داسی، چاودێر
need-families = منداڵان و خێزانەکان
need-families-terms = منداڵان، دایک و باوک، خێزان، چاودێریی منداڵ
need-youth = چالاکییەکانی گەنجان
need-youth-terms = گەنجان، هەرزەکاران، یانەی گەنجان، یاری
need-education = خوێندن، ڕاهێنان و کار
need-education-terms = کار، ئیش، ڕاهێنان، خول، ئینگلیزی، ESOL، قوتابخانە
need-send = پێداویستیی تایبەتی پەروەردەیی و کەمئەندامی
need-send-terms = SEND، کەمئەندامی، EHCP، پێداویستیی تایبەت، مەشقی کار
need-care-experienced = لە چاودێریی دەوڵەتدا گەورە بووە
need-care-experienced-terms = خانەی چاودێری، خێزانی بەخێوکەر، هەتیوخانە، منداڵی ژێر چاودێری، دەرچووی چاودێری، بەخێوکردنی کاتی، چاودێریی دەوڵەت، care leaver، فۆستەر
need-prisoners-families = خێزانی زیندانییان
need-prisoners-families-terms = زیندان، زیندانی، سەردان، سزا
need-digital = کۆمپیوتەر و ئینتەرنێت
need-digital-terms = کۆمپیوتەر، لاپتۆپ، ئینتەرنێت، ئۆنلاین، مۆبایل، تەلەفۆن، وایفای، wifi، دیجیتاڵ
need-community = کۆمەڵگە، کلتوور و ئایین
need-community-terms = سەنتەری کۆمەڵگە، کلتوور، ئایین، خۆبەخشی، کۆمەڵایەتی
need-safety = تاوان و سەلامەتی
need-safety-terms = تاوان، تاوانی چەقۆ، چەوساندنەوە، سەلامەتی، توندوتیژی

## Languages (ISO 639 codes)

language-en = ئینگلیزی
language-gu = گوجەراتی
language-pa = پەنجابی
language-pl = پۆڵەندی
language-ro = ڕۆمانی
language-ur = ئوردوو
language-bn = بەنگالی
language-pt = پورتوگالی
language-ar = عەرەبی
language-so = سۆمالی
language-hi = هیندی
language-ku = کوردی
language-fa = فارسی
language-ps = پەشتۆ
language-ti = تیگرینیا
language-ta = تامیلی
language-fr = فەرەنسی
language-sw = سواحیلی

## Offline: the connection and the directory saved on this phone

net-offline = تۆ بێ ئینتەرنێتیت. Signpost ئەو لیستەی خزمەتگوزارییەکان بەکاردەهێنێت کە لەسەر ئەم مۆبایلە پاشەکەوت کراوە.
net-offline-partial = تۆ بێ ئینتەرنێتیت. پێش پچڕانی ئینتەرنێت تەنها بەشێک لە لیستی خزمەتگوزارییەکان لەسەر ئەم مۆبایلە پاشەکەوت کرابوو.
net-offline-nothing = تۆ بێ ئینتەرنێتیت، و لیستی خزمەتگوزارییەکان هێشتا لەسەر ئەم مۆبایلە پاشەکەوت نەکراوە. یەک جار بە ئینتەرنێتەوە پەیوەست بە بۆ پاشەکەوتکردنی.
net-saving = لیستی خزمەتگوزارییەکان لەسەر ئەم مۆبایلە پاشەکەوت دەکرێت، بۆ بەکارهێنان بەبێ ئینتەرنێت…
net-progress = پاشەکەوتکردنی لیستی خزمەتگوزارییەکان
net-saved = لەسەر ئەم مۆبایلە پاشەکەوت کراوە بۆ بەکارهێنان بەبێ ئینتەرنێت
net-updated = { $ago } نوێکرایەوە
net-sync-failed = نەتوانرا گۆڕانکارییەکانی لیستی خزمەتگوزارییەکان بپشکنرێن. Signpost دووبارە هەوڵ دەداتەوە.
net-save-failed = وێبگەڕی ئەم مۆبایلە لیستی خزمەتگوزارییەکانی پاشەکەوت نەکرد، بۆیە Signpost بۆ کارکردن پێویستی بە ئینتەرنێت هەیە.
net-persist-refused = لەوانەیە ئەم وێبگەڕە لیستە پاشەکەوتکراوەکەی خزمەتگوزارییەکان بسڕێتەوە ئەگەر شوێنی مۆبایلەکە کەم بێتەوە. بۆ هێشتنەوەی، جار جار Signpost بە ئینتەرنێتەوە بکەرەوە.
# تاکە هێڵ کە لە خوارەوەی شاشەکە جێگیرە (نامەکانی سەرەوە باقییەکەی لە پەڕەکەدا دەڵێن).
net-line-offline = بێ ئینتەرنێت: لیستی پاشەکەوتکراو بەکاردێت
net-line-offline-partial = بێ ئینتەرنێت: بەشێکی لیستی خزمەتگوزاری پاشەکەوت کراوە
net-line-offline-nothing = بێ ئینتەرنێت: لیستی خزمەتگوزاری هێشتا پاشەکەوت نەکراوە
net-line-saving = لیستی خزمەتگوزاری پاشەکەوت دەکرێت…
net-line-saved = لەسەر ئەم مۆبایلە پاشەکەوت کراوە
net-line-sync-failed = نەتوانرا گۆڕانکارییەکان بپشکنرێن
net-line-save-failed = نەتوانرا لیستی خزمەتگوزاری پاشەکەوت بکرێت
ago-just-now = هەر ئێستا
ago-minutes =
    { $count ->
        [one] 1 خولەک لەمەوبەر
       *[other] { $count } خولەک لەمەوبەر
    }
ago-hours =
    { $count ->
        [one] 1 کاتژمێر لەمەوبەر
       *[other] { $count } کاتژمێر لەمەوبەر
    }
ago-days =
    { $count ->
        [one] 1 ڕۆژ لەمەوبەر
       *[other] { $count } ڕۆژ لەمەوبەر
    }
update-available = وەشانێکی نوێی Signpost ئامادەیە.
update-reload = دووبارە بارکردنەوە

## Accounts and referrals

error-unauthorised = تکایە بۆ ئەنجامدانی ئەوە بچۆ ژوورەوە.
error-forbidden = هەژمارەکەت ناتوانێت ئەوە بکات.
error-conflict = کەسێکی تر ئەمەی گۆڕی لە کاتێکدا تۆ کارت لەسەر دەکرد. هیچ شتێک پاشەکەوت نەکرا: وەشانەکەی ئەوان پیشان دراوە، و ئەوەی تۆ نووسیوتە هێڵراوەتەوە تا بتوانیت دووبارە زیادی بکەیتەوە.
error-cross-site = ئەم داواکارییە لە ماڵپەڕێکی ترەوە هات و ڕەتکرایەوە.
footer-inbox = سندوقی هاتوو (ڕەوانەکردنە گەیشتووەکان)
footer-listings = تۆمارەکانت
footer-sign-in = چوونەژوورەوە (ڕێکخراوە هاوبەشەکان)
login-title = چوونەژوورەوە
login-intro = بۆ کارمەندان و خۆبەخشانی ڕێکخراوە هاوبەشەکانی تۆڕەکە. هەر کەسێک دەتوانێت بەبێ چوونەژوورەوە لە لیستی خزمەتگوزارییەکاندا بگەڕێت.
login-email = ناونیشانی ئیمەیڵ
login-password = وشەی نهێنی
login-submit = چوونەژوورەوە
login-error-invalid = ئەو ئیمەیڵ و وشە نهێنییە لەگەڵ هیچ هەژمارێکدا ناگونجێن. بیانپشکنە و دووبارە هەوڵ بدەرەوە.
login-error-limited = هەوڵی چوونەژوورەوە زۆر زۆر بوون. خولەکێک چاوەڕێ بکە، پاشان دووبارە هەوڵ بدەرەوە.
login-error-busy = سێرڤەرەکە سەرقاڵە. تکایە دوای خولەکێک دووبارە هەوڵ بدەرەوە.
login-needs-connection = چوونەژوورەوە پێویستی بە ئینتەرنێت هەیە. هێشتا دەتوانیت لە لیستی خزمەتگوزارییەکاندا بگەڕێیت.

## Retention periods, as the consent statement and privacy notice say them

retention-period = { $unit ->
    [years] { $count ->
        [one] یەک ساڵ
       *[other] { $count } ساڵ
    }
    [months] { $count ->
        [one] یەک مانگ
       *[other] { $count } مانگ
    }
   *[days] { $count ->
        [one] یەک ڕۆژ
       *[other] { $count } ڕۆژ
    }
}

## Links to pages whose own messages travel only with them (accounts.ftl, inbox.ftl, referrals.ftl)

inbox-sign-in = چوونەژوورەوە
outbox-link = ڕەوانەکردنەکانی سەر ئەم مۆبایلە
refer-link = خێزانێک ڕەوانەی ئەم خزمەتگوزارییە بکە
back-to-service = گەڕانەوە بۆ خزمەتگوزارییەکە
inbox-back = گەڕانەوە بۆ ڕەوانەکردنە گەیشتووەکان
invite-member-link = ئەندامێک بانگهێشت بکە
members-link = ئەندامان
