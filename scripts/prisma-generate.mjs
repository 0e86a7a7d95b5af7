#!/usr/bin/env node
// npm postinstall / npm run db:generate: `prisma generate` without network access.
// The Prisma CLI insists on a native schema-engine binary it cannot download here; `generate`
// never runs it, so PRISMA_SCHEMA_ENGINE_BINARY only has to name an existing file.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const schema = path.join(repoRoot, "prisma", "schema.prisma");
const prismaBin = path.join(repoRoot, "node_modules", ".bin", process.platform === "win32" ? "prisma.cmd" : "prisma");

if (!existsSync(schema)) {
  console.info("[prisma] prisma/schema.prisma finnes ikke ennå / does not exist yet: hopper over / skipping prisma generate");
  process.exit(0);
}
if (!existsSync(prismaBin)) {
  console.info("[prisma] prisma-CLI ikke installert / prisma CLI not installed (devDependencies omitted?): skipping generate");
  process.exit(0);
}

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY:
    process.env.PRISMA_SCHEMA_ENGINE_BINARY && existsSync(process.env.PRISMA_SCHEMA_ENGINE_BINARY)
      ? process.env.PRISMA_SCHEMA_ENGINE_BINARY
      : process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  PRISMA_DISABLE_WARNINGS: process.env.PRISMA_DISABLE_WARNINGS ?? "1",
  CHECKPOINT_DISABLE: "1",
  PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: "1",
};
const res = spawnSync(prismaBin, ["generate", ...process.argv.slice(2)], { cwd: repoRoot, env, stdio: "inherit" });
if (res.error) {
  console.error(`[prisma] ${res.error.message}`);
  process.exit(1);
}
process.exit(res.status ?? 1);
