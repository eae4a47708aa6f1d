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

## پەڕەی Open Referral UK ی هەماهەنگکار (/listings/oruk).
oruk-title = Open Referral UK
oruk-intro = Open Referral UK ئەو ستانداردەیە کە شارەوانییەکان و ڕێبەرەکانی تر بۆ هاوبەشکردنی خزمەتگوزارییەکان بەکاری دەهێنن. ئەم ڕێبەرە بەو شێوەیە دابەزێنە، یان خزمەتگوزاری لە ڕێبەرێکی ترەوە بهێنە.
oruk-import-heading = خزمەتگوزاری لە ڕێبەرێکی ترەوە بهێنە
oruk-import-file = پەڕگەی Open Referral UK (JSON)
oruk-import-hint = هیچ شتێک ناگۆڕێت تا نەبینیت پەڕگەکە چی دەکات و بەڵێ نەڵێیت. خزمەتگوزارییەکان بە ناسنامەکانیان بەراورد دەکرێن، بۆیە هەمان پەڕگە دوو جار هیچ ناگۆڕێت.
oruk-import-check = پەڕگەکە بپشکنە
oruk-error-no-file = پەڕگەیەک هەڵبژێرە بۆ پشکنین.
oruk-error-not-oruk = ئەو پەڕگەیە JSON ی Open Referral UK نییە.
oruk-error-too-large = ئەو پەڕگەیە زۆر گەورەیە: لانی زۆر 50 MB.
oruk-error-expired = ماوەی ئەم پشکنینە تەواو بووە. دووبارە پەڕگەکە هەڵبژێرە.
oruk-report-heading = هێنانی { $file } چی دەکات
oruk-report-counts = نوێ: { $new }. گۆڕاو: { $changed }. وەک خۆی: { $unchanged }. لابراو: { $refused }.
oruk-outcome-new = نوێ
oruk-outcome-changed = گۆڕاو
oruk-outcome-refused = لابراو
oruk-entity-organization = ڕێکخراو
oruk-entity-service = خزمەتگوزاری
oruk-field = خانەی { $field }:
oruk-import-confirm = تۆمارە نوێ و گۆڕاوەکان بهێنە
oruk-import-nothing = هیچ شتێک ناگۆڕێت.
oruk-imported = تەواو. مۆبایلەکان لە پەیوەندیی داهاتوودا خزمەتگوزارییە نوێ و گۆڕاوەکان وەردەگرن.
oruk-export-heading = ئەم ڕێبەرە دابەزێنە
oruk-export-json = هەموو ڕێبەرەکە، لە یەک پەڕگەی JSON دا
oruk-export-csv = هەمان شت، وەک خشتەی CSV:
oruk-api = ڕێبەرەکانی تر هەر کاتێک بیانەوێت دەتوانن لەم ناونیشانەوە بیخوێننەوە:
