/** A UI preference, not data about anyone: it outlives a logout. */
const KEY = 'lanyard:volunteer-only-available';

/**
 * "Only ones I can take" starts on (nobody wants to scroll past shifts they may not take) and
 * the device remembers a volunteer turning it off.
 */
export function onlyAvailablePreferred(): boolean {
  try {
    return localStorage.getItem(KEY) !== '0';
  } catch {
    return true;
  }
}

export function rememberOnlyAvailable(on: boolean): void {
  try {
    localStorage.setItem(KEY, on ? '1' : '0');
  } catch {
    // Storage refused: the choice still holds in the address for this visit.
  }
}
