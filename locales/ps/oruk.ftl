# Signpost — پښتو. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## د Open Referral UK راوړل: ولې یو ریکارډ پرېښودل شو (د ساحې نوم یې څنګ ته دی).
oruk-refused-id = پېژندنه UUID نه ده.
oruk-refused-organization = د هغه سازمان په سرچینه کې نشته، یا پرېښودل شوی.
oruk-refused-status = حالت باید active، inactive، defunct یا temporarily closed وي.
oruk-refused-schedule = یوازې اونیز د خلاصېدو وختونه راوړل کېدای شي چې ورځې، د خلاصېدو او تړلو وخت ولري.
oruk-refused-needs = د هغه هېڅ اصطلاح داسې اړتیا نه ده چې دا لارښود یې پېژني.
oruk-refused-date = نېټه باید د کال-میاشت-ورځ په بڼه ولیکل شي، لکه 2026-11-03.
oruk-refused-record = دا ریکارډ ونه لوستل شو.
oruk-refused-duplicate = دا پېژندنه په سرچینه کې دوه ځله راغلې ده.

## د همغږي کوونکي د Open Referral UK پاڼه (/listings/oruk).
oruk-title = Open Referral UK
oruk-intro = Open Referral UK هغه معیار دی چې شوراګانې او نور لارښودونه یې د خدمتونو د شریکولو لپاره کاروي. دا لارښود په دې بڼه ښکته کړئ، یا له بل لارښود څخه خدمتونه راوړئ.
oruk-import-heading = له بل لارښود څخه خدمتونه راوړئ
oruk-import-file = د Open Referral UK دوتنه (JSON)
oruk-import-hint = تر هغه چې تاسو ونه ګورئ دوتنه به څه کوي او هو ونه وایئ، هېڅ نه بدلېږي. خدمتونه د خپلو پېژندنو له مخې سمون خوري، نو یوه دوتنه دوه ځله هېڅ نه بدلوي.
oruk-import-check = دوتنه وڅېړئ
oruk-error-no-file = د څېړلو لپاره یوه دوتنه وټاکئ.
oruk-error-not-oruk = دا دوتنه د Open Referral UK JSON نه ده.
oruk-error-too-large = دا دوتنه ډېره لویه ده: تر 50 MB زیاته نه.
oruk-error-expired = د دې څېړنې وخت تېر شو. دوتنه بیا وټاکئ.
oruk-report-heading = د { $file } راوړل به څه وکړي
oruk-report-counts = نوي: { $new }. بدل شوي: { $changed }. هماغسې: { $unchanged }. پرېښودل شوي: { $refused }.
oruk-outcome-new = نوی
oruk-outcome-changed = بدل شوی
oruk-outcome-refused = پرېښودل شوی
oruk-entity-organization = سازمان
oruk-entity-service = خدمت
oruk-field = ساحه { $field }:
oruk-import-confirm = نوي او بدل شوي ریکارډونه راوړئ
oruk-import-nothing = هېڅ به بدل نشي.
oruk-imported = بشپړ شو. ټیلیفونونه به په راتلونکې نښلېدو کې نوي او بدل شوي خدمتونه ترلاسه کړي.
oruk-export-heading = دا لارښود ښکته کړئ
oruk-export-json = ټول لارښود، په یوه JSON دوتنه کې
oruk-export-csv = همدا، د CSV جدولونو په بڼه:
oruk-api = نور لارښودونه یې هر وخت له دې پتې لوستلای شي:
