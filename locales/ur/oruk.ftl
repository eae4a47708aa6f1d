# Signpost — اردو. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Open Referral UK درآمد: کوئی ریکارڈ کیوں چھوڑا گیا (خانے کا نام ساتھ لکھا ہے)۔
oruk-refused-id = شناخت UUID نہیں ہے۔
oruk-refused-organization = اس کی تنظیم ماخذ میں نہیں ہے، یا چھوڑ دی گئی۔
oruk-refused-status = حالت active، inactive، defunct یا temporarily closed ہونی چاہیے۔
oruk-refused-schedule = صرف ہفتہ وار کھلنے کے اوقات لائے جا سکتے ہیں جن میں دن، کھلنے اور بند ہونے کا وقت ہو۔
oruk-refused-needs = اس کی کوئی درجہ بندی کی اصطلاح ایسی ضرورت نہیں جسے یہ ڈائریکٹری جانتی ہو۔
oruk-refused-date = تاریخ سال-مہینہ-دن کی صورت میں لکھیں، جیسے 2026-11-03۔
oruk-refused-record = یہ ریکارڈ پڑھا نہیں جا سکا۔
oruk-refused-duplicate = یہ شناخت ماخذ میں دو بار ہے۔

## رابطہ کار کا Open Referral UK صفحہ (/listings/oruk)۔
oruk-title = Open Referral UK
oruk-intro = Open Referral UK وہ معیار ہے جسے کونسلیں اور دوسری ڈائریکٹریاں خدمات بانٹنے کے لیے استعمال کرتی ہیں۔ یہ ڈائریکٹری اس میں ڈاؤن لوڈ کریں، یا کسی دوسری ڈائریکٹری سے خدمات لائیں۔
oruk-import-heading = دوسری ڈائریکٹری سے خدمات لائیں
oruk-import-file = Open Referral UK فائل (JSON)
oruk-import-hint = جب تک آپ دیکھ کر ہاں نہ کہیں کہ فائل کیا کرے گی، کچھ نہیں بدلتا۔ خدمات ان کی شناخت سے ملائی جاتی ہیں، اس لیے ایک ہی فائل دو بار لانے سے کچھ نہیں بدلتا۔
oruk-import-check = فائل جانچیں
oruk-error-no-file = جانچنے کے لیے فائل چنیں۔
oruk-error-not-oruk = یہ فائل Open Referral UK JSON نہیں ہے۔
oruk-error-too-large = یہ فائل بہت بڑی ہے: زیادہ سے زیادہ 50 MB۔
oruk-error-expired = اس جانچ کی مدت ختم ہو گئی۔ فائل دوبارہ چنیں۔
oruk-report-heading = { $file } لانے سے کیا ہوگا
oruk-report-counts = نئی: { $new }۔ بدلی: { $changed }۔ پہلے جیسی: { $unchanged }۔ چھوڑی گئی: { $refused }۔
oruk-outcome-new = نیا
oruk-outcome-changed = بدلا
oruk-outcome-refused = چھوڑا گیا
oruk-entity-organization = تنظیم
oruk-entity-service = خدمت
oruk-field = خانہ { $field }:
oruk-import-confirm = نئے اور بدلے ریکارڈ لائیں
oruk-import-nothing = کچھ نہیں بدلے گا۔
oruk-imported = ہو گیا۔ فون اگلی بار جڑنے پر نئی اور بدلی خدمات پائیں گے۔
oruk-export-heading = یہ ڈائریکٹری ڈاؤن لوڈ کریں
oruk-export-json = پوری ڈائریکٹری، ایک JSON فائل میں
oruk-export-csv = وہی، CSV جدولوں کی صورت میں:
oruk-api = دوسری ڈائریکٹریاں اسے کسی بھی وقت اس پتے سے پڑھ سکتی ہیں:
