import { type LocalDate, localDateOf } from '../domain/time/localDate';

/** The one place the product asks what time it is (the emulator controls it in tests). */
export interface Clock {
  now: Date;
  today: LocalDate;
}

export function systemClock(): Clock {
  const now = new Date();
  return { now, today: localDateOf(now) };
}
