/**
 * The hostile-payload catalogue (issue 7). Each payload is markup hidden in
 * the body of an otherwise normal news article (see ./pages.ts). If any of it
 * ran or loaded in one of Sift's views it would either request
 * `<base>/beacon/<id>` on the test server, or set a flag in the page that
 * rendered it (`window.__pwned`, `document.title = 'PWNED'`,
 * `localStorage.pwned`). The tests assert that none of that ever happens and
 * that the article around the payload is still shown.
 */

export type PayloadKind =
  | 'script'
  | 'event-handler'
  | 'url-scheme'
  | 'svg-mathml'
  | 'frame'
  | 'meta-base'
  | 'form'
  | 'css'
  | 'dangling-markup'
  | 'dom-clobbering'
  | 'mutation-xss'
  | 'template-noscript'
  | 'huge-attribute';

export interface PayloadContext {
  /** Server origin, e.g. http://127.0.0.1:1234 (no trailing slash). */
  base: string;
  id: string;
  /** `${base}/beacon/${id}`: a request to it means the payload loaded something. */
  beacon: string;
  /** JavaScript that, if it ever runs, sets every flag and requests the beacon. Uses single quotes only. */
  js: string;
}

export interface Payload {
  id: string;
  kind: PayloadKind;
  /** What the payload tries. */
  note: string;
  markup(c: PayloadContext): string;
  /**
   * The payload swallows the rest of the page (dangling markup): only the
   * paragraphs before it are expected in the clean view.
   */
  truncates?: boolean;
}

export function payloadContext(base: string, id: string): PayloadContext {
  const beacon = `${base}/beacon/${id}`;
  const js =
    `window.__pwned='${id}';document.title='PWNED';` +
    `try{localStorage.setItem('pwned','${id}')}catch(e){};` +
    `new Image().src='${beacon}'`;
  return { base, id, beacon, js };
}

const enc = (s: string) => encodeURIComponent(s);
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
/** An image address that 404s on the test server, so `onerror` fires if the handler survives. */
const MISSING = '/no-such-image.gif';
/** A real image (the server answers any *.png with a 1×1 PNG), so `onload` fires. */
const REAL = '/photo-real.png';
const MB = 1 << 20;

const P = (id: string, kind: PayloadKind, note: string, markup: (c: PayloadContext) => string, extra: Partial<Payload> = {}): Payload => ({
  id,
  kind,
  note,
  markup,
  ...extra,
});

export const PAYLOADS: Payload[] = [
  // ── script elements ──────────────────────────────────────────────────────
  P('script-inline', 'script', 'inline <script>', (c) => `<script>${c.js}</script>`),
  P('script-src', 'script', '<script src> on the server', (c) => `<script src="${c.beacon}"></script>`),
  P('script-module', 'script', 'inline module script', (c) => `<script type="module">${c.js}</script>`),
  P('script-module-src', 'script', 'module script with src', (c) => `<script type="module" src="${c.beacon}.mjs"></script>`),
  P('script-data-url', 'script', 'script from a data: URL', (c) => `<script src="data:text/javascript,${enc(c.js)}"></script>`),
  P(
    'script-in-paragraph',
    'script',
    'script inside a paragraph of the article',
    (c) => `<p>Officials said the figures would be reviewed. <script>${c.js}</script> The review is due next month.</p>`,
  ),
  P('script-svg', 'script', '<script> inside inline SVG', (c) => `<svg width="10" height="10"><script>${c.js}</script></svg>`),
  P('script-svg-href', 'script', 'SVG <script href>', (c) => `<svg width="10" height="10"><script href="${c.beacon}"></script></svg>`),
  P(
    'script-svg-xlink',
    'script',
    'SVG <script xlink:href>',
    (c) => `<svg xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><script xlink:href="${c.beacon}"></script></svg>`,
  ),

  // ── event-handler attributes ─────────────────────────────────────────────
  P('onerror-img', 'event-handler', 'img onerror', (c) => `<img src="${MISSING}" onerror="${c.js}" alt="Chart of the results">`),
  P(
    'onerror-img-uppercase',
    'event-handler',
    'IMG ONERROR with entity-encoded code',
    (c) => `<IMG SRC="${MISSING}" ONERROR="${c.js.replace(/'/g, '&#39;')}" ALT="Map">`,
  ),
  P('onload-img', 'event-handler', 'img onload on a real image', (c) => `<img src="${REAL}" onload="${c.js}" alt="Photo of the square">`),
  P('onload-svg', 'event-handler', 'svg onload', (c) => `<svg onload="${c.js}" width="10" height="10"></svg>`),
  P(
    'onclick-link',
    'event-handler',
    'onclick on a link',
    (c) => `<p>Read <a href="#more" onclick="${c.js}">the full statement</a> here.</p>`,
  ),
  P(
    'onmouseover',
    'event-handler',
    'onmouseover on a paragraph',
    (c) => `<p onmouseover="${c.js}" style="display:block;position:fixed;inset:0">Hover over this statement from the ministry.</p>`,
  ),
  P(
    'onfocus-autofocus',
    'event-handler',
    'autofocus + onfocus',
    (c) =>
      `<p>Comment: <span tabindex="0" autofocus onfocus="${c.js}">the ministry declined</span>.</p><input autofocus onfocus="${c.js}">`,
  ),
  P(
    'onanimationstart',
    'event-handler',
    'CSS animation + onanimationstart',
    (c) =>
      `<style>@keyframes siftx{from{opacity:1}to{opacity:.9}}</style><p style="animation:siftx 1s" onanimationstart="${c.js}">The talks continued.</p>`,
  ),
  P(
    'ontoggle-details',
    'event-handler',
    '<details open ontoggle>',
    (c) => `<details open ontoggle="${c.js}"><summary>Background</summary>The ceasefire was first agreed last spring.</details>`,
  ),
  P(
    'onbegin-svg-animate',
    'event-handler',
    'SVG <animate onbegin>',
    (c) =>
      `<svg width="10" height="10"><rect width="10" height="10"><animate onbegin="${c.js}" attributeName="x" from="0" to="1" dur="1s"/></rect></svg>`,
  ),
  P('onpointerenter', 'event-handler', 'onpointerenter', (c) => `<p onpointerenter="${c.js}">Analysts expect a slow recovery.</p>`),
  P(
    'onbeforetoggle-popover',
    'event-handler',
    'popover + onbeforetoggle',
    (c) => `<div popover id="pop" onbeforetoggle="${c.js}">Popover text</div>`,
  ),
  P(
    'onerror-video-source',
    'event-handler',
    'video/source onerror',
    (c) => `<video controls><source src="${MISSING}" onerror="${c.js}"></video><audio src="${MISSING}" onerror="${c.js}"></audio>`,
  ),
  P('onstart-marquee', 'event-handler', 'marquee onstart', (c) => `<marquee onstart="${c.js}">Breaking news</marquee>`),
  P(
    'body-onload-in-body',
    'event-handler',
    'a second <body onload> inside the body (merged onto <body>)',
    (c) => `<body onload="${c.js}" onpageshow="${c.js}">`,
  ),
  P(
    'onscroll-overflow',
    'event-handler',
    'onscroll on an overflowing block',
    (c) => `<div style="height:10px;overflow:auto" onscroll="${c.js}" onscrollend="${c.js}"><p>Scrolling text</p><p>More</p></div>`,
  ),
  P(
    'oncontentvisibility',
    'event-handler',
    'oncontentvisibilityautostatechange',
    (c) => `<div style="content-visibility:auto" oncontentvisibilityautostatechange="${c.js}">Visibility</div>`,
  ),
  P(
    'ontransitionend',
    'event-handler',
    'transition events',
    (c) => `<p style="transition:color 1ms" ontransitionrun="${c.js}" ontransitionend="${c.js}">Transition</p>`,
  ),

  // ── dangerous URL schemes ────────────────────────────────────────────────
  P('href-javascript', 'url-scheme', 'javascript: link', (c) => `<p>See <a href="javascript:${c.js}">the report</a>.</p>`),
  P(
    'href-javascript-entities',
    'url-scheme',
    'entity-encoded javascript: link',
    (c) => `<p>See <a href="&#106;&#97;vascript&#58;${c.js}">the report</a>.</p>`,
  ),
  P(
    'href-javascript-whitespace',
    'url-scheme',
    'javascript: with tab/newline and mixed case',
    (c) => `<p>See <a href=" JaVa&#9;Scr&#10;ipt:${c.js}">the report</a>.</p>`,
  ),
  P('href-vbscript', 'url-scheme', 'vbscript: link', () => `<p>See <a href="vbscript:MsgBox(1)">the report</a>.</p>`),
  P(
    'href-data-html',
    'url-scheme',
    'data:text/html link',
    (c) => `<p>See <a href="data:text/html;base64,${b64(`<script>${c.js}</script>`)}">the report</a>.</p>`,
  ),
  P('img-src-javascript', 'url-scheme', 'javascript: image', (c) => `<img src="javascript:${c.js}" alt="x">`),
  P(
    'img-src-data-svg',
    'url-scheme',
    'data:image/svg+xml image with script',
    (c) =>
      `<img alt="svg" src="data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${c.js}"><image href="${c.beacon}"/></svg>`)}">`,
  ),
  P(
    'img-srcset-javascript',
    'url-scheme',
    'javascript: in srcset',
    (c) => `<img src="${REAL}" srcset="javascript:${c.js.replace(/[ ,]/g, '')} 1x, ${c.beacon}.png 2x" alt="Photo">`,
  ),
  P(
    'img-srcset-data',
    'url-scheme',
    'data:text/html in srcset',
    (c) => `<img src="${REAL}" srcset="data:text/html;base64,${b64(c.js)} 2x" alt="Photo">`,
  ),
  P('img-src-vbscript', 'url-scheme', 'vbscript: image', () => `<img src="vbscript:msgbox(1)" alt="x">`),
  P(
    'formaction-javascript',
    'url-scheme',
    'button formaction=javascript:',
    (c) => `<form><button formaction="javascript:${c.js}">Vote</button></form>`,
  ),
  P(
    'xlink-href-javascript',
    'url-scheme',
    'SVG xlink:href=javascript:',
    (c) =>
      `<svg xmlns:xlink="http://www.w3.org/1999/xlink" width="50" height="20"><a xlink:href="javascript:${c.js}"><text x="0" y="15">map</text></a></svg>`,
  ),
  P(
    'form-action-javascript',
    'url-scheme',
    'form action=javascript:',
    (c) => `<form action="javascript:${c.js}"><input type="submit" value="Go"></form>`,
  ),
  P('video-poster', 'url-scheme', 'video poster to the server', (c) => `<video poster="${c.beacon}" src="javascript:${c.js}"></video>`),
  P(
    'table-background',
    'url-scheme',
    'table/td background attribute',
    (c) => `<table background="${c.beacon}"><tr><td background="${c.beacon}-td">Votes</td><td>51%</td></tr></table>`,
  ),
  P('iframe-src-javascript', 'url-scheme', 'iframe src=javascript:', (c) => `<iframe src="javascript:${c.js}"></iframe>`),
  P('object-data-javascript', 'url-scheme', 'object data=javascript:', (c) => `<object data="javascript:${c.js}"></object>`),
  P(
    'area-href-javascript',
    'url-scheme',
    'image map area href=javascript:',
    (c) => `<map name="m"><area shape="rect" coords="0,0,10,10" href="javascript:${c.js}"></map>`,
  ),
  P(
    'href-data-svg-link',
    'url-scheme',
    'data:image/svg+xml link',
    (c) => `<p><a href="data:image/svg+xml,${enc(`<svg onload="${c.js}"/>`)}">diagram</a></p>`,
  ),

  // ── SVG and MathML ───────────────────────────────────────────────────────
  P(
    'svg-use-data',
    'svg-mathml',
    '<use href=data:>',
    (c) =>
      `<svg width="10" height="10"><use href="data:image/svg+xml;base64,${b64(`<svg id="x" xmlns="http://www.w3.org/2000/svg"><image href="${c.beacon}" onload="${c.js}"/></svg>`)}#x"/></svg>`,
  ),
  P('svg-use-remote', 'svg-mathml', '<use href> to the server', (c) => `<svg width="10" height="10"><use href="${c.beacon}.svg#x"/></svg>`),
  P(
    'svg-foreignobject',
    'svg-mathml',
    'foreignObject with HTML inside',
    (c) =>
      `<svg width="10" height="10"><foreignObject width="10" height="10"><img src="${MISSING}" onerror="${c.js}"><iframe src="${c.beacon}"></iframe></foreignObject></svg>`,
  ),
  P(
    'svg-image-href',
    'svg-mathml',
    'SVG <image href>',
    (c) => `<svg width="10" height="10"><image href="${c.beacon}" width="10" height="10"/></svg>`,
  ),
  P(
    'svg-animate-href',
    'svg-mathml',
    '<animate> turning a link into javascript:',
    (c) =>
      `<svg width="50" height="20"><a><animate attributeName="href" values="javascript:${c.js}"/><text x="0" y="15">click</text></a></svg>`,
  ),
  P(
    'svg-set-handler',
    'svg-mathml',
    '<set> of an event attribute',
    (c) => `<svg width="10" height="10"><set attributeName="onmouseover" to="${c.js}"/></svg>`,
  ),
  P(
    'svg-style-import',
    'svg-mathml',
    '<style> @import inside SVG',
    (c) => `<svg width="10" height="10"><style>@import url(${c.beacon}.css);</style></svg>`,
  ),
  P(
    'math-maction',
    'svg-mathml',
    'MathML maction with xlink:href',
    (c) => `<math><maction actiontype="statusline" xlink:href="javascript:${c.js}"><mtext>click</mtext></maction></math>`,
  ),
  P('math-href', 'svg-mathml', 'MathML href', (c) => `<math href="javascript:${c.js}"><mi>x</mi><mo>=</mo><mn>2</mn></math>`),

  // ── frames and plugins ───────────────────────────────────────────────────
  P('iframe-src', 'frame', 'iframe to the server', (c) => `<iframe src="${c.beacon}" width="10" height="10"></iframe>`),
  P(
    'iframe-srcdoc',
    'frame',
    'iframe srcdoc with script',
    (c) => `<iframe srcdoc="<script>${c.js}</script><img src=&quot;${c.beacon}-img&quot;>"></iframe>`,
  ),
  P(
    'object-data',
    'frame',
    'object data to the server',
    (c) => `<object data="${c.beacon}" type="text/html" width="10" height="10"></object>`,
  ),
  P('embed-src', 'frame', 'embed src to the server', (c) => `<embed src="${c.beacon}" type="text/html" width="10" height="10">`),
  P('frame-src', 'frame', 'frameset/frame in body', (c) => `<frameset><frame src="${c.beacon}"></frameset><frame src="${c.beacon}-2">`),
  P(
    'portal-fencedframe',
    'frame',
    'portal / fencedframe',
    (c) => `<portal src="${c.beacon}"></portal><fencedframe src="${c.beacon}-ff"></fencedframe>`,
  ),

  // ── meta and base ────────────────────────────────────────────────────────
  P('meta-refresh', 'meta-base', 'meta refresh to the server', (c) => `<meta http-equiv="refresh" content="0;url=${c.beacon}">`),
  P(
    'meta-refresh-javascript',
    'meta-base',
    'meta refresh to javascript:',
    (c) => `<meta http-equiv="refresh" content="0;url=javascript:${c.js}">`,
  ),
  P(
    'meta-csp-inject',
    'meta-base',
    'meta CSP / set-cookie in body',
    () =>
      `<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline' 'unsafe-eval' *"><meta http-equiv="set-cookie" content="pwned=1">`,
  ),
  P(
    'base-href',
    'meta-base',
    '<base href> redirecting relative URLs',
    (c) => `<base href="${c.beacon}/"><p>Photos: <img src="relative-photo.png" alt="relative"></p>`,
  ),
  P('base-target', 'meta-base', '<base target>', () => `<base target="_top"><p><a href="https://example.org/a">a link</a></p>`),

  // ── form hijacking ───────────────────────────────────────────────────────
  P(
    'form-action',
    'form',
    'form posting to the server',
    (c) => `<form action="${c.beacon}" method="post"><input name="q" value="secret"><button>Continue reading</button></form>`,
  ),
  P(
    'button-formaction',
    'form',
    'button formaction to the server',
    (c) => `<form><button formaction="${c.beacon}" autofocus>Subscribe</button></form>`,
  ),
  P('input-image', 'form', 'input type=image loads its src', (c) => `<input type="image" src="${c.beacon}.png" alt="Submit">`),
  P(
    'form-orphan-controls',
    'form',
    'controls bound to a form by id',
    (c) =>
      `<form id="f1" action="${c.beacon}"></form><input form="f1" name="x"><button form="f1">Send</button><textarea form="f1">t</textarea>`,
  ),

  // ── CSS exfiltration ─────────────────────────────────────────────────────
  P(
    'style-attr-background',
    'css',
    'style="background:url()"',
    (c) => `<p style="background:url(${c.beacon}.png)">The agency released new figures on Tuesday.</p>`,
  ),
  P(
    'style-attr-image-set',
    'css',
    'list-style/border-image/image-set in style attributes',
    (c) =>
      `<ul style="list-style-image:url(${c.beacon}-list.png)"><li style="border-image:url(${c.beacon}-border.png) 30">Item</li><li style="background-image:image-set('${c.beacon}-set.png' 1x)">Item</li></ul>`,
  ),
  P('style-import', 'css', '<style> @import', (c) => `<style>@import url("${c.beacon}.css");</style>`),
  P(
    'style-url',
    'css',
    '<style> with url()',
    (c) => `<style>p{background:url(${c.beacon}.png)} body{cursor:url(${c.beacon}-cursor.png),auto}</style>`,
  ),
  P(
    'style-font-face',
    'css',
    '@font-face src',
    (c) => `<style>@font-face{font-family:siftx;src:url(${c.beacon}.woff)} p{font-family:siftx}</style>`,
  ),
  P(
    'style-attribute-selector',
    'css',
    'attribute-selector exfiltration',
    (c) => `<style>a[href^="https"]{background:url(${c.beacon}-attr.png)} [data-testid]{background:url(${c.beacon}-testid.png)}</style>`,
  ),
  P('link-stylesheet', 'css', 'link rel=stylesheet', (c) => `<link rel="stylesheet" href="${c.beacon}.css">`),
  P(
    'link-prefetch-preload',
    'css',
    'link rel=prefetch/preload/dns-prefetch/preconnect/modulepreload',
    (c) =>
      `<link rel="prefetch" href="${c.beacon}-prefetch"><link rel="preload" as="image" href="${c.beacon}-preload.png"><link rel="modulepreload" href="${c.beacon}-mod.js"><link rel="preconnect" href="${c.beacon}-pc"><link rel="icon" href="${c.beacon}-icon.png">`,
  ),

  // ── dangling markup ──────────────────────────────────────────────────────
  P('dangling-img-single', 'dangling-markup', "unclosed <img src='…? swallowing the page", (c) => `<img src='${c.beacon}?leak=`, {
    truncates: true,
  }),
  P('dangling-img-double', 'dangling-markup', 'unclosed <img src="…? swallowing the page', (c) => `<img src="${c.beacon}?leak=`, {
    truncates: true,
  }),
  P('dangling-link', 'dangling-markup', "unclosed <a href='… swallowing the page", (c) => `<a href='${c.beacon}?leak=`, {
    truncates: true,
  }),

  // ── DOM clobbering ───────────────────────────────────────────────────────
  P(
    'clobber-app',
    'dom-clobbering',
    'name/id "app" (the extension pages\' mount point)',
    () => `<img name="app" src="${REAL}" alt="app"><form id="app"><input name="innerHTML"></form><div id="app">Fake app</div>`,
  ),
  P(
    'clobber-title-id',
    'dom-clobbering',
    'id/name "title"',
    () => `<p id="title" name="title">Spoofed title paragraph.</p><img name="title" src="${REAL}" alt="t">`,
  ),
  P(
    'clobber-getelementbyid',
    'dom-clobbering',
    'name="getElementById"',
    () => `<img name="getElementById" src="${REAL}" alt="g"><form name="getElementById"></form>`,
  ),
  P(
    'clobber-testids',
    'dom-clobbering',
    'data-testid spoofing (fake facts, title, failure, save)',
    () =>
      `<h1 data-testid="title">Spoofed headline</h1><ul data-testid="facts"><li><span data-testid="fact" class="fact">Fake fact: 9,999 killed</span></li></ul><div data-testid="failure" data-kind="restricted">Fake failure</div><span data-testid="save" role="button">Save</span><p data-sift-ready="1" class="notice">Fake notice</p>`,
  ),
  P(
    'clobber-document-clonenode',
    'dom-clobbering',
    'name="cloneNode" (what the content script calls on document)',
    () => `<img name="cloneNode" src="${REAL}" alt="c"><form name="cloneNode"></form>`,
  ),
  P(
    'clobber-document-implementation',
    'dom-clobbering',
    'name="implementation" (DOMPurify uses document.implementation)',
    () => `<img name="implementation" src="${REAL}" alt="i"><form name="createNodeIterator"></form>`,
  ),
  P(
    'clobber-document-queries',
    'dom-clobbering',
    'name="getElementsByTagName"/"querySelectorAll"/"createElement"',
    () => `<img name="getElementsByTagName" src="${REAL}" alt="q"><form name="querySelectorAll"></form><embed name="createElement">`,
  ),
  P(
    'clobber-document-props',
    'dom-clobbering',
    'name="title"/"body"/"documentElement"/"URL" on document',
    () => `<form name="body"></form><img name="documentElement" src="${REAL}" alt="d"><img name="URL" src="${REAL}" alt="u">`,
  ),
  P(
    'clobber-proto',
    'dom-clobbering',
    'id/name __proto__ / constructor / attributes',
    () =>
      `<a id="__proto__" name="constructor" href="https://example.org/">link</a><form><input name="attributes"><input name="nodeName"></form>`,
  ),

  // ── mutation XSS ─────────────────────────────────────────────────────────
  P(
    'mxss-math-mglyph-style',
    'mutation-xss',
    'math/mtext/table/mglyph/style namespace confusion',
    (c) => `<math><mtext><table><mglyph><style><img src="${MISSING}" onerror="${c.js}">`,
    { truncates: true },
  ),
  P(
    'mxss-svg-p-style',
    'mutation-xss',
    'svg </p> style a id=</style>',
    (c) => `<svg></p><style><a id="</style><img src=${MISSING} onerror=${c.js.replace(/ /g, '/')}>">`,
  ),
  P(
    'mxss-noscript-title',
    'mutation-xss',
    'noscript p title="</noscript><img onerror>"',
    (c) => `<noscript><p title="</noscript><img src=${MISSING} onerror=${c.js.replace(/ /g, '/')}>"></noscript>`,
    { truncates: true },
  ),
  P(
    'mxss-form-math',
    'mutation-xss',
    'nested form + math mglyph style',
    (c) => `<form><math><mtext></form><form><mglyph><style></math><img src="${MISSING}" onerror="${c.js}">`,
    { truncates: true },
  ),
  P(
    'mxss-mglyph-svg-textarea',
    'mutation-xss',
    'math mi mglyph svg mtext textarea',
    (c) =>
      `<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=${c.js.replace(/ /g, '/')} src=${MISSING}>"></textarea></mtext></svg></mglyph></mi></math>`,
  ),
  P(
    'mxss-svg-style-img',
    'mutation-xss',
    '<svg><style><img onerror> (foreign-content style)',
    (c) => `<svg><style><img src="${MISSING}" onerror="${c.js}"></style></svg>`,
  ),
  P(
    'mxss-comment',
    'mutation-xss',
    'comment / attribute tricks',
    (c) => `<!--<img src="${MISSING}" onerror="${c.js}">--><p title="--><img src=${MISSING} onerror=${c.js.replace(/ /g, '/')}>">Quote</p>`,
  ),
  P(
    'mxss-xmp-noembed',
    'mutation-xss',
    'raw-text elements (xmp, noembed, noframes, iframe) around an img',
    (c) =>
      `<xmp><p title="</xmp><img src=${MISSING} onerror=${c.js.replace(/ /g, '/')}>"></xmp><noembed><img title="</noembed><img src=${MISSING} onerror=${c.js.replace(/ /g, '/')}>"></noembed><noframes><p title="</noframes><img src=${MISSING} onerror=${c.js.replace(/ /g, '/')}>"></noframes>`,
  ),
  P(
    'mxss-select-template',
    'mutation-xss',
    'select/template/style comment',
    (c) =>
      `<select><template><style><!--</style><a rel="--></style></template></select><img src=${MISSING} onerror=${c.js.replace(/ /g, '/')}>">`,
    { truncates: true },
  ),

  // ── template and noscript ────────────────────────────────────────────────
  P(
    'noscript-img-onerror',
    'template-noscript',
    'noscript fallback image with onerror (the extractor reads noscript images)',
    (c) =>
      `<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="${MISSING}" alt="Lazy photo"><noscript><img src="${MISSING}" onerror="${c.js}" alt="Lazy photo"></noscript><figcaption>The square on Monday.</figcaption></figure>`,
  ),
  P(
    'noscript-img-javascript',
    'template-noscript',
    'noscript fallback with a javascript: image',
    (c) => `<figure><img src="/placeholder.gif" alt="p"><noscript><img src="javascript:${c.js}" alt="p"></noscript></figure>`,
  ),
  P(
    'noscript-script',
    'template-noscript',
    'script and iframe in noscript',
    (c) => `<noscript><script>${c.js}</script><iframe src="${c.beacon}"></iframe><style>@import url(${c.beacon}.css)</style></noscript>`,
  ),
  P(
    'noscript-img-attrs',
    'template-noscript',
    'noscript image with extra dangerous attributes',
    (c) =>
      `<noscript><img src="${REAL}" srcset="javascript:x 2x" style="background:url(${c.beacon}.png)" onload="${c.js}" id="app" alt="n"></noscript>`,
  ),
  P(
    'template-script',
    'template-noscript',
    'template content with script and handlers',
    (c) => `<template><script>${c.js}</script><img src="${MISSING}" onerror="${c.js}"></template>`,
  ),
  P(
    'template-shadowroot',
    'template-noscript',
    'declarative shadow DOM',
    (c) =>
      `<div><template shadowrootmode="open"><img src="${MISSING}" onerror="${c.js}"><style>@import url(${c.beacon}.css)</style><slot></slot></template><p>Shadow host text.</p></div>`,
  ),
  P(
    'lazy-data-src-javascript',
    'template-noscript',
    'lazy-load attributes with javascript:/data: addresses',
    (c) => `<img src="/spacer.gif" data-src="javascript:${c.js}" data-srcset="data:text/html;base64,${b64(c.js)} 2x" alt="lazy">`,
  ),

  // ── huge attributes ──────────────────────────────────────────────────────
  P(
    'huge-title-attr',
    'huge-attribute',
    '1 MB title attribute',
    () => `<p title="${'A'.repeat(MB)}">A paragraph with a very long title.</p>`,
  ),
  P('huge-href', 'huge-attribute', '1 MB link address', () => `<p><a href="https://example.org/?q=${'x'.repeat(MB)}">a long link</a></p>`),
  P(
    'huge-onerror',
    'huge-attribute',
    '1 MB onerror (padding, then code)',
    (c) => `<img src="${MISSING}" onerror="${' '.repeat(MB)}${c.js}" alt="padded">`,
  ),
  P(
    'huge-srcset',
    'huge-attribute',
    '1 MB srcset with a javascript: candidate at the end',
    (c) => `<img src="${REAL}" srcset="${`${REAL} 1x, `.repeat(MB / 20)}javascript:${c.js.replace(/[ ,]/g, '')} 9x" alt="many">`,
  ),
];

export const KINDS = [...new Set(PAYLOADS.map((p) => p.kind))];
