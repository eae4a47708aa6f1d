# Signpost — پښتو. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

# هغه ثبتونه چې شبکه یې ساتي: د یو ثبت برخې، لکه څنګه چې د بدلون مخکې او وروسته ښودل کېږي.
listing-field-name = نوم
listing-field-description = تشریح
listing-field-status = خلاص یا تړلی
listing-field-eligibility = د چا لپاره دی
listing-field-ages = عمرونه
listing-field-cost = لګښت
listing-field-access = مرسته څنګه ترلاسه کېږي
listing-field-referrals = د Signpost له لارې ارجاعات مني
listing-field-needs = په کومو اړتیاوو کې مرسته کوي
listing-field-languages = هغه ژبې چې کارکوونکي یې وایي
listing-field-areas = هغه سیمې چې خدمت پکې کوي
listing-field-locations = ځایونه
listing-field-phones = د ټیلیفون شمېرې
listing-field-email = ایمیل
listing-field-website = وېبپاڼه
listing-field-hours = د خلاصېدو وختونه
listing-field-closures = د تړلو ورځې
listing-field-special-hours = په ځینو نېټو بل وخت
listing-field-checked = وروستی ځل د سازمان له خوا کتل شوی
listing-error-reason = ولیکئ چې بدلون ولې بېرته لېږل کېږي (تر 1,000 تورو پورې).
listing-yes = هو
listing-no = نه
listing-none = (هېڅ)
listing-date-range = له { $from } تر { $to }

# د یو سازمان ثبتونه (/listings).
listings-title = ستاسو د سازمان ثبتونه
listings-sign-in-needed = ننوځئ ترڅو د خپل سازمان ثبتونه تازه وساتئ.
listings-forbidden = یوازې د سازمان مدیران او د شبکې همغږی کوونکي کولی شي ثبتونه بدل کړي.
coordinator-only = یوازې د شبکې همغږی کوونکي کولی شي دا پاڼه وګوري.
listings-saved-pending = خوندي شو. یو همغږی کوونکی به بدلون وګوري مخکې له دې چې ټول یې وویني.
listings-saved-published = خوندي شو. اوس ټول بدلون ویني، او موبایلونه یې هغه وخت ترلاسه کوي چې بل ځل انټرنټ ته وصل شي.
listings-confirmed = مننه: ثبت د نن ورځې لپاره د کتل شوي په توګه نښه شو.
listings-edit-organisation = د خپل سازمان معلومات بدل کړئ
listings-services = خدمتونه
listings-none = ستاسو سازمان تر اوسه هېڅ خدمت نه دی ثبت کړی.
listings-add = یو خدمت ورزیات کړئ
listings-changes = وروستي بدلونونه
listings-no-changes = تر اوسه هېڅ بدلون نشته.
listings-waiting = بدلون د همغږی کوونکي په تمه دی
listings-archived = د خدمتونو له لیست څخه ایستل شوی
listings-checked = په { $date } کتل شوی
listings-due = وروستی ځل په { $date } کتل شوی. مهرباني وکړئ وګورئ چې لا هم سم دی.
listings-stale = وروستی ځل په { $date } کتل شوی، له یو کال څخه ډېر مخکې: د خدمتونو لیست خلکو ته خبرداری ورکوي چې ښایي زوړ وي.
listings-never-checked = هېڅکله نه دی کتل شوی. مهرباني وکړئ وګورئ چې لا هم سم دی.
listings-confirm = لا هم سم دی
listings-confirm-named = { $name } لا هم سم دی
listings-edit = بدلول
listings-history = پخوانۍ نسخې
listings-trust-heading = باوري سازمان
listings-trusted = باوري: بدلونونه سمدستي خپرېږي
listings-not-trusted = باوري نه دی: همغږی کوونکی لومړی هر بدلون ګوري
listings-trust = پر دې سازمان باور وکړئ
listings-untrust = پر دې سازمان نور باور مه کوئ

change-kind-new = نوی خدمت
change-kind-changed = بدل شوی
change-kind-archived = ایستل شوی
change-state-pending = د همغږی کوونکي په تمه
change-state-published = خپور شوی
change-state-returned = بېرته لېږل شوی
change-state-replaced = د یو وروسته بدلون په واسطه بدل شوی
change-summary = { $kind }، { $state }، { $date }
change-reason = ولې بېرته ولېږل شو:

# د خدمت فورمه (/listings/edit).
edit-title = { $name } بدل کړئ
edit-title-new = یو خدمت ورزیات کړئ
edit-intro = څه چې غلط یا کم دي بدل کړئ، بیا یې خوندي کړئ. همغږی کوونکی بدلونونه ګوري مخکې له دې چې ټول یې وویني.
edit-intro-new = څه چې پرې پوهېږئ ډک کړئ، بیا یې خوندي کړئ. همغږی کوونکی نوي خدمتونه ګوري مخکې له دې چې ټول یې وویني.
edit-back = بېرته ثبتونو ته
edit-returned = یو همغږی کوونکي ستاسو وروستی بدلون بېرته ولېږه:
edit-waiting = پر دې یو بدلون د همغږی کوونکي په تمه دی. تاسو هماغه نسخه بدلوئ.
edit-conflict-theirs = نوې نسخه له هغه څه چې تاسو ولیکل څنګه توپیر لري:
edit-draft-found = دې موبایل هغه بدلونونه ساتلي چې تاسو مخکې لیکلي وو او خوندي مو نه کړل.
edit-draft-use = بېرته یې راوړئ
edit-draft-discard = لرې یې کړئ
edit-problems = مهرباني وکړئ دا سم کړئ او بیا خوندي کړئ:
edit-save = خوندي کول
edit-archive-heading = دا خدمت د خدمتونو له لیست څخه وباسئ
edit-archive-intro = د هغه خدمت لپاره چې بند شوی. ساتل کېږي، او همغږی کوونکی یې بېرته راوستلی شي.
edit-archive = یې وباسئ
edit-about = د خدمت په اړه
edit-status-active = خلاص
edit-status-temporarily-closed = د اوس لپاره تړلی
edit-status-inactive = نور نه چلېږي
edit-who = د چا لپاره دی
edit-min-age = تر ټولو کم عمر (د هر عمر لپاره یې خالي پرېږدئ)
edit-max-age = تر ټولو زیات عمر (د هر عمر لپاره یې خالي پرېږدئ)
edit-free = وړیا
edit-fees = که وړیا نه وي، څومره لګښت لري
edit-hours-hint = که یوې کرښې ته اړتیا نه لرئ، خالي یې پرېږدئ.
edit-period-label = د خلاصېدو وخت { $number }
edit-day = ورځ
edit-opens = خلاصېږي
edit-closes = تړل کېږي
edit-overnight = له نیمې شپې اوړي
edit-add-period = بل د خلاصېدو وخت ورزیات کړئ
edit-closures-hint = رسمي رخصتۍ او نورې ورځې چې تړلی وي. د یوې ورځې لپاره "تر" خالي پرېږدئ.
edit-closure-label = تړلې ورځې { $number }
edit-closed-from = تړلی له
edit-closed-to = تر
edit-closed-note = ولې (اختیاري)
edit-add-closure = نورې تړلې ورځې ورزیاتې کړئ
edit-special-hint = په ځانګړو نېټو لنډ یا اضافي وختونه، لکه د کرسمس مخکې ورځ: په هغو نېټو د عادي وختونو ځای نیسي. د یوې ورځې لپاره "تر" خالي پرېږدئ.
edit-special-label = بل وخت { $number }
edit-special-from = له
edit-add-special = د بل وخت نورې نېټې ورزیاتې کړئ
edit-location-label = ځای { $number }
edit-place-name = د ځای نوم (اختیاري)
edit-address = د کوڅې آدرس
edit-city = ښارګوټی یا ښار
edit-postcode = پوسټ کوډ
edit-neighbourhood = سیمه (د بېلګې په توګه Highfields)
edit-latitude = عرض البلد (اختیاري)
edit-longitude = طول البلد (اختیاري)
edit-add-location = بل ځای ورزیات کړئ
edit-areas-hint = په هره کرښه کې یوه سیمه.
edit-contact = اړیکه
edit-phone-label = ټیلیفون { $number }
edit-phone-number = د ټیلیفون شمېره
edit-phone-description = دا شمېره د څه لپاره ده (اختیاري)
edit-add-phone = بله د ټیلیفون شمېره ورزیاته کړئ
edit-languages-hint = د ژبو کوډونه، په کامو سره جلا: so د سومالیايي لپاره، gu د ګجراتي لپاره، pl د پولنډي لپاره.

# د یو خدمت پخوانۍ نسخې (/listings/history).
history-title = د { $name } پخوانۍ نسخې
history-version = نسخه { $version }، { $date }، د { $who } له خوا
history-approved-by = د { $who } له خوا منل شوې
history-by-operator = هغه کسان چې Signpost چلوي
history-changed = بدل شوي: { $fields }
history-restore = نسخه { $version } بېرته راوګرځوئ
history-restored = هغه نسخه بېرته د خدمتونو په لیست کې ده.

# د همغږی کوونکي کتار (/listings/changes).
queue-title = د کتلو لپاره بدلونونه
queue-empty = هېڅ بدلون په تمه نه دی.
queue-asked = { $kind } · د { $who } له خوا په { $date } غوښتل شوی
queue-field = څه
queue-before = مخکې
queue-after = وروسته
queue-approve = تایید او خپور یې کړئ
queue-reason = ولې یې بېرته لېږئ (سازمان به دا وویني)
queue-send-back = بېرته یې ولېږئ
queue-approved = خپور شو. موبایلونه یې هغه وخت ترلاسه کوي چې بل ځل انټرنټ ته وصل شي.
queue-sent-back = سازمان ته بېرته ولېږل شو.

# د همغږی کوونکي سازمانونه (/listings/organisations).
organisations-title = سازمانونه
oruk-link = Open Referral UK: لارښود ښکته کړئ یا خدمتونه راوړئ
organisations-facts = { $services ->
        [one] 1 خدمت
       *[other] { $services } خدمتونه
    } · { $members ->
        [one] 1 غړی
       *[other] { $members } غړي
    } · { $pending } په تمه · { $due } د کتلو لپاره
organisations-last-change = وروستی بدلون په { $date } خپور شو
organisations-oldest-check = تر ټولو زوړ کتل: { $date }
organisations-add = یو سازمان ورزیات کړئ
organisations-add-button = سازمان ورزیات کړئ
organisations-created = سازمان د خدمتونو په لیست کې دی. دا لینک هغه کس ته ولېږئ چې د سازمان ثبتونه به ساتي: یوازې یو ځل کار کوي، د 7 ورځو لپاره.
organisations-link = د لومړي مدیر لپاره د بلنې لینک
organisation-edit-title = ستاسو د سازمان معلومات

# د یو ثبت په اړه د ستونزې راپور (/services/:id/report)، او راپورونه.
report-title = د { $service } په اړه د ستونزې راپور ورکړئ
report-intro = سازمان او د شبکې همغږی کوونکو ته ووایئ چې څه غلط دي. د هېچا نوم یا د اړیکې معلومات مه لیکئ.
report-kind = څه غلط دي؟
report-kind-out-of-date = زوړ شوی
report-kind-closed = تړل شوی
report-kind-contact = غلط ټیلیفون، ایمیل یا آدرس
report-kind-other = بل څه
report-text = نور جزییات (د "بل څه" لپاره اړین)
report-submit = راپور ولېږئ
report-sent = مننه. راپور ولېږل شو.
report-kept = مننه. اوس انټرنټ نشته: راپور په دې موبایل کې ساتل کېږي او کله چې انټرنټ راشي لېږل کېږي.
report-not-kept = دې موبایل ونشو کولی راپور وساتي. مهرباني وکړئ بیا هڅه وکړئ.
report-error-kind = وټاکئ چې څه غلط دي.
report-error-text = تر 500 تورو پورې ووایئ چې څه غلط دي.
reports-title = د هغو کسانو راپورونه چې د خدمتونو لیست کاروي
reports-none = هېڅ راپور نشته.
reports-about = { $kind }، { $date }
reports-done = بشپړ شو
reports-done-button = د بشپړ شوي په توګه نښه کړئ

listings-caseworkers = څوک یې پر ارجاعاتو کار کوي
listings-caseworkers-intro = ستاسو د سازمان مدیران تل دا کار کوي. هغه غړي وټاکئ چې باید دوی یې هم وکړي: دوی به د دې خدمت ارجاعات په خپل انباکس کې وویني او پرې کار کولی شي.
listings-caseworkers-save = خوندي کړئ چې څوک یې پر ارجاعاتو کار کوي
listings-caseworkers-saved = خوندي شو: دوی یې ارجاعات په خپل انباکس کې ویني.
listing-error-member = یوازې ستاسو د سازمان کارکوونکي ټاکل کېدی شي.
organisation-areas = هغه سیمې چې کار پکې کوي

## Checks on a service before it is saved (the listings pages show them)

service-invalid-name = نوم باید له 1 تر 200 تورو پورې وي.
service-invalid-text = تشریح او «د چا لپاره دی» باید هر یو تر 5,000 تورو زیات نه وي.
service-invalid-ages = عمرونه باید له 0 تر 120 پورې وي، او تر ټولو کم عمر باید له تر ټولو زیات عمر څخه لوړ نه وي.
service-invalid-needs = لږ تر لږه یوه اړتیا وټاکئ چې خدمت پکې مرسته کوي.
service-invalid-language = ژبې باید د ISO 639 کوډونه وي، لکه so د سومالیايي لپاره یا gu د ګجراتي لپاره.
service-invalid-hours = د خلاصېدو وختونه باید له دوشنبې تر یکشنبې پورې یوه ورځ، او له 00:00 تر 23:59 پورې وختونه ولري.
service-invalid-closure = د تړلو موده باید د پیل په ورځ یا له هغې وروسته پای ته ورسېږي، او یادښت یې تر 200 تورو زیات نه وي.
service-invalid-special-hours = بل وخت د پیل نېټې، د پای نېټې (که وي) چې په همغه ورځ یا وروسته وي، د خلاصېدو وخت او له هغه وروسته د تړلو وخت ته اړتیا لري؛ یادښت دې تر 200 تورو زیات نه وي.
service-invalid-email = ایمیل آدرس سم نه دی.
service-invalid-website = وېبپاڼه باید بشپړ آدرس وي چې په https:// پیلېږي.
service-invalid-phone = د ټیلیفون شمېره باید لږ تر لږه 3 عددونه ولري او تر 40 تورو زیاته نه وي، او تشریح یې تر 200 تورو زیاته نه وي.
service-invalid-organisation = هغه سازمان د خدمتونو په لیست کې نشته.
service-invalid-location = هر ځای یو آدرس او ښارګوټي یا ښار ته اړتیا لري (هر یو تر 200 تورو پورې)؛ د نقشې کوارډینېټونه، که ورکړل شوي وي، باید شمېرې وي.
service-invalid-postcode = پوسټ کوډ باید د بریتانیا پوسټ کوډ وي، لکه LE2 0AB.
service-invalid-fees = د لګښت تشریح باید تر 200 تورو زیاته نه وي.
service-invalid-areas = هره سیمه باید له 1 څخه تر 200 تورو پورې وي، او تر 50 سیمو زیاتې نه شي کېدای.
service-invalid-period-order = د خلاصېدو وخت باید له پیل وروسته پای ته ورسېږي. که له نیمې شپې اوړي، "له نیمې شپې اوړي" نښه کړئ.
service-invalid-status = وټاکئ چې خدمت خلاص دی، د اوس لپاره تړلی دی، یا نور نه چلېږي.
