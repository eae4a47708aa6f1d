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
