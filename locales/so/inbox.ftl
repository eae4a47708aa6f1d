# Signpost — Soomaali. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).
# Sanduuqa gudbinnada ee hay'adda helaysa.

## Sanduuqa

inbox-title = Gudbinnada la helay
inbox-new-count =
    { $count ->
        [0] Ma jiraan gudbinno cusub
        [one] Hal gudbin oo cusub
       *[other] { $count } gudbin oo cusub
    }
inbox-empty = Adeegyada hay'addaadu weli ma helin wax gudbin ah.
inbox-purge-soon-count =
    { $count ->
        [one] Hal gudbin xogtiisa shakhsiga ah waa la tirtiri doonaa bil gudaheed, sababtoo ah qofna kama shaqayn. Cusboonaysii ama ku dar qoraal si loo hayo.
       *[other] { $count } gudbin xogtooda shakhsiga ah waa la tirtiri doonaa bil gudaheed, sababtoo ah qofna kama shaqayn. Cusboonaysii ama ku dar qoraal si loo hayo.
    }
inbox-purge-on = Xogta shakhsiga ah waxaa la tirtiri doonaa { $date } haddii aan qof ka shaqayn gudbintan.
inbox-pages = Bogagga gudbinnada
inbox-page-of = Bogga { $page } ee { $pages }
inbox-page-newer = Gudbinnada ka cusub
inbox-page-older = Gudbinnada ka horreeyay
inbox-sign-in-needed = Soo gal si aad u aragto gudbinnada hay'addaadu heshay.
inbox-forbidden = Maamulayaasha hay'addaada, iyo xubnaha ay u doortaan adeeg, oo keliya ayaa arki kara gudbinnada uu adeeggaasi helo.
inbox-details-removed = Xogta waa la tirtiray
inbox-safeguarding = Walaac badbaado
inbox-status = Xaaladda
inbox-urgency = Degdegga
inbox-needs = Baahiyaha
inbox-needs-described = Eeg taageerada loo baahan yahay
inbox-received = La helay
inbox-changed = Cusboonaysiintii ugu dambaysay
inbox-date-time = { $date }, { $time }

## Hal gudbin

inbox-referral-title = Gudbin
inbox-for-service = Loogu talagalay:
inbox-decline-reason-given = Sababta diidmada
inbox-outcome = Natiijada
inbox-section-need = Waxa loo baahan yahay
inbox-support = Taageerada loo baahan yahay
inbox-support-none = Sharaxaad lama bixin.
inbox-safeguarding-label = Walaac badbaado
inbox-yes = Haa
inbox-no = Maya
inbox-section-contact = Xiriirka
inbox-contact-method = Sida loola xiriirayo
inbox-contact-detail = Faahfaahinta xiriirka
inbox-language = Luqadda la doorbidayo
inbox-interpreter = Turjubaan ayaa loo baahan yahay
inbox-referred-by = Waxaa gudbiyay
inbox-referrer-contact = Xiriirka qofka sameeyay gudbinta
inbox-section-consent = Oggolaansho
inbox-consent-given = Qofku wuxuu oggolaaday in la gudbiyo iyo in xogtan lala wadaago adeeggan.
inbox-consent-statement = Waxa qofka loo sheegay
inbox-consent-language = Luqadda lagu akhriyay
inbox-consent-time = Waqtiga la oggolaaday

## Waxa gudbinta lagu samayn karo

inbox-actions = Waxa xiga ee la samaynayo
inbox-no-actions = Gudbintan waa la xiray. Wax dambe laguma samayn karo.
inbox-mark-seen = U calaamadee la arkay
inbox-accept = Aqbal
inbox-decline-legend = Diid gudbinta
inbox-decline-reason = Sababta diidmada
inbox-decline-hint = Qofka sameeyay gudbinta ayaa arki doona sababtan. Ha ku darin xog shakhsi ah.
inbox-decline = Diid
inbox-close-legend = Xir gudbinta
inbox-outcome-choose = Dooro natiijo
inbox-close = Xir
inbox-error-outcome = Dooro natiijo si aad u xirto gudbinta.
inbox-saved = Waa la kaydiyay.

## Qoraallo (hay'adda helaysa oo keliya ayaa arkta)

inbox-notes = Qoraallo
inbox-notes-none = Weli qoraal ma jiro.
inbox-note-add = Ku dar qoraal
inbox-note-label = Qoraal
inbox-note-hint = Dadka ka shaqeeya gudbinnada adeeggan oo keliya ayaa arka qoraallada. Ilaa 2000 xaraf.
inbox-note-submit = Ku dar qoraal
inbox-note-by = { $author }, { $time }
