# Signpost — Português. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Importação Open Referral UK: porque um registo ficou de fora (o campo está indicado ao lado).
oruk-refused-id = O identificador não é um UUID.
oruk-refused-organization = A sua organização não está na fonte, ou ficou de fora.
oruk-refused-status = O estado tem de ser active, inactive, defunct ou temporarily closed.
oruk-refused-schedule = Só se podem trazer horários semanais com dias, hora de abertura e de fecho.
oruk-refused-needs = Nenhum dos seus termos de classificação é uma necessidade que este diretório conheça.
oruk-refused-date = A data tem de estar escrita como ano-mês-dia, por exemplo 2026-11-03.
oruk-refused-record = Não foi possível ler este registo.
oruk-refused-duplicate = Este identificador aparece duas vezes na fonte.
