# Signpost — Português. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

# Fichas mantidas pela rede: os campos de uma ficha, tal como o antes/depois de uma alteração os mostra.
listing-field-name = Nome
listing-field-description = Descrição
listing-field-status = Aberto ou fechado
listing-field-eligibility = A quem se destina
listing-field-ages = Idades
listing-field-cost = Custo
listing-field-access = Como obter ajuda
listing-field-referrals = Recebe encaminhamentos através do Signpost
listing-field-needs = Necessidades em que ajuda
listing-field-languages = Línguas que a equipa fala
listing-field-areas = Zonas abrangidas
listing-field-locations = Locais
listing-field-phones = Números de telefone
listing-field-email = Email
listing-field-website = Site
listing-field-hours = Horário de funcionamento
listing-field-closures = Dias em que está fechado
listing-field-special-hours = Horário diferente em certas datas
listing-field-checked = Última verificação pela organização
listing-error-reason = Escreva porque é que a alteração é devolvida (no máximo 1000 caracteres).
listing-yes = Sim
listing-no = Não
listing-none = (nenhum)
listing-date-range = { $from } a { $to }

# As fichas de uma organização (/listings).
listings-title = As fichas da sua organização
listings-sign-in-needed = Inicie sessão para manter atualizadas as fichas da sua organização.
listings-forbidden = Só os administradores de uma organização e os coordenadores da rede podem alterar fichas.
coordinator-only = Só os coordenadores da rede podem ver esta página.
listings-saved-pending = Guardado. Um coordenador vai verificar a alteração antes de todos a verem.
listings-saved-published = Guardado. Todos veem agora a alteração, e os telemóveis recebem-na da próxima vez que se ligarem.
listings-confirmed = Obrigado: a ficha ficou marcada como verificada hoje.
listings-edit-organisation = Alterar os dados da sua organização
listings-services = Serviços
listings-none = A sua organização ainda não tem serviços listados.
listings-add = Adicionar um serviço
listings-changes = Alterações recentes
listings-no-changes = Ainda não há alterações.
listings-waiting = Alteração à espera de um coordenador
listings-archived = Retirado da lista
listings-checked = Verificado a { $date }
listings-due = Última verificação a { $date }. Confirme que ainda está correto.
listings-stale = Última verificação a { $date }, há mais de um ano: a lista avisa as pessoas de que pode estar desatualizado.
listings-never-checked = Nunca verificado. Confirme que ainda está correto.
listings-confirm = Ainda está correto
listings-confirm-named = { $name } ainda está correto
listings-edit = Alterar
listings-history = Versões anteriores
listings-trust-heading = Organização de confiança
listings-trusted = De confiança: as alterações são publicadas logo
listings-not-trusted = Sem confiança: um coordenador verifica primeiro cada alteração
listings-trust = Confiar nesta organização
listings-untrust = Deixar de confiar nesta organização

change-kind-new = Serviço novo
change-kind-changed = Alterado
change-kind-archived = Retirado
change-state-pending = à espera de um coordenador
change-state-published = publicado
change-state-returned = devolvido
change-state-replaced = substituído por uma alteração posterior
change-summary = { $kind }, { $state }, { $date }
change-reason = Porque foi devolvido:

# O formulário do serviço (/listings/edit).
edit-title = Alterar { $name }
edit-title-new = Adicionar um serviço
edit-intro = Altere o que está errado ou em falta e depois guarde. Um coordenador verifica as alterações antes de todos as verem.
edit-intro-new = Preencha o que sabe e depois guarde. Um coordenador verifica os serviços novos antes de todos os verem.
edit-back = Voltar às fichas
edit-returned = Um coordenador devolveu a sua última alteração:
edit-waiting = Há uma alteração a este serviço à espera de um coordenador. Está a alterar essa versão.
edit-conflict-theirs = Em que a versão mais recente difere do que escreveu:
edit-draft-found = Este telemóvel conservou alterações que escreveu antes e não chegou a guardar.
edit-draft-use = Repor as alterações
edit-draft-discard = Deitá-las fora
edit-problems = Corrija o seguinte e guarde de novo:
edit-save = Guardar
edit-archive-heading = Retirar este serviço da lista
edit-archive-intro = Para um serviço que deixou de funcionar. Fica guardado, e um coordenador pode repô-lo.
edit-archive = Retirar
edit-about = Sobre o serviço
edit-status-active = Aberto
edit-status-temporarily-closed = Fechado por agora
edit-status-inactive = Já não funciona
edit-who = A quem se destina
edit-min-age = Idade mínima (deixe vazio para qualquer idade)
edit-max-age = Idade máxima (deixe vazio para qualquer idade)
edit-free = Gratuito
edit-fees = Se não for gratuito, quanto custa
edit-hours-hint = Deixe uma linha vazia se não precisar dela.
edit-period-label = Horário { $number }
edit-day = Dia
edit-opens = Abre
edit-closes = Fecha
edit-overnight = Passa da meia-noite
edit-add-period = Adicionar outro horário
edit-closures-hint = Feriados e outros dias em que está fechado. Deixe "a" vazio para um só dia.
edit-closure-label = Dias de fecho { $number }
edit-closed-from = Fechado de
edit-closed-to = a
edit-closed-note = Motivo (opcional)
edit-add-closure = Adicionar mais dias de fecho
edit-special-hint = Horário mais curto ou extra em datas concretas, como a véspera de Natal: nessas datas substitui o horário habitual. Deixe "a" vazio para um só dia.
edit-special-label = Horário diferente { $number }
edit-special-from = De
edit-add-special = Adicionar mais datas com horário diferente
edit-location-label = Local { $number }
edit-place-name = Nome do local (opcional)
edit-address = Morada
edit-city = Localidade ou cidade
edit-postcode = Código postal
edit-neighbourhood = Zona (p. ex. Highfields)
edit-latitude = Latitude (opcional)
edit-longitude = Longitude (opcional)
edit-add-location = Adicionar outro local
edit-areas-hint = Uma zona por linha.
edit-contact = Contacto
edit-phone-label = Telefone { $number }
edit-phone-number = Número de telefone
edit-phone-description = Para que serve o número (opcional)
edit-add-phone = Adicionar outro número de telefone
edit-languages-hint = Códigos de língua, separados por vírgulas: so para somali, gu para guzerate, pl para polaco.

# As versões anteriores de um serviço (/listings/history).
history-title = Versões anteriores de { $name }
history-version = Versão { $version }, { $date }, por { $who }
history-approved-by = Aprovada por { $who }
history-by-operator = as pessoas que gerem o Signpost
history-changed = Alterado: { $fields }
history-restore = Repor a versão { $version }
history-restored = Essa versão está de volta à lista.

# A fila do coordenador (/listings/changes).
queue-title = Alterações a verificar
queue-empty = Não há alterações à espera.
queue-asked = { $kind } · pedido por { $who } a { $date }
queue-field = O quê
queue-before = Antes
queue-after = Depois
queue-approve = Aprovar e publicar
queue-reason = Porque a está a devolver (a organização vê isto)
queue-send-back = Devolver
queue-approved = Publicado. Os telemóveis recebem-no da próxima vez que se ligarem.
queue-sent-back = Devolvido à organização.

# As organizações do coordenador (/listings/organisations).
organisations-title = Organizações
oruk-link = Open Referral UK: descarregar o diretório ou trazer serviços
organisations-facts = { $services ->
        [one] 1 serviço
       *[other] { $services } serviços
    } · { $members ->
        [one] 1 membro
       *[other] { $members } membros
    } · { $pending } à espera · { $due } por verificar
organisations-last-change = Última alteração publicada a { $date }
organisations-oldest-check = Verificação mais antiga: { $date }
organisations-add = Adicionar uma organização
organisations-add-button = Adicionar a organização
organisations-created = A organização está na lista. Envie esta ligação à pessoa que vai tratar das suas fichas: funciona uma só vez, durante 7 dias.
organisations-link = Ligação de convite para o seu primeiro administrador
organisation-edit-title = Os dados da sua organização

# Comunicar um problema com uma ficha (/services/:id/report), e as comunicações.
report-title = Comunicar um problema com { $service }
report-intro = Diga à organização e aos coordenadores da rede o que está errado. Não escreva o nome nem os contactos de ninguém.
report-kind = O que está errado?
report-kind-out-of-date = Desatualizado
report-kind-closed = Já fechou
report-kind-contact = Telefone, email ou morada errados
report-kind-other = Outra coisa
report-text = Mais pormenores (necessário para "Outra coisa")
report-submit = Enviar a comunicação
report-sent = Obrigado. A comunicação foi enviada.
report-kept = Obrigado. Agora não há ligação: a comunicação fica guardada neste telemóvel e é enviada quando houver.
report-not-kept = Este telemóvel não conseguiu guardar a comunicação. Tente novamente.
report-error-kind = Escolha o que está errado.
report-error-text = Diga o que está errado em 500 caracteres, no máximo.
reports-title = Comunicações de pessoas que usam a lista
reports-none = Não há comunicações.
reports-about = { $kind }, { $date }
reports-done = Tratado
reports-done-button = Marcar como tratado

listings-caseworkers = Quem trata dos encaminhamentos do serviço
listings-caseworkers-intro = Os administradores da sua organização tratam sempre. Escolha os membros que também devem tratar: veem os encaminhamentos deste serviço na sua caixa de entrada e podem agir sobre eles.
listings-caseworkers-save = Guardar quem trata dos encaminhamentos
listings-caseworkers-saved = Guardado: passam a ver os encaminhamentos do serviço na sua caixa de entrada.
listing-error-member = Só podem ser escolhidos técnicos da sua organização.
organisation-areas = Zonas onde trabalha

## Checks on a service before it is saved (the listings pages show them)

service-invalid-name = O nome deve ter entre 1 e 200 caracteres.
service-invalid-text = A descrição e o campo “A quem se destina” devem ter, cada um, no máximo 5000 caracteres.
service-invalid-ages = As idades devem ir de 0 a 120, e a idade mínima não pode ser superior à máxima.
service-invalid-needs = Escolha pelo menos uma necessidade em que o serviço ajuda.
service-invalid-language = As línguas devem ser códigos ISO 639, como so para somali ou gu para guzerate.
service-invalid-hours = O horário de funcionamento deve ter um dia de segunda-feira a domingo e horas entre 00:00 e 23:59.
service-invalid-closure = Um período de fecho deve terminar no dia em que começa ou depois, e a sua nota ter no máximo 200 caracteres.
service-invalid-special-hours = Um horário diferente precisa de uma data de início, uma data de fim (se houver) no mesmo dia ou depois, uma hora de abertura e uma hora de fecho posterior, e uma nota de no máximo 200 caracteres.
service-invalid-email = O endereço de email não é válido.
service-invalid-website = O site deve ser um endereço completo que comece por https://.
service-invalid-phone = Um número de telefone deve ter pelo menos 3 algarismos e no máximo 40 caracteres, e a sua descrição no máximo 200 caracteres.
service-invalid-organisation = Essa organização não está na lista.
service-invalid-location = Cada local precisa de uma morada e de uma localidade ou cidade (no máximo 200 caracteres cada); as coordenadas do mapa, se indicadas, devem ser números.
service-invalid-postcode = O código postal deve ser um código postal do Reino Unido, como LE2 0AB.
service-invalid-fees = A descrição do custo deve ter no máximo 200 caracteres.
service-invalid-areas = Cada zona deve ter de 1 a 200 caracteres, e pode haver no máximo 50 zonas.
service-invalid-period-order = Um horário deve terminar depois de começar. Se passar da meia-noite, assinale "Passa da meia-noite".
service-invalid-status = Escolha se o serviço está aberto, fechado por agora, ou se já não funciona.
