import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layer rules (README "Architecture", issue 8 §7). Each layer gets one complete list, because a later
// config object replaces an earlier one's options for the same rule instead of merging them.
// `tests/unit/layer-rules.test.ts` lints forbidden imports through this file, so dropping a rule fails a test.
const rule = (regex, message, allowTypeImports = false) => ({ regex, message, allowTypeImports });

// Cross-folder imports go through `@/…`, so the rules below see every one of them.
const PARENT_RELATIVE = rule("^\\.\\./", "Importer på tvers av mapper med @/… (lagreglene leser bare slike stier).");

// Only lib/server, lib/db, lib/seed, scripts and tests reach the database (type imports are erased and allowed).
const DATABASE_RUNTIME = [
  rule("^@/lib/generated(/|$)", "Prisma-klienten brukes bare i lib/server, lib/db og lib/seed.", true),
  rule("^@/lib/db(/|$)", "Databaseklienten brukes bare i lib/server, lib/db og lib/seed.", true),
  rule("^@/lib/server/db$", "Databasen nås bare fra tjenestene i lib/server.", true),
  rule("^@prisma/", "Prisma brukes bare i lib/server, lib/db og lib/seed.", true),
  rule("^pg$", "Databasedriveren brukes bare i lib/db og skriptene.", true),
];

const NO_UI = [
  rule("^@/components(/|$)", "Bare app/ og components/ importerer komponenter."),
  rule("^@/app(/|$)", "Bare app/ importerer fra app/."),
];

// The pure core: no framework, no database, no I/O (HOUSE-STYLE "For this app" 2). Types too.
const DOMAIN = [
  rule("^(next|next-auth|react|react-dom)(/|$)", "lib/domain er ren: ingen Next eller React."),
  rule("^@prisma/|^pg$", "lib/domain er ren: ingen Prisma eller database."),
  rule("^server-only$", "lib/domain er ren og kan brukes både på tjener og klient."),
  rule("^@/lib/(generated|server|auth|db|actions|seed)(/|$)", "lib/domain importerer bare lib/domain, lib/format og lib/validation."),
  ...NO_UI,
  PARENT_RELATIVE,
];

// Components render what a service returned. They may name a service's return type (`import type`,
// erased at build), but never call a service, the session or the database: pages do that.
const COMPONENTS = [
  rule("^@/lib/server(/|$)", "Komponenter kaller ikke tjenester: siden henter data og sender dem inn (import type er lov).", true),
  rule("^@/lib/auth(/|$)", "Komponenter leser ikke økten: siden gjør det (import type er lov).", true),
  rule("^@/app(/|$)", "Komponenter importerer ikke fra app/."),
  ...DATABASE_RUNTIME,
  PARENT_RELATIVE,
];

const SERVER = [...NO_UI, rule("^@/lib/actions(/|$)", "Tjenester kaller ikke server actions."), PARENT_RELATIVE];

const ACTIONS = [...NO_UI, ...DATABASE_RUNTIME, PARENT_RELATIVE];

const APP = [...DATABASE_RUNTIME, PARENT_RELATIVE];

const OTHER_LIB = [...NO_UI, rule("^@/lib/(server|actions)(/|$)", "Denne delen av lib/ er ren og kaller ikke tjenester."), ...DATABASE_RUNTIME, PARENT_RELATIVE];

const layer = (files, patterns) => ({ files, rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns }] } });

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "no-console": ["warn", { allow: ["warn", "error", "info"] }],
    },
  },
  layer(["lib/domain/**"], DOMAIN),
  layer(["components/**"], COMPONENTS),
  layer(["lib/server/**"], SERVER),
  layer(["lib/actions/**"], ACTIONS),
  layer(["app/**"], APP),
  layer(["lib/auth/**"], [...NO_UI, ...DATABASE_RUNTIME, PARENT_RELATIVE]),
  layer(["lib/validation/**", "lib/*.ts", "lib/*.tsx"], OTHER_LIB),
  // Pure header and origin logic that proxy.ts and next.config.ts load (same-folder imports only).
  layer(["lib/security/**"], OTHER_LIB),
];

export default config;
