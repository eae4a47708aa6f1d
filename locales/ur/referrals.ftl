# Signpost — اردو. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Referring a family (the phone's side)

refer-title = { $service } کو ریفر کریں
refer-not-accepting = یہ سروس Signpost کے ذریعے ریفرلز نہیں لیتی۔ سروس سے براہِ راست رابطہ کریں۔
refer-needs-javascript = ریفرلز اس فون پر اس وقت تک رکھے جاتے ہیں جب تک انہیں بھیجا نہ جا سکے، اور اس کے لیے JavaScript ضروری ہے۔ JavaScript آن کریں، یا سروس سے براہِ راست رابطہ کریں۔
refer-step-consent = 1. رضامندی لیں
refer-consent-language = بیان کس زبان میں پڑھ کر سنانا ہے
referral-consent-statement = ہم آپ کی تفصیلات { $service } کو بھیجنا چاہتے ہیں تاکہ وہ آپ کو درکار مدد کے بارے میں آپ سے رابطہ کر سکیں۔ ہم آپ کا نام، آپ سے رابطے کا طریقہ، آپ کی پسندیدہ زبان اور یہ کہ آپ کو کس مدد کی ضرورت ہے، شیئر کریں گے۔ یہ تفصیلات صرف وہ سروس اور آج آپ کی مدد کرنے والا شخص دیکھیں گے۔ جب { $period } تک کسی نے ریفرل پر کام نہ کیا ہو تو آپ کی تفصیلات حذف کر دی جاتی ہیں۔ آپ انکار کر سکتے ہیں، اور اس سے وہ مدد نہیں بدلے گی جو ہم آج آپ کو دے رہے ہیں۔ آپ بعد میں سروس سے رابطہ کر کے اپنا فیصلہ بدل سکتے ہیں۔
refer-consent-given = اس شخص نے یہ بیان سن لیا ہے اور وہ رضامند ہے
refer-consent-missing = اس شخص کی رضامندی کے بغیر نہ کچھ محفوظ ہوتا ہے نہ بھیجا جاتا ہے۔
refer-consent-machine-draft = اس ترجمے کو ابھی تک کسی روانی سے بولنے والے نے نہیں جانچا: یہ مشین کا تیار کردہ مسودہ ہے۔ اگر وہ شخص شاید اسے پوری طرح نہ سمجھ سکے تو ترجمان کی مدد لیں۔
refer-consent-in-english = اس ترجمے کے بننے کے بعد انگریزی بیان بدل گیا ہے، اس لیے جب تک اس کا دوبارہ ترجمہ نہ ہو، یہ انگریزی میں دکھایا جاتا ہے۔ ترجمان کی مدد لیں۔
refer-privacy-title = رازداری کا نوٹس
refer-privacy-body = Signpost یہ ریفرل اس فون پر، کوڈ سے لاک کر کے، صرف اس وقت تک رکھتا ہے جب تک یہ سروس تک نہ پہنچ جائے۔ اس کے بعد فون پر صرف یہ نوٹ رہتا ہے کہ ریفرل بھیج دیا گیا، کوئی ذاتی تفصیلات نہیں۔ تفصیلات صرف یہ لوگ دیکھ سکتے ہیں: سروس کے منیجر، عملے کے وہ لوگ جنہیں منیجر اس کے ریفرلز سنبھالنے کے لیے چنیں، اور آپ۔ آپ کی تنظیم میں کوئی اور انہیں نہیں دیکھ سکتا۔ نیٹ ورک کا کوآرڈینیٹر صرف گنتی دیکھتا ہے، نام کبھی نہیں۔ جب { $period } تک کسی نے ریفرل پر کام نہ کیا ہو تو تفصیلات حذف کر دی جاتی ہیں، چاہے ریفرل کے ساتھ کچھ بھی ہوا ہو۔
refer-step-details = 2. ریفرل
refer-name = اس شخص کا نام
refer-contact-method = وہ کس طرح رابطہ چاہتے ہیں
refer-contact-detail-phone = فون نمبر
refer-contact-detail-sms = موبائل نمبر
refer-contact-detail-email = ای میل پتہ
refer-contact-detail-letter = ڈاک کا پتہ
refer-language = پسندیدہ زبان
refer-choose = چنیں…
refer-language-other = کوئی اور زبان
refer-language-other-name = زبان کا نام
refer-interpreter = ترجمان کی ضرورت ہے
refer-needs = انہیں کس چیز میں مدد چاہیے
refer-support = درکار مدد، آپ کے اپنے الفاظ میں
refer-urgency = یہ کتنا فوری ہے
refer-safeguarding = تحفظ سے متعلق تشویش ہے
refer-safeguarding-hint = اس سے صرف سروس کو اطلاع ملتی ہے۔ ساتھ ہی، ابھی اپنی تنظیم کے تحفظ کے طریقۂ کار پر بھی عمل کریں۔
refer-referrer-contact = آپ کا فون نمبر یا ای میل پتہ
refer-submit = ریفرل محفوظ کریں
refer-storage-failed = یہ فون ریفرل نہیں رکھ سکا، اس لیے کچھ بھی محفوظ نہیں ہوا۔ سروس سے براہِ راست رابطہ کریں۔
refer-sign-in = خاندان کو ریفر کرنے کے لیے سائن اِن کریں۔ ریفرلز اس فون پر آپ کے نام سے رکھے جاتے ہیں، اس لیے جب کنکشن ہو تب سائن اِن کریں؛ اس کے بعد آپ سگنل کے بغیر بھی ریفر کر سکتے ہیں۔

## The referrals on this phone

outbox-title = اس فون پر ریفرلز
outbox-empty = اس فون پر کوئی ریفرل نہیں ہے۔
outbox-offline = کنکشن نہیں ہے: فون کے دوبارہ آن لائن ہونے پر انتظار میں پڑے ریفرلز بھیج دیے جائیں گے۔
outbox-sign-in = انتظار میں پڑے ریفرلز بھیجنے کے لیے سائن اِن کریں۔ تب تک وہ اسی فون پر رہیں گے۔
outbox-sign-in-link = سائن اِن کریں
outbox-unavailable = یہ براؤزر ریفرلز کو فون پر نہیں رکھ سکتا۔ سروسز سے براہِ راست رابطہ کریں۔
outbox-send-now = ابھی بھیجیں
outbox-sending = بھیجا جا رہا ہے…
outbox-state-queued = بھیجے جانے کے انتظار میں
outbox-state-sending = بھیجا جا رہا ہے
outbox-state-delivered = سروس تک پہنچ گیا
outbox-state-conflict = نہیں بھیجا گیا: سرور پر اس نمبر کا ایک مختلف ریفرل پہلے سے موجود ہے۔ سروس سے معلوم کریں، پھر اسے ہٹا دیں۔
outbox-state-refused = نہیں بھیجا گیا: اس میں درستی کی ضرورت ہے۔
outbox-error-too-large = یہ ریفرل بھیجنے کے لیے بہت بڑا ہے۔ سروس سے براہِ راست رابطہ کریں، پھر اسے اس فون سے ہٹا دیں۔
outbox-others-waiting = { $count ->
    [one] عملے کے کسی دوسرے رکن کا بنایا ہوا ایک ریفرل اس فون پر انتظار میں ہے۔ صرف وہی اسے دیکھ یا بھیج سکتے ہیں، جب وہ دوبارہ سائن اِن کریں۔
   *[other] عملے کے دوسرے ارکان کے بنائے ہوئے { $count } ریفرلز اس فون پر انتظار میں ہیں۔ صرف وہی انہیں دیکھ یا بھیج سکتے ہیں، جب وہ دوبارہ سائن اِن کریں۔
}
outbox-password-link = اپنا پاس ورڈ بدلیں
outbox-state-not-accepting = نہیں بھیجا گیا: یہ سروس اب Signpost کے ذریعے ریفرلز نہیں لیتی۔ سروس سے رابطہ کریں، یا کسی دوسری سروس کو ریفر کریں؛ پھر اسے ہٹا دیں۔
outbox-answer = سروس کا جواب: { $status }
outbox-remove = اس فون سے ہٹائیں
outbox-sign-out = سائن آؤٹ کریں
outbox-sign-out-warning = { $count ->
    [one] ایک ریفرل ابھی تک نہیں بھیجا گیا۔ سائن آؤٹ کرنے سے یہ اس فون سے حذف ہو جائے گا۔ پھر بھی سائن آؤٹ کریں؟
   *[other] { $count } ریفرلز ابھی تک نہیں بھیجے گئے۔ سائن آؤٹ کرنے سے یہ اس فون سے حذف ہو جائیں گے۔ پھر بھی سائن آؤٹ کریں؟
}

## A referral's status, outcome, urgency and contact method (the outbox, the form and the inbox)

referral-status-new = نیا
referral-status-seen = دیکھ لیا گیا
referral-status-accepted = قبول کیا گیا
referral-status-declined = مسترد کیا گیا
referral-status-closed = بند
referral-outcome-supported = مدد فراہم کی گئی
referral-outcome-could-not-contact = رابطہ نہیں ہو سکا
referral-outcome-no-longer-needed = اب ضرورت نہیں
referral-outcome-referred-elsewhere = کہیں اور ریفر کیا گیا
referral-urgency-routine = فوری نہیں
referral-urgency-soon = جلد
referral-urgency-urgent = فوری
referral-contact-phone = فون کال
referral-contact-sms = ٹیکسٹ میسج
referral-contact-email = ای میل
referral-contact-letter = خط
referral-contact-through-referrer = ریفرل کرنے والے شخص کے ذریعے

## Errors of a referral (the form, the outbox and the inbox show them)

referral-error-name-required = اس شخص کا نام درج کریں۔
referral-error-name-too-long = نام زیادہ سے زیادہ 100 حروف کا ہونا چاہیے۔
referral-error-phone-invalid = 0116 496 0123 جیسا فون نمبر درج کریں۔
referral-error-mobile-invalid = ٹیکسٹ میسجز کے لیے 07700 900123 جیسا موبائل نمبر درج کریں۔
referral-error-email-invalid = name@example.org جیسا ای میل پتہ درج کریں۔
referral-error-address-invalid = ڈاک کا پتہ درج کریں (8 سے 300 حروف)۔
referral-error-language-invalid = اس شخص کی پسندیدہ زبان چنیں۔
referral-error-language-name = زبان کا نام حروف میں لکھیں۔
referral-error-support-required = کم از کم ایک ضرورت چنیں، یا درکار مدد بیان کریں۔
referral-error-support-too-long = تفصیل زیادہ سے زیادہ 2,000 حروف کی ہونی چاہیے۔
referral-error-referrer-contact-invalid = اپنا فون نمبر یا ای میل پتہ درج کریں، تاکہ سروس آپ سے رابطہ کر سکے۔
referral-error-consent-required = ریفرل محفوظ کرنے یا بھیجنے سے پہلے اس شخص کی رضامندی ضروری ہے۔
referral-error-consent-invalid = رضامندی کا ریکارڈ درست نہیں ہے۔ رضامندی کا بیان اس شخص کے ساتھ دوبارہ پڑھیں۔
referral-error-consent-unknown = اس فون پر موجود رضامندی کا بیان سرور کے لیے نامعلوم ہے۔ Signpost کو اپ ڈیٹ کریں، پھر بیان اس شخص کے ساتھ دوبارہ پڑھیں۔
referral-error-reason-required = مسترد کرنے کی وجہ بتائیں۔
referral-error-reason-too-long = وجہ زیادہ سے زیادہ 500 حروف کی ہونی چاہیے۔
referral-error-status-change = یہ تبدیلی ابھی ممکن نہیں۔ ریفرل کی موجودہ صورتِ حال دیکھنے کے لیے دوبارہ لوڈ کریں۔
referral-error-purged = اس ریفرل کی ذاتی تفصیلات ڈیٹا رکھنے کی پالیسی کے تحت ہٹا دی گئی ہیں۔
referral-error-note = نوٹ 1 سے 2,000 حروف کے درمیان ہونا چاہیے۔
referral-error-batch = بھیجے گئے ریفرلز پڑھے نہیں جا سکے۔ کچھ محفوظ نہیں ہوا؛ وہ ابھی بھی فون پر موجود ہیں۔
