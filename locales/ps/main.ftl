# Signpost — پښتو. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Site

app-name = Signpost
app-description = په Leicester کې ځایي ټولنیز خدمتونه ومومئ، او له کورنیو سره یې د هغوی په ژبه شریک کړئ.
skip-to-content = منځپانګې ته لاړ شئ
language-switcher = ژبه
list-separator = { "، " }
notice-demo = ازمایښتي معلومات: دا ثبتونه د Signpost د ازمویلو لپاره بېلګې دي. د ټیلیفون شمېرې او ایمیلونه هېچا ته نه رسېږي.
notice-machine-draft = دا ژباړه د ماشین له خوا چمتو شوې او تر اوسه د داسې چا له خوا نه ده کتل شوې چې دا ژبه په روانه توګه ووایي.
footer-about = Signpost په Leicester کې د #PowerToChange د ټولنیزو همکارانو د شبکې د خدمتونو لیست دی.
loading = بارېږي…

## Errors

not-found-title = پاڼه ونه موندل شوه
not-found-body = موږ هغه پاڼه ونه موندله. ښایي خدمت یا سازمان لرې شوی وي.
back-to-search = بېرته لټون ته
error-title = یوه ستونزه پېښه شوه
error-not-found = موږ هغه ونه موند.
error-internal = زموږ له خوا یوه ستونزه پېښه شوه. مهرباني وکړئ یوه شېبه وروسته بیا هڅه وکړئ.
error-unreachable = Signpost سرور ته ونه رسېد. خپل انټرنټ وګورئ او بیا هڅه وکړئ.
error-bad-request = په دې غوښتنه کې یو څه سم نه وو. مهرباني وکړئ بیا هڅه وکړئ.
error-busy = سرور بوخت دی. مهرباني وکړئ یوه دقیقه وروسته بیا هڅه وکړئ.
error-unavailable = Signpost اوس خپل ډېټابېس ته نشي رسېدلی. مهرباني وکړئ یوه دقیقه وروسته بیا هڅه وکړئ.

## Search

search-title = یو خدمت ومومئ
search-label = په څه کې مرستې ته اړتیا لرئ؟
search-placeholder = د بېلګې په توګه: د خوړو بانک، د کور په اړه مشوره، لپټاپ
search-button = لټون
filters-legend = فلټرونه
filters-clear = لټون او فلټرونه پاک کړئ
filter-need = اړتیا
filter-any-need = هره اړتیا
filter-area = سیمه
filter-any-area = په Leicester کې هر ځای
filter-language = ویل کېدونکې ژبه
filter-any-language = هره ژبه
filter-age = د کس عمر
filter-free = وړیا
filter-open-now = اوس خلاص
filter-referrals = ارجاعات مني
results-count =
    { $count ->
        [0] هېڅ خدمت ونه موندل شو
        [one] یو خدمت
       *[other] { $count } خدمتونه
    }
results-empty = هېڅ شی سمون نه خوري. نورې کلمې وازمویئ، یا ځینې فلټرونه لرې کړئ.
pager-label = نورې پایلې
pager-previous = پخوانۍ پاڼه
pager-next = راتلونکې پاڼه
pager-position = پاڼه { $page } له { $pages }
card-facts-label = مهم معلومات
card-languages = ژبې: { $languages }
badge-free = وړیا
badge-referrals = ارجاعات مني

## Service page

service-by = چلوونکی
service-about = د دې خدمت په اړه
service-needs = په دې کې مرسته کوي
service-who = د چا لپاره دی
service-free = وړیا.
service-not-free = ښایي لګښت ولري.
service-how = مرسته څنګه ترلاسه کړئ
service-hours = د خلاصېدو وختونه
service-languages = هغه ژبې چې کارکوونکي یې وایي
service-contact = اړیکه
service-where = چېرته
service-areas = سیمې: { $areas }
service-last-reviewed = وروستی ځل د سازمان له خوا کتل شوی: { $date }
service-may-be-out-of-date = سازمان دا معلومات له یو کال څخه زیات نه دي کتلي: ښایي زاړه وي. مخکې له دې چې څوک ورولېږئ، ورته زنګ ووهئ.
service-report-link = د دې ثبت په اړه د ستونزې راپور ورکړئ
access-drop-in = د خلاصېدو په وختونو کې ورشئ
access-self-referral = پخپله ورسره اړیکه ونیسئ
access-professional-referral = یو کارکوونکی، ښوونځی یا ډاکټر کولی شي راجع کړي
access-phone = د ټیلیفون له لارې مرسته
access-appointment = د مخکینۍ وخت په ټاکلو
access-signpost-referral = د Signpost له لارې ارجاعات مني
access-contact = ورسره اړیکه ونیسئ او وپوښتئ چې مرسته څنګه ترلاسه کړئ
hours-caption = د خلاصېدو وختونه، د Leicester وخت
hours-none = منظم د خلاصېدو وختونه نشته: د وخت ټاکلو لپاره ورسره اړیکه ونیسئ.
hours-closed = تړلی
hours-period = { $opens }–{ $closes }
hours-period-overnight = { $opens }–{ $closes } (بله ورځ)
hours-closure = له { $from } څخه تر { $to } پورې تړلی
hours-special-day = په { $date } بل وخت: { $times }
hours-special = له { $from } څخه تر { $to } پورې بل وخت: { $times }
contact-call = { $number } ته زنګ ووهئ
contact-text = { $number } ته پیغام ولېږئ
contact-email = { $email } ته ایمیل ولېږئ
contact-website = وېبپاڼه
location-map = په نقشه کې یې خلاص کړئ

## Organisation page

organisation-services =
    { $count ->
        [0] هېڅ خدمت نه دی ثبت شوی
        [one] یو خدمت
       *[other] { $count } خدمتونه
    }

## Opening status

status-temporarily-closed = لنډمهاله تړلی
status-open-closes = اوس خلاص · { $when } تړل کېږي
status-closed-opens = تړلی · { $when } خلاصېږي
status-closed = تړلی
status-no-hours = د خلاصېدو د وختونو لپاره ورسره اړیکه ونیسئ
when-today = په { $time }
when-tomorrow = سبا په { $time }
when-weekday = { $day } په { $time }
when-date = { $date } په { $time }

## Ages

ages-range = عمر { $min }–{ $max }
ages-min = عمر { $min } او پورته
ages-max = عمر تر { $max } پورې
ages-all = ټول عمرونه

## Dates

day-1 = دوشنبه
day-2 = سه شنبه
day-3 = چهارشنبه
day-4 = پنجشنبه
day-5 = جمعه
day-6 = شنبه
day-7 = یکشنبه
month-1 = جنوري
month-2 = فبروري
month-3 = مارچ
month-4 = اپرېل
month-5 = مې
month-6 = جون
month-7 = جولای
month-8 = اګست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = ډسمبر
date-format = { $day } { $month } { $year }

## Needs. The -terms messages are extra search words, separated by commas.

need-food = خواړه
need-food-terms = د خوړو بانک، ډوډۍ، لوږه، د خوراک توکي، د غرمې ډوډۍ
need-housing = کور او بې کوري
need-housing-terms = بې کوره، سرپناه، کرایه، اجاره، له کوره ایستل، په سړک کې ویده کېدل
need-money = پیسې، پورونه او دولتي مرستې
need-money-terms = پور، دولتي مرستې، دولتي مرسته، بینیفټ، Universal Credit، بیلونه، بودیجه
need-immigration = مهاجرت، پناه غوښتنه او کډوال
need-immigration-terms = پناه غوښتنه، کډوال، Home Office، ویزه، نوي راغلي
need-health = روغتیا او رواني هوساینه
need-health-terms = رواني روغتیا، هوساینه، اندېښنه، د داس ډوله حجرو ناروغي، پالونکي
need-families = ماشومان او کورنۍ
need-families-terms = ماشومان، مور او پلار، کورنۍ، د ماشومانو پالنه
need-youth = د ځوانانو فعالیتونه
need-youth-terms = ځوانان، تنکي ځوانان، د ځوانانو کلب، لوبې
need-education = زده کړه، روزنه او کار
need-education-terms = دندې، کار، روزنه، کورسونه، انګلیسي، ESOL، ښوونځی
need-send = ځانګړې زده کړیزې اړتیاوې او معلولیتونه
need-send-terms = SEND، معلولیت، EHCP، ځانګړې اړتیاوې، کارآموزي
need-care-experienced = په پالنځای یا پالونکې کورنۍ کې لوی شوي
need-care-experienced-terms = پالنځای، پالونکې کورنۍ، یتیم خانه، دارالایتام، له پالنې وتلی، تر پالنې لاندې، بې سرپرسته، care leaver، فوسټر
need-prisoners-families = د بندیانو کورنۍ
need-prisoners-families-terms = زندان، بندي، لیدنې، سزا
need-digital = کمپیوټر او انټرنټ
need-digital-terms = کمپیوټر، لپټاپ، انټرنټ، آنلاین، موبایل، ټیلیفون، وای فای، wifi، ډیجیټل
need-community = ټولنه، کلتور او دین
need-community-terms = ټولنیز مرکز، کلتور، دین، رضاکاري کار، ټولنیز
need-safety = جرم او خوندیتوب
need-safety-terms = جرم، د چاقو جرم، استثمار، خوندیتوب، تاوتریخوالی

## Languages (ISO 639 codes)

language-en = انګلیسي
language-gu = ګجراتي
language-pa = پنجابي
language-pl = پولنډي
language-ro = رومانیايي
language-ur = اردو
language-bn = بنګالي
language-pt = پرتګالي
language-ar = عربي
language-so = سومالیايي
language-hi = هندي
language-ku = کوردي
language-fa = فارسي
language-ps = پښتو
language-ti = تیګرینیا
language-ta = تامیلي
language-fr = فرانسوي
language-sw = سواحلي

## Offline: the connection and the directory saved on this phone

net-offline = تاسو آفلاین یاست. Signpost د خدمتونو هغه لیست کاروي چې په دې موبایل کې خوندي شوی.
net-offline-partial = تاسو آفلاین یاست. د انټرنټ له پرې کېدو مخکې د خدمتونو د لیست یوازې یوه برخه په دې موبایل کې خوندي شوې وه.
net-offline-nothing = تاسو آفلاین یاست، او د خدمتونو لیست تر اوسه په دې موبایل کې نه دی خوندي شوی. د خوندي کولو لپاره یو ځل انټرنټ ته وصل شئ.
net-saving = د خدمتونو لیست په دې موبایل کې خوندي کېږي، پرته له انټرنټه د کارولو لپاره…
net-progress = د خدمتونو د لیست خوندي کول
net-saved = په دې موبایل کې خوندي شوی، پرته له انټرنټه د کارولو لپاره
net-updated = { $ago } تازه شوی
net-sync-failed = د خدمتونو د لیست بدلونونه ونه کتل شول. Signpost به بیا هڅه وکړي.
net-save-failed = د دې موبایل براوزر د خدمتونو لیست خوندي نه کړ، نو Signpost د کار لپاره انټرنټ ته اړتیا لري.
net-persist-refused = که د موبایل ځای کم شي، ښایي دا براوزر د خدمتونو خوندي شوی لیست ړنګ کړي. د ساتلو لپاره یې، کله ناکله Signpost د انټرنټ سره خلاص کړئ.
# یوازینۍ کرښه چې د پردې لاندې ثابته ده (پورته پیغامونه پاتې خبرې په پاڼه کې وايي).
net-line-offline = آفلاین: د خدمتونو خوندي شوی لیست کارول کېږي
net-line-offline-partial = آفلاین: د خدمتونو د لیست یوازې یوه برخه خوندي ده
net-line-offline-nothing = آفلاین: د خدمتونو لیست تر اوسه نه دی خوندي شوی
net-line-saving = د خدمتونو لیست خوندي کېږي…
net-line-saved = په دې موبایل کې خوندي شوی
net-line-sync-failed = بدلونونه ونه کتل شول
net-line-save-failed = د خدمتونو لیست خوندي نه شو
ago-just-now = همدا اوس
ago-minutes =
    { $count ->
        [one] 1 دقیقه مخکې
       *[other] { $count } دقیقې مخکې
    }
ago-hours =
    { $count ->
        [one] 1 ساعت مخکې
       *[other] { $count } ساعته مخکې
    }
ago-days =
    { $count ->
        [one] 1 ورځ مخکې
       *[other] { $count } ورځې مخکې
    }
update-available = د Signpost نوې نسخه چمتو ده.
update-reload = بیا یې پورته کړئ

## Accounts and referrals

error-unauthorised = مهرباني وکړئ د دې کار لپاره ننوځئ.
error-forbidden = ستاسو حساب دا کار نشي کولی.
error-conflict = کله چې تاسو پرې کار کاوه، بل چا دا بدل کړ. هېڅ شی خوندي نه شو: د هغوی نسخه ښودل شوې، او هغه څه چې تاسو لیکلي ساتل شوي ترڅو یې بیا ورزیات کړئ.
error-cross-site = دا غوښتنه له بلې وېبپاڼې راغلې وه او رد شوه.
footer-inbox = انباکس (ترلاسه شوي ارجاعات)
footer-listings = ستاسو ثبتونه
footer-sign-in = ننوتل (همکار سازمانونه)
login-title = ننوتل
login-intro = د شبکې د همکارو سازمانونو د کارکوونکو او رضاکارانو لپاره. هر څوک کولی شي پرته له ننوتلو د خدمتونو په لیست کې لټون وکړي.
login-email = ایمیل آدرس
login-password = پاسورډ
login-submit = ننوتل
login-error-invalid = دا ایمیل آدرس او پاسورډ له هېڅ حساب سره سمون نه خوري. وې ګورئ او بیا هڅه وکړئ.
login-error-limited = د ننوتلو ډېرې هڅې وشوې. یوه دقیقه انتظار وکړئ، بیا هڅه وکړئ.
login-error-busy = سرور بوخت دی. مهرباني وکړئ یوه دقیقه وروسته بیا هڅه وکړئ.
login-needs-connection = ننوتل انټرنټ ته اړتیا لري. تاسو لا هم کولی شئ د خدمتونو په لیست کې لټون وکړئ.

## Retention periods, as the consent statement and privacy notice say them

retention-period = { $unit ->
    [years] { $count ->
        [one] یو کال
       *[other] { $count } کاله
    }
    [months] { $count ->
        [one] یوه میاشت
       *[other] { $count } میاشتې
    }
   *[days] { $count ->
        [one] یوه ورځ
       *[other] { $count } ورځې
    }
}

## Links to pages whose own messages travel only with them (accounts.ftl, inbox.ftl, referrals.ftl)

inbox-sign-in = ننوتل
outbox-link = په دې موبایل کې ارجاعات
refer-link = یوه کورنۍ دې خدمت ته راجع کړئ
back-to-service = بېرته خدمت ته
inbox-back = بېرته ترلاسه شویو ارجاعاتو ته
invite-member-link = یو غړی راوبلئ
members-link = غړي
