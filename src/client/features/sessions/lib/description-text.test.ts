import { describe, expect, it } from 'vitest';
import { descriptionText } from './description-text';

describe('session description text', () => {
  it('reads HTML from schedule files as paragraphs and bullets, without running or loading anything', () => {
    const html =
      '<p>Reproducible builds, <em>why</em> &amp; how.</p><ul><li>Supply chains</li><li>Signing</li></ul>' +
      '<p>Line<br>break</p><script>alert(1)</script><img src="x" onerror="alert(2)">';
    expect(descriptionText(html)).toBe(
      'Reproducible builds, why & how.\n\n• Supply chains\n• Signing\n\nLine\nbreak',
    );
  });

  it('leaves plain text and Markdown as they are, angle brackets included', () => {
    const text = 'Use a < b and **bold**\n\n- item\n- item';
    expect(descriptionText(text)).toBe(text);
  });
});
