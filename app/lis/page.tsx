import { requireRole } from "@/lib/auth/session";
import { getOwnEmployments } from "@/lib/server/people/get-own-employments";
import { PlanStandingBadge } from "@/components/plan-standing-badge";
import { formatDay } from "@/lib/format";
import Link from "next/link";

export const metadata = { title: "Min side" };

const TYPE_LABEL = { FAST: "Fast stilling", VIKARIAT: "Vikariat" } as const;
const PART_LABEL = { DEL2: "LIS 2", DEL3: "LIS 3" } as const;

export default async function LisStartPage() {
  const actor = await requireRole("LIS");
  const employments = await getOwnEmployments({ actor });
  return (
    <>
      <h1 className="text-2xl font-semibold">Min side</h1>
      <p className="mt-2 text-slate-700">Hei, {actor.name}. Her ser du arbeidsforholdene dine og status for gjennomføringsplanen.</p>
      <section aria-labelledby="arbeidsforhold" className="mt-8">
        <h2 id="arbeidsforhold" className="text-xl font-semibold">
          Arbeidsforhold
        </h2>
        {employments.length === 0 ? (
          <p className="mt-2">Du har ingen registrerte arbeidsforhold.</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {employments.map((e) => (
              <li key={e.id} className="rounded border border-slate-300 bg-white p-4">
                <p className="font-medium">
                  {e.title}, {e.department}
                </p>
                <p className="text-sm text-slate-700">
                  {e.organisation} · {e.specialty} · {PART_LABEL[e.part]} · {TYPE_LABEL[e.type]} · fra {formatDay(e.startDate)}
                  {e.endDate ? ` til ${formatDay(e.endDate)}` : ""}
                </p>
                <p className="mt-2 text-sm">
                  Gjennomføringsplan: <PlanStandingBadge standing={e.plan} />{" "}
                  <Link href="/lis/plan" className="ml-2 text-brand-800 underline">
                    Gå til planen
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
