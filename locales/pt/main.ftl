# Signpost — Português. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Site

app-name = Signpost
app-description = Encontre serviços comunitários locais em Leicester e partilhe-os com as famílias na sua língua.
skip-to-content = Saltar para o conteúdo
language-switcher = Língua
list-separator = { ", " }
notice-demo = Dados de demonstração: estas fichas são exemplos para experimentar o Signpost. Os números de telefone e os emails não chegam a ninguém.
notice-machine-draft = Esta tradução foi feita por máquina e ainda não foi verificada por um falante fluente.
footer-about = O Signpost é a lista de serviços da rede de parceiros comunitários #PowerToChange em Leicester.
loading = A carregar…

## Erros

not-found-title = Página não encontrada
not-found-body = Não conseguimos encontrar essa página. O serviço ou a organização podem ter sido removidos.
back-to-search = Voltar à pesquisa
error-title = Algo correu mal
error-not-found = Não conseguimos encontrar isso.
error-internal = Algo correu mal do nosso lado. Tente novamente daqui a pouco.
error-unreachable = O Signpost não conseguiu chegar ao servidor. Verifique a sua ligação e tente novamente.
error-bad-request = Havia algo errado nesse pedido. Tente novamente.
error-busy = O servidor está ocupado. Tente novamente daqui a um minuto.
error-unavailable = Neste momento, o Signpost não consegue chegar à sua base de dados. Tente novamente daqui a um minuto.

## Pesquisa

search-title = Encontrar um serviço
search-label = Em que precisa de ajuda?
search-placeholder = Por exemplo: banco alimentar, apoio à habitação, computador portátil
search-button = Pesquisar
filters-legend = Filtros
filters-clear = Limpar pesquisa e filtros
filter-need = Necessidade
filter-any-need = Qualquer necessidade
filter-area = Zona
filter-any-area = Qualquer sítio em Leicester
filter-language = Língua falada
filter-any-language = Qualquer língua
filter-age = Idade da pessoa
filter-free = Gratuito
filter-open-now = Aberto agora
filter-referrals = Aceita encaminhamentos
results-count =
    { $count ->
        [0] Nenhum serviço encontrado
        [one] Um serviço
       *[other] { $count } serviços
    }
results-empty = Nada corresponde. Experimente outras palavras, ou limpe alguns filtros.
pager-label = Mais resultados
pager-previous = Anterior
pager-next = Seguinte
pager-position = Página { $page } de { $pages }
card-facts-label = Informações principais
card-languages = Fala: { $languages }
badge-free = Gratuito
badge-referrals = Aceita encaminhamentos

## Página do serviço

service-by = Gerido por
service-about = Sobre este serviço
service-needs = Ajuda com
service-who = A quem se destina
service-free = Gratuito.
service-not-free = Pode ter custos.
service-how = Como obter ajuda
service-hours = Horário de funcionamento
service-languages = Línguas faladas pela equipa
service-contact = Contacto
service-where = Onde
service-areas = Abrange: { $areas }
service-last-reviewed = Última verificação pela organização: { $date }
service-may-be-out-of-date = A organização não verifica estes dados há mais de um ano: podem estar desatualizados. Telefone antes de encaminhar alguém.
service-report-link = Comunicar um problema com esta ficha
access-drop-in = Pode aparecer durante o horário de funcionamento
access-self-referral = Contacte-os diretamente
access-professional-referral = Um técnico, a escola ou o médico de família pode encaminhar
access-phone = Ajuda por telefone
access-appointment = Com marcação prévia
access-signpost-referral = Recebe encaminhamentos através do Signpost
access-contact = Contacte-os para saber como obter ajuda
hours-caption = Horário de funcionamento, hora de Leicester
hours-none = Sem horário fixo: contacte-os para marcar uma hora.
hours-closed = Fechado
hours-period = { $opens }–{ $closes }
hours-period-overnight = { $opens }–{ $closes } (dia seguinte)
hours-closure = Fechado de { $from } a { $to }
hours-special-day = Horário diferente a { $date }: { $times }
hours-special = Horário diferente de { $from } a { $to }: { $times }
contact-call = Ligar para { $number }
contact-text = Enviar SMS para { $number }
contact-email = Enviar email para { $email }
contact-website = Site
location-map = Abrir num mapa

## Página da organização

organisation-services =
    { $count ->
        [0] Nenhum serviço listado
        [one] Um serviço
       *[other] { $count } serviços
    }

## Estado de abertura

status-temporarily-closed = Temporariamente fechado
status-open-closes = Aberto agora · fecha { $when }
status-closed-opens = Fechado · abre { $when }
status-closed = Fechado
status-no-hours = Contacte-os para saber o horário
when-today = às { $time }
when-tomorrow = amanhã às { $time }
when-weekday = { $day } às { $time }
when-date = { $date } às { $time }

## Idades

ages-range = Idades: { $min }–{ $max }
ages-min = Idades: { $min } ou mais
ages-max = Idades: até { $max }
ages-all = Todas as idades

## Datas

day-1 = segunda-feira
day-2 = terça-feira
day-3 = quarta-feira
day-4 = quinta-feira
day-5 = sexta-feira
day-6 = sábado
day-7 = domingo
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
date-format = { $day } de { $month } de { $year }

## Necessidades. As mensagens -terms são palavras de pesquisa extra, separadas por vírgulas.

need-food = Alimentação
need-food-terms = banco alimentar, refeições, fome, compras de mercearia, almoço, comida
need-housing = Habitação e pessoas sem-abrigo
need-housing-terms = sem-abrigo, abrigo, renda, arrendamento, despejo, dormir na rua
need-money = Dinheiro, dívidas e apoios sociais
need-money-terms = dívidas, apoios sociais, subsídios, Universal Credit, contas, orçamento familiar
need-immigration = Imigração, asilo e refugiados
need-immigration-terms = asilo, refugiado, Home Office, visto, recém-chegados
need-health = Saúde e bem-estar mental
need-health-terms = saúde mental, bem-estar, ansiedade, anemia falciforme, cuidadores
need-families = Crianças e famílias
need-families-terms = crianças, pais, família, cuidados infantis, creche
need-youth = Atividades para jovens
need-youth-terms = jovens, adolescentes, clube de jovens, brincar
need-education = Educação, formação e emprego
need-education-terms = empregos, trabalho, formação, cursos, inglês, ESOL, escola
need-send = Necessidades educativas especiais e deficiência (SEND)
need-send-terms = SEND, deficiência, EHCP, necessidades especiais, estágio
need-care-experienced = Cresceram em acolhimento
need-care-experienced-terms = acolhimento, acolhimento familiar, família de acolhimento, instituição, lar de infância, jovens em acolhimento, saída do acolhimento, care leaver, foster care
need-prisoners-families = Famílias de reclusos
need-prisoners-families-terms = prisão, recluso, visitas, pena
need-digital = Computadores e internet
need-digital-terms = inclusão digital, portátil, computador portátil, laptop, computador, internet, online, telemóvel, telefone, wifi
need-community = Comunidade, cultura e fé
need-community-terms = centro comunitário, cultura, fé, religião, voluntariado, convívio
need-safety = Crime e segurança
need-safety-terms = crime, crimes com facas, exploração, segurança, violência

## Línguas (códigos ISO 639)

language-en = Inglês
language-gu = Guzerate
language-pa = Panjabi
language-pl = Polaco
language-ro = Romeno
language-ur = Urdu
language-bn = Bengali
language-pt = Português
language-ar = Árabe
language-so = Somali
language-hi = Hindi
language-ku = Curdo
language-fa = Persa
language-ps = Pastó
language-ti = Tigrínia
language-ta = Tâmil
language-fr = Francês
language-sw = Suaíli

## Verificações de um serviço antes de ser guardado

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

## Sem ligação: a ligação e a lista guardada neste telemóvel

net-offline = Está sem ligação. O Signpost está a usar a lista de serviços guardada neste telemóvel.
net-offline-partial = Está sem ligação. Só parte da lista de serviços foi guardada neste telemóvel antes de a ligação cair.
net-offline-nothing = Está sem ligação, e a lista de serviços ainda não foi guardada neste telemóvel. Ligue-se uma vez para a guardar.
net-saving = A guardar a lista de serviços neste telemóvel, para usar sem rede…
net-progress = A guardar a lista de serviços
net-saved = Guardado neste telemóvel para usar sem rede
net-updated = atualizado { $ago }
net-sync-failed = Não foi possível verificar se a lista de serviços mudou. O Signpost vai tentar novamente.
net-save-failed = O navegador deste telemóvel não guardou a lista de serviços, por isso o Signpost precisa de ligação para funcionar.
net-persist-refused = Este navegador pode apagar a lista guardada se o telemóvel ficar com pouco espaço. Abra o Signpost com ligação de vez em quando para a manter.
# A única linha fixa no fundo do ecrã (as mensagens acima dizem o resto, na página).
net-line-offline = Sem ligação: a usar a lista guardada
net-line-offline-partial = Sem ligação: lista guardada em parte
net-line-offline-nothing = Sem ligação: lista ainda não guardada
net-line-saving = A guardar a lista…
net-line-saved = Guardado neste telemóvel
net-line-sync-failed = Não foi possível verificar alterações
net-line-save-failed = Não foi possível guardar a lista
ago-just-now = agora mesmo
ago-minutes =
    { $count ->
        [one] há 1 minuto
       *[other] há { $count } minutos
    }
ago-hours =
    { $count ->
        [one] há 1 hora
       *[other] há { $count } horas
    }
ago-days =
    { $count ->
        [one] há 1 dia
       *[other] há { $count } dias
    }
update-available = Está disponível uma nova versão do Signpost.
update-reload = Recarregar

## Contas e encaminhamentos

error-unauthorised = Inicie sessão para fazer isso.
error-forbidden = A sua conta não pode fazer isso.
error-conflict = Outra pessoa alterou isto enquanto estava a trabalhar. Nada foi guardado: é mostrada a versão dessa pessoa, e o que escreveu é mantido para que o possa acrescentar de novo.
error-cross-site = Este pedido veio de outro site e foi recusado.
footer-inbox = Caixa de entrada (encaminhamentos recebidos)
footer-listings = As suas fichas
footer-sign-in = Iniciar sessão (organizações parceiras)
login-title = Iniciar sessão
login-intro = Para funcionários e voluntários das organizações parceiras da rede. Qualquer pessoa pode pesquisar na lista de serviços sem iniciar sessão.
login-email = Endereço de email
login-password = Palavra-passe
login-submit = Iniciar sessão
login-error-invalid = Esse endereço de email e essa palavra-passe não correspondem a nenhuma conta. Verifique-os e tente novamente.
login-error-limited = Demasiadas tentativas de início de sessão. Espere um minuto e tente novamente.
login-error-busy = O servidor está ocupado. Tente novamente daqui a um minuto.
login-needs-connection = Para iniciar sessão é preciso ter ligação. Pode continuar a pesquisar na lista de serviços.
account-error-password-short = Escolha uma palavra-passe com pelo menos 12 caracteres.
account-error-password-long = Escolha uma palavra-passe com no máximo 128 caracteres.
account-error-password-common = Essa palavra-passe é demasiado fácil de adivinhar. Escolha outra: algumas palavras de que se vá lembrar funcionam bem.
account-error-password-mismatch = As duas novas palavras-passe não são iguais. Escreva novamente a nova palavra-passe.
account-error-password-same = A nova palavra-passe é igual à antiga. Escolha uma diferente.
account-error-current-password = A sua palavra-passe atual não está correta. Verifique-a e tente novamente.
account-error-email-invalid = Introduza um endereço de email como name@example.org.
account-error-email-taken = Já existe uma conta com esse endereço de email.
account-error-remove-self = Não pode retirar o seu próprio acesso. Peça a outro administrador da sua organização.
account-error-invitation = Esta ligação de convite expirou ou já foi usada. Peça uma nova.
account-error-role = Os convites só podem ser para técnicos ou administradores da organização.
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

## Períodos de conservação, tal como a declaração de consentimento e o aviso de privacidade os dizem

retention-period = { $unit ->
    [years] { $count ->
        [one] um ano
       *[other] { $count } anos
    }
    [months] { $count ->
        [one] um mês
       *[other] { $count } meses
    }
   *[days] { $count ->
        [one] um dia
       *[other] { $count } dias
    }
}

## Links to pages whose own messages travel only with them (accounts.ftl, inbox.ftl, referrals.ftl)

inbox-sign-in = Iniciar sessão
outbox-link = Encaminhamentos neste telemóvel
refer-link = Encaminhar uma família para este serviço
back-to-service = Voltar ao serviço
inbox-back = Voltar aos encaminhamentos recebidos
invite-member-link = Convidar um membro
members-link = Membros
