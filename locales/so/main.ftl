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
