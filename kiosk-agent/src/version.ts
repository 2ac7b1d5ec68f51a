/** Kept in step with package.json by a unit test; avoids JSON imports at runtime. */
export const AGENT_VERSION = "0.1.0";
