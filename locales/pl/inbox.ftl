# Signpost — Polski. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).
# Skrzynka organizacji, która otrzymuje skierowania.

## The inbox

inbox-title = Otrzymane skierowania
inbox-new-count =
    { $count ->
        [0] Brak nowych skierowań
        [one] Jedno nowe skierowanie
        [few] { $count } nowe skierowania
        [many] { $count } nowych skierowań
       *[other] { $count } nowego skierowania
    }
inbox-empty = Usługi Twojej organizacji nie otrzymały jeszcze żadnych skierowań.
inbox-purge-soon-count =
    { $count ->
        [one] W jednym skierowaniu dane osobowe zostaną usunięte w ciągu miesiąca, ponieważ nikt się nim nie zajmował. Zaktualizuj je lub dodaj notatkę, aby je zachować.
        [few] W { $count } skierowaniach dane osobowe zostaną usunięte w ciągu miesiąca, ponieważ nikt się nimi nie zajmował. Zaktualizuj je lub dodaj notatkę, aby je zachować.
        [many] W { $count } skierowaniach dane osobowe zostaną usunięte w ciągu miesiąca, ponieważ nikt się nimi nie zajmował. Zaktualizuj je lub dodaj notatkę, aby je zachować.
       *[other] W { $count } skierowaniach dane osobowe zostaną usunięte w ciągu miesiąca, ponieważ nikt się nimi nie zajmował. Zaktualizuj je lub dodaj notatkę, aby je zachować.
    }
inbox-purge-on = Dane osobowe zostaną usunięte { $date }, chyba że ktoś zajmie się tym skierowaniem.
inbox-pages = Strony skierowań
inbox-page-of = Strona { $page } z { $pages }
inbox-page-newer = Nowsze skierowania
inbox-page-older = Starsze skierowania
inbox-sign-in-needed = Zaloguj się, aby zobaczyć skierowania otrzymane przez Twoją organizację.
inbox-forbidden = Skierowania, które otrzymuje usługa, widzą tylko administratorzy Twojej organizacji i członkowie, których wybiorą do tej usługi.
inbox-details-removed = Dane usunięte
inbox-safeguarding = Obawa o bezpieczeństwo
inbox-status = Status
inbox-urgency = Pilność
inbox-needs = Potrzeby
inbox-needs-described = Zobacz potrzebne wsparcie
inbox-received = Otrzymano
inbox-changed = Ostatnia zmiana
inbox-date-time = { $date }, { $time }

## One referral

inbox-referral-title = Skierowanie
inbox-for-service = Dla:
inbox-decline-reason-given = Powód odrzucenia
inbox-outcome = Wynik
inbox-section-need = Czego potrzeba
inbox-support = Potrzebne wsparcie
inbox-support-none = Brak opisu.
inbox-safeguarding-label = Obawa o bezpieczeństwo
inbox-yes = Tak
inbox-no = Nie
inbox-section-contact = Kontakt
inbox-contact-method = Sposób kontaktu
inbox-contact-detail = Dane kontaktowe
inbox-language = Preferowany język
inbox-interpreter = Potrzebny tłumacz
inbox-referred-by = Osoba kierująca
inbox-referrer-contact = Kontakt do osoby, która wysłała skierowanie
inbox-section-consent = Zgoda
inbox-consent-given = Osoba zgodziła się na skierowanie i na przekazanie tych danych tej usłudze.
inbox-consent-statement = Co powiedziano tej osobie
inbox-consent-language = Język, w którym to odczytano
inbox-consent-time = Data wyrażenia zgody

## What can be done to a referral

inbox-actions = Co dalej
inbox-no-actions = To skierowanie jest zamknięte. Nie można już nic z nim zrobić.
inbox-mark-seen = Oznacz jako odczytane
inbox-accept = Przyjmij
inbox-decline-legend = Odrzuć skierowanie
inbox-decline-reason = Powód odrzucenia
inbox-decline-hint = Osoba, która wysłała skierowanie, zobaczy ten powód. Nie podawaj danych osobowych.
inbox-decline = Odrzuć
inbox-close-legend = Zamknij skierowanie
inbox-outcome-choose = Wybierz wynik
inbox-close = Zamknij
inbox-error-outcome = Wybierz wynik, aby zamknąć skierowanie.
inbox-saved = Zapisano.

## Notes (seen by the receiving organisation only)

inbox-notes = Notatki
inbox-notes-none = Brak notatek.
inbox-note-add = Dodaj notatkę
inbox-note-label = Notatka
inbox-note-hint = Notatki widzą tylko osoby, które zajmują się skierowaniami do tej usługi. Maksymalnie 2000 znaków.
inbox-note-submit = Dodaj notatkę
inbox-note-by = { $author }, { $time }
