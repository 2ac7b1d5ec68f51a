/** What reading each fictional sample card must give (photo and meta aside). */
export const EXPECTED = {
  "ko-resident": {
    citizenId: "1101700207030",
    nameTh: { prefix: "นาย", first: "สมชาย", middle: "", last: "ใจดี" },
    nameEn: { prefix: "Mr.", first: "Somchai", middle: "", last: "Jaidee" },
    birthDate: "1980-01-15",
    gender: "male",
    address: {
      houseNo: "99/1", moo: "3", lane: "", road: "", subdistrict: "ก้อ", district: "ลี้", province: "ลำพูน",
      text: "99/1 หมู่ที่ 3 ตำบลก้อ อำเภอลี้ จังหวัดลำพูน",
    },
    issuer: "อำเภอลี้/ลำพูน",
    issueDate: "2022-01-10",
    expiryDate: "2031-01-14",
  },
  bangkok: {
    citizenId: "1103700458212",
    nameTh: { prefix: "นางสาว", first: "มาลี", middle: "", last: "รักไทย" },
    nameEn: { prefix: "Miss", first: "Malee", middle: "", last: "Rakthai" },
    birthDate: "1992-12-03",
    gender: "female",
    address: {
      houseNo: "55/12", moo: "", lane: "ซอยพหลโยธิน 24", road: "พหลโยธิน", subdistrict: "จอมพล", district: "จตุจักร",
      province: "กรุงเทพมหานคร", text: "55/12 ซอยพหลโยธิน 24 ถนนพหลโยธิน แขวงจอมพล เขตจตุจักร กรุงเทพมหานคร",
    },
    issuer: "สำนักงานเขตจตุจักร/กรุงเทพมหานคร",
    issueDate: "2023-03-01",
    expiryDate: "2032-12-02",
  },
  "long-address": {
    citizenId: "1509900312744",
    nameTh: { prefix: "นาย", first: "ประเสริฐ", middle: "", last: "วงศ์สวัสดิ์" },
    nameEn: { prefix: "Mr.", first: "Prasert", middle: "", last: "Wongsawat" },
    birthDate: "1997-07-22",
    gender: "male",
    address: {
      houseNo: "123/456", moo: "12", lane: "ตรอกวัดพระธาตุหริภุญชัย ซอยเจริญราษฎร์ 7", road: "อินทยงยศ",
      subdistrict: "ในเมือง", district: "เมืองลำพูน", province: "ลำพูน",
      text: "123/456 หมู่ที่ 12 ตรอกวัดพระธาตุหริภุญชัย ซอยเจริญราษฎร์ 7 ถนนอินทยงยศ หมู่บ้านสวนลำไยทอง ตำบลในเมือง อำเภอเมืองลำพูน จังหวัดลำพูน",
    },
    issuer: "อำเภอเมืองลำพูน/ลำพูน",
    issueDate: "2024-08-15",
    expiryDate: "2033-07-21",
  },
  elderly: {
    citizenId: "3510500012687",
    nameTh: { prefix: "นาง", first: "บุญมา", middle: "", last: "ศรีวิชัย" },
    nameEn: { prefix: "Mrs.", first: "Boonma", middle: "", last: "Sriwichai" },
    birthDate: "1937",
    gender: "female",
    address: {
      houseNo: "12", moo: "5", lane: "", road: "", subdistrict: "ก้อ", district: "ลี้", province: "ลำพูน",
      text: "12 หมู่ที่ 5 ตำบลก้อ อำเภอลี้ จังหวัดลำพูน",
    },
    issuer: "อำเภอลี้/ลำพูน",
    issueDate: "2017-06-05",
    expiryDate: null,
  },
  "tone-marks": {
    citizenId: "3500100122451",
    nameTh: { prefix: "นางสาว", first: "ปิ่นแก้ว", middle: "เจ๊ะ", last: "ณ ลำพูนฯ" },
    nameEn: { prefix: "Miss", first: "Pinkaew", middle: "Jeh", last: "Na Lamphun" },
    birthDate: "1982-09",
    gender: "female",
    address: {
      houseNo: "7/3", moo: "1", lane: "", road: "", subdistrict: "ก้อ", district: "ลี้", province: "ลำพูน",
      text: "7/3 หมู่ที่ 1 ตำบลก้อ อำเภอลี้ จังหวัดลำพูน",
    },
    issuer: "อำเภอลี้/ลำพูน",
    issueDate: "2025-01-20",
    expiryDate: "2034-01-19",
  },
} as const;

export type SampleName = keyof typeof EXPECTED;
