import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { deviceIdFromPublicKey, publicKeyToBase64, signAttestation } from "kiosk-agent/attestation";
import { enrollKiosk } from "@/lib/kiosk/devices";
import { issueNonce } from "@/lib/kiosk/nonces";
import type { CardData, FilingRequest } from "@/lib/kiosk/contract";

/** A fictional Ko resident, as the agent returns the card (photo and meta left out). */
export const koResident: CardData = {
  citizenId: "1101700207030",
  nameTh: { prefix: "นาย", first: "สมชาย", middle: "", last: "ใจดี" },
  nameEn: { prefix: "Mr.", first: "Somchai", middle: "", last: "Jaidee" },
  birthDate: "1980-01-15",
  gender: "male",
  address: {
    houseNo: "99/1",
    moo: "3",
    lane: "",
    road: "",
    subdistrict: "ก้อ",
    district: "ลี้",
    province: "ลำพูน",
    text: "99/1 หมู่ที่ 3 ตำบลก้อ อำเภอลี้ จังหวัดลำพูน",
  },
  issuer: "อำเภอลี้/ลำพูน",
  issueDate: "2022-01-10",
  expiryDate: "2031-01-14",
};

export type TestKiosk = { name: string; publicKey: string; deviceId: string; privateKey: KeyObject };

/** A kiosk agent's key pair, enrolled under `name` unless told otherwise. */
export async function makeKiosk(name: string, options: { enroll?: boolean } = {}): Promise<TestKiosk> {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const base64 = publicKeyToBase64(publicKey);
  if (options.enroll ?? true) await enrollKiosk(name, base64);
  return { name, publicKey: base64, deviceId: deviceIdFromPublicKey(base64), privateKey };
}

/** A complete, validly signed kiosk filing for the street-light repair service. */
export async function signedFiling(kiosk: TestKiosk, overrides: Partial<FilingRequest> = {}): Promise<FilingRequest> {
  const { nonce } = await issueNonce();
  const card = overrides.card ?? koResident;
  return {
    idempotencyKey: crypto.randomUUID(),
    serviceCode: "PUBLIC_INFRASTRUCTURE_REPAIR",
    answers: { problemType: "street_light", location: "หน้าวัดก้อ หมู่ 3", poleNumber: "KO-117" },
    contactPhone: "081 234 5678",
    card,
    attestation: signAttestation({ privateKey: kiosk.privateKey, deviceId: kiosk.deviceId, nonce, data: card }),
    locale: "th",
    ...overrides,
  };
}
