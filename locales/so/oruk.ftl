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

## Bogga Open Referral UK ee isku-duwaha (/listings/oruk).
oruk-title = Open Referral UK
oruk-intro = Open Referral UK waa heerka ay golayaasha iyo hagayaasha kale u isticmaalaan wadaagista adeegyada. Ku soo deji hagahan qaabkaas, ama adeegyo ka keen hage kale.
oruk-import-heading = Adeegyo ka keen hage kale
oruk-import-file = Faylka Open Referral UK (JSON)
oruk-import-hint = Waxba isma beddelaan ilaa aad aragto waxa faylku samayn lahaa oo aad haa dhahdo. Adeegyada waxaa lagu waafajiyaa aqoonsigooda, sidaa darteed isla faylka oo laba jeer la keeno waxba ma beddelo.
oruk-import-check = Hubi faylka
oruk-error-no-file = Dooro fayl aad hubiso.
oruk-error-not-oruk = Faylkaas ma aha JSON Open Referral UK.
oruk-error-too-large = Faylkaas aad buu u weyn yahay: ugu badnaan 50 MB.
oruk-error-expired = Hubintaas waqtigeedii waa dhammaaday. Mar kale dooro faylka.
oruk-report-heading = Waxa keenista { $file } samayn lahayd
oruk-report-counts = Cusub: { $new }. La beddelay: { $changed }. Sidii ahaa: { $unchanged }. Laga tagay: { $refused }.
oruk-outcome-new = Cusub
oruk-outcome-changed = La beddelay
oruk-outcome-refused = Laga tagay
oruk-entity-organization = Urur
oruk-entity-service = Adeeg
oruk-field = Goobta { $field }:
oruk-import-confirm = Keen diiwaannada cusub iyo kuwa la beddelay
oruk-import-nothing = Waxba isma beddeli doonaan.
oruk-imported = Waa la dhammeeyay. Taleefannadu waxay helayaan adeegyada cusub iyo kuwa la beddelay marka xigta ee ay xirmaan.
oruk-export-heading = Soo deji hagahan
oruk-export-json = Hagaha oo dhan, hal fayl JSON ah
oruk-export-csv = Isla kaas, sida shaxda CSV:
oruk-api = Hagayaasha kale waxay ka akhrin karaan goor kasta ciwaankan:
