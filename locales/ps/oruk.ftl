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
