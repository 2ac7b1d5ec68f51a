/**
 * What a staff password must be. Length is what matters (NIST SP 800-63B): at least 12
 * characters, no composition rules, and not something the system or the person already
 * gave away: the one-time password it replaces, or the username.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export type PasswordProblem = "too_short" | "too_long" | "same_as_current" | "contains_username" | "mismatch";

export function passwordProblem(input: { newPassword: string; confirmation: string; currentPassword: string; username: string }): PasswordProblem | null {
  const { newPassword, confirmation, currentPassword, username } = input;
  // Counted in code points, so a Thai password is measured as the person sees it.
  const length = [...newPassword].length;
  if (length < MIN_PASSWORD_LENGTH) return "too_short";
  if (length > MAX_PASSWORD_LENGTH) return "too_long";
  if (newPassword === currentPassword) return "same_as_current";
  // Every username counts, however short: usernames are 3 characters or more (username.ts).
  if (username.length > 0 && newPassword.toLowerCase().includes(username.toLowerCase())) return "contains_username";
  if (newPassword !== confirmation) return "mismatch";
  return null;
}
