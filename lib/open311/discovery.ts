import { publicUrlStatus } from "@/lib/config/public-url";

/**
 * The discovery document (https://wiki.open311.org/Service_discovery): from one URL a
 * client or a validator finds the API, its formats and how to get a key.
 */
export type Discovery = {
  changeset: string;
  contact: string;
  key_service: string;
  endpoints: { specification: string; url: string; changeset: string; type: "production" | "test"; formats: string[] }[];
};

// When this API last changed shape (not the catalogue: services.json says what is offered).
const CHANGESET = "2026-12-07T00:00:00+07:00";

export function discoveryDocument(requestBase: string): Discovery {
  const status = publicUrlStatus();
  const base = status.state === "set" ? status.url : requestBase;
  return {
    changeset: CHANGESET,
    contact: process.env.OPEN311_CONTACT ?? "เทศบาลตำบลก้อ อำเภอลี้ จังหวัดลำพูน / Ko Subdistrict Municipality, Li, Lamphun",
    key_service: process.env.OPEN311_KEY_SERVICE ?? `Ask the municipality's administrator for a key (${base}/en/services)`,
    endpoints: [
      {
        specification: "http://wiki.open311.org/GeoReport_v2",
        url: `${base}/open311/v2`,
        changeset: CHANGESET,
        type: "production",
        formats: ["text/xml", "application/json"],
      },
    ],
  };
}
