import { nextLocalMidnight } from './local-time.ts';
import type { MuteDuration } from './policy-event.ts';

const HOUR = 3_600_000;

/** When a mute chosen now ends: 1, 4 or 8 hours on, or the next local midnight for "until tomorrow". */
export function muteEndsAt(duration: MuteDuration, now: number, timeZone: string): number {
  switch (duration) {
    case '1h':
      return now + HOUR;
    case '4h':
      return now + 4 * HOUR;
    case '8h':
      return now + 8 * HOUR;
    case 'until-tomorrow':
      return nextLocalMidnight(now, timeZone);
  }
}
