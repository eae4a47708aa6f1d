# Signpost — الدعوات: يدعو مسؤول المنظمة عضوًا جديدًا، فينشئ العضو حسابه (العربية).

## Inviting a member (/members/invite)

invite-member-link = دعوة عضو
invite-title = دعوة عضو
invite-intro = أنشئ رابطًا لشخص ينضم إلى منظمتك. يفتحه، ويُدخل بريده الإلكتروني، ويختار كلمة المرور الخاصة به.
invite-role-legend = الدور
invite-role-worker = عامل
invite-role-worker-hint = يحيل العائلات إلى الخدمات.
invite-role-org-admin = مسؤول المنظمة
invite-role-org-admin-hint = يدعو الأعضاء أيضًا ويتابع الإحالات التي تتلقاها خدمات منظمتك.
invite-submit = إنشاء رابط دعوة
invite-created = رابط الدعوة جاهز. انسخه الآن وأرسله إلى العضو الجديد.
invite-link-label = رابط الدعوة
invite-link-hint =
    { $days ->
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
        [few] { $min } أحرف على الأقل. بضع كلمات تتذكرها تفي بالغرض.
        [many] { $min } حرفًا على الأقل. بضع كلمات تتذكرها تفي بالغرض.
       *[other] { $min } حرف على الأقل. بضع كلمات تتذكرها تفي بالغرض.
    }
invite-accept-submit = إنشاء حسابي
invite-accept-needs-connection = يحتاج إنشاء حساب إلى اتصال.

## Members (/members)

members-link = الأعضاء
members-title = أعضاء مؤسستك
members-intro = يمكن لكل شخص هنا تسجيل الدخول إلى Signpost باسم منظمتك. عندما يغادر أحدهم، أزِل صلاحية وصوله: لن يتمكن من تسجيل الدخول بعد الآن، وتبقى الإحالات التي أرسلها لدى الخدمات التي استلمتها.
members-joined = انضم في { $date }
members-you = هذا أنت.
members-remove-short = إزالة الوصول
members-remove = إزالة الوصول لـ { $email }
members-removed = تمت إزالة الوصول.
members-role-coordinator = منسّق
members-sign-in-needed = سجّل الدخول بحساب مسؤول مؤسستك لرؤية أعضائها.
members-forbidden = يمكن لمسؤولي مؤسستك فقط رؤية أعضائها وإدارتهم.
members-unsent-intro = بعض الأشخاص الذين أزلت صلاحية وصولهم تركوا على هاتف إحالات لم تُرسل قط. لا يمكن إرسالها الآن: تواصل مع تلك الأسر، أو مع الخدمات، بطريقة أخرى.
members-unsent-item = { $count ->
    [one] إحالة واحدة، تنتظر منذ { $since }
   *[other] { $count } إحالات، تنتظر منذ { $since }
}
password-title = تغيير كلمة المرور
password-intro = اختر كلمة مرور جديدة. ستبقى مسجّلاً الدخول هنا؛ وفي أي مكان آخر سجّلت فيه الدخول ستحتاج إلى كلمة المرور الجديدة.
password-current = كلمة المرور الحالية
password-new = كلمة المرور الجديدة
password-new-hint = { $min } حرفاً على الأقل، وألا تكون كلمة مرور شائعة. بضع كلمات تتذكرها تكون مناسبة.
password-confirm = كلمة المرور الجديدة مرة أخرى
password-submit = غيّر كلمة المرور
password-changed = تم تغيير كلمة المرور.
