import { describe, expect, it } from "vitest";
import { makeService } from "@/test/support/make-service";
import { toOpen311Definition, toOpen311Service } from "./services";
import { escapeXml, serviceDefinitionXml, servicesXml } from "./xml";

const label = (en: string, th: string) => ({ th, en });
const service = makeService({
  code: "STREET_LIGHT_REPAIR",
  name: label("Report a broken street light", "แจ้งซ่อมไฟฟ้าสาธารณะ"),
  keywords: ["ไฟดับ", "street light"],
  form: {
    fields: [
      { key: "location", type: "text", label: label("Location", "สถานที่"), help: label("Near which house?", "ใกล้บ้านเลขที่"), required: true, order: 1 },
      {
        key: "problem",
        type: "single",
        label: label("Problem", "ปัญหา"),
        required: true,
        order: 0,
        choices: [
          { value: "off", label: label("Light off", "ไฟไม่ติด") },
          { value: "flicker", label: label("Flickering", "ไฟกะพริบ") },
        ],
      },
      { key: "urgent", type: "yesno", label: label("Dangerous?", "อันตรายหรือไม่"), required: false, order: 2 },
      { key: "photo", type: "file", label: label("Photo", "รูปถ่าย"), required: false, order: 3, accept: ["image/jpeg"] },
      { key: "pole", type: "text", label: label("Pole number", "หมายเลขเสา"), required: true, order: 4, showWhen: { field: "problem", in: ["off"] } },
    ],
  },
});

describe("Open311 discovery", () => {
  it("describes a service with its division as the group", () => {
    expect(toOpen311Service(service, "en")).toEqual({
      service_code: "STREET_LIGHT_REPAIR",
      service_name: "Report a broken street light",
      description: "A service for tests",
      metadata: true,
      type: "realtime",
      keywords: "ไฟดับ, street light",
      group: "Engineering Division",
    });
    expect(toOpen311Service(service, "th").group).toBe("กองช่าง");
  });

  it("maps form fields to attributes in the form's order", () => {
    const definition = toOpen311Definition(service, "th");
    expect(definition.attributes.map((a) => [a.order, a.code, a.datatype, a.required])).toEqual([
      [1, "problem", "singlevaluelist", true],
      [2, "location", "string", true],
      [3, "urgent", "singlevaluelist", false],
      // The photo comes as media_url, and the pole number only when the light is off.
      [4, "pole", "string", false],
    ]);
    expect(toOpen311Definition(service, "en").attributes[3]?.datatype_description).toBe(
      "Asked only when attribute[problem] is off, and is then required (dropped when sent otherwise)",
    );
    expect(definition.attributes[0]?.values).toEqual([
      { key: "off", name: "ไฟไม่ติด" },
      { key: "flicker", name: "ไฟกะพริบ" },
    ]);
    expect(definition.attributes[1]).toMatchObject({ description: "สถานที่", datatype_description: "ใกล้บ้านเลขที่", variable: true });
    expect(definition.attributes[2]?.values?.map((v) => v.key)).toEqual(["true", "false"]);
  });

  it("says metadata is false when the form has no questions it can send", () => {
    expect(toOpen311Service(makeService(), "th").metadata).toBe(false);
    const photoOnly = makeService({ form: { fields: [{ key: "photo", type: "file", label: label("Photo", "รูป"), required: false, order: 0, accept: ["image/jpeg"] }] } });
    expect(toOpen311Service(photoOnly, "th").metadata).toBe(false);
  });

  it("writes well-formed, escaped UTF-8 XML", () => {
    const xml = servicesXml([{ ...toOpen311Service(service, "th"), description: 'a < b & "c"' }]);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(xml).toContain("<service_name>แจ้งซ่อมไฟฟ้าสาธารณะ</service_name>");
    expect(xml).toContain("<description>a &lt; b &amp; &quot;c&quot;</description>");
    const definitionXml = serviceDefinitionXml(toOpen311Definition(service, "en"));
    expect(definitionXml).toContain("<values><value><key>off</key><name>Light off</name></value>");
  });

  it("drops characters XML cannot carry", () => {
    expect(escapeXml("a\u0001b\u0007c")).toBe("abc");
  });
});
