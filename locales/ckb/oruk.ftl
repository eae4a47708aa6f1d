# Signpost — کوردیی ناوەندی. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## هاوردەکردنی Open Referral UK: بۆچی تۆمارێک لابرا (ناوی خانەکە لە تەنیشتیەتی).
oruk-refused-id = ناسنامەکە UUID نییە.
oruk-refused-organization = ڕێکخراوەکەی لە سەرچاوەکەدا نییە، یان لابراوە.
oruk-refused-status = دۆخەکە دەبێت active، inactive، defunct یان temporarily closed بێت.
oruk-refused-schedule = تەنها کاتی کردنەوەی هەفتانە دەهێنرێت کە ڕۆژ و کاتی کردنەوە و داخستنی هەبێت.
oruk-refused-needs = هیچ یەک لە زاراوەکانی پێداویستییەک نییە کە ئەم ڕێبەرە بیناسێت.
oruk-refused-date = بەروار دەبێت بە شێوەی ساڵ-مانگ-ڕۆژ بنووسرێت، وەک 2026-11-03.
oruk-refused-record = ئەم تۆمارە نەخوێنرایەوە.
oruk-refused-duplicate = ئەم ناسنامەیە دوو جار لە سەرچاوەکەدا هەیە.
