import { beforeAll, describe, expect, it } from "vitest";
import { displayDeviceToken, enrolledDisplayName } from "./display-device";

beforeAll(() => {
  process.env.APP_SECRET ??= "display-device-test-secret-0123456789abcdef";
});

describe("enrolled display tokens", () => {
  it("name the screen they were made for, and only with this server's secret", () => {
    const token = displayDeviceToken("waiting-room");
    expect(enrolledDisplayName(token)).toBe("waiting-room");
    expect(enrolledDisplayName(token.replace("waiting-room", "lobby"))).toBeNull();
    expect(enrolledDisplayName(`${token}x`)).toBeNull();
    expect(enrolledDisplayName("")).toBeNull();
    expect(enrolledDisplayName(null)).toBeNull();
    expect(enrolledDisplayName(".abc")).toBeNull();
  });

  it("refuses names that would not fit a URL plainly", () => {
    expect(() => displayDeviceToken("Waiting Room")).toThrow();
    expect(() => displayDeviceToken("")).toThrow();
  });
});
