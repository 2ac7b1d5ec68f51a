/**
 * Every audit action is worded in Thai and English (messages/admin.*.json, `audit.actions`,
 * one entry per code: "holiday.added" is `audit.actions.holiday.added`). The page falls back
 * to the code itself for a code with no wording (an older or newer row), never to nothing.
 */
const ACTION_CODE = /^[a-z][a-z_]*\.[a-z][a-z_]*$/;

/** The message key (under `admin.audit`) that words this action code, or null when no key can name it. */
export function auditActionMessageKey(code: string): `actions.${string}` | null {
  return ACTION_CODE.test(code) ? `actions.${code}` : null;
}
