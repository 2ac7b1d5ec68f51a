/** Where a request is in its life (the staff console drives the changes). */
export const REQUEST_STATUSES = ["new", "in_progress", "waiting_applicant", "done", "rejected"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
