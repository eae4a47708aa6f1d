# Signpost — Português. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).
# Convites: um administrador da organização convida um membro, que cria a sua conta.

## Convidar um membro (/members/invite)

invite-title = Convidar um membro
invite-intro = Crie uma ligação para alguém que se junta à sua organização. A pessoa abre-a, introduz o seu endereço de email e escolhe a sua própria palavra-passe.
invite-role-legend = A função da pessoa
invite-role-worker = Técnico
invite-role-worker-hint = Encaminha famílias para serviços.
invite-role-org-admin = Administrador da organização
invite-role-org-admin-hint = Também convida membros e trata dos encaminhamentos que os serviços da sua organização recebem.
invite-submit = Criar uma ligação de convite
invite-created = A ligação de convite está pronta. Copie-a agora e envie-a ao novo membro.
invite-link-label = Ligação de convite
invite-link-hint =
    { $days ->
        [one] Funciona uma só vez, durante 1 dia. Só é mostrada agora: se a perder, crie uma nova.
       *[other] Funciona uma só vez, durante { $days } dias. Só é mostrada agora: se a perder, crie uma nova.
    }
invite-sign-in-needed = Inicie sessão com a sua conta de administrador da organização para convidar membros.
invite-forbidden = Só os administradores da sua organização podem convidar membros.

## Aceitar um convite (/invite/<token>)

invite-accept-title = Junte-se à sua organização no Signpost
invite-accept-intro = Recebeu um convite para fazer encaminhamentos com a sua organização. Introduza o seu endereço de email e escolha uma palavra-passe para criar a sua conta.
invite-accept-password = Escolha uma palavra-passe
invite-accept-password-hint = Pelo menos { $min } caracteres. Algumas palavras de que se vá lembrar funcionam bem.
invite-accept-submit = Criar a minha conta
invite-accept-needs-connection = Para criar uma conta é preciso ter ligação à internet.

## Membros (/members)

members-title = Membros da sua organização
members-intro = Todas as pessoas aqui podem iniciar sessão no Signpost pela sua organização. Quando alguém sai, retire-lhe o acesso: deixa de poder iniciar sessão, e os encaminhamentos que enviou ficam com os serviços que os receberam.
members-joined = entrou a { $date }
members-you = É você.
members-remove-short = Retirar acesso
members-remove = Retirar o acesso de { $email }
members-removed = Acesso retirado.
members-role-coordinator = Coordenador
members-sign-in-needed = Inicie sessão com a sua conta de administrador da organização para ver os seus membros.
members-forbidden = Só os administradores da sua organização podem ver e gerir os seus membros.
members-unsent-intro = Algumas pessoas a quem retirou o acesso deixaram num telemóvel encaminhamentos que nunca foram enviados. Já não podem ser enviados: contacte essas famílias, ou os serviços, de outra forma.
members-unsent-item = { $count ->
    [one] um encaminhamento, à espera desde { $since }
   *[other] { $count } encaminhamentos, à espera desde { $since }
}

## Alterar a palavra-passe (/account/password)

password-title = Alterar a sua palavra-passe
password-intro = Escolha uma nova palavra-passe. Continua com a sessão iniciada aqui; em qualquer outro sítio onde tenha sessão iniciada, vai precisar da nova palavra-passe.
password-current = A sua palavra-passe atual
password-new = Nova palavra-passe
password-new-hint = Pelo menos { $min } caracteres, e não uma palavra-passe comum. Algumas palavras de que se vá lembrar funcionam bem.
password-confirm = Repita a nova palavra-passe
password-submit = Alterar a minha palavra-passe
password-changed = A sua palavra-passe foi alterada.

## Errors of the account pages

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
