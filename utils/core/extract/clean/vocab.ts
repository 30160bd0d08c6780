/**
 * Call-to-action and page-chrome vocabulary of the languages Sift's readers
 * read (EN, DE, FR, ES, IT, PT, NL, PL, RU, UK, JA, ZH, KO, AR, HI). Matched
 * against short blocks only: a real paragraph that mentions subscribing is
 * long and is kept.
 *
 * Every pattern is Unicode-aware: `\b` in the sources below is rewritten into
 * a word boundary of any script (JavaScript's own `\b` knows only ASCII, so
 * "Publicité" or "Czytaj też" would never end a word).
 */

/**
 * A word character of any script, for the boundaries below: ASCII word
 * characters and the code point ranges of letters, marks and digits, leaving
 * out the blocks of punctuation and symbols (U+2000–U+2BFF, U+3000–U+303F,
 * full-width punctuation). Ranges rather than \p{L}\p{N}: V8 compiles each
 * \p{..} class into a large set, and these boundaries add hundreds of classes
 * that the content script compiles cold on every click.
 */
const WORD = String.raw`[\w\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\u2DFF\u3040-\uD7FF\uF900-\uFDFF\uFE70-\uFEFF\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFDC]`;

/**
 * `source` with each `\b` made a word boundary of any script: a word start
 * where a word character follows in the pattern (a letter, a digit, `\d`,
 * `\w`, `\p{..}` or a group), else a word end. (A generic two-sided boundary
 * made V8 run these patterns fifty times slower.)
 */
export function unicodeWords(source: string, flags = 'iu'): RegExp {
  const out = source.replace(/\\b(?=(\\[dwp]|[\p{L}\p{N}_]|\((?!\?[=!<])))|\\b/gu, (_m, startsWord: string | undefined) =>
    startsWord ? `(?<!${WORD})` : `(?!${WORD})`,
  );
  return flags.includes('i') ? new ReadsLowercase(out, flags.replace('i', '')) : new RegExp(out, flags);
}

/**
 * Case-insensitive by reading its input in lower case (the vocabulary is
 * written in lower case). With the `i` flag V8 builds the case closure of
 * every \p{L} class these boundaries add, hundreds per pattern: that made
 * cleaning take 80–160 ms of every click, where the content script runs cold.
 */
class ReadsLowercase extends RegExp {
  override exec(input: string): RegExpExecArray | null {
    return super.exec(input.toLowerCase());
  }
}

/**
 * Whole short blocks that are page chrome, not article text. Several smaller
 * patterns rather than one: V8 compiles a pattern on first use, and one
 * 150-way alternation took about twice as long to compile as these together,
 * on every click (the content script always runs cold).
 */
const CTA_PARTS: readonly RegExp[] = [
  // English (1/3)
  String.raw`\bsubscribe\b|\bsubscription\b|\bsubscriber|sign[ -]?up\b|\bnewsletters?\b|\bfree trial\b|\bjoin (?:us|now|today|\w+ today)\b|\blog ?in\b|\bsign ?in\b|\bregister\b|already (?:a )?(?:subscriber|member|registered)|\bunlimited (?:access|digital)|\bread more\b|\balso read\b|\bread also\b|\bsee also\b|\bmore (?:from|on|stories|news)\b|\bmore\b.{0,30}\bstories\b|\bif you (?:enjoyed|liked|value|appreciate)\b|\brelated(?: articles?| stories| coverage| content| posts?| topics?)?\s*:?\s*$|\brecommended\b`,
  // English (2/3)
  String.raw`\bmost (?:read|popular|viewed|shared)\b|\btrending\b|\bdon[’']?t miss\b|\bfollow (?:us|him|her|them|me)\b|\bfollow \S+(?: \S+)? on (?:twitter|facebook|instagram|linkedin|youtube|tiktok)\b|\breport (?:an )?(?:error|typo)\b|\badd (?:a )?(?:comment|review)\b|\bmost popular\b|\bshare (?:this|on|via)\b|\bshare\s*$|\bprint\b|\bemail\s*$|\blisten to (?:this )?(?:article|story)\b|\baudio\b|\badvertisement\b|\badvert\b|\brequires javascript\b|\benable javascript\b|\bjavascript (?:is )?(?:disabled|required)\b|\bsponsored\b|\bcookies?\b`,
  // English (3/3)
  String.raw`\bconsent\b|\bprivacy policy\b|\bterms of (?:use|service)\b|\bdownload (?:our|the) app\b|\bclick here\b|\bsupport (?:our|quality|independent) (?:journalism|news|reporting)\b|\bdonate\b|\bcomments?\s*(?:\(\d+\))?\s*$|\bleave a comment\b|\bjoin the (?:conversation|discussion)\b|\bnext (?:article|story|post)\b|\bprevious (?:article|story|post)\b|\bwatch(?: now| video)?:|\bcontinue reading\b|\bbecome (?:a|an) (?:member|expert|subscriber|supporter)\b|\bget (?:instant|full|unlimited) access\b|\btags?\s*:|\btopics?\s*:|\bfiled under\b|\bdelivered to your inbox\b|\bskip (?:to|advert)`,
  // German
  String.raw`\babonn|\bjetzt (?:lesen|testen|registrieren|anmelden)|\banmelden\b|\bnewsletter\b|\bmehr zum thema\b|\bauch interessant\b|\bweiterlesen\b|\blesen sie (?:auch|mehr)\b|\bmeistgelesen|\banzeige\b|\bwerbung\b|\bteilen\b|\bkommentare?\b|\bdas könnte sie auch interessieren\b|\bzum artikel\b`,
  // French
  String.raw`\bs['’]abonner\b|\babonnez-vous\b|\babonnement\b|\binscrivez-vous\b|\bse connecter\b|\blire aussi\b|\blire la suite\b|\bà lire (?:aussi|également)\b|\ba lire aussi\b|\bsur le même sujet\b|\bpublicité\b|\bpartager\b|\bles plus lus\b|\bdéjà abonné\b|\bvoir aussi\b|\bcommentaires?\b`,
  // Spanish
  String.raw`\bsuscr[ií]b|\bsuscripci[óo]n\b|\bboletín\b|\binicia sesión\b|\biniciar sesión\b|\bleer más\b|\blee también\b|\bte puede interesar\b|\btambién te puede interesar\b|\bpublicidad\b|\bcompartir\b|\blo más leído\b|\bnoticias relacionadas\b|\bcomentarios?\b`,
  // Italian
  String.raw`\babbonati\b|\babbonamento\b|\biscriviti\b|\baccedi\b|\bleggi anche\b|\bleggi di più\b|\bpubblicità\b|\bcondividi\b|\bi più letti\b|\barticoli correlati\b|\bcommenti\b`,
  // Portuguese
  String.raw`\bassine\b|\bassinatura\b|\binscreva-se\b|\bentrar\b|\bleia (?:também|mais)\b|\bveja também\b|\bpublicidade\b|\bcompartilh|\bpartilh|\bmais lidas?\b|\bnotícias relacionadas\b|\bcomentários?\b`,
  // Dutch
  String.raw`\babonneer\b|\babonnement\b|\binloggen\b|\blees ook\b|\blees meer\b|\badvertentie\b|\bdelen\b|\bmeest gelezen\b|\breacties?\b`,
  // Polish
  String.raw`\bsubskrybuj|\bprenumerat|\bzaloguj\b|\bczytaj (?:też|także|więcej)\b|\breklama\b|\budostępnij\b|\bnajczęściej czytane\b|\bzobacz (?:też|także|również)\b|\bkomentarze?\b`,
  // Russian and Ukrainian
  String.raw`подпис|рассылк|самые популярные|войти|читайте также|читать (?:также|далее|полностью)|реклама|поделиться|самое читаемое|\bпо теме\b|смотрите также|комментари|підпис|читайте також|поділитися|увійти|коментар|найпопулярніше|дивіться також|реклама`,
  // Chinese, Japanese, Korean
  String.raw`订阅|訂閱|登录|登入|注册|註冊|分享到|相关(?:文章|阅读|新闻|推荐)|相關(?:文章|閱讀|新聞)|阅读更多|查看更多|閱讀更多|广告|廣告|热门(?:文章|推荐)|推荐阅读|上一篇|下一篇|扫码|关注我们|購読|ログイン|会員登録|シェア|関連記事|もっと見る|続きを読む|広告|人気記事|おすすめ記事|次の記事|前の記事|ツイート|구독|로그인|회원가입|공유하기|관련\s?기사|더\s?보기|광고|많이 본|인기\s?기사|댓글`,
  // Arabic, Hindi
  String.raw`اشترك|تسجيل الدخول|شارك|مشاركة|اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|مقالات ذات صلة|أخبار ذات صلة|إعلان|الأكثر قراءة|تابعونا|التعليقات|सब्सक्राइब|शेयर करें|यह भी पढ़ें|ये भी पढ़ें|विज्ञापन|लॉग इन|और पढ़ें`,
].map((source) => unicodeWords(source));

export const CTA = { test: (text: string): boolean => CTA_PARTS.some((re) => re.test(text)) };

/** Two or more social networks named in one short block: a share or follow bar. */
export const SOCIAL = unicodeWords(
  String.raw`\b(?:twitter|facebook|instagram|youtube|linkedin|whatsapp|pinterest|pint|telegram|tiktok|reddit|flipboard|email|messenger|vk|xing|threads|bluesky|mastodon|line|weibo|微博|微信|wechat|kakao(?:talk)?)\b`,
  'giu',
);

/** Gallery counters ("Image 1 of 5", "Photo 3/9"). */
export const GALLERY_COUNTER = unicodeWords(
  String.raw`^(?:image|photo|picture|slide|foto|bild|imagem|imagen|immagine|фото|zdjęcie)\s*\d*\s*(?:of|\/|von|de|di|van|z|из|з)\s*\/?\s*\d+$`,
);

/** A block ending in a photo credit: a caption standing outside any figure. */
export const CAPTION_TAIL = unicodeWords(
  String.raw`(?:\([^()]*?\b(?:photo|image|picture|foto|credit|getty|reuters|afp|ap|epa|file)\b[^()]*\)|\bcredit:\s*[^.!?]{1,60})\s*$`,
);

/** Author-bio sentences ("X is a reporter for...", "joined ... in 2017"). */
export const BIO = unicodeWords(
  String.raw`\b(?:is|was) (?:an? |the )(?:[\w-]+ ){0,4}(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|author|freelance\w*)\b|\bhas been (?:reporting|writing|covering)\b|\bjoined [\w\s]{2,40} in (?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)\b`,
);

/** A block that is just an e-mail address or a handle, or points readers at one. */
export const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]+|(?:^|\s)@\w{2,}/u;

/** A date standing alone ("November 20, 2019", "20.11.2019 14:05"), with an optional "Updated:" before it; "2020 g" is an amount. */
export const DATE_LINE = unicodeWords(
  String.raw`^(?:(?:updated|published|posted|modified|aktualisiert|veröffentlicht|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|atualizado|gepubliceerd|opublikowano|опубликовано|обновлено|опубліковано|оновлено)\s*:?\s*)?[\p{L}\p{N}.,:/ -]{0,40}\b(?:19|20)\d{2}\b(?!\s*(?:k?g|mg|m?l|cl|dl|k?m|cm|mm|%|€|\$|°|x)(?![\p{L}]))[\p{L}\p{N}.,:/ -]{0,30}$`,
);

/**
 * Calls to action that article prose practically never contains: a block of
 * up to a few sentences with one of these is chrome even if it reads like a sentence.
 */
export const STRONG_CTA = unicodeWords(
  String.raw`\b(?:subscribe (?:to (?:our|the)|now|today|here)|sign up (?:for|to) (?:our|the)|(?:our|free) (?:daily |weekly )?newsletters?\b|get (?:a|our|your) subscription|subscription (?:to|of) our|if you (?:enjoyed|liked|value|appreciate) (?:this|our|reading)|support (?:our|independent|quality) (?:journalism|reporting)|meet your inbox|delivered (?:to your inbox|weekday)|follow us (?:on|at)|download (?:our|the) app|our sister (?:title|publication|site)|listen (?:live|back)|click here to|abonnieren sie|abonnez-vous|suscríbete|iscriviti alla|assine (?:já|agora)|подпишитесь|підпишіться)`,
);

/** Reading-time, contributor and reporting lines. */
export const BYLINE_LIKE = unicodeWords(
  String.raw`^(?:\(?(?:additional )?(?:reporting|writing|editing|research|compiled) by\b)|\bcontributed (?:reporting|research|to this (?:report|article|story))\b|\b(?:reading time|min(?:ute)?s? read|tempo de leitura|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|leestijd|czas czytania|время чтения|час читання)\b`,
);

/** "By Jane Doe" (a name after "By", not "By Tuesday, ..."). */
export const BY_NAME = /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Pp]rzez)\s+\p{Lu}[\p{L}'’.-]+\s+\p{Lu}/u;

/** Lead-ins of inserts that point at another article ("Read more: ..."). */
export const INSERT_LEAD = unicodeWords(
  String.raw`^\s*(?:read (?:more|also|next)|also read|see also|related|more on this|recommended|watch|listen|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|a lire aussi|lee también|leer más|leggi anche|leia também|veja também|lees ook|czytaj (?:też|także|więcej)|zobacz (?:też|także)|читайте также|по теме|смотрите также|читайте також|дивіться також)\b\s*[:»>|–—-]|^\s*(?:相关阅读|相关文章|延伸阅读|推荐阅读|関連記事|あわせて読みたい|관련\s?기사|اقرأ أيضا|اقرأ أيضاً|यह भी पढ़ें|ये भी पढ़ें)\s*[:：»>|–—-]?`,
);

/** Standalone image credits (the caption itself stays). */
export const CREDIT = unicodeWords(
  String.raw`^\s*\(?\s*(?:(?:photo|image|picture|foto|bild|illustration|graphic|video|credit|source|fuente|fonte|źródło|фото|crédit|crédito|credito)s?(?:\s+(?:by|credit|de|di|von))?\s*[:©/|]|\(?(?:image|photo|picture)\s+(?:copyright|credit|courtesy)\b|©|\(c\)\s|credit\.{2,}|photo(?:graph)?s? by\b|copyright\b|all rights reserved|via\s+\S+\.\w{2,}\s*$|(?:getty images|reuters|afp|ap photo|epa|shutterstock|istock)\b)`,
);

/**
 * Class/id tokens that mark page chrome, not article text: the boxes that
 * sell, track or ask (a newsletter box, a cookie banner, an ad slot, a share
 * bar). Such a box may hold a sentence or two of its own.
 */
export const CHROME_CLASS =
  /(?:^|[\s_-])(?:newsletter|subscri(?:be|ption)|paywall|premium-?promo|promo|signup|sign-up|cookie|consent|gdpr|share|sharing|social|related|recommend(?:ed|ations)?|most-?read|most-?popular|outbrain|taboola|advert|advertisement|ads?|ad-slot|adslot|dfp|sponsor(?:ed)?|breadcrumbs?|audio-?player|disqus|byline-?social|inline-?promo|donate|membership)(?:$|[\s_-])/iu;

/**
 * Class tokens that name chrome only sometimes: page builders call every
 * block a "widget", themes wrap a story in "read-more" or "print" containers,
 * and forums and shops keep their content in "comment" boxes. An element so
 * named goes only when it holds no running text at all; ids are not read
 * for these (an id made from a heading, "comments-on-the-bill", names a part
 * of the story).
 */
export const WEAK_CHROME_CLASS =
  /(?:^|[\s_-])(?:popular|author-?bio|bio-?box|about-?author|tags?|tag-?list|listen|print|read-?more|also-?read|read-?next|next-?article|comments?|toolbar|widget|teaser|more-?stories|trending)(?:$|[\s_-])/iu;
