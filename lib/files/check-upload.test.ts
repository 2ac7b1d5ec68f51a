import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { EXECUTABLE, HTML_PAGE, PDF_WITH_SCRIPT, photoWithGps, plainPng } from "@/test/support/test-files";
import { checkUpload } from "./check-upload";
import { safeDisplayName } from "./display-name";

describe("checkUpload", () => {
  it("re-encodes a phone photo upright with no EXIF, GPS or other metadata left", async () => {
    const photo = await photoWithGps();
    const before = await sharp(photo).metadata();
    expect(before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true); // the GPS IFD pointer is really there
    expect(before.orientation).toBe(6);

    const result = await checkUpload(photo, "IMG_0001.JPG");
    if (!result.ok) throw new Error(result.code);
    const after = await sharp(result.file.bytes).metadata();
    expect(after).toMatchObject({ format: "jpeg", width: 48, height: 64 }); // turned by its orientation
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(result.file.bytes.includes(Buffer.from("TestCam"))).toBe(false);
    expect(result.file).toMatchObject({ mimeType: "image/jpeg", displayName: "IMG_0001.jpg", size: result.file.bytes.length });
    expect(result.file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("takes PNGs and keeps them PNG", async () => {
    const result = await checkUpload(await plainPng(), "scan.png");
    expect(result.ok && result.file.mimeType).toBe("image/png");
  });

  it("refuses an executable named .jpg and an HTML page named .pdf, whatever the name says", async () => {
    expect(await checkUpload(EXECUTABLE, "photo.jpg")).toEqual({ ok: false, code: "wrongType" });
    expect(await checkUpload(HTML_PAGE, "document.pdf")).toEqual({ ok: false, code: "wrongType" });
  });

  it("keeps a PDF with a script byte for byte (it is only ever served as a download)", async () => {
    const result = await checkUpload(PDF_WITH_SCRIPT, "form.pdf");
    if (!result.ok) throw new Error(result.code);
    expect(result.file.mimeType).toBe("application/pdf");
    expect(Buffer.compare(result.file.bytes, PDF_WITH_SCRIPT)).toBe(0);
  });

  it("refuses empty files, files over 10 MB, types the field does not take and broken images", async () => {
    expect(await checkUpload(new Uint8Array(0), "a.jpg")).toEqual({ ok: false, code: "empty" });
    const eleven = Buffer.concat([(await photoWithGps()).subarray(0, 100), Buffer.alloc(11 * 1024 * 1024)]);
    expect(await checkUpload(eleven, "big.jpg")).toEqual({ ok: false, code: "tooLarge" });
    expect(await checkUpload(PDF_WITH_SCRIPT, "a.pdf", { maxBytes: 100 })).toEqual({ ok: false, code: "tooLarge" });
    expect(await checkUpload(PDF_WITH_SCRIPT, "a.pdf", { accept: ["image/jpeg"] })).toEqual({ ok: false, code: "wrongType" });
    const truncated = (await photoWithGps()).subarray(0, 300);
    expect(await checkUpload(truncated, "cut.jpg")).toEqual({ ok: false, code: "unreadableImage" });
  });
});

describe("safeDisplayName", () => {
  it("drops folders and direction tricks and always ends in the real type", () => {
    expect(safeDisplayName("C:\\Users\\somchai\\บัตร.jpeg", "image/jpeg")).toBe("บัตร.jpg");
    expect(safeDisplayName("invoice\u202Egpj.exe", "application/pdf")).toBe("invoicegpj.pdf");
    expect(safeDisplayName("../../etc/passwd", "image/png")).toBe("passwd.png");
    expect(safeDisplayName("", "application/pdf")).toBe("document.pdf");
    expect(safeDisplayName(`${"ก".repeat(300)}.pdf`, "application/pdf")).toHaveLength(84);
  });
});
