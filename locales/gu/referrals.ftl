## Referring a family (the phone's side)

refer-title = { $service } માં રેફર કરો
refer-not-accepting = આ સેવા Signpost દ્વારા રેફરલ સ્વીકારતી નથી. સેવાનો સીધો સંપર્ક કરો.
refer-needs-javascript = રેફરલ મોકલી શકાય ત્યાં સુધી આ ફોન પર રાખવામાં આવે છે, અને તે માટે JavaScript જરૂરી છે. JavaScript ચાલુ કરો, અથવા સેવાનો સીધો સંપર્ક કરો.
refer-step-consent = 1. સંમતિ માંગો
refer-consent-language = નિવેદન કઈ ભાષામાં વાંચવું
referral-consent-statement = અમે તમારી વિગતો { $service } ને મોકલવા માંગીએ છીએ, જેથી તમને જે મદદ જોઈએ છે તે વિશે તેઓ તમારો સંપર્ક કરી શકે. અમે તમારું નામ, તમારો સંપર્ક કેવી રીતે કરવો, તમારી પસંદગીની ભાષા અને તમને કઈ મદદ જોઈએ છે તે શેર કરીશું. આ વિગતો ફક્ત સેવા અને આજે તમને મદદ કરનાર વ્યક્તિ જ જોઈ શકશે. જો { $period } સુધી રેફરલ પર કોઈ કામ ન કરે, તો તમારી વિગતો કાઢી નાખવામાં આવે છે. તમે ના પાડી શકો છો, અને તેનાથી આજે અમે તમને જે મદદ કરીએ છીએ તેમાં કોઈ ફેર નહીં પડે. તમે પછીથી સેવાનો સંપર્ક કરીને તમારો નિર્ણય બદલી શકો છો.
refer-consent-given = વ્યક્તિએ આ નિવેદન સાંભળ્યું છે અને તે સંમત છે
refer-consent-missing = વ્યક્તિની સંમતિ વિના કંઈ સાચવવામાં કે મોકલવામાં આવતું નથી.
refer-consent-machine-draft = ગુજરાતી સારી રીતે જાણતી કોઈ વ્યક્તિએ આ અનુવાદ હજુ તપાસ્યો નથી: તે મશીને તૈયાર કરેલો કાચો અનુવાદ છે. જો વ્યક્તિ તેને કદાચ પૂરેપૂરું ન સમજી શકે, તો દુભાષિયાની મદદ લો.
refer-consent-in-english = આ અનુવાદ થયા પછી અંગ્રેજી નિવેદન બદલાયું છે, તેથી ફરીથી અનુવાદ ન થાય ત્યાં સુધી તે અંગ્રેજીમાં બતાવવામાં આવે છે. દુભાષિયાની મદદ લો.
refer-privacy-title = ગોપનીયતા સૂચના
refer-privacy-body = Signpost આ રેફરલને આ ફોન પર, કોડથી લૉક કરીને, ફક્ત સેવા સુધી પહોંચે ત્યાં સુધી જ રાખે છે. પછી ફોન પર ફક્ત એક નોંધ રહે છે કે તે મોકલાયો હતો, કોઈ વ્યક્તિગત વિગતો વિના. વિગતો ફક્ત આ લોકો જોઈ શકે છે: સેવાના મેનેજર, તેઓ તેના રેફરલ સંભાળવા માટે પસંદ કરે તે સ્ટાફ, અને તમે. તમારી સંસ્થામાં બીજું કોઈ તે જોઈ શકતું નથી. નેટવર્કના સંયોજક ફક્ત આંકડા જુએ છે, ક્યારેય નામ નહીં. જો { $period } સુધી રેફરલ પર કોઈએ કામ ન કર્યું હોય, તો વિગતો કાઢી નાખવામાં આવે છે, ભલે રેફરલનું ગમે તે થયું હોય.
refer-step-details = 2. રેફરલ
refer-name = વ્યક્તિનું નામ
refer-contact-method = તેમનો સંપર્ક કેવી રીતે કરવો
refer-contact-detail-phone = ફોન નંબર
refer-contact-detail-sms = મોબાઇલ નંબર
refer-contact-detail-email = ઇમેઇલ સરનામું
refer-contact-detail-letter = ટપાલ સરનામું
refer-language = પસંદગીની ભાષા
refer-choose = પસંદ કરો…
refer-language-other = બીજી ભાષા
refer-language-other-name = ભાષાનું નામ
refer-interpreter = દુભાષિયાની જરૂર છે
refer-needs = તેમને શેમાં મદદ જોઈએ છે
refer-support = જરૂરી મદદ, તમારા પોતાના શબ્દોમાં
refer-urgency = કેટલું તાકીદનું છે
refer-safeguarding = સુરક્ષા અંગે ચિંતા છે
refer-safeguarding-hint = આ ફક્ત સેવાને જાણ કરે છે. સાથે સાથે, હમણાં જ તમારી સંસ્થાના સુરક્ષાના નિયમોનું પણ પાલન કરો.
refer-referrer-contact = તમારો ફોન નંબર અથવા ઇમેઇલ સરનામું
refer-submit = રેફરલ સાચવો
refer-storage-failed = આ ફોન રેફરલ રાખી શક્યો નહીં, તેથી કંઈ સાચવવામાં આવ્યું નથી. સેવાનો સીધો સંપર્ક કરો.

## The referrals on this phone

outbox-title = આ ફોન પરના રેફરલ
outbox-empty = આ ફોન પર કોઈ રેફરલ નથી.
outbox-offline = કનેક્શન નથી: ફોન ફરી ઑનલાઇન થશે ત્યારે બાકી રેફરલ મોકલવામાં આવશે.
outbox-sign-in = બાકી રેફરલ મોકલવા માટે સાઇન ઇન કરો. ત્યાં સુધી તે આ ફોન પર જ રહેશે.
outbox-sign-in-link = સાઇન ઇન
outbox-unavailable = આ બ્રાઉઝર ફોન પર રેફરલ રાખી શકતું નથી. સેવાઓનો સીધો સંપર્ક કરો.
outbox-send-now = હમણાં મોકલો
outbox-sending = મોકલી રહ્યા છીએ…
outbox-state-queued = મોકલવાની રાહ જુએ છે
outbox-state-sending = મોકલી રહ્યા છીએ
outbox-state-delivered = સેવા સુધી પહોંચી ગયો
outbox-state-conflict = મોકલાયો નથી: સર્વર પાસે આ નંબરનો એક અલગ રેફરલ પહેલેથી છે. સેવા સાથે તપાસ કરો, પછી આ રેફરલ દૂર કરો.
outbox-state-refused = મોકલાયો નથી: તેમાં સુધારો કરવાની જરૂર છે.
outbox-state-not-accepting = મોકલાયો નથી: આ સેવા હવે Signpost દ્વારા રેફરલ સ્વીકારતી નથી. સેવાનો સંપર્ક કરો, અથવા બીજી સેવામાં રેફર કરો; પછી આ રેફરલ દૂર કરો.
outbox-answer = સેવાનો જવાબ: { $status }
outbox-remove = આ ફોન પરથી દૂર કરો
outbox-sign-out = સાઇન આઉટ
outbox-sign-out-warning = { $count ->
    [one] એક રેફરલ હજુ મોકલાયો નથી. સાઇન આઉટ કરવાથી તે આ ફોન પરથી કાઢી નાખવામાં આવશે. તેમ છતાં સાઇન આઉટ કરવું છે?
   *[other] { $count } રેફરલ હજુ મોકલાયા નથી. સાઇન આઉટ કરવાથી તે આ ફોન પરથી કાઢી નાખવામાં આવશે. તેમ છતાં સાઇન આઉટ કરવું છે?
}
refer-sign-in = પરિવારનો રેફરલ કરવા માટે સાઇન ઇન કરો. રેફરલ આ ફોન પર તમારા નામે રાખવામાં આવે છે, તેથી કનેક્શન હોય ત્યારે સાઇન ઇન કરો; પછી તમે સિગ્નલ વિના પણ રેફરલ કરી શકો છો.
outbox-error-too-large = આ રેફરલ મોકલવા માટે ઘણું મોટું છે. સેવાનો સીધો સંપર્ક કરો, પછી તેને આ ફોન પરથી દૂર કરો.
outbox-others-waiting = { $count ->
    [one] બીજા કાર્યકરે કરેલું એક રેફરલ આ ફોન પર મોકલવાની રાહ જુએ છે. ફક્ત તેઓ જ તેને જોઈ કે મોકલી શકે છે, જ્યારે તેઓ ફરી સાઇન ઇન કરે.
   *[other] બીજા કાર્યકરોએ કરેલાં { $count } રેફરલ આ ફોન પર મોકલવાની રાહ જુએ છે. ફક્ત તેઓ જ તેમને જોઈ કે મોકલી શકે છે, જ્યારે તેઓ ફરી સાઇન ઇન કરે.
}
outbox-password-link = તમારો પાસવર્ડ બદલો

## A referral's status, outcome, urgency and contact method (the outbox, the form and the inbox)

referral-status-new = નવું
referral-status-seen = જોયેલું
referral-status-accepted = સ્વીકાર્યું
referral-status-declined = નકાર્યું
referral-status-closed = બંધ
referral-outcome-supported = મદદ આપવામાં આવી
referral-outcome-could-not-contact = સંપર્ક થઈ શક્યો નહીં
referral-outcome-no-longer-needed = હવે જરૂર નથી
referral-outcome-referred-elsewhere = બીજે રેફર કર્યું
referral-urgency-routine = તાત્કાલિક નથી
referral-urgency-soon = જલદી
referral-urgency-urgent = તાત્કાલિક
referral-contact-phone = ફોન કૉલ
referral-contact-sms = ટેક્સ્ટ સંદેશ
referral-contact-email = ઇમેઇલ
referral-contact-letter = પત્ર
referral-contact-through-referrer = રેફરલ કરનાર વ્યક્તિ દ્વારા

## Errors of a referral (the form, the outbox and the inbox show them)

referral-error-name-required = વ્યક્તિનું નામ દાખલ કરો.
referral-error-name-too-long = નામ વધુમાં વધુ 100 અક્ષરોનું હોવું જોઈએ.
referral-error-phone-invalid = 0116 496 0123 જેવો ફોન નંબર દાખલ કરો.
referral-error-mobile-invalid = સંદેશા માટે 07700 900123 જેવો મોબાઇલ નંબર દાખલ કરો.
referral-error-email-invalid = name@example.org જેવું ઇમેઇલ સરનામું દાખલ કરો.
referral-error-address-invalid = ટપાલ સરનામું દાખલ કરો (8 થી 300 અક્ષરો).
referral-error-language-invalid = વ્યક્તિની પસંદગીની ભાષા પસંદ કરો.
referral-error-language-name = ભાષાનું નામ અક્ષરોમાં લખો.
referral-error-support-required = ઓછામાં ઓછી એક જરૂરિયાત પસંદ કરો, અથવા જરૂરી મદદનું વર્ણન કરો.
referral-error-support-too-long = વર્ણન વધુમાં વધુ 2,000 અક્ષરોનું હોવું જોઈએ.
referral-error-referrer-contact-invalid = તમારો ફોન નંબર અથવા ઇમેઇલ દાખલ કરો, જેથી સેવા તમારો સંપર્ક કરી શકે.
referral-error-consent-required = રેફરલ સાચવવા કે મોકલવા પહેલાં વ્યક્તિની સંમતિ જરૂરી છે.
referral-error-consent-invalid = સંમતિનો રેકોર્ડ માન્ય નથી. વ્યક્તિ સાથે સંમતિ નિવેદન ફરીથી વાંચો.
referral-error-reason-required = નકારવાનું કારણ આપો.
referral-error-reason-too-long = કારણ વધુમાં વધુ 500 અક્ષરોનું હોવું જોઈએ.
referral-error-status-change = આ ફેરફાર હમણાં શક્ય નથી. રેફરલની હાલની સ્થિતિ જોવા માટે ફરી લોડ કરો.
referral-error-purged = માહિતી રાખવાના નિયમો મુજબ આ રેફરલની વ્યક્તિગત વિગતો દૂર કરવામાં આવી છે.
referral-error-note = નોંધ 1 થી 2,000 અક્ષરોની હોવી જોઈએ.
referral-error-batch = મોકલેલા રેફરલ વાંચી શકાયા નહીં. કંઈ સાચવ્યું નથી; તે હજી ફોન પર છે.
referral-error-consent-unknown = આ ફોન પરનું સંમતિ નિવેદન સર્વર ઓળખતું નથી. Signpost અપડેટ કરો, પછી વ્યક્તિ સાથે નિવેદન ફરીથી વાંચો.
