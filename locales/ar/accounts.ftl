# Signpost — الدعوات: يدعو مسؤول المنظمة عضوًا جديدًا، فينشئ العضو حسابه (العربية).

## Inviting a member (/members/invite)

invite-title = دعوة عضو
invite-intro = أنشئ رابطًا لشخص ينضم إلى منظمتك. يفتحه، ويُدخل بريده الإلكتروني، ويختار كلمة المرور الخاصة به.
invite-role-legend = الدور
invite-role-worker = موظف
invite-role-worker-hint = يحيل العائلات إلى الخدمات.
invite-role-org-admin = مسؤول المنظمة
invite-role-org-admin-hint = يدعو الأعضاء أيضًا ويتابع الإحالات التي تتلقاها خدمات منظمتك.
invite-submit = إنشاء رابط دعوة
invite-created = رابط الدعوة جاهز. انسخه الآن وأرسله إلى العضو الجديد.
invite-link-label = رابط الدعوة
invite-link-hint =
    { $days ->
        [zero] يعمل مرة واحدة، لمدة { $days } يوم. لا يُعرض إلا الآن: إذا فُقد، أنشئ رابطًا جديدًا.
        [one] يعمل مرة واحدة، لمدة يوم واحد. لا يُعرض إلا الآن: إذا فُقد، أنشئ رابطًا جديدًا.
        [two] يعمل مرة واحدة، لمدة يومين. لا يُعرض إلا الآن: إذا فُقد، أنشئ رابطًا جديدًا.
        [few] يعمل مرة واحدة، لمدة { $days } أيام. لا يُعرض إلا الآن: إذا فُقد، أنشئ رابطًا جديدًا.
        [many] يعمل مرة واحدة، لمدة { $days } يومًا. لا يُعرض إلا الآن: إذا فُقد، أنشئ رابطًا جديدًا.
       *[other] يعمل مرة واحدة، لمدة { $days } يوم. لا يُعرض إلا الآن: إذا فُقد، أنشئ رابطًا جديدًا.
    }
invite-sign-in-needed = سجّل الدخول بحساب مسؤول منظمتك لدعوة الأعضاء.
invite-forbidden = لا يدعو الأعضاءَ إلا مسؤولو منظمتك.

## Accepting an invitation (/invite/<token>)

invite-accept-title = انضم إلى منظمتك على Signpost
invite-accept-intro = لقد دُعيت لإجراء الإحالات مع منظمتك. أدخل بريدك الإلكتروني واختر كلمة مرور لإنشاء حسابك.
invite-accept-password = اختر كلمة مرور
invite-accept-password-hint =
    { $min ->
        [zero] { $min } حرف على الأقل. بضع كلمات تتذكرها تفي بالغرض.
        [one] حرف واحد على الأقل. بضع كلمات تتذكرها تفي بالغرض.
        [two] حرفان على الأقل. بضع كلمات تتذكرها تفي بالغرض.
        [few] { $min } أحرف على الأقل. بضع كلمات تتذكرها تفي بالغرض.
        [many] { $min } حرفًا على الأقل. بضع كلمات تتذكرها تفي بالغرض.
       *[other] { $min } حرف على الأقل. بضع كلمات تتذكرها تفي بالغرض.
    }
invite-accept-submit = إنشاء حسابي
invite-accept-needs-connection = يحتاج إنشاء حساب إلى اتصال.

## Members (/members)

members-title = أعضاء منظمتك
members-intro = يمكن لكل شخص هنا تسجيل الدخول إلى Signpost باسم منظمتك. عندما يغادر أحدهم، أزِل صلاحية وصوله: لن يتمكن من تسجيل الدخول بعد الآن، وتبقى الإحالات التي أرسلها لدى الخدمات التي استلمتها.
members-joined = انضم في { $date }
members-you = هذا أنت.
members-remove-short = إزالة الوصول
members-remove = إزالة الوصول لـ { $email }
members-removed = تمت إزالة الوصول.
members-role-coordinator = منسّق
members-sign-in-needed = سجّل الدخول بحساب مسؤول منظمتك لرؤية أعضائها.
members-forbidden = يمكن لمسؤولي منظمتك فقط رؤية أعضائها وإدارتهم.
members-unsent-intro = بعض الأشخاص الذين أزلت صلاحية وصولهم تركوا على هاتف إحالات لم تُرسل قط. لا يمكن إرسالها الآن: تواصل مع تلك الأسر، أو مع الخدمات، بطريقة أخرى.
members-unsent-item = { $count ->
    [zero] لا إحالات
    [one] إحالة واحدة، تنتظر منذ { $since }
    [two] إحالتان، تنتظران منذ { $since }
    [few] { $count } إحالات، تنتظر منذ { $since }
    [many] { $count } إحالة، تنتظر منذ { $since }
   *[other] { $count } إحالة، تنتظر منذ { $since }
}
password-title = تغيير كلمة المرور
password-intro = اختر كلمة مرور جديدة. ستبقى مسجّلاً الدخول هنا؛ وفي أي مكان آخر سجّلت فيه الدخول ستحتاج إلى كلمة المرور الجديدة.
password-current = كلمة المرور الحالية
password-new = كلمة المرور الجديدة
password-new-hint = { $min } حرفاً على الأقل، وألا تكون كلمة مرور شائعة. بضع كلمات تتذكرها تكون مناسبة.
password-confirm = كلمة المرور الجديدة مرة أخرى
password-submit = غيّر كلمة المرور
password-changed = تم تغيير كلمة المرور.

## Errors of the account pages

account-error-password-short = اختر كلمة مرور من 12 حرفًا على الأقل.
account-error-password-long = اختر كلمة مرور من 128 حرفًا على الأكثر.
account-error-email-invalid = أدخل بريدًا إلكترونيًا مثل name@example.org.
account-error-email-taken = يوجد حساب بهذا البريد الإلكتروني بالفعل.
account-error-remove-self = لا يمكنك إزالة صلاحية الوصول الخاصة بك. اطلب ذلك من مسؤول آخر في منظمتك.
account-error-invitation = انتهت صلاحية رابط الدعوة هذا أو تم استخدامه. اطلب رابطًا جديدًا.
account-error-role = الدعوات للموظفين أو مسؤولي المنظمات فقط.
account-error-password-common = من السهل تخمين كلمة المرور هذه. اختر كلمة أخرى: بضع كلمات تتذكرها تكون مناسبة.
account-error-password-mismatch = كلمتا المرور الجديدتان غير متطابقتين. اكتب كلمة المرور الجديدة مرة أخرى.
account-error-password-same = كلمة المرور الجديدة هي نفسها القديمة. اختر كلمة مختلفة.
account-error-current-password = كلمة المرور الحالية غير صحيحة. تحقق منها وحاول مرة أخرى.
