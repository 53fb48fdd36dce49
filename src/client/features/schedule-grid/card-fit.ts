/**
 * What a grid card can show in whole lines. A card is exactly as tall as its time span (one
 * 1.75 rem row per five minutes), so a 15-minute talk has 84 px: rather than cut the title
 * mid-line, the title is clamped to the lines that fit (with an ellipsis; the link keeps the
 * full title as its name and tooltip), and the lines below it show only when they fit whole.
 * The sizes are the grid's own classes in pixels at the default 16 px root.
 */
export const GRID_ROW_REM = 1.75;
const ROW_PX = GRID_ROW_REM * 16;
/** py-1 and the 1 px borders. */
const CARD_CHROME_PX = 10;
/** text-xs, or a status badge's height when it has one; the line never wraps. */
const TIME_LINE_PX = 16;
const BADGE_LINE_PX = 20;
/** text-sm with leading-snug. */
const TITLE_LINE_PX = 14 * 1.375;

export interface CardFit {
  /** Whether the time line shows above the title (a five-minute card has room for the title only). */
  showTime: boolean;
  /** How many title lines fit below it. */
  titleLines: number;
}

export function cardFit(rows: number, hasBadge: boolean): CardFit {
  const content = rows * ROW_PX - CARD_CHROME_PX;
  const timeLine = hasBadge ? BADGE_LINE_PX : TIME_LINE_PX;
  const showTime = content - timeLine >= TITLE_LINE_PX;
  const room = showTime ? content - timeLine : content;
  return { showTime, titleLines: Math.max(1, Math.floor(room / TITLE_LINE_PX)) };
}
