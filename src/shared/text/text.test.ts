import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { randomCode, randomToken, stableCode } from './codes';
import { contrastRatio, relativeLuminance, textOn } from './contrast';
import { foldText } from './fold';
import { slugify } from './slug';

describe('foldText', () => {
  it.each([
    ['Météo', 'meteo'],
    ['Stürmer', 'sturmer'],
    ['Zoé', 'zoe'],
    ['Weiß', 'weiss'],
    ['WEISS', 'weiss'],
    ['Søren Kierkegård', 'soren kierkegard'],
    ['Ærø', 'aero'],
    ['Œuvre', 'oeuvre'],
    ['Łódź', 'lodz'],
    ['Ðorđe', 'dorde'],
    ['Þór', 'thor'],
    ['İstanbul', 'istanbul'],
    ['ﬁnance', 'finance'],
    ['ＡＢＣ', 'abc'],
    ['Ἀλέξανδρος', 'αλεξανδρος'],
    ['李雷', '李雷'],
  ])('%s -> %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('lets a plain query find accented text', () => {
    expect(foldText('Bar Le Météor, Straße').includes(foldText('meteor, strasse'))).toBe(true);
  });
});

describe('slugify', () => {
  it.each([
    ['Météo', 'meteo'],
    ['Le Météor', 'le-meteor'],
    ['Lynn Conway (Hall B)', 'lynn-conway-hall-b'],
    ['ACME Corp.', 'acme-corp'],
    ['Søren Weiß', 'soren-weiss'],
    ['  --Matrix & Friends--  ', 'matrix-friends'],
    ['李雷', ''],
  ])('%s -> %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('cuts at the length without a trailing dash', () => {
    expect(slugify('alpha beta gamma', 11)).toBe('alpha-beta');
  });
});

describe('codes', () => {
  it('stableCode is stable and uses the pretalx alphabet', () => {
    expect(stableCode('speaker:Ada Lovelace')).toBe(stableCode('speaker:Ada Lovelace'));
    expect(stableCode('a')).not.toBe(stableCode('b'));
    expect(stableCode('x', 8)).toMatch(/^[ABCDEFGHJKLMNPQRSTUVWXYZ3789]{8}$/);
  });

  it('randomCode has six characters without look-alikes', () => {
    const codes = Array.from({ length: 200 }, () => randomCode());
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(190);
    expect(randomCode(10)).toHaveLength(10);
  });

  it('randomToken is base64url of that many bytes', () => {
    expect(randomToken(9)).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(randomToken(32)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken(18)).not.toBe(randomToken(18));
  });
});

describe('contrast', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#0000ff', '#ffffff', 8.59],
  ])('%s on %s is %s:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 2);
  });

  it('luminance accepts #rrggbb with or without #, any case', () => {
    expect(relativeLuminance('#FFFFFF')).toBe(1);
    expect(relativeLuminance('000000')).toBe(0);
    expect(relativeLuminance('#fff')).toBeNaN();
  });

  it.each([
    ['#000000', '#ffffff'],
    ['#1d4ed8', '#ffffff'],
    ['#ffffff', '#000000'],
    ['#facc15', '#000000'],
    ['not a colour', '#ffffff'],
  ])('text on %s is %s', (background, text) => {
    expect(textOn(background)).toBe(text);
  });
});

describe('src/shared/text', () => {
  // The attendee's first screen uses these helpers and must not pull zod (decision 0011).
  it('imports neither zod nor the contract', () => {
    const dir = new URL('.', import.meta.url);
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThan(3);
    for (const file of sources) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      expect(text, file).not.toMatch(/from '(zod|\.\.\/contract[^']*)'/);
    }
  });
});
