# Signpost — Polski. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).
# Zaproszenia: administrator organizacji zaprasza członka, który zakłada swoje konto.

## Inviting a member (/members/invite)

invite-title = Zaproś członka
invite-intro = Utwórz link dla osoby, która dołącza do Twojej organizacji. Otworzy go, wpisze swój adres e-mail i wybierze własne hasło.
invite-role-legend = Rola tej osoby
invite-role-worker = Pracownik
invite-role-worker-hint = Kieruje rodziny do usług.
invite-role-org-admin = Administrator organizacji
invite-role-org-admin-hint = Dodatkowo zaprasza członków i zajmuje się skierowaniami, które otrzymują usługi Twojej organizacji.
invite-submit = Utwórz link z zaproszeniem
invite-created = Link z zaproszeniem jest gotowy. Skopiuj go teraz i wyślij nowemu członkowi.
invite-link-label = Link z zaproszeniem
invite-link-hint =
    { $days ->
        [one] Działa jeden raz, przez 1 dzień. Jest widoczny tylko teraz: jeśli zaginie, utwórz nowy.
        [few] Działa jeden raz, przez { $days } dni. Jest widoczny tylko teraz: jeśli zaginie, utwórz nowy.
        [many] Działa jeden raz, przez { $days } dni. Jest widoczny tylko teraz: jeśli zaginie, utwórz nowy.
       *[other] Działa jeden raz, przez { $days } dnia. Jest widoczny tylko teraz: jeśli zaginie, utwórz nowy.
    }
invite-sign-in-needed = Zaloguj się na konto administratora organizacji, aby zapraszać członków.
invite-forbidden = Tylko administratorzy Twojej organizacji mogą zapraszać członków.

## Accepting an invitation (/invite/<token>)

invite-accept-title = Dołącz do swojej organizacji w Signpost
invite-accept-intro = Zaproszono Cię do kierowania osób do usług w ramach Twojej organizacji. Wpisz swój adres e-mail i wybierz hasło, aby utworzyć konto.
invite-accept-password = Wybierz hasło
invite-accept-password-hint = Co najmniej { $min } znaków. Dobrze sprawdza się kilka słów, które łatwo zapamiętasz.
invite-accept-submit = Utwórz moje konto
invite-accept-needs-connection = Do utworzenia konta potrzebne jest połączenie z internetem.

## Members (/members)

members-title = Członkowie Twojej organizacji
members-intro = Każda osoba z tej listy może logować się do Signpost w imieniu Twojej organizacji. Gdy ktoś odchodzi, odbierz tej osobie dostęp: nie będzie mogła się już zalogować, a skierowania, które wysłała, pozostaną w usługach, które je otrzymały.
members-joined = data dołączenia: { $date }
members-you = To Ty.
members-remove-short = Odbierz dostęp
members-remove = Odbierz dostęp: { $email }
members-removed = Dostęp odebrany.
members-role-coordinator = Koordynator
members-sign-in-needed = Zaloguj się na konto administratora organizacji, aby zobaczyć jej członków.
members-forbidden = Tylko administratorzy Twojej organizacji mogą widzieć jej członków i nimi zarządzać.
members-unsent-intro = Niektóre osoby, którym odebrano dostęp, zostawiły na telefonie skierowania, które nigdy nie zostały wysłane. Nie można ich już wysłać: skontaktuj się z tymi rodzinami lub z usługami w inny sposób.
members-unsent-item = { $count ->
    [one] jedno skierowanie, czeka od { $since }
    [few] { $count } skierowania, czekają od { $since }
    [many] { $count } skierowań, czeka od { $since }
   *[other] { $count } skierowania, czeka od { $since }
}

## Changing your password (/account/password)

password-title = Zmień hasło
password-intro = Wybierz nowe hasło. Tutaj sesja pozostanie aktywna; w każdym innym miejscu, w którym jest zalogowane Twoje konto, trzeba będzie podać nowe hasło.
password-current = Twoje obecne hasło
password-new = Nowe hasło
password-new-hint = Co najmniej { $min } znaków; nie może to być popularne hasło. Dobrze sprawdza się kilka słów, które łatwo zapamiętasz.
password-confirm = Powtórz nowe hasło
password-submit = Zmień moje hasło
password-changed = Hasło zostało zmienione.

## Errors of the account pages

account-error-password-short = Wybierz hasło, które ma co najmniej 12 znaków.
account-error-password-long = Wybierz hasło, które ma maksymalnie 128 znaków.
account-error-password-common = To hasło jest zbyt łatwe do odgadnięcia. Wybierz inne: dobrze sprawdza się kilka słów, które łatwo zapamiętasz.
account-error-password-mismatch = Dwa nowe hasła się różnią. Wpisz nowe hasło ponownie.
account-error-password-same = Nowe hasło jest takie samo jak stare. Wybierz inne.
account-error-current-password = Obecne hasło jest nieprawidłowe. Sprawdź je i spróbuj ponownie.
account-error-email-invalid = Wpisz adres e-mail w formacie name@example.org.
account-error-email-taken = Istnieje już konto z tym adresem e-mail.
account-error-remove-self = Nie możesz odebrać dostępu sobie. Poproś o to innego administratora swojej organizacji.
account-error-invitation = Ten link z zaproszeniem wygasł lub został już użyty. Poproś o nowy.
account-error-role = Zaproszenia mogą dotyczyć tylko pracowników lub administratorów organizacji.
