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

## A página Open Referral UK do coordenador (/listings/oruk).
oruk-title = Open Referral UK
oruk-intro = Open Referral UK é a norma que as câmaras e outros diretórios usam para partilhar serviços. Descarregue este diretório nela, ou traga serviços de outro diretório.
oruk-import-heading = Trazer serviços de outro diretório
oruk-import-file = Ficheiro Open Referral UK (JSON)
oruk-import-hint = Nada muda até ver o que o ficheiro faria e dizer que sim. Os serviços são identificados pelos seus ids, por isso o mesmo ficheiro duas vezes não muda nada.
oruk-import-check = Verificar o ficheiro
oruk-error-no-file = Escolha um ficheiro para verificar.
oruk-error-not-oruk = Esse ficheiro não é JSON Open Referral UK.
oruk-error-too-large = Esse ficheiro é demasiado grande: no máximo 50 MB.
oruk-error-expired = Essa verificação expirou. Escolha o ficheiro outra vez.
oruk-report-heading = O que traria { $file }
oruk-report-counts = Novos: { $new }. Alterados: { $changed }. Iguais: { $unchanged }. De fora: { $refused }.
oruk-outcome-new = Novo
oruk-outcome-changed = Alterado
oruk-outcome-refused = De fora
oruk-entity-organization = Organização
oruk-entity-service = Serviço
oruk-field = Campo { $field }:
oruk-import-confirm = Trazer os registos novos e alterados
oruk-import-nothing = Nada mudaria.
oruk-imported = Feito. Os telemóveis recebem os serviços novos e alterados quando se ligarem de novo.
oruk-export-heading = Descarregar este diretório
oruk-export-json = O diretório inteiro, num ficheiro JSON
oruk-export-csv = O mesmo, em tabelas CSV:
oruk-api = Outros diretórios podem lê-lo a qualquer momento neste endereço:
