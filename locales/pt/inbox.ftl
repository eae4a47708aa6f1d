# Signpost — Português. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).
# A caixa de entrada de uma organização que recebe encaminhamentos.

## A caixa de entrada

inbox-title = Encaminhamentos recebidos
inbox-new-count =
    { $count ->
        [0] Nenhum encaminhamento novo
        [one] Um encaminhamento novo
       *[other] { $count } encaminhamentos novos
    }
inbox-empty = Os serviços da sua organização ainda não receberam nenhum encaminhamento.
inbox-purge-soon-count =
    { $count ->
        [one] Um encaminhamento vai ter os dados pessoais apagados dentro de um mês, porque ninguém trabalhou nele. Atualize-o ou acrescente uma nota para o manter.
       *[other] { $count } encaminhamentos vão ter os dados pessoais apagados dentro de um mês, porque ninguém trabalhou neles. Atualize-os ou acrescente uma nota para os manter.
    }
inbox-purge-on = Os dados pessoais serão apagados a { $date }, a menos que alguém trabalhe neste encaminhamento.
inbox-pages = Páginas de encaminhamentos
inbox-page-of = Página { $page } de { $pages }
inbox-page-newer = Encaminhamentos mais recentes
inbox-page-older = Encaminhamentos mais antigos
inbox-sign-in-needed = Inicie sessão para ver os encaminhamentos que a sua organização recebeu.
inbox-forbidden = Só os administradores da sua organização, e os membros que eles escolherem para um serviço, podem ver os encaminhamentos que esse serviço recebe.
inbox-details-removed = Dados removidos
inbox-safeguarding = Preocupação de proteção
inbox-status = Estado
inbox-urgency = Urgência
inbox-needs = Necessidades
inbox-needs-described = Ver o apoio necessário
inbox-received = Recebido
inbox-changed = Última atualização
inbox-date-time = { $date }, { $time }

## Um encaminhamento

inbox-referral-title = Encaminhamento
inbox-for-service = Para:
inbox-decline-reason-given = Motivo da recusa
inbox-outcome = Resultado
inbox-section-need = O que é necessário
inbox-support = Apoio necessário
inbox-support-none = Não foi dada nenhuma descrição.
inbox-safeguarding-label = Preocupação de proteção
inbox-yes = Sim
inbox-no = Não
inbox-section-contact = Contacto
inbox-contact-method = Como contactar
inbox-contact-detail = Dados de contacto
inbox-language = Língua preferida
inbox-interpreter = Precisa de intérprete
inbox-referred-by = Encaminhado por
inbox-referrer-contact = Contacto da pessoa que fez o encaminhamento
inbox-section-consent = Consentimento
inbox-consent-given = A pessoa aceitou ser encaminhada e que estes dados fossem partilhados com este serviço.
inbox-consent-statement = O que foi dito à pessoa
inbox-consent-language = Língua em que foi lido
inbox-consent-time = Aceite em

## O que se pode fazer a um encaminhamento

inbox-actions = O que fazer a seguir
inbox-no-actions = Este encaminhamento está encerrado. Não se pode fazer mais nada com ele.
inbox-mark-seen = Marcar como visto
inbox-accept = Aceitar
inbox-decline-legend = Recusar o encaminhamento
inbox-decline-reason = Motivo da recusa
inbox-decline-hint = A pessoa que fez o encaminhamento vai ver este motivo. Não inclua dados pessoais.
inbox-decline = Recusar
inbox-close-legend = Encerrar o encaminhamento
inbox-outcome-choose = Escolha um resultado
inbox-close = Encerrar
inbox-error-outcome = Escolha um resultado para encerrar o encaminhamento.
inbox-saved = Guardado.

## Notas (vistas apenas pela organização que recebe)

inbox-notes = Notas
inbox-notes-none = Ainda não há notas.
inbox-note-add = Acrescentar uma nota
inbox-note-label = Nota
inbox-note-hint = Só as pessoas que tratam dos encaminhamentos deste serviço veem as notas. Até 2000 caracteres.
inbox-note-submit = Acrescentar nota
inbox-note-by = { $author }, { $time }
