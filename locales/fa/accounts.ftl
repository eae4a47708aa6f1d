# Signpost — فارسی. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Inviting a member (/members/invite)

invite-title = دعوت از یک عضو
invite-intro = برای کسی که به سازمان شما می‌پیوندد یک پیوند بسازید. او آن را باز می‌کند، نشانی ایمیل خود را وارد می‌کند و رمز عبورش را خودش انتخاب می‌کند.
invite-role-legend = نقش او
invite-role-worker = کارمند
invite-role-worker-hint = خانواده‌ها را به خدمات ارجاع می‌دهد.
invite-role-org-admin = مدیر سازمان
invite-role-org-admin-hint = علاوه بر این، اعضا را دعوت می‌کند و به ارجاع‌هایی که خدمات سازمان شما دریافت می‌کنند رسیدگی می‌کند.
invite-submit = ساختن پیوند دعوت
invite-created = پیوند دعوت آماده است. همین حالا آن را کپی کنید و برای عضو جدید بفرستید.
invite-link-label = پیوند دعوت
invite-link-hint =
    { $days ->
        [one] فقط یک بار و به مدت { $days } روز کار می‌کند. فقط همین حالا نشان داده می‌شود: اگر گم شد، پیوند تازه‌ای بسازید.
       *[other] فقط یک بار و به مدت { $days } روز کار می‌کند. فقط همین حالا نشان داده می‌شود: اگر گم شد، پیوند تازه‌ای بسازید.
    }
invite-sign-in-needed = برای دعوت از اعضا، با حساب مدیر سازمان خود وارد شوید.
invite-forbidden = فقط مدیران سازمان شما می‌توانند از اعضا دعوت کنند.

## Accepting an invitation (/invite/<token>)

invite-accept-title = در Signpost به سازمان خود بپیوندید
invite-accept-intro = از شما دعوت شده است که همراه سازمان خود ارجاع انجام دهید. برای ساختن حساب کاربری، نشانی ایمیل خود را وارد کنید و یک رمز عبور انتخاب کنید.
invite-accept-password = یک رمز عبور انتخاب کنید
invite-accept-password-hint = دست‌کم { $min } نویسه. چند کلمه که به خاطرتان بماند، رمز خوبی است.
invite-accept-submit = ساختن حساب من
invite-accept-needs-connection = ساختن حساب به اتصال اینترنت نیاز دارد.

## Members (/members)

members-title = اعضای سازمان شما
members-intro = همهٔ کسانی که اینجا هستند می‌توانند از طرف سازمان شما وارد Signpost شوند. وقتی کسی می‌رود، دسترسی او را بردارید: دیگر نمی‌تواند وارد شود، و ارجاع‌هایی که فرستاده نزد خدماتی که آن‌ها را دریافت کرده‌اند می‌ماند.
members-joined = عضو از { $date }
members-you = این شما هستید.
members-remove-short = برداشتن دسترسی
members-remove = برداشتن دسترسی { $email }
members-removed = دسترسی برداشته شد.
members-role-coordinator = هماهنگ‌کننده
members-sign-in-needed = برای دیدن اعضای سازمان خود، با حساب مدیر سازمان وارد شوید.
members-forbidden = فقط مدیران سازمان شما می‌توانند اعضای آن را ببینند و مدیریت کنند.
members-unsent-intro = برخی از کسانی که دسترسی‌شان را برداشته‌اید، ارجاع‌هایی روی یک گوشی گذاشته‌اند که هرگز فرستاده نشده‌اند. اکنون دیگر نمی‌توان آن‌ها را فرستاد: از راه دیگری با آن خانواده‌ها، یا با خدمات، تماس بگیرید.
members-unsent-item = { $count ->
    [one] { $count } ارجاع، در انتظار از { $since }
   *[other] { $count } ارجاع، در انتظار از { $since }
}

## Changing your password (/account/password)

password-title = تغییر رمز عبور
password-intro = یک رمز عبور تازه انتخاب کنید. اینجا همچنان وارد می‌مانید؛ هر جای دیگری که وارد شده‌اید، به رمز عبور تازه نیاز خواهید داشت.
password-current = رمز عبور فعلی شما
password-new = رمز عبور تازه
password-new-hint = دست‌کم { $min } نویسه، و نه یک رمز عبور رایج. چند کلمه که به خاطرتان بماند، رمز خوبی است.
password-confirm = دوباره رمز عبور تازه
password-submit = تغییر رمز عبور من
password-changed = رمز عبور شما تغییر کرد.

## Errors of the account pages

account-error-password-short = رمز عبوری با دست‌کم 12 نویسه انتخاب کنید.
account-error-password-long = رمز عبوری با حداکثر 128 نویسه انتخاب کنید.
account-error-password-common = حدس زدن این رمز عبور خیلی آسان است. رمز دیگری انتخاب کنید: چند کلمه که به خاطرتان بماند، رمز خوبی است.
account-error-password-mismatch = دو رمز عبور تازه یکسان نیستند. رمز عبور تازه را دوباره بنویسید.
account-error-password-same = رمز عبور تازه با رمز قبلی یکی است. رمز دیگری انتخاب کنید.
account-error-current-password = رمز عبور فعلی شما درست نیست. آن را بررسی کنید و دوباره تلاش کنید.
account-error-email-invalid = یک نشانی ایمیل مانند name@example.org وارد کنید.
account-error-email-taken = از قبل حسابی با این نشانی ایمیل وجود دارد.
account-error-remove-self = نمی‌توانید دسترسی خودتان را بردارید. از مدیر دیگری در سازمانتان بخواهید.
account-error-invitation = این پیوند دعوت منقضی شده یا قبلاً استفاده شده است. پیوند تازه‌ای بخواهید.
account-error-role = دعوت فقط می‌تواند برای کارمندان یا مدیران سازمان باشد.
