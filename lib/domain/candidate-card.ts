import { formatDay } from "@/lib/format";
import { monthsBetween } from "./calendar";
import { monthsText } from "./rules";

/**
 * The facts on a ranked candidate's card for the receiving leader (issue 10 §3): a ranked candidate is
 * eligible, so the plan is approved and valid and the fagavtale's prerequisites are met; and how long
 * they have waited in the fiktiv enhet by the vacancy's start (a date of the vacancy, not of the
 * moment the page was drawn, so the card reads the same every time).
 */
export function candidateCardFacts(c: { feRegisteredOn: Date | null; queueDate: Date | null }, vacancyStart: Date): string[] {
  const facts = ["Gjennomføringsplanen er godkjent og gyldig", "forkunnskapskravene i fagavtalen er oppfylt"];
  if (c.feRegisteredOn) {
    const months = Math.max(0, monthsBetween(c.feRegisteredOn, vacancyStart));
    facts.push(`i fiktiv enhet fra ${formatDay(c.feRegisteredOn)} (${monthsText(months)} ved stillingens start)`);
  }
  if (c.queueDate) facts.push(`i mottakende foretaks kø fra ${formatDay(c.queueDate)}`);
  return facts;
}
