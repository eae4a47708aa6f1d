# Signpost — Polski. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Site

app-name = Signpost
app-description = Znajdź lokalne usługi społeczne w Leicester i przekazuj informacje o nich rodzinom w ich języku.
skip-to-content = Przejdź do treści
language-switcher = Język
list-separator = { ", " }
notice-demo = Dane demonstracyjne: te wpisy to przykłady do wypróbowania Signpost. Numery telefonów i adresy e-mail do nikogo nie trafiają.
notice-machine-draft = To tłumaczenie zostało przygotowane maszynowo i nie zostało jeszcze sprawdzone przez osobę biegle władającą językiem.
footer-about = Signpost to katalog sieci partnerów społecznych #PowerToChange w Leicester.
loading = Ładowanie…

## Errors

not-found-title = Nie znaleziono strony
not-found-body = Nie udało się znaleźć tej strony. Usługa lub organizacja mogła zostać usunięta.
back-to-search = Wróć do wyszukiwania
error-title = Coś poszło nie tak
error-not-found = Nie udało się tego znaleźć.
error-internal = Coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.
error-unreachable = Signpost nie może połączyć się z serwerem. Sprawdź połączenie i spróbuj ponownie.
error-bad-request = Coś w tym żądaniu było nieprawidłowe. Spróbuj ponownie.
error-busy = Serwer jest zajęty. Spróbuj ponownie za minutę.
error-unavailable = Signpost nie może teraz połączyć się ze swoją bazą danych. Spróbuj ponownie za minutę.

## Search

search-title = Znajdź usługę
search-label = W czym potrzebna jest pomoc?
search-placeholder = Na przykład: bank żywności, porady mieszkaniowe, laptop
search-button = Szukaj
filters-legend = Filtry
filters-clear = Wyczyść wyszukiwanie i filtry
filter-need = Potrzeba
filter-any-need = Dowolna potrzeba
filter-area = Obszar
filter-any-area = Całe Leicester
filter-language = Używany język
filter-any-language = Dowolny język
filter-age = Wiek osoby
filter-free = Bezpłatne
filter-open-now = Teraz otwarte
filter-referrals = Przyjmuje skierowania
results-count =
    { $count ->
        [0] Nie znaleziono usług
        [one] Jedna usługa
        [few] { $count } usługi
        [many] { $count } usług
       *[other] { $count } usługi
    }
results-empty = Brak wyników. Spróbuj innych słów lub wyczyść część filtrów.
pager-label = Więcej wyników
pager-previous = Poprzednia
pager-next = Następna
pager-position = Strona { $page } z { $pages }
card-facts-label = Najważniejsze informacje
card-languages = Języki: { $languages }
badge-free = Bezpłatne
badge-referrals = Przyjmuje skierowania

## Service page

service-by = Prowadzi
service-about = O tej usłudze
service-needs = Pomaga w sprawach
service-who = Dla kogo
service-free = Bezpłatne.
service-not-free = Może być płatne.
service-how = Jak uzyskać pomoc
service-hours = Godziny otwarcia
service-languages = Języki, którymi mówi personel
service-contact = Kontakt
service-where = Gdzie
service-areas = Obszar: { $areas }
service-last-reviewed = Ostatnio sprawdzone przez organizację: { $date }
service-may-be-out-of-date = Organizacja nie sprawdzała tych informacji od ponad roku: mogą być nieaktualne. Zadzwoń, zanim kogoś tam wyślesz.
service-report-link = Zgłoś problem z tym wpisem
access-drop-in = Można przyjść bez umawiania w godzinach otwarcia
access-self-referral = Można zgłosić się samodzielnie
access-professional-referral = Skierować może pracownik, szkoła lub lekarz rodzinny
access-phone = Pomoc przez telefon
access-appointment = Po umówieniu wizyty
access-signpost-referral = Przyjmuje skierowania przez Signpost
access-contact = Skontaktuj się, aby zapytać, jak uzyskać pomoc
hours-caption = Godziny otwarcia, czas w Leicester
hours-none = Brak stałych godzin otwarcia: skontaktuj się, aby umówić termin.
hours-closed = Zamknięte
hours-period = { $opens }–{ $closes }
hours-period-overnight = { $opens }–{ $closes } (następnego dnia)
hours-closure = Zamknięte od { $from } do { $to }
hours-special-day = Inne godziny { $date }: { $times }
hours-special = Inne godziny od { $from } do { $to }: { $times }
contact-call = Zadzwoń: { $number }
contact-text = Wyślij SMS: { $number }
contact-email = Napisz: { $email }
contact-website = Strona internetowa
location-map = Otwórz na mapie

## Organisation page

organisation-services =
    { $count ->
        [0] Brak usług w katalogu
        [one] Jedna usługa
        [few] { $count } usługi
        [many] { $count } usług
       *[other] { $count } usługi
    }

## Opening status

status-temporarily-closed = Tymczasowo zamknięte
status-open-closes = Teraz otwarte · zamknięcie: { $when }
status-closed-opens = Zamknięte · otwarcie: { $when }
status-closed = Zamknięte
status-no-hours = Zapytaj o godziny otwarcia
when-today = dziś o { $time }
when-tomorrow = jutro o { $time }
when-weekday = { $day }, godz. { $time }
when-date = { $date }, godz. { $time }

## Ages

ages-range = Wiek: { $min }–{ $max }
ages-min = Wiek: od { $min } wzwyż
ages-max = Wiek: do { $max }
ages-all = Bez ograniczeń wieku

## Dates

day-1 = poniedziałek
day-2 = wtorek
day-3 = środa
day-4 = czwartek
day-5 = piątek
day-6 = sobota
day-7 = niedziela
# Month names are in the genitive ("3 grudnia 2025"): they are used only inside date-format.
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
date-format = { $day } { $month } { $year }

## Needs. The -terms messages are extra search words, separated by commas.

need-food = Żywność
need-food-terms = bank żywności, jedzenie, posiłki, głód, zakupy spożywcze, obiad
need-housing = Mieszkanie i bezdomność
need-housing-terms = bezdomność, schronisko, czynsz, najem, eksmisja, spanie na ulicy
need-money = Pieniądze, długi i zasiłki
need-money-terms = długi, zasiłki, Universal Credit, rachunki, budżet domowy
need-immigration = Imigracja, azyl i uchodźcy
need-immigration-terms = azyl, uchodźca, Home Office, wiza, nowo przybyli
need-health = Zdrowie i dobrostan psychiczny
need-health-terms = zdrowie psychiczne, dobrostan, lęk, anemia sierpowata, opiekunowie
need-families = Dzieci i rodziny
need-families-terms = dzieci, rodzice, rodzina, opieka nad dziećmi
need-youth = Zajęcia dla młodzieży
need-youth-terms = młodzi ludzie, nastolatki, klub młodzieżowy, zabawa
need-education = Edukacja, szkolenia i zatrudnienie
need-education-terms = praca, zatrudnienie, szkolenia, kursy, angielski, ESOL, szkoła
need-send = Specjalne potrzeby edukacyjne i niepełnosprawności (SEND)
need-send-terms = SEND, niepełnosprawność, EHCP, specjalne potrzeby, staż
need-care-experienced = Wychowani w pieczy zastępczej
need-care-experienced-terms = piecza zastępcza, rodzina zastępcza, dom dziecka, wychowanek domu dziecka, usamodzielnienie, care leaver, foster
need-prisoners-families = Rodziny więźniów
need-prisoners-families-terms = więzienie, więzień, widzenia, wyrok
need-digital = Komputery i internet
need-digital-terms = włączenie cyfrowe, laptop, komputer, internet, online, telefon, smartfon, wifi, wi-fi
need-community = Społeczność, kultura i wiara
need-community-terms = centrum społeczne, dom kultury, kultura, wiara, wolontariat, spotkania
need-safety = Przestępczość i bezpieczeństwo
need-safety-terms = przestępczość, przestępstwa z użyciem noża, wykorzystywanie, bezpieczeństwo, przemoc

## Languages (ISO 639 codes)

language-en = angielski
language-gu = gudżarati
language-pa = pendżabski
language-pl = polski
language-ro = rumuński
language-ur = urdu
language-bn = bengalski
language-pt = portugalski
language-ar = arabski
language-so = somalijski
language-hi = hindi
language-ku = kurdyjski
language-fa = perski
language-ps = paszto
language-ti = tigrinia
language-ta = tamilski
language-fr = francuski
language-sw = suahili

## Offline: the connection and the directory saved on this phone

net-offline = Brak połączenia z internetem. Signpost korzysta z katalogu zapisanego na tym telefonie.
net-offline-partial = Brak połączenia z internetem. Przed utratą połączenia na tym telefonie zapisano tylko część katalogu.
net-offline-nothing = Brak połączenia z internetem, a katalog nie został jeszcze zapisany na tym telefonie. Połącz się choć raz, aby go zapisać.
net-saving = Zapisywanie katalogu na tym telefonie do użytku bez zasięgu…
net-progress = Zapisywanie katalogu
net-saved = Zapisano na tym telefonie do użytku bez zasięgu
net-updated = zaktualizowano { $ago }
net-sync-failed = Nie udało się sprawdzić zmian w katalogu. Signpost spróbuje ponownie.
net-save-failed = Przeglądarka tego telefonu nie zapisała katalogu, więc Signpost potrzebuje połączenia, aby działać.
net-persist-refused = Ta przeglądarka może usunąć zapisany katalog, jeśli w telefonie zabraknie miejsca. Od czasu do czasu otwieraj Signpost przy włączonym połączeniu, aby go zachować.
# Jedyny wiersz przypięty na dole ekranu (resztę mówią powyższe komunikaty, na stronie).
net-line-offline = Brak połączenia: używasz zapisanego katalogu
net-line-offline-partial = Brak połączenia: zapisano część katalogu
net-line-offline-nothing = Brak połączenia: nie zapisano katalogu
net-line-saving = Zapisywanie katalogu…
net-line-saved = Zapisano na tym telefonie
net-line-sync-failed = Nie udało się sprawdzić zmian
net-line-save-failed = Nie udało się zapisać katalogu
ago-just-now = przed chwilą
ago-minutes =
    { $count ->
        [one] 1 minutę temu
        [few] { $count } minuty temu
        [many] { $count } minut temu
       *[other] { $count } minuty temu
    }
ago-hours =
    { $count ->
        [one] 1 godzinę temu
        [few] { $count } godziny temu
        [many] { $count } godzin temu
       *[other] { $count } godziny temu
    }
ago-days =
    { $count ->
        [one] 1 dzień temu
        [few] { $count } dni temu
        [many] { $count } dni temu
       *[other] { $count } dnia temu
    }
update-available = Nowa wersja Signpost jest gotowa.
update-reload = Odśwież

## Accounts and referrals

error-unauthorised = Zaloguj się, aby to zrobić.
error-forbidden = Twoje konto nie ma do tego uprawnień.
error-conflict = Ktoś inny zmienił te dane w trakcie Twojej pracy. Nic nie zostało zapisane: widać teraz wersję tej osoby, a Twój tekst został zachowany, więc możesz dodać go ponownie.
error-cross-site = To żądanie przyszło z innej strony internetowej i zostało odrzucone.
footer-inbox = Skrzynka (otrzymane skierowania)
footer-listings = Twoje wpisy
footer-sign-in = Logowanie (organizacje partnerskie)
login-title = Logowanie
login-intro = Dla pracowników i wolontariuszy organizacji partnerskich sieci. Każdy może przeszukiwać katalog bez logowania.
login-email = Adres e-mail
login-password = Hasło
login-submit = Zaloguj się
login-error-invalid = Ten adres e-mail i hasło nie pasują do żadnego konta. Sprawdź je i spróbuj ponownie.
login-error-limited = Zbyt wiele prób logowania. Odczekaj minutę i spróbuj ponownie.
login-error-busy = Serwer jest zajęty. Spróbuj ponownie za minutę.
login-needs-connection = Do zalogowania potrzebne jest połączenie z internetem. Nadal możesz przeszukiwać katalog.

## Retention periods, as the consent statement and privacy notice say them

# Used after "przez" ("for"), so in the accusative.
retention-period = { $unit ->
    [years] { $count ->
        [one] jeden rok
        [few] { $count } lata
        [many] { $count } lat
       *[other] { $count } roku
    }
    [months] { $count ->
        [one] jeden miesiąc
        [few] { $count } miesiące
        [many] { $count } miesięcy
       *[other] { $count } miesiąca
    }
   *[days] { $count ->
        [one] jeden dzień
        [few] { $count } dni
        [many] { $count } dni
       *[other] { $count } dnia
    }
}

## Links to pages whose own messages travel only with them (accounts.ftl, inbox.ftl, referrals.ftl)

inbox-sign-in = Zaloguj się
outbox-link = Skierowania na tym telefonie
refer-link = Skieruj rodzinę do tej usługi
back-to-service = Wróć do usługi
inbox-back = Wróć do otrzymanych skierowań
invite-member-link = Zaproś członka
members-link = Członkowie
