# Signpost — Polski. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Referring a family (the phone's side)

refer-title = Skierowanie do: { $service }
refer-not-accepting = Ta usługa nie przyjmuje skierowań przez Signpost. Skontaktuj się bezpośrednio z usługą.
refer-needs-javascript = Skierowania są przechowywane na tym telefonie, dopóki nie da się ich wysłać, a do tego potrzebny jest JavaScript. Włącz JavaScript lub skontaktuj się bezpośrednio z usługą.
refer-step-consent = 1. Poproś o zgodę
refer-consent-language = Język, w którym odczytasz oświadczenie
referral-consent-statement = Chcielibyśmy przekazać Państwa dane usłudze { $service }, aby mogła się z Państwem skontaktować w sprawie pomocy, której Państwo potrzebują. Przekażemy Państwa imię i nazwisko, sposób kontaktu z Państwem, preferowany język oraz informację, jakiej pomocy Państwo potrzebują. Zobaczą je tylko ta usługa i osoba, która pomaga Państwu dzisiaj. Państwa dane zostaną usunięte, gdy nikt nie będzie zajmował się skierowaniem przez { $period }. Mogą Państwo odmówić i nie zmieni to pomocy, której dziś Państwu udzielamy. Mogą Państwo później zmienić zdanie, kontaktując się z usługą.
refer-consent-given = Osoba wysłuchała tego oświadczenia i wyraża zgodę
refer-consent-missing = Bez zgody tej osoby nic nie zostanie zapisane ani wysłane.
refer-consent-machine-draft = Nikt biegle władający tym językiem nie sprawdził jeszcze tego tłumaczenia: to wstępne tłumaczenie maszynowe. Jeśli ta osoba może go nie zrozumieć w pełni, skorzystaj z pomocy tłumacza.
refer-consent-in-english = Angielskie oświadczenie zmieniło się po przygotowaniu tego tłumaczenia, dlatego jest wyświetlane po angielsku, dopóki nie zostanie ponownie przetłumaczone. Skorzystaj z pomocy tłumacza.
refer-privacy-title = Informacja o prywatności
refer-privacy-body = Signpost przechowuje to skierowanie na tym telefonie, zabezpieczone kodem, tylko do chwili, gdy dotrze ono do usługi. Potem na telefonie zostaje tylko informacja, że zostało wysłane, bez danych osobowych. Dane mogą zobaczyć tylko te osoby: kierownicy usługi, pracownicy wybrani przez nich do zajmowania się jej skierowaniami oraz Ty. Nikt inny w Twojej organizacji nie może ich zobaczyć. Koordynator sieci widzi tylko liczby, nigdy imion ani nazwisk. Dane są usuwane, gdy nikt nie zajmuje się skierowaniem przez { $period }, bez względu na to, co się z nim stało.
refer-step-details = 2. Skierowanie
refer-name = Imię i nazwisko osoby
refer-contact-method = Preferowany sposób kontaktu
refer-contact-detail-phone = Numer telefonu
refer-contact-detail-sms = Numer komórkowy
refer-contact-detail-email = Adres e-mail
refer-contact-detail-letter = Adres pocztowy
refer-language = Preferowany język
refer-choose = Wybierz…
refer-language-other = Inny język
refer-language-other-name = Nazwa języka
refer-interpreter = Potrzebuje tłumacza
refer-needs = W czym potrzebuje pomocy
refer-support = Potrzebne wsparcie, opisane własnymi słowami
refer-urgency = Jak bardzo jest to pilne
refer-safeguarding = Istnieje obawa o bezpieczeństwo osoby
refer-safeguarding-hint = To informuje tylko usługę. Już teraz postępuj także zgodnie z procedurą ochrony przed krzywdzeniem obowiązującą w Twojej organizacji.
refer-referrer-contact = Twój numer telefonu lub adres e-mail
refer-submit = Zapisz skierowanie
refer-storage-failed = Ten telefon nie mógł przechować skierowania, więc nic nie zostało zapisane. Skontaktuj się bezpośrednio z usługą.
refer-sign-in = Zaloguj się, aby skierować rodzinę. Skierowania są przechowywane na tym telefonie jako Twoje, więc zaloguj się, gdy masz połączenie; potem możesz kierować rodziny nawet bez zasięgu.

## The referrals on this phone

outbox-title = Skierowania na tym telefonie
outbox-empty = Na tym telefonie nie ma żadnych skierowań.
outbox-offline = Brak połączenia: oczekujące skierowania zostaną wysłane, gdy telefon znów będzie online.
outbox-sign-in = Zaloguj się, aby wysłać oczekujące skierowania. Do tego czasu pozostaną na tym telefonie.
outbox-sign-in-link = Zaloguj się
outbox-unavailable = Ta przeglądarka nie może przechowywać skierowań na telefonie. Kontaktuj się z usługami bezpośrednio.
outbox-send-now = Wyślij teraz
outbox-sending = Wysyłanie…
outbox-state-queued = Czeka na wysłanie
outbox-state-sending = Wysyłanie
outbox-state-delivered = Dostarczono do usługi
outbox-state-conflict = Nie wysłano: serwer ma już inne skierowanie z tym numerem. Wyjaśnij to z usługą, a potem usuń to skierowanie.
outbox-state-refused = Nie wysłano: wymaga poprawienia.
outbox-error-too-large = To skierowanie jest zbyt duże, aby je wysłać. Skontaktuj się bezpośrednio z usługą, a potem usuń je z tego telefonu.
outbox-others-waiting = { $count ->
    [one] Na tym telefonie czeka jedno skierowanie utworzone przez innego pracownika. Tylko ta osoba może je zobaczyć lub wysłać, gdy znów się zaloguje.
    [few] Na tym telefonie czekają { $count } skierowania utworzone przez innych pracowników. Tylko te osoby mogą je zobaczyć lub wysłać, gdy znów się zalogują.
    [many] Na tym telefonie czeka { $count } skierowań utworzonych przez innych pracowników. Tylko te osoby mogą je zobaczyć lub wysłać, gdy znów się zalogują.
   *[other] Na tym telefonie czeka { $count } skierowania utworzonego przez innych pracowników. Tylko te osoby mogą je zobaczyć lub wysłać, gdy znów się zalogują.
}
outbox-password-link = Zmień hasło
outbox-state-not-accepting = Nie wysłano: ta usługa nie przyjmuje już skierowań przez Signpost. Skontaktuj się z usługą albo skieruj osobę do innej usługi, a potem usuń to skierowanie.
outbox-answer = Odpowiedź usługi: { $status }
outbox-remove = Usuń z tego telefonu
outbox-sign-out = Wyloguj się
outbox-sign-out-warning = { $count ->
    [one] Jedno skierowanie nie zostało jeszcze wysłane. Wylogowanie usunie je z tego telefonu. Wylogować się mimo to?
    [few] { $count } skierowania nie zostały jeszcze wysłane. Wylogowanie usunie je z tego telefonu. Wylogować się mimo to?
    [many] { $count } skierowań nie zostało jeszcze wysłanych. Wylogowanie usunie je z tego telefonu. Wylogować się mimo to?
   *[other] { $count } skierowania nie zostało jeszcze wysłane. Wylogowanie usunie je z tego telefonu. Wylogować się mimo to?
}

## A referral's status, outcome, urgency and contact method (the outbox, the form and the inbox)

referral-status-new = Nowe
referral-status-seen = Odczytane
referral-status-accepted = Przyjęte
referral-status-declined = Odrzucone
referral-status-closed = Zamknięte
referral-outcome-supported = Udzielono wsparcia
referral-outcome-could-not-contact = Nie udało się nawiązać kontaktu
referral-outcome-no-longer-needed = Już niepotrzebne
referral-outcome-referred-elsewhere = Skierowano gdzie indziej
referral-urgency-routine = Niepilne
referral-urgency-soon = Wkrótce
referral-urgency-urgent = Pilne
referral-contact-phone = Rozmowa telefoniczna
referral-contact-sms = SMS
referral-contact-email = E-mail
referral-contact-letter = List
referral-contact-through-referrer = Przez osobę, która wysłała skierowanie

## Errors of a referral (the form, the outbox and the inbox show them)

referral-error-name-required = Wpisz imię i nazwisko osoby.
referral-error-name-too-long = Imię i nazwisko może mieć maksymalnie 100 znaków.
referral-error-phone-invalid = Wpisz numer telefonu, np. 0116 496 0123.
referral-error-mobile-invalid = Wpisz numer komórkowy do SMS-ów, np. 07700 900123.
referral-error-email-invalid = Wpisz adres e-mail w formacie name@example.org.
referral-error-address-invalid = Wpisz adres pocztowy (od 8 do 300 znaków).
referral-error-language-invalid = Wybierz preferowany język tej osoby.
referral-error-language-name = Wpisz nazwę języka, literami.
referral-error-support-required = Wybierz co najmniej jedną potrzebę lub opisz potrzebne wsparcie.
referral-error-support-too-long = Opis może mieć maksymalnie 2000 znaków.
referral-error-referrer-contact-invalid = Wpisz swój numer telefonu lub adres e-mail, aby usługa mogła się z Tobą skontaktować.
referral-error-consent-required = Osoba musi wyrazić zgodę, zanim skierowanie będzie można zapisać lub wysłać.
referral-error-consent-invalid = Zapis zgody jest nieprawidłowy. Odczytaj tej osobie oświadczenie o zgodzie jeszcze raz.
referral-error-consent-unknown = Serwer nie zna oświadczenia o zgodzie zapisanego na tym telefonie. Zaktualizuj Signpost, a potem odczytaj tej osobie oświadczenie jeszcze raz.
referral-error-reason-required = Podaj powód odrzucenia.
referral-error-reason-too-long = Powód może mieć maksymalnie 500 znaków.
referral-error-status-change = Ta zmiana nie jest teraz możliwa. Odśwież stronę, aby zobaczyć aktualny status skierowania.
referral-error-purged = Dane osobowe z tego skierowania zostały usunięte zgodnie z zasadami przechowywania danych.
referral-error-note = Notatka musi mieć od 1 do 2000 znaków.
referral-error-batch = Nie udało się odczytać wysłanych skierowań. Nic nie zostało zapisane; nadal są na telefonie.
