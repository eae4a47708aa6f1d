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
