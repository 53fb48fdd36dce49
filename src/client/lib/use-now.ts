import { useEffect, useState } from 'react';
import { onServerClockChange, serverNow } from './server-clock';

/**
 * "Now" from the server clock, re-read on every step boundary (a minute by default) while the
 * tab is shown. A hidden tab does not tick; it catches up at once when shown again.
 */
export function useNow(stepMs = 60_000): Date {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      if (document.visibilityState === 'hidden') return;
      const current = serverNow();
      setNow(current);
      // Wake on the next boundary so "10:31" appears when the clock says so, not up to a step late.
      timer = setTimeout(schedule, stepMs - (current.getTime() % stepMs) + 50);
    };
    schedule();
    document.addEventListener('visibilitychange', schedule);
    const unsubscribe = onServerClockChange(schedule);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      document.removeEventListener('visibilitychange', schedule);
    };
  }, [stepMs]);
  return now;
}
