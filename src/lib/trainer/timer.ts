/**
 * The presenter's stopwatch against an agenda slot, as plain data: the caller passes the clock
 * (milliseconds), so it is tested without waiting.
 */

export interface TimerState {
  /** When the running stretch began, or null while paused. */
  runningSince: number | null;
  /** Milliseconds counted before the current stretch. */
  banked: number;
}

export const stoppedTimer: TimerState = { runningSince: null, banked: 0 };

export function startTimer(state: TimerState, now: number): TimerState {
  return state.runningSince === null ? { ...state, runningSince: now } : state;
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.runningSince === null) return state;
  return { runningSince: null, banked: state.banked + Math.max(0, now - state.runningSince) };
}

export function elapsedMs(state: TimerState, now: number): number {
  return state.banked + (state.runningSince === null ? 0 : Math.max(0, now - state.runningSince));
}

/** Milliseconds left in a slot of `minutes`; negative once over time. */
export function remainingMs(minutes: number, elapsed: number): number {
  return minutes * 60_000 - elapsed;
}

/** `m:ss` (or `h:mm:ss`), with a leading minus sign for overtime. Whole seconds, rounded down. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${ss}` : `${sign}${m}:${ss}`;
}
