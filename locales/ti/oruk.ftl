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

## ናይ ኣወሃሃዲ ገጽ Open Referral UK (/listings/oruk)።
oruk-title = Open Referral UK
oruk-intro = Open Referral UK ቤት ምኽሪታትን ካልኦት መዘክራትን ኣገልግሎታት ንምክፍፋል ዝጥቀምሉ ስታንዳርድ እዩ። ነዚ መዘክር ብኡ ኣውርዶ፡ ወይ ካብ ካልእ መዘክር ኣገልግሎታት ኣእቱ።
oruk-import-heading = ካብ ካልእ መዘክር ኣገልግሎታት ኣእቱ
oruk-import-file = ፋይል Open Referral UK (JSON)
oruk-import-hint = እቲ ፋይል እንታይ ከም ዝገብር ርኢኻ እወ ክሳብ እትብል ዋላ ሓንቲ ኣይቀየርን። ኣገልግሎታት ብመለለዪታቶም ይዛመዱ፡ ስለዚ ሓደ ፋይል ክልተ ግዜ ዋላ ሓንቲ ኣይቅይርን።
oruk-import-check = ነቲ ፋይል መርምር
oruk-error-no-file = ዝምርመር ፋይል ምረጽ።
oruk-error-not-oruk = እቲ ፋይል JSON ናይ Open Referral UK ኣይኮነን።
oruk-error-too-large = እቲ ፋይል ኣዝዩ ዓቢ እዩ፡ እንተበዝሐ 50 MB።
oruk-error-expired = ግዜ እዚ ምርመራ ኣኺሉ። ነቲ ፋይል ደጊምካ ምረጽ።
oruk-report-heading = { $file } ምእታው እንታይ ምገበረ
oruk-report-counts = ሓድሽ፡ { $new }። ዝተቐየረ፡ { $changed }። ከምቲ ዝነበሮ፡ { $unchanged }። ዝተሓደገ፡ { $refused }።
oruk-outcome-new = ሓድሽ
oruk-outcome-changed = ዝተቐየረ
oruk-outcome-refused = ዝተሓደገ
oruk-entity-organization = ትካል
oruk-entity-service = ኣገልግሎት
oruk-field = ዓውዲ { $field }:
oruk-import-confirm = ሓደስትን ዝተቐየሩን መዛግብ ኣእቱ
oruk-import-nothing = ዋላ ሓንቲ ኣይክቅየርን።
oruk-imported = ተወዲኡ። ተሌፎናት ኣብ ዝቕጽል ምትእስሳሮም ሓደስትን ዝተቐየሩን ኣገልግሎታት ይረኽቡ።
oruk-export-heading = ነዚ መዘክር ኣውርዶ
oruk-export-json = እቲ ምሉእ መዘክር፡ ብሓደ ፋይል JSON
oruk-export-csv = ከምኡ፡ ብሰሌዳታት CSV:
oruk-api = ካልኦት መዘክራት ኣብ ዝኾነ ግዜ ካብዚ ኣድራሻ ከንብብዎ ይኽእሉ:
