/**
 * Demo mode (issue 11 §8): the invented demo people, their shared password and their listing on the
 * login page exist only where asked for. `npm start` on the embedded database turns it on unless told
 * otherwise; with DATABASE_URL set it is off unless DEMO_MODE=1 is set explicitly.
 */
export const DEMO_PERSON_ID_PREFIX = "seed-person-";

export function isDemoMode(env: Record<string, string | undefined> = process.env): boolean {
  return env.DEMO_MODE === "1";
}

export function isDemoPerson(personId: string): boolean {
  return personId.startsWith(DEMO_PERSON_ID_PREFIX);
}
