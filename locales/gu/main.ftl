# Signpost — ગુજરાતી. મશીન દ્વારા તૈયાર થયેલ ડ્રાફ્ટ, હજુ સુધી અસ્ખલિત વક્તાએ તપાસ્યો નથી (જુઓ locales/locales.toml).

## Site

app-name = Signpost
app-description = લેસ્ટરમાં સ્થાનિક સામુદાયિક સેવાઓ શોધો અને પરિવારો સાથે તેમની ભાષામાં શેર કરો.
skip-to-content = મુખ્ય સામગ્રી પર જાઓ
language-switcher = ભાષા
list-separator = { ", " }
notice-demo = ડેમો ડેટા: આ યાદીઓ Signpost અજમાવવા માટેના ઉદાહરણો છે. ફોન નંબર અને ઇમેઇલ કોઈ સુધી પહોંચતા નથી.
notice-machine-draft = આ અનુવાદ મશીને તૈયાર કર્યો છે, અને ગુજરાતી સારી રીતે જાણતી કોઈ વ્યક્તિએ હજુ તેને તપાસ્યો નથી.
footer-about = Signpost એ લેસ્ટરમાં #PowerToChange સામુદાયિક ભાગીદારોના નેટવર્કની સેવાઓની યાદી છે.
loading = લોડ થઈ રહ્યું છે…

## Errors

not-found-title = પાનું મળ્યું નથી
not-found-body = અમને તે પાનું મળ્યું નથી. કદાચ સેવા અથવા સંસ્થા દૂર કરવામાં આવી છે.
back-to-search = શોધ પર પાછા જાઓ
error-title = કંઈક ખોટું થયું
error-not-found = અમને તે મળ્યું નથી.
error-internal = અમારી બાજુએ કંઈક ખોટું થયું. કૃપા કરીને થોડી વારમાં ફરી પ્રયાસ કરો.
error-unreachable = Signpost સર્વર સુધી પહોંચી શક્યું નથી. તમારું કનેક્શન તપાસો અને ફરી પ્રયાસ કરો.
error-bad-request = આ વિનંતીમાં કંઈક બરાબર ન હતું. કૃપા કરીને ફરી પ્રયાસ કરો.

## Search

search-title = સેવા શોધો
search-label = તમને શેમાં મદદ જોઈએ છે?
search-placeholder = ઉદાહરણ તરીકે: ફૂડ બેંક, રહેઠાણ સલાહ, લેપટોપ
search-button = શોધો
filters-legend = ફિલ્ટર
filters-clear = શોધ અને ફિલ્ટર સાફ કરો
filter-need = જરૂરિયાત
filter-any-need = કોઈપણ જરૂરિયાત
filter-area = વિસ્તાર
filter-any-area = લેસ્ટરમાં ગમે ત્યાં
filter-language = બોલાતી ભાષા
filter-any-language = કોઈપણ ભાષા
filter-age = વ્યક્તિની ઉંમર
filter-free = મફત
filter-open-now = હમણાં ખુલ્લું
filter-referrals = રેફરલ સ્વીકારે છે
results-count =
    { $count ->
        [0] કોઈ સેવા મળી નથી
        [one] એક સેવા
       *[other] { $count } સેવાઓ
    }
results-empty = કંઈ મેળ ખાતું નથી. બીજા શબ્દો અજમાવો અથવા કેટલાક ફિલ્ટર સાફ કરો.
pager-label = વધુ પરિણામો
pager-previous = પાછલું
pager-next = આગલું
pager-position = પાનું { $page } / { $pages }
card-facts-label = મુખ્ય માહિતી
card-languages = બોલાતી ભાષાઓ: { $languages }
badge-free = મફત
badge-referrals = રેફરલ સ્વીકારે છે

## Service page

service-by = ચલાવનાર
service-about = આ સેવા વિશે
service-needs = આમાં મદદ કરે છે
service-who = આ કોના માટે છે
service-free = મફત.
service-not-free = ખર્ચ થઈ શકે છે.
service-how = મદદ કેવી રીતે મેળવવી
service-hours = ખુલ્લા રહેવાનો સમય
service-languages = સ્ટાફ દ્વારા બોલાતી ભાષાઓ
service-contact = સંપર્ક
service-where = ક્યાં
service-areas = આવરી લેવાયેલા વિસ્તારો: { $areas }
service-last-reviewed = સંસ્થાએ છેલ્લે તપાસ્યું: { $date }
service-may-be-out-of-date = સંસ્થાએ એક વર્ષથી વધુ સમયથી આ વિગતો તપાસી નથી: તે જૂની હોઈ શકે. કોઈને મોકલતાં પહેલાં ફોન કરો.
service-report-link = આ યાદીમાં સમસ્યાની જાણ કરો
access-drop-in = ખુલ્લા સમય દરમિયાન સીધા આવો
access-self-referral = તમે જાતે સંપર્ક કરો
access-professional-referral = કાર્યકર, શાળા અથવા ફેમિલી ડૉક્ટર રેફર કરી શકે છે
access-phone = ફોન પર મદદ
access-appointment = એપોઇન્ટમેન્ટ લઈને
access-signpost-referral = Signpost દ્વારા રેફરલ સ્વીકારે છે
access-contact = મદદ કેવી રીતે મેળવવી તે પૂછવા તેમનો સંપર્ક કરો
hours-caption = ખુલ્લા રહેવાનો સમય, લેસ્ટરનો સમય
hours-none = નિયમિત સમય નથી: સમય નક્કી કરવા તેમનો સંપર્ક કરો.
hours-closed = બંધ
hours-period = { $opens }–{ $closes }
hours-period-overnight = { $opens }–{ $closes } (બીજા દિવસે)
hours-closure = { $from } થી { $to } સુધી બંધ
hours-special-day = { $date } ના રોજ અલગ સમય: { $times }
hours-special = { $from } થી { $to } સુધી અલગ સમય: { $times }
contact-call = { $number } પર ફોન કરો
contact-text = { $number } પર મેસેજ કરો
contact-email = { $email } પર ઇમેઇલ કરો
contact-website = વેબસાઇટ
location-map = નકશામાં ખોલો

## Organisation page

organisation-services =
    { $count ->
        [0] કોઈ સેવા સૂચિબદ્ધ નથી
        [one] એક સેવા
       *[other] { $count } સેવાઓ
    }

## Opening status

status-temporarily-closed = હંગામી રીતે બંધ
status-open-closes = હમણાં ખુલ્લું · { $when } બંધ થાય છે
status-closed-opens = બંધ · { $when } ખુલે છે
status-closed = બંધ
status-no-hours = ખુલ્લા સમય માટે તેમનો સંપર્ક કરો
when-today = આજે { $time } વાગ્યે
when-tomorrow = કાલે { $time } વાગ્યે
when-weekday = { $day } { $time } વાગ્યે
when-date = { $date } { $time } વાગ્યે

## Ages

ages-range = ઉંમર { $min }–{ $max }
ages-min = { $min } અને તેથી વધુ ઉંમર
ages-max = { $max } સુધીની ઉંમર
ages-all = બધી ઉંમર

## Dates

day-1 = સોમવાર
day-2 = મંગળવાર
day-3 = બુધવાર
day-4 = ગુરુવાર
day-5 = શુક્રવાર
day-6 = શનિવાર
day-7 = રવિવાર
month-1 = જાન્યુઆરી
month-2 = ફેબ્રુઆરી
month-3 = માર્ચ
month-4 = એપ્રિલ
month-5 = મે
month-6 = જૂન
month-7 = જુલાઈ
month-8 = ઑગસ્ટ
month-9 = સપ્ટેમ્બર
month-10 = ઑક્ટોબર
month-11 = નવેમ્બર
month-12 = ડિસેમ્બર
date-format = { $day } { $month } { $year }

## Needs

need-food = ખોરાક
need-food-terms = ફૂડ બેંક, ભોજન, ભૂખ, કરિયાણું, જમવાનું
need-housing = રહેઠાણ અને બેઘરપણું
need-housing-terms = બેઘર, આશ્રય, ભાડું, ઘર ખાલી કરાવવું
need-money = પૈસા, દેવું અને સરકારી સહાય
need-money-terms = દેવું, સરકારી સહાય, બેનિફિટ, યુનિવર્સલ ક્રેડિટ, બિલ, બજેટ
need-immigration = ઇમિગ્રેશન, આશ્રય અને શરણાર્થીઓ
need-immigration-terms = આશ્રય, શરણાર્થી, હોમ ઑફિસ, વિઝા, નવા આવનારા
need-health = આરોગ્ય અને માનસિક સુખાકારી
need-health-terms = માનસિક આરોગ્ય, સુખાકારી, ચિંતા, સિકલ સેલ, સંભાળ રાખનારા
need-families = બાળકો અને પરિવારો
need-families-terms = બાળકો, માતા-પિતા, પરિવાર, બાળ સંભાળ
need-youth = યુવા પ્રવૃત્તિઓ
need-youth-terms = યુવાનો, કિશોરો, યુવા ક્લબ, રમત
need-education = શિક્ષણ, તાલીમ અને રોજગાર
need-education-terms = નોકરી, કામ, તાલીમ, અભ્યાસક્રમ, અંગ્રેજી, શાળા
need-send = વિશેષ શૈક્ષણિક જરૂરિયાતો અને વિકલાંગતા (SEND)
need-send-terms = વિકલાંગતા, વિશેષ જરૂરિયાતો, EHCP, ઇન્ટર્નશિપ
need-care-experienced = સરકારી સંભાળમાં ઉછરેલા
need-care-experienced-terms = કેર લીવર, સરકારી સંભાળ, સંભાળમાં ઉછરેલા, ફોસ્ટર કેર, પાલક પરિવાર, પાલક માતા-પિતા, બાળ ગૃહ, ચિલ્ડ્રન હોમ
need-prisoners-families = કેદીઓના પરિવારો
need-prisoners-families-terms = જેલ, કેદી, મુલાકાત, સજા
need-digital = કમ્પ્યુટર અને ઇન્ટરનેટ
need-digital-terms = ડિજિટલ, કમ્પ્યુટર શીખવું, લેપટોપ, કમ્પ્યુટર, ઇન્ટરનેટ, ઑનલાઇન, ફોન, મોબાઇલ, સ્માર્ટફોન, વાઇફાઇ
need-community = સમુદાય, સંસ્કૃતિ અને ધર્મ
need-community-terms = સામુદાયિક કેન્દ્ર, સંસ્કૃતિ, ધર્મ, સ્વયંસેવા, સામાજિક
need-safety = ગુનો અને સલામતી
need-safety-terms = ગુનો, છરીનો ગુનો, શોષણ, સલામતી, હિંસા

## Languages

language-en = અંગ્રેજી
language-gu = ગુજરાતી
language-pa = પંજાબી
language-pl = પોલિશ
language-ro = રોમાનિયન
language-ur = ઉર્દૂ
language-bn = બંગાળી
language-pt = પોર્ટુગીઝ
language-ar = અરબી
language-so = સોમાલી
language-hi = હિન્દી
language-ku = કુર્દિશ
language-fa = ફારસી
language-ps = પશ્તો
language-ti = ટિગ્રિન્યા
language-ta = તમિલ
language-fr = ફ્રેન્ચ
language-sw = સ્વાહિલી

## Offline: the connection and the directory saved on this phone

net-offline = તમે ઑફલાઇન છો. Signpost આ ફોન પર સાચવેલી સેવાઓની યાદી વાપરી રહ્યું છે.
net-offline-partial = તમે ઑફલાઇન છો. કનેક્શન જતા પહેલાં સેવાઓની યાદીનો માત્ર થોડો ભાગ આ ફોન પર સચવાયો હતો.
net-offline-nothing = તમે ઑફલાઇન છો, અને સેવાઓની યાદી હજુ આ ફોન પર સાચવવામાં આવી નથી. તેને સાચવવા એક વાર કનેક્ટ કરો.
net-saving = સિગ્નલ વિના વાપરવા માટે સેવાઓની યાદી આ ફોન પર સાચવી રહ્યા છીએ…
net-progress = સેવાઓની યાદી સાચવી રહ્યા છીએ
net-saved = સિગ્નલ વિના વાપરવા માટે આ ફોન પર સાચવેલ
net-updated = { $ago } અપડેટ થયું
net-sync-failed = સેવાઓની યાદીમાં ફેરફારો તપાસી શકાયા નહીં. Signpost ફરી પ્રયાસ કરશે.
net-save-failed = આ ફોનના બ્રાઉઝરે સેવાઓની યાદી સાચવવાની ના પાડી, તેથી Signpost ને કામ કરવા માટે કનેક્શનની જરૂર છે.
net-persist-refused = ફોનમાં જગ્યા ઓછી થાય તો આ બ્રાઉઝર સાચવેલી સેવાઓની યાદી કાઢી નાખી શકે છે. તેને રાખવા માટે ક્યારેક કનેક્શન સાથે Signpost ખોલો.
# સ્ક્રીનના તળિયે સ્થિર એકમાત્ર લાઇન (બાકીની વાત ઉપરના સંદેશા પેજમાં કહે છે).
net-line-offline = ઑફલાઇન: સાચવેલી સેવાઓની યાદી વપરાય છે
net-line-offline-partial = ઑફલાઇન: સેવાઓની યાદીનો થોડો ભાગ જ સચવાયો છે
net-line-offline-nothing = ઑફલાઇન: સેવાઓની યાદી હજુ સચવાઈ નથી
net-line-saving = સેવાઓની યાદી સાચવી રહ્યા છીએ…
net-line-saved = આ ફોન પર સાચવેલ
net-line-sync-failed = ફેરફારો તપાસી શકાયા નહીં
net-line-save-failed = સેવાઓની યાદી સાચવી શકાઈ નહીં
ago-just-now = હમણાં જ
ago-minutes =
    { $count ->
        [one] 1 મિનિટ પહેલાં
       *[other] { $count } મિનિટ પહેલાં
    }
ago-hours =
    { $count ->
        [one] 1 કલાક પહેલાં
       *[other] { $count } કલાક પહેલાં
    }
ago-days =
    { $count ->
        [one] 1 દિવસ પહેલાં
       *[other] { $count } દિવસ પહેલાં
    }
update-available = Signpost નું નવું સંસ્કરણ તૈયાર છે.
update-reload = ફરી લોડ કરો

## Accounts and referrals

error-unauthorised = આ કરવા માટે કૃપા કરીને સાઇન ઇન કરો.
error-forbidden = તમારું ખાતું આ કરી શકતું નથી.
error-conflict = તમે કામ કરતા હતા ત્યારે બીજા કોઈએ આ બદલ્યું. કંઈ સાચવાયું નથી: તેમનું સંસ્કરણ બતાવ્યું છે, અને તમે લખેલું રાખ્યું છે જેથી તમે તેને ફરી ઉમેરી શકો.
error-cross-site = આ વિનંતી બીજી વેબસાઇટ પરથી આવી હતી અને નકારવામાં આવી.
footer-inbox = ઇનબૉક્સ (મળેલા રેફરલ)
footer-listings = તમારી યાદીઓ
footer-sign-in = સાઇન ઇન (ભાગીદાર સંસ્થાઓ)
login-title = સાઇન ઇન
login-intro = નેટવર્કની ભાગીદાર સંસ્થાઓના કર્મચારીઓ અને સ્વયંસેવકો માટે. કોઈ પણ વ્યક્તિ સાઇન ઇન કર્યા વિના સેવાઓની યાદીમાં શોધી શકે છે.
login-email = ઇમેઇલ સરનામું
login-password = પાસવર્ડ
login-submit = સાઇન ઇન
login-error-invalid = આ ઇમેઇલ સરનામું અને પાસવર્ડ કોઈ ખાતા સાથે મેળ ખાતા નથી. તપાસીને ફરી પ્રયાસ કરો.
login-error-limited = સાઇન ઇન કરવાના ઘણા પ્રયાસો થયા. એક મિનિટ રાહ જુઓ, પછી ફરી પ્રયાસ કરો.
login-needs-connection = સાઇન ઇન કરવા માટે કનેક્શન જરૂરી છે. તમે હજી પણ સેવાઓની યાદીમાં શોધી શકો છો.
error-busy = સર્વર વ્યસ્ત છે. કૃપા કરીને એક મિનિટ પછી ફરી પ્રયાસ કરો.
error-unavailable = Signpost હમણાં તેના ડેટાબેઝ સુધી પહોંચી શકતું નથી. કૃપા કરીને એક મિનિટ પછી ફરી પ્રયાસ કરો.
login-error-busy = સર્વર વ્યસ્ત છે. કૃપા કરીને એક મિનિટ પછી ફરી પ્રયાસ કરો.
retention-period = { $unit ->
    [years] { $count ->
        [one] એક વર્ષ
       *[other] { $count } વર્ષ
    }
    [months] { $count ->
        [one] એક મહિનો
       *[other] { $count } મહિના
    }
   *[days] { $count ->
        [one] એક દિવસ
       *[other] { $count } દિવસ
    }
}

## Links to pages whose own messages travel only with them (accounts.ftl, inbox.ftl, referrals.ftl)

inbox-sign-in = સાઇન ઇન
outbox-link = આ ફોન પરના રેફરલ
refer-link = પરિવારને આ સેવામાં રેફર કરો
back-to-service = સેવા પર પાછા જાઓ
inbox-back = મળેલા રેફરલ પર પાછા જાઓ
invite-member-link = સભ્યને આમંત્રણ આપો
members-link = સભ્યો
