/** The administration sections, in menu order (/staff/admin/<section>). */
export const ADMIN_SECTIONS = ["services", "divisions", "holidays", "accounts", "kiosks", "api-keys", "ita", "audit"] as const;
