import { beforeAll, describe, expect, it, vi } from "vitest";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { actorByEmail, scopeByEmail, seedDemo } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { multiplyLis } from "../helpers/multiply-lis";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { default: FeRegistryPage } = await import("@/app/koordinator/fiktiv-enhet/page");
const { default: CoordinatorPlansPage } = await import("@/app/koordinator/planer/page");
const { loadAllocationOverview } = await import("@/lib/server/allocation/list-allocations");
const { AllocationOverview } = await import("@/components/allocation/allocation-overview");
const { createVacancy } = await import("@/lib/actions/allocation/create-vacancy");
const { makeOffer } = await import("@/lib/actions/allocation/make-offer");

const MARIT = "marit.sorensen@eksempel.no"; // lokal koordinator, Helgeland
const HILDE = "hilde.pedersen@eksempel.no"; // lokal koordinator, NLSH
const ANDERS = "anders.haetta@eksempel.no"; // lokal koordinator, Finnmark
const TOR = "tor.henriksen@eksempel.no"; // regional koordinator, Helse Nord

/**
 * The server-rendered HTML of each page (react-dom/server over the page's own component, as Next renders
 * it; without Next's RSC payload, which roughly doubles what the browser receives).
 */
async function renderPages(): Promise<Record<string, string>> {
  const allocations = async (email: string, role: "LOKAL_KOORDINATOR" | "REGIONAL_KOORDINATOR", basePath: string) => {
    const scope = await scopeByEmail(email, "offer:read", role);
    const data = await loadAllocationOverview({ scope, params: {} });
    return renderToString(createElement(AllocationOverview, { basePath, offersCaption: "Tilbud", ...data }));
  };
  actAs(await actorByEmail(MARIT));
  const fe = renderToString(await FeRegistryPage({ searchParams: Promise.resolve({}) }));
  actAs(await actorByEmail(HILDE));
  const plans = renderToString(await CoordinatorPlansPage());
  return {
    "/koordinator/fiktiv-enhet": fe,
    "/koordinator/planer": plans,
    "/koordinator/tildelinger": await allocations(ANDERS, "LOKAL_KOORDINATOR", "/koordinator/tildelinger"),
    "/regional/tildelinger": await allocations(TOR, "REGIONAL_KOORDINATOR", "/regional/tildelinger"),
  };
}

/** Table rows and list items: the things a page shows one of per LIS, period or offer. */
const rowsIn = (html: string) => (html.match(/<(tr|li)[\s>]/g) ?? []).length;

/**
 * What one more shown row (a table row or a list item) may add to a page's HTML. A registry row used to
 * carry its whole set of "Endre" forms (≈ 1.5 KB per row and item here, 720 KB at national size); a
 * plan work-list row carries its reminder form.
 */
const BYTES_PER_ROW: Record<string, number> = {
  // measured ≈ 470 with the tools rendered on demand (≈ 1,500 with them in every row)
  "/koordinator/fiktiv-enhet": 700,
  // ≈ 2,320: the reminder form is in every row, and since the work tables reflow at 390 px (WCAG 1.4.10)
  // each cell carries its column's name for the card view (≈ 1,330 before); so the lists hold
  // PLAN_WORK_LIST_SIZE rows each (25 rows ≈ 58 KB)
  "/koordinator/planer": 2600,
  // ≈ 400
  "/koordinator/tildelinger": 600,
  "/regional/tildelinger": 600,
};

/** Half the 300 KB per page at national size, for the payload that comes on top. */
const MAX_HTML = 150_000;

describe("HTML per page (issue 9 §3: no page over ~300 KB at national size)", () => {
  let demo: Record<string, string>;
  let large: Record<string, string>;

  beforeAll(async () => {
    await seedDemo();
    // Offers for the allocations pages (the demo has none until someone offers a place).
    actAs(await actorByEmail("kristoffer.lund@eksempel.no"));
    const start = new Date();
    start.setUTCMonth(start.getUTCMonth() + 4, 1);
    const vacancy = await createVacancy({ departmentId: "seed-dept-unn-gastroenterologisk-kirurgi", startDate: start.toISOString().slice(0, 10), posts: "2", startWindowDays: "90" });
    if (!vacancy.ok) throw new Error(vacancy.message);
    for (const periodId of ["seed-periode-mathias-unn", "seed-periode-jonas-unn"]) {
      const offer = await makeOffer({ vacancyId: vacancy.data.id, periodId });
      if (!offer.ok) throw new Error(offer.message);
    }
    demo = await renderPages();
    await multiplyLis(4);
    large = await renderPages();
  }, 240_000);

  it("renders every page with rows at both sizes, more of them at 5×", () => {
    for (const [name, html] of Object.entries(large)) {
      expect(html.length, name).toBeGreaterThan(1000);
      expect(rowsIn(html), name).toBeGreaterThan(rowsIn(demo[name]!));
    }
    // The registry's row tools are there, closed: their forms are rendered only when opened.
    expect(large["/koordinator/fiktiv-enhet"]).toContain("Endre<span class=\"sr-only\"> registrering og ønsker for");
    expect(large["/koordinator/fiktiv-enhet"]).not.toContain("Avslutt registrering");
  });

  it("grows by no more than a small budget per shown row from 1× to 5× data, and stays far under the limit", () => {
    const perRow = Object.fromEntries(
      Object.keys(large).map((name) => [name, Math.round((large[name]!.length - demo[name]!.length) / Math.max(1, rowsIn(large[name]!) - rowsIn(demo[name]!)))]),
    );
    const over = Object.entries(perRow).filter(([name, bytes]) => bytes > BYTES_PER_ROW[name]!);
    expect(over, JSON.stringify(perRow)).toEqual([]);
    const tooBig = Object.entries(large).filter(([, html]) => html.length > MAX_HTML).map(([name, html]) => [name, html.length]);
    expect(tooBig).toEqual([]);
  });
});
