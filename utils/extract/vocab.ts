/**
 * Call-to-action and page-chrome vocabulary in the major European languages
 * (EN, DE, FR, ES, IT, PT, NL, PL, RU). Matched against short blocks only:
 * a real paragraph that mentions subscribing is long and is kept.
 */

/** Whole short blocks that are page chrome, not article text. */
export const CTA =
  new RegExp(
    [
      // English
      String.raw`\bsubscribe\b|\bsubscription\b|\bsubscriber|sign[ -]?up\b|\bnewsletters?\b|\bfree trial\b|\bjoin (?:us|now|today|\w+ today)\b|\blog ?in\b|\bsign ?in\b|\bregister\b|already (?:a )?(?:subscriber|member|registered)|\bunlimited (?:access|digital)|\bread more\b|\balso read\b|\bread also\b|\bsee also\b|\bmore (?:from|on|stories|news)\b|\brelated(?: articles?| stories| coverage| content| posts?| topics?)?\s*:?\s*$|\brecommended\b|\bmost (?:read|popular|viewed|shared)\b|\btrending\b|\bdon'?t miss\b|\bfollow us\b|\bshare (?:this|on|via)\b|\bshare\s*$|\bprint\b|\bemail\s*$|\blisten to (?:this )?(?:article|story)\b|\baudio\b|\badvertisement\b|\bsponsored\b|\bcookies?\b|\bconsent\b|\bprivacy policy\b|\bterms of (?:use|service)\b|\bdownload (?:our|the) app\b|\bclick here\b|\bsupport (?:our|quality|independent) (?:journalism|news|reporting)\b|\bdonate\b|\bcomments?\s*(?:\(\d+\))?\s*$|\bleave a comment\b|\bjoin the (?:conversation|discussion)\b|\bnext (?:article|story|post)\b|\bprevious (?:article|story|post)\b|\bwatch(?: now| video)?:|\bcontinue reading\b|\bbecome (?:a|an) (?:member|expert|subscriber|supporter)\b|\bget (?:instant|full|unlimited) access\b|\btags?\s*:|\btopics?\s*:|\bfiled under\b|\bdelivered to your inbox\b|\bskip (?:to|advert)`,
      // German
      String.raw`\babonn|\bjetzt (?:lesen|testen|registrieren|anmelden)|\banmelden\b|\bnewsletter\b|\bmehr zum thema\b|\bauch interessant\b|\bweiterlesen\b|\blesen sie auch\b|\bmeistgelesen|\banzeige\b|\bwerbung\b|\bteilen\b|\bkommentare?\b`,
      // French
      String.raw`\bs'abonner\b|\babonnez-vous\b|\babonnement\b|\binscrivez-vous\b|\bse connecter\b|\blire aussi\b|\blire la suite\b|\ba lire aussi\b|\bà lire aussi\b|\bsur le même sujet\b|\bpublicité\b|\bpartager\b|\bles plus lus\b|\bdéjà abonné\b`,
      // Spanish
      String.raw`\bsuscr[ií]b|\bsuscripci[óo]n\b|\bboletín\b|\binicia sesión\b|\bleer más\b|\blee también\b|\btambién te puede interesar\b|\bpublicidad\b|\bcompartir\b|\blo más leído\b|\bnoticias relacionadas\b`,
      // Italian
      String.raw`\babbonati\b|\babbonamento\b|\biscriviti\b|\baccedi\b|\bleggi anche\b|\bleggi di più\b|\bpubblicità\b|\bcondividi\b|\bi più letti\b|\barticoli correlati\b`,
      // Portuguese
      String.raw`\bassine\b|\bassinatura\b|\binscreva-se\b|\bentrar\b|\bleia (?:também|mais)\b|\bveja também\b|\bpublicidade\b|\bcompartilh|\bpartilh|\bmais lidas?\b|\bnotícias relacionadas\b`,
      // Dutch
      String.raw`\babonneer\b|\babonnement\b|\binloggen\b|\blees ook\b|\blees meer\b|\badvertentie\b|\bdelen\b|\bmeest gelezen\b`,
      // Polish
      String.raw`\bsubskrybuj|\bprenumerat|\bzaloguj\b|\bczytaj (?:też|także|więcej)\b|\breklama\b|\budostępnij\b|\bnajczęściej czytane\b|\bzobacz (?:też|także)\b`,
      // Russian
      String.raw`подпис|рассылк|войти|читайте также|читать (?:также|далее|полностью)|реклама|поделиться|самое читаемое|по теме|смотрите также|комментари`,
    ].join('|'),
    'iu',
  );

/** Lead-ins of inserts that point at another article ("Read more: ..."). */
export const INSERT_LEAD =
  /^\s*(?:read (?:more|also|next)|also read|see also|related|more on this|recommended|watch|listen|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|a lire aussi|lee también|leer más|leggi anche|leia também|veja também|lees ook|czytaj (?:też|także|więcej)|zobacz (?:też|także)|читайте также|по теме|смотрите также)\b\s*[:»>|–—-]/iu;

/** Standalone image credits (the caption itself stays). */
export const CREDIT =
  /^\s*(?:(?:photo|image|picture|foto|bild|illustration|graphic|video|credit|source|fuente|fonte|źródło|фото|crédit|crédito|credito)s?(?:\s+(?:by|credit|de|di|von))?\s*[:©/|]|©|\(c\)\s|(?:getty images|reuters|afp|ap photo|epa|shutterstock|istock)\b)/iu;

/** Class/id tokens that mark page chrome, not article text. */
export const CHROME_CLASS =
  /(?:^|[\s_-])(?:newsletter|subscri(?:be|ption)|paywall|premium-?promo|promo|signup|sign-up|cookie|consent|gdpr|share|sharing|social|related|recommend(?:ed|ations)?|most-?read|most-?popular|popular|outbrain|taboola|advert|advertisement|ads?|ad-slot|adslot|dfp|sponsor(?:ed)?|author-?bio|bio-?box|about-?author|tags?|tag-?list|breadcrumbs?|listen|audio-?player|print|read-?more|also-?read|read-?next|next-?article|comments?|disqus|byline-?social|toolbar|widget|teaser|more-?stories|trending|inline-?promo|donate|membership)(?:$|[\s_-])/i;
