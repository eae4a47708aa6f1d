# Signpost — Română. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

# Listings kept by the network: the fields of a listing, as a change's before/after shows them.
listing-field-name = Nume
listing-field-description = Descriere
listing-field-status = Deschis sau închis
listing-field-eligibility = Pentru cine este
listing-field-ages = Vârste
listing-field-cost = Cost
listing-field-access = Cum se obține ajutor
listing-field-referrals = Primește trimiteri prin Signpost
listing-field-needs = Nevoi la care ajută
listing-field-languages = Limbi vorbite de personal
listing-field-areas = Zone deservite
listing-field-locations = Locuri
listing-field-phones = Numere de telefon
listing-field-email = E-mail
listing-field-website = Site web
listing-field-hours = Program
listing-field-closures = Zile în care este închis
listing-field-special-hours = Program diferit în anumite zile
listing-field-checked = Verificat ultima dată de organizație
listing-error-reason = Scrieți de ce este returnată modificarea (cel mult 1.000 de caractere).
listing-yes = Da
listing-no = Nu
listing-none = (nimic)
listing-date-range = de la { $from } până la { $to }

# An organisation's listings (/listings).
listings-title = Înregistrările organizației dumneavoastră
listings-sign-in-needed = Autentificați-vă pentru a ține la zi înregistrările organizației dumneavoastră.
listings-forbidden = Doar administratorii unei organizații și coordonatorii rețelei pot modifica înregistrările.
coordinator-only = Doar coordonatorii rețelei pot vedea această pagină.
listings-saved-pending = Salvat. Un coordonator va verifica modificarea înainte ca toată lumea să o vadă.
listings-saved-published = Salvat. Toată lumea vede acum modificarea, iar telefoanele o primesc la următoarea conectare.
listings-confirmed = Vă mulțumim: înregistrarea este marcată ca verificată astăzi.
listings-edit-organisation = Modificați datele organizației dumneavoastră
listings-services = Servicii
listings-none = Organizația dumneavoastră nu are încă niciun serviciu înregistrat.
listings-add = Adăugați un serviciu
listings-changes = Modificări recente
listings-no-changes = Nicio modificare încă.
listings-waiting = Modificare în așteptarea unui coordonator
listings-archived = Scos din catalog
listings-checked = Verificat pe { $date }
listings-due = Verificat ultima dată pe { $date }. Vă rugăm să verificați dacă informațiile sunt încă corecte.
listings-stale = Verificat ultima dată pe { $date }, acum mai bine de un an: catalogul avertizează că informațiile ar putea fi depășite.
listings-never-checked = Neverificat niciodată. Vă rugăm să verificați dacă informațiile sunt încă corecte.
listings-confirm = Încă sunt corecte
listings-confirm-named = Informațiile despre { $name } sunt încă corecte
listings-edit = Modificați
listings-history = Versiuni anterioare
listings-trust-heading = Organizație de încredere
listings-trusted = De încredere: modificările sunt publicate imediat
listings-not-trusted = Nu este de încredere: un coordonator verifică mai întâi fiecare modificare
listings-trust = Marcați organizația ca fiind de încredere
listings-untrust = Retrageți încrederea acordată organizației

change-kind-new = Serviciu nou
change-kind-changed = Modificat
change-kind-archived = Scos din catalog
change-state-pending = în așteptarea unui coordonator
change-state-published = publicată
change-state-returned = returnată
change-state-replaced = înlocuită de o modificare ulterioară
change-summary = { $kind }, { $state }, { $date }
change-reason = De ce a fost returnată:

# The service form (/listings/edit).
edit-title = Modificați { $name }
edit-title-new = Adăugați un serviciu
edit-intro = Modificați ce este greșit sau lipsește, apoi salvați. Un coordonator verifică modificările înainte ca toată lumea să le vadă.
edit-intro-new = Completați ce știți, apoi salvați. Un coordonator verifică serviciile noi înainte ca toată lumea să le vadă.
edit-back = Înapoi la înregistrări
edit-returned = Un coordonator v-a returnat ultima modificare:
edit-waiting = O modificare a acestei înregistrări așteaptă un coordonator. Modificați acea versiune.
edit-conflict-theirs = Cum diferă versiunea mai nouă de ce ați scris:
edit-draft-found = Acest telefon a păstrat modificări scrise mai devreme și nesalvate.
edit-draft-use = Restaurați-le
edit-draft-discard = Renunțați la ele
edit-problems = Vă rugăm să corectați următoarele și să salvați din nou:
edit-save = Salvați
edit-archive-heading = Scoateți acest serviciu din catalog
edit-archive-intro = Pentru un serviciu care s-a oprit. Este păstrat, iar un coordonator îl poate readuce.
edit-archive = Scoateți-l din catalog
edit-about = Despre serviciu
edit-status-active = Deschis
edit-status-temporarily-closed = Închis temporar
edit-status-inactive = Nu mai funcționează
edit-who = Pentru cine este
edit-min-age = Vârsta minimă (lăsați gol pentru orice vârstă)
edit-max-age = Vârsta maximă (lăsați gol pentru orice vârstă)
edit-free = Gratuit
edit-fees = Dacă nu este gratuit, cât costă
edit-hours-hint = Lăsați un rând gol dacă nu aveți nevoie de el.
edit-period-label = Interval de program { $number }
edit-day = Ziua
edit-opens = Se deschide
edit-closes = Se închide
edit-overnight = Trece de miezul nopții
edit-add-period = Adăugați încă un interval de program
edit-closures-hint = Sărbători legale și alte zile în care este închis. Lăsați „până la” gol pentru o singură zi.
edit-closure-label = Zile în care este închis { $number }
edit-closed-from = Închis de la
edit-closed-to = până la
edit-closed-note = Motivul (opțional)
edit-add-closure = Adăugați alte zile în care este închis
edit-special-hint = Program mai scurt sau suplimentar în anumite zile, de exemplu în Ajunul Crăciunului: în acele zile înlocuiește programul obișnuit. Lăsați „până la” gol pentru o singură zi.
edit-special-label = Program diferit { $number }
edit-special-from = De la
edit-add-special = Adăugați alte zile cu program diferit
edit-location-label = Locul { $number }
edit-place-name = Numele locului (opțional)
edit-address = Strada și numărul
edit-city = Localitatea
edit-postcode = Cod poștal
edit-neighbourhood = Zona (de ex. Highfields)
edit-latitude = Latitudine (opțional)
edit-longitude = Longitudine (opțional)
edit-add-location = Adăugați încă un loc
edit-areas-hint = O zonă pe fiecare rând.
edit-contact = Contact
edit-phone-label = Telefon { $number }
edit-phone-number = Număr de telefon
edit-phone-description = Pentru ce este numărul (opțional)
edit-add-phone = Adăugați încă un număr de telefon
edit-languages-hint = Codurile limbilor, separate prin virgulă: so pentru somaleză, gu pentru gujarati, pl pentru poloneză.

# A service's earlier versions (/listings/history).
history-title = Versiunile anterioare pentru { $name }
history-version = Versiunea { $version }, { $date }, de { $who }
history-approved-by = Aprobată de { $who }
history-by-operator = echipa care administrează Signpost
history-changed = Modificat: { $fields }
history-restore = Readuceți versiunea { $version }
history-restored = Acea versiune este din nou în catalog.

# The coordinator's queue (/listings/changes).
queue-title = Modificări de verificat
queue-empty = Nicio modificare în așteptare.
queue-asked = { $kind } · cerută de { $who } pe { $date }
queue-field = Ce
queue-before = Înainte
queue-after = După
queue-approve = Aprobați și publicați
queue-reason = De ce o returnați (organizația va vedea acest text)
queue-send-back = Returnați
queue-approved = Publicată. Telefoanele o primesc la următoarea conectare.
queue-sent-back = Returnată organizației.

# The coordinator's organisations (/listings/organisations).
organisations-title = Organizații
oruk-link = Open Referral UK: descărcați catalogul sau aduceți servicii
organisations-facts = { $services ->
        [one] 1 serviciu
        [few] { $services } servicii
       *[other] { $services } de servicii
    } · { $members ->
        [one] 1 membru
        [few] { $members } membri
       *[other] { $members } de membri
    } · { $pending } în așteptare · { $due } de verificat
organisations-last-change = Ultima modificare publicată pe { $date }
organisations-oldest-check = Cea mai veche verificare: { $date }
organisations-add = Adăugați o organizație
organisations-add-button = Adăugați organizația
organisations-created = Organizația este în catalog. Trimiteți acest link persoanei care se va ocupa de înregistrările ei: funcționează o singură dată, timp de 7 zile.
organisations-link = Link de invitație pentru primul ei administrator
organisation-edit-title = Datele organizației dumneavoastră

# Reporting a problem with a listing (/services/:id/report), and the reports.
report-title = Semnalați o problemă la { $service }
report-intro = Spuneți organizației și coordonatorilor rețelei ce este greșit. Nu scrieți numele sau datele de contact ale nimănui.
report-kind = Ce este greșit?
report-kind-out-of-date = Informații depășite
report-kind-closed = S-a închis
report-kind-contact = Telefon, e-mail sau adresă greșită
report-kind-other = Altceva
report-text = Mai multe detalii (necesare pentru „Altceva”)
report-submit = Transmiteți semnalarea
report-sent = Vă mulțumim. Semnalarea a fost transmisă.
report-kept = Vă mulțumim. Acum nu există conexiune: semnalarea este păstrată pe acest telefon și va fi transmisă când va exista conexiune.
report-not-kept = Acest telefon nu a putut păstra semnalarea. Vă rugăm să încercați din nou.
report-error-kind = Alegeți ce este greșit.
report-error-text = Spuneți ce este greșit în cel mult 500 de caractere.
reports-title = Semnalări de la persoanele care folosesc catalogul
reports-none = Nicio semnalare.
reports-about = { $kind }, { $date }
reports-done = Rezolvat
reports-done-button = Marcați ca rezolvat

listings-caseworkers = Cine se ocupă de trimiterile acestui serviciu
listings-caseworkers-intro = Administratorii organizației dumneavoastră se ocupă întotdeauna. Alegeți membrii care ar trebui să se ocupe și ei: vor vedea trimiterile acestui serviciu în căsuța lor și vor putea acționa asupra lor.
listings-caseworkers-save = Salvați cine se ocupă de trimiteri
listings-caseworkers-saved = Salvat: aceștia văd trimiterile serviciului în căsuța lor.
listing-error-member = Pot fi aleși doar angajați ai organizației dumneavoastră.
organisation-areas = Zonele în care activează

## Checks on a service before it is saved (the listings pages show them)

service-invalid-name = Numele trebuie să aibă între 1 și 200 de caractere.
service-invalid-text = Descrierea și câmpul „Pentru cine este” pot avea fiecare cel mult 5.000 de caractere.
service-invalid-ages = Vârstele trebuie să fie între 0 și 120, iar vârsta minimă nu poate fi mai mare decât cea maximă.
service-invalid-needs = Alegeți cel puțin o nevoie la care ajută serviciul.
service-invalid-language = Limbile trebuie să fie coduri ISO 639, cum ar fi so pentru somaleză sau gu pentru gujarati.
service-invalid-hours = Programul trebuie să aibă o zi de luni până duminică și ore între 00:00 și 23:59.
service-invalid-closure = O perioadă de închidere trebuie să se încheie în ziua în care începe sau după aceea, iar nota ei să aibă cel mult 200 de caractere.
service-invalid-special-hours = Un program diferit are nevoie de o dată de început, o dată de sfârșit (dacă există) în aceeași zi sau după, o oră de deschidere și o oră de închidere ulterioară, și o notă de cel mult 200 de caractere.
service-invalid-email = Adresa de e-mail nu este validă.
service-invalid-website = Site-ul web trebuie să fie o adresă completă care începe cu https://.
service-invalid-phone = Un număr de telefon trebuie să aibă cel puțin 3 cifre și cel mult 40 de caractere, iar descrierea lui cel mult 200 de caractere.
service-invalid-organisation = Organizația respectivă nu este în catalog.
service-invalid-location = Fiecare loc are nevoie de o adresă și de o localitate (cel mult 200 de caractere fiecare); coordonatele de pe hartă, dacă sunt date, trebuie să fie numere.
service-invalid-postcode = Codul poștal trebuie să fie un cod poștal din Regatul Unit, cum ar fi LE2 0AB.
service-invalid-fees = Costul trebuie descris în cel mult 200 de caractere.
service-invalid-areas = Fiecare zonă trebuie să aibă între 1 și 200 de caractere, iar zonele pot fi cel mult 50.
service-invalid-period-order = Un interval de program trebuie să se încheie după ce începe. Dacă trece de miezul nopții, bifați „Trece de miezul nopții”.
service-invalid-status = Alegeți dacă serviciul este deschis, închis temporar sau nu mai funcționează.
