# Signpost — Română. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).
# Invitații: un administrator al organizației invită un membru, care își creează contul.

## Inviting a member (/members/invite)

invite-title = Invitați un membru
invite-intro = Creați un link pentru cineva care se alătură organizației dumneavoastră. Persoana îl deschide, își introduce adresa de e-mail și își alege propria parolă.
invite-role-legend = Rolul persoanei
invite-role-worker = Angajat
invite-role-worker-hint = Trimite familii către servicii.
invite-role-org-admin = Administrator al organizației
invite-role-org-admin-hint = De asemenea, invită membri și se ocupă de trimiterile primite de serviciile organizației dumneavoastră.
invite-submit = Creați un link de invitație
invite-created = Linkul de invitație este gata. Copiați-l acum și trimiteți-l noului membru.
invite-link-label = Link de invitație
invite-link-hint =
    { $days ->
        [one] Funcționează o singură dată, timp de 1 zi. Este afișat doar acum: dacă se pierde, creați unul nou.
        [few] Funcționează o singură dată, timp de { $days } zile. Este afișat doar acum: dacă se pierde, creați unul nou.
       *[other] Funcționează o singură dată, timp de { $days } de zile. Este afișat doar acum: dacă se pierde, creați unul nou.
    }
invite-sign-in-needed = Autentificați-vă cu contul de administrator al organizației pentru a invita membri.
invite-forbidden = Doar administratorii organizației dumneavoastră pot invita membri.

## Accepting an invitation (/invite/<token>)

invite-accept-title = Alăturați-vă organizației dumneavoastră în Signpost
invite-accept-intro = Ați primit o invitație să faceți trimiteri împreună cu organizația dumneavoastră. Introduceți adresa de e-mail și alegeți o parolă pentru a vă crea contul.
invite-accept-password = Alegeți o parolă
invite-accept-password-hint = Cel puțin { $min } caractere. Câteva cuvinte pe care le veți ține minte sunt o alegere bună.
invite-accept-submit = Creați-mi contul
invite-accept-needs-connection = Pentru a crea un cont este nevoie de conexiune la internet.

## Members (/members)

members-title = Membrii organizației dumneavoastră
members-intro = Toate persoanele de aici se pot autentifica în Signpost pentru organizația dumneavoastră. Când cineva pleacă, eliminați-i accesul: nu se va mai putea autentifica, iar trimiterile pe care le-a transmis rămân la serviciile care le-au primit.
members-joined = s-a alăturat pe { $date }
members-you = Acesta este contul dumneavoastră.
members-remove-short = Eliminați accesul
members-remove = Eliminați accesul pentru { $email }
members-removed = Acces eliminat.
members-role-coordinator = Coordonator
members-sign-in-needed = Autentificați-vă cu contul de administrator al organizației pentru a-i vedea membrii.
members-forbidden = Doar administratorii organizației dumneavoastră îi pot vedea și gestiona membrii.
members-unsent-intro = Unele persoane cărora le-ați eliminat accesul au lăsat pe un telefon trimiteri care nu au fost transmise niciodată. Acum nu mai pot fi transmise: contactați acele familii sau serviciile pe altă cale.
members-unsent-item = { $count ->
    [one] o trimitere, în așteptare din { $since }
    [few] { $count } trimiteri, în așteptare din { $since }
   *[other] { $count } de trimiteri, în așteptare din { $since }
}

## Changing your password (/account/password)

password-title = Schimbați parola
password-intro = Alegeți o parolă nouă. Aici sesiunea rămâne deschisă; oriunde altundeva unde aveți o sesiune deschisă, veți avea nevoie de parola nouă.
password-current = Parola actuală
password-new = Parola nouă
password-new-hint = Cel puțin { $min } caractere și să nu fie o parolă des folosită. Câteva cuvinte pe care le veți ține minte sunt o alegere bună.
password-confirm = Repetați parola nouă
password-submit = Schimbați-mi parola
password-changed = Parola a fost schimbată.

## Errors of the account pages

account-error-password-short = Alegeți o parolă de cel puțin 12 caractere.
account-error-password-long = Alegeți o parolă de cel mult 128 de caractere.
account-error-password-common = Această parolă este prea ușor de ghicit. Alegeți alta: câteva cuvinte pe care le veți ține minte sunt o alegere bună.
account-error-password-mismatch = Cele două parole noi nu sunt la fel. Scrieți din nou parola nouă.
account-error-password-same = Parola nouă este la fel cu cea veche. Alegeți una diferită.
account-error-current-password = Parola actuală nu este corectă. Verificați-o și încercați din nou.
account-error-email-invalid = Introduceți o adresă de e-mail de forma name@example.org.
account-error-email-taken = Există deja un cont cu această adresă de e-mail.
account-error-remove-self = Nu vă puteți elimina propriul acces. Cereți acest lucru altui administrator al organizației dumneavoastră.
account-error-invitation = Acest link de invitație a expirat sau a fost deja folosit. Cereți unul nou.
account-error-role = Invitațiile pot fi doar pentru angajați sau pentru administratori ai organizației.
