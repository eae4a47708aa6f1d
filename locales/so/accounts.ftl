# Signpost — Soomaali. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).
# Casuumaadaha: maamulaha hay'add ayaa casuuma xubin, xubintuna waxay samaysaa akoonkeeda.

## Casuumidda xubin (/members/invite)

invite-title = Casuum xubin
invite-intro = Samee xiriiriye loogu talagalay qof ku soo biiraya hay'addaada. Qofku wuu furaa, wuxuu geliyaa cinwaanka iimaylkiisa, wuxuuna doortaa erayga sirta ah ee isaga u gaarka ah.
invite-role-legend = Doorka qofka
invite-role-worker = Shaqaale
invite-role-worker-hint = Wuxuu qoysaska u gudbiyaa adeegyada.
invite-role-org-admin = Maamulaha hay'adda
invite-role-org-admin-hint = Sidoo kale wuxuu casuumaa xubnaha, wuxuuna ka shaqeeyaa gudbinnada ay helaan adeegyada hay'addaada.
invite-submit = Samee xiriiriye casuumaad
invite-created = Xiriiriyaha casuumaaddu waa diyaar. Hadda koobiyee oo u dir xubinta cusub.
invite-link-label = Xiriiriyaha casuumaadda
invite-link-hint =
    { $days ->
        [one] Hal mar oo keliya ayuu shaqeeyaa, muddo 1 maalin ah. Hadda oo keliya ayaa la muujinayaa: haddii uu lumo, samee mid cusub.
       *[other] Hal mar oo keliya ayuu shaqeeyaa, muddo { $days } maalmood ah. Hadda oo keliya ayaa la muujinayaa: haddii uu lumo, samee mid cusub.
    }
invite-sign-in-needed = Ku soo gal akoonkaaga maamulaha hay'adda si aad xubno u casuunto.
invite-forbidden = Maamulayaasha hay'addaada oo keliya ayaa casuumi kara xubno.

## Aqbalidda casuumaad (/invite/<token>)

invite-accept-title = Ku biir hay'addaada ee Signpost
invite-accept-intro = Waxaa lagugu casuumay inaad gudbinno la samayso hay'addaada. Geli cinwaanka iimaylkaaga oo dooro eray sir ah si aad u abuurto akoonkaaga.
invite-accept-password = Dooro eray sir ah
invite-accept-password-hint = Ugu yaraan { $min } xaraf. Dhowr eray oo aad xusuusan doonto ayaa si fiican u shaqeeya.
invite-accept-submit = Abuur akoonkayga
invite-accept-needs-connection = Abuurista akoon waxay u baahan tahay internet.

## Xubnaha (/members)

members-title = Xubnaha hay'addaada
members-intro = Qof kasta oo halkan ku jira wuxuu Signpost ku geli karaa magaca hay'addaada. Marka qof ka tago, ka qaad gelitaanka: mar dambe ma soo geli karo, gudbinnadii uu dirayna waxay la sii joogayaan adeegyadii helay.
members-joined = ku biiray { $date }
members-you = Kani waa adiga.
members-remove-short = Ka qaad gelitaanka
members-remove = Ka qaad gelitaanka { $email }
members-removed = Gelitaanka waa laga qaaday.
members-role-coordinator = Isku-duwe
members-sign-in-needed = Ku soo gal akoonkaaga maamulaha hay'adda si aad u aragto xubnaheeda.
members-forbidden = Maamulayaasha hay'addaada oo keliya ayaa arki kara oo maamuli kara xubnaheeda.
members-unsent-intro = Dadka qaar oo aad gelitaanka ka qaadday waxay taleefan ku dhaafeen gudbinno aan weligood la dirin. Hadda lama diri karo: si kale ula xiriir qoysaskaas, ama adeegyada.
members-unsent-item = { $count ->
    [one] hal gudbin, oo sugaya tan iyo { $since }
   *[other] { $count } gudbin, oo sugaya tan iyo { $since }
}

## Beddelidda erayga sirta ah (/account/password)

password-title = Beddel erayga sirta ah
password-intro = Dooro eray sir ah oo cusub. Halkan waad ku sii jiraysaa; meel kasta oo kale oo aad ku jirto, waxaad u baahan doontaa erayga sirta ah ee cusub.
password-current = Erayga sirta ah ee aad hadda isticmaasho
password-new = Eray sir ah oo cusub
password-new-hint = Ugu yaraan { $min } xaraf, oo aan ahayn eray sir ah oo caadi ah. Dhowr eray oo aad xusuusan doonto ayaa si fiican u shaqeeya.
password-confirm = Mar kale qor erayga sirta ah ee cusub
password-submit = Beddel erayga sirta ah
password-changed = Erayga sirta ah waa la beddelay.

## Errors of the account pages

account-error-password-short = Dooro eray sir ah oo ugu yaraan 12 xaraf ah.
account-error-password-long = Dooro eray sir ah oo ugu badnaan 128 xaraf ah.
account-error-password-common = Erayga sirta ahi aad buu u fudud yahay in la qiyaaso. Dooro mid kale: dhowr eray oo aad xusuusan doonto ayaa si fiican u shaqeeya.
account-error-password-mismatch = Labada eray sir ah ee cusubi isku mid ma aha. Mar kale qor erayga sirta ah ee cusub.
account-error-password-same = Erayga sirta ah ee cusubi wuxuu la mid yahay kii hore. Dooro mid kale.
account-error-current-password = Erayga sirta ah ee aad hadda isticmaashaa sax ma aha. Hubi oo isku day mar kale.
account-error-email-invalid = Geli cinwaan iimayl sida name@example.org.
account-error-email-taken = Horey ayaa loo sameeyay akoon leh cinwaanka iimaylkaas.
account-error-remove-self = Ma ka qaadi kartid gelitaanka adiga laftaada. Weydii maamule kale oo hay'addaada ah.
account-error-invitation = Xiriiriyaha casuumaaddan wuu dhacay ama horey ayaa loo isticmaalay. Weydiiso mid cusub.
account-error-role = Casuumaadaha waxay noqon karaan oo keliya shaqaale ama maamulayaasha hay'adda.
