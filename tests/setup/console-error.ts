// Any console.error during a test fails that test (Epic Stack's rule): an error logged is a bug or a
// refusal logged as one (issue 8 §3). Opt out per test with allowConsoleError() from tests/helpers/console.
// console.error is replaced directly, not with vi.spyOn, so a test's vi.restoreAllMocks() cannot undo it.
import { format } from "node:util";
import { afterAll, afterEach, beforeEach } from "vitest";
import { consoleErrorState } from "../helpers/console";

const state = consoleErrorState();
const original = console.error;

console.error = (...args: unknown[]) => {
  state.calls.push(args);
  // Still visible in the output: the failure message points at it.
  original(...args);
};

function takeUnexpected(): unknown[][] {
  const calls = state.allowed ? [] : state.calls;
  state.calls = [];
  state.allowed = false;
  return calls;
}

function failure(calls: unknown[][], where: string): Error {
  const lines = calls.map((args, i) => `  ${i + 1}. ${format(...args).split("\n").slice(0, 8).join("\n     ")}`);
  return new Error(`console.error was called ${calls.length} time(s) ${where} (use allowConsoleError() if that is the behaviour under test):\n${lines.join("\n")}`);
}

beforeEach(() => {
  // Logged outside a test (beforeAll, module scope) fails the next test rather than vanishing.
  const before = takeUnexpected();
  if (before.length > 0) throw failure(before, "before this test (in a beforeAll or at import)");
});

afterEach(() => {
  const calls = takeUnexpected();
  if (calls.length > 0) throw failure(calls, "during this test");
});

afterAll(() => {
  const calls = takeUnexpected();
  console.error = original;
  if (calls.length > 0) throw failure(calls, "after the last test (in an afterAll)");
});
