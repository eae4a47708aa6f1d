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
