# Signpost — ትግርኛ. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Site

app-name = Signpost
app-description = ኣብ Leicester ዘለዉ ከባብያዊ ኣገልግሎታት ሕብረተሰብ ድለዩ፣ ብቋንቋኦም ድማ ምስ ስድራቤታት ተኻፈልዎም።
skip-to-content = ናብ ትሕዝቶ ሕለፉ
language-switcher = ቋንቋ
list-separator = { "፣ " }
notice-demo = ናይ ፈተነ ሓበሬታ፦ እዞም ዝርዝራት Signpost ንምፍታን ዝቐረቡ ኣብነታት እዮም። ቁጽርታት ተሌፎንን ኢመይላትን ናብ ዝኾነ ሰብ ኣይበጽሑን።
notice-machine-draft = እዚ ትርጉም ብማሽን ዝተዳለወ እዩ፣ ገና ድማ ብኽኢላ ተዛራቢ እቲ ቋንቋ ኣይተረጋገጸን።
footer-about = Signpost ዝርዝር ኣገልግሎታት ናይ መርበብ ማሕበረሰባዊ መሻርኽቲ #PowerToChange ኣብ Leicester እዩ።
loading = ይጽዓን ኣሎ…

## Errors

not-found-title = ገጽ ኣይተረኽበን
not-found-body = ነቲ ገጽ ክንረኽቦ ኣይከኣልናን። እቲ ኣገልግሎት ወይ ትካል ተላጊሱ ክኸውን ይኽእል።
back-to-search = ናብ ምድላይ ተመለሱ
error-title = ገለ ጌጋ ኣጋጢሙ
error-not-found = ነዚ ክንረኽቦ ኣይከኣልናን።
error-internal = ኣብ ወገንና ገለ ጌጋ ኣጋጢሙ። በጃኹም ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።
error-unreachable = Signpost ናብቲ ሰርቨር ክበጽሕ ኣይከኣለን። ርክብኩም ኣረጋጊጽኩም ደጊምኩም ፈትኑ።
error-bad-request = ኣብቲ ሕቶ ቅኑዕ ዘይኮነ ገለ ነገር ነይሩ። በጃኹም ደጊምኩም ፈትኑ።
error-busy = እቲ ሰርቨር ተጸሚዱ ኣሎ። በጃኹም ድሕሪ ሓደ ደቒቕ ደጊምኩም ፈትኑ።
error-unavailable = Signpost ሕጂ ናብ ዳታቤዙ ክበጽሕ ኣይክእልን እዩ። በጃኹም ድሕሪ ሓደ ደቒቕ ደጊምኩም ፈትኑ።

## Search

search-title = ኣገልግሎት ድለዩ
search-label = እንታይ ሓገዝ የድልየኩም፧
search-placeholder = ንኣብነት፦ ባንኪ ምግቢ፣ ምኽሪ ገዛ፣ ላፕቶፕ
search-button = ድለዩ
filters-legend = መጻረዪታት
filters-clear = ምድላይን መጻረዪታትን ኣጽርዩ
filter-need = ድሌት
filter-any-need = ዝኾነ ድሌት
filter-area = ከባቢ
filter-any-area = ኣብ ዝኾነ ቦታ ናይ Leicester
filter-language = ዝዝረብ ቋንቋ
filter-any-language = ዝኾነ ቋንቋ
filter-age = ዕድመ እቲ ሰብ
filter-free = ብነጻ
filter-open-now = ሕጂ ክፉት
filter-referrals = ሪፈራላት ይቕበል
results-count =
    { $count ->
        [0] ኣገልግሎት ኣይተረኽበን
        [one] ሓደ ኣገልግሎት
       *[other] { $count } ኣገልግሎታት
    }
results-empty = ዝሰማማዕ የለን። ካልእ ቃላት ፈትኑ፣ ወይ ገለ መጻረዪታት ኣጽርዩ።
pager-label = ተወሳኺ ውጽኢታት
pager-previous = ዝሓለፈ
pager-next = ዝቕጽል
pager-position = ገጽ { $page } ካብ { $pages }
card-facts-label = ቀንዲ ሓበሬታ
card-languages = ቋንቋታት፦ { $languages }
badge-free = ብነጻ
badge-referrals = ሪፈራላት ይቕበል

## Service page

service-by = ዘካይዶ
service-about = ብዛዕባ እዚ ኣገልግሎት
service-needs = ዝሕግዘሉ
service-who = ንመን እዩ
service-free = ብነጻ።
service-not-free = ክፍሊት ክህሉ ይኽእል።
service-how = ሓገዝ ብኸመይ ይርከብ
service-hours = ሰዓታት ስራሕ
service-languages = ሰራሕተኛታት ዝዛረብዎም ቋንቋታት
service-contact = ርክብ
service-where = ኣበይ
service-areas = ዝሽፍኖ፦ { $areas }
service-last-reviewed = ብትካል ናይ መወዳእታ ዝተረጋገጸሉ፦ { $date }
service-may-be-out-of-date = እቲ ትካል ነዚ ሓበሬታ ካብ ሓደ ዓመት ንላዕሊ ኣየረጋገጾን፦ ዘይወቕታዊ ክኸውን ይኽእል። ሰብ ቅድሚ ምልኣኽኩም ደውሉ።
service-report-link = ኣብዚ ዝርዝር ዘሎ ጸገም ሓብሩ
access-drop-in = ኣብ ሰዓታት ስራሕ ብዘይ ቆጸራ ምምጻእ
access-self-referral = ባዕልኹም ተራኸብዎም
access-professional-referral = ሰራሕተኛ፣ ቤት ትምህርቲ ወይ ሓኪም ስድራቤት ሪፈራል ክገብሩ ይኽእሉ
access-phone = ብተሌፎን ሓገዝ
access-appointment = ብቆጸራ
access-signpost-referral = ብመንገዲ Signpost ሪፈራላት ይቕበል
access-contact = ሓገዝ ብኸመይ ከም ዝርከብ ንምሕታት ተራኸብዎም
hours-caption = ሰዓታት ስራሕ፣ ሰዓት Leicester
hours-none = ስሩዕ ሰዓታት ስራሕ የለን፦ ግዜ ንምቁራጽ ተራኸብዎም።
hours-closed = ዕጹው
hours-period = { $opens }–{ $closes }
hours-period-overnight = { $opens }–{ $closes } (ንጽባሒቱ)
hours-closure = ካብ { $from } ክሳብ { $to } ዕጹው
hours-special-day = ፍሉይ ሰዓታት ኣብ { $date }: { $times }
hours-special = ፍሉይ ሰዓታት ካብ { $from } ክሳብ { $to }: { $times }
contact-call = ናብ { $number } ደውሉ
contact-text = ናብ { $number } መልእኽቲ ስደዱ
contact-email = ናብ { $email } ኢመይል ስደዱ
contact-website = ወብሳይት
location-map = ኣብ ካርታ ክፈቱ

## Organisation page

organisation-services =
    { $count ->
        [0] ዝተመዝገበ ኣገልግሎት የለን
        [one] ሓደ ኣገልግሎት
       *[other] { $count } ኣገልግሎታት
    }

## Opening status

status-temporarily-closed = ንግዜኡ ዕጹው
status-open-closes = ሕጂ ክፉት · { $when } ይዕጾ
status-closed-opens = ዕጹው · { $when } ይኽፈት
status-closed = ዕጹው
status-no-hours = ንሰዓታት ስራሕ ተራኸብዎም
when-today = ሰዓት { $time }
when-tomorrow = ጽባሕ ሰዓት { $time }
when-weekday = { $day } ሰዓት { $time }
when-date = { $date } ሰዓት { $time }

## Ages

ages-range = ዕድመ { $min }–{ $max }
ages-min = ዕድመ { $min } ወይ ልዕሊኡ
ages-max = ዕድመ ክሳብ { $max }
ages-all = ኩሉ ዕድመ

## Dates

day-1 = ሰኑይ
day-2 = ሰሉስ
day-3 = ረቡዕ
day-4 = ሓሙስ
day-5 = ዓርቢ
day-6 = ቀዳም
day-7 = ሰንበት
month-1 = ጥሪ
month-2 = ለካቲት
month-3 = መጋቢት
month-4 = ሚያዝያ
month-5 = ግንቦት
month-6 = ሰነ
month-7 = ሓምለ
month-8 = ነሓሰ
month-9 = መስከረም
month-10 = ጥቅምቲ
month-11 = ሕዳር
month-12 = ታሕሳስ
date-format = { $day } { $month } { $year }

## Needs. The -terms messages are extra search words, separated by commas.

need-food = ምግቢ
need-food-terms = ባንኪ ምግቢ, መግቢ, ጥሜት, ኣስቤዛ, ምሳሕ
need-housing = መንበሪ ገዛን ገዛ ኣልቦነትን
need-housing-terms = ገዛ ኣልቦ, መጽለሊ, ክራይ, ተኻራዪ, ካብ ገዛ ምስጓግ, ኣብ ጎደና ምድቃስ
need-money = ገንዘብ፣ ዕዳን ሓገዛት መንግስትን
need-money-terms = ዕዳ, ሓገዝ መንግስቲ, Universal Credit, ዩኒቨርሳል ክረዲት, ክፍሊታት, ባጀት
need-immigration = ኢሚግሬሽን፣ ዑቕባን ስደተኛታትን
need-immigration-terms = ዑቕባ, ስደተኛ, Home Office, ሆም ኦፊስ, ቪዛ, ሓደሽቲ መጻእቲ
need-health = ጥዕናን ኣእምሮኣዊ ደሓንነትን
need-health-terms = ኣእምሮኣዊ ጥዕና, ደሓንነት, ጭንቀት, ሲክል ሴል, ሓለይቲ
need-families = ቆልዑን ስድራቤታትን
need-families-terms = ቆልዑ, ወለዲ, ስድራቤት, ምሕብሓብ ቆልዑ
need-youth = ንጥፈታት መንእሰያት
need-youth-terms = መንእሰያት, ኣጉባዝ, ክለብ መንእሰያት, ጸወታ
need-education = ትምህርቲ፣ ስልጠናን ስራሕን
need-education-terms = ስራሕ, ዕዮ, ስልጠና, ኮርሳት, እንግሊዝኛ, ESOL, ቤት ትምህርቲ
need-send = ፍሉይ ትምህርታዊ ድሌታትን ስንክልናን (SEND)
need-send-terms = SEND, ስንክልና, EHCP, ፍሉይ ድሌታት, ልምምድ ስራሕ
need-care-experienced = ኣብ ክንክን መንግስቲ ዝዓበዩ
need-care-experienced-terms = ኣላዪ ስድራ, ኣላዪ ወለዲ, ማእከል ክንክን ህጻናት, ኣብ ክንክን ዝዓበዩ, ካብ ክንክን ዝወጹ, ክንክን መንግስቲ, care leaver, foster care
need-prisoners-families = ስድራቤታት እሱራት
need-prisoners-families-terms = ቤት ማእሰርቲ, እሱር, ምብጻሕ, ፍርዲ
need-digital = ኮምፒተርን ኢንተርነትን
need-digital-terms = ዲጂታል, ላፕቶፕ, ኮምፒተር, ኢንተርነት, ኦንላይን, ተሌፎን, ሞባይል, ዋይፋይ, wifi
need-community = ሕብረተሰብ፣ ባህልን እምነትን
need-community-terms = ማእከል ሕብረተሰብ, ባህሊ, እምነት, ወለንታዊ ስራሕ, ማሕበራዊ
need-safety = ገበንን ድሕንነትን
need-safety-terms = ገበን, ገበን ካራ, ምዝመዛ, ድሕንነት, ዓመጽ

## Languages (ISO 639 codes)

language-en = እንግሊዝኛ
language-gu = ጉጃራቲ
language-pa = ፑንጃቢ
language-pl = ፖላንድኛ
language-ro = ሩማንኛ
language-ur = ኡርዱ
language-bn = ቤንጋሊ
language-pt = ፖርቱጋልኛ
language-ar = ዓረብኛ
language-so = ሶማልኛ
language-hi = ሂንዲ
language-ku = ኩርድኛ
language-fa = ፋርስኛ
language-ps = ፓሽቶ
language-ti = ትግርኛ
language-ta = ታሚል
language-fr = ፈረንሳይኛ
language-sw = ስዋሒሊ

## Offline: the connection and the directory saved on this phone

net-offline = ርክብ ኢንተርነት የብልኩምን። Signpost ኣብዚ ተሌፎን ዝተዓቀበ ዝርዝር ኣገልግሎታት ይጥቀም ኣሎ።
net-offline-partial = ርክብ ኢንተርነት የብልኩምን። እቲ ርክብ ቅድሚ ምቁራጹ፣ ክፋል ዝርዝር ኣገልግሎታት ጥራይ እዩ ኣብዚ ተሌፎን ተዓቂቡ።
net-offline-nothing = ርክብ ኢንተርነት የብልኩምን፣ ዝርዝር ኣገልግሎታት ድማ ገና ኣብዚ ተሌፎን ኣይተዓቀበን። ንምዕቃቡ ሓንሳብ ምስ ኢንተርነት ተራኸቡ።
net-saving = ብዘይ ሲግናል ንምጥቃም፣ ዝርዝር ኣገልግሎታት ኣብዚ ተሌፎን ይዕቀብ ኣሎ…
net-progress = ዝርዝር ኣገልግሎታት ይዕቀብ ኣሎ
net-saved = ብዘይ ሲግናል ንምጥቃም ኣብዚ ተሌፎን ተዓቂቡ
net-updated = { $ago } ተሓዲሱ
net-sync-failed = ለውጥታት ዝርዝር ኣገልግሎታት ክረጋገጹ ኣይከኣሉን። Signpost ደጊሙ ክፍትን እዩ።
net-save-failed = ብራውዘር እዚ ተሌፎን ነቲ ዝርዝር ኣገልግሎታት ክዕቅቦ ኣይከኣለን፣ ስለዚ Signpost ንምስራሕ ርክብ የድልዮ።
net-persist-refused = እዚ ብራውዘር፣ ኣብ ተሌፎን ቦታ እንተሓጺሩ፣ ነቲ ዝተዓቀበ ዝርዝር ኣገልግሎታት ክድምስሶ ይኽእል። ንምዕቃቡ፣ ሳሕቲ ሳሕቲ Signpost ምስ ርክብ ክፈትዎ።
# ኣብ ታሕቲ ስክሪን ተጣቢቑ ዘሎ እቲ ሓደ መስመር (እቶም ኣብ ላዕሊ ዘለዉ መልእኽትታት ነቲ ዝተረፈ ኣብቲ ገጽ ይገልጹ)።
net-line-offline = ኢንተርነት የለን፦ ዝተዓቀበ ዝርዝር ኣገልግሎታት ትጥቀሙ ኣለኹም
net-line-offline-partial = ኢንተርነት የለን፦ ክፋል ዝርዝር ኣገልግሎታት ጥራይ እዩ ተዓቂቡ
net-line-offline-nothing = ኢንተርነት የለን፦ ዝርዝር ኣገልግሎታት ገና ኣይተዓቀበን
net-line-saving = ዝርዝር ኣገልግሎታት ይዕቀብ ኣሎ…
net-line-saved = ኣብዚ ተሌፎን ተዓቂቡ
net-line-sync-failed = ለውጥታት ክረጋገጹ ኣይከኣሉን
net-line-save-failed = ዝርዝር ኣገልግሎታት ክዕቀብ ኣይከኣለን
ago-just-now = ሕጂ ሕጂ
ago-minutes =
    { $count ->
        [one] ቅድሚ { $count } ደቒቕ
       *[other] ቅድሚ { $count } ደቓይቕ
    }
ago-hours =
    { $count ->
        [one] ቅድሚ { $count } ሰዓት
       *[other] ቅድሚ { $count } ሰዓታት
    }
ago-days =
    { $count ->
        [one] ቅድሚ { $count } መዓልቲ
       *[other] ቅድሚ { $count } መዓልታት
    }
update-available = ሓድሽ ሕታም Signpost ድሉው እዩ።
update-reload = ኣሐድሱ

## Accounts and referrals

error-unauthorised = ነዚ ንምግባር በጃኹም እተዉ።
error-forbidden = ኣካውንትኩም ነዚ ክገብር ኣይፍቀደሉን።
error-conflict = ኣብዚ እናሰራሕኩም ከለኹም ካልእ ሰብ ቀይርዎ። ዝተዓቀበ ነገር የለን፦ ናቱ ሕታም ይርአ ኣሎ፣ ዝጸሓፍኩምዎ ድማ ተዓቂቡ ስለ ዘሎ ደጊምኩም ክትውስኽዎ ትኽእሉ ኢኹም።
error-cross-site = እዚ ሕቶ ካብ ካልእ ወብሳይት ስለ ዝመጸ ተነጺጉ።
footer-inbox = ሳጹን መእተዊ (ዝበጽሑ ሪፈራላት)
footer-listings = ዝርዝራትኩም
footer-sign-in = እተዉ (ንመሻርኽቲ ትካላት)
login-title = ምእታው
login-intro = ንሰራሕተኛታትን ወለንተኛታትን ናይ መሻርኽቲ ትካላት መርበብ። ዝኾነ ሰብ ከይኣተወ ኣብ ዝርዝር ኣገልግሎታት ክደሊ ይኽእል።
login-email = ኣድራሻ ኢመይል
login-password = ቃለ-ምስጢር
login-submit = እተዉ
login-error-invalid = እቲ ኣድራሻ ኢመይልን ቃለ-ምስጢርን ምስ ዝኾነ ኣካውንት ኣይሰማምዑን። ኣረጋጊጽኩም ደጊምኩም ፈትኑ።
login-error-limited = ንምእታው ብዙሕ ፈተነታት ተገይሩ። ሓደ ደቒቕ ተጸበዩ፣ ድሕሪኡ ደጊምኩም ፈትኑ።
login-error-busy = እቲ ሰርቨር ተጸሚዱ ኣሎ። በጃኹም ድሕሪ ሓደ ደቒቕ ደጊምኩም ፈትኑ።
login-needs-connection = ምእታው ርክብ ኢንተርነት የድልዮ። ኣብ ዝርዝር ኣገልግሎታት ምድላይ ግን ሕጂ እውን ትኽእሉ ኢኹም።

## Retention periods, as the consent statement and privacy notice say them

retention-period =
    { $unit ->
        [years]
            { $count ->
                [one] ሓደ ዓመት
               *[other] { $count } ዓመታት
            }
        [months]
            { $count ->
                [one] ሓደ ወርሒ
               *[other] { $count } ኣዋርሕ
            }
       *[days]
            { $count ->
                [one] ሓደ መዓልቲ
               *[other] { $count } መዓልታት
            }
    }

## Links to pages whose own messages travel only with them (accounts.ftl, inbox.ftl, referrals.ftl)

inbox-sign-in = እተዉ
outbox-link = ኣብዚ ተሌፎን ዘለዉ ሪፈራላት
refer-link = ንስድራቤት ናብዚ ኣገልግሎት ሪፈራል ግበሩ
back-to-service = ናብቲ ኣገልግሎት ተመለሱ
inbox-back = ናብ ዝበጽሑ ሪፈራላት ተመለሱ
invite-member-link = ኣባል ዕደሙ
members-link = ኣባላት
