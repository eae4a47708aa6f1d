# Signpost — Română. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Referring a family (the phone's side)

refer-title = Trimitere către { $service }
refer-not-accepting = Acest serviciu nu primește trimiteri prin Signpost. Contactați direct serviciul.
refer-needs-javascript = Trimiterile sunt păstrate pe acest telefon până când pot fi transmise, iar pentru asta este nevoie de JavaScript. Activați JavaScript sau contactați direct serviciul.
refer-step-consent = 1. Cereți consimțământul
refer-consent-language = Limba în care citiți declarația
referral-consent-statement = Am dori să transmitem datele dumneavoastră către { $service }, pentru ca serviciul să vă poată contacta în legătură cu ajutorul de care aveți nevoie. Vom comunica numele dumneavoastră, cum poate fi luată legătura cu dumneavoastră, limba pe care o preferați și ajutorul de care aveți nevoie. Doar serviciul și persoana care vă ajută astăzi le vor vedea. Datele dumneavoastră sunt șterse atunci când nimeni nu a lucrat la trimitere timp de { $period }. Puteți refuza, iar acest lucru nu va schimba ajutorul pe care vi-l oferim astăzi. Vă puteți răzgândi mai târziu, contactând serviciul.
refer-consent-given = Persoana a ascultat această declarație și este de acord
refer-consent-missing = Fără acordul persoanei, nu se salvează și nu se transmite nimic.
refer-consent-machine-draft = Niciun vorbitor fluent nu a verificat încă această traducere: este o ciornă realizată automat. Dacă există riscul ca persoana să nu o înțeleagă pe deplin, apelați la un interpret.
refer-consent-in-english = Declarația în engleză s-a schimbat după realizarea acestei traduceri, așa că este afișată în engleză până când va fi tradusă din nou. Apelați la un interpret.
refer-privacy-title = Notă de confidențialitate
refer-privacy-body = Signpost păstrează această trimitere pe acest telefon, protejată cu un cod, doar până când ajunge la serviciu. După aceea, telefonul păstrează doar o notă că a fost trimisă, fără date personale. Doar aceste persoane pot vedea datele: managerii serviciului, angajații pe care îi aleg ei să se ocupe de trimiterile serviciului și dumneavoastră. Nimeni altcineva din organizația dumneavoastră nu le poate vedea. Coordonatorul rețelei vede doar cifre, niciodată nume. Datele sunt șterse atunci când nimeni nu a lucrat la trimitere timp de { $period }, indiferent ce s-a întâmplat cu ea.
refer-step-details = 2. Trimiterea
refer-name = Numele persoanei
refer-contact-method = Cum dorește persoana să fie contactată
refer-contact-detail-phone = Număr de telefon
refer-contact-detail-sms = Număr de mobil
refer-contact-detail-email = Adresă de e-mail
refer-contact-detail-letter = Adresă poștală
refer-language = Limba preferată
refer-choose = Alegeți…
refer-language-other = Altă limbă
refer-language-other-name = Numele limbii
refer-interpreter = Are nevoie de interpret
refer-needs = La ce are nevoie de ajutor
refer-support = Sprijinul necesar, în cuvintele dumneavoastră
refer-urgency = Cât de urgent este
refer-safeguarding = Există o îngrijorare privind siguranța
refer-safeguarding-hint = Aceasta doar informează serviciul. Urmați acum și procedura organizației dumneavoastră pentru protecția persoanelor vulnerabile.
refer-referrer-contact = Numărul dumneavoastră de telefon sau adresa de e-mail
refer-submit = Salvați trimiterea
refer-storage-failed = Acest telefon nu a putut păstra trimiterea, așa că nu s-a salvat nimic. Contactați direct serviciul.
refer-sign-in = Autentificați-vă pentru a trimite o familie către un serviciu. Trimiterile sunt păstrate pe acest telefon ca fiind ale dumneavoastră, așa că autentificați-vă cât timp aveți conexiune; după aceea puteți face trimiteri și fără semnal.

## The referrals on this phone

outbox-title = Trimiteri pe acest telefon
outbox-empty = Nu există trimiteri pe acest telefon.
outbox-offline = Fără conexiune: trimiterile în așteptare sunt transmise când telefonul revine online.
outbox-sign-in = Autentificați-vă pentru a transmite trimiterile în așteptare. Până atunci rămân pe acest telefon.
outbox-sign-in-link = Autentificare
outbox-unavailable = Acest browser nu poate păstra trimiteri pe telefon. Contactați direct serviciile.
outbox-send-now = Transmiteți acum
outbox-sending = Se transmite…
outbox-state-queued = În așteptarea transmiterii
outbox-state-sending = Se transmite
outbox-state-delivered = Livrată serviciului
outbox-state-conflict = Netransmisă: serverul are deja o altă trimitere cu acest număr. Verificați cu serviciul, apoi eliminați-o pe aceasta.
outbox-state-refused = Netransmisă: trebuie corectată.
outbox-error-too-large = Această trimitere este prea mare pentru a fi transmisă. Contactați direct serviciul, apoi eliminați-o de pe acest telefon.
outbox-others-waiting = { $count ->
    [one] O trimitere făcută de alt angajat așteaptă pe acest telefon. Doar persoana respectivă o poate vedea sau transmite, când se autentifică din nou.
    [few] { $count } trimiteri făcute de alți angajați așteaptă pe acest telefon. Doar aceștia le pot vedea sau transmite, când se autentifică din nou.
   *[other] { $count } de trimiteri făcute de alți angajați așteaptă pe acest telefon. Doar aceștia le pot vedea sau transmite, când se autentifică din nou.
}
outbox-password-link = Schimbați parola
outbox-state-not-accepting = Netransmisă: acest serviciu nu mai primește trimiteri prin Signpost. Contactați serviciul sau faceți o trimitere către alt serviciu; apoi eliminați-o pe aceasta.
outbox-answer = Răspunsul serviciului: { $status }
outbox-remove = Eliminați de pe acest telefon
outbox-sign-out = Deconectare
outbox-sign-out-warning = { $count ->
    [one] O trimitere nu a fost încă transmisă. Deconectarea o șterge de pe acest telefon. Vă deconectați totuși?
    [few] { $count } trimiteri nu au fost încă transmise. Deconectarea le șterge de pe acest telefon. Vă deconectați totuși?
   *[other] { $count } de trimiteri nu au fost încă transmise. Deconectarea le șterge de pe acest telefon. Vă deconectați totuși?
}

## A referral's status, outcome, urgency and contact method (the outbox, the form and the inbox)

referral-status-new = Nouă
referral-status-seen = Văzută
referral-status-accepted = Acceptată
referral-status-declined = Refuzată
referral-status-closed = Închisă
referral-outcome-supported = Sprijin oferit
referral-outcome-could-not-contact = Nu s-a putut lua legătura
referral-outcome-no-longer-needed = Nu mai este necesară
referral-outcome-referred-elsewhere = Trimisă în altă parte
referral-urgency-routine = Nu este urgentă
referral-urgency-soon = În curând
referral-urgency-urgent = Urgentă
referral-contact-phone = Apel telefonic
referral-contact-sms = SMS
referral-contact-email = E-mail
referral-contact-letter = Scrisoare
referral-contact-through-referrer = Prin persoana care a făcut trimiterea

## Errors of a referral (the form, the outbox and the inbox show them)

referral-error-name-required = Introduceți numele persoanei.
referral-error-name-too-long = Numele poate avea cel mult 100 de caractere.
referral-error-phone-invalid = Introduceți un număr de telefon, de exemplu 0116 496 0123.
referral-error-mobile-invalid = Introduceți un număr de mobil pentru SMS-uri, de exemplu 07700 900123.
referral-error-email-invalid = Introduceți o adresă de e-mail de forma name@example.org.
referral-error-address-invalid = Introduceți o adresă poștală (între 8 și 300 de caractere).
referral-error-language-invalid = Alegeți limba preferată a persoanei.
referral-error-language-name = Scrieți numele limbii, cu litere.
referral-error-support-required = Alegeți cel puțin o nevoie sau descrieți sprijinul necesar.
referral-error-support-too-long = Descrierea poate avea cel mult 2.000 de caractere.
referral-error-referrer-contact-invalid = Introduceți numărul dumneavoastră de telefon sau adresa de e-mail, ca serviciul să vă poată contacta.
referral-error-consent-required = Persoana trebuie să își dea acordul înainte ca trimiterea să poată fi salvată sau transmisă.
referral-error-consent-invalid = Înregistrarea consimțământului nu este validă. Citiți din nou declarația de consimțământ împreună cu persoana.
referral-error-consent-unknown = Serverul nu cunoaște declarația de consimțământ de pe acest telefon. Actualizați Signpost, apoi citiți din nou declarația împreună cu persoana.
referral-error-reason-required = Indicați motivul refuzului.
referral-error-reason-too-long = Motivul poate avea cel mult 500 de caractere.
referral-error-status-change = Această modificare nu este posibilă acum. Reîncărcați pagina pentru a vedea starea actuală a trimiterii.
referral-error-purged = Datele personale ale acestei trimiteri au fost eliminate conform politicii de păstrare a datelor.
referral-error-note = O notă trebuie să aibă între 1 și 2.000 de caractere.
referral-error-batch = Trimiterile transmise nu au putut fi citite. Nu s-a salvat nimic; sunt încă pe telefon.
