# Signpost — ትግርኛ. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).
# Invitations: an organisation admin invites a member, who makes their account.

## Inviting a member (/members/invite)

invite-title = ኣባል ዕደሙ
invite-intro = ናብ ትካልኩም ንዝጽንበር ሰብ ሊንክ ኣዳልዉ። ንሱ ይኸፍቶ፣ ኣድራሻ ኢመይሉ የእቱ፣ ናቱ ቃለ-ምስጢር ድማ ይመርጽ።
invite-role-legend = ተራኡ
invite-role-worker = ሰራሕተኛ
invite-role-worker-hint = ስድራቤታት ናብ ኣገልግሎታት ይልእኽ።
invite-role-org-admin = ኣመሓዳሪ ትካል
invite-role-org-admin-hint = ኣባላት እውን ይዕድም፣ ነቶም ኣገልግሎታት ትካልኩም ዝቕበልዎም ሪፈራላት ድማ ይከታተል።
invite-submit = ሊንክ ዕድመ ኣዳልዉ
invite-created = ሊንክ ዕድመ ድሉው እዩ። ሕጂ ቅድሕዎ፣ ናብቲ ሓድሽ ኣባል ድማ ስደድዎ።
invite-link-label = ሊንክ ዕድመ
invite-link-hint =
    { $days ->
        [one] ሓንሳብ ጥራይ ይሰርሕ፣ ን{ $days } መዓልቲ። ሕጂ ጥራይ እዩ ዝርአ፦ እንተጠፊኡ፣ ሓድሽ ኣዳልዉ።
       *[other] ሓንሳብ ጥራይ ይሰርሕ፣ ን{ $days } መዓልታት። ሕጂ ጥራይ እዩ ዝርአ፦ እንተጠፊኡ፣ ሓድሽ ኣዳልዉ።
    }
invite-sign-in-needed = ኣባላት ንምዕዳም፣ ብኣካውንት ኣመሓዳሪ ትካልኩም እተዉ።
invite-forbidden = ኣባላት ክዕድሙ ዝኽእሉ ኣመሓደርቲ ትካልኩም ጥራይ እዮም።

## Accepting an invitation (/invite/<token>)

invite-accept-title = ኣብ Signpost ምስ ትካልኩም ተጸንበሩ
invite-accept-intro = ምስ ትካልኩም ሪፈራላት ክትገብሩ ተዓዲምኩም ኣለኹም። ኣካውንትኩም ንምፍጣር ኣድራሻ ኢመይልኩም ኣእትዉ፣ ቃለ-ምስጢር ድማ ምረጹ።
invite-accept-password = ቃለ-ምስጢር ምረጹ
invite-accept-password-hint = እንተወሓደ { $min } ፊደላት። እትዝክርዎም ሒደት ቃላት ጽቡቕ ይሰርሑ።
invite-accept-submit = ኣካውንተይ ፍጠር
invite-accept-needs-connection = ኣካውንት ንምፍጣር ርክብ ኢንተርነት የድሊ።

## Members (/members)

members-title = ኣባላት ትካልኩም
members-intro = ኣብዚ ዘለዉ ኩሎም ብስም ትካልኩም ናብ Signpost ክኣትዉ ይኽእሉ። ሓደ ሰብ ምስ ዝሓድግ፣ ፍቓድ ምእታዉ ኣልግሱ፦ ድሕሪኡ ክኣቱ ኣይክእልን፣ እቶም ዝሰደዶም ሪፈራላት ድማ ምስቶም ዝተቐበልዎም ኣገልግሎታት ይጸንሑ።
members-joined = ኣብ { $date } ተጸንቢሩ
members-you = እዚ ንስኹም ኢኹም።
members-remove-short = ፍቓድ ኣልግሱ
members-remove = ፍቓድ ናይ { $email } ኣልግሱ
members-removed = ፍቓድ ተላጊሱ።
members-role-coordinator = ኣወሃሃዲ
members-sign-in-needed = ኣባላት ትካልኩም ንምርኣይ፣ ብኣካውንት ኣመሓዳሪ ትካልኩም እተዉ።
members-forbidden = ኣባላት ትካልኩም ክርእዩን ከመሓድሩን ዝኽእሉ ኣመሓደርቲ ትካልኩም ጥራይ እዮም።
members-unsent-intro = ገሊኦም ፍቓዶም ዘላገስኩምሎም ሰባት፣ ኣብ ተሌፎን ፈጺሞም ዘይተለኣኹ ሪፈራላት ገዲፎም ኣለዉ። ሕጂ ክለኣኹ ኣይክእሉን እዮም፦ ነተን ስድራቤታት፣ ወይ ነቶም ኣገልግሎታት፣ ብኻልእ መገዲ ተራኸብዎም።
members-unsent-item =
    { $count ->
        [one] ሓደ ሪፈራል፣ ካብ { $since } ጀሚሩ ዝጽበ
       *[other] { $count } ሪፈራላት፣ ካብ { $since } ጀሚሮም ዝጽበዩ
    }

## Changing your password (/account/password)

password-title = ቃለ-ምስጢርኩም ቀይሩ
password-intro = ሓድሽ ቃለ-ምስጢር ምረጹ። ኣብዚ ኣቲኹም ትጸንሑ፤ ኣብ ካልእ ቦታ ኣቲኹም እንተሊኹም ግን፣ ነቲ ሓድሽ ቃለ-ምስጢር ከድልየኩም እዩ።
password-current = ናይ ሕጂ ቃለ-ምስጢርኩም
password-new = ሓድሽ ቃለ-ምስጢር
password-new-hint = እንተወሓደ { $min } ፊደላት፣ ልሙድ ቃለ-ምስጢር ድማ ኣይኹን። እትዝክርዎም ሒደት ቃላት ጽቡቕ ይሰርሑ።
password-confirm = ሓድሽ ቃለ-ምስጢር ደጊምኩም
password-submit = ቃለ-ምስጢረይ ቀይር
password-changed = ቃለ-ምስጢርኩም ተቐይሩ ኣሎ።

## Errors of the account pages

account-error-password-short = እንተወሓደ 12 ፊደላት ዘለዎ ቃለ-ምስጢር ምረጹ።
account-error-password-long = እንተበዝሐ 128 ፊደላት ዘለዎ ቃለ-ምስጢር ምረጹ።
account-error-password-common = እቲ ቃለ-ምስጢር ንምግማቱ ኣዝዩ ቀሊል እዩ። ካልእ ምረጹ፦ እትዝክርዎም ሒደት ቃላት ጽቡቕ ይሰርሑ።
account-error-password-mismatch = እቶም ክልተ ሓደሽቲ ቃላተ-ምስጢር ሓደ ኣይኮኑን። ነቲ ሓድሽ ቃለ-ምስጢር ደጊምኩም ጽሓፍዎ።
account-error-password-same = እቲ ሓድሽ ቃለ-ምስጢር ምስቲ ኣረጊት ሓደ እዩ። ዝተፈለየ ምረጹ።
account-error-current-password = ናይ ሕጂ ቃለ-ምስጢርኩም ቅኑዕ ኣይኮነን። ኣረጋጊጽኩም ደጊምኩም ፈትኑ።
account-error-email-invalid = ከም name@example.org ዝኣመሰለ ኣድራሻ ኢመይል ኣእትዉ።
account-error-email-taken = በዚ ኣድራሻ ኢመይል ዝተኸፍተ ኣካውንት ኣቐዲሙ ኣሎ።
account-error-remove-self = ናይ ባዕልኹም ፍቓድ ከተላግሱ ኣይትኽእሉን። ካልእ ኣመሓዳሪ ትካልኩም ሕተቱ።
account-error-invitation = እዚ ሊንክ ዕድመ ግዜኡ ሓሊፉ ወይ ድሮ ኣብ ጥቕሚ ውዒሉ እዩ። ሓድሽ ሕተቱ።
account-error-role = ዕድመ ንሰራሕተኛታት ወይ ንኣመሓደርቲ ትካል ጥራይ ክኸውን ይኽእል።
