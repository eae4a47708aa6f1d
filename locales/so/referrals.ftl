# Signpost — Soomaali. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## U gudbinta qoys (dhinaca taleefanka)

refer-title = U gudbi { $service }
refer-not-accepting = Adeeggani ma aqbalo gudbinno loo soo maro Signpost. Si toos ah ula xiriir adeegga.
refer-needs-javascript = Gudbinnada waxaa lagu hayaa taleefankan ilaa la diri karo, taasoo u baahan JavaScript. Daar JavaScript, ama si toos ah ula xiriir adeegga.
refer-step-consent = 1. Weydii oggolaansho
refer-consent-language = Luqadda lagu akhrinayo bayaanka
referral-consent-statement = Waxaan jeclaan lahayn inaan xogtaada u dirno { $service } si ay kuugala soo xiriiraan caawimaadda aad u baahan tahay. Waxaan la wadaagi doonnaa magacaaga, sida laguula xiriiro, luqadda aad doorbidayso iyo caawimaadda aad u baahan tahay. Adeegga iyo qofka maanta ku caawinaya oo keliya ayaa arki doona. Xogtaada waa la tirtiraa marka aan qofna ka shaqayn gudbinta muddo { $period } ah. Waad diidi kartaa, taasina ma beddelayso caawimaadda aan maanta ku siinayno. Goor dambe waad beddeli kartaa go'aankaaga adiga oo la xiriiraya adeegga.
refer-consent-given = Qofku wuu maqlay bayaankan, wuuna oggol yahay
refer-consent-missing = Oggolaanshaha qofka la'aantiis, waxba lama kaydiyo lamana diro.
refer-consent-machine-draft = Weli qof si fiican ugu hadla luqadda ma hubin turjumaaddan: waa qabyo uu mashiin sameeyay. Haddii laga yaabo in qofku si buuxda u fahmi waayo, isticmaal turjubaan.
refer-consent-in-english = Bayaanka Ingiriisiga ahi wuu isbeddelay kadib markii turjumaaddan la sameeyay, sidaas darteed wuxuu ku muuqdaa Ingiriisi ilaa mar kale la turjumo. Isticmaal turjubaan.
refer-privacy-title = Ogeysiiska xogta gaarka ah
refer-privacy-body = Signpost wuxuu gudbintan ku hayaa taleefankan, iyadoo koodh lagu xiray, oo keliya ilaa ay gaarto adeegga. Intaas kadib, taleefanku wuxuu hayaa oo keliya qoraal sheegaya in la diray, oo aan lahayn xog shakhsi ah. Dadkan oo keliya ayaa arki kara faahfaahinta: maamulayaasha adeegga, shaqaalaha ay u doortaan inay ka shaqeeyaan gudbinnadiisa, iyo adiga. Qof kale oo hay'addaada ka mid ah ma arki karo. Isku-duwaha shabakaddu wuxuu arkaa tirooyin oo keliya, weligiis magacyo ma arko. Faahfaahinta waa la tirtiraa marka aan qofna ka shaqayn gudbinta muddo { $period } ah, wax kasta oo ku dhacay ha ahaatee.
refer-step-details = 2. Gudbinta
refer-name = Magaca qofka
refer-contact-method = Sida uu qofku doonayo in lala xiriiro
refer-contact-detail-phone = Lambarka taleefanka
refer-contact-detail-sms = Lambarka moobaylka
refer-contact-detail-email = Cinwaanka iimaylka
refer-contact-detail-letter = Cinwaanka boostada
refer-language = Luqadda la doorbidayo
refer-choose = Dooro…
refer-language-other = Luqad kale
refer-language-other-name = Magaca luqadda
refer-interpreter = Wuxuu u baahan yahay turjubaan
refer-needs = Waxa uu caawimaad ugu baahan yahay
refer-support = Taageerada loo baahan yahay, erayadaada
refer-urgency = Inta ay degdeg tahay
refer-safeguarding = Waxaa jira walaac badbaado
refer-safeguarding-hint = Tani waxay ogeysiinaysaa adeegga oo keliya. Sidoo kale, hadda raac habka badbaadinta ee hay'addaada.
refer-referrer-contact = Lambarka taleefankaaga ama cinwaanka iimaylkaaga
refer-submit = Kaydi gudbinta
refer-storage-failed = Taleefankani ma hayn karin gudbinta, sidaas darteed waxba lama kaydin. Si toos ah ula xiriir adeegga.
refer-sign-in = Soo gal si aad qoys u gudbiso. Gudbinnada waxaa taleefankan lagu hayaa adiga kuu gaar ah, sidaas darteed soo gal inta aad internet haysato; intaas kadib waxaad gudbin kartaa adiga oo aan shabakad lahayn.

## Gudbinnada taleefankan ku jira

outbox-title = Gudbinnada taleefankan ku jira
outbox-empty = Taleefankan kuma jiraan wax gudbinno ah.
outbox-offline = Internet ma jiro: gudbinnada sugaya waa la diraa marka taleefanku internetka ku soo laabto.
outbox-sign-in = Soo gal si aad u dirto gudbinnada sugaya. Ilaa markaas waxay ku jiraan taleefankan.
outbox-sign-in-link = Soo gal
outbox-unavailable = Biraawsarkan kuma hayn karo gudbinno taleefanka. Si toos ah ula xiriir adeegyada.
outbox-send-now = Dir hadda
outbox-sending = Waa la dirayaa…
outbox-state-queued = Sugaya in la diro
outbox-state-sending = Waa la dirayaa
outbox-state-delivered = Waa la gaarsiiyay adeegga
outbox-state-conflict = Lama dirin: seerfarku wuxuu horey u hayaa gudbin kale oo lambarkan leh. La hubi adeegga, kadibna ka saar tan.
outbox-state-refused = Lama dirin: waxay u baahan tahay in la saxo.
outbox-error-too-large = Gudbintani aad bay u weyn tahay in la diro. Si toos ah ula xiriir adeegga, kadibna ka saar taleefankan.
outbox-others-waiting = { $count ->
    [one] Hal gudbin oo uu sameeyay shaqaale kale ayaa taleefankan ku sugaya. Isaga oo keliya ayaa arki kara ama diri kara, marka uu mar kale soo galo.
   *[other] { $count } gudbin oo ay sameeyeen shaqaale kale ayaa taleefankan ku sugaya. Iyaga oo keliya ayaa arki kara ama diri kara, marka ay mar kale soo galaan.
}
outbox-password-link = Beddel erayga sirta ah
outbox-state-not-accepting = Lama dirin: adeeggani mar dambe ma aqbalo gudbinno loo soo maro Signpost. La xiriir adeegga, ama u gudbi adeeg kale; kadibna ka saar tan.
outbox-answer = Jawaabta adeegga: { $status }
outbox-remove = Ka saar taleefankan
outbox-sign-out = Ka bax
outbox-sign-out-warning = { $count ->
    [one] Hal gudbin weli lama dirin. Ka bixiddu waxay ka tirtiraysaa taleefankan. Ma ka baxaysaa si kastaba?
   *[other] { $count } gudbin weli lama dirin. Ka bixiddu waxay ka tirtiraysaa taleefankan. Ma ka baxaysaa si kastaba?
}

## A referral's status, outcome, urgency and contact method (the outbox, the form and the inbox)

referral-status-new = Cusub
referral-status-seen = La arkay
referral-status-accepted = La aqbalay
referral-status-declined = La diiday
referral-status-closed = La xiray
referral-outcome-supported = La caawiyay
referral-outcome-could-not-contact = Lama xiriiri karin
referral-outcome-no-longer-needed = Looma baahna mar dambe
referral-outcome-referred-elsewhere = Meel kale ayaa loo gudbiyay
referral-urgency-routine = Aan degdeg ahayn
referral-urgency-soon = Dhowaan
referral-urgency-urgent = Degdeg
referral-contact-phone = Wicitaan taleefan
referral-contact-sms = Fariin qoraal ah
referral-contact-email = Iimayl
referral-contact-letter = Warqad
referral-contact-through-referrer = Iyadoo loo marayo qofka sameeyay gudbinta

## Errors of a referral (the form, the outbox and the inbox show them)

referral-error-name-required = Geli magaca qofka.
referral-error-name-too-long = Magacu waa inuu ahaadaa ugu badnaan 100 xaraf.
referral-error-phone-invalid = Geli lambar taleefan sida 0116 496 0123.
referral-error-mobile-invalid = Geli lambar moobayl oo fariimaha qoraalka ah qaata, sida 07700 900123.
referral-error-email-invalid = Geli cinwaan iimayl sida name@example.org.
referral-error-address-invalid = Geli cinwaan boosto (8 ilaa 300 xaraf).
referral-error-language-invalid = Dooro luqadda uu qofku doorbidayo.
referral-error-language-name = Qor magaca luqadda, xarfo ahaan.
referral-error-support-required = Dooro ugu yaraan hal baahi, ama sharax taageerada loo baahan yahay.
referral-error-support-too-long = Sharaxaaddu waa inay ahaataa ugu badnaan 2000 xaraf.
referral-error-referrer-contact-invalid = Geli lambarka taleefankaaga ama cinwaanka iimaylkaaga, si adeeggu kula soo xiriiri karo.
referral-error-consent-required = Qofku waa inuu oggolaadaa ka hor inta aan gudbinta la kaydin ama la dirin.
referral-error-consent-invalid = Diiwaanka oggolaanshuhu sax ma aha. Mar kale qofka la akhri bayaanka oggolaanshaha.
referral-error-consent-unknown = Bayaanka oggolaanshaha ee taleefankan ku jira seerfarku ma yaqaan. Cusboonaysii Signpost, kadibna mar kale qofka la akhri bayaanka.
referral-error-reason-required = Sheeg sababta diidmada.
referral-error-reason-too-long = Sababtu waa inay ahaataa ugu badnaan 500 xaraf.
referral-error-status-change = Isbeddelkaas hadda suurtagal ma aha. Dib u soo rar si aad u aragto xaaladda gudbinta ee hadda.
referral-error-purged = Xogta shakhsiga ah ee gudbintan waa la tirtiray sida ay dhigayso siyaasadda haynta xogta.
referral-error-note = Qoraalku waa inuu lahaadaa 1 ilaa 2000 xaraf.
referral-error-batch = Gudbinnada la soo diray lama akhrin karin. Waxba lama kaydin; weli waxay ku jiraan taleefanka.
