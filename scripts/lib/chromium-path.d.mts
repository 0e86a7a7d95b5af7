// Types for chromium-path.mjs (a plain ESM script, also run by Node without a build step).
export declare const NPM_CHROMIUM_DIR: string;
export declare const CHROMIUM_ARGS: string[];
export declare function ensureNpmChromium(): string;
export declare function resolveChromium(): { executablePath: string; source: "CHROMIUM_PATH" | "system" | "npm" };
