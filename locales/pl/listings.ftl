# Signpost — Polski. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

# Listings kept by the network: the fields of a listing, as a change's before/after shows them.
listing-field-name = Nazwa
listing-field-description = Opis
listing-field-status = Otwarte czy zamknięte
listing-field-eligibility = Dla kogo
listing-field-ages = Wiek
listing-field-cost = Koszt
listing-field-access = Jak uzyskać pomoc
listing-field-referrals = Przyjmuje skierowania przez Signpost
listing-field-needs = W czym pomaga
listing-field-languages = Języki, którymi mówi personel
listing-field-areas = Obsługiwane obszary
listing-field-locations = Miejsca
listing-field-phones = Numery telefonów
listing-field-email = E-mail
listing-field-website = Strona internetowa
listing-field-hours = Godziny otwarcia
listing-field-closures = Dni zamknięcia
listing-field-special-hours = Inne godziny w niektóre dni
listing-field-checked = Ostatnio sprawdzone przez organizację
listing-error-reason = Napisz, dlaczego zmiana jest odsyłana (maksymalnie 1000 znaków).
listing-yes = Tak
listing-no = Nie
listing-none = (brak)
listing-date-range = od { $from } do { $to }

# An organisation's listings (/listings).
listings-title = Wpisy Twojej organizacji
listings-sign-in-needed = Zaloguj się, aby aktualizować wpisy swojej organizacji.
listings-forbidden = Wpisy mogą zmieniać tylko administratorzy organizacji i koordynatorzy sieci.
coordinator-only = Tę stronę widzą tylko koordynatorzy sieci.
listings-saved-pending = Zapisano. Koordynator sprawdzi zmianę, zanim zobaczą ją wszyscy.
listings-saved-published = Zapisano. Wszyscy widzą już zmianę, a telefony otrzymają ją przy następnym połączeniu.
listings-confirmed = Dziękujemy: wpis oznaczono jako sprawdzony dzisiaj.
listings-edit-organisation = Zmień dane swojej organizacji
listings-services = Usługi
listings-none = Twoja organizacja nie ma jeszcze żadnych usług w katalogu.
listings-add = Dodaj usługę
listings-changes = Ostatnie zmiany
listings-no-changes = Brak zmian.
listings-waiting = Zmiana czeka na koordynatora
listings-archived = Usunięto z katalogu
listings-checked = Sprawdzono { $date }
listings-due = Ostatnio sprawdzono { $date }. Sprawdź, czy informacje są nadal aktualne.
listings-stale = Ostatnio sprawdzono { $date }, ponad rok temu: katalog ostrzega, że informacje mogą być nieaktualne.
listings-never-checked = Nigdy nie sprawdzono. Sprawdź, czy informacje są nadal aktualne.
listings-confirm = Nadal aktualne
listings-confirm-named = { $name }: nadal aktualne
listings-edit = Zmień
listings-history = Wcześniejsze wersje
listings-trust-heading = Zaufana organizacja
listings-trusted = Zaufana: zmiany są publikowane od razu
listings-not-trusted = Niezaufana: koordynator najpierw sprawdza każdą zmianę
listings-trust = Oznacz tę organizację jako zaufaną
listings-untrust = Cofnij zaufanie do tej organizacji

change-kind-new = Nowa usługa
change-kind-changed = Zmiana
change-kind-archived = Usunięcie z katalogu
change-state-pending = czeka na koordynatora
change-state-published = opublikowano
change-state-returned = odesłano
change-state-replaced = zastąpiona późniejszą zmianą
change-summary = { $kind }, { $state }, { $date }
change-reason = Powód odesłania:

# The service form (/listings/edit).
edit-title = Zmień: { $name }
edit-title-new = Dodaj usługę
edit-intro = Popraw to, co jest błędne lub czego brakuje, a potem zapisz. Koordynator sprawdza zmiany, zanim zobaczą je wszyscy.
edit-intro-new = Wpisz to, co wiesz, a potem zapisz. Koordynator sprawdza nowe usługi, zanim zobaczą je wszyscy.
edit-back = Wróć do wpisów
edit-returned = Koordynator odesłał Twoją ostatnią zmianę:
edit-waiting = Zmiana tego wpisu czeka na koordynatora. Zmieniasz tę właśnie wersję.
edit-conflict-theirs = Czym nowsza wersja różni się od Twojego tekstu:
edit-draft-found = Ten telefon zachował zmiany, które wpisano wcześniej i nie zapisano.
edit-draft-use = Przywróć je
edit-draft-discard = Odrzuć je
edit-problems = Popraw te błędy i zapisz ponownie:
edit-save = Zapisz
edit-archive-heading = Usuń tę usługę z katalogu
edit-archive-intro = Dla usługi, która przestała działać. Zostaje zachowana, a koordynator może ją przywrócić.
edit-archive = Usuń z katalogu
edit-about = O usłudze
edit-status-active = Otwarta
edit-status-temporarily-closed = Tymczasowo zamknięta
edit-status-inactive = Już nie działa
edit-who = Dla kogo
edit-min-age = Najniższy wiek (zostaw puste, jeśli dowolny)
edit-max-age = Najwyższy wiek (zostaw puste, jeśli dowolny)
edit-free = Bezpłatne
edit-fees = Jeśli płatne: ile kosztuje
edit-hours-hint = Zostaw wiersz pusty, jeśli go nie potrzebujesz.
edit-period-label = Godziny otwarcia { $number }
edit-day = Dzień
edit-opens = Otwarcie
edit-closes = Zamknięcie
edit-overnight = Trwa po północy
edit-add-period = Dodaj kolejne godziny otwarcia
edit-closures-hint = Święta państwowe i inne dni, w które jest zamknięte. Zostaw pole „do” puste, jeśli to jeden dzień.
edit-closure-label = Dni zamknięcia { $number }
edit-closed-from = Zamknięte od
edit-closed-to = do
edit-closed-note = Powód (opcjonalnie)
edit-add-closure = Dodaj kolejne dni zamknięcia
edit-special-hint = Krótsze lub dodatkowe godziny w określone dni, np. w Wigilię: w te dni zastępują zwykłe godziny. Zostaw pole „do” puste, jeśli to jeden dzień.
edit-special-label = Inne godziny { $number }
edit-special-from = Od
edit-add-special = Dodaj kolejne dni z innymi godzinami
edit-location-label = Miejsce { $number }
edit-place-name = Nazwa miejsca (opcjonalnie)
edit-address = Ulica i numer
edit-city = Miejscowość
edit-postcode = Kod pocztowy
edit-neighbourhood = Dzielnica (np. Highfields)
edit-latitude = Szerokość geograficzna (opcjonalnie)
edit-longitude = Długość geograficzna (opcjonalnie)
edit-add-location = Dodaj kolejne miejsce
edit-areas-hint = Jeden obszar w wierszu.
edit-contact = Kontakt
edit-phone-label = Telefon { $number }
edit-phone-number = Numer telefonu
edit-phone-description = Do czego służy ten numer (opcjonalnie)
edit-add-phone = Dodaj kolejny numer telefonu
edit-languages-hint = Kody języków oddzielone przecinkami: so dla somalijskiego, gu dla gudżarati, pl dla polskiego.

# A service's earlier versions (/listings/history).
history-title = Wcześniejsze wersje: { $name }
history-version = Wersja { $version }, { $date }, autor: { $who }
history-approved-by = Zatwierdzone przez: { $who }
history-by-operator = zespół prowadzący Signpost
history-changed = Zmieniono: { $fields }
history-restore = Przywróć wersję { $version }
history-restored = Ta wersja jest znowu w katalogu.

# The coordinator's queue (/listings/changes).
queue-title = Zmiany do sprawdzenia
queue-empty = Żadne zmiany nie czekają.
queue-asked = { $kind } · zgłoszenie: { $who }, { $date }
queue-field = Co
queue-before = Przed
queue-after = Po
queue-approve = Zatwierdź i opublikuj
queue-reason = Dlaczego odsyłasz zmianę (organizacja to zobaczy)
queue-send-back = Odeślij
queue-approved = Opublikowano. Telefony otrzymają zmianę przy następnym połączeniu.
queue-sent-back = Odesłano do organizacji.

# The coordinator's organisations (/listings/organisations).
organisations-title = Organizacje
oruk-link = Open Referral UK: pobierz katalog lub wczytaj usługi
organisations-facts = { $services ->
        [one] 1 usługa
        [few] { $services } usługi
        [many] { $services } usług
       *[other] { $services } usługi
    } · { $members ->
        [one] 1 członek
        [few] { $members } członków
        [many] { $members } członków
       *[other] { $members } członka
    } · oczekujące: { $pending } · do sprawdzenia: { $due }
organisations-last-change = Ostatnia zmiana opublikowana { $date }
organisations-oldest-check = Najstarsze sprawdzenie: { $date }
organisations-add = Dodaj organizację
organisations-add-button = Dodaj organizację
organisations-created = Organizacja jest w katalogu. Wyślij ten link osobie, która będzie zajmować się jej wpisami: działa jeden raz, przez 7 dni.
organisations-link = Link z zaproszeniem dla jej pierwszego administratora
organisation-edit-title = Dane Twojej organizacji

# Reporting a problem with a listing (/services/:id/report), and the reports.
report-title = Zgłoś problem: { $service }
report-intro = Napisz organizacji i koordynatorom sieci, co jest nie tak. Nie podawaj niczyich imion, nazwisk ani danych kontaktowych.
report-kind = Co jest nie tak?
report-kind-out-of-date = Nieaktualne informacje
report-kind-closed = Usługa została zamknięta
report-kind-contact = Błędny telefon, e-mail lub adres
report-kind-other = Coś innego
report-text = Więcej szczegółów (wymagane przy „Coś innego”)
report-submit = Wyślij zgłoszenie
report-sent = Dziękujemy. Zgłoszenie zostało wysłane.
report-kept = Dziękujemy. Teraz nie ma połączenia: zgłoszenie zostało zapisane na tym telefonie i zostanie wysłane, gdy połączenie wróci.
report-not-kept = Ten telefon nie mógł zapisać zgłoszenia. Spróbuj ponownie.
report-error-kind = Wybierz, co jest nie tak.
report-error-text = Opisz, co jest nie tak, w maksymalnie 500 znakach.
reports-title = Zgłoszenia od osób korzystających z katalogu
reports-none = Brak zgłoszeń.
reports-about = { $kind }, { $date }
reports-done = Załatwione
reports-done-button = Oznacz jako załatwione

listings-caseworkers = Kto zajmuje się skierowaniami do tej usługi
listings-caseworkers-intro = Administratorzy Twojej organizacji robią to zawsze. Wybierz członków, którzy też powinni: zobaczą skierowania do tej usługi w swojej skrzynce i będą mogli się nimi zajmować.
listings-caseworkers-save = Zapisz, kto zajmuje się skierowaniami
listings-caseworkers-saved = Zapisano: te osoby widzą skierowania do tej usługi w swojej skrzynce.
listing-error-member = Wybrać można tylko pracowników Twojej organizacji.
organisation-areas = Obszary działania

## Checks on a service before it is saved (the listings pages show them)

service-invalid-name = Nazwa musi mieć od 1 do 200 znaków.
service-invalid-text = Opis i pole „Dla kogo” mogą mieć najwyżej po 5000 znaków.
service-invalid-ages = Wiek musi wynosić od 0 do 120, a wiek minimalny nie może być wyższy niż maksymalny.
service-invalid-needs = Wybierz co najmniej jedną potrzebę, w której pomaga usługa.
service-invalid-language = Języki muszą być podane jako kody ISO 639, np. so dla somalijskiego lub gu dla gudżarati.
service-invalid-hours = Godziny otwarcia muszą mieć dzień od poniedziałku do niedzieli i godziny od 00:00 do 23:59.
service-invalid-closure = Okres zamknięcia musi kończyć się w dniu rozpoczęcia lub później, a jego uwaga może mieć maksymalnie 200 znaków.
service-invalid-special-hours = Inne godziny wymagają daty początkowej, daty końcowej (jeśli jest) w tym samym dniu lub później, godziny otwarcia i późniejszej godziny zamknięcia oraz uwagi o długości maksymalnie 200 znaków.
service-invalid-email = Adres e-mail jest nieprawidłowy.
service-invalid-website = Strona internetowa musi być pełnym adresem zaczynającym się od https://.
service-invalid-phone = Numer telefonu musi mieć co najmniej 3 cyfry i maksymalnie 40 znaków, a jego opis maksymalnie 200 znaków.
service-invalid-organisation = Tej organizacji nie ma w katalogu.
service-invalid-location = Każde miejsce musi mieć adres i miejscowość (każde maksymalnie 200 znaków); współrzędne na mapie, jeśli są podane, muszą być liczbami.
service-invalid-postcode = Kod pocztowy musi być brytyjskim kodem pocztowym, np. LE2 0AB.
service-invalid-fees = Opis kosztów może mieć maksymalnie 200 znaków.
service-invalid-areas = Każdy obszar musi mieć od 1 do 200 znaków, a obszarów może być maksymalnie 50.
service-invalid-period-order = Godziny otwarcia muszą kończyć się później, niż się zaczynają. Jeśli trwają po północy, zaznacz „Trwa po północy”.
service-invalid-status = Wybierz, czy usługa jest otwarta, tymczasowo zamknięta, czy już nie działa.
