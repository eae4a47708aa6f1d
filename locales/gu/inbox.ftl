
# Signpost — મેળવનાર સંસ્થાનું રેફરલ ઇનબોક્સ (ગુજરાતી). મશીન દ્વારા તૈયાર થયેલ ડ્રાફ્ટ, હજુ સુધી અસ્ખલિત વક્તાએ તપાસ્યો નથી.

## The inbox

inbox-title = મળેલા રેફરલ
inbox-new-count =
    { $count ->
        [0] કોઈ નવો રેફરલ નથી
        [one] એક નવો રેફરલ
       *[other] { $count } નવા રેફરલ
    }
inbox-empty = તમારી સંસ્થાની સેવાઓને હજુ સુધી કોઈ રેફરલ મળ્યો નથી.
inbox-sign-in-needed = તમારી સંસ્થાને મળેલા રેફરલ જોવા માટે સાઇન ઇન કરો.
inbox-forbidden = તમારી સંસ્થાને મળેલા રેફરલ ફક્ત તેના એડમિન અને તેઓ કોઈ સેવા માટે પસંદ કરે તે સભ્યો જ જોઈ શકે છે.
inbox-details-removed = વિગતો દૂર કરવામાં આવી
inbox-safeguarding = સુરક્ષા અંગે ચિંતા
inbox-status = સ્થિતિ
inbox-urgency = તાકીદ
inbox-needs = જરૂરિયાતો
inbox-needs-described = જરૂરી મદદ જુઓ
inbox-received = મળ્યાની તારીખ
inbox-changed = છેલ્લે અપડેટ
inbox-date-time = { $date }, { $time }

## One referral

inbox-referral-title = રેફરલ
inbox-for-service = સેવા:
inbox-decline-reason-given = નકારવાનું કારણ
inbox-outcome = પરિણામ
inbox-section-need = શું જરૂરી છે
inbox-support = જરૂરી મદદ
inbox-support-none = કોઈ વર્ણન આપવામાં આવ્યું નથી.
inbox-safeguarding-label = સુરક્ષા અંગે ચિંતા
inbox-yes = હા
inbox-no = ના
inbox-section-contact = સંપર્ક
inbox-contact-method = સંપર્ક કેવી રીતે કરવો
inbox-contact-detail = સંપર્ક વિગતો
inbox-language = પસંદગીની ભાષા
inbox-interpreter = દુભાષિયાની જરૂર છે
inbox-referrer-contact = રેફરલ કરનાર વ્યક્તિનો સંપર્ક
inbox-section-consent = સંમતિ
inbox-consent-given = વ્યક્તિએ રેફર થવા માટે અને આ વિગતો આ સેવા સાથે શેર કરવા માટે સંમતિ આપી છે.
inbox-consent-language = જે ભાષામાં વાંચવામાં આવ્યું
inbox-consent-time = સંમતિ આપ્યાની તારીખ

## What can be done to a referral

inbox-actions = હવે શું કરવું
inbox-no-actions = આ રેફરલ બંધ છે. તેના પર હવે કંઈ કરી શકાતું નથી.
inbox-mark-seen = જોયેલું તરીકે ચિહ્નિત કરો
inbox-accept = સ્વીકારો
inbox-decline-legend = રેફરલ નકારો
inbox-decline-reason = નકારવાનું કારણ
inbox-decline-hint = રેફરલ કરનાર વ્યક્તિ આ કારણ જોશે. તેમાં વ્યક્તિગત વિગતો લખશો નહીં.
inbox-decline = નકારો
inbox-close-legend = રેફરલ બંધ કરો
inbox-outcome-choose = પરિણામ પસંદ કરો
inbox-close = બંધ કરો
inbox-error-outcome = રેફરલ બંધ કરવા માટે પરિણામ પસંદ કરો.
inbox-saved = સાચવ્યું.

## Notes (seen by the receiving organisation only)

inbox-notes = નોંધો
inbox-notes-none = હજુ સુધી કોઈ નોંધ નથી.
inbox-note-add = નોંધ ઉમેરો
inbox-note-label = નોંધ
inbox-note-hint = નોંધો ફક્ત આ સેવાના રેફરલ પર કામ કરનારા લોકો જ જુએ છે. વધુમાં વધુ 2,000 અક્ષરો.
inbox-note-submit = નોંધ ઉમેરો
inbox-note-by = { $author }, { $time }
inbox-purge-soon-count =
    { $count ->
        [one] એક રેફરલની વ્યક્તિગત વિગતો એક મહિનામાં કાઢી નાખવામાં આવશે, કારણ કે તેના પર કોઈએ કામ કર્યું નથી. તેને રાખવા માટે અપડેટ કરો અથવા નોંધ ઉમેરો.
       *[other] { $count } રેફરલની વ્યક્તિગત વિગતો એક મહિનામાં કાઢી નાખવામાં આવશે, કારણ કે તેમના પર કોઈએ કામ કર્યું નથી. તેમને રાખવા માટે અપડેટ કરો અથવા નોંધ ઉમેરો.
    }
inbox-purge-on = આ રેફરલ પર કોઈ કામ નહીં કરે તો { $date } ના રોજ વ્યક્તિગત વિગતો કાઢી નાખવામાં આવશે.
inbox-pages = રેફરલનાં પાનાં
inbox-page-of = પાનું { $page }, કુલ { $pages }
inbox-page-newer = નવા રેફરલ
inbox-page-older = જૂના રેફરલ
inbox-consent-statement = વ્યક્તિને શું કહેવામાં આવ્યું
inbox-referred-by = રેફરલ કરનાર
