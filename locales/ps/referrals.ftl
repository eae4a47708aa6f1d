# Signpost — پښتو. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Referring a family (the phone's side)

refer-title = { $service } ته راجع کول
refer-not-accepting = دا خدمت د Signpost له لارې ارجاعات نه مني. مستقیم له خدمت سره اړیکه ونیسئ.
refer-needs-javascript = ارجاعات په دې موبایل کې ساتل کېږي تر هغه چې ولېږل شي، او دې کار ته JavaScript اړین دی. JavaScript فعال کړئ، یا مستقیم له خدمت سره اړیکه ونیسئ.
refer-step-consent = 1. رضایت وغواړئ
refer-consent-language = هغه ژبه چې بیان پکې لوستل کېږي
referral-consent-statement = موږ غواړو ستاسو معلومات { $service } ته ولېږو ترڅو هغوی له تاسو سره د هغې مرستې په اړه اړیکه ونیسي چې تاسو ورته اړتیا لرئ. موږ به ستاسو نوم، له تاسو سره د اړیکې لاره، هغه ژبه چې تاسو یې غوره ګڼئ او هغه مرسته چې تاسو ورته اړتیا لرئ شریک کړو. یوازې خدمت او هغه کس چې نن ستاسو سره مرسته کوي به دا معلومات وویني. کله چې { $period } هېچا پر ارجاع کار نه وي کړی، ستاسو معلومات ړنګېږي. تاسو کولی شئ نه ووایئ، او دا به هغه مرسته بدله نه کړي چې نن یې تاسو ته درکوو. تاسو کولی شئ وروسته له خدمت سره په اړیکه نیولو خپله پرېکړه بدله کړئ.
refer-consent-given = دې کس دا بیان اورېدلی او موافق دی
refer-consent-missing = د کس له موافقې پرته هېڅ شی نه خوندي کېږي او نه لېږل کېږي.
refer-consent-machine-draft = دا ژباړه تر اوسه د داسې چا له خوا نه ده کتل شوې چې دا ژبه په روانه توګه ووایي: دا د ماشین له خوا چمتو شوې مسوده ده. که ښايي کس پرې په بشپړه توګه پوه نه شي، د ژباړونکي مرسته واخلئ.
refer-consent-in-english = د دې ژباړې له جوړېدو وروسته انګلیسي بیان بدل شوی، نو تر هغه چې بیا وژباړل شي، په انګلیسي ښودل کېږي. د ژباړونکي مرسته واخلئ.
refer-privacy-title = د محرمیت خبرتیا
refer-privacy-body = Signpost دا ارجاع په دې موبایل کې، په یوه کوډ قلف شوی، یوازې تر هغه وخته ساتي چې خدمت ته ورسېږي. له هغې وروسته، موبایل یوازې یو یادښت ساتي چې ارجاع لېږل شوی، پرته له شخصي معلوماتو. یوازې دا کسان معلومات لیدلی شي: د خدمت مدیران، هغه کارکوونکي چې دوی یې د خدمت د ارجاعاتو لپاره ټاکي، او تاسو. ستاسو په سازمان کې بل هېڅوک یې نشي لیدلی. د شبکې همغږی کوونکی یوازې شمېرې ویني، هېڅکله نومونه نه. کله چې { $period } هېچا پر ارجاع کار نه وي کړی، معلومات ړنګېږي، هر څه چې ورسره شوي وي.
refer-step-details = 2. ارجاع
refer-name = د کس نوم
refer-contact-method = څنګه غواړي چې اړیکه ورسره ونیول شي
refer-contact-detail-phone = د ټیلیفون شمېره
refer-contact-detail-sms = د موبایل شمېره
refer-contact-detail-email = ایمیل آدرس
refer-contact-detail-letter = پوستي آدرس
refer-language = غوره ژبه
refer-choose = وټاکئ…
refer-language-other = بله ژبه
refer-language-other-name = د ژبې نوم
refer-interpreter = ژباړونکي ته اړتیا لري
refer-needs = په څه کې مرستې ته اړتیا لري
refer-support = اړینه مرسته، په خپلو خبرو کې
refer-urgency = څومره بېړنی دی
refer-safeguarding = د خوندیتوب اندېښنه شته
refer-safeguarding-hint = دا یوازې خدمت خبروي. همدا اوس د خپل سازمان د خوندیتوب کړنلاره هم پلي کړئ.
refer-referrer-contact = ستاسو د ټیلیفون شمېره یا ایمیل آدرس
refer-submit = ارجاع خوندي کړئ
refer-storage-failed = دې موبایل ونشو کولی ارجاع وساتي، نو هېڅ شی خوندي نه شو. مستقیم له خدمت سره اړیکه ونیسئ.
refer-sign-in = د کورنۍ د راجع کولو لپاره ننوځئ. ارجاعات په دې موبایل کې ستاسو په نوم ساتل کېږي، نو کله چې انټرنټ لرئ ننوځئ؛ له هغې وروسته کولی شئ پرته له انټرنټه هم راجع کړئ.

## The referrals on this phone

outbox-title = په دې موبایل کې ارجاعات
outbox-empty = په دې موبایل کې هېڅ ارجاع نشته.
outbox-offline = انټرنټ نشته: د لېږلو په تمه ارجاعات هغه وخت لېږل کېږي چې موبایل بیا انټرنټ ته وصل شي.
outbox-sign-in = د هغو ارجاعاتو د لېږلو لپاره چې په تمه دي ننوځئ. تر هغه وخته په دې موبایل کې پاتې کېږي.
outbox-sign-in-link = ننوتل
outbox-unavailable = دا براوزر نشي کولی ارجاعات په موبایل کې وساتي. مستقیم له خدمتونو سره اړیکه ونیسئ.
outbox-send-now = اوس یې ولېږئ
outbox-sending = لېږل کېږي…
outbox-state-queued = د لېږلو په تمه
outbox-state-sending = لېږل کېږي
outbox-state-delivered = خدمت ته ورسېد
outbox-state-conflict = ونه لېږل شو: سرور دمخه په دې شمېره یو بل ارجاع لري. له خدمت څخه یې وپوښتئ، بیا دا یو لرې کړئ.
outbox-state-refused = ونه لېږل شو: سمون ته اړتیا لري.
outbox-error-too-large = دا ارجاع د لېږلو لپاره ډېر لوی دی. مستقیم له خدمت سره اړیکه ونیسئ، بیا یې له دې موبایل څخه لرې کړئ.
outbox-others-waiting = { $count ->
    [one] یو ارجاع چې بل کارکوونکي کړی، په دې موبایل کې په تمه دی. یوازې هغه یې لیدلی یا لېږلی شي، کله چې بیا ننوځي.
   *[other] { $count } ارجاعات چې نورو کارکوونکو کړي، په دې موبایل کې په تمه دي. یوازې هغوی یې لیدلی یا لېږلی شي، کله چې بیا ننوځي.
}
outbox-password-link = خپل پاسورډ بدل کړئ
outbox-state-not-accepting = ونه لېږل شو: دا خدمت نور د Signpost له لارې ارجاعات نه مني. له خدمت سره اړیکه ونیسئ، یا بل خدمت ته یې راجع کړئ؛ بیا دا یو لرې کړئ.
outbox-answer = د خدمت ځواب: { $status }
outbox-remove = له دې موبایل څخه یې لرې کړئ
outbox-sign-out = وتل
outbox-sign-out-warning = { $count ->
    [one] یو ارجاع لا نه دی لېږل شوی. وتل یې له دې موبایل څخه ړنګوي. بیا هم غواړئ ووځئ؟
   *[other] { $count } ارجاعات لا نه دي لېږل شوي. وتل یې له دې موبایل څخه ړنګوي. بیا هم غواړئ ووځئ؟
}

## A referral's status, outcome, urgency and contact method (the outbox, the form and the inbox)

referral-status-new = نوی
referral-status-seen = لیدل شوی
referral-status-accepted = منل شوی
referral-status-declined = رد شوی
referral-status-closed = تړل شوی
referral-outcome-supported = مرسته ورسره وشوه
referral-outcome-could-not-contact = اړیکه ونه نیول شوه
referral-outcome-no-longer-needed = نور اړتیا نشته
referral-outcome-referred-elsewhere = بل ځای ته راجع شو
referral-urgency-routine = بېړنی نه دی
referral-urgency-soon = ژر
referral-urgency-urgent = بېړنی
referral-contact-phone = ټیلیفوني زنګ
referral-contact-sms = لنډ پیغام
referral-contact-email = ایمیل
referral-contact-letter = لیک
referral-contact-through-referrer = د هغه کس له لارې چې راجع یې کړی

## Errors of a referral (the form, the outbox and the inbox show them)

referral-error-name-required = د کس نوم ولیکئ.
referral-error-name-too-long = نوم باید تر 100 تورو زیات نه وي.
referral-error-phone-invalid = داسې د ټیلیفون شمېره ولیکئ لکه 0116 496 0123.
referral-error-mobile-invalid = د پیغامونو لپاره د موبایل شمېره ولیکئ، لکه 07700 900123.
referral-error-email-invalid = داسې ایمیل آدرس ولیکئ لکه name@example.org.
referral-error-address-invalid = پوستي آدرس ولیکئ (له 8 تر 300 تورو پورې).
referral-error-language-invalid = د کس غوره ژبه وټاکئ.
referral-error-language-name = د ژبې نوم په تورو ولیکئ.
referral-error-support-required = لږ تر لږه یوه اړتیا وټاکئ، یا اړینه مرسته تشریح کړئ.
referral-error-support-too-long = تشریح باید تر 2,000 تورو زیاته نه وي.
referral-error-referrer-contact-invalid = خپل د ټیلیفون شمېره یا ایمیل آدرس ولیکئ، ترڅو خدمت له تاسو سره اړیکه ونیولی شي.
referral-error-consent-required = کس باید موافقه وکړي مخکې له دې چې ارجاع خوندي یا ولېږل شي.
referral-error-consent-invalid = د رضایت ریکارډ سم نه دی. د رضایت بیان بیا له کس سره ولولئ.
referral-error-consent-unknown = په دې موبایل کې د رضایت بیان داسې نه دی چې سرور یې وپېژني. Signpost تازه کړئ، بیا بیان له کس سره بیا ولولئ.
referral-error-reason-required = د ردولو دلیل ولیکئ.
referral-error-reason-too-long = دلیل باید تر 500 تورو زیات نه وي.
referral-error-status-change = دا بدلون اوس ممکن نه دی. د ارجاع د اوسني حالت لیدلو لپاره پاڼه بیا پورته کړئ.
referral-error-purged = د دې ارجاع شخصي معلومات د ساتنې د پالیسۍ له مخې لرې شوي دي.
referral-error-note = یادښت باید له 1 تر 2,000 تورو پورې وي.
referral-error-batch = لېږل شوي ارجاعات ونه لوستل شول. هېڅ شی خوندي نه شو؛ دوی لا هم په موبایل کې دي.
