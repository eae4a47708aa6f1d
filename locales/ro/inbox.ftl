# Signpost — Română. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).
# Căsuța unei organizații care primește trimiteri.

## The inbox

inbox-title = Trimiteri primite
inbox-new-count =
    { $count ->
        [0] Nicio trimitere nouă
        [one] O trimitere nouă
        [few] { $count } trimiteri noi
       *[other] { $count } de trimiteri noi
    }
inbox-empty = Serviciile organizației dumneavoastră nu au primit încă nicio trimitere.
inbox-purge-soon-count =
    { $count ->
        [one] Datele personale dintr-o trimitere vor fi șterse în decurs de o lună, deoarece nimeni nu a lucrat la ea. Actualizați-o sau adăugați o notă pentru a o păstra.
        [few] Datele personale din { $count } trimiteri vor fi șterse în decurs de o lună, deoarece nimeni nu a lucrat la ele. Actualizați-le sau adăugați o notă pentru a le păstra.
       *[other] Datele personale din { $count } de trimiteri vor fi șterse în decurs de o lună, deoarece nimeni nu a lucrat la ele. Actualizați-le sau adăugați o notă pentru a le păstra.
    }
inbox-purge-on = Datele personale vor fi șterse pe { $date }, dacă nimeni nu lucrează la această trimitere.
inbox-pages = Pagini de trimiteri
inbox-page-of = Pagina { $page } din { $pages }
inbox-page-newer = Trimiteri mai noi
inbox-page-older = Trimiteri mai vechi
inbox-sign-in-needed = Autentificați-vă pentru a vedea trimiterile primite de organizația dumneavoastră.
inbox-forbidden = Doar administratorii organizației dumneavoastră și membrii pe care aceștia îi aleg pentru un serviciu pot vedea trimiterile primite de serviciul respectiv.
inbox-details-removed = Date eliminate
inbox-safeguarding = Îngrijorare privind siguranța
inbox-status = Stare
inbox-urgency = Urgență
inbox-needs = Nevoi
inbox-needs-described = Vedeți sprijinul necesar
inbox-received = Primită
inbox-changed = Ultima actualizare
inbox-date-time = { $date }, { $time }

## One referral

inbox-referral-title = Trimitere
inbox-for-service = Pentru:
inbox-decline-reason-given = Motivul refuzului
inbox-outcome = Rezultat
inbox-section-need = Ce este necesar
inbox-support = Sprijin necesar
inbox-support-none = Nu s-a dat nicio descriere.
inbox-safeguarding-label = Îngrijorare privind siguranța
inbox-yes = Da
inbox-no = Nu
inbox-section-contact = Contact
inbox-contact-method = Cum se ia legătura
inbox-contact-detail = Date de contact
inbox-language = Limba preferată
inbox-interpreter = Este nevoie de interpret
inbox-referred-by = Trimisă de
inbox-referrer-contact = Contactul persoanei care a făcut trimiterea
inbox-section-consent = Consimțământ
inbox-consent-given = Persoana a fost de acord cu trimiterea și cu transmiterea acestor date către acest serviciu.
inbox-consent-statement = Ce i s-a spus persoanei
inbox-consent-language = Limba în care a fost citită declarația
inbox-consent-time = Acord dat pe

## What can be done to a referral

inbox-actions = Ce urmează
inbox-no-actions = Această trimitere este închisă. Nu se mai poate face nimic cu ea.
inbox-mark-seen = Marcați ca văzută
inbox-accept = Acceptați
inbox-decline-legend = Refuzați trimiterea
inbox-decline-reason = Motivul refuzului
inbox-decline-hint = Persoana care a făcut trimiterea va vedea acest motiv. Nu includeți date personale.
inbox-decline = Refuzați
inbox-close-legend = Închideți trimiterea
inbox-outcome-choose = Alegeți un rezultat
inbox-close = Închideți
inbox-error-outcome = Alegeți un rezultat pentru a închide trimiterea.
inbox-saved = Salvat.

## Notes (seen by the receiving organisation only)

inbox-notes = Note
inbox-notes-none = Nicio notă încă.
inbox-note-add = Adăugați o notă
inbox-note-label = Notă
inbox-note-hint = Doar persoanele care se ocupă de trimiterile acestui serviciu văd notele. Cel mult 2.000 de caractere.
inbox-note-submit = Adăugați nota
inbox-note-by = { $author }, { $time }
