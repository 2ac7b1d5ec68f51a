import { z } from "zod";

/** Usernames: 3-30 lower-case letters, digits, dot or underscore (what Better Auth's username plugin stores). */
export const USERNAME_PATTERN = /^[a-z0-9_.]{3,30}$/;

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(USERNAME_PATTERN);

/** Better Auth needs an email address; staff have none, so each gets one that can never deliver. */
export function placeholderEmail(username: string): string {
  return `${username}@staff.invalid`;
}
