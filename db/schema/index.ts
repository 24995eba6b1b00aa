export * from "./users";
export * from "./jobs";
export * from "./candidates";
export * from "./sources";
export * from "./runner";
export * from "./sync";
export * from "./outbox";
