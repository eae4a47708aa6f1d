# Signpost — Soomaali. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

# Diiwaannada ay shabakaddu hayso: qaybaha diiwaanka, sida ay u muuqdaan ka hor iyo ka dib isbeddel.
listing-field-name = Magaca
listing-field-description = Sharaxaad
listing-field-status = Furan ama xiran
listing-field-eligibility = Cidda loogu talagalay
listing-field-ages = Da'da
listing-field-cost = Kharashka
listing-field-access = Sida caawimaad loo helo
listing-field-referrals = Wuxuu aqbalaa gudbinno loo soo maro Signpost
listing-field-needs = Baahiyaha uu ka caawiyo
listing-field-languages = Luqadaha ay shaqaaluhu ku hadlaan
listing-field-areas = Aagagga uu u adeego
listing-field-locations = Goobaha
listing-field-phones = Lambarada taleefanka
listing-field-email = Iimayl
listing-field-website = Websaydh
listing-field-hours = Saacadaha furitaanka
listing-field-closures = Maalmaha la xiran yahay
listing-field-special-hours = Saacado kale taariikhaha qaarkood
listing-field-checked = Markii ugu dambaysay ee hay'addu hubisay
listing-error-reason = Qor sababta isbeddelka dib loogu celinayo (ugu badnaan 1000 xaraf).
listing-yes = Haa
listing-no = Maya
listing-none = (midna)
listing-date-range = { $from } ilaa { $to }

# Diiwaannada hay'add (/listings).
listings-title = Diiwaannada hay'addaada
listings-sign-in-needed = Soo gal si aad u cusboonaysiiso diiwaannada hay'addaada.
listings-forbidden = Maamulayaasha hay'adda iyo isku-duwayaasha shabakadda oo keliya ayaa beddeli kara diiwaannada.
coordinator-only = Isku-duwayaasha shabakadda oo keliya ayaa arki kara boggan.
listings-saved-pending = Waa la kaydiyay. Isku-duwe ayaa hubin doona isbeddelka ka hor inta aan qof walba arkin.
listings-saved-published = Waa la kaydiyay. Qof walba hadda wuu arkaa isbeddelka, taleefannaduna waxay helaan marka ay mar kale internetka ku xirmaan.
listings-confirmed = Mahadsanid: diiwaanka waxaa loo calaamadeeyay in maanta la hubiyay.
listings-edit-organisation = Beddel faahfaahinta hay'addaada
listings-services = Adeegyada
listings-none = Hay'addaadu weli ma laha adeegyo la diiwaangeliyay.
listings-add = Ku dar adeeg
listings-changes = Isbeddelladii dhowaa
listings-no-changes = Weli isbeddel ma jiro.
listings-waiting = Isbeddel sugaya isku-duwe
listings-archived = Laga saaray hagaha
listings-checked = La hubiyay { $date }
listings-due = Markii ugu dambaysay la hubiyay { $date }. Fadlan hubi inuu weli sax yahay.
listings-stale = Markii ugu dambaysay la hubiyay { $date }, in ka badan sannad ka hor: hagaha ayaa dadka u digaya inuu duugoobi karo.
listings-never-checked = Weligii lama hubin. Fadlan hubi inuu weli sax yahay.
listings-confirm = Weli waa sax
listings-confirm-named = { $name } weli waa sax
listings-edit = Beddel
listings-history = Noocyadii hore
listings-trust-heading = Hay'ad la aamino
listings-trusted = La aamino: isbeddellada isla markiiba waa la daabacaa
listings-not-trusted = Lama aamino: isku-duwe ayaa marka hore hubiya isbeddel kasta
listings-trust = Aamin hay'addan
listings-untrust = Jooji aaminidda hay'addan

change-kind-new = Adeeg cusub
change-kind-changed = La beddelay
change-kind-archived = La saaray
change-state-pending = sugaya isku-duwe
change-state-published = la daabacay
change-state-returned = dib loo celiyay
change-state-replaced = waxaa beddelay isbeddel dambe
change-summary = { $kind }, { $state }, { $date }
change-reason = Sababta dib loogu celiyay:

# Foomka adeegga (/listings/edit).
edit-title = Beddel { $name }
edit-title-new = Ku dar adeeg
edit-intro = Beddel waxa khaldan ama maqan, kadibna kaydi. Isku-duwe ayaa hubiya isbeddellada ka hor inta aan qof walba arkin.
edit-intro-new = Buuxi waxa aad taqaan, kadibna kaydi. Isku-duwe ayaa hubiya adeegyada cusub ka hor inta aan qof walba arkin.
edit-back = Ku noqo diiwaannada
edit-returned = Isku-duwe ayaa dib kuugu celiyay isbeddelkaagii ugu dambeeyay:
edit-waiting = Isbeddel lagu sameeyay kan ayaa sugaya isku-duwe. Waxaad beddelaysaa noocaas.
edit-conflict-theirs = Sida nooca cusubi uga duwan yahay waxa aad qortay:
edit-draft-found = Taleefankani wuxuu hayaa isbeddello aad hore u qortay oo aadan kaydin.
edit-draft-use = Dib u soo celi
edit-draft-discard = Iska tuur
edit-problems = Fadlan sax kuwan oo mar kale kaydi:
edit-save = Kaydi
edit-archive-heading = Adeeggan ka saar hagaha
edit-archive-intro = Loogu talagalay adeeg joogsaday. Waa la hayaa, isku-duwena dib ayuu u soo celin karaa.
edit-archive = Ka saar
edit-about = Ku saabsan adeegga
edit-status-active = Furan
edit-status-temporarily-closed = Hadda xiran
edit-status-inactive = Mar dambe ma shaqeeyo
edit-who = Cidda loogu talagalay
edit-min-age = Da'da ugu yar (banaan u dhaaf haddii da' kasta)
edit-max-age = Da'da ugu weyn (banaan u dhaaf haddii da' kasta)
edit-free = Bilaash
edit-fees = Haddii aanu bilaash ahayn, inta uu ku kacayo
edit-hours-hint = Saf banaan u dhaaf haddii aadan u baahnayn.
edit-period-label = Waqtiga furitaanka { $number }
edit-day = Maalin
edit-opens = Furmaa
edit-closes = Xirmaa
edit-overnight = Wuxuu dhaafaa saqda dhexe
edit-add-period = Ku dar waqti furitaan oo kale
edit-closures-hint = Fasaxyada dadweynaha iyo maalmaha kale ee la xiran yahay. "ilaa" banaan u dhaaf haddii ay tahay hal maalin.
edit-closure-label = Maalmaha xiran { $number }
edit-closed-from = Xiran laga bilaabo
edit-closed-to = ilaa
edit-closed-note = Sababta (ikhtiyaari)
edit-add-closure = Ku dar maalmo xiran oo kale
edit-special-hint = Saacado ka gaaban ama dheeri ah taariikho gaar ah, sida maalinta ka horreysa Kirismaska: taariikhahaas waxay beddelaan saacadaha caadiga ah. "ilaa" banaan u dhaaf haddii ay tahay hal maalin.
edit-special-label = Saacado kale { $number }
edit-special-from = Laga bilaabo
edit-add-special = Ku dar taariikho kale oo saacado kale leh
edit-location-label = Goob { $number }
edit-place-name = Magaca goobta (ikhtiyaari)
edit-address = Cinwaanka waddada
edit-city = Magaalada
edit-postcode = Koodhka boostada
edit-neighbourhood = Xaafadda (tusaale Highfields)
edit-latitude = Loolka (ikhtiyaari)
edit-longitude = Dhigaha (ikhtiyaari)
edit-add-location = Ku dar goob kale
edit-areas-hint = Hal aag saf kasta.
edit-contact = Xiriir
edit-phone-label = Taleefan { $number }
edit-phone-number = Lambarka taleefanka
edit-phone-description = Waxa lambarku u yahay (ikhtiyaari)
edit-add-phone = Ku dar lambar taleefan oo kale
edit-languages-hint = Koodhadhka luqadaha, oo hakad lagu kala saaray: so waa Soomaali, gu waa Gujaraati, pl waa Boolish.

# Noocyadii hore ee adeegga (/listings/history).
history-title = Noocyadii hore ee { $name }
history-version = Nooca { $version }, { $date }, waxaa sameeyay { $who }
history-approved-by = Waxaa ansixiyay { $who }
history-by-operator = dadka maamula Signpost
history-changed = La beddelay: { $fields }
history-restore = Dib u soo celi nooca { $version }
history-restored = Noocaas wuxuu dib ugu jiraa hagaha.

# Safka isku-duwaha (/listings/changes).
queue-title = Isbeddellada la hubinayo
queue-empty = Ma jiraan isbeddello sugaya.
queue-asked = { $kind } · waxaa codsaday { $who } { $date }
queue-field = Maxaa
queue-before = Ka hor
queue-after = Kadib
queue-approve = Oggolow oo daabac
queue-reason = Sababta aad dib ugu celinayso (hay'addu way arkaysaa)
queue-send-back = Dib u celi
queue-approved = Waa la daabacay. Taleefannadu waxay helaan marka ay mar kale internetka ku xirmaan.
queue-sent-back = Dib ayaa loogu celiyay hay'adda.

# Hay'adaha isku-duwaha (/listings/organisations).
organisations-title = Hay'adaha
oruk-link = Open Referral UK: soo deji hagaha ama keen adeegyo
organisations-facts = { $services ->
        [one] 1 adeeg
       *[other] { $services } adeeg
    } · { $members ->
        [one] 1 xubin
       *[other] { $members } xubnood
    } · { $pending } sugaya · { $due } in la hubiyo
organisations-last-change = Isbeddelkii ugu dambeeyay waxaa la daabacay { $date }
organisations-oldest-check = Hubintii ugu duugsanayd: { $date }
organisations-add = Ku dar hay'ad
organisations-add-button = Ku dar hay'adda
organisations-created = Hay'addu waxay ku jirtaa hagaha. Xiriiriyahan u dir qofka daryeeli doona diiwaannadeeda: hal mar oo keliya ayuu shaqeeyaa, muddo 7 maalmood ah.
organisations-link = Xiriiriyaha casuumaadda ee maamulaheeda ugu horreeya
organisation-edit-title = Faahfaahinta hay'addaada

# Ka warbixinta dhibaato ku jirta diiwaan (/services/:id/report), iyo warbixinnada.
report-title = Ka warbixi dhibaato ku jirta { $service }
report-intro = U sheeg hay'adda iyo isku-duwayaasha shabakadda waxa khaldan. Ha qorin magaca ama xiriirka qofna.
report-kind = Maxaa khaldan?
report-kind-out-of-date = Waa duugoobay
report-kind-closed = Waa la xiray
report-kind-contact = Taleefan, iimayl ama cinwaan khaldan
report-kind-other = Wax kale
report-text = Faahfaahin dheeraad ah (waa loo baahan yahay haddii "Wax kale")
report-submit = Dir warbixinta
report-sent = Mahadsanid. Warbixinta waa la diray.
report-kept = Mahadsanid. Hadda internet ma jiro: warbixinta waxaa lagu hayaa taleefankan, waxaana la diri doonaa marka uu internet jiro.
report-not-kept = Taleefankani ma hayn karin warbixinta. Fadlan isku day mar kale.
report-error-kind = Dooro waxa khaldan.
report-error-text = Sheeg waxa khaldan, ugu badnaan 500 xaraf.
reports-title = Warbixinnada dadka isticmaala hagaha
reports-none = Warbixin ma jirto.
reports-about = { $kind }, { $date }
reports-done = La dhammeeyay
reports-done-button = U calaamadee la dhammeeyay

listings-caseworkers = Cidda ka shaqaysa gudbinnadiisa
listings-caseworkers-intro = Maamulayaasha hay'addaada mar walba way ka shaqeeyaan. Dooro xubnaha ay tahay inay iyaguna ka shaqeeyaan: waxay gudbinnada adeeggan ku arkaan sanduuqooda, wayna wax ka qaban karaan.
listings-caseworkers-save = Kaydi cidda ka shaqaysa gudbinnadiisa
listings-caseworkers-saved = Waa la kaydiyay: waxay gudbinnadiisa ku arkaan sanduuqooda.
listing-error-member = Shaqaalaha hay'addaada oo keliya ayaa la dooran karaa.
organisation-areas = Aagagga ay ka shaqayso

## Checks on a service before it is saved (the listings pages show them)

service-invalid-name = Magacu waa inuu noqdaa 1 ilaa 200 xaraf.
service-invalid-text = Sharaxaadda iyo “Cidda loogu talagalay” mid kastaa waa inuu ahaadaa ugu badnaan 5000 xaraf.
service-invalid-ages = Da'du waa inay ahaataa 0 ilaa 120, da'da ugu yarna waa inaysan ka weynaan da'da ugu weyn.
service-invalid-needs = Dooro ugu yaraan hal baahi oo uu adeeggu ka caawiyo.
service-invalid-language = Luqaduhu waa inay noqdaan koodhadhka ISO 639, sida so oo ah Soomaali ama gu oo ah Gujaraati.
service-invalid-hours = Saacadaha furitaanka waa inay leeyihiin maalin u dhexeysa Isniin ilaa Axad iyo waqtiyo u dhexeeya 00:00 ilaa 23:59.
service-invalid-closure = Xiritaanku waa inuu dhammaadaa maalinta uu bilaabmo ama ka dib, qoraalkiisuna waa inuu ahaadaa ugu badnaan 200 xaraf.
service-invalid-special-hours = Saacadaha kale waxay u baahan yihiin taariikh bilow, taariikh dhammaad (haddii ay jirto) oo ah isla maalintaas ama ka dib, saacad furitaan iyo saacad xiritaan oo ka dambeysa, iyo qoraal ugu badnaan 200 xaraf ah.
service-invalid-email = Cinwaanka iimaylku sax ma aha.
service-invalid-website = Websaydhku waa inuu noqdaa cinwaan buuxa oo ku bilaabma https://.
service-invalid-phone = Lambarka taleefanku waa inuu lahaadaa ugu yaraan 3 tiro iyo ugu badnaan 40 xaraf, sharraxaaddiisuna ugu badnaan 200 xaraf.
service-invalid-organisation = Hay'addaasi kuma jirto hagaha.
service-invalid-location = Goob kastaa waxay u baahan tahay cinwaan iyo magaalo (ugu badnaan 200 xaraf mid kasta); loolka iyo dhigaha khariidadda, haddii la bixiyo, waa inay noqdaan tirooyin.
service-invalid-postcode = Koodhka boostadu waa inuu noqdaa koodh boosto oo UK ah, sida LE2 0AB.
service-invalid-fees = Kharashka waa in lagu qeexaa ugu badnaan 200 xaraf.
service-invalid-areas = Aag kastaa waa inuu ahaadaa 1 ilaa 200 xaraf, waxaana jiri kara ugu badnaan 50 aag.
service-invalid-period-order = Waqtiga furitaanku waa inuu dhammaadaa kadib marka uu bilaabmo. Haddii uu dhaafo saqda dhexe, calaamadee "Wuxuu dhaafaa saqda dhexe".
service-invalid-status = Dooro in adeeggu furan yahay, hadda xiran yahay, ama uusan mar dambe shaqaynayn.
