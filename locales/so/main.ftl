# Signpost — Soomaali. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Goobta

app-name = Signpost
app-description = Ka hel adeegyada bulshada ee deegaanka Leicester, oo la wadaag qoysaska luqaddooda.
skip-to-content = U gudub nuxurka
language-switcher = Luqadda
list-separator = { ", " }
notice-demo = Xog tijaabo ah: diiwaannadan waa tusaalayaal lagu tijaabiyo Signpost. Lambarada taleefanka iyo iimaylladu qofna ma gaaraan.
notice-machine-draft = Turjumaaddan waxaa sameeyay mashiin, weli ma uusan hubin qof si fiican ugu hadla luqadda.
footer-about = Signpost waa hagaha shabakadda la-hawlgalayaasha bulshada ee #PowerToChange ee Leicester.
loading = Waa la soo rarayaa…

## Khaladaad

not-found-title = Bogga lama helin
not-found-body = Ma helin boggaas. Adeegga ama hay'adda waa laga yaabaa in la saaray.
back-to-search = Ku noqo raadinta
error-title = Wax ayaa khaldamay
error-not-found = Ma helin taas.
error-internal = Wax ayaa ka khaldamay dhinaceenna. Fadlan isku day mar kale wax yar kadib.
error-unreachable = Signpost ma gaari karin seerfarka. Hubi internetkaaga oo isku day mar kale.
error-bad-request = Wax codsigaas ku jira ayaan sax ahayn. Fadlan isku day mar kale.
error-busy = Seerfarku wuu mashquul yahay. Fadlan isku day mar kale daqiiqad kadib.
error-unavailable = Signpost hadda ma gaari karo kaydka xogtiisa. Fadlan isku day mar kale daqiiqad kadib.

## Raadinta

search-title = Raadi adeeg
search-label = Maxaad caawimaad ugu baahan tahay?
search-placeholder = Tusaale: bangiga cuntada, talo guri, laabtoob
search-button = Raadi
filters-legend = Shaandhaynta
filters-clear = Tirtir raadinta iyo shaandhaynta
filter-need = Baahi
filter-any-need = Baahi kasta
filter-area = Aag
filter-any-area = Meel kasta oo Leicester ah
filter-language = Luqadda lagu hadlo
filter-any-language = Luqad kasta
filter-age = Da'da qofka
filter-free = Bilaash
filter-open-now = Hadda furan
filter-referrals = Aqbala gudbinno
results-count =
    { $count ->
        [0] Adeeg lama helin
        [one] Hal adeeg
       *[other] { $count } adeeg
    }
results-empty = Waxba lama helin. Isku day erayo kale, ama ka saar shaandhaynta qaar.
pager-label = Natiijooyin kale
pager-previous = Kii hore
pager-next = Kan xiga
pager-position = Bogga { $page } ee { $pages }
card-facts-label = Xogta muhiimka ah
card-languages = Luqadaha: { $languages }
badge-free = Bilaash
badge-referrals = Aqbala gudbinno

## Bogga adeegga

service-by = Waxaa maamula
service-about = Ku saabsan adeeggan
service-needs = Wuxuu ka caawiyaa
service-who = Cidda loogu talagalay
service-free = Bilaash.
service-not-free = Waxaa laga yaabaa inuu lacag ku kaco.
service-how = Sida caawimaad loo helo
service-hours = Saacadaha furitaanka
service-languages = Luqadaha ay shaqaaluhu ku hadlaan
service-contact = Xiriir
service-where = Halkee
service-areas = Wuxuu u adeegaa: { $areas }
service-last-reviewed = Markii ugu dambaysay ee hay'addu hubisay: { $date }
service-may-be-out-of-date = Hay'addu ma aysan hubin xogtan in ka badan sannad: waxaa laga yaabaa inay duugowday. Wac ka hor intaadan qof u dirin.
service-report-link = Ka warbixi dhibaato ku jirta diiwaankan
access-drop-in = Kaalay inta lagu jiro saacadaha furitaanka
access-self-referral = Adigu si toos ah ula xiriir
access-professional-referral = Shaqaale, dugsi ama dhakhtarka qoyska ayaa gudbin kara
access-phone = Caawimaad taleefan
access-appointment = Ballan ka dib
access-signpost-referral = Wuxuu aqbalaa gudbinno loo soo maro Signpost
access-contact = La xiriir si aad u weydiiso sida caawimaad loo helo
hours-caption = Saacadaha furitaanka, waqtiga Leicester
hours-none = Saacado furitaan oo joogto ah ma jiraan: la xiriir si aad waqti u ballansato.
hours-closed = Xiran
hours-period = { $opens }–{ $closes }
hours-period-overnight = { $opens }–{ $closes } (maalinta xigta)
hours-closure = Xiran laga bilaabo { $from } ilaa { $to }
hours-special-day = Saacado kale { $date }: { $times }
hours-special = Saacado kale laga bilaabo { $from } ilaa { $to }: { $times }
contact-call = Wac { $number }
contact-text = Fariin u dir { $number }
contact-email = Iimayl u dir { $email }
contact-website = Websaydh
location-map = Ka fur khariidad

## Bogga hay'adda

organisation-services =
    { $count ->
        [0] Adeeg lama diiwaangelin
        [one] Hal adeeg
       *[other] { $count } adeeg
    }

## Xaaladda furitaanka

status-temporarily-closed = Si ku meel gaar ah u xiran
status-open-closes = Hadda furan · wuxuu xirmayaa { $when }
status-closed-opens = Xiran · wuxuu furmayaa { $when }
status-closed = Xiran
status-no-hours = La xiriir si aad u ogaato saacadaha furitaanka
when-today = saacadda { $time }
when-tomorrow = berri saacadda { $time }
when-weekday = { $day } saacadda { $time }
when-date = { $date } saacadda { $time }

## Da'da

ages-range = Da'da { $min }–{ $max }
ages-min = Da'da { $min } iyo ka weyn
ages-max = Da'da ilaa { $max }
ages-all = Da' kasta

## Taariikhaha

day-1 = Isniin
day-2 = Talaado
day-3 = Arbaco
day-4 = Khamiis
day-5 = Jimce
day-6 = Sabti
day-7 = Axad
month-1 = Janaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maajo
month-6 = Juun
month-7 = Luulyo
month-8 = Agoosto
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Nofembar
month-12 = Diseembar
date-format = { $day } { $month } { $year }

## Baahiyaha. Fariimaha -terms waa erayo raadin dheeraad ah, oo hakad lagu kala saaray.

need-food = Cunto
need-food-terms = bangiga cuntada, cuntooyin, gaajo, raashin, qado
need-housing = Guryeynta iyo hoy la'aanta
need-housing-terms = hoy la'aan, hoy, kiro, kiraysi, guri ka saarid, banaanka seexasho
need-money = Lacag, deyn iyo kaalmooyinka dawladda
need-money-terms = deyn, kaalmada dawladda, Universal Credit, biilal, miisaaniyad
need-immigration = Socdaalka, magangelyada iyo qaxootiga
need-immigration-terms = magangelyo, qaxooti, Home Office, fiiso, dadka cusub ee yimid
need-health = Caafimaadka iyo caafimaadka maskaxda
need-health-terms = caafimaadka maskaxda, fayoqab, walwal, cudurka qaloocinta unugyada dhiigga, daryeelayaal
need-families = Carruurta iyo qoysaska
need-families-terms = carruur, waalidiin, qoys, daryeelka carruurta
need-youth = Hawlaha dhallinyarada
need-youth-terms = dhallinyaro, da'yar, naadiga dhallinyarada, ciyaar
need-education = Waxbarasho, tababar iyo shaqo
need-education-terms = shaqooyin, shaqo, tababar, koorsooyin, Ingiriisi, ESOL, dugsi
need-send = Baahiyaha waxbarasho ee gaarka ah iyo naafonimada (SEND)
need-send-terms = SEND, naafonimo, EHCP, baahiyo gaar ah, tababar shaqo
need-care-experienced = Ku soo koray daryeelka dawladda
need-care-experienced-terms = daryeelka dawladda, qoys korsade, korsasho, agoon, xarunta agoonta, ka baxay daryeelka, care leaver, foster care, foster
need-prisoners-families = Qoysaska maxaabiista
need-prisoners-families-terms = xabsi, maxbuus, booqasho, xukun
need-digital = Kombiyuutarrada iyo internetka
need-digital-terms = ka qaybgalka dijitaalka, laabtoob, kombiyuutar, internet, online, taleefan, moobayl, wifi
need-community = Bulshada, dhaqanka iyo diinta
need-community-terms = xarunta bulshada, dhaqan, diin, iskaa wax u qabso, bulsho
need-safety = Dembiyada iyo badbaadada
need-safety-terms = dembi, dembiyada mindida, ka faa'iidaysi, badbaado, rabshad

## Luqadaha (koodhadhka ISO 639)

language-en = Ingiriisi
language-gu = Gujaraati
language-pa = Bunjaabi
language-pl = Boolish
language-ro = Romaaniyaan
language-ur = Urduu
language-bn = Bangaali
language-pt = Boortuqiis
language-ar = Carabi
language-so = Soomaali
language-hi = Hindi
language-ku = Kurdi
language-fa = Faarisi
language-ps = Bashtuu
language-ti = Tigreenya
language-ta = Tamiil
language-fr = Faransiis
language-sw = Sawaaxili

## Hubinta adeegga ka hor inta aan la kaydin

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

## Internet la'aan: xiriirka iyo hagaha lagu kaydiyay taleefankan

net-offline = Internet kuma xirnid. Signpost wuxuu isticmaalayaa hagaha lagu kaydiyay taleefankan.
net-offline-partial = Internet kuma xirnid. Qayb keliya oo hagaha ah ayaa lagu kaydiyay taleefankan ka hor intaan internetku go'in.
net-offline-nothing = Internet kuma xirnid, hagahana weli laguma kaydin taleefankan. Hal mar ku xirmo internetka si loo kaydiyo.
net-saving = Hagaha waxaa lagu kaydinayaa taleefankan, si loogu isticmaalo shabakad la'aan…
net-progress = Hagaha waa la kaydinayaa
net-saved = Waxaa lagu kaydiyay taleefankan si loogu isticmaalo shabakad la'aan
net-updated = la cusboonaysiiyay { $ago }
net-sync-failed = Lama hubin karin isbeddellada hagaha. Signpost mar kale ayuu isku dayi doonaa.
net-save-failed = Biraawsarka taleefankani ma kaydin hagaha, sidaas darteed Signpost wuxuu u baahan yahay internet si uu u shaqeeyo.
net-persist-refused = Biraawsarkani wuu tirtiri karaa hagaha la kaydiyay haddii meesha taleefanku ku yaraato. Mar mar Signpost ku fur adiga oo internet haysta si uu u sii jiro.
# Sadarka keliya ee ku dhegan hoosta shaashadda (fariimaha kore ayaa inta kale ku sheega bogga).
net-line-offline = Internet kuma xirnid: hagaha la kaydiyay
net-line-offline-partial = Internet kuma xirnid: qayb hagaha ah ayaa kaydsan
net-line-offline-nothing = Internet kuma xirnid: hagaha weli lama kaydin
net-line-saving = Hagaha waa la kaydinayaa…
net-line-saved = Waxaa lagu kaydiyay taleefankan
net-line-sync-failed = Lama hubin karin isbeddellada
net-line-save-failed = Hagaha lama kaydin karin
ago-just-now = hadda
ago-minutes =
    { $count ->
        [one] 1 daqiiqo ka hor
       *[other] { $count } daqiiqo ka hor
    }
ago-hours =
    { $count ->
        [one] 1 saac ka hor
       *[other] { $count } saacadood ka hor
    }
ago-days =
    { $count ->
        [one] 1 maalin ka hor
       *[other] { $count } maalmood ka hor
    }
update-available = Nooc cusub oo Signpost ah ayaa diyaar ah.
update-reload = Dib u soo rar

## Akoonnada iyo gudbinnada

error-unauthorised = Fadlan soo gal si aad taas u samayso.
error-forbidden = Akoonkaagu ma samayn karo taas.
error-conflict = Qof kale ayaa beddelay tan intaad ka shaqaynaysay. Waxba lama kaydin: nooca uu sameeyay ayaa la muujinayaa, waxa aad qortayna waa la hayaa si aad mar kale ugu darto.
error-cross-site = Codsigan wuxuu ka yimid websaydh kale, waana la diiday.
footer-inbox = Sanduuqa (gudbinnada la helay)
footer-listings = Diiwaannadaada
footer-sign-in = Soo gal (hay'adaha la-hawlgalayaasha)
login-title = Soo gal
login-intro = Loogu talagalay shaqaalaha iyo mutadawiciinta hay'adaha la-hawlgalayaasha shabakadda. Qof kastaa wuu raadin karaa hagaha isagoon soo gelin.
login-email = Cinwaanka iimaylka
login-password = Erayga sirta ah
login-submit = Soo gal
login-error-invalid = Cinwaanka iimaylkaas iyo erayga sirta ahi kuma beegna akoon. Hubi oo isku day mar kale.
login-error-limited = Isku day badan oo soo gal ah. Sug daqiiqad, kadibna isku day mar kale.
login-error-busy = Seerfarku wuu mashquul yahay. Fadlan isku day mar kale daqiiqad kadib.
login-needs-connection = Soo gelitaanku wuxuu u baahan yahay internet. Weli waad raadin kartaa hagaha.
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

## Muddooyinka haynta, sida ay u sheegaan bayaanka oggolaanshaha iyo ogeysiiska xogta gaarka ah

retention-period = { $unit ->
    [years] { $count ->
        [one] hal sano
       *[other] { $count } sano
    }
    [months] { $count ->
        [one] hal bil
       *[other] { $count } bilood
    }
   *[days] { $count ->
        [one] hal maalin
       *[other] { $count } maalmood
    }
}

## Links to pages whose own messages travel only with them (accounts.ftl, inbox.ftl, referrals.ftl)

inbox-sign-in = Soo gal
outbox-link = Gudbinnada taleefankan
refer-link = Qoys u gudbi adeeggan
back-to-service = Ku noqo adeegga
inbox-back = Ku noqo gudbinnada la helay
invite-member-link = Casuum xubin
members-link = Xubnaha
