// Staff accounts (issue 5): what `npm run staff` and the administration pages call.
export { createStaffAccount, type NewStaffAccount } from "./create-staff";
export { resetStaffPassword } from "./reset-password";
export { setStaffActive } from "./set-staff-active";
export { updateStaffAccount, type StaffChanges } from "./update-staff";
export { listStaffAccounts, type StaffAccountRow } from "./list-staff";
export type { AccountActor } from "./actor";
