# Signpost — Português. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Encaminhar uma família (do lado do telemóvel)

refer-title = Encaminhar para { $service }
refer-not-accepting = Este serviço não recebe encaminhamentos através do Signpost. Contacte o serviço diretamente.
refer-needs-javascript = Os encaminhamentos ficam guardados neste telemóvel até poderem ser enviados, o que precisa de JavaScript. Ative o JavaScript, ou contacte o serviço diretamente.
refer-step-consent = 1. Pedir consentimento
refer-consent-language = Língua em que vai ler a declaração
referral-consent-statement = Gostaríamos de enviar os seus dados ao serviço { $service }, para que possa entrar em contacto consigo sobre a ajuda de que precisa. Vamos partilhar o seu nome, a forma de entrar em contacto consigo, a língua que prefere e a ajuda de que precisa. Só o serviço e a pessoa que lhe está a dar apoio hoje os vão ver. Os seus dados são apagados quando ninguém tiver trabalhado no encaminhamento durante { $period }. Pode dizer que não, e isso não muda a ajuda que lhe damos hoje. Pode mudar de ideias mais tarde, contactando o serviço.
refer-consent-given = A pessoa ouviu esta declaração e concorda
refer-consent-missing = Sem o acordo da pessoa, nada é guardado nem enviado.
refer-consent-machine-draft = Nenhum falante fluente verificou ainda esta tradução: é um rascunho feito por máquina. Se houver o risco de a pessoa não a compreender totalmente, recorra a um intérprete.
refer-consent-in-english = A declaração em inglês mudou depois de esta tradução ter sido feita, por isso é mostrada em inglês até ser traduzida de novo. Recorra a um intérprete.
refer-privacy-title = Aviso de privacidade
refer-privacy-body = O Signpost guarda este encaminhamento neste telemóvel, protegido com um código, só até ele chegar ao serviço. Depois disso, o telemóvel guarda apenas uma nota de que foi enviado, sem dados pessoais. Só estas pessoas podem ver os dados: os responsáveis do serviço, os técnicos que eles escolherem para tratar dos encaminhamentos do serviço, e você. Mais ninguém na sua organização os pode ver. O coordenador da rede vê apenas números, nunca nomes. Os dados são apagados quando ninguém tiver trabalhado no encaminhamento durante { $period }, independentemente do que lhe tenha acontecido.
refer-step-details = 2. O encaminhamento
refer-name = Nome da pessoa
refer-contact-method = Forma de contacto preferida
refer-contact-detail-phone = Número de telefone
refer-contact-detail-sms = Número de telemóvel
refer-contact-detail-email = Endereço de email
refer-contact-detail-letter = Morada postal
refer-language = Língua preferida
refer-choose = Escolha…
refer-language-other = Outra língua
refer-language-other-name = Nome da língua
refer-interpreter = Precisa de intérprete
refer-needs = Em que precisa de ajuda
refer-support = O apoio necessário, por palavras suas
refer-urgency = Qual a urgência
refer-safeguarding = Há uma preocupação de proteção
refer-safeguarding-hint = Isto só informa o serviço. Siga também, agora, o procedimento de proteção da sua própria organização.
refer-referrer-contact = O seu número de telefone ou endereço de email
refer-submit = Guardar o encaminhamento
refer-storage-failed = Este telemóvel não conseguiu guardar o encaminhamento, por isso nada foi guardado. Contacte o serviço diretamente.
refer-sign-in = Inicie sessão para encaminhar uma família. Os encaminhamentos ficam guardados neste telemóvel como seus, por isso inicie sessão enquanto tem ligação; depois disso, pode encaminhar sem rede.

## Os encaminhamentos neste telemóvel

outbox-title = Encaminhamentos neste telemóvel
outbox-empty = Não há encaminhamentos neste telemóvel.
outbox-offline = Sem ligação: os encaminhamentos em espera são enviados quando o telemóvel voltar a estar ligado.
outbox-sign-in = Inicie sessão para enviar os encaminhamentos em espera. Até lá, ficam neste telemóvel.
outbox-sign-in-link = Iniciar sessão
outbox-unavailable = Este navegador não consegue guardar encaminhamentos no telemóvel. Contacte os serviços diretamente.
outbox-send-now = Enviar agora
outbox-sending = A enviar…
outbox-state-queued = À espera de ser enviado
outbox-state-sending = A enviar
outbox-state-delivered = Entregue ao serviço
outbox-state-conflict = Não enviado: o servidor já tem outro encaminhamento com este número. Confirme com o serviço e depois remova este.
outbox-state-refused = Não enviado: precisa de ser corrigido.
outbox-error-too-large = Este encaminhamento é demasiado grande para ser enviado. Contacte o serviço diretamente e depois remova-o deste telemóvel.
outbox-others-waiting = { $count ->
    [one] Um encaminhamento feito por outro técnico está à espera neste telemóvel. Só essa pessoa o pode ver ou enviar, quando voltar a iniciar sessão.
   *[other] { $count } encaminhamentos feitos por outros técnicos estão à espera neste telemóvel. Só essas pessoas os podem ver ou enviar, quando voltarem a iniciar sessão.
}
outbox-password-link = Alterar a sua palavra-passe
outbox-state-not-accepting = Não enviado: este serviço já não recebe encaminhamentos através do Signpost. Contacte o serviço, ou encaminhe para outro serviço; depois remova este.
outbox-answer = Resposta do serviço: { $status }
outbox-remove = Remover deste telemóvel
outbox-sign-out = Terminar sessão
outbox-sign-out-warning = { $count ->
    [one] Um encaminhamento ainda não foi enviado. Terminar a sessão apaga-o deste telemóvel. Terminar a sessão mesmo assim?
   *[other] { $count } encaminhamentos ainda não foram enviados. Terminar a sessão apaga-os deste telemóvel. Terminar a sessão mesmo assim?
}

## A referral's status, outcome, urgency and contact method (the outbox, the form and the inbox)

referral-status-new = Novo
referral-status-seen = Visto
referral-status-accepted = Aceite
referral-status-declined = Recusado
referral-status-closed = Encerrado
referral-outcome-supported = Apoiado
referral-outcome-could-not-contact = Não foi possível contactar
referral-outcome-no-longer-needed = Já não é necessário
referral-outcome-referred-elsewhere = Encaminhado para outro serviço
referral-urgency-routine = Não urgente
referral-urgency-soon = Em breve
referral-urgency-urgent = Urgente
referral-contact-phone = Chamada telefónica
referral-contact-sms = Mensagem de texto
referral-contact-email = Email
referral-contact-letter = Carta
referral-contact-through-referrer = Através da pessoa que fez o encaminhamento

## Errors of a referral (the form, the outbox and the inbox show them)

referral-error-name-required = Introduza o nome da pessoa.
referral-error-name-too-long = O nome deve ter no máximo 100 caracteres.
referral-error-phone-invalid = Introduza um número de telefone como 0116 496 0123.
referral-error-mobile-invalid = Introduza um número de telemóvel que receba SMS, como 07700 900123.
referral-error-email-invalid = Introduza um endereço de email como name@example.org.
referral-error-address-invalid = Introduza uma morada postal (de 8 a 300 caracteres).
referral-error-language-invalid = Escolha a língua preferida da pessoa.
referral-error-language-name = Escreva o nome da língua, com letras.
referral-error-support-required = Escolha pelo menos uma necessidade, ou descreva o apoio necessário.
referral-error-support-too-long = A descrição deve ter no máximo 2000 caracteres.
referral-error-referrer-contact-invalid = Introduza o seu número de telefone ou endereço de email, para que o serviço possa entrar em contacto consigo.
referral-error-consent-required = A pessoa tem de concordar antes de o encaminhamento poder ser guardado ou enviado.
referral-error-consent-invalid = O registo do consentimento não é válido. Leia novamente a declaração de consentimento com a pessoa.
referral-error-consent-unknown = A declaração de consentimento neste telemóvel não é uma que o servidor conheça. Atualize o Signpost e depois leia novamente a declaração com a pessoa.
referral-error-reason-required = Indique um motivo para a recusa.
referral-error-reason-too-long = O motivo deve ter no máximo 500 caracteres.
referral-error-status-change = Essa alteração não é possível agora. Recarregue para ver o estado atual do encaminhamento.
referral-error-purged = Os dados pessoais deste encaminhamento foram removidos ao abrigo da política de conservação de dados.
referral-error-note = Uma nota deve ter entre 1 e 2000 caracteres.
referral-error-batch = Não foi possível ler os encaminhamentos enviados. Nada foi guardado; continuam no telemóvel.
