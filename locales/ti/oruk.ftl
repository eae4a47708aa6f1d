# Signpost — ትግርኛ. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## ምእታው Open Referral UK: ሓደ መዝገብ ስለምንታይ ተሓዲጉ (ስም ዓውዲ ኣብ ጎኑ ኣሎ)።
oruk-refused-id = መለለዪ UUID ኣይኮነን።
oruk-refused-organization = ትካሉ ኣብቲ ምንጪ የለን፡ ወይ ተሓዲጉ።
oruk-refused-status = ኩነታት active፡ inactive፡ defunct ወይ temporarily closed ክኸውን ኣለዎ።
oruk-refused-schedule = መዓልትታት፡ ሰዓት ምኽፋትን ምዕጻውን ዘለዎ ሰሙናዊ ሰዓታት ጥራይ ክእቶ ይኽእል።
oruk-refused-needs = ካብ ቃላት ምድላዉ ሓደ እኳ እዚ መዘክር ዝፈልጦ ድሌት ኣይኮነን።
oruk-refused-date = ዕለት ከም ዓመት-ወርሒ-መዓልቲ ጽሓፍ፡ ንኣብነት 2026-11-03።
oruk-refused-record = እዚ መዝገብ ክንበብ ኣይከኣለን።
oruk-refused-duplicate = እዚ መለለዪ ኣብቲ ምንጪ ክልተ ግዜ ኣሎ።
