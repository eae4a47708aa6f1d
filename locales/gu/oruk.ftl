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
