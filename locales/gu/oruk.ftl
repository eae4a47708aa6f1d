# Signpost — ગુજરાતી. મશીન દ્વારા તૈયાર થયેલ ડ્રાફ્ટ, હજુ સુધી અસ્ખલિત વક્તાએ તપાસ્યો નથી (જુઓ locales/locales.toml).

## Open Referral UK આયાત: રેકોર્ડ કેમ છોડી દેવાયો (ક્ષેત્રનું નામ બાજુમાં છે).
oruk-refused-id = આઈડી UUID નથી.
oruk-refused-organization = તેની સંસ્થા સ્રોતમાં નથી, અથવા છોડી દેવાઈ છે.
oruk-refused-status = સ્થિતિ active, inactive, defunct અથવા temporarily closed હોવી જોઈએ.
oruk-refused-schedule = ફક્ત દિવસો, ખૂલવાના અને બંધ થવાના સમય સાથેના સાપ્તાહિક સમય જ લાવી શકાય છે.
oruk-refused-needs = તેના કોઈ વર્ગીકરણ શબ્દ આ ડિરેક્ટરી જાણે છે તેવી જરૂરિયાત નથી.
oruk-refused-date = તારીખ વર્ષ-મહિનો-દિવસ રૂપે લખો, જેમ કે 2026-11-03.
oruk-refused-record = આ રેકોર્ડ વાંચી શકાયો નથી.
oruk-refused-duplicate = આ આઈડી સ્રોતમાં બે વાર છે.

## સંયોજકનું Open Referral UK પાનું (/listings/oruk).
oruk-title = Open Referral UK
oruk-intro = Open Referral UK એ ધોરણ છે જે કાઉન્સિલ અને અન્ય ડિરેક્ટરીઓ સેવાઓ વહેંચવા વાપરે છે. આ ડિરેક્ટરી તેમાં ડાઉનલોડ કરો, અથવા બીજી ડિરેક્ટરીમાંથી સેવાઓ લાવો.
oruk-import-heading = બીજી ડિરેક્ટરીમાંથી સેવાઓ લાવો
oruk-import-file = Open Referral UK ફાઇલ (JSON)
oruk-import-hint = ફાઇલ શું કરશે તે જોઈને તમે હા ન કહો ત્યાં સુધી કંઈ બદલાતું નથી. સેવાઓ તેમના આઈડીથી મેળવાય છે, તેથી એક જ ફાઇલ બે વાર લાવવાથી કંઈ બદલાતું નથી.
oruk-import-check = ફાઇલ તપાસો
oruk-error-no-file = તપાસવા માટે ફાઇલ પસંદ કરો.
oruk-error-not-oruk = આ ફાઇલ Open Referral UK JSON નથી.
oruk-error-too-large = આ ફાઇલ બહુ મોટી છે: વધુમાં વધુ 50 MB.
oruk-error-expired = આ તપાસની મુદત પૂરી થઈ. ફરી ફાઇલ પસંદ કરો.
oruk-report-heading = { $file } લાવવાથી શું થશે
oruk-report-counts = નવા: { $new }. બદલાયેલા: { $changed }. પહેલાં જેવા: { $unchanged }. છોડાયેલા: { $refused }.
oruk-outcome-new = નવું
oruk-outcome-changed = બદલાયેલું
oruk-outcome-refused = છોડાયેલું
oruk-entity-organization = સંસ્થા
oruk-entity-service = સેવા
oruk-field = ક્ષેત્ર { $field }:
oruk-import-confirm = નવા અને બદલાયેલા રેકોર્ડ લાવો
oruk-import-nothing = કંઈ બદલાશે નહીં.
oruk-imported = થઈ ગયું. ફોનને આગલી વાર જોડાય ત્યારે નવી અને બદલાયેલી સેવાઓ મળશે.
oruk-export-heading = આ ડિરેક્ટરી ડાઉનલોડ કરો
oruk-export-json = આખી ડિરેક્ટરી, એક JSON ફાઇલમાં
oruk-export-csv = એ જ, CSV કોષ્ટકો તરીકે:
oruk-api = બીજી ડિરેક્ટરીઓ ગમે ત્યારે આ સરનામેથી તે વાંચી શકે છે:
