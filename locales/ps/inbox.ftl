# Signpost — پښتو. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## The inbox

inbox-title = ترلاسه شوي ارجاعات
inbox-new-count =
    { $count ->
        [0] هېڅ نوی ارجاع نشته
        [one] یو نوی ارجاع
       *[other] { $count } نوي ارجاعات
    }
inbox-empty = ستاسو د سازمان خدمتونو تر اوسه هېڅ ارجاع نه دی ترلاسه کړی.
inbox-purge-soon-count =
    { $count ->
        [one] د یو ارجاع شخصي معلومات به د یوې میاشتې په ترڅ کې ړنګ شي، ځکه چې هېچا پرې کار نه دی کړی. د ساتلو لپاره یې تازه کړئ یا یو یادښت ورته ولیکئ.
       *[other] د { $count } ارجاعاتو شخصي معلومات به د یوې میاشتې په ترڅ کې ړنګ شي، ځکه چې هېچا پرې کار نه دی کړی. د ساتلو لپاره یې تازه کړئ یا یادښت ورته ولیکئ.
    }
inbox-purge-on = شخصي معلومات به په { $date } ړنګ شي، مګر دا چې څوک پر دې ارجاع کار وکړي.
inbox-pages = د ارجاعاتو پاڼې
inbox-page-of = پاڼه { $page } له { $pages }
inbox-page-newer = نوي ارجاعات
inbox-page-older = زاړه ارجاعات
inbox-sign-in-needed = ننوځئ ترڅو هغه ارجاعات وګورئ چې ستاسو سازمان ترلاسه کړي دي.
inbox-forbidden = یوازې ستاسو د سازمان مدیران، او هغه غړي چې دوی یې د یو خدمت لپاره ټاکي، کولی شي هغه ارجاعات وګوري چې هغه خدمت ته رسېږي.
inbox-details-removed = معلومات لرې شوي
inbox-safeguarding = د خوندیتوب اندېښنه
inbox-status = حالت
inbox-urgency = بېړنیتوب
inbox-needs = اړتیاوې
inbox-needs-described = اړینه مرسته وګورئ
inbox-received = ترلاسه شوی
inbox-changed = وروستی تازه کول
inbox-date-time = { $date }، { $time }

## One referral

inbox-referral-title = ارجاع
inbox-for-service = د خدمت لپاره:
inbox-decline-reason-given = د ردولو دلیل
inbox-outcome = پایله
inbox-section-need = څه ته اړتیا ده
inbox-support = اړینه مرسته
inbox-support-none = هېڅ تشریح نه ده ورکړل شوې.
inbox-safeguarding-label = د خوندیتوب اندېښنه
inbox-yes = هو
inbox-no = نه
inbox-section-contact = اړیکه
inbox-contact-method = د اړیکې لاره
inbox-contact-detail = د اړیکې معلومات
inbox-language = غوره ژبه
inbox-interpreter = ژباړونکي ته اړتیا
inbox-referred-by = راجع کوونکی
inbox-referrer-contact = د راجع کوونکي د اړیکې معلومات
inbox-section-consent = رضایت
inbox-consent-given = دې کس ومنله چې راجع شي او دا معلومات له دې خدمت سره شریک شي.
inbox-consent-statement = کس ته څه ویل شوي وو
inbox-consent-language = هغه ژبه چې پکې ولوستل شو
inbox-consent-time = د موافقې وخت

## What can be done to a referral

inbox-actions = بل ګام
inbox-no-actions = دا ارجاع تړل شوی دی. نور پرې هېڅ کار نشي کېدی.
inbox-mark-seen = د لیدل شوي په توګه نښه کړئ
inbox-accept = منل
inbox-decline-legend = ارجاع رد کړئ
inbox-decline-reason = د ردولو دلیل
inbox-decline-hint = راجع کوونکی به دا دلیل وویني. شخصي معلومات پکې مه لیکئ.
inbox-decline = ردول
inbox-close-legend = ارجاع وتړئ
inbox-outcome-choose = یوه پایله وټاکئ
inbox-close = تړل
inbox-error-outcome = د ارجاع د تړلو لپاره یوه پایله وټاکئ.
inbox-saved = خوندي شو.

## Notes (seen by the receiving organisation only)

inbox-notes = یادښتونه
inbox-notes-none = تر اوسه هېڅ یادښت نشته.
inbox-note-add = یادښت ولیکئ
inbox-note-label = یادښت
inbox-note-hint = یوازې هغه کسان چې د دې خدمت پر ارجاعاتو کار کوي یادښتونه ویني. تر 2,000 تورو پورې.
inbox-note-submit = یادښت ورزیات کړئ
inbox-note-by = { $author }، { $time }
