# Signpost — Polski. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Import Open Referral UK: dlaczego pominięto rekord (obok podano nazwę pola).
oruk-refused-id = Identyfikator nie jest UUID.
oruk-refused-organization = Brak jego organizacji w źródle albo została pominięta.
oruk-refused-status = Status musi być active, inactive, defunct lub temporarily closed.
oruk-refused-schedule = Można wczytać tylko cotygodniowe godziny otwarcia z dniami, godziną otwarcia i zamknięcia.
oruk-refused-needs = Żadne z jego haseł klasyfikacji nie jest potrzebą znaną temu katalogowi.
oruk-refused-date = Datę trzeba zapisać jako rok-miesiąc-dzień, np. 2026-11-03.
oruk-refused-record = Nie udało się odczytać tego rekordu.
oruk-refused-duplicate = Ten identyfikator występuje w źródle dwa razy.

## Strona Open Referral UK dla koordynatora (/listings/oruk).
oruk-title = Open Referral UK
oruk-intro = Open Referral UK to standard, którego rady i inne katalogi używają do wymiany usług. Pobierz ten katalog w tym formacie albo wczytaj usługi z innego katalogu.
oruk-import-heading = Wczytaj usługi z innego katalogu
oruk-import-file = Plik Open Referral UK (JSON)
oruk-import-hint = Nic się nie zmienia, dopóki nie zobaczysz, co zrobi plik, i się nie zgodzisz. Usługi są dopasowywane po identyfikatorach, więc ten sam plik wczytany dwa razy niczego nie zmienia.
oruk-import-check = Sprawdź plik
oruk-error-no-file = Wybierz plik do sprawdzenia.
oruk-error-not-oruk = Ten plik nie jest plikiem JSON Open Referral UK.
oruk-error-too-large = Ten plik jest za duży: najwyżej 50 MB.
oruk-error-expired = To sprawdzenie wygasło. Wybierz plik jeszcze raz.
oruk-report-heading = Co zrobi wczytanie pliku { $file }
oruk-report-counts = Nowe: { $new }. Zmienione: { $changed }. Bez zmian: { $unchanged }. Pominięte: { $refused }.
oruk-outcome-new = Nowy
oruk-outcome-changed = Zmieniony
oruk-outcome-refused = Pominięty
oruk-entity-organization = Organizacja
oruk-entity-service = Usługa
oruk-field = Pole { $field }:
oruk-import-confirm = Wczytaj nowe i zmienione rekordy
oruk-import-nothing = Nic się nie zmieni.
oruk-imported = Gotowe. Telefony dostaną nowe i zmienione usługi przy następnym połączeniu.
oruk-export-heading = Pobierz ten katalog
oruk-export-json = Cały katalog w jednym pliku JSON
oruk-export-csv = To samo jako tabele CSV:
oruk-api = Inne katalogi mogą go w każdej chwili odczytać pod tym adresem:
