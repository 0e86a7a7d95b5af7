export * from "./types";
export * from "./plans";
export * from "./offers";
export * from "./queue";
export * from "./capacity";
export * from "./report";
export * from "./snapshot";
export * from "./forecast";
