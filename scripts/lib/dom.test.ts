import { describe, expect, it } from 'vitest';
import { decodeHtml, looksBinary } from './dom';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? Array.from(Buffer.from(p, 'latin1')) : p)));

describe('decodeHtml: files read as a browser reads them', () => {
  it('a byte order mark decides first', () => {
    expect(decodeHtml(bytes([0xef, 0xbb, 0xbf], '<p>caf', [0xc3, 0xa9], '</p>'))).toMatchObject({ text: '<p>café</p>', how: 'bom' });
    const le = new Uint8Array([0xff, 0xfe, ...Array.from(Buffer.from('<p>é</p>', 'utf16le'))]);
    expect(decodeHtml(le)).toMatchObject({ text: '<p>é</p>', encoding: 'utf-16le' });
  });

  it('then the <meta> charset: windows-1252 with its own 0x80-0x9f (€, curly quotes), Shift_JIS, ISO-8859-2', () => {
    const w = decodeHtml(bytes('<meta charset="windows-1252"><p>', [0x80, 0x20, 0x93, 0x61, 0x94, 0x20, 0xe9, 0x85], '</p>'));
    expect(w).toMatchObject({ encoding: 'windows-1252', how: 'meta' });
    expect(w.text).toContain('<p>€ “a” é…</p>');
    const sjis = decodeHtml(bytes('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>', [0x82, 0xa0], '</p>'));
    expect(sjis.text).toContain('<p>あ</p>');
    expect(decodeHtml(bytes('<meta charset=iso-8859-2><p>', [0xa1, 0xe6], '</p>')).text).toContain('Ąć');
  });

  it('then UTF-8; bytes that are not UTF-8 and declare nothing are windows-1252', () => {
    expect(decodeHtml(bytes('<p>', [0xe4, 0xb8, 0xad], '</p>'))).toMatchObject({ text: '<p>中</p>', how: 'utf-8' });
    expect(decodeHtml(bytes('<p>caf', [0xe9], '</p>'))).toMatchObject({ text: '<p>café</p>', how: 'fallback' });
  });

  it('reads a page saved as UTF-8 but labelled latin-1 as UTF-8, and a <meta> naming UTF-16 as UTF-8', () => {
    expect(decodeHtml(bytes('<meta charset="iso-8859-1"><p>caf', [0xc3, 0xa9], '</p>')).text).toContain('café');
    expect(decodeHtml(bytes('<meta charset="utf-16"><p>caf', [0xc3, 0xa9], '</p>')).text).toContain('café');
  });

  it('ignores a charset it does not know', () => {
    expect(decodeHtml(bytes('<meta charset="klingon"><p>caf', [0xc3, 0xa9], '</p>'))).toMatchObject({
      text: '<meta charset="klingon"><p>café</p>',
    });
  });
});

describe('looksBinary', () => {
  it('tells random bytes and NULs from pages in any language', () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(looksBinary(decodeHtml(noise).text)).toBe(true);
    expect(looksBinary('<p>ok</p>\u0000')).toBe(true);
    for (const t of ['<p>Привет, мир</p>', '<p>北桥日报</p>', '<p>tab\there</p>\r\n', '']) expect(looksBinary(t), t).toBe(false);
  });
});
