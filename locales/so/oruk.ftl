# Signpost — Soomaali. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Soo-gelinta Open Referral UK: sababta diiwaan looga tagay (magaca goobta ayaa ku ag qoran).
oruk-refused-id = Aqoonsigu ma aha UUID.
oruk-refused-organization = Ururkiisa kuma jiro isha, ama waa laga tagay.
oruk-refused-status = Xaaladdu waa inay noqotaa active, inactive, defunct ama temporarily closed.
oruk-refused-schedule = Waxaa la keeni karaa oo keliya saacadaha furitaanka todobaadlaha ah ee leh maalmo, waqti furitaan iyo xiritaan.
oruk-refused-needs = Mid ka mid ah ereyadiisa kala-soocidda ma aha baahi uu hagahan yaqaan.
oruk-refused-date = Taariikhda u qor sida sannad-bil-maalin, tusaale 2026-11-03.
oruk-refused-record = Diiwaankan lama akhriyi karin.
oruk-refused-duplicate = Aqoonsigan laba jeer ayuu ku jiraa isha.
