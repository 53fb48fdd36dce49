import { describe, expect, it } from 'vitest';
import { HttpProblem } from '../../http/problem';
import { sanitizeSvg } from './logo-svg';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const svg = (inner: string, attrs = 'viewBox="0 0 100 50"') => `<svg ${NS} ${attrs}>${inner}</svg>`;
const clean = (text: string) => new TextDecoder().decode(sanitizeSvg(new TextEncoder().encode(text)).bytes);

function refusal(text: string): string {
  try {
    sanitizeSvg(new TextEncoder().encode(text));
  } catch (e) {
    if (e instanceof HttpProblem) return e.problem.code;
    throw e;
  }
  return 'accepted';
}

describe('sanitizeSvg', () => {
  it('keeps a benign logo: shapes, gradients, clip paths, text and local use', () => {
    const logo = svg(
      '<defs><linearGradient id="g" x1="0" x2="1"><stop offset="0" stop-color="#f00"/>' +
        '<stop offset="1" stop-color="#00f"/></linearGradient><clipPath id="c"><circle cx="5" cy="5" r="5"/></clipPath>' +
        '<symbol id="s"><path d="M0 0h10v10z"/></symbol></defs>' +
        '<title>Acme &amp; Co</title><g transform="translate(2 3)" clip-path="url(#c)">' +
        '<rect x="1" y="2" width="30" height="20" rx="3" fill="url(#g)" stroke="#000" stroke-width="2"/>' +
        '<ellipse cx="50" cy="25" rx="10" ry="5"/><polygon points="0,0 10,0 5,8"/><polyline points="1 1 2 2"/>' +
        '<line x1="0" y1="0" x2="9" y2="9"/><use href="#s" x="60"/></g>' +
        '<text x="70" y="40" font-family="sans-serif" style="font-weight:bold">Acme<tspan dx="2">Co</tspan></text>',
    );
    const out = clean(logo);
    for (const kept of [
      '<linearGradient id="g" x1="0" x2="1">',
      '<stop offset="0" stop-color="#f00"/>',
      '<clipPath id="c">',
      '<symbol id="s"><path d="M0 0h10v10z"/></symbol>',
      '<title>Acme &amp; Co</title>',
      '<g transform="translate(2 3)" clip-path="url(#c)">',
      'fill="url(#g)"',
      '<ellipse',
      '<polygon points="0,0 10,0 5,8"/>',
      '<use href="#s" x="60"/>',
      'style="font-weight:bold"',
      '<tspan dx="2">Co</tspan>',
    ]) {
      expect(out).toContain(kept);
    }
    expect(sanitizeSvg(new TextEncoder().encode(logo))).toMatchObject({ width: 100, height: 50 });
  });

  it.each([
    ['a script element', svg('<script>alert(1)</script><rect width="1" height="1"/>'), ['script', 'alert']],
    [
      'an onload handler',
      svg('<rect width="1" height="1" onload="alert(1)" onclick="x()"/>'),
      ['onload', 'onclick'],
    ],
    ['a handler on the root', `<svg ${NS} viewBox="0 0 1 1" onload="alert(1)"/>`, ['onload', 'alert']],
    [
      'foreignObject HTML',
      svg('<foreignObject><body><img src="x" onerror="alert(1)"/></body></foreignObject>'),
      ['foreignObject', 'img', 'onerror'],
    ],
    ['a javascript: href', svg('<use href="javascript:alert(1)"/>'), ['javascript', 'use']],
    [
      'an encoded javascript: href',
      svg('<a href="&#106;avascript:alert(1)"><rect width="1" height="1"/></a>'),
      ['avascript', '<a'],
    ],
    ['an external use', svg('<use href="http://evil.example/s.svg#x"/>'), ['evil.example', 'use']],
    [
      'an external xlink:href',
      svg('<use xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="https://evil.example/a#b"/>'),
      ['evil.example'],
    ],
    [
      'an image',
      svg('<image href="https://evil.example/t.png" width="1" height="1"/>'),
      ['image', 'evil.example'],
    ],
    [
      'a style element',
      svg('<style>@import url(https://evil.example/a.css);</style>'),
      ['style', 'evil.example', 'import'],
    ],
    [
      'a style attribute with a remote url',
      svg('<rect width="1" height="1" style="fill:url(http://evil.example/x)"/>'),
      ['evil.example', 'style'],
    ],
    [
      'a style attribute with expression',
      svg('<rect width="1" height="1" style="width:expression(alert(1))"/>'),
      ['expression'],
    ],
    [
      'a fill with a remote url',
      svg('<rect width="1" height="1" fill="url(https://evil.example/#g)"/>'),
      ['evil.example'],
    ],
    ['a CDATA section', svg('<text><![CDATA[<script>alert(1)</script>]]></text>'), ['script', 'alert']],
    [
      'a processing instruction',
      svg('<?xml-stylesheet href="https://evil.example/a.css"?><rect width="1" height="1"/>'),
      ['evil.example', 'stylesheet'],
    ],
    [
      'animation that sets an href',
      svg('<a><set attributeName="href" to="javascript:alert(1)"/></a><animate attributeName="x"/>'),
      ['set', 'animate', 'javascript'],
    ],
    [
      'a namespaced element',
      svg('<html:script xmlns:html="http://www.w3.org/1999/xhtml">alert(1)</html:script>'),
      ['script', 'alert'],
    ],
    [
      'a quote breaking out of an attribute',
      svg(`<rect width="1" height="1" id='a" onload="alert(1)'/>`),
      ['onload="alert'],
    ],
  ])('strips %s', (_, input, gone) => {
    const out = clean(input);
    for (const g of gone) expect(out).not.toContain(g);
    expect(out.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it.each([
    [
      'entity expansion (billion laughs)',
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><svg xmlns="http://www.w3.org/2000/svg">&lol2;</svg>',
      'logo_svg_refused',
    ],
    [
      'an external entity',
      '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>',
      'logo_svg_refused',
    ],
    [
      'a doctype alone',
      '<!doctype svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x"><svg viewBox="0 0 1 1"/>',
      'logo_svg_refused',
    ],
    ['a root that is not svg', '<html><svg viewBox="0 0 1 1"/></html>', 'logo_svg_refused'],
    ['two roots', '<svg viewBox="0 0 1 1"/><svg viewBox="0 0 1 1"/>', 'logo_svg_refused'],
    ['malformed XML', '<svg viewBox="0 0 1 1"><g></svg>', 'logo_unreadable'],
    ['no size at all', `<svg ${NS}><rect/></svg>`, 'logo_dimensions_not_allowed'],
    ['a huge width', `<svg ${NS} width="50000" height="10"/>`, 'logo_dimensions_not_allowed'],
    ['not UTF-8', '\xff\xfe<svg/>', 'logo_svg_refused'],
    [
      'elements nested 150 deep (the parser gives up before our own depth check)',
      `<svg ${NS} width="10" height="10">${'<g>'.repeat(150)}<rect/>${'</g>'.repeat(150)}</svg>`,
      'logo_svg_refused',
    ],
  ])('refuses %s', (_, input, code) => {
    const bytes = input.startsWith('\xff') ? new Uint8Array([0xff, 0xfe, 0x3c, 0x73]) : input;
    expect(typeof bytes === 'string' ? refusal(bytes) : refusalBytes(bytes)).toBe(code);
  });

  it('scales a large viewBox to the pixel limit, keeping the aspect ratio', () => {
    const { width, height } = sanitizeSvg(new TextEncoder().encode(`<svg ${NS} viewBox="0 0 8192 2048"/>`));
    expect([width, height]).toEqual([4096, 1024]);
  });
});

function refusalBytes(bytes: Uint8Array): string {
  try {
    sanitizeSvg(bytes);
  } catch (e) {
    if (e instanceof HttpProblem) return e.problem.code;
    throw e;
  }
  return 'accepted';
}
