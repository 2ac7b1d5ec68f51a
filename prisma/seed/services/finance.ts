import type { ServiceDefinitionInput } from "@/lib/services/service-definition";

/** กองคลัง (Finance Division): local taxes, fees and commercial registration. */

export const financeServices: ServiceDefinitionInput[] = [
  {
    code: "LAND_BUILDING_TAX",
    division: "FINANCE",
    category: "tax",
    name: { th: "ชำระภาษีที่ดินและสิ่งปลูกสร้าง", en: "Land and building tax" },
    description: {
      th: "ชำระภาษีที่ดินและสิ่งปลูกสร้างประจำปีตามหนังสือแจ้งการประเมินของเทศบาล ขอผ่อนชำระ หรือขอตรวจสอบและคัดค้านการประเมิน",
      en: "Pay the annual land and building tax shown on the municipality's assessment notice, ask to pay in instalments, or ask for the assessment to be checked or object to it.",
    },
    processing: {
      workingDays: 0,
      basis: "statutory",
      note: {
        th: "ต้องชำระภาษีภายในเดือนเมษายนของทุกปี เว้นแต่กระทรวงมหาดไทยประกาศขยายเวลา เทศบาลส่งหนังสือแจ้งการประเมินภายในเดือนกุมภาพันธ์ การชำระเงินและรับใบเสร็จเสร็จในวันที่ยื่น หากไม่เห็นด้วยกับการประเมิน ยื่นคำร้องคัดค้านได้ภายใน 30 วันนับแต่วันที่ได้รับแจ้งการประเมิน และผู้บริหารท้องถิ่นพิจารณาให้แล้วเสร็จภายใน 60 วัน",
        en: "The tax must be paid by the end of April each year unless the Ministry of Interior extends the deadline. The municipality sends assessment notices by February. Payment and receipt are done on the day. If you disagree with the assessment, you may object within 30 days of receiving the notice; the local executive decides within 60 days.",
      },
    },
    fee: {
      th: "ภาษีคำนวณจากมูลค่าที่ดินและสิ่งปลูกสร้างตามราคาประเมินทุนทรัพย์ หักมูลค่าที่ได้รับยกเว้น แล้วคูณด้วยอัตราภาษีตามประเภทการใช้ประโยชน์ (เกษตรกรรม ที่อยู่อาศัย อื่น ๆ และที่ดินรกร้างว่างเปล่า) ตามอัตราที่พระราชกฤษฎีกากำหนดซึ่งไม่เกินเพดานในพระราชบัญญัติ บ้านที่เจ้าของซึ่งเป็นบุคคลธรรมดาอยู่อาศัยและมีชื่อในทะเบียนบ้าน ณ วันที่ 1 มกราคม ได้รับยกเว้นสำหรับมูลค่าไม่เกิน 50 ล้านบาท ภาษีตั้งแต่ 3,000 บาทขึ้นไปขอผ่อนชำระได้ 3 งวด ชำระเกินกำหนดต้องเสียเบี้ยปรับและเงินเพิ่มร้อยละ 1 ต่อเดือนตามกฎหมาย",
      en: "The tax is the appraised value of the land and buildings, less any exempt value, times the rate for the type of use (agriculture, residential, other, or vacant land) set by royal decree within the ceilings in the Act. A home lived in by an individual owner whose name is in its house register on 1 January is exempt up to a value of 50 million baht. Tax of 3,000 baht or more may be paid in three instalments. Late payment incurs a penalty and a surcharge of 1% per month as the law provides.",
    },
    criteria: {
      th: "เจ้าของที่ดินหรือสิ่งปลูกสร้าง หรือผู้ครอบครองหรือทำประโยชน์ในทรัพย์สินของรัฐ ณ วันที่ 1 มกราคมของปีภาษี ซึ่งทรัพย์สินตั้งอยู่ในเขตเทศบาลตำบลก้อ ผู้อื่นชำระแทนได้",
      en: "Owners of land or buildings, or occupiers or users of state property, on 1 January of the tax year, for property within Ko Subdistrict Municipality. Someone else may pay on the owner's behalf.",
    },
    legalBasis: {
      th: "พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562 และกฎหมายลำดับรองที่ออกตามพระราชบัญญัตินี้ (พระราชกฤษฎีกากำหนดอัตราภาษี และกฎกระทรวงว่าด้วยการผ่อนชำระภาษี)",
      en: "Land and Building Tax Act B.E. 2562 (2019) and the secondary legislation under it (the royal decree setting tax rates and the ministerial regulation on instalments)",
    },
    documents: [
      {
        th: "หนังสือแจ้งการประเมินภาษี (ถ้ามี)",
        en: "The tax assessment notice (if you have it)",
      },
      {
        th: "หนังสือมอบอำนาจ กรณียื่นคำร้องคัดค้านหรือขอผ่อนชำระแทนเจ้าของ (การชำระเงินอย่างเดียวไม่ต้องใช้)",
        en: "Written power of attorney, if you object or ask for instalments on the owner's behalf (not needed just to pay)",
      },
    ],
    steps: [
      {
        th: "ยื่นคำขอ เจ้าหน้าที่ค้นข้อมูลการประเมินของผู้เสียภาษี",
        en: "Make your request; the officer looks up the taxpayer's assessment",
        minutes: 10,
      },
      {
        th: "ตรวจสอบยอดภาษี เบี้ยปรับ และเงินเพิ่ม (ถ้ามี) และแจ้งยอดชำระหรือจัดทำแผนผ่อนชำระ",
        en: "The tax, any penalty and surcharge are checked and the amount due, or an instalment plan, is given to you",
        minutes: 10,
      },
      {
        th: "ชำระเงินและรับใบเสร็จรับเงิน",
        en: "Pay and receive the receipt",
        minutes: 5,
      },
      {
        th: "กรณีคัดค้านการประเมิน เจ้าหน้าที่เสนอผู้บริหารท้องถิ่นพิจารณาภายใน 60 วัน และแจ้งผลเป็นหนังสือ",
        en: "For an objection, the officer refers it to the local executive, who decides within 60 days and informs you in writing",
      },
    ],
    channels: ["kiosk", "counter", "online"],
    keywords: [
      "ภาษีที่ดิน",
      "ภาษีบ้าน",
      "ภาษีโรงเรือน",
      "ภาษีที่ดินและสิ่งปลูกสร้าง",
      "ผ่อนภาษี",
      "land tax",
      "property tax",
      "building tax",
    ],
    form: {
      fields: [
        {
          key: "requestType",
          type: "single",
          label: { th: "ต้องการดำเนินการ", en: "What would you like to do?" },
          required: true,
          order: 0,
          choices: [
            { value: "pay_in_full", label: { th: "ชำระภาษีเต็มจำนวน", en: "Pay in full" } },
            { value: "pay_in_instalments", label: { th: "ขอผ่อนชำระ", en: "Pay in instalments" } },
            { value: "check_assessment", label: { th: "ขอตรวจสอบการประเมิน", en: "Have the assessment checked" } },
            { value: "object_to_assessment", label: { th: "ขอคัดค้านการประเมิน", en: "Object to the assessment" } },
          ],
        },
        {
          key: "assessmentNoticeNumber",
          type: "text",
          label: { th: "เลขที่หนังสือแจ้งการประเมิน", en: "Assessment notice number" },
          help: { th: "ถ้ามี", en: "If you have it." },
          required: false,
          order: 1,
          maxLength: 50,
          showWhen: { field: "requestType", in: ["pay_in_full", "pay_in_instalments", "check_assessment"] },
        },
        // An objection is to one notice, received within the last 30 days: its number is needed.
        {
          key: "objectedNoticeNumber",
          type: "text",
          label: { th: "เลขที่หนังสือแจ้งการประเมินที่ขอคัดค้าน", en: "Number of the assessment notice you object to" },
          help: {
            th: "ยื่นคัดค้านได้ภายใน 30 วันนับแต่วันที่ได้รับหนังสือแจ้งการประเมิน",
            en: "An objection is made within 30 days of receiving the assessment notice.",
          },
          required: true,
          order: 2,
          maxLength: 50,
          showWhen: { field: "requestType", in: ["object_to_assessment"] },
        },
        {
          key: "propertyReferences",
          type: "text",
          label: { th: "เลขที่โฉนดหรือเลขที่ดินของทรัพย์สิน", en: "Title deed or parcel numbers of the property" },
          help: {
            th: "กรอกเมื่อไม่มีหนังสือแจ้งการประเมิน หรือชำระแทนผู้อื่น",
            en: "If you have no assessment notice, or are paying for someone else.",
          },
          required: false,
          order: 3,
          maxLength: 300,
        },
        {
          key: "objectionReason",
          type: "longtext",
          label: { th: "เหตุผลที่คัดค้านหรือขอตรวจสอบ", en: "Why you object or want a check" },
          help: {
            th: "เช่น การใช้ประโยชน์ที่ดินไม่ตรงกับที่ประเมิน พื้นที่สิ่งปลูกสร้างไม่ถูกต้อง",
            en: "For example the land use or the building area in the assessment is wrong.",
          },
          required: true,
          order: 4,
          maxLength: 3000,
          showWhen: { field: "requestType", in: ["check_assessment", "object_to_assessment"] },
        },
        {
          key: "evidence",
          type: "file",
          label: { th: "หลักฐานประกอบ", en: "Supporting evidence" },
          required: false,
          order: 5,
          showWhen: { field: "requestType", in: ["check_assessment", "object_to_assessment"] },
          accept: ["image/jpeg", "image/png", "application/pdf"],
          maxFiles: 5,
          maxSizeMb: 10,
        },
      ],
    },
  },
  {
    code: "SIGNBOARD_TAX",
    division: "FINANCE",
    category: "tax",
    name: { th: "ยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) และชำระภาษีป้าย", en: "Signboard tax return (form ภ.ป.1) and payment" },
    description: {
      th: "เจ้าของป้ายที่แสดงชื่อ ยี่ห้อ หรือเครื่องหมายเพื่อการค้าหรือโฆษณา ยื่นแบบแสดงรายการภาษีป้ายและชำระภาษีประจำปี หรือแจ้งป้ายที่ติดตั้งใหม่ เปลี่ยนแปลง หรือรื้อถอน",
      en: "Owners of signs showing a business name, brand or mark for trade or advertising file the annual signboard tax return and pay the tax, or report a new, changed or removed sign.",
    },
    processing: {
      workingDays: 0,
      basis: "statutory",
      note: {
        th: "ยื่นแบบ ภ.ป.1 ภายในวันที่ 31 มีนาคมของทุกปี ป้ายที่ติดตั้งใหม่ยื่นภายใน 15 วันนับแต่วันที่ติดตั้ง เจ้าหน้าที่รับแบบและแจ้งการประเมินในวันที่ยื่นเมื่อข้อมูลครบถ้วน ต้องชำระภาษีภายใน 15 วันนับแต่วันที่ได้รับแจ้งการประเมิน ยื่นแบบเกินกำหนดต้องเสียเงินเพิ่มร้อยละ 10 ของค่าภาษี และชำระเกินกำหนดต้องเสียเงินเพิ่มร้อยละ 2 ต่อเดือน",
        en: "File form ภ.ป.1 by 31 March each year; for a new sign, within 15 days of putting it up. When the details are complete, the officer receives the return and issues the assessment on the same day. The tax must be paid within 15 days of the assessment. Late filing adds 10% of the tax; late payment adds 2% per month.",
      },
    },
    fee: {
      th: "อัตราภาษีตามกฎกระทรวงกำหนดอัตราภาษีป้าย พ.ศ. 2563 คิดตามพื้นที่ป้ายทุก 500 ตารางเซนติเมตร: (1) ป้ายอักษรไทยล้วน 5 บาท หรือ 10 บาทหากข้อความเคลื่อนที่หรือเปลี่ยนได้ (2) ป้ายอักษรไทยปนอักษรต่างประเทศ หรือปนภาพหรือเครื่องหมาย 26 บาท หรือ 52 บาทหากข้อความเคลื่อนที่หรือเปลี่ยนได้ (3) ป้ายที่ไม่มีอักษรไทย หรือมีอักษรไทยบางส่วนหรือทั้งหมดอยู่ใต้หรือต่ำกว่าอักษรต่างประเทศ 50 บาท หรือ 52 บาทหากข้อความเคลื่อนที่หรือเปลี่ยนได้ ป้ายที่คำนวณแล้วเสียภาษีต่ำกว่า 200 บาท ให้เสียป้ายละ 200 บาท ป้ายที่ติดตั้งระหว่างปีเสียภาษีตามส่วนเป็นรายงวด งวดละ 3 เดือน",
      en: "Rates under the Ministerial Regulation on Signboard Tax Rates B.E. 2563 (2020), per 500 cm² of sign area: (1) Thai script only: 5 baht, or 10 baht if the text moves or changes; (2) Thai mixed with foreign script, pictures or marks: 26 baht, or 52 baht if the text moves or changes; (3) no Thai script, or Thai script partly or wholly below the foreign script: 50 baht, or 52 baht if the text moves or changes. The minimum is 200 baht per sign. Signs put up during the year pay pro rata by three-month periods.",
    },
    criteria: {
      th: "เจ้าของป้ายที่แสดงชื่อ ยี่ห้อ หรือเครื่องหมายที่ใช้ในการประกอบการค้าหรือกิจการอื่นเพื่อหารายได้ หรือเพื่อโฆษณา ซึ่งติดตั้งในเขตเทศบาลตำบลก้อ เว้นแต่ป้ายที่ได้รับยกเว้นตามมาตรา 8 แห่งพระราชบัญญัติภาษีป้าย",
      en: "Owners of signs displaying a name, brand or mark used in trade or other income-earning business, or for advertising, within Ko Subdistrict Municipality, except signs exempted by section 8 of the Signboard Tax Act.",
    },
    legalBasis: {
      th: "พระราชบัญญัติภาษีป้าย พ.ศ. 2510 และที่แก้ไขเพิ่มเติม; กฎกระทรวงกำหนดอัตราภาษีป้าย พ.ศ. 2563",
      en: "Signboard Tax Act B.E. 2510 (1967), as amended; Ministerial Regulation on Signboard Tax Rates B.E. 2563 (2020)",
    },
    documents: [
      {
        th: "หนังสือมอบอำนาจ กรณียื่นแทนเจ้าของป้าย",
        en: "Written power of attorney, if you file for the sign owner",
      },
      {
        th: "ใบเสร็จรับเงินภาษีป้ายปีก่อน (ถ้ามี) ช่วยให้ตรวจสอบได้เร็วขึ้น",
        en: "Last year's signboard tax receipt (if you have it), which speeds up the check",
      },
    ],
    steps: [
      {
        th: "ยื่นแบบ ภ.ป.1 เจ้าหน้าที่ตรวจรายการป้ายและขนาด",
        en: "File form ภ.ป.1; the officer checks the list of signs and their sizes",
        minutes: 15,
      },
      {
        th: "เจ้าหน้าที่คำนวณภาษีและแจ้งการประเมิน (กรณีจำเป็น ตรวจวัดป้าย ณ สถานที่ติดตั้ง)",
        en: "The officer calculates the tax and issues the assessment (measuring the signs on site where necessary)",
        minutes: 15,
      },
      {
        th: "ชำระภาษีและรับใบเสร็จรับเงิน",
        en: "Pay the tax and receive the receipt",
        minutes: 5,
      },
    ],
    channels: ["kiosk", "counter", "online"],
    keywords: ["ภาษีป้าย", "ป้ายร้าน", "ป้ายโฆษณา", "ภ.ป.1", "signboard tax", "sign tax", "shop sign"],
    form: {
      fields: [
        {
          key: "filingReason",
          type: "single",
          label: { th: "เหตุที่ยื่น", en: "Reason for filing" },
          required: true,
          order: 0,
          choices: [
            { value: "annual", label: { th: "ยื่นแบบประจำปี", en: "Annual return" } },
            { value: "new_sign", label: { th: "ติดตั้งป้ายใหม่", en: "New sign" } },
            { value: "changed_sign", label: { th: "เปลี่ยนแปลงแก้ไขป้าย", en: "Changed sign" } },
            { value: "removed_sign", label: { th: "รื้อถอนหรือเลิกใช้ป้าย", en: "Sign removed" } },
          ],
        },
        {
          key: "businessName",
          type: "text",
          label: { th: "ชื่อร้านหรือกิจการ", en: "Shop or business name" },
          required: true,
          order: 1,
          maxLength: 200,
        },
        {
          key: "signLocation",
          type: "text",
          label: { th: "สถานที่ติดตั้งป้าย", en: "Where the signs are" },
          help: { th: "บ้านเลขที่ หมู่ที่ และจุดสังเกต", en: "House number, village number (หมู่ที่) and a landmark." },
          required: true,
          order: 2,
          maxLength: 300,
        },
        {
          key: "signCount",
          type: "number",
          label: { th: "จำนวนป้าย", en: "Number of signs" },
          required: true,
          order: 3,
          min: 1,
          max: 100,
          integer: true,
          unit: { th: "ป้าย", en: "signs" },
        },
        {
          key: "signDetails",
          type: "longtext",
          label: { th: "รายละเอียดป้ายแต่ละป้าย", en: "Details of each sign" },
          help: {
            th: "ระบุข้อความบนป้าย ลักษณะอักษร (ไทยล้วน / ไทยปนต่างประเทศหรือภาพ / ไม่มีอักษรไทยหรือไทยอยู่ต่ำกว่า) ขนาดกว้าง × ยาว เป็นเซนติเมตร และเป็นป้ายไฟวิ่งหรือเปลี่ยนข้อความได้หรือไม่",
            en: "For each sign: its text, the script (Thai only / Thai mixed with foreign script or pictures / no Thai or Thai below), width × height in cm, and whether the text moves or changes electronically.",
          },
          required: true,
          order: 4,
          maxLength: 3000,
        },
        {
          key: "installDate",
          type: "date",
          label: { th: "วันที่ติดตั้งหรือเปลี่ยนแปลงป้าย", en: "Date the sign was put up or changed" },
          required: true,
          order: 5,
          notAfter: "today",
          showWhen: { field: "filingReason", in: ["new_sign", "changed_sign"] },
        },
        {
          key: "signPhotos",
          type: "file",
          label: { th: "ภาพถ่ายป้าย", en: "Photos of the signs" },
          required: false,
          order: 6,
          accept: ["image/jpeg", "image/png"],
          maxFiles: 5,
          maxSizeMb: 5,
        },
      ],
    },
  },
  {
    code: "WASTE_WATER_FEE_PAYMENT",
    division: "FINANCE",
    category: "tax",
    name: { th: "ชำระค่าธรรมเนียมเก็บขนขยะมูลฝอยและค่าน้ำประปา", en: "Waste collection fee and water bill payment" },
    description: {
      th: "ชำระค่าธรรมเนียมเก็บขนขยะมูลฝอยและค่าน้ำประปาของเทศบาล และรับใบเสร็จรับเงินทันที",
      en: "Pay the municipal waste collection fee and water bill and get your receipt straight away.",
    },
    processing: {
      workingDays: 0,
      basis: "statutory",
      note: {
        th: "ชำระและรับใบเสร็จรับเงินทันทีที่จุดรับชำระเงินของกองคลัง ตู้บริการช่วยค้นยอดค้างชำระและออกบัตรคิว",
        en: "Pay and receive the receipt at once at the Finance Division's cash desk. The kiosk looks up the amount due and gives you a queue ticket.",
      },
    },
    fee: {
      th: "ค่าเก็บขนขยะมูลฝอยตามอัตราในเทศบัญญัติเทศบาลตำบลก้อ ซึ่งไม่เกินอัตราที่กฎกระทรวงตามพระราชบัญญัติการสาธารณสุข พ.ศ. 2535 กำหนด ค่าน้ำประปาคิดตามปริมาณน้ำที่ใช้ (ลูกบาศก์เมตร) ตามอัตราที่เทศบาลประกาศ ไม่มีค่าธรรมเนียมการรับชำระเพิ่ม",
      en: "The waste collection fee is charged at the rate in Ko Subdistrict Municipality's ordinance, which may not exceed the ministerial rates under the Public Health Act B.E. 2535. Water is charged per cubic metre used at the rates the municipality announces. There is no extra charge for paying.",
    },
    criteria: {
      th: "ผู้ใช้บริการเก็บขนขยะมูลฝอยหรือผู้ใช้น้ำประปาของเทศบาล หรือผู้ที่ชำระแทน ควรชำระภายในกำหนดที่ระบุในใบแจ้งหนี้",
      en: "Users of the municipal waste collection or water supply, or anyone paying for them. Please pay by the date on the bill.",
    },
    legalBasis: {
      th: "พระราชบัญญัติการสาธารณสุข พ.ศ. 2535 และที่แก้ไขเพิ่มเติม; กฎกระทรวงการจัดการมูลฝอยทั่วไป พ.ศ. 2560; เทศบัญญัติเทศบาลตำบลก้อว่าด้วยการจัดการมูลฝอย; เทศบัญญัติหรือประกาศเทศบาลตำบลก้อว่าด้วยการให้บริการน้ำประปา",
      en: "Public Health Act B.E. 2535 (1992), as amended; Ministerial Regulation on General Waste Management B.E. 2560 (2017); Ko Subdistrict Municipality ordinance on waste management; Ko Subdistrict Municipality ordinance or announcement on water supply",
    },
    documents: [
      {
        th: "ใบแจ้งหนี้ค่าน้ำหรือค่าขยะ (ถ้ามี)",
        en: "The water or waste bill (if you have it)",
      },
    ],
    steps: [
      {
        th: "แจ้งรายการที่ต้องการชำระ หรือรับบัตรคิวจากตู้บริการ",
        en: "Say what you want to pay, or take a queue ticket at the kiosk",
        minutes: 2,
      },
      {
        th: "เจ้าหน้าที่ค้นยอดค้างชำระและแจ้งยอดเงิน",
        en: "The officer looks up and tells you the amount due",
        minutes: 3,
      },
      {
        th: "ชำระเงินและรับใบเสร็จรับเงิน",
        en: "Pay and receive the receipt",
        minutes: 3,
      },
    ],
    channels: ["kiosk", "counter"],
    keywords: ["ค่าน้ำ", "ค่าขยะ", "ค่าประปา", "จ่ายค่าน้ำ", "ใบแจ้งหนี้", "water bill", "waste fee", "garbage fee", "rubbish"],
    form: {
      fields: [
        {
          key: "feeTypes",
          type: "multi",
          label: { th: "รายการที่ต้องการชำระ", en: "What you want to pay" },
          required: true,
          order: 0,
          choices: [
            { value: "waste_collection", label: { th: "ค่าเก็บขนขยะมูลฝอย", en: "Waste collection fee" } },
            { value: "water_supply", label: { th: "ค่าน้ำประปา", en: "Water bill" } },
          ],
        },
        {
          key: "waterAccountNumber",
          type: "text",
          label: { th: "เลขที่ผู้ใช้น้ำ", en: "Water account number" },
          help: { th: "ตามที่ระบุในใบแจ้งหนี้ค่าน้ำ (ถ้ามี)", en: "As shown on the water bill, if you have it." },
          required: false,
          order: 1,
          maxLength: 30,
          showWhen: { field: "feeTypes", in: ["water_supply"] },
        },
        {
          key: "billingPeriod",
          type: "text",
          label: { th: "เดือนที่ต้องการชำระ", en: "Months to pay for" },
          help: { th: "เช่น มกราคม-มีนาคม 2569", en: "For example: January-March 2026." },
          required: false,
          order: 2,
          maxLength: 100,
        },
        {
          key: "serviceAddress",
          type: "text",
          label: { th: "ที่อยู่ที่ใช้บริการ", en: "Service address" },
          help: {
            th: "กรอกเฉพาะกรณีไม่ใช่ที่อยู่ตามบัตรประจำตัวประชาชนของท่าน",
            en: "Only if it differs from the address on your ID card.",
          },
          required: false,
          order: 3,
          maxLength: 300,
        },
      ],
    },
  },
  {
    code: "COMMERCIAL_REGISTRATION",
    division: "FINANCE",
    category: "business",
    name: { th: "จดทะเบียนพาณิชย์", en: "Commercial registration" },
    description: {
      th: "จดทะเบียนพาณิชย์ตั้งใหม่ เปลี่ยนแปลงรายการ เลิกประกอบพาณิชยกิจ หรือขอใบแทนใบทะเบียนพาณิชย์ สำหรับร้านค้าและกิจการในเขตเทศบาล",
      en: "Register a new business, change its details, close it, or replace a lost registration certificate, for shops and businesses in the municipality.",
    },
    processing: {
      workingDays: 1,
      basis: "statutory",
      note: {
        th: "ส่วนใหญ่ออกใบทะเบียนพาณิชย์ได้ในวันที่ยื่น หรือไม่เกินวันทำการถัดไป ผู้ประกอบการต้องจดทะเบียนภายใน 30 วันนับแต่วันเริ่มประกอบกิจการ และแจ้งเปลี่ยนแปลงรายการหรือเลิกกิจการภายใน 30 วันนับแต่วันที่มีการเปลี่ยนแปลงหรือเลิก",
        en: "The certificate is usually issued the same day, or by the next working day. Businesses must register within 30 days of starting, and report changes or closure within 30 days.",
      },
    },
    fee: {
      th: "ตามกฎกระทรวงที่ออกตามพระราชบัญญัติทะเบียนพาณิชย์ พ.ศ. 2499: จดทะเบียนตั้งใหม่ 50 บาท จดทะเบียนเปลี่ยนแปลงรายการ 20 บาท จดทะเบียนเลิกประกอบพาณิชยกิจ 20 บาท ใบแทนใบทะเบียนพาณิชย์ตามอัตราในกฎกระทรวง",
      en: "Under the ministerial regulation issued under the Commercial Registration Act B.E. 2499: new registration 50 baht; change of details 20 baht; closure 20 baht; a replacement certificate at the regulation's rate.",
    },
    criteria: {
      th: "บุคคลธรรมดา ห้างหุ้นส่วนสามัญ คณะบุคคล หรือนิติบุคคลตามที่กฎหมายกำหนด ที่ประกอบพาณิชยกิจตามประกาศกระทรวงพาณิชย์ เช่น ขายสินค้า รับจ้างผลิต หรือให้บริการบางประเภท โดยมีสำนักงานแห่งใหญ่ในเขตเทศบาลตำบลก้อ การค้าเร่และการค้าแผงลอยไม่ต้องจดทะเบียน",
      en: "Individuals, ordinary partnerships, groups of persons or juristic persons covered by the law who carry on a commercial activity listed by the Ministry of Commerce, such as selling goods, contract manufacturing or certain services, with their head office in Ko Subdistrict Municipality. Itinerant and stall trading do not need registration.",
    },
    legalBasis: {
      th: "พระราชบัญญัติทะเบียนพาณิชย์ พ.ศ. 2499 และที่แก้ไขเพิ่มเติม; ประกาศกระทรวงพาณิชย์ เรื่อง ให้ผู้ประกอบพาณิชยกิจต้องจดทะเบียนพาณิชย์ (ฉบับที่ 11) พ.ศ. 2553; กฎกระทรวงว่าด้วยค่าธรรมเนียมที่ออกตามพระราชบัญญัติทะเบียนพาณิชย์",
      en: "Commercial Registration Act B.E. 2499 (1956), as amended; Ministry of Commerce Notification requiring commercial registration (No. 11) B.E. 2553 (2010); the ministerial regulation on fees under the Commercial Registration Act",
    },
    documents: [
      {
        th: "หนังสือยินยอมให้ใช้สถานที่ตั้งสำนักงานแห่งใหญ่ ลงนามโดยเจ้าของบ้านหรือผู้มีสิทธิในสถานที่ (กรณีผู้ประกอบการไม่ใช่เจ้าของ)",
        en: "Letter of consent to use the premises as head office, signed by the owner or the person entitled to them (if you are not the owner)",
      },
      {
        th: "ใบทะเบียนพาณิชย์ฉบับเดิม (กรณีเปลี่ยนแปลงรายการหรือเลิกกิจการ)",
        en: "The existing registration certificate (for a change of details or closure)",
      },
      {
        th: "หนังสือมอบอำนาจ กรณีให้ผู้อื่นยื่นแทน",
        en: "Written power of attorney, if someone else files for you",
      },
    ],
    steps: [
      {
        th: "ยื่นคำขอ เจ้าหน้าที่ตรวจคำขอและเอกสารทันที และบันทึกรายการที่ขาดในครั้งเดียว",
        en: "Submit the application; the officer checks it and the documents at once, recording any missing items in one list",
        minutes: 15,
      },
      {
        th: "นายทะเบียนพาณิชย์พิจารณารับจดทะเบียน",
        en: "The commercial registrar decides on the registration",
        minutes: 15,
      },
      {
        th: "ชำระค่าธรรมเนียมและรับใบทะเบียนพาณิชย์",
        en: "Pay the fee and receive the registration certificate",
        minutes: 10,
      },
    ],
    channels: ["counter", "online"],
    keywords: ["ทะเบียนพาณิชย์", "จดทะเบียนร้าน", "เปิดร้าน", "ทพ.", "commercial registration", "business registration", "shop registration"],
    form: {
      fields: [
        {
          key: "registrationType",
          type: "single",
          label: { th: "ประเภทคำขอ", en: "Type of application" },
          required: true,
          order: 0,
          choices: [
            { value: "new", label: { th: "จดทะเบียนตั้งใหม่", en: "New registration" } },
            { value: "change", label: { th: "จดทะเบียนเปลี่ยนแปลงรายการ", en: "Change of details" } },
            { value: "closure", label: { th: "จดทะเบียนเลิกประกอบพาณิชยกิจ", en: "Closure" } },
            { value: "replacement", label: { th: "ขอใบแทนใบทะเบียนพาณิชย์", en: "Replacement certificate" } },
          ],
        },
        {
          key: "ownerType",
          type: "single",
          label: { th: "ผู้ประกอบพาณิชยกิจเป็น", en: "The business is run by" },
          required: true,
          order: 1,
          choices: [
            { value: "individual", label: { th: "บุคคลธรรมดา", en: "An individual" } },
            { value: "ordinary_partnership", label: { th: "ห้างหุ้นส่วนสามัญ", en: "An ordinary partnership" } },
            { value: "group_of_persons", label: { th: "คณะบุคคล", en: "A group of persons" } },
            { value: "juristic_person", label: { th: "นิติบุคคล", en: "A juristic person" } },
          ],
        },
        {
          key: "businessName",
          type: "text",
          label: { th: "ชื่อที่ใช้ในการประกอบพาณิชยกิจ", en: "Business name" },
          required: true,
          order: 2,
          maxLength: 200,
        },
        {
          key: "businessActivities",
          type: "longtext",
          label: { th: "ชนิดแห่งพาณิชยกิจ", en: "Kind of business" },
          help: { th: "เช่น ขายของชำ ขายอาหารและเครื่องดื่ม ซ่อมรถจักรยานยนต์", en: "For example: grocery, food and drinks, motorcycle repair." },
          required: true,
          order: 3,
          maxLength: 1000,
        },
        {
          key: "businessAddress",
          type: "text",
          label: { th: "ที่ตั้งสำนักงานแห่งใหญ่", en: "Head office address" },
          help: { th: "บ้านเลขที่ หมู่ที่ และจุดสังเกต", en: "House number, village number (หมู่ที่) and a landmark." },
          required: true,
          order: 4,
          maxLength: 300,
        },
        {
          key: "effectiveDate",
          type: "date",
          label: { th: "วันที่เริ่มประกอบกิจการ เปลี่ยนแปลง หรือเลิกกิจการ", en: "Date the business started, changed or closed" },
          required: true,
          order: 5,
          // Not for a replacement certificate: nothing about the business changed.
          showWhen: { field: "registrationType", in: ["new", "change", "closure"] },
        },
        {
          key: "capital",
          type: "number",
          label: { th: "จำนวนเงินทุน", en: "Capital" },
          required: false,
          order: 6,
          min: 0,
          integer: true,
          unit: { th: "บาท", en: "baht" },
        },
        {
          key: "changeDetails",
          type: "longtext",
          label: { th: "รายการที่ขอเปลี่ยนแปลง", en: "What is changing" },
          required: true,
          order: 7,
          maxLength: 1000,
          showWhen: { field: "registrationType", in: ["change"] },
        },
        {
          key: "locationMap",
          type: "file",
          label: { th: "แผนที่แสดงที่ตั้งโดยสังเขป", en: "Sketch map of the location" },
          required: false,
          order: 8,
          accept: ["image/jpeg", "image/png", "application/pdf"],
          maxFiles: 1,
          maxSizeMb: 5,
        },
      ],
    },
  },
];
