# Signpost — اردو. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Inviting a member (/members/invite)

invite-title = رکن کو مدعو کریں
invite-intro = آپ کی تنظیم میں شامل ہونے والے شخص کے لیے ایک لنک بنائیں۔ وہ اسے کھول کر اپنا ای میل پتہ درج کریں گے اور اپنا پاس ورڈ خود چنیں گے۔
invite-role-legend = ان کا کردار
invite-role-worker = عملے کا رکن
invite-role-worker-hint = خاندانوں کو سروسز کے لیے ریفر کرتے ہیں۔
invite-role-org-admin = تنظیم کے ایڈمن
invite-role-org-admin-hint = اراکین کو مدعو بھی کرتے ہیں، اور آپ کی تنظیم کی سروسز کو ملنے والے ریفرلز پر کام بھی کرتے ہیں۔
invite-submit = دعوت کا لنک بنائیں
invite-created = دعوت کا لنک تیار ہے۔ اسے ابھی کاپی کریں اور نئے رکن کو بھیج دیں۔
invite-link-label = دعوت کا لنک
invite-link-hint =
    { $days ->
        [one] یہ صرف ایک بار، 1 دن کے لیے کام کرتا ہے۔ یہ صرف ابھی دکھایا جا رہا ہے: اگر یہ کھو جائے تو نیا لنک بنائیں۔
       *[other] یہ صرف ایک بار، { $days } دن کے لیے کام کرتا ہے۔ یہ صرف ابھی دکھایا جا رہا ہے: اگر یہ کھو جائے تو نیا لنک بنائیں۔
    }
invite-sign-in-needed = اراکین کو مدعو کرنے کے لیے اپنے تنظیمی ایڈمن اکاؤنٹ سے سائن اِن کریں۔
invite-forbidden = صرف آپ کی تنظیم کے ایڈمن ہی اراکین کو مدعو کر سکتے ہیں۔

## Accepting an invitation (/invite/<token>)

invite-accept-title = Signpost پر اپنی تنظیم میں شامل ہوں
invite-accept-intro = آپ کو اپنی تنظیم کے ساتھ ریفرلز کرنے کے لیے مدعو کیا گیا ہے۔ اپنا اکاؤنٹ بنانے کے لیے اپنا ای میل پتہ درج کریں اور پاس ورڈ چنیں۔
invite-accept-password = پاس ورڈ چنیں
invite-accept-password-hint = کم از کم { $min } حروف۔ چند الفاظ جو آپ کو یاد رہیں، اچھا پاس ورڈ بناتے ہیں۔
invite-accept-submit = میرا اکاؤنٹ بنائیں
invite-accept-needs-connection = اکاؤنٹ بنانے کے لیے انٹرنیٹ کنکشن ضروری ہے۔

## Members (/members)

members-title = آپ کی تنظیم کے اراکین
members-intro = یہاں موجود ہر شخص آپ کی تنظیم کی طرف سے Signpost میں سائن اِن کر سکتا ہے۔ جب کوئی چھوڑ کر جائے تو اس کی رسائی ختم کر دیں: وہ پھر سائن اِن نہیں کر سکے گا، اور اس کے بھیجے ہوئے ریفرلز انہی سروسز کے پاس رہیں گے جنہیں وہ ملے تھے۔
members-joined = { $date } کو شامل ہوئے
members-you = یہ آپ ہیں۔
members-remove-short = رسائی ختم کریں
members-remove = { $email } کی رسائی ختم کریں
members-removed = رسائی ختم کر دی گئی۔
members-role-coordinator = کوآرڈینیٹر
members-sign-in-needed = اپنی تنظیم کے اراکین دیکھنے کے لیے اپنے تنظیمی ایڈمن اکاؤنٹ سے سائن اِن کریں۔
members-forbidden = صرف آپ کی تنظیم کے ایڈمن ہی اس کے اراکین کو دیکھ اور سنبھال سکتے ہیں۔
members-unsent-intro = جن لوگوں کی رسائی آپ نے ختم کی، ان میں سے کچھ کے ریفرلز کسی فون پر رہ گئے جو کبھی بھیجے نہیں گئے۔ اب وہ بھیجے نہیں جا سکتے: ان خاندانوں سے، یا سروسز سے، کسی اور طریقے سے رابطہ کریں۔
members-unsent-item = { $count ->
    [one] ایک ریفرل، { $since } سے انتظار میں
   *[other] { $count } ریفرلز، { $since } سے انتظار میں
}

## Changing your password (/account/password)

password-title = اپنا پاس ورڈ بدلیں
password-intro = نیا پاس ورڈ چنیں۔ یہاں آپ سائن اِن رہیں گے؛ جہاں کہیں اور آپ سائن اِن ہیں، وہاں آپ کو نیا پاس ورڈ درکار ہوگا۔
password-current = آپ کا موجودہ پاس ورڈ
password-new = نیا پاس ورڈ
password-new-hint = کم از کم { $min } حروف، اور کوئی عام پاس ورڈ نہ ہو۔ چند الفاظ جو آپ کو یاد رہیں، اچھا پاس ورڈ بناتے ہیں۔
password-confirm = نیا پاس ورڈ دوبارہ
password-submit = میرا پاس ورڈ بدلیں
password-changed = آپ کا پاس ورڈ بدل دیا گیا ہے۔

## Errors of the account pages

account-error-password-short = کم از کم 12 حروف کا پاس ورڈ چنیں۔
account-error-password-long = زیادہ سے زیادہ 128 حروف کا پاس ورڈ چنیں۔
account-error-password-common = اس پاس ورڈ کا اندازہ لگانا بہت آسان ہے۔ کوئی اور چنیں: چند الفاظ جو آپ کو یاد رہیں، اچھا پاس ورڈ بناتے ہیں۔
account-error-password-mismatch = دونوں نئے پاس ورڈ ایک جیسے نہیں ہیں۔ نیا پاس ورڈ دوبارہ لکھیں۔
account-error-password-same = نیا پاس ورڈ پرانے جیسا ہی ہے۔ کوئی مختلف پاس ورڈ چنیں۔
account-error-current-password = آپ کا موجودہ پاس ورڈ درست نہیں ہے۔ اسے چیک کریں اور دوبارہ کوشش کریں۔
account-error-email-invalid = name@example.org جیسا ای میل پتہ درج کریں۔
account-error-email-taken = اس ای میل پتے کے ساتھ پہلے سے ایک اکاؤنٹ موجود ہے۔
account-error-remove-self = آپ اپنی رسائی خود ختم نہیں کر سکتے۔ اپنی تنظیم کے کسی دوسرے ایڈمن سے کہیں۔
account-error-invitation = اس دعوت کے لنک کی میعاد ختم ہو چکی ہے یا یہ پہلے ہی استعمال ہو چکا ہے۔ نیا لنک مانگیں۔
account-error-role = دعوتیں صرف عملے کے ارکان یا تنظیم کے ایڈمنز کے لیے ہو سکتی ہیں۔
