# Signpost — اردو. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

# Listings kept by the network: the fields of a listing, as a change's before/after shows them.
listing-field-name = نام
listing-field-description = تفصیل
listing-field-status = کھلا ہے یا بند
listing-field-eligibility = کن کے لیے ہے
listing-field-ages = عمریں
listing-field-cost = لاگت
listing-field-access = مدد کیسے حاصل کریں
listing-field-referrals = Signpost کے ذریعے ریفرلز لیتی ہے
listing-field-needs = کن ضروریات میں مدد کرتی ہے
listing-field-languages = عملہ کون سی زبانیں بولتا ہے
listing-field-areas = کن علاقوں میں خدمت
listing-field-locations = مقامات
listing-field-phones = فون نمبر
listing-field-email = ای میل
listing-field-website = ویب سائٹ
listing-field-hours = کھلنے کے اوقات
listing-field-closures = بند رہنے کے دن
listing-field-special-hours = کچھ تاریخوں پر مختلف اوقات
listing-field-checked = تنظیم نے آخری بار کب جانچا
listing-error-reason = لکھیں کہ تبدیلی کیوں واپس بھیجی جا رہی ہے (زیادہ سے زیادہ 1,000 حروف)۔
listing-yes = ہاں
listing-no = نہیں
listing-none = (کوئی نہیں)
listing-date-range = { $from } سے { $to } تک

# An organisation's listings (/listings).
listings-title = آپ کی تنظیم کے اندراجات
listings-sign-in-needed = اپنی تنظیم کے اندراجات کو تازہ رکھنے کے لیے سائن اِن کریں۔
listings-forbidden = اندراجات صرف تنظیم کے ایڈمن اور نیٹ ورک کے کوآرڈینیٹر ہی بدل سکتے ہیں۔
coordinator-only = یہ صفحہ صرف نیٹ ورک کے کوآرڈینیٹر دیکھ سکتے ہیں۔
listings-saved-pending = محفوظ ہو گیا۔ سب کے دیکھنے سے پہلے ایک کوآرڈینیٹر اس تبدیلی کو جانچے گا۔
listings-saved-published = محفوظ ہو گیا۔ اب سب کو یہ تبدیلی نظر آتی ہے، اور فونز کو اگلی بار کنکٹ ہونے پر مل جائے گی۔
listings-confirmed = شکریہ: اس اندراج کو آج جانچا ہوا نشان زد کر دیا گیا ہے۔
listings-edit-organisation = اپنی تنظیم کی تفصیلات بدلیں
listings-services = سروسز
listings-none = آپ کی تنظیم کی ابھی کوئی سروس درج نہیں ہے۔
listings-add = سروس شامل کریں
listings-changes = حالیہ تبدیلیاں
listings-no-changes = ابھی کوئی تبدیلی نہیں۔
listings-waiting = تبدیلی کوآرڈینیٹر کے انتظار میں ہے
listings-archived = ڈائریکٹری سے ہٹا دیا گیا
listings-checked = { $date } کو جانچا گیا
listings-due = آخری بار { $date } کو جانچا گیا۔ براہِ کرم جانچیں کہ یہ اب بھی درست ہے۔
listings-stale = آخری بار { $date } کو جانچا گیا، ایک سال سے زیادہ پہلے: ڈائریکٹری لوگوں کو خبردار کرتی ہے کہ یہ پرانا ہو سکتا ہے۔
listings-never-checked = کبھی نہیں جانچا گیا۔ براہِ کرم جانچیں کہ یہ اب بھی درست ہے۔
listings-confirm = اب بھی درست ہے
listings-confirm-named = { $name } اب بھی درست ہے
listings-edit = بدلیں
listings-history = پچھلے ورژن
listings-trust-heading = قابلِ اعتماد تنظیم
listings-trusted = قابلِ اعتماد: تبدیلیاں فوراً شائع ہوتی ہیں
listings-not-trusted = قابلِ اعتماد نہیں: ہر تبدیلی کو پہلے ایک کوآرڈینیٹر جانچتا ہے
listings-trust = اس تنظیم پر اعتماد کریں
listings-untrust = اس تنظیم پر اعتماد ختم کریں

change-kind-new = نئی سروس
change-kind-changed = بدلا گیا
change-kind-archived = ہٹا دیا گیا
change-state-pending = کوآرڈینیٹر کے انتظار میں
change-state-published = شائع ہو گیا
change-state-returned = واپس بھیج دیا گیا
change-state-replaced = بعد کی تبدیلی نے اس کی جگہ لے لی
change-summary = { $kind }، { $state }، { $date }
change-reason = واپس بھیجنے کی وجہ:

# The service form (/listings/edit).
edit-title = { $name } میں تبدیلی کریں
edit-title-new = سروس شامل کریں
edit-intro = جو غلط یا نامکمل ہے اسے بدلیں، پھر محفوظ کریں۔ سب کے دیکھنے سے پہلے ایک کوآرڈینیٹر تبدیلیوں کو جانچتا ہے۔
edit-intro-new = جو آپ جانتے ہیں وہ بھریں، پھر محفوظ کریں۔ سب کے دیکھنے سے پہلے ایک کوآرڈینیٹر نئی سروسز کو جانچتا ہے۔
edit-back = اندراجات پر واپس
edit-returned = ایک کوآرڈینیٹر نے آپ کی پچھلی تبدیلی واپس بھیج دی:
edit-waiting = اس میں ایک تبدیلی کوآرڈینیٹر کے انتظار میں ہے۔ آپ اسی ورژن میں تبدیلی کر رہے ہیں۔
edit-conflict-theirs = نیا ورژن آپ کے لکھے ہوئے سے کیسے مختلف ہے:
edit-draft-found = اس فون نے وہ تبدیلیاں رکھی ہوئی ہیں جو آپ نے پہلے لکھی تھیں اور محفوظ نہیں کی تھیں۔
edit-draft-use = انہیں واپس لائیں
edit-draft-discard = انہیں ضائع کریں
edit-problems = براہِ کرم انہیں درست کریں اور دوبارہ محفوظ کریں:
edit-save = محفوظ کریں
edit-archive-heading = اس سروس کو ڈائریکٹری سے ہٹائیں
edit-archive-intro = ایسی سروس کے لیے جو بند ہو چکی ہے۔ اسے رکھا جاتا ہے، اور کوآرڈینیٹر اسے واپس لا سکتا ہے۔
edit-archive = ہٹا دیں
edit-about = سروس کے بارے میں
edit-status-active = کھلی ہے
edit-status-temporarily-closed = فی الحال بند
edit-status-inactive = اب نہیں چل رہی
edit-who = کن کے لیے ہے
edit-min-age = کم سے کم عمر (کسی بھی عمر کے لیے خالی چھوڑیں)
edit-max-age = زیادہ سے زیادہ عمر (کسی بھی عمر کے لیے خالی چھوڑیں)
edit-free = مفت
edit-fees = اگر مفت نہیں، تو کتنی لاگت ہے
edit-hours-hint = اگر کسی قطار کی ضرورت نہیں تو اسے خالی چھوڑ دیں۔
edit-period-label = کھلنے کا وقت { $number }
edit-day = دن
edit-opens = کھلتی ہے
edit-closes = بند ہوتی ہے
edit-overnight = آدھی رات کے بعد تک
edit-add-period = کھلنے کا ایک اور وقت شامل کریں
edit-closures-hint = بینک ہالیڈیز اور دوسرے دن جب یہ بند ہو۔ ایک دن کے لیے "تک" خالی چھوڑیں۔
edit-closure-label = بند دن { $number }
edit-closed-from = بند از
edit-closed-to = تک
edit-closed-note = وجہ (اختیاری)
edit-add-closure = مزید بند دن شامل کریں
edit-special-hint = مخصوص تاریخوں پر کم یا اضافی اوقات، جیسے کرسمس سے پہلے کا دن: ان تاریخوں پر یہ معمول کے اوقات کی جگہ لیتے ہیں۔ ایک دن کے لیے "تک" خالی چھوڑیں۔
edit-special-label = مختلف اوقات { $number }
edit-special-from = سے
edit-add-special = مختلف اوقات والی مزید تاریخیں شامل کریں
edit-location-label = مقام { $number }
edit-place-name = مقام کا نام (اختیاری)
edit-address = گلی کا پتہ
edit-city = قصبہ یا شہر
edit-postcode = پوسٹ کوڈ
edit-neighbourhood = علاقہ (مثلاً Highfields)
edit-latitude = عرض البلد (اختیاری)
edit-longitude = طول البلد (اختیاری)
edit-add-location = ایک اور مقام شامل کریں
edit-areas-hint = ہر سطر میں ایک علاقہ۔
edit-contact = رابطہ
edit-phone-label = فون { $number }
edit-phone-number = فون نمبر
edit-phone-description = یہ نمبر کس لیے ہے (اختیاری)
edit-add-phone = ایک اور فون نمبر شامل کریں
edit-languages-hint = زبانوں کے کوڈ، کاما سے الگ کیے ہوئے: صومالی کے لیے so، گجراتی کے لیے gu، پولش کے لیے pl۔

# A service's earlier versions (/listings/history).
history-title = { $name } کے پچھلے ورژن
history-version = ورژن { $version }، { $date }، از { $who }
history-approved-by = { $who } نے منظوری دی
history-by-operator = Signpost چلانے والے لوگ
history-changed = بدلا گیا: { $fields }
history-restore = ورژن { $version } واپس لائیں
history-restored = وہ ورژن ڈائریکٹری میں واپس آ گیا ہے۔

# The coordinator's queue (/listings/changes).
queue-title = جانچنے کے لیے تبدیلیاں
queue-empty = کوئی تبدیلی انتظار میں نہیں ہے۔
queue-asked = { $kind } · { $who } کی درخواست، { $date } کو
queue-field = کیا
queue-before = پہلے
queue-after = بعد میں
queue-approve = منظور کریں اور شائع کریں
queue-reason = آپ اسے کیوں واپس بھیج رہے ہیں (تنظیم یہ دیکھے گی)
queue-send-back = واپس بھیجیں
queue-approved = شائع ہو گیا۔ فونز کو اگلی بار کنکٹ ہونے پر مل جائے گا۔
queue-sent-back = تنظیم کو واپس بھیج دیا گیا۔

# The coordinator's organisations (/listings/organisations).
organisations-title = تنظیمیں
oruk-link = Open Referral UK: ڈائریکٹری ڈاؤن لوڈ کریں یا خدمات لائیں
organisations-facts = { $services ->
        [one] 1 سروس
       *[other] { $services } سروسز
    } · { $members ->
        [one] 1 رکن
       *[other] { $members } اراکین
    } · { $pending } انتظار میں · { $due } جانچنے کے لیے
organisations-last-change = آخری تبدیلی { $date } کو شائع ہوئی
organisations-oldest-check = سب سے پرانی جانچ: { $date }
organisations-add = تنظیم شامل کریں
organisations-add-button = تنظیم شامل کریں
organisations-created = تنظیم ڈائریکٹری میں شامل ہو گئی ہے۔ یہ لنک اس شخص کو بھیجیں جو اس کے اندراجات سنبھالے گا: یہ صرف ایک بار، 7 دن کے لیے کام کرتا ہے۔
organisations-link = اس کے پہلے ایڈمن کے لیے دعوت کا لنک
organisation-edit-title = آپ کی تنظیم کی تفصیلات

# Reporting a problem with a listing (/services/:id/report), and the reports.
report-title = { $service } کے بارے میں مسئلے کی اطلاع دیں
report-intro = تنظیم اور نیٹ ورک کے کوآرڈینیٹرز کو بتائیں کہ کیا غلط ہے۔ کسی کا نام یا رابطے کی تفصیلات نہ لکھیں۔
report-kind = کیا غلط ہے؟
report-kind-out-of-date = پرانی معلومات
report-kind-closed = یہ بند ہو چکی ہے
report-kind-contact = غلط فون، ای میل یا پتہ
report-kind-other = کچھ اور
report-text = مزید تفصیل ("کچھ اور" کے لیے ضروری)
report-submit = رپورٹ بھیجیں
report-sent = شکریہ۔ رپورٹ بھیج دی گئی ہے۔
report-kept = شکریہ۔ ابھی کنکشن نہیں ہے: رپورٹ اس فون پر رکھ لی گئی ہے اور کنکشن ملنے پر بھیج دی جائے گی۔
report-not-kept = یہ فون رپورٹ نہیں رکھ سکا۔ براہِ کرم دوبارہ کوشش کریں۔
report-error-kind = چنیں کہ کیا غلط ہے۔
report-error-text = زیادہ سے زیادہ 500 حروف میں بتائیں کہ کیا غلط ہے۔
reports-title = ڈائریکٹری استعمال کرنے والوں کی رپورٹس
reports-none = کوئی رپورٹ نہیں۔
reports-about = { $kind }، { $date }
reports-done = مکمل
reports-done-button = مکمل نشان زد کریں

listings-caseworkers = اس کے ریفرلز پر کون کام کرتا ہے
listings-caseworkers-intro = آپ کی تنظیم کے ایڈمن ہمیشہ کرتے ہیں۔ ان اراکین کو چنیں جنہیں بھی کرنا چاہیے: وہ اس سروس کے ریفرلز اپنے اِن باکس میں دیکھیں گے اور ان پر کارروائی کر سکیں گے۔
listings-caseworkers-save = محفوظ کریں کہ اس کے ریفرلز پر کون کام کرتا ہے
listings-caseworkers-saved = محفوظ ہو گیا: وہ اس کے ریفرلز اپنے اِن باکس میں دیکھتے ہیں۔
listing-error-member = صرف آپ کی تنظیم کے عملے کے ارکان کو ہی چنا جا سکتا ہے۔
organisation-areas = جن علاقوں میں یہ کام کرتی ہے

## Checks on a service before it is saved (the listings pages show them)

service-invalid-name = نام 1 سے 200 حروف تک کا ہونا چاہیے۔
service-invalid-text = تفصیل اور “کن کے لیے ہے” میں سے ہر ایک زیادہ سے زیادہ 5,000 حروف کا ہونا چاہیے۔
service-invalid-ages = عمریں 0 سے 120 تک ہونی چاہییں، اور کم سے کم عمر زیادہ سے زیادہ عمر سے بڑی نہیں ہونی چاہیے۔
service-invalid-needs = کم از کم ایک ضرورت چنیں جس میں سروس مدد کرتی ہے۔
service-invalid-language = زبانیں ISO 639 کوڈز ہونی چاہییں، جیسے صومالی کے لیے so یا گجراتی کے لیے gu۔
service-invalid-hours = کھلنے کے اوقات میں پیر سے اتوار تک کا کوئی دن اور 00:00 سے 23:59 تک کے اوقات ہونے چاہییں۔
service-invalid-closure = بندش اسی دن یا اس کے بعد ختم ہونی چاہیے جس دن وہ شروع ہو، اور اس کا نوٹ زیادہ سے زیادہ 200 حروف کا ہو۔
service-invalid-special-hours = مختلف اوقات کے لیے شروع کی تاریخ، (اگر ہو تو) اسی دن یا بعد کی آخری تاریخ، کھلنے کا وقت اور اس کے بعد بند ہونے کا وقت چاہیے؛ نوٹ زیادہ سے زیادہ 200 حروف کا۔
service-invalid-email = ای میل پتہ درست نہیں ہے۔
service-invalid-website = ویب سائٹ https:// سے شروع ہونے والا مکمل پتہ ہونا چاہیے۔
service-invalid-phone = فون نمبر میں کم از کم 3 ہندسے اور زیادہ سے زیادہ 40 حروف ہونے چاہییں، اور اس کی تفصیل زیادہ سے زیادہ 200 حروف کی۔
service-invalid-organisation = وہ تنظیم ڈائریکٹری میں نہیں ہے۔
service-invalid-location = ہر مقام کے لیے ایک پتہ اور قصبہ یا شہر ضروری ہے (ہر ایک زیادہ سے زیادہ 200 حروف)؛ نقشے کے کوآرڈینیٹس، اگر دیے جائیں، تو اعداد ہونے چاہییں۔
service-invalid-postcode = پوسٹ کوڈ برطانیہ کا پوسٹ کوڈ ہونا چاہیے، جیسے LE2 0AB۔
service-invalid-fees = خرچ کی تفصیل زیادہ سے زیادہ 200 حروف کی ہونی چاہیے۔
service-invalid-areas = ہر علاقہ 1 سے 200 حروف کا ہونا چاہیے، اور زیادہ سے زیادہ 50 علاقے ہو سکتے ہیں۔
service-invalid-period-order = کھلنے کا وقت شروع ہونے کے بعد ختم ہونا چاہیے۔ اگر یہ آدھی رات کے بعد تک جاتا ہے تو "آدھی رات کے بعد تک" پر نشان لگائیں۔
service-invalid-status = چنیں کہ سروس کھلی ہے، فی الحال بند ہے، یا اب نہیں چل رہی۔
