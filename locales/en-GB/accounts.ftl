# Signpost — invitations: an organisation admin invites a member, who makes their account
# (British English, reference locale).

## Inviting a member (/members/invite)

invite-title = Invite a member
invite-intro = Make a link for someone joining your organisation. They open it, enter their email address and choose their own password.
invite-role-legend = Their role
invite-role-worker = Worker
invite-role-worker-hint = Refers families to services.
invite-role-org-admin = Organisation admin
invite-role-org-admin-hint = Also invites members and works through the referrals your organisation's services receive.
invite-submit = Make an invitation link
invite-created = The invitation link is ready. Copy it now and send it to the new member.
invite-link-label = Invitation link
invite-link-hint =
    { $days ->
        [one] It works once, for 1 day. It is shown only now: if it is lost, make a new one.
       *[other] It works once, for { $days } days. It is shown only now: if it is lost, make a new one.
    }
invite-sign-in-needed = Sign in with your organisation admin account to invite members.
invite-forbidden = Only your organisation's admins can invite members.

## Accepting an invitation (/invite/<token>)

invite-accept-title = Join your organisation on Signpost
invite-accept-intro = You have been invited to make referrals with your organisation. Enter your email address and choose a password to create your account.
invite-accept-password = Choose a password
invite-accept-password-hint = At least { $min } characters. A few words you will remember work well.
invite-accept-submit = Create my account
invite-accept-needs-connection = Creating an account needs a connection.

## Members (/members)

members-title = Members of your organisation
members-intro = Everyone here can sign in to Signpost for your organisation. When someone leaves, remove their access: they can no longer sign in, and the referrals they sent stay with the services that received them.
members-joined = joined { $date }
members-you = This is you.
members-remove-short = Remove access
members-remove = Remove access for { $email }
members-removed = Access removed.
members-role-coordinator = Coordinator
members-sign-in-needed = Sign in with your organisation admin account to see its members.
members-forbidden = Only your organisation's admins can see and manage its members.
members-unsent-intro = Some people whose access you removed left referrals on a phone that were never sent. They cannot be sent now: contact those families, or the services, another way.
members-unsent-item = { $count ->
    [one] one referral, waiting since { $since }
   *[other] { $count } referrals, waiting since { $since }
}

## Changing your password (/account/password)

password-title = Change your password
password-intro = Choose a new password. You stay signed in here; anywhere else you are signed in, you will need the new password.
password-current = Your current password
password-new = New password
password-new-hint = At least { $min } characters, and not a common password. A few words you will remember work well.
password-confirm = New password again
password-submit = Change my password
password-changed = Your password has been changed.

## Errors of the account pages

account-error-password-short = Choose a password of at least 12 characters.
account-error-password-long = Choose a password of at most 128 characters.
account-error-password-common = That password is too easy to guess. Choose another: a few words you will remember work well.
account-error-password-mismatch = The two new passwords are not the same. Type the new password again.
account-error-password-same = The new password is the same as the old one. Choose a different one.
account-error-current-password = Your current password is not right. Check it and try again.
account-error-email-invalid = Enter an email address like name@example.org.
account-error-email-taken = There is already an account with that email address.
account-error-remove-self = You cannot remove your own access. Ask another admin of your organisation.
account-error-invitation = This invitation link has expired or has already been used. Ask for a new one.
account-error-role = Invitations can be for workers or organisation admins only.
