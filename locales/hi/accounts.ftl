# Signpost — हिन्दी. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

# आमंत्रण: संस्था का एडमिन किसी सदस्य को आमंत्रित करता है, जो अपना खाता बनाता है।

## Inviting a member (/members/invite)

invite-title = सदस्य को आमंत्रित करें
invite-intro = आपकी संस्था से जुड़ने वाले व्यक्ति के लिए एक लिंक बनाएँ। वे इसे खोलते हैं, अपना ईमेल पता डालते हैं और अपना पासवर्ड खुद चुनते हैं।
invite-role-legend = उनकी भूमिका
invite-role-worker = कार्यकर्ता
invite-role-worker-hint = परिवारों को सेवाओं के पास रेफ़र करते हैं।
invite-role-org-admin = संस्था एडमिन
invite-role-org-admin-hint = सदस्यों को आमंत्रित भी करते हैं और आपकी संस्था की सेवाओं को मिलने वाले रेफ़रल पर काम करते हैं।
invite-submit = आमंत्रण लिंक बनाएँ
invite-created = आमंत्रण लिंक तैयार है। इसे अभी कॉपी करें और नए सदस्य को भेजें।
invite-link-label = आमंत्रण लिंक
invite-link-hint =
    { $days ->
        [one] यह एक बार, { $days } दिन के लिए काम करता है। यह केवल अभी दिखाया जा रहा है: अगर यह खो जाए, तो नया लिंक बनाएँ।
       *[other] यह एक बार, { $days } दिनों के लिए काम करता है। यह केवल अभी दिखाया जा रहा है: अगर यह खो जाए, तो नया लिंक बनाएँ।
    }
invite-sign-in-needed = सदस्यों को आमंत्रित करने के लिए अपने संस्था एडमिन खाते से साइन इन करें।
invite-forbidden = केवल आपकी संस्था के एडमिन ही सदस्यों को आमंत्रित कर सकते हैं।

## Accepting an invitation (/invite/<token>)

invite-accept-title = Signpost पर अपनी संस्था से जुड़ें
invite-accept-intro = आपको अपनी संस्था के साथ रेफ़रल करने के लिए आमंत्रित किया गया है। अपना खाता बनाने के लिए अपना ईमेल पता डालें और पासवर्ड चुनें।
invite-accept-password = पासवर्ड चुनें
invite-accept-password-hint = कम से कम { $min } अक्षर। कुछ ऐसे शब्द जो आपको याद रहें, अच्छे रहते हैं।
invite-accept-submit = मेरा खाता बनाएँ
invite-accept-needs-connection = खाता बनाने के लिए कनेक्शन चाहिए।

## Members (/members)

members-title = आपकी संस्था के सदस्य
members-intro = यहाँ दिए सभी लोग आपकी संस्था के लिए Signpost में साइन इन कर सकते हैं। जब कोई चला जाए, तो उसकी पहुँच हटा दें: वे फिर साइन इन नहीं कर सकेंगे, और उनके भेजे गए रेफ़रल उन्हीं सेवाओं के पास रहेंगे जिन्हें वे मिले थे।
members-joined = { $date } को जुड़े
members-you = यह आप हैं।
members-remove-short = पहुँच हटाएँ
members-remove = { $email } की पहुँच हटाएँ
members-removed = पहुँच हटा दी गई।
members-role-coordinator = समन्वयक
members-sign-in-needed = सदस्यों को देखने के लिए अपने संस्था एडमिन खाते से साइन इन करें।
members-forbidden = केवल आपकी संस्था के एडमिन ही इसके सदस्यों को देख और संभाल सकते हैं।
members-unsent-intro = जिन लोगों की पहुँच आपने हटाई, उनमें से कुछ के रेफ़रल किसी फ़ोन पर रह गए और कभी भेजे नहीं गए। उन्हें अब भेजा नहीं जा सकता: उन परिवारों से, या सेवाओं से, किसी और तरीके से संपर्क करें।
members-unsent-item = { $count ->
    [one] { $count } रेफ़रल, { $since } से प्रतीक्षा में
   *[other] { $count } रेफ़रल, { $since } से प्रतीक्षा में
}

## Changing your password (/account/password)

password-title = अपना पासवर्ड बदलें
password-intro = नया पासवर्ड चुनें। आप यहाँ साइन इन रहेंगे; बाकी जहाँ भी आप साइन इन हैं, वहाँ आपको नए पासवर्ड की ज़रूरत होगी।
password-current = आपका मौजूदा पासवर्ड
password-new = नया पासवर्ड
password-new-hint = कम से कम { $min } अक्षर, और कोई आम पासवर्ड नहीं। कुछ ऐसे शब्द जो आपको याद रहें, अच्छे रहते हैं।
password-confirm = नया पासवर्ड दोबारा
password-submit = मेरा पासवर्ड बदलें
password-changed = आपका पासवर्ड बदल दिया गया है।

## Errors of the account pages

account-error-password-short = कम से कम 12 अक्षरों का पासवर्ड चुनें।
account-error-password-long = ज़्यादा से ज़्यादा 128 अक्षरों का पासवर्ड चुनें।
account-error-password-common = उस पासवर्ड का अंदाज़ा लगाना बहुत आसान है। कोई दूसरा चुनें: कुछ ऐसे शब्द जो आपको याद रहें, अच्छे रहते हैं।
account-error-password-mismatch = दोनों नए पासवर्ड एक जैसे नहीं हैं। नया पासवर्ड फिर से लिखें।
account-error-password-same = नया पासवर्ड पुराने जैसा ही है। कोई दूसरा चुनें।
account-error-current-password = आपका मौजूदा पासवर्ड सही नहीं है। उसे जाँचें और फिर से कोशिश करें।
account-error-email-invalid = name@example.org जैसा ईमेल पता डालें।
account-error-email-taken = उस ईमेल पते से पहले से एक खाता है।
account-error-remove-self = आप अपनी खुद की पहुँच नहीं हटा सकते। अपनी संस्था के किसी दूसरे एडमिन से कहें।
account-error-invitation = इस आमंत्रण लिंक की समय-सीमा खत्म हो गई है या इसका इस्तेमाल हो चुका है। नया लिंक माँगें।
account-error-role = आमंत्रण केवल कार्यकर्ताओं या संस्था एडमिन के लिए हो सकते हैं।
