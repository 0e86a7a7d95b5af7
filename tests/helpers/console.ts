// Any console.error during a test fails it (Epic Stack's rule; tests/setup/console-error.ts).
// A test that provokes one on purpose says so, and may check what was logged.

type ConsoleErrorState = { allowed: boolean; calls: unknown[][] };

const globalForConsole = globalThis as unknown as { __lisConsoleError?: ConsoleErrorState };

/** Shared with the setup file through globalThis, so both see one state whatever the module graph. */
export function consoleErrorState(): ConsoleErrorState {
  return (globalForConsole.__lisConsoleError ??= { allowed: false, calls: [] });
}

/**
 * Lets the current test log with console.error (use sparingly: only where logging is the behaviour
 * under test). Returns the calls so far, so the test can assert what was logged.
 */
export function allowConsoleError(): { calls: () => unknown[][] } {
  const state = consoleErrorState();
  state.allowed = true;
  return { calls: () => state.calls };
}
