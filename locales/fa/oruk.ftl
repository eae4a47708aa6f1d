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

## صفحهٔ Open Referral UK هماهنگ‌کننده (/listings/oruk).
oruk-title = Open Referral UK
oruk-intro = Open Referral UK استانداردی است که شوراها و راهنماهای دیگر برای به اشتراک گذاشتن خدمات به کار می‌برند. این راهنما را با آن دانلود کنید، یا خدماتی را از راهنمای دیگری وارد کنید.
oruk-import-heading = وارد کردن خدمات از راهنمای دیگر
oruk-import-file = فایل Open Referral UK (JSON)
oruk-import-hint = تا وقتی ببینید فایل چه می‌کند و تأیید کنید، چیزی تغییر نمی‌کند. خدمات با شناسه‌شان مطابقت داده می‌شوند، پس یک فایل دو بار چیزی را تغییر نمی‌دهد.
oruk-import-check = بررسی فایل
oruk-error-no-file = فایلی برای بررسی انتخاب کنید.
oruk-error-not-oruk = این فایل JSON استاندارد Open Referral UK نیست.
oruk-error-too-large = این فایل خیلی بزرگ است: حداکثر 50 مگابایت.
oruk-error-expired = این بررسی منقضی شده است. دوباره فایل را انتخاب کنید.
oruk-report-heading = وارد کردن { $file } چه خواهد کرد
oruk-report-counts = جدید: { $new }. تغییرکرده: { $changed }. بدون تغییر: { $unchanged }. کنار گذاشته: { $refused }.
oruk-outcome-new = جدید
oruk-outcome-changed = تغییرکرده
oruk-outcome-refused = کنار گذاشته
oruk-entity-organization = سازمان
oruk-entity-service = خدمت
oruk-field = فیلد { $field }:
oruk-import-confirm = وارد کردن رکوردهای جدید و تغییرکرده
oruk-import-nothing = چیزی تغییر نخواهد کرد.
oruk-imported = انجام شد. گوشی‌ها خدمات جدید و تغییرکرده را در اتصال بعدی دریافت می‌کنند.
oruk-export-heading = دانلود این راهنما
oruk-export-json = کل راهنما، در یک فایل JSON
oruk-export-csv = همان، به شکل جدول‌های CSV:
oruk-api = راهنماهای دیگر هر زمان می‌توانند آن را از این نشانی بخوانند:
