# Signpost — આમંત્રણો: સંસ્થાના એડમિન નવા સભ્યને આમંત્રણ આપે છે, અને સભ્ય પોતાનું ખાતું બનાવે છે (ગુજરાતી).

## Inviting a member (/members/invite)

invite-title = સભ્યને આમંત્રણ આપો
invite-intro = તમારી સંસ્થામાં જોડાનાર વ્યક્તિ માટે લિંક બનાવો. તેઓ તે ખોલે, પોતાનું ઇમેઇલ સરનામું દાખલ કરે અને પોતાનો પાસવર્ડ પસંદ કરે.
invite-role-legend = તેમની ભૂમિકા
invite-role-worker = કાર્યકર
invite-role-worker-hint = પરિવારોને સેવાઓમાં રેફર કરે છે.
invite-role-org-admin = સંસ્થાના એડમિન
invite-role-org-admin-hint = સભ્યોને આમંત્રણ પણ આપે છે અને તમારી સંસ્થાની સેવાઓને મળેલા રેફરલ સંભાળે છે.
invite-submit = આમંત્રણ લિંક બનાવો
invite-created = આમંત્રણ લિંક તૈયાર છે. તેને અત્યારે જ કૉપિ કરો અને નવા સભ્યને મોકલો.
invite-link-label = આમંત્રણ લિંક
invite-link-hint =
    { $days ->
        [one] તે એક જ વાર, 1 દિવસ માટે કામ કરે છે. તે ફક્ત અત્યારે જ બતાવવામાં આવે છે: જો તે ખોવાઈ જાય, તો નવી લિંક બનાવો.
       *[other] તે એક જ વાર, { $days } દિવસ માટે કામ કરે છે. તે ફક્ત અત્યારે જ બતાવવામાં આવે છે: જો તે ખોવાઈ જાય, તો નવી લિંક બનાવો.
    }
invite-sign-in-needed = સભ્યોને આમંત્રણ આપવા માટે તમારા સંસ્થા એડમિન ખાતાથી સાઇન ઇન કરો.
invite-forbidden = સભ્યોને આમંત્રણ ફક્ત તમારી સંસ્થાના એડમિન જ આપી શકે છે.

## Accepting an invitation (/invite/<token>)

invite-accept-title = Signpost પર તમારી સંસ્થામાં જોડાઓ
invite-accept-intro = તમને તમારી સંસ્થા સાથે રેફરલ કરવા માટે આમંત્રણ મળ્યું છે. તમારું ખાતું બનાવવા માટે તમારું ઇમેઇલ સરનામું દાખલ કરો અને પાસવર્ડ પસંદ કરો.
invite-accept-password = પાસવર્ડ પસંદ કરો
invite-accept-password-hint = ઓછામાં ઓછા { $min } અક્ષરો. તમને યાદ રહે એવા થોડા શબ્દો સારા રહે છે.
invite-accept-submit = મારું ખાતું બનાવો
invite-accept-needs-connection = ખાતું બનાવવા માટે કનેક્શન જરૂરી છે.

## Members (/members)

members-title = તમારી સંસ્થાના સભ્યો
members-intro = અહીંના દરેક વ્યક્તિ તમારી સંસ્થા માટે Signpost માં સાઇન ઇન કરી શકે છે. કોઈ છોડી જાય ત્યારે તેમની ઍક્સેસ દૂર કરો: તેઓ હવે સાઇન ઇન કરી શકશે નહીં, અને તેમણે મોકલેલા રેફરલ જે સેવાઓને મળ્યા તેમની પાસે રહેશે.
members-joined = { $date } એ જોડાયા
members-you = આ તમે છો.
members-remove-short = ઍક્સેસ દૂર કરો
members-remove = { $email } માટે ઍક્સેસ દૂર કરો
members-removed = ઍક્સેસ દૂર કરવામાં આવી.
members-role-coordinator = સંયોજક
members-sign-in-needed = તેના સભ્યો જોવા માટે તમારી સંસ્થાના એડમિન ખાતાથી સાઇન ઇન કરો.
members-forbidden = ફક્ત તમારી સંસ્થાના એડમિન જ તેના સભ્યો જોઈ અને સંચાલિત કરી શકે છે.
members-unsent-intro = જેમની ઍક્સેસ તમે દૂર કરી તેમાંથી કેટલાકે ફોન પર એવા રેફરલ છોડ્યા છે જે ક્યારેય મોકલાયા નથી. હવે તે મોકલી શકાશે નહીં: તે પરિવારોનો, અથવા સેવાઓનો, બીજી રીતે સંપર્ક કરો.
members-unsent-item = { $count ->
    [one] એક રેફરલ, { $since } થી રાહ જુએ છે
   *[other] { $count } રેફરલ, { $since } થી રાહ જુએ છે
}
password-title = તમારો પાસવર્ડ બદલો
password-intro = નવો પાસવર્ડ પસંદ કરો. તમે અહીં સાઇન ઇન રહેશો; બીજે જ્યાં પણ તમે સાઇન ઇન છો, ત્યાં તમને નવા પાસવર્ડની જરૂર પડશે.
password-current = તમારો હાલનો પાસવર્ડ
password-new = નવો પાસવર્ડ
password-new-hint = ઓછામાં ઓછા { $min } અક્ષર, અને સામાન્ય પાસવર્ડ નહીં. તમને યાદ રહે એવા થોડા શબ્દો સારા રહે છે.
password-confirm = નવો પાસવર્ડ ફરીથી
password-submit = મારો પાસવર્ડ બદલો
password-changed = તમારો પાસવર્ડ બદલાઈ ગયો છે.

## Errors of the account pages

account-error-password-short = ઓછામાં ઓછા 12 અક્ષરોનો પાસવર્ડ પસંદ કરો.
account-error-password-long = વધુમાં વધુ 128 અક્ષરોનો પાસવર્ડ પસંદ કરો.
account-error-email-invalid = name@example.org જેવું ઇમેઇલ સરનામું દાખલ કરો.
account-error-email-taken = આ ઇમેઇલ સરનામા સાથે પહેલેથી જ ખાતું છે.
account-error-remove-self = તમે તમારી પોતાની ઍક્સેસ દૂર કરી શકતા નથી. તમારી સંસ્થાના બીજા એડમિનને કહો.
account-error-invitation = આ આમંત્રણ લિંકની મુદત પૂરી થઈ ગઈ છે અથવા તે વપરાઈ ગઈ છે. નવી લિંક માંગો.
account-error-role = આમંત્રણો ફક્ત કાર્યકરો અથવા સંસ્થાના એડમિન માટે હોઈ શકે છે.
account-error-password-common = આ પાસવર્ડ સહેલાઈથી ધારી શકાય છે. બીજો પસંદ કરો: તમને યાદ રહે એવા થોડા શબ્દો સારા રહે છે.
account-error-password-mismatch = બંને નવા પાસવર્ડ એકસરખા નથી. નવો પાસવર્ડ ફરીથી લખો.
account-error-password-same = નવો પાસવર્ડ જૂના જેવો જ છે. બીજો પસંદ કરો.
account-error-current-password = તમારો હાલનો પાસવર્ડ સાચો નથી. તપાસીને ફરી પ્રયાસ કરો.
