import { TIMELINE_CATEGORY_LABEL, type Timeline, type TimelineCategory, type TimelineSegment } from "@/lib/domain/timeline";

/**
 * A LIS's course as a timeline (issue 13 §3), server-rendered: on wider screens an SVG with one lane per
 * kind (arbeidsforhold, plan, spesialiseringsperioder) and today's line; on every screen the same facts
 * as an ordered list, which on a phone is the (vertical) timeline itself; and the summary in words.
 * Positions are SVG attributes in percent (no inline styles: the CSP has no 'unsafe-inline'), so the
 * picture is as wide as its box and never scrolls sideways. Each colour carries its word on the bar, in
 * the legend and in the list; fills and outlines are at least 3:1 against white.
 */

type Look = { fill: string; stroke: string | null; dash: string | null; text: string };

const LOOK: Record<TimelineCategory, Look> = {
  ANSATT: { fill: "#475569", stroke: null, dash: null, text: "#ffffff" },
  PLAN_HJEMME: { fill: "#ffffff", stroke: "#475569", dash: null, text: "#0f172a" },
  PLAN_PERIODE: { fill: "#ffffff", stroke: "#0b4f8a", dash: "6 3", text: "#083d6b" },
  ONSKET: { fill: "#eef5fb", stroke: "#0b4f8a", dash: "6 3", text: "#083d6b" },
  AVTALT: { fill: "#15803d", stroke: null, dash: null, text: "#ffffff" },
  PAGAR: { fill: "#166534", stroke: "#0f172a", dash: null, text: "#ffffff" },
  GJENNOMFORT: { fill: "#1e293b", stroke: null, dash: null, text: "#ffffff" },
  AVBRUTT: { fill: "#ffffff", stroke: "#b91c1c", dash: "2 2", text: "#7f1d1d" },
};

const TODAY_COLOUR = "#b45309";
const TENSE_TEXT = { FORBI: "tidligere", NA: "nå", FREMTID: "fremover" } as const;

const TOP = 22;
const LANE_LABEL = 18;
const ROW = 26;
const LANE_GAP = 10;
const AXIS = 22;
/** The thinnest bar drawn, so a short period stays visible (its dates are in the list). */
const MIN_WIDTH_PERCENT = 0.6;

function Swatch({ category }: { category: TimelineCategory }) {
  const look = LOOK[category];
  return (
    <svg aria-hidden="true" width="20" height="12" className="inline-block shrink-0 align-middle">
      <rect x="1" y="1" width="18" height="10" fill={look.fill} stroke={look.stroke ?? look.fill} strokeWidth="2" strokeDasharray={look.dash ?? undefined} />
    </svg>
  );
}

function Picture({ timeline, summaryId }: { timeline: Timeline; summaryId: string }) {
  const laneHeight = (rows: number) => LANE_LABEL + rows * ROW + LANE_GAP;
  const lanes = timeline.lanes.map((lane, i) => ({ lane, top: TOP + timeline.lanes.slice(0, i).reduce((sum, l) => sum + laneHeight(l.rows), 0) }));
  const height = TOP + timeline.lanes.reduce((sum, l) => sum + laneHeight(l.rows), 0) + AXIS;
  const pct = (n: number) => `${n}%`;
  const todayRight = timeline.today.offsetPercent > 70;
  const categories = [...new Set(timeline.segments.map((s) => s.category))];
  return (
    <figure className="mt-4 hidden sm:block" data-testid="tidslinje-bilde">
      {/* The right padding keeps a bar that ends on the axis's last day, and its outline, inside the box. */}
      <div className="pr-2">
        <svg role="img" aria-labelledby={summaryId} width="100%" height={height} className="block overflow-visible">
          {timeline.years.map((t) => (
            <g key={t.year}>
              <line x1={pct(t.offsetPercent)} x2={pct(t.offsetPercent)} y1={TOP - 4} y2={height - AXIS + 4} stroke="#64748b" strokeWidth="1" strokeDasharray="2 3" />
              {t.offsetPercent < 95 ? (
                <text x={pct(t.offsetPercent)} dx="3" y={height - 6} fontSize="12" fill="#334155">
                  {t.year}
                </text>
              ) : null}
            </g>
          ))}
          {lanes.map(({ lane, top }) => (
            <g key={lane.key}>
              <text x="0" y={top + 13} fontSize="13" fontWeight="600" fill="#0f172a">
                {lane.label}
              </text>
              {lane.segments.map((s) => (
                <Bar key={s.id} segment={s} y={top + LANE_LABEL + s.row * ROW} />
              ))}
            </g>
          ))}
          <line x1={pct(timeline.today.offsetPercent)} x2={pct(timeline.today.offsetPercent)} y1={TOP - 6} y2={height - AXIS + 4} stroke={TODAY_COLOUR} strokeWidth="3" />
          <text x={pct(timeline.today.offsetPercent)} dx={todayRight ? -5 : 5} y="12" fontSize="12" fontWeight="700" fill="#78350f" textAnchor={todayRight ? "end" : "start"}>
            {timeline.today.text}
          </text>
        </svg>
      </div>
      <figcaption className="mt-2">
        <span className="sr-only">Forklaring:</span>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
          {categories.map((c) => (
            <li key={c} className="inline-flex items-center gap-1">
              <Swatch category={c} /> {TIMELINE_CATEGORY_LABEL[c]}
            </li>
          ))}
          <li className="inline-flex items-center gap-1">
            <svg aria-hidden="true" width="12" height="14" className="inline-block align-middle">
              <line x1="6" x2="6" y1="0" y2="14" stroke={TODAY_COLOUR} strokeWidth="3" />
            </svg>{" "}
            I dag
          </li>
          <li>Stiplet kant: foreløpige datoer (ønsket start og normert tid, eller planen).</li>
        </ul>
      </figcaption>
    </figure>
  );
}

function Bar({ segment: s, y }: { segment: TimelineSegment; y: number }) {
  const look = LOOK[s.category];
  const width = Math.max(s.widthPercent, MIN_WIDTH_PERCENT);
  const h = ROW - 6;
  return (
    <g>
      <rect
        x={`${s.offsetPercent}%`}
        y={y + 1}
        width={`${width}%`}
        height={h}
        rx="3"
        fill={look.fill}
        stroke={look.stroke ?? "none"}
        strokeWidth="2"
        strokeDasharray={look.dash ?? undefined}
      />
      {/* A nested svg clips the word to its bar. */}
      <svg aria-hidden="true" x={`${s.offsetPercent}%`} y={y + 1} width={`${width}%`} height={h}>
        <text x="6" y={h / 2 + 4} fontSize="12" fontWeight="600" fill={look.text}>
          {s.statusLabel}: {s.label}
        </text>
      </svg>
    </g>
  );
}

/** The list: every segment in date order with today's line between them; on a phone, the timeline. */
function List({ timeline, label }: { timeline: Timeline; label: string }) {
  const firstAhead = timeline.segments.findIndex((s) => s.tense === "FREMTID");
  const todayAt = firstAhead === -1 ? timeline.segments.length : firstAhead;
  const items: ({ kind: "segment"; segment: TimelineSegment } | { kind: "today" })[] = timeline.segments.map((segment) => ({ kind: "segment", segment }));
  items.splice(todayAt, 0, { kind: "today" });
  return (
    <ol aria-label={label} className="mt-4 ml-2 border-l-2 border-slate-600" data-testid="tidslinje-liste">
      {items.map((item) =>
        item.kind === "today" ? (
          <li key="i-dag" aria-current="date" className="relative -ml-[2px] border-l-4 border-amber-700 py-1 pl-4 font-semibold text-amber-900" data-testid="tidslinje-i-dag">
            <span className="border-b-2 border-amber-700">{timeline.today.text}</span>
          </li>
        ) : (
          <li key={item.segment.id} className="py-2 pl-4">
            <p className="flex flex-wrap items-center gap-x-2">
              <Swatch category={item.segment.category} />
              <strong>{item.segment.statusLabel}</strong>
              <span className="text-sm text-slate-700">({item.segment.lane === "SPESIALISERINGSPERIODER" ? "spesialiseringsperiode" : item.segment.lane === "PLAN" ? "i planen" : "arbeidsforhold"}, {TENSE_TEXT[item.segment.tense]})</span>
            </p>
            <p className="break-words">{item.segment.label}</p>
            <p className="text-sm text-slate-800">
              {item.segment.dateText}
              {item.segment.tentative ? " (foreløpig)" : ""}
            </p>
            {item.segment.note ? <p className="text-sm text-slate-800">Begrunnelse: {item.segment.note}</p> : null}
          </li>
        ),
      )}
    </ol>
  );
}

/** The timeline section: heading, summary, picture (wide screens), list. */
export function TimelineView({ timeline, id = "tidslinje", heading = "Tidslinje", intro }: { timeline: Timeline; id?: string; heading?: string; intro?: string }) {
  const summaryId = `${id}-sammendrag`;
  return (
    <section aria-labelledby={id} className="mt-8" data-testid="tidslinje">
      <h2 id={id} className="text-xl font-semibold">
        {heading}
      </h2>
      {intro ? <p className="mt-2 text-slate-700">{intro}</p> : null}
      <p id={summaryId} className="mt-2" data-testid="tidslinje-sammendrag">
        {timeline.summary}
      </p>
      {timeline.empty ? null : (
        <>
          <Picture timeline={timeline} summaryId={summaryId} />
          <List timeline={timeline} label={`${heading} som liste, i datorekkefølge`} />
        </>
      )}
    </section>
  );
}
