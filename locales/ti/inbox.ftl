# Signpost — ትግርኛ. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).
# The inbox of a receiving organisation.

## The inbox

inbox-title = ዝበጽሑ ሪፈራላት
inbox-new-count =
    { $count ->
        [0] ሓድሽ ሪፈራል የለን
        [one] ሓደ ሓድሽ ሪፈራል
       *[other] { $count } ሓደሽቲ ሪፈራላት
    }
inbox-empty = ኣገልግሎታት ትካልኩም ክሳብ ሕጂ ዝኾነ ሪፈራል ኣይተቐበሉን።
inbox-purge-soon-count =
    { $count ->
        [one] ዝኾነ ሰብ ስለ ዘይሰርሓሉ፣ ውልቃዊ ሓበሬታ ሓደ ሪፈራል ኣብ ውሽጢ ሓደ ወርሒ ክድምሰስ እዩ። ንምዕቃቡ፣ ኣሐድስዎ ወይ መዘኻኸሪ ወስኹሉ።
       *[other] ዝኾነ ሰብ ስለ ዘይሰርሓሎም፣ ውልቃዊ ሓበሬታ { $count } ሪፈራላት ኣብ ውሽጢ ሓደ ወርሒ ክድምሰስ እዩ። ንምዕቃቦም፣ ኣሐድስዎም ወይ መዘኻኸሪ ወስኹሎም።
    }
inbox-purge-on = ዝኾነ ሰብ ኣብዚ ሪፈራል እንተዘይሰሪሑ፣ ውልቃዊ ሓበሬታ ኣብ { $date } ክድምሰስ እዩ።
inbox-pages = ገጻት ሪፈራላት
inbox-page-of = ገጽ { $page } ካብ { $pages }
inbox-page-newer = ዝሓደሱ ሪፈራላት
inbox-page-older = ዝቐደሙ ሪፈራላት
inbox-sign-in-needed = ትካልኩም ዝተቐበሎም ሪፈራላት ንምርኣይ እተዉ።
inbox-forbidden = ሓደ ኣገልግሎት ዝቕበሎም ሪፈራላት ክርእዩ ዝኽእሉ፣ ኣመሓደርቲ ትካልኩምን ንሳቶም ነቲ ኣገልግሎት ዝመረጽዎም ኣባላትን ጥራይ እዮም።
inbox-details-removed = ሓበሬታ ተላጊሱ
inbox-safeguarding = ስግኣት ድሕንነት
inbox-status = ኩነታት
inbox-urgency = ህጹጽነት
inbox-needs = ድሌታት
inbox-needs-described = ዘድሊ ሓገዝ ርኣዩ
inbox-received = ዝበጽሐሉ
inbox-changed = ናይ መወዳእታ ምሕዳስ
inbox-date-time = { $date }፣ { $time }

## One referral

inbox-referral-title = ሪፈራል
inbox-for-service = ንኣገልግሎት፦
inbox-decline-reason-given = ምኽንያት ምንጻግ
inbox-outcome = ውጽኢት
inbox-section-need = እንታይ የድሊ
inbox-support = ዘድሊ ሓገዝ
inbox-support-none = መግለጺ ኣይተዋህበን።
inbox-safeguarding-label = ስግኣት ድሕንነት
inbox-yes = እወ
inbox-no = ኣይፋል
inbox-section-contact = ርክብ
inbox-contact-method = ብኸመይ ክርከብ
inbox-contact-detail = ሓበሬታ ርክብ
inbox-language = ዝመርጾ ቋንቋ
inbox-interpreter = ተርጓማይ የድሊ
inbox-referred-by = ሪፈራል ዝገበረ
inbox-referrer-contact = ሓበሬታ ርክብ ናይቲ ሪፈራል ዝገበረ ሰብ
inbox-section-consent = ፍቓድ
inbox-consent-given = እቲ ሰብ ሪፈራል ክግበረሉን እዚ ሓበሬታ ምስዚ ኣገልግሎት ክካፈልን ተሰማሚዑ።
inbox-consent-statement = ነቲ ሰብ እንታይ ተነጊርዎ
inbox-consent-language = ዝተነበበሉ ቋንቋ
inbox-consent-time = ዝተሰማምዓሉ ዕለት

## What can be done to a referral

inbox-actions = ቀጺሉ እንታይ ይገበር
inbox-no-actions = እዚ ሪፈራል ተዓጽዩ እዩ። ካብዚ ንላዕሊ ዝግበረሉ ነገር የለን።
inbox-mark-seen = ከም ዝተራእየ ምልክት ግበሩ
inbox-accept = ተቐበሉ
inbox-decline-legend = ነቲ ሪፈራል ንጸግዎ
inbox-decline-reason = ምኽንያት ምንጻግ
inbox-decline-hint = እቲ ሪፈራል ዝገበረ ሰብ ነዚ ምኽንያት ክርእዮ እዩ። ውልቃዊ ሓበሬታ ኣይተእትዉ።
inbox-decline = ንጸጉ
inbox-close-legend = ነቲ ሪፈራል ዕጸውዎ
inbox-outcome-choose = ውጽኢት ምረጹ
inbox-close = ዕጸዉ
inbox-error-outcome = ነቲ ሪፈራል ንምዕጻው ውጽኢት ምረጹ።
inbox-saved = ተዓቂቡ።

## Notes (seen by the receiving organisation only)

inbox-notes = መዘኻኸሪታት
inbox-notes-none = ክሳብ ሕጂ መዘኻኸሪ የለን።
inbox-note-add = መዘኻኸሪ ወስኹ
inbox-note-label = መዘኻኸሪ
inbox-note-hint = መዘኻኸሪታት ዝርእዩ፣ ነቶም ሪፈራላት ናይዚ ኣገልግሎት ዝከታተሉ ሰባት ጥራይ እዮም። ክሳብ 2,000 ፊደላት።
inbox-note-submit = መዘኻኸሪ ወስኹ
inbox-note-by = { $author }፣ { $time }
