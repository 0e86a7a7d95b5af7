import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The repository's root, for tests that read or import its source files. */
export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");

/** A `"use server"` directive at the top of a module (after comments): every export is a server action. */
export const TOP_USE_SERVER = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*(["'])use server\1/;

/** Source files (not tests, not the generated Prisma client) under a folder of the repository, as relative paths. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return rel === "lib/generated" ? [] : sourceFiles(rel);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

/** Every source file of lib/ and app/ with its text. */
export function appSources(): { file: string; text: string }[] {
  return ["lib", "app"].flatMap(sourceFiles).map((file) => ({ file, text: readFileSync(path.join(REPO_ROOT, file), "utf8") }));
}
