# Signpost — Română. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Import Open Referral UK: de ce a fost lăsată deoparte o înregistrare (câmpul este numit alături).
oruk-refused-id = Identificatorul nu este un UUID.
oruk-refused-organization = Organizația sa lipsește din sursă sau a fost lăsată deoparte.
oruk-refused-status = Starea trebuie să fie active, inactive, defunct sau temporarily closed.
oruk-refused-schedule = Se pot aduce doar programe săptămânale cu zile, oră de deschidere și de închidere.
oruk-refused-needs = Niciunul dintre termenii săi de clasificare nu este o nevoie cunoscută de acest catalog.
oruk-refused-date = Data trebuie scrisă ca an-lună-zi, de exemplu 2026-11-03.
oruk-refused-record = Această înregistrare nu a putut fi citită.
oruk-refused-duplicate = Acest identificator apare de două ori în sursă.

## Pagina Open Referral UK a coordonatorului (/listings/oruk).
oruk-title = Open Referral UK
oruk-intro = Open Referral UK este standardul pe care consiliile și alte cataloage îl folosesc pentru a împărți servicii. Descărcați acest catalog în el sau aduceți servicii din alt catalog.
oruk-import-heading = Aduceți servicii din alt catalog
oruk-import-file = Fișier Open Referral UK (JSON)
oruk-import-hint = Nimic nu se schimbă până nu vedeți ce ar face fișierul și spuneți da. Serviciile sunt potrivite după identificatori, deci același fișier de două ori nu schimbă nimic.
oruk-import-check = Verificați fișierul
oruk-error-no-file = Alegeți un fișier de verificat.
oruk-error-not-oruk = Acest fișier nu este JSON Open Referral UK.
oruk-error-too-large = Acest fișier este prea mare: cel mult 50 MB.
oruk-error-expired = Această verificare a expirat. Alegeți din nou fișierul.
oruk-report-heading = Ce ar face aducerea fișierului { $file }
oruk-report-counts = Noi: { $new }. Schimbate: { $changed }. La fel: { $unchanged }. Lăsate deoparte: { $refused }.
oruk-outcome-new = Nou
oruk-outcome-changed = Schimbat
oruk-outcome-refused = Lăsat deoparte
oruk-entity-organization = Organizație
oruk-entity-service = Serviciu
oruk-field = Câmpul { $field }:
oruk-import-confirm = Aduceți înregistrările noi și schimbate
oruk-import-nothing = Nu s-ar schimba nimic.
oruk-imported = Gata. Telefoanele primesc serviciile noi și schimbate la următoarea conectare.
oruk-export-heading = Descărcați acest catalog
oruk-export-json = Tot catalogul, într-un singur fișier JSON
oruk-export-csv = Același lucru, ca tabele CSV:
oruk-api = Alte cataloage îl pot citi oricând de la această adresă:
