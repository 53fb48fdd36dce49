import { describe, expect, it } from 'vitest';
import { cardFit } from './card-fit';

describe('what a grid card shows in whole lines', () => {
  it.each([
    // rows of five minutes, a status badge, time line shown, title lines
    [1, false, false, 1],
    [2, false, true, 1],
    [2, true, true, 1],
    [3, false, true, 3],
    [3, true, true, 2],
    [4, false, true, 4],
    [6, true, true, 7],
  ])('%i rows, badge %s: time %s, %i title lines', (rows, badge, time, lines) => {
    expect(cardFit(rows, badge)).toEqual({ showTime: time, titleLines: lines });
  });
});
