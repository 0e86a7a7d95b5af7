/** What the intake form (innmeldingsskjema) for a partner with its own procedure holds (seed 000 §c). */
export type IntakeContent = {
  motivasjon: string;
  onsketOppstart: string; // yyyy-mm-dd
  oppnaddeLaeringsmal: string;
  kontaktinfo: string;
};

export function readIntakeContent(value: unknown): IntakeContent {
  const v = (value ?? {}) as Partial<Record<keyof IntakeContent, unknown>>;
  const text = (x: unknown) => (typeof x === "string" ? x : "");
  return { motivasjon: text(v.motivasjon), onsketOppstart: text(v.onsketOppstart), oppnaddeLaeringsmal: text(v.oppnaddeLaeringsmal), kontaktinfo: text(v.kontaktinfo) };
}
