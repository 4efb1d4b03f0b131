/** The emulator's notion of time. Lifecycles read `now()`; tests move it with `advance()`. */
export interface EmulatorClock {
  now(): number;
  /** Move time forward (ms may be negative only for a fake clock's `set`). */
  advance(ms: number): void;
}

/** Real time plus an offset that `advance()` grows, so a live emulator can be fast-forwarded. */
export class ShiftableClock implements EmulatorClock {
  constructor(public offsetMs = 0) {}
  now(): number {
    return Date.now() + this.offsetMs;
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

/** A clock that only moves when told to, for deterministic tests. */
export class FakeClock implements EmulatorClock {
  constructor(private current: number = Date.UTC(2025, 0, 1)) {}
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    this.current += ms;
  }
  set(ms: number): void {
    this.current = ms;
  }
}
