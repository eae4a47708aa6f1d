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
