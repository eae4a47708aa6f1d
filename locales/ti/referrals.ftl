# Signpost — ትግርኛ. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Referring a family (the phone's side)

refer-title = ናብ { $service } ሪፈራል
refer-not-accepting = እዚ ኣገልግሎት ብመንገዲ Signpost ሪፈራላት ኣይቕበልን። ብቐጥታ ምስቲ ኣገልግሎት ተራኸቡ።
refer-needs-javascript = ሪፈራላት ክሳብ ዝለኣኹ ኣብዚ ተሌፎን ይዕቀቡ፣ እዚ ድማ JavaScript የድልዮ። JavaScript ኣንቕሕዎ፣ ወይ ብቐጥታ ምስቲ ኣገልግሎት ተራኸቡ።
refer-step-consent = 1. ፍቓድ ሕተቱ
refer-consent-language = እቲ መግለጺ ዝንበበሉ ቋንቋ
referral-consent-statement = ብዛዕባ ዘድልየኩም ሓገዝ ምሳኹም ክራኸቡ ምእንቲ፣ ሓበሬታኹም ናብ { $service } ክንሰድድ ንደሊ። ስምኩም፣ ብኸመይ ክትርከቡ ከም እትኽእሉ፣ እትመርጽዎ ቋንቋን እንታይ ሓገዝ ከም ዘድልየኩምን ክነካፍል ኢና። ነዚ ሓበሬታ ዝርእዩ እቲ ኣገልግሎትን ሎሚ ዝሕግዘኩም ዘሎ ሰብን ጥራይ እዮም። ዝኾነ ሰብ ኣብቲ ሪፈራል ከይሰርሐ { $period } ምስ ሓለፈ፣ ሓበሬታኹም ይድምሰስ። ኣይፋል ክትብሉ ትኽእሉ ኢኹም፣ እዚ ድማ ነቲ ሎሚ እንህበኩም ሓገዝ ኣይቕይሮን። ጸኒሕኩም ምስቲ ኣገልግሎት ብምርኻብ ሓሳብኩም ክትቕይሩ ትኽእሉ ኢኹም።
refer-consent-given = እቲ ሰብ ነዚ መግለጺ ሰሚዑ ተሰማሚዑ ኣሎ
refer-consent-missing = ብዘይ ስምምዕ እቲ ሰብ፣ ዝኾነ ነገር ኣይዕቀብን ኣይለኣኽን።
refer-consent-machine-draft = እዚ ትርጉም ገና ብኽኢላ ተዛራቢ እቲ ቋንቋ ኣይተረጋገጸን፤ ብማሽን ዝተዳለወ ረቂቕ እዩ። እቲ ሰብ ምሉእ ብምሉእ ከይርድኦ ይኽእል እንተኾይኑ፣ ተርጓማይ ተጠቐሙ።
refer-consent-in-english = እቲ ብእንግሊዝኛ ዘሎ መግለጺ ድሕሪ እዚ ትርጉም ምድላዉ ተቐይሩ እዩ፣ ስለዚ ከም ብሓድሽ ክሳብ ዝትርጎም ብእንግሊዝኛ ይቐርብ ኣሎ። ተርጓማይ ተጠቐሙ።
refer-privacy-title = መግለጺ ብሕትውና
refer-privacy-body = Signpost ነዚ ሪፈራል ኣብዚ ተሌፎን ብኮድ ተቖሊፉ ይዕቅቦ። ክሳብ ናብቲ ኣገልግሎት ዝበጽሕ ጥራይ እዩ ዝዕቅቦ። ድሕሪኡ፣ እቲ ተሌፎን ከም ዝተለኣኸ ዝሕብር መዘኻኸሪ ጥራይ ይዕቅብ። ኣብቲ መዘኻኸሪ ውልቃዊ ሓበሬታ የለን። ነቲ ሓበሬታ ክርእዩ ዝኽእሉ እዞም ሰባት ጥራይ እዮም፦ ሓለፍቲ እቲ ኣገልግሎት፣ ሪፈራላቱ ክከታተሉ ዝመረጽዎም ሰራሕተኛታት፣ ከምኡ'ውን ንስኹም። ኣብ ትካልኩም ካልእ ሰብ ክርእዮ ኣይክእልን። ኣወሃሃዲ መርበብ ቁጽርታት ጥራይ እዩ ዝርኢ፣ ስማት ፈጺሙ ኣይርእን። ዝኾነ ሰብ ኣብቲ ሪፈራል ከይሰርሐ { $period } ምስ ሓለፈ፣ እቲ ሓበሬታ ይድምሰስ። ኣብቲ ሪፈራል እንታይ እኳ እንተኣጋጠመ፣ ከምኡ ይድምሰስ።
refer-step-details = 2. እቲ ሪፈራል
refer-name = ስም እቲ ሰብ
refer-contact-method = ብኸመይ ክርከብ ይደሊ
refer-contact-detail-phone = ቁጽሪ ተሌፎን
refer-contact-detail-sms = ቁጽሪ ሞባይል
refer-contact-detail-email = ኣድራሻ ኢመይል
refer-contact-detail-letter = ኣድራሻ ፖስታ
refer-language = ዝመርጾ ቋንቋ
refer-choose = ምረጹ…
refer-language-other = ካልእ ቋንቋ
refer-language-other-name = ስም እቲ ቋንቋ
refer-interpreter = ተርጓማይ የድልዮ
refer-needs = እንታይ ሓገዝ የድልዮ
refer-support = ዘድሊ ሓገዝ፣ ብቓላትኩም
refer-urgency = ክንደይ ህጹጽ እዩ
refer-safeguarding = ስግኣት ድሕንነት ኣሎ
refer-safeguarding-hint = እዚ ነቲ ኣገልግሎት ጥራይ እዩ ዝሕብሮ። ሕጂ፣ ናይ ገዛእ ትካልኩም መስርሕ ሓለዋ ድሕንነት እውን ተኸተሉ።
refer-referrer-contact = ቁጽሪ ተሌፎንኩም ወይ ኣድራሻ ኢመይልኩም
refer-submit = ሪፈራል ዓቅቡ
refer-storage-failed = እዚ ተሌፎን ነቲ ሪፈራል ክዕቅቦ ስለ ዘይከኣለ፣ ዝተዓቀበ ነገር የለን። ብቐጥታ ምስቲ ኣገልግሎት ተራኸቡ።
refer-sign-in = ንስድራቤት ሪፈራል ንምግባር እተዉ። ሪፈራላት ኣብዚ ተሌፎን ከም ናትኩም ይዕቀቡ፣ ስለዚ ርክብ ኢንተርነት ከሎኩም እተዉ፤ ድሕሪኡ ብዘይ ሲግናል ሪፈራል ክትገብሩ ትኽእሉ ኢኹም።

## The referrals on this phone

outbox-title = ኣብዚ ተሌፎን ዘለዉ ሪፈራላት
outbox-empty = ኣብዚ ተሌፎን ሪፈራል የለን።
outbox-offline = ርክብ የለን፦ ዝጽበዩ ሪፈራላት፣ ተሌፎን ናብ ኢንተርነት ምስ ተመልሰ ክለኣኹ እዮም።
outbox-sign-in = ዝጽበዩ ሪፈራላት ንምልኣኽ እተዉ። ክሳብ ሽዑ ኣብዚ ተሌፎን ይጸንሑ።
outbox-sign-in-link = እተዉ
outbox-unavailable = እዚ ብራውዘር ሪፈራላት ኣብ ተሌፎን ክዕቅብ ኣይክእልን። ብቐጥታ ምስ ኣገልግሎታት ተራኸቡ።
outbox-send-now = ሕጂ ስደዱ
outbox-sending = ይለኣኽ ኣሎ…
outbox-state-queued = ክለኣኽ ይጽበ
outbox-state-sending = ይለኣኽ ኣሎ
outbox-state-delivered = ናብቲ ኣገልግሎት በጺሑ
outbox-state-conflict = ኣይተለኣኸን፦ ኣብቲ ሰርቨር በዚ ቁጽሪ ዝተመዝገበ ካልእ ሪፈራል ኣቐዲሙ ኣሎ። ምስቲ ኣገልግሎት ኣረጋግጹ፣ ድሕሪኡ ነዚ ኣወግድዎ።
outbox-state-refused = ኣይተለኣኸን፦ ምእራም የድልዮ።
outbox-error-too-large = እዚ ሪፈራል ንምልኣኽ ኣዝዩ ዓቢ እዩ። ብቐጥታ ምስቲ ኣገልግሎት ተራኸቡ፣ ድሕሪኡ ካብዚ ተሌፎን ኣወግድዎ።
outbox-others-waiting =
    { $count ->
        [one] ካልእ ሰራሕተኛ ዝገበሮ ሓደ ሪፈራል ኣብዚ ተሌፎን ይጽበ ኣሎ። ክርእዮ ወይ ክሰዶ ዝኽእል ንሱ ጥራይ እዩ፣ ደጊሙ ምስ ኣተወ።
       *[other] ካልኦት ሰራሕተኛታት ዝገበርዎም { $count } ሪፈራላት ኣብዚ ተሌፎን ይጽበዩ ኣለዉ። ክርእይዎም ወይ ክሰድዎም ዝኽእሉ ንሳቶም ጥራይ እዮም፣ ደጊሞም ምስ ኣተዉ።
    }
outbox-password-link = ቃለ-ምስጢርኩም ቀይሩ
outbox-state-not-accepting = ኣይተለኣኸን፦ እዚ ኣገልግሎት ድሕሪ ሕጂ ብመንገዲ Signpost ሪፈራላት ኣይቕበልን። ምስቲ ኣገልግሎት ተራኸቡ፣ ወይ ናብ ካልእ ኣገልግሎት ሪፈራል ግበሩ፤ ድሕሪኡ ነዚ ኣወግድዎ።
outbox-answer = መልሲ እቲ ኣገልግሎት፦ { $status }
outbox-remove = ካብዚ ተሌፎን ኣወግዱ
outbox-sign-out = ውጽኡ
outbox-sign-out-warning =
    { $count ->
        [one] ሓደ ሪፈራል ገና ኣይተለኣኸን። ምውጻእ ካብዚ ተሌፎን ይድምስሶ። ብዘየገድስ ክትወጹ ዲኹም፧
       *[other] { $count } ሪፈራላት ገና ኣይተለኣኹን። ምውጻእ ካብዚ ተሌፎን ይድምስሶም። ብዘየገድስ ክትወጹ ዲኹም፧
    }

## A referral's status, outcome, urgency and contact method (the outbox, the form and the inbox)

referral-status-new = ሓድሽ
referral-status-seen = ተራእዩ
referral-status-accepted = ተቐቢሉ
referral-status-declined = ተነጺጉ
referral-status-closed = ተዓጽዩ
referral-outcome-supported = ሓገዝ ረኺቡ
referral-outcome-could-not-contact = ክረኸብ ኣይተኻእለን
referral-outcome-no-longer-needed = ድሕሪ ሕጂ ኣየድልን
referral-outcome-referred-elsewhere = ናብ ካልእ ተላኢኹ
referral-urgency-routine = ህጹጽ ኣይኮነን
referral-urgency-soon = ኣብ ቀረባ እዋን
referral-urgency-urgent = ህጹጽ
referral-contact-phone = ደወል ተሌፎን
referral-contact-sms = መልእኽቲ ጽሑፍ
referral-contact-email = ኢመይል
referral-contact-letter = ደብዳቤ
referral-contact-through-referrer = ብመንገዲ እቲ ሪፈራል ዝገበረ ሰብ

## Errors of a referral (the form, the outbox and the inbox show them)

referral-error-name-required = ስም እቲ ሰብ ኣእትዉ።
referral-error-name-too-long = እቲ ስም እንተበዝሐ 100 ፊደላት ክኸውን ኣለዎ።
referral-error-phone-invalid = ከም 0116 496 0123 ዝኣመሰለ ቁጽሪ ተሌፎን ኣእትዉ።
referral-error-mobile-invalid = ንመልእኽቲ ጽሑፍ፣ ከም 07700 900123 ዝኣመሰለ ቁጽሪ ሞባይል ኣእትዉ።
referral-error-email-invalid = ከም name@example.org ዝኣመሰለ ኣድራሻ ኢመይል ኣእትዉ።
referral-error-address-invalid = ኣድራሻ ፖስታ ኣእትዉ (ካብ 8 ክሳብ 300 ፊደላት)።
referral-error-language-invalid = እቲ ሰብ ዝመርጾ ቋንቋ ምረጹ።
referral-error-language-name = ስም እቲ ቋንቋ ብፊደላት ጽሓፉ።
referral-error-support-required = እንተወሓደ ሓደ ድሌት ምረጹ፣ ወይ ዘድሊ ሓገዝ ግለጹ።
referral-error-support-too-long = እቲ መግለጺ እንተበዝሐ 2,000 ፊደላት ክኸውን ኣለዎ።
referral-error-referrer-contact-invalid = እቲ ኣገልግሎት ክረኽበኩም ምእንቲ፣ ቁጽሪ ተሌፎንኩም ወይ ኣድራሻ ኢመይልኩም ኣእትዉ።
referral-error-consent-required = እቲ ሪፈራል ቅድሚ ምዕቃቡ ወይ ምልኣኹ፣ እቲ ሰብ ክሰማማዕ ኣለዎ።
referral-error-consent-invalid = መዝገብ ፍቓድ ቅኑዕ ኣይኮነን። መግለጺ ፍቓድ ምስቲ ሰብ ደጊምኩም ኣንብብዎ።
referral-error-consent-unknown = ኣብዚ ተሌፎን ዘሎ መግለጺ ፍቓድ እቲ ሰርቨር ዝፈልጦ ኣይኮነን። Signpost ኣሐድስዎ፣ ድሕሪኡ ነቲ መግለጺ ምስቲ ሰብ ደጊምኩም ኣንብብዎ።
referral-error-reason-required = ምኽንያት ምንጻግ ሃቡ።
referral-error-reason-too-long = እቲ ምኽንያት እንተበዝሐ 500 ፊደላት ክኸውን ኣለዎ።
referral-error-status-change = እዚ ለውጢ ሕጂ ኣይከኣልን እዩ። ናይ ሕጂ ኩነታት እቲ ሪፈራል ንምርኣይ ኣሐድሱ።
referral-error-purged = ውልቃዊ ሓበሬታ እዚ ሪፈራል ብመሰረት ፖሊሲ ምዕቃብ ሓበሬታ ተላጊሱ ኣሎ።
referral-error-note = መዘኻኸሪ ካብ 1 ክሳብ 2,000 ፊደላት ክህልዎ ኣለዎ።
referral-error-batch = እቶም ዝተለኣኹ ሪፈራላት ክንበቡ ኣይከኣሉን። ዝተዓቀበ ነገር የለን፤ ሕጂ እውን ኣብቲ ተሌፎን ኣለዉ።
