# Signpost — پښتو. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Inviting a member (/members/invite)

invite-title = یو غړی راوبلئ
invite-intro = د هغه چا لپاره لینک جوړ کړئ چې ستاسو سازمان ته راځي. هغه یې خلاصوي، خپل ایمیل آدرس لیکي او خپل پاسورډ ټاکي.
invite-role-legend = د هغوی رول
invite-role-worker = کارکوونکی
invite-role-worker-hint = کورنۍ خدمتونو ته راجع کوي.
invite-role-org-admin = د سازمان مدیر
invite-role-org-admin-hint = غړي هم رابولي او په هغو ارجاعاتو کار کوي چې ستاسو د سازمان خدمتونو ته رارسېږي.
invite-submit = د بلنې لینک جوړ کړئ
invite-created = د بلنې لینک چمتو دی. همدا اوس یې کاپي کړئ او نوي غړي ته یې ولېږئ.
invite-link-label = د بلنې لینک
invite-link-hint =
    { $days ->
        [one] یوازې یو ځل کار کوي، د 1 ورځې لپاره. یوازې همدا اوس ښودل کېږي: که ورک شي، نوی جوړ کړئ.
       *[other] یوازې یو ځل کار کوي، د { $days } ورځو لپاره. یوازې همدا اوس ښودل کېږي: که ورک شي، نوی جوړ کړئ.
    }
invite-sign-in-needed = د غړو د رابللو لپاره، د خپل سازمان د مدیر په حساب ننوځئ.
invite-forbidden = یوازې ستاسو د سازمان مدیران کولی شي غړي راوبولي.

## Accepting an invitation (/invite/<token>)

invite-accept-title = په Signpost کې له خپل سازمان سره یوځای شئ
invite-accept-intro = تاسو رابلل شوي یاست چې له خپل سازمان سره ارجاعات وکړئ. خپل ایمیل آدرس ولیکئ او یو پاسورډ وټاکئ ترڅو خپل حساب جوړ کړئ.
invite-accept-password = یو پاسورډ وټاکئ
invite-accept-password-hint = لږ تر لږه { $min } توري. څو داسې کلمې چې درته یادې پاتې شي ښه کار کوي.
invite-accept-submit = زما حساب جوړ کړئ
invite-accept-needs-connection = د حساب جوړولو لپاره انټرنټ ته اړتیا ده.

## Members (/members)

members-title = ستاسو د سازمان غړي
members-intro = دلته هر څوک کولی شي ستاسو د سازمان لپاره Signpost ته ننوځي. کله چې څوک ځي، د هغوی لاسرسی لرې کړئ: نور نشي ننوتلی، او هغه ارجاعات چې دوی لېږلي د هغو خدمتونو سره پاتې کېږي چې ترلاسه کړي یې دي.
members-joined = په { $date } یوځای شو
members-you = دا تاسو یاست.
members-remove-short = لاسرسی لرې کړئ
members-remove = د { $email } لاسرسی لرې کړئ
members-removed = لاسرسی لرې شو.
members-role-coordinator = همغږی کوونکی
members-sign-in-needed = د خپل سازمان د غړو لیدلو لپاره، د سازمان د مدیر په حساب ننوځئ.
members-forbidden = یوازې ستاسو د سازمان مدیران کولی شي د سازمان غړي وګوري او اداره یې کړي.
members-unsent-intro = ځینو هغو کسانو چې تاسو یې لاسرسی لرې کړی، په یوه موبایل کې داسې ارجاعات پرېښي چې هېڅکله نه دي لېږل شوي. دا اوس نشي لېږل کېدی: له هغو کورنیو، یا له خدمتونو سره، په بله لاره اړیکه ونیسئ.
members-unsent-item = { $count ->
    [one] یو ارجاع، له { $since } راهیسې په تمه
   *[other] { $count } ارجاعات، له { $since } راهیسې په تمه
}

## Changing your password (/account/password)

password-title = خپل پاسورډ بدل کړئ
password-intro = نوی پاسورډ وټاکئ. دلته به ننوتلي پاتې شئ؛ په هر بل ځای کې چې ننوتلي یاست، نوي پاسورډ ته به اړتیا ولرئ.
password-current = ستاسو اوسنی پاسورډ
password-new = نوی پاسورډ
password-new-hint = لږ تر لږه { $min } توري، او عام پاسورډ دې نه وي. څو داسې کلمې چې درته یادې پاتې شي ښه کار کوي.
password-confirm = نوی پاسورډ بیا
password-submit = زما پاسورډ بدل کړئ
password-changed = ستاسو پاسورډ بدل شو.

## Errors of the account pages

account-error-password-short = داسې پاسورډ وټاکئ چې لږ تر لږه 12 توري ولري.
account-error-password-long = داسې پاسورډ وټاکئ چې تر 128 تورو زیات نه وي.
account-error-password-common = دا پاسورډ په اسانۍ اټکل کېدی شي. بل وټاکئ: څو داسې کلمې چې درته یادې پاتې شي ښه کار کوي.
account-error-password-mismatch = دواړه نوي پاسورډونه یو شان نه دي. نوی پاسورډ بیا ولیکئ.
account-error-password-same = نوی پاسورډ د زاړه په شان دی. یو بل پاسورډ وټاکئ.
account-error-current-password = ستاسو اوسنی پاسورډ سم نه دی. وې ګورئ او بیا هڅه وکړئ.
account-error-email-invalid = داسې ایمیل آدرس ولیکئ لکه name@example.org.
account-error-email-taken = په دې ایمیل آدرس دمخه یو حساب شته.
account-error-remove-self = تاسو نشئ کولی خپل لاسرسی لرې کړئ. د خپل سازمان له بل مدیر څخه وغواړئ.
account-error-invitation = د دې بلنې لینک پای ته رسېدلی یا دمخه کارول شوی. نوی وغواړئ.
account-error-role = بلنې یوازې د کارکوونکو یا د سازمان د مدیرانو لپاره کېدی شي.
