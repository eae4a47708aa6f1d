# Signpost — ትግርኛ. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

# Listings kept by the network: the fields of a listing, as a change's before/after shows them.
listing-field-name = ስም
listing-field-description = መግለጺ
listing-field-status = ክፉት ድዩ ዕጹው
listing-field-eligibility = ንመን እዩ
listing-field-ages = ዕድመታት
listing-field-cost = ዋጋ
listing-field-access = ሓገዝ ብኸመይ ይርከብ
listing-field-referrals = ብመንገዲ Signpost ሪፈራላት ይቕበል
listing-field-needs = ዝሕግዘሉ ድሌታት
listing-field-languages = ሰራሕተኛታት ዝዛረብዎም ቋንቋታት
listing-field-areas = ዘገልግሎም ከባቢታት
listing-field-locations = ቦታታት
listing-field-phones = ቁጽርታት ተሌፎን
listing-field-email = ኢመይል
listing-field-website = ወብሳይት
listing-field-hours = ሰዓታት ስራሕ
listing-field-closures = ዕጹው ዝኾነሉ መዓልታት
listing-field-special-hours = ኣብ ገለ ዕለታት ፍሉይ ሰዓታት
listing-field-checked = ብትካል ናይ መወዳእታ ዝተረጋገጸሉ
listing-error-reason = እቲ ለውጢ ስለምንታይ ከም ዝምለስ ጽሓፉ (እንተበዝሐ 1,000 ፊደላት)።
listing-yes = እወ
listing-no = ኣይፋል
listing-none = (የለን)
listing-date-range = ካብ { $from } ክሳብ { $to }

# An organisation's listings (/listings).
listings-title = ዝርዝራት ትካልኩም
listings-sign-in-needed = ዝርዝራት ትካልኩም ወቕታዊ ንምግባር እተዉ።
listings-forbidden = ዝርዝራት ክቕይሩ ዝኽእሉ ኣመሓደርቲ ትካልን ኣወሃሃድቲ መርበብን ጥራይ እዮም።
coordinator-only = ነዚ ገጽ ክርእዩ ዝኽእሉ ኣወሃሃድቲ መርበብ ጥራይ እዮም።
listings-saved-pending = ተዓቂቡ። ኩሉ ሰብ ቅድሚ ምርኣዩ፣ ሓደ ኣወሃሃዲ ነቲ ለውጢ ክምርምሮ እዩ።
listings-saved-published = ተዓቂቡ። ሕጂ ኩሉ ሰብ ነቲ ለውጢ ይርእዮ፣ ተሌፎናት ድማ ኣብ ዝቕጽል ምስ ኢንተርነት ምርኻቦም ይረኽብዎ።
listings-confirmed = የቐንየልና፦ እቲ ዝርዝር ሎሚ ከም ዝተረጋገጸ ተመዝጊቡ።
listings-edit-organisation = ሓበሬታ ትካልኩም ቀይሩ
listings-services = ኣገልግሎታት
listings-none = ትካልኩም ክሳብ ሕጂ ዝተመዝገበ ኣገልግሎት የብሉን።
listings-add = ኣገልግሎት ወስኹ
listings-changes = ናይ ቀረባ እዋን ለውጥታት
listings-no-changes = ክሳብ ሕጂ ለውጢ የለን።
listings-waiting = ንኣወሃሃዲ ዝጽበ ለውጢ
listings-archived = ካብ ዝርዝር ኣገልግሎታት ወጺኡ
listings-checked = ኣብ { $date } ተረጋጊጹ
listings-due = ናይ መወዳእታ ኣብ { $date } ተረጋጊጹ። በጃኹም ሕጂ እውን ቅኑዕ ምዃኑ ኣረጋግጹ።
listings-stale = ናይ መወዳእታ ኣብ { $date } ተረጋጊጹ፣ ካብ ሓደ ዓመት ንላዕሊ ኣቐዲሙ፦ ዝርዝር ኣገልግሎታት ንሰባት ዘይወቕታዊ ክኸውን ከም ዝኽእል የጠንቅቖም።
listings-never-checked = ፈጺሙ ኣይተረጋገጸን። በጃኹም ሕጂ እውን ቅኑዕ ምዃኑ ኣረጋግጹ።
listings-confirm = ሕጂ እውን ቅኑዕ እዩ
listings-confirm-named = { $name } ሕጂ እውን ቅኑዕ እዩ
listings-edit = ቀይሩ
listings-history = ዝቐደሙ ሕታማት
listings-trust-heading = ዝተኣመነ ትካል
listings-trusted = ዝተኣመነ፦ ለውጥታት ብኡንብኡ ይዝርግሑ
listings-not-trusted = ዘይተኣመነ፦ ኣወሃሃዲ ንነፍሲ ወከፍ ለውጢ ቅድም ይምርምሮ
listings-trust = ነዚ ትካል እመንዎ
listings-untrust = ነዚ ትካል ምእማን ኣቋርጹ

change-kind-new = ሓድሽ ኣገልግሎት
change-kind-changed = ተቐይሩ
change-kind-archived = ወጺኡ
change-state-pending = ንኣወሃሃዲ ይጽበ
change-state-published = ተዘርጊሑ
change-state-returned = ተመሊሱ
change-state-replaced = ብዝደሓረ ለውጢ ተተኪኡ
change-summary = { $kind }፣ { $state }፣ { $date }
change-reason = ስለምንታይ ተመሊሱ፦

# The service form (/listings/edit).
edit-title = { $name } ቀይሩ
edit-title-new = ኣገልግሎት ወስኹ
edit-intro = ዝተጋገየ ወይ ዝጎደለ ቀይሩ፣ ድሕሪኡ ዓቅቡ። ኩሉ ሰብ ቅድሚ ምርኣዩ፣ ሓደ ኣወሃሃዲ ንለውጥታት ይምርምሮም።
edit-intro-new = ዝፈልጥዎ ምልኡ፣ ድሕሪኡ ዓቅቡ። ኩሉ ሰብ ቅድሚ ምርኣዩ፣ ሓደ ኣወሃሃዲ ንሓደሽቲ ኣገልግሎታት ይምርምሮም።
edit-back = ናብ ዝርዝራት ተመለሱ
edit-returned = ሓደ ኣወሃሃዲ ነቲ ናይ መወዳእታ ለውጥኹም መሊስዎ፦
edit-waiting = ኣብዚ ዝተገብረ ሓደ ለውጢ ንኣወሃሃዲ ይጽበ ኣሎ። ንስኹም ነቲ ሕታም እቲ ኢኹም እትቕይሩ ዘለኹም።
edit-conflict-theirs = እቲ ሓድሽ ሕታም ካብቲ ዝጸሓፍኩምዎ ብኸመይ ከም ዝፈሊ፦
edit-draft-found = እዚ ተሌፎን ቅድሚ ሕጂ ዝጸሓፍኩምዎም ግን ዘይዓቀብኩምዎም ለውጥታት ሒዙ ኣሎ።
edit-draft-use = መልስዎም
edit-draft-discard = ኣወግድዎም
edit-problems = በጃኹም ነዚኦም ኣርምዎም፣ ደጊምኩም ድማ ዓቅቡ፦
edit-save = ዓቅቡ
edit-archive-heading = ነዚ ኣገልግሎት ካብ ዝርዝር ኣውጽእዎ
edit-archive-intro = ስራሕ ንዘቋረጸ ኣገልግሎት። ይዕቀብ እዩ፣ ኣወሃሃዲ ድማ ክመልሶ ይኽእል።
edit-archive = ኣውጽእዎ
edit-about = ብዛዕባ እቲ ኣገልግሎት
edit-status-active = ክፉት
edit-status-temporarily-closed = ንግዜኡ ዕጹው
edit-status-inactive = ድሕሪ ሕጂ ኣይሰርሕን
edit-who = ንመን እዩ
edit-min-age = ዝተሓተ ዕድመ (ንዝኾነ ዕድመ ባዶ ግደፍዎ)
edit-max-age = ዝለዓለ ዕድመ (ንዝኾነ ዕድመ ባዶ ግደፍዎ)
edit-free = ብነጻ
edit-fees = ብነጻ እንተዘይኮይኑ፣ ክንደይ ይኽፈል
edit-hours-hint = ዘየድልየኩም መስርዕ ባዶ ግደፍዎ።
edit-period-label = ሰዓት ስራሕ { $number }
edit-day = መዓልቲ
edit-opens = ይኽፈት
edit-closes = ይዕጾ
edit-overnight = ካብ ፍርቂ ለይቲ ይሓልፍ
edit-add-period = ካልእ ሰዓት ስራሕ ወስኹ
edit-closures-hint = ህዝባዊ በዓላትን ካልኦት ዕጹው ዝኾነሉ መዓልታትን። ንሓደ መዓልቲ "ክሳብ" ባዶ ግደፍዎ።
edit-closure-label = ዕጹው መዓልታት { $number }
edit-closed-from = ዕጹው ካብ
edit-closed-to = ክሳብ
edit-closed-note = ስለምንታይ (ኣማራጺ)
edit-add-closure = ተወሳኺ ዕጹው መዓልታት ወስኹ
edit-special-hint = ኣብ ፍሉያት ዕለታት ዝሓጸረ ወይ ተወሳኺ ሰዓታት፣ ከም ዋዜማ ልደት: ኣብተን ዕለታት ነቲ ልሙድ ሰዓታት ይትክኡ። ንሓደ መዓልቲ "ክሳብ" ባዶ ግደፍዎ።
edit-special-label = ፍሉይ ሰዓታት { $number }
edit-special-from = ካብ
edit-add-special = ተወሳኺ ፍሉይ ሰዓታት ዘለዎም ዕለታት ወስኹ
edit-location-label = ቦታ { $number }
edit-place-name = ስም ቦታ (ኣማራጺ)
edit-address = ኣድራሻ ጎደና
edit-city = ከተማ
edit-postcode = ፖስትኮድ
edit-neighbourhood = ከባቢ (ንኣብነት Highfields)
edit-latitude = ኬክሮስ (ኣማራጺ)
edit-longitude = ኬንትሮስ (ኣማራጺ)
edit-add-location = ካልእ ቦታ ወስኹ
edit-areas-hint = ኣብ ሓደ መስመር ሓደ ከባቢ።
edit-contact = ርክብ
edit-phone-label = ተሌፎን { $number }
edit-phone-number = ቁጽሪ ተሌፎን
edit-phone-description = እቲ ቁጽሪ ንምንታይ እዩ (ኣማራጺ)
edit-add-phone = ካልእ ቁጽሪ ተሌፎን ወስኹ
edit-languages-hint = ኮድ ቋንቋታት፣ ብኮማ ተፈላልዮም፦ so ንሶማልኛ፣ gu ንጉጃራቲ፣ pl ንፖላንድኛ።

# A service's earlier versions (/listings/history).
history-title = ዝቐደሙ ሕታማት ናይ { $name }
history-version = ሕታም { $version }፣ { $date }፣ ብ{ $who }
history-approved-by = ዘጽደቖ፦ { $who }
history-by-operator = ኣካየድቲ Signpost
history-changed = ዝተቐየረ፦ { $fields }
history-restore = ሕታም { $version } መልሱ
history-restored = እቲ ሕታም ናብ ዝርዝር ኣገልግሎታት ተመሊሱ ኣሎ።

# The coordinator's queue (/listings/changes).
queue-title = ዝምርመሩ ለውጥታት
queue-empty = ዝጽበ ለውጢ የለን።
queue-asked = { $kind } · ብ{ $who } ኣብ { $date } ዝቐረበ
queue-field = እንታይ
queue-before = ቅድሚ
queue-after = ድሕሪ
queue-approve = ኣጽድቑን ዘርግሑን
queue-reason = ስለምንታይ ትመልስዎ ዘለኹም (እቲ ትካል ነዚ ይርእዮ)
queue-send-back = መልስዎ
queue-approved = ተዘርጊሑ። ተሌፎናት ኣብ ዝቕጽል ምስ ኢንተርነት ምርኻቦም ይረኽብዎ።
queue-sent-back = ናብቲ ትካል ተመሊሱ።

# The coordinator's organisations (/listings/organisations).
organisations-title = ትካላት
oruk-link = Open Referral UK: መዘክር ኣውርድ ወይ ኣገልግሎታት ኣእቱ
organisations-facts = { $services ->
        [one] { $services } ኣገልግሎት
       *[other] { $services } ኣገልግሎታት
    } · { $members ->
        [one] { $members } ኣባል
       *[other] { $members } ኣባላት
    } · { $pending } ዝጽበዩ · { $due } ዝምርመሩ
organisations-last-change = ናይ መወዳእታ ለውጢ ኣብ { $date } ተዘርጊሑ
organisations-oldest-check = ዝኣረገ ምርግጋጽ፦ { $date }
organisations-add = ትካል ወስኹ
organisations-add-button = ነቲ ትካል ወስኹ
organisations-created = እቲ ትካል ኣብ ዝርዝር ኣገልግሎታት ኣሎ። ነዚ ሊንክ ናብቲ ዝርዝራቱ ዝከታተል ሰብ ስደድዎ፦ ሓንሳብ ጥራይ ይሰርሕ፣ ን7 መዓልታት።
organisations-link = ንቀዳማይ ኣመሓዳሪኡ ዝኸውን ሊንክ ዕድመ
organisation-edit-title = ሓበሬታ ትካልኩም

# Reporting a problem with a listing (/services/:id/report), and the reports.
report-title = ኣብ { $service } ዘሎ ጸገም ሓብሩ
report-intro = ንትካልን ንኣወሃሃድቲ መርበብን እንታይ ከም ዝተጋገየ ንገርዎም። ስም ወይ ሓበሬታ ርክብ ዝኾነ ሰብ ኣይትጽሓፉ።
report-kind = እንታይ እዩ ተጋጊዩ፧
report-kind-out-of-date = ዘይወቕታዊ
report-kind-closed = ተዓጽዩ
report-kind-contact = ጌጋ ተሌፎን፣ ኢመይል ወይ ኣድራሻ
report-kind-other = ካልእ ነገር
report-text = ዝያዳ ዝርዝር ("ካልእ ነገር" እንተኾይኑ የድሊ)
report-submit = ጸብጻብ ስደዱ
report-sent = የቐንየልና። እቲ ጸብጻብ ተላኢኹ ኣሎ።
report-kept = የቐንየልና። ሕጂ ርክብ የለን፦ እቲ ጸብጻብ ኣብዚ ተሌፎን ተዓቂቡ ኣሎ፣ ርክብ ምስ ዝህሉ ድማ ክለኣኽ እዩ።
report-not-kept = እዚ ተሌፎን ነቲ ጸብጻብ ክዕቅቦ ኣይከኣለን። በጃኹም ደጊምኩም ፈትኑ።
report-error-kind = እንታይ ከም ዝተጋገየ ምረጹ።
report-error-text = እንታይ ከም ዝተጋገየ፣ ካብ 500 ፊደላት ብዘይበዝሕ ግለጹ።
reports-title = ካብ ተጠቀምቲ ዝርዝር ኣገልግሎታት ዝመጹ ጸብጻባት
reports-none = ጸብጻብ የለን።
reports-about = { $kind }፣ { $date }
reports-done = ተፈጺሙ
reports-done-button = ከም ዝተፈጸመ ምልክት ግበሩ

listings-caseworkers = ሪፈራላቱ ዝከታተሉ
listings-caseworkers-intro = ኣመሓደርቲ ትካልኩም ኩሉ ግዜ ይከታተሉ። ንሳቶም እውን ክከታተሉ ዘለዎም ኣባላት ምረጹ፦ ሪፈራላት ናይዚ ኣገልግሎት ኣብ ሳጹን መእተዊኦም ይርእዩ፣ ስጉምቲ ድማ ክወስዱሎም ይኽእሉ።
listings-caseworkers-save = ሪፈራላቱ ዝከታተሉ ዓቅቡ
listings-caseworkers-saved = ተዓቂቡ፦ ሪፈራላቱ ኣብ ሳጹን መእተዊኦም ይርእዩ።
listing-error-member = ክምረጹ ዝኽእሉ ሰራሕተኛታት ትካልኩም ጥራይ እዮም።
organisation-areas = ዝሰርሓሎም ከባቢታት

## Checks on a service before it is saved (the listings pages show them)

service-invalid-name = እቲ ስም ካብ 1 ክሳብ 200 ፊደላት ክኸውን ኣለዎ።
service-invalid-text = መግለጺን “ንመን እዩ” ዝብልን፣ ነፍሲ ወከፎም እንተበዝሐ 5,000 ፊደላት ክኾኑ ኣለዎም።
service-invalid-ages = ዕድመታት ካብ 0 ክሳብ 120 ክኾኑ ኣለዎም፣ ዝተሓተ ዕድመ ድማ ካብ ዝለዓለ ዕድመ ክበዝሕ የብሉን።
service-invalid-needs = እቲ ኣገልግሎት ዝሕግዘሉ እንተወሓደ ሓደ ድሌት ምረጹ።
service-invalid-language = ቋንቋታት ኮድ ISO 639 ክኾኑ ኣለዎም፣ ንኣብነት so ንሶማልኛ ወይ gu ንጉጃራቲ።
service-invalid-hours = ሰዓታት ስራሕ ካብ ሰኑይ ክሳብ ሰንበት ዘሎ መዓልቲ፣ ካብ 00:00 ክሳብ 23:59 ዘሎ ሰዓታት ድማ ክህልዎም ኣለዎ።
service-invalid-closure = ዕጹው ግዜ ኣብቲ ዝጀመረሉ መዓልቲ ወይ ድሕሪኡ ክውዳእ ኣለዎ፣ መዘኻኸሪኡ ድማ እንተበዝሐ 200 ፊደላት ክኸውን ኣለዎ።
service-invalid-special-hours = ፍሉይ ሰዓታት ናይ መጀመርታ ዕለት፣ ናይ መወዳእታ ዕለት (እንተሃልዩ) ኣብታ መዓልቲ ወይ ድሕሪኣ፣ ሰዓት ምኽፋትን ድሕሪኡ ሰዓት ምዕጻውን፣ እንተበዝሐ 200 ፊደላት ዘለዎ መዘኻኸሪን የድልዮ።
service-invalid-email = እቲ ኣድራሻ ኢመይል ቅኑዕ ኣይኮነን።
service-invalid-website = እቲ ወብሳይት ብ https:// ዝጅምር ምሉእ ኣድራሻ ክኸውን ኣለዎ።
service-invalid-phone = ቁጽሪ ተሌፎን እንተወሓደ 3 ኣሃዛት፣ እንተበዝሐ ድማ 40 ፊደላት ክህልዎ ኣለዎ፣ መግለጺኡ ድማ እንተበዝሐ 200 ፊደላት።
service-invalid-organisation = እቲ ትካል ኣብ ዝርዝር ኣገልግሎታት የለን።
service-invalid-location = ነፍሲ ወከፍ ቦታ ኣድራሻን ከተማን የድልዮ (ነፍሲ ወከፎም እንተበዝሐ 200 ፊደላት)፤ ናይ ካርታ ኬክሮስን ኬንትሮስን፣ እንተተዋሂቦም፣ ቁጽርታት ክኾኑ ኣለዎም።
service-invalid-postcode = እቲ ፖስትኮድ ናይ ብሪጣንያ ፖስትኮድ ክኸውን ኣለዎ፣ ንኣብነት LE2 0AB።
service-invalid-fees = መግለጺ ክፍሊት እንተበዝሐ 200 ፊደላት ክኸውን ኣለዎ።
service-invalid-areas = ነፍሲ ወከፍ ከባቢ ካብ 1 ክሳብ 200 ፊደላት ክኸውን ኣለዎ፣ እንተበዝሐ ድማ 50 ከባቢታት ክህልዉ ይኽእሉ።
service-invalid-period-order = ሰዓት ስራሕ ድሕሪ ዝጀመረሉ ክውዳእ ኣለዎ። ካብ ፍርቂ ለይቲ እንተሓሊፉ፣ "ካብ ፍርቂ ለይቲ ይሓልፍ" ምልክት ግበሩሉ።
service-invalid-status = እቲ ኣገልግሎት ክፉት፣ ንግዜኡ ዕጹው፣ ወይ ድሕሪ ሕጂ ዘይሰርሕ ምዃኑ ምረጹ።
