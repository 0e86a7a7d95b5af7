import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { expiredSessionLoginUrl } from "./use-action-result";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

describe("expiredSessionLoginUrl", () => {
  it("sends the person to log in with this page (path and query) to return to", () => {
    const url = new URL(expiredSessionLoginUrl({ pathname: "/lis/plan", search: "?rediger=1" }), "http://localhost");
    expect(url.pathname).toBe("/logg-inn");
    expect(url.searchParams.get("neste")).toBe("/lis/plan?rediger=1");
    expect(url.searchParams.get("grunn")).toBe("utlopt");
  });
});

describe("every form bound to a server action uses useServerActionState", () => {
  it("no component or page calls React's useActionState directly (it would ignore an expired session)", () => {
    const direct = [...sourceFiles("components"), ...sourceFiles("app")]
      .filter((file) => file !== "components/form/use-action-result.ts" && !file.endsWith(".test.ts"))
      .filter((file) => /\buseActionState\b/.test(readFileSync(path.join(root, file), "utf8")));
    expect(direct).toEqual([]);
  });
});
