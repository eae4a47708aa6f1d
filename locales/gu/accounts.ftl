# Signpost — આમંત્રણો: સંસ્થાના એડમિન નવા સભ્યને આમંત્રણ આપે છે, અને સભ્ય પોતાનું ખાતું બનાવે છે (ગુજરાતી).

## Inviting a member (/members/invite)

invite-member-link = સભ્યને આમંત્રણ આપો
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

members-link = સભ્યો
members-title = તમારી સંસ્થાના સભ્યો
members-intro = અહીંના દરેક વ્યક્તિ તમારી સંસ્થા માટે Signpost માં સાઇન ઇન કરી શકે છે. કોઈ છોડી જાય ત્યારે તેમની ઍક્સેસ દૂર કરો: તેઓ હવે સાઇન ઇન કરી શકશે નહીં, અને તેમણે કરેલા રેફરલ તમારી સંસ્થા પાસે રહેશે.
members-joined = { $date } એ જોડાયા
members-you = આ તમે છો.
members-remove-short = ઍક્સેસ દૂર કરો
members-remove = { $email } માટે ઍક્સેસ દૂર કરો
members-removed = ઍક્સેસ દૂર કરવામાં આવી.
members-role-coordinator = સંયોજક
members-sign-in-needed = તેના સભ્યો જોવા માટે તમારી સંસ્થાના એડમિન ખાતાથી સાઇન ઇન કરો.
members-forbidden = ફક્ત તમારી સંસ્થાના એડમિન જ તેના સભ્યો જોઈ અને સંચાલિત કરી શકે છે.
