# Signpost — فارسی. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## واردکردن Open Referral UK: چرا یک رکورد کنار گذاشته شد (نام فیلد کنار آن آمده است).
oruk-refused-id = شناسه UUID نیست.
oruk-refused-organization = سازمان آن در منبع نیست، یا کنار گذاشته شد.
oruk-refused-status = وضعیت باید active، inactive، defunct یا temporarily closed باشد.
oruk-refused-schedule = فقط ساعت‌های کاری هفتگی با روز، ساعت باز شدن و بسته شدن وارد می‌شوند.
oruk-refused-needs = هیچ‌یک از اصطلاحات آن نیازی نیست که این راهنما بشناسد.
oruk-refused-date = تاریخ باید به شکل سال-ماه-روز نوشته شود، مانند 2026-11-03.
oruk-refused-record = این رکورد خوانده نشد.
oruk-refused-duplicate = این شناسه دو بار در منبع آمده است.
