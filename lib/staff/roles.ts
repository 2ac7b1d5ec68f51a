/** Staff roles (issue 5): what each may do is decided in lib/staff/policy.ts. */
export const ROLES = ["ADMIN", "HEAD", "OFFICER", "COUNTER"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
