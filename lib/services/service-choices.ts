/**
 * Lists a service's definition chooses from, without zod, so the admin editor's client code
 * can name them too.
 */
// Services about a place (a broken light, a road) describe it in their form; "optional" lets an
// online resident also attach the device's coordinates, with their consent.
export const LOCATION_NEEDS = ["none", "optional"] as const;
// When a resident who filed online without the card chip must still show the card in
// person: the manual says so, and the staff page reminds the officer.
export const IDENTITY_CHECKS = ["not_needed", "before_processing", "at_pickup"] as const;

/** A complaint is a request with its own clock (acknowledged, then answered) and its own list on the board. */
export const SERVICE_KINDS = ["service", "complaint"] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];
