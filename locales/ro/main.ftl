# Signpost — Română. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Site

app-name = Signpost
app-description = Găsiți servicii comunitare locale în Leicester și faceți-le cunoscute familiilor, în limba lor.
skip-to-content = Salt la conținut
language-switcher = Limbă
list-separator = { ", " }
notice-demo = Date demonstrative: aceste înregistrări sunt exemple pentru a încerca Signpost. Numerele de telefon și adresele de e-mail nu ajung la nimeni.
notice-machine-draft = Această traducere a fost realizată automat și nu a fost încă verificată de un vorbitor fluent.
footer-about = Signpost este catalogul rețelei de parteneri comunitari #PowerToChange din Leicester.
loading = Se încarcă…

## Errors

not-found-title = Pagina nu a fost găsită
not-found-body = Nu am găsit pagina respectivă. Este posibil ca serviciul sau organizația să fi fost eliminate.
back-to-search = Înapoi la căutare
error-title = Ceva nu a funcționat
error-not-found = Nu am găsit ce ați căutat.
error-internal = Ceva nu a funcționat din partea noastră. Vă rugăm să încercați din nou peste câteva momente.
error-unreachable = Signpost nu a putut contacta serverul. Verificați conexiunea și încercați din nou.
error-bad-request = Ceva din această cerere nu a fost corect. Vă rugăm să încercați din nou.
error-busy = Serverul este ocupat. Vă rugăm să încercați din nou peste un minut.
error-unavailable = Signpost nu poate accesa baza de date în acest moment. Vă rugăm să încercați din nou peste un minut.

## Search

search-title = Găsiți un serviciu
search-label = La ce este nevoie de ajutor?
search-placeholder = De exemplu: bancă de alimente, consiliere pentru locuință, laptop
search-button = Căutați
filters-legend = Filtre
filters-clear = Ștergeți căutarea și filtrele
filter-need = Nevoie
filter-any-need = Orice nevoie
filter-area = Zonă
filter-any-area = Oriunde în Leicester
filter-language = Limba vorbită
filter-any-language = Orice limbă
filter-age = Vârsta persoanei
filter-free = Gratuit
filter-open-now = Deschis acum
filter-referrals = Primește trimiteri
results-count =
    { $count ->
        [0] Niciun serviciu găsit
        [one] Un serviciu
        [few] { $count } servicii
       *[other] { $count } de servicii
    }
results-empty = Niciun rezultat. Încercați alte cuvinte sau eliminați câteva filtre.
pager-label = Mai multe rezultate
pager-previous = Anterioara
pager-next = Următoarea
pager-position = Pagina { $page } din { $pages }
card-facts-label = Informații principale
card-languages = Limbi vorbite: { $languages }
badge-free = Gratuit
badge-referrals = Primește trimiteri

## Service page

service-by = Administrat de
service-about = Despre acest serviciu
service-needs = Ajută la
service-who = Pentru cine este
service-free = Gratuit.
service-not-free = Poate exista un cost.
service-how = Cum se obține ajutor
service-hours = Program
service-languages = Limbi vorbite de personal
service-contact = Contact
service-where = Unde
service-areas = Acoperă: { $areas }
service-last-reviewed = Verificat ultima dată de organizație: { $date }
service-may-be-out-of-date = Organizația nu a verificat aceste informații de mai bine de un an: ar putea fi depășite. Sunați înainte de a trimite pe cineva acolo.
service-report-link = Semnalați o problemă cu această înregistrare
access-drop-in = Puteți veni fără programare, în timpul programului
access-self-referral = Contactați-i direct
access-professional-referral = Trimiterea poate fi făcută de un profesionist, o școală sau un medic de familie
access-phone = Ajutor prin telefon
access-appointment = Cu programare
access-signpost-referral = Primește trimiteri prin Signpost
access-contact = Contactați-i pentru a afla cum se obține ajutor
hours-caption = Program, ora din Leicester
hours-none = Nu există program fix: contactați-i pentru a stabili o oră.
hours-closed = Închis
hours-period = { $opens }–{ $closes }
hours-period-overnight = { $opens }–{ $closes } (a doua zi)
hours-closure = Închis de la { $from } până la { $to }
hours-special-day = Program diferit pe { $date }: { $times }
hours-special = Program diferit de la { $from } până la { $to }: { $times }
contact-call = Sunați la { $number }
contact-text = Trimiteți SMS la { $number }
contact-email = Scrieți la { $email }
contact-website = Site web
location-map = Deschideți pe hartă

## Organisation page

organisation-services =
    { $count ->
        [0] Niciun serviciu înregistrat
        [one] Un serviciu
        [few] { $count } servicii
       *[other] { $count } de servicii
    }

## Opening status

status-temporarily-closed = Închis temporar
status-open-closes = Deschis acum · se închide { $when }
status-closed-opens = Închis · se deschide { $when }
status-closed = Închis
status-no-hours = Contactați-i pentru program
when-today = la { $time }
when-tomorrow = mâine la { $time }
when-weekday = { $day } la { $time }
when-date = pe { $date } la { $time }

## Ages

ages-range = Vârsta: { $min }–{ $max }
ages-min = Vârsta: de la { $min } în sus
ages-max = Vârsta: până la { $max }
ages-all = Toate vârstele

## Dates

day-1 = luni
day-2 = marți
day-3 = miercuri
day-4 = joi
day-5 = vineri
day-6 = sâmbătă
day-7 = duminică
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
date-format = { $day } { $month } { $year }

## Needs. The -terms messages are extra search words, separated by commas.

need-food = Alimente
need-food-terms = bancă de alimente, mâncare, mese, foame, cumpărături, prânz
need-housing = Locuință și persoane fără adăpost
need-housing-terms = fără adăpost, adăpost, chirie, închiriere, evacuare, dormit pe stradă
need-money = Bani, datorii și ajutoare sociale
need-money-terms = datorii, ajutoare sociale, ajutoare de la stat, alocații, beneficii, Universal Credit, facturi, buget
need-immigration = Imigrație, azil și refugiați
need-immigration-terms = azil, refugiat, Home Office, viză, nou-veniți
need-health = Sănătate și bunăstare psihică
need-health-terms = sănătate mintală, bunăstare, anxietate, siclemie, îngrijitori
need-families = Copii și familii
need-families-terms = copii, părinți, familie, îngrijirea copiilor
need-youth = Activități pentru tineri
need-youth-terms = tineri, adolescenți, club de tineret, joacă
need-education = Educație, formare și locuri de muncă
need-education-terms = locuri de muncă, muncă, formare, cursuri, engleză, ESOL, școală
need-send = Cerințe educaționale speciale și dizabilități (SEND)
need-send-terms = SEND, dizabilitate, EHCP, nevoi speciale, stagiu
need-care-experienced = Au crescut în grija statului
need-care-experienced-terms = grija statului, sistemul de protecție, plasament, centru de plasament, asistent maternal, orfelinat, tineri care părăsesc sistemul, care leaver, foster
need-prisoners-families = Familiile deținuților
need-prisoners-families-terms = închisoare, deținut, vizite, condamnare
need-digital = Calculatoare și internet
need-digital-terms = incluziune digitală, laptop, calculator, computer, internet, online, telefon, wifi
need-community = Comunitate, cultură și credință
need-community-terms = centru comunitar, cultură, credință, voluntariat, socializare
need-safety = Criminalitate și siguranță
need-safety-terms = criminalitate, atacuri cu cuțitul, exploatare, siguranță, violență

## Languages (ISO 639 codes)

language-en = engleză
language-gu = gujarati
language-pa = punjabi
language-pl = poloneză
language-ro = română
language-ur = urdu
language-bn = bengaleză
language-pt = portugheză
language-ar = arabă
language-so = somaleză
language-hi = hindi
language-ku = kurdă
language-fa = persană
language-ps = paștună
language-ti = tigrina
language-ta = tamilă
language-fr = franceză
language-sw = swahili

## Offline: the connection and the directory saved on this phone

net-offline = Sunteți offline. Signpost folosește catalogul salvat pe acest telefon.
net-offline-partial = Sunteți offline. Doar o parte din catalog a fost salvată pe acest telefon înainte de pierderea conexiunii.
net-offline-nothing = Sunteți offline, iar catalogul nu a fost încă salvat pe acest telefon. Conectați-vă o dată la internet pentru a-l salva.
net-saving = Se salvează catalogul pe acest telefon, pentru folosire fără semnal…
net-progress = Se salvează catalogul
net-saved = Salvat pe acest telefon pentru folosire fără semnal
net-updated = actualizat { $ago }
net-sync-failed = Nu s-au putut verifica modificările din catalog. Signpost va încerca din nou.
net-save-failed = Browserul acestui telefon nu a salvat catalogul, așa că Signpost are nevoie de conexiune pentru a funcționa.
net-persist-refused = Acest browser poate șterge catalogul salvat dacă telefonul rămâne fără spațiu. Deschideți Signpost din când în când cu conexiune la internet pentru a-l păstra.
# Singurul rând fixat în partea de jos a ecranului (mesajele de mai sus spun restul, în pagină).
net-line-offline = Offline: folosiți catalogul salvat
net-line-offline-partial = Offline: catalog salvat parțial
net-line-offline-nothing = Offline: niciun catalog salvat încă
net-line-saving = Se salvează catalogul…
net-line-saved = Salvat pe acest telefon
net-line-sync-failed = Nu s-au putut verifica modificările
net-line-save-failed = Catalogul nu a putut fi salvat
ago-just-now = chiar acum
ago-minutes =
    { $count ->
        [one] acum 1 minut
        [few] acum { $count } minute
       *[other] acum { $count } de minute
    }
ago-hours =
    { $count ->
        [one] acum 1 oră
        [few] acum { $count } ore
       *[other] acum { $count } de ore
    }
ago-days =
    { $count ->
        [one] acum 1 zi
        [few] acum { $count } zile
       *[other] acum { $count } de zile
    }
update-available = O versiune nouă de Signpost este disponibilă.
update-reload = Reîncărcați

## Accounts and referrals

error-unauthorised = Vă rugăm să vă autentificați pentru a face acest lucru.
error-forbidden = Contul dumneavoastră nu poate face acest lucru.
error-conflict = Altcineva a modificat aceste informații în timp ce lucrați la ele. Nu s-a salvat nimic: este afișată versiunea acelei persoane, iar ce ați scris este păstrat, ca să îl puteți adăuga din nou.
error-cross-site = Această cerere a venit de pe alt site și a fost refuzată.
footer-inbox = Căsuța (trimiteri primite)
footer-listings = Înregistrările dumneavoastră
footer-sign-in = Autentificare (organizații partenere)
login-title = Autentificare
login-intro = Pentru personalul și voluntarii organizațiilor partenere ale rețelei. Oricine poate căuta în catalog fără autentificare.
login-email = Adresă de e-mail
login-password = Parolă
login-submit = Autentificare
login-error-invalid = Adresa de e-mail și parola nu corespund niciunui cont. Verificați-le și încercați din nou.
login-error-limited = Prea multe încercări de autentificare. Așteptați un minut, apoi încercați din nou.
login-error-busy = Serverul este ocupat. Vă rugăm să încercați din nou peste un minut.
login-needs-connection = Autentificarea necesită conexiune la internet. Puteți căuta în continuare în catalog.

## Retention periods, as the consent statement and privacy notice say them

# Used after "timp de" ("for").
retention-period = { $unit ->
    [years] { $count ->
        [one] un an
        [few] { $count } ani
       *[other] { $count } de ani
    }
    [months] { $count ->
        [one] o lună
        [few] { $count } luni
       *[other] { $count } de luni
    }
   *[days] { $count ->
        [one] o zi
        [few] { $count } zile
       *[other] { $count } de zile
    }
}

## Links to pages whose own messages travel only with them (accounts.ftl, inbox.ftl, referrals.ftl)

inbox-sign-in = Autentificare
outbox-link = Trimiteri pe acest telefon
refer-link = Trimiteți o familie către acest serviciu
back-to-service = Înapoi la serviciu
inbox-back = Înapoi la trimiterile primite
invite-member-link = Invitați un membru
members-link = Membri
