export * from "./types";
export * from "./plans";
export * from "./offers";
