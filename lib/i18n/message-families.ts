/**
 * Each screen family keeps its texts in its own file, messages/<family>.<locale>.json,
 * under the family's name as namespace; the public site's are in messages/<locale>.json.
 */
export const MESSAGE_FAMILIES = ["kiosk", "staff", "board", "workflow", "counter", "admin", "reports", "online", "survey", "files", "transparency", "integrity", "ita"] as const;
