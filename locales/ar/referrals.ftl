## Referring a family (the phone's side)

refer-title = إحالة إلى { $service }
refer-not-accepting = لا تقبل هذه الخدمة الإحالات عبر Signpost. تواصل مع الخدمة مباشرة.
refer-needs-javascript = تبقى الإحالات محفوظة على هذا الهاتف إلى أن يمكن إرسالها، وهذا يحتاج إلى JavaScript. فعّل JavaScript، أو تواصل مع الخدمة مباشرة.
refer-step-consent = 1. اطلب الموافقة
refer-consent-language = اللغة التي ستقرأ بها البيان
referral-consent-statement = نودّ أن نرسل بياناتكم إلى { $service } ليتمكنوا من التواصل معكم بشأن المساعدة التي تحتاجونها. سنشارك معهم اسمكم، وطريقة التواصل معكم، واللغة التي تفضّلونها، ونوع المساعدة التي تحتاجونها. لن يرى هذه البيانات إلا الخدمة والشخص الذي يساعدكم اليوم. تُحذف بياناتكم إذا لم يعمل أحد على الإحالة مدة { $period }. يمكنكم أن ترفضوا، ولن يغيّر ذلك المساعدة التي نقدّمها لكم اليوم. ويمكنكم أن تغيّروا رأيكم لاحقاً بالتواصل مع الخدمة.
refer-consent-given = استمع الشخص إلى هذا البيان ويوافق عليه
refer-consent-missing = بدون موافقة الشخص لا يُحفظ أي شيء ولا يُرسَل.
refer-consent-machine-draft = لم يراجع هذه الترجمة أي متحدث بطلاقة بعد: إنها مسودة آلية. إذا كان من المحتمل ألا يفهمها الشخص فهماً كاملاً، فاستعن بمترجم.
refer-consent-in-english = تغيّر البيان الإنجليزي بعد إعداد هذه الترجمة، لذلك يُعرض بالإنجليزية إلى أن يُترجم من جديد. استعن بمترجم.
refer-privacy-title = إشعار الخصوصية
refer-privacy-body = يحفظ Signpost هذه الإحالة على هذا الهاتف، مقفلةً برمز، فقط حتى تصل إلى الخدمة. بعد ذلك لا يحفظ الهاتف إلا ملاحظة بأنها أُرسلت، بدون أي بيانات شخصية. لا يرى البيانات إلا هؤلاء: مديرو الخدمة، والموظفون الذين يختارونهم للعمل على إحالاتها، وأنت. لا يستطيع أي شخص آخر في منظمتك رؤيتها. منسّق الشبكة يرى أرقامًا فقط، ولا يرى الأسماء أبدًا. تُحذف البيانات إذا لم يعمل أحد على الإحالة مدة { $period }، مهما حدث لها.
refer-step-details = 2. الإحالة
refer-name = اسم الشخص
refer-contact-method = طريقة التواصل التي يفضّلها
refer-contact-detail-phone = رقم الهاتف
refer-contact-detail-sms = رقم الجوال
refer-contact-detail-email = عنوان البريد الإلكتروني
refer-contact-detail-letter = العنوان البريدي
refer-language = اللغة المفضلة
refer-choose = اختر…
refer-language-other = لغة أخرى
refer-language-other-name = اسم اللغة
refer-interpreter = يحتاج إلى مترجم
refer-needs = ما يحتاج المساعدة فيه
refer-support = الدعم المطلوب، بكلماتك
refer-urgency = مدى الاستعجال
refer-safeguarding = يوجد قلق يتعلق بالحماية
refer-safeguarding-hint = هذا الخيار يُعلِم الخدمة فقط. اتّبع أيضاً إجراءات الحماية المعتمدة في منظمتك، الآن.
refer-referrer-contact = رقم هاتفك أو بريدك الإلكتروني
refer-submit = حفظ الإحالة
refer-storage-failed = لم يتمكن هذا الهاتف من الاحتفاظ بالإحالة، لذا لم يُحفظ أي شيء. تواصل مع الخدمة مباشرة.

## The referrals on this phone

outbox-title = الإحالات على هذا الهاتف
outbox-empty = لا توجد إحالات على هذا الهاتف.
outbox-offline = لا يوجد اتصال: ستُرسَل الإحالات المنتظرة عندما يعود الهاتف إلى الاتصال بالإنترنت.
outbox-sign-in = سجّل الدخول لإرسال الإحالات المنتظرة. ستبقى على هذا الهاتف حتى ذلك الحين.
outbox-sign-in-link = تسجيل الدخول
outbox-unavailable = لا يستطيع هذا المتصفح الاحتفاظ بالإحالات على الهاتف. تواصل مع الخدمات مباشرة.
outbox-send-now = إرسال الآن
outbox-sending = جارٍ الإرسال…
outbox-state-queued = بانتظار الإرسال
outbox-state-sending = جارٍ الإرسال
outbox-state-delivered = وصلت إلى الخدمة
outbox-state-conflict = لم تُرسَل: لدى الخادم إحالة أخرى مختلفة بهذا الرقم. تحقّق من الأمر مع الخدمة، ثم أزِل هذه الإحالة.
outbox-state-refused = لم تُرسَل: تحتاج إلى تصحيح.
outbox-state-not-accepting = لم تُرسَل: لم تعد هذه الخدمة تقبل الإحالات عبر Signpost. تواصل مع الخدمة، أو أحِل الشخص إلى خدمة أخرى؛ ثم أزِل هذه الإحالة.
outbox-answer = ردّ الخدمة: { $status }
outbox-remove = إزالة من هذا الهاتف
outbox-sign-out = تسجيل الخروج
outbox-sign-out-warning = { $count ->
    [zero] لا توجد إحالات بانتظار الإرسال. هل تريد تسجيل الخروج؟
    [one] هناك إحالة واحدة لم تُرسَل بعد. تسجيل الخروج سيحذفها من هذا الهاتف. هل تريد تسجيل الخروج مع ذلك؟
    [two] هناك إحالتان لم تُرسَلا بعد. تسجيل الخروج سيحذفهما من هذا الهاتف. هل تريد تسجيل الخروج مع ذلك؟
    [few] هناك { $count } إحالات لم تُرسَل بعد. تسجيل الخروج سيحذفها من هذا الهاتف. هل تريد تسجيل الخروج مع ذلك؟
    [many] هناك { $count } إحالة لم تُرسَل بعد. تسجيل الخروج سيحذفها من هذا الهاتف. هل تريد تسجيل الخروج مع ذلك؟
   *[other] هناك { $count } إحالة لم تُرسَل بعد. تسجيل الخروج سيحذفها من هذا الهاتف. هل تريد تسجيل الخروج مع ذلك؟
}
refer-sign-in = سجّل الدخول لإحالة أسرة. تُحفظ الإحالات على هذا الهاتف باسمك، لذا سجّل الدخول وأنت متصل بالإنترنت؛ بعد ذلك يمكنك الإحالة حتى من دون إشارة.
outbox-error-too-large = هذه الإحالة أكبر من أن تُرسل. تواصل مع الخدمة مباشرة، ثم احذفها من هذا الهاتف.
outbox-others-waiting = { $count ->
    [zero] لا توجد على هذا الهاتف إحالات قدّمها موظفون آخرون.
    [one] على هذا الهاتف إحالة واحدة قدّمها موظف آخر تنتظر الإرسال. هو وحده يستطيع رؤيتها أو إرسالها، عندما يسجّل دخوله مرة أخرى.
    [two] على هذا الهاتف إحالتان قدّمهما موظفون آخرون تنتظران الإرسال. هم وحدهم يستطيعون رؤيتهما أو إرسالهما، عندما يسجّلون دخولهم مرة أخرى.
    [few] على هذا الهاتف { $count } إحالات قدّمها موظفون آخرون تنتظر الإرسال. هم وحدهم يستطيعون رؤيتها أو إرسالها، عندما يسجّلون دخولهم مرة أخرى.
    [many] على هذا الهاتف { $count } إحالة قدّمها موظفون آخرون تنتظر الإرسال. هم وحدهم يستطيعون رؤيتها أو إرسالها، عندما يسجّلون دخولهم مرة أخرى.
   *[other] على هذا الهاتف { $count } إحالة قدّمها موظفون آخرون تنتظر الإرسال. هم وحدهم يستطيعون رؤيتها أو إرسالها، عندما يسجّلون دخولهم مرة أخرى.
}
outbox-password-link = تغيير كلمة المرور

## A referral's status, outcome, urgency and contact method (the outbox, the form and the inbox)

referral-status-new = جديدة
referral-status-seen = تمت رؤيتها
referral-status-accepted = مقبولة
referral-status-declined = مرفوضة
referral-status-closed = مغلقة
referral-outcome-supported = تم تقديم الدعم
referral-outcome-could-not-contact = تعذّر التواصل
referral-outcome-no-longer-needed = لم تعد هناك حاجة
referral-outcome-referred-elsewhere = أُحيلت إلى جهة أخرى
referral-urgency-routine = غير عاجلة
referral-urgency-soon = قريبًا
referral-urgency-urgent = عاجلة
referral-contact-phone = مكالمة هاتفية
referral-contact-sms = رسالة نصية
referral-contact-email = بريد إلكتروني
referral-contact-letter = رسالة بريدية
referral-contact-through-referrer = عن طريق الشخص الذي قام بالإحالة

## Errors of a referral (the form, the outbox and the inbox show them)

referral-error-name-required = أدخل اسم الشخص.
referral-error-name-too-long = يجب ألا يزيد الاسم عن 100 حرف.
referral-error-phone-invalid = أدخل رقم هاتف مثل 0116 496 0123.
referral-error-mobile-invalid = أدخل رقم جوال للرسائل النصية مثل 07700 900123.
referral-error-email-invalid = أدخل بريدًا إلكترونيًا مثل name@example.org.
referral-error-address-invalid = أدخل عنوانًا بريديًا (من 8 إلى 300 حرف).
referral-error-language-invalid = اختر اللغة المفضلة للشخص.
referral-error-language-name = اكتب اسم اللغة بالحروف.
referral-error-support-required = اختر حاجة واحدة على الأقل، أو صف الدعم المطلوب.
referral-error-support-too-long = يجب ألا يزيد الوصف عن 2000 حرف.
referral-error-referrer-contact-invalid = أدخل رقم هاتفك أو بريدك الإلكتروني لتتمكن الخدمة من التواصل معك.
referral-error-consent-required = يجب أن يوافق الشخص قبل حفظ الإحالة أو إرسالها.
referral-error-consent-invalid = سجل الموافقة غير صالح. اقرأ بيان الموافقة مع الشخص مرة أخرى.
referral-error-reason-required = اذكر سبب الرفض.
referral-error-reason-too-long = يجب ألا يزيد السبب عن 500 حرف.
referral-error-status-change = هذا التغيير غير ممكن الآن. أعد التحميل لرؤية الحالة الحالية للإحالة.
referral-error-purged = أُزيلت البيانات الشخصية لهذه الإحالة وفق سياسة الاحتفاظ بالبيانات.
referral-error-note = يجب أن تتكون الملاحظة من 1 إلى 2000 حرف.
referral-error-batch = تعذرت قراءة الإحالات المرسلة. لم يُحفظ شيء؛ ولا تزال على الهاتف.
referral-error-consent-unknown = بيان الموافقة على هذا الهاتف ليس من البيانات التي يعرفها الخادم. حدّث Signpost، ثم اقرأ البيان مع الشخص مرة أخرى.
