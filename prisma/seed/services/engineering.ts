import type { FormFieldInput } from "@/lib/services/form-definition";
import type { ServiceDefinitionInput } from "@/lib/services/service-definition";

/** กองช่าง (Engineering Division): building control, earthworks, water supply, repairs. */

const buildingFeeRule = {
  th: "ค่าธรรมเนียมตามกฎกระทรวง ฉบับที่ 7 (พ.ศ. 2528) ออกตามความในพระราชบัญญัติควบคุมอาคาร พ.ศ. 2522 ได้แก่ ใบอนุญาตก่อสร้าง ฉบับละ 20 บาท ใบอนุญาตดัดแปลงหรือรื้อถอน ฉบับละ 10 บาท และค่าตรวจแบบแปลนสำหรับการก่อสร้างหรือดัดแปลง คิดตามพื้นที่อาคาร: อาคารสูงไม่เกิน 2 ชั้นหรือไม่เกิน 12 เมตร ตารางเมตรละ 0.50 บาท อาคารสูง 3 ชั้นหรือเกิน 12 เมตรแต่ไม่เกิน 15 เมตร ตารางเมตรละ 2 บาท อาคารสูงเกิน 3 ชั้นหรือเกิน 15 เมตร ตารางเมตรละ 4 บาท ป้าย ตารางเมตรละ 4 บาท ส่วนรั้ว กำแพง และทางระบายน้ำ คิดตามความยาวตามอัตราในกฎกระทรวง เจ้าหน้าที่คำนวณและแจ้งยอดก่อนออกใบอนุญาต",
  en: "Fees under Ministerial Regulation No. 7 (B.E. 2528) issued under the Building Control Act B.E. 2522: construction permit 20 baht; alteration or demolition permit 10 baht each; plus a plan-inspection fee for construction or alteration by floor area: buildings up to 2 storeys or 12 m high, 0.50 baht per m²; 3 storeys or over 12 m up to 15 m, 2 baht per m²; over 3 storeys or over 15 m, 4 baht per m²; signs, 4 baht per m²; fences, walls and drains are charged by length at the regulation's rate. The officer calculates the amount and tells you before the permit is issued.",
};

const landTitleDeed = {
  th: "โฉนดที่ดินหรือหนังสือแสดงสิทธิในที่ดิน (แสดงฉบับจริง เจ้าหน้าที่ตรวจแล้วคืน)",
  en: "Land title deed or other land right document (original shown and returned)",
};

const landOwnerConsent = {
  th: "หนังสือยินยอมของเจ้าของที่ดิน กรณีผู้ยื่นไม่ใช่เจ้าของที่ดิน",
  en: "Letter of consent from the landowner, if you do not own the land",
};

const powerOfAttorney = {
  th: "หนังสือมอบอำนาจ กรณีให้ผู้อื่นยื่นแทน",
  en: "Written power of attorney, if someone else applies for you",
};

/** Questions shared by the building permit and the section 39 bis notification. */
function buildingWorkFields(): FormFieldInput[] {
  return [
    {
      key: "workType",
      type: "single",
      label: { th: "ประเภทงาน", en: "Type of work" },
      required: true,
      order: 0,
      choices: [
        { value: "build", label: { th: "ก่อสร้างอาคาร", en: "Construct a building" } },
        { value: "modify", label: { th: "ดัดแปลงอาคาร", en: "Alter a building" } },
        { value: "demolish", label: { th: "รื้อถอนอาคาร", en: "Demolish a building" } },
      ],
    },
    {
      key: "buildingUse",
      type: "single",
      label: { th: "ชนิดหรือการใช้อาคาร", en: "Kind or use of building" },
      required: true,
      order: 1,
      choices: [
        { value: "detached_house", label: { th: "บ้านพักอาศัย", en: "House" } },
        { value: "row_or_shophouse", label: { th: "ห้องแถว ตึกแถว หรือทาวน์เฮาส์", en: "Row house, shophouse or townhouse" } },
        { value: "commercial", label: { th: "อาคารพาณิชย์หรือร้านค้า", en: "Commercial building or shop" } },
        { value: "warehouse_or_factory", label: { th: "โกดัง โรงเรือน หรือโรงงาน", en: "Warehouse, shed or factory" } },
        { value: "agricultural", label: { th: "อาคารเพื่อการเกษตร", en: "Agricultural building" } },
        { value: "other", label: { th: "อื่น ๆ", en: "Other" } },
      ],
    },
    {
      key: "buildingUseDetail",
      type: "text",
      label: { th: "รายละเอียดการใช้อาคาร", en: "Details of the building's use" },
      help: {
        th: "เช่น บ้านพักอาศัยชั้นเดียว ร้านขายของชำพร้อมที่อยู่อาศัย",
        en: "For example: single-storey house, grocery shop with living quarters.",
      },
      required: false,
      order: 2,
      maxLength: 200,
    },
    {
      key: "buildingLocation",
      type: "text",
      label: { th: "ที่ตั้งอาคาร", en: "Location of the building" },
      help: {
        th: "บ้านเลขที่ (ถ้ามี) หมู่ที่ และจุดสังเกต",
        en: "House number (if any), village number (หมู่ที่) and a landmark.",
      },
      required: true,
      order: 3,
      maxLength: 300,
    },
    {
      key: "floorArea",
      type: "number",
      label: { th: "พื้นที่อาคารรวม", en: "Total floor area" },
      help: {
        th: "พื้นที่รวมทุกชั้นตามแบบแปลน กรณีรื้อถอนให้กรอกพื้นที่ของอาคารที่จะรื้อถอน",
        en: "The total of all floors as shown on the plans; for demolition, the floor area of the building to be demolished.",
      },
      required: true,
      order: 4,
      min: 1,
      max: 100000,
      unit: { th: "ตารางเมตร", en: "m²" },
    },
    {
      key: "floors",
      type: "number",
      label: { th: "จำนวนชั้น", en: "Number of storeys" },
      required: true,
      order: 5,
      min: 1,
      max: 50,
      integer: true,
      unit: { th: "ชั้น", en: "storeys" },
    },
    {
      key: "landTitleNumber",
      type: "text",
      label: { th: "เลขที่โฉนดที่ดินหรือหนังสือแสดงสิทธิในที่ดิน", en: "Land title deed (or land right document) number" },
      help: {
        th: "นำโฉนดฉบับจริงมาแสดงต่อเจ้าหน้าที่ ตรวจแล้วคืน ไม่ต้องถ่ายสำเนา",
        en: "Bring the original deed to show the officer; it is checked and handed back. No photocopy is needed.",
      },
      required: true,
      order: 6,
      maxLength: 100,
    },
    {
      key: "landOwnedByApplicant",
      type: "yesno",
      label: { th: "ท่านเป็นเจ้าของที่ดินแปลงนี้ใช่หรือไม่", en: "Do you own this plot of land?" },
      help: {
        th: "หากไม่ใช่ ต้องมีหนังสือยินยอมของเจ้าของที่ดิน",
        en: "If not, a letter of consent from the landowner is required.",
      },
      required: true,
      order: 7,
    },
  ];
}

const plansField = (order: number): FormFieldInput => ({
  key: "plans",
  type: "file",
  label: { th: "แบบแปลน รายการประกอบแบบแปลน และรายการคำนวณ", en: "Plans, specifications and structural calculations" },
  help: {
    th: "ไฟล์ PDF ที่ผู้ออกแบบลงนามแล้ว หากยื่นที่สำนักงาน นำแบบฉบับพิมพ์มาตามจำนวนที่เจ้าหน้าที่แจ้ง",
    en: "PDF files signed by the designer. If you apply at the office, bring printed sets as the officer advises.",
  },
  required: true,
  order,
  accept: ["application/pdf"],
  maxFiles: 5,
  maxSizeMb: 10,
});

export const engineeringServices: ServiceDefinitionInput[] = [
  {
    code: "BUILDING_PERMIT",
    division: "ENGINEERING",
    category: "building",
    name: { th: "ขออนุญาตก่อสร้าง ดัดแปลง หรือรื้อถอนอาคาร", en: "Building permit (construction, alteration or demolition)" },
    description: {
      th: "ยื่นขอใบอนุญาตจากเทศบาลก่อนเริ่มก่อสร้าง ดัดแปลง หรือรื้อถอนอาคารในเขตเทศบาล ตามพระราชบัญญัติควบคุมอาคาร",
      en: "Apply to the municipality for a permit before you construct, alter or demolish a building in the municipal area, as the Building Control Act requires.",
    },
    processing: {
      workingDays: 30,
      basis: "statutory",
      note: {
        th: "กฎหมายกำหนดให้ออกใบอนุญาตหรือแจ้งคำสั่งไม่อนุญาตภายใน 45 วันนับแต่วันที่ได้รับคำขอที่ถูกต้องครบถ้วน ระบบนับเป็น 30 วันทำการเพื่อไม่ให้เกินกำหนดตามกฎหมาย หากมีเหตุจำเป็น ขยายเวลาได้อีกไม่เกิน 2 ครั้ง ครั้งละไม่เกิน 45 วัน โดยแจ้งเหตุให้ผู้ขอทราบก่อนครบกำหนด",
        en: "The law requires a permit or a written refusal within 45 days of receiving a complete application; the system counts 30 working days so as never to exceed that limit. Where necessary the period may be extended up to twice, by at most 45 days each time, with the reason given to you before the deadline.",
      },
    },
    fee: buildingFeeRule,
    criteria: {
      th: "เจ้าของอาคารหรือผู้ได้รับมอบอำนาจ ซึ่งจะก่อสร้าง ดัดแปลง หรือรื้อถอนอาคารในเขตเทศบาลตำบลก้อ ต้องได้รับอนุญาตก่อนเริ่มงาน แบบแปลนต้องเป็นไปตามกฎกระทรวงและเทศบัญญัติที่ออกตามกฎหมายควบคุมอาคาร และลงนามโดยผู้ประกอบวิชาชีพสถาปัตยกรรมควบคุมหรือวิศวกรรมควบคุมในกรณีที่กฎหมายกำหนด ผู้ที่ไม่ประสงค์รอการพิจารณาเลือกแจ้งก่อสร้างตามมาตรา 39 ทวิ แทนได้",
      en: "The building owner, or someone they authorise, must obtain a permit before constructing, altering or demolishing a building in Ko Subdistrict Municipality. Plans must comply with the ministerial regulations and municipal ordinances under the building control law and be signed by a licensed architect or engineer where the law requires. If you prefer not to wait for a permit, you may file a section 39 bis notification instead.",
    },
    legalBasis: {
      th: "พระราชบัญญัติควบคุมอาคาร พ.ศ. 2522 และที่แก้ไขเพิ่มเติม มาตรา 21 (ก่อสร้าง ดัดแปลง) มาตรา 22 (รื้อถอน) และมาตรา 25 (ระยะเวลาพิจารณา); กฎกระทรวง ฉบับที่ 7 (พ.ศ. 2528) (ค่าธรรมเนียม); กฎกระทรวง ฉบับที่ 10 (พ.ศ. 2528) (แบบคำขออนุญาต ข.1)",
      en: "Building Control Act B.E. 2522 (1979), as amended, sections 21 (construction, alteration), 22 (demolition) and 25 (time limit); Ministerial Regulation No. 7 (B.E. 2528) (fees); Ministerial Regulation No. 10 (B.E. 2528) (application form Kor.1)",
    },
    documents: [
      {
        th: "แผนผังบริเวณ แบบแปลน และรายการประกอบแบบแปลน ที่ผู้ออกแบบลงนาม (ยื่นเป็นไฟล์ PDF หรือฉบับพิมพ์)",
        en: "Site plan, plans and specifications signed by the designer (as PDF files or printed sets)",
      },
      {
        th: "รายการคำนวณโครงสร้าง และหนังสือรับรองของผู้ออกแบบและผู้คำนวณที่เป็นผู้ประกอบวิชาชีพ พร้อมเลขทะเบียนใบอนุญาต (กรณีอาคารที่กฎหมายกำหนด เจ้าหน้าที่ตรวจเลขทะเบียนกับสภาวิชาชีพ)",
        en: "Structural calculations and certificates from the licensed designer and structural engineer with their licence numbers (where the law requires; the officer checks the numbers with the professional council)",
      },
      {
        th: "หนังสือแสดงความยินยอมเป็นผู้ควบคุมงาน (กรณีอาคารที่กฎหมายกำหนด)",
        en: "Site supervisor's letter of acceptance (where the law requires)",
      },
      landTitleDeed,
      landOwnerConsent,
      powerOfAttorney,
    ],
    steps: [
      {
        th: "ยื่นคำขอ (แบบ ข.1) เจ้าหน้าที่ตรวจเอกสารทันที และบันทึกรายการที่ขาดหรือต้องแก้ไขให้ผู้ยื่นทราบในครั้งเดียว",
        en: "Submit the application (form Kor.1); the officer checks it at once and records any missing or incorrect items, telling you all of them at one time",
        minutes: 30,
      },
      {
        th: "นายช่างตรวจสอบสถานที่ก่อสร้าง",
        en: "A municipal engineer inspects the site",
      },
      {
        th: "ตรวจพิจารณาแบบแปลนและรายการคำนวณตามกฎหมายควบคุมอาคารและผังเมือง",
        en: "The plans and calculations are checked against building control and town-planning rules",
      },
      {
        th: "เจ้าพนักงานท้องถิ่นพิจารณาอนุญาต แจ้งให้ชำระค่าธรรมเนียม และออกใบอนุญาต หรือแจ้งคำสั่งไม่อนุญาตพร้อมเหตุผล",
        en: "The local official decides; you are asked to pay the fee and receive the permit, or are given a written refusal with reasons",
      },
    ],
    channels: ["counter", "online"],
    keywords: [
      "ขออนุญาตก่อสร้าง",
      "สร้างบ้าน",
      "ต่อเติมบ้าน",
      "รื้อถอน",
      "ใบอนุญาตก่อสร้าง",
      "อ.1",
      "building permit",
      "construction permit",
      "demolition",
    ],
    form: {
      fields: [...buildingWorkFields(), plansField(8)],
    },
  },
  {
    code: "BUILDING_NOTICE_39BIS",
    division: "ENGINEERING",
    category: "building",
    name: {
      th: "แจ้งก่อสร้าง ดัดแปลง หรือรื้อถอนอาคารตามมาตรา 39 ทวิ",
      en: "Building notification under section 39 bis",
    },
    description: {
      th: "แจ้งเทศบาลว่าจะก่อสร้าง ดัดแปลง หรือรื้อถอนอาคาร โดยไม่ต้องรอใบอนุญาต เมื่อแบบแปลนออกแบบและควบคุมงานโดยผู้ประกอบวิชาชีพ เทศบาลออกใบรับแจ้งในวันที่ยื่น",
      en: "Notify the municipality that you will construct, alter or demolish a building without waiting for a permit, when licensed professionals design and supervise the work. The municipality issues the receipt on the day you file.",
    },
    processing: {
      workingDays: 0,
      basis: "statutory",
      note: {
        th: "เมื่อเอกสารครบถ้วน เจ้าพนักงานท้องถิ่นออกใบรับแจ้งภายในวันที่ได้รับแจ้ง และผู้แจ้งเริ่มงานได้ตั้งแต่วันนั้น เจ้าพนักงานท้องถิ่นตรวจแบบแปลนภายหลังภายใน 120 วัน หากพบว่าไม่ถูกต้องจะมีหนังสือแจ้งให้แก้ไข",
        en: "When the documents are complete, the local official issues the notification receipt on the same day and you may start work from that day. The official then reviews the plans within 120 days and will notify you in writing if anything must be corrected.",
      },
    },
    fee: {
      th: `เสียค่าธรรมเนียมเช่นเดียวกับการขออนุญาต: ${buildingFeeRule.th}`,
      en: `The same fees as for a permit: ${buildingFeeRule.en}`,
    },
    criteria: {
      th: "ผู้ที่ประสงค์จะก่อสร้าง ดัดแปลง หรือรื้อถอนอาคารในเขตเทศบาลโดยไม่ยื่นขออนุญาต ต้องมีผู้ออกแบบอาคารเป็นผู้ประกอบวิชาชีพสถาปัตยกรรมควบคุม ผู้ออกแบบและคำนวณโครงสร้างเป็นผู้ประกอบวิชาชีพวิศวกรรมควบคุม และมีผู้ควบคุมงานที่เป็นผู้ประกอบวิชาชีพ ซึ่งไม่ถูกพักใช้หรือเพิกถอนใบอนุญาต และต้องแจ้งวันเริ่มและวันสิ้นสุดการดำเนินการ",
      en: "Anyone who wants to construct, alter or demolish a building in the municipality without applying for a permit. The building must be designed by a licensed architect, its structure designed and calculated by a licensed engineer, and the work supervised by a licensed professional whose licence is not suspended or revoked. You must state the start and finish dates of the work.",
    },
    legalBasis: {
      th: "พระราชบัญญัติควบคุมอาคาร พ.ศ. 2522 และที่แก้ไขเพิ่มเติม มาตรา 39 ทวิ (เพิ่มโดยพระราชบัญญัติควบคุมอาคาร (ฉบับที่ 2) พ.ศ. 2535); กฎกระทรวง ฉบับที่ 7 (พ.ศ. 2528) (ค่าธรรมเนียม)",
      en: "Building Control Act B.E. 2522 (1979), as amended, section 39 bis (added by the Building Control Act (No. 2) B.E. 2535 (1992)); Ministerial Regulation No. 7 (B.E. 2528) (fees)",
    },
    documents: [
      {
        th: "แผนผังบริเวณ แบบแปลน รายการประกอบแบบแปลน และรายการคำนวณ ที่ผู้ออกแบบและผู้คำนวณลงนาม (ยื่นเป็นไฟล์ PDF หรือฉบับพิมพ์)",
        en: "Site plan, plans, specifications and calculations signed by the designer and structural engineer (as PDF files or printed sets)",
      },
      {
        th: "หนังสือรับรองของผู้ออกแบบ ผู้คำนวณ และผู้ควบคุมงาน พร้อมเลขทะเบียนใบอนุญาตประกอบวิชาชีพ (เจ้าหน้าที่ตรวจเลขทะเบียนกับสภาวิชาชีพ)",
        en: "Certificates from the designer, structural engineer and site supervisor with their licence numbers (the officer checks the numbers with the professional councils)",
      },
      landTitleDeed,
      landOwnerConsent,
      powerOfAttorney,
    ],
    steps: [
      {
        th: "ยื่นแบบแจ้งพร้อมเอกสาร เจ้าหน้าที่ตรวจความครบถ้วนทันที และบันทึกรายการที่ขาดให้ผู้ยื่นทราบในครั้งเดียว",
        en: "File the notification with the documents; the officer checks completeness at once and records any missing items in one list",
        minutes: 30,
      },
      {
        th: "ชำระค่าธรรมเนียมและรับใบรับแจ้งในวันที่ยื่น",
        en: "Pay the fee and receive the notification receipt the same day",
        minutes: 15,
      },
      {
        th: "เจ้าพนักงานท้องถิ่นตรวจแบบแปลนภายใน 120 วัน และแจ้งให้แก้ไขหากไม่ถูกต้อง",
        en: "The local official reviews the plans within 120 days and notifies you if corrections are needed",
      },
    ],
    channels: ["counter", "online"],
    keywords: ["39 ทวิ", "แจ้งก่อสร้าง", "สร้างบ้าน", "ไม่ต้องรอใบอนุญาต", "building notification", "section 39 bis"],
    form: {
      fields: [
        ...buildingWorkFields(),
        {
          key: "designerLicenceNumbers",
          type: "text",
          label: {
            th: "เลขทะเบียนใบอนุญาตของผู้ออกแบบและผู้คำนวณ",
            en: "Licence numbers of the designer and structural engineer",
          },
          required: true,
          order: 8,
          maxLength: 200,
        },
        {
          key: "supervisorLicenceNumber",
          type: "text",
          label: { th: "เลขทะเบียนใบอนุญาตของผู้ควบคุมงาน", en: "Site supervisor's licence number" },
          required: true,
          order: 9,
          maxLength: 100,
        },
        {
          key: "startDate",
          type: "date",
          label: { th: "วันที่จะเริ่มดำเนินการ", en: "Planned start date" },
          required: true,
          order: 10,
          notBefore: "today",
        },
        {
          key: "finishDate",
          type: "date",
          label: { th: "วันที่คาดว่าจะแล้วเสร็จ", en: "Expected completion date" },
          required: true,
          order: 11,
          notBefore: "today",
        },
        plansField(12),
      ],
    },
  },
  {
    code: "EXCAVATION_FILL_NOTICE",
    division: "ENGINEERING",
    category: "building",
    name: { th: "แจ้งการขุดดินหรือถมดิน", en: "Excavation or land-fill notification" },
    description: {
      th: "แจ้งเทศบาลก่อนขุดดินหรือถมดินที่มีขนาดเกินที่กฎหมายกำหนด เพื่อป้องกันดินพังทลายและความเดือดร้อนของที่ดินข้างเคียง",
      en: "Notify the municipality before digging or filling land beyond the sizes set by law, to prevent soil collapse and harm to neighbouring land.",
    },
    processing: {
      workingDays: 7,
      basis: "service_level",
      note: {
        th: "นับแต่วันที่ได้รับแจ้งที่มีรายละเอียดและเอกสารครบถ้วน รวมการตรวจสถานที่และการออกใบรับแจ้ง",
        en: "Counted from receipt of a complete notification; includes the site inspection and issuing the receipt.",
      },
    },
    fee: {
      th: "ใบรับแจ้งการขุดดินหรือถมดิน ฉบับละ 500 บาท ตามกฎกระทรวงกำหนดค่าธรรมเนียมและค่าใช้จ่ายในการขุดดินและถมดิน พ.ศ. 2546",
      en: "500 baht per excavation or fill notification receipt, under the Ministerial Regulation on Fees and Expenses for Excavation and Land Filling B.E. 2546 (2003)",
    },
    criteria: {
      th: "ต้องแจ้งเมื่อจะขุดดินลึกจากระดับพื้นดินเกิน 3 เมตร หรือพื้นที่ปากบ่อดินเกิน 10,000 ตารางเมตร หรือถมดินสูงกว่าที่ดินข้างเคียงโดยมีพื้นที่เนินดินเกิน 2,000 ตารางเมตร หรือตามขนาดที่เจ้าพนักงานท้องถิ่นประกาศกำหนด การขุดดินตามขนาดดังกล่าวต้องมีผู้ออกแบบและคำนวณเป็นผู้ประกอบวิชาชีพวิศวกรรมควบคุม และการถมดินต้องจัดให้มีการระบายน้ำไม่ให้เดือดร้อนแก่ที่ดินข้างเคียง",
      en: "Notification is required before excavating deeper than 3 m below ground or with a pit opening over 10,000 m², or filling land above neighbouring land over an area of more than 2,000 m², or at other sizes the local official announces. Such excavation must be designed and calculated by a licensed engineer, and filled land must be drained so that neighbouring land is not harmed.",
    },
    legalBasis: {
      th: "พระราชบัญญัติการขุดดินและถมดิน พ.ศ. 2543 มาตรา 17 (การขุดดิน) และมาตรา 26 (การถมดิน); กฎกระทรวงกำหนดค่าธรรมเนียมและค่าใช้จ่ายในการขุดดินและถมดิน พ.ศ. 2546",
      en: "Excavation and Land Filling Act B.E. 2543 (2000), sections 17 (excavation) and 26 (filling); Ministerial Regulation on Fees and Expenses for Excavation and Land Filling B.E. 2546 (2003)",
    },
    documents: [
      {
        th: "แผนผังบริเวณที่จะขุดดินหรือถมดิน แสดงเขตที่ดินและที่ดินข้างเคียง พร้อมวิธีการขุดหรือถมดิน",
        en: "Site plan of the excavation or fill area showing the plot boundaries and neighbouring land, with the working method",
      },
      {
        th: "รายการคำนวณและหนังสือรับรองของผู้ออกแบบและคำนวณที่เป็นผู้ประกอบวิชาชีพวิศวกรรมควบคุม (กรณีขุดดินที่กฎหมายกำหนด)",
        en: "Calculations and a certificate from the licensed engineer who designed them (for excavation where the law requires)",
      },
      landTitleDeed,
      landOwnerConsent,
      powerOfAttorney,
    ],
    steps: [
      {
        th: "ยื่นแบบแจ้ง เจ้าหน้าที่ตรวจเอกสารทันที และบันทึกรายการที่ขาดให้ผู้ยื่นทราบในครั้งเดียว",
        en: "File the notification; the officer checks the documents at once and records any missing items in one list",
        minutes: 20,
      },
      {
        th: "นายช่างตรวจสถานที่และพื้นที่ข้างเคียง",
        en: "A municipal engineer inspects the site and the neighbouring land",
      },
      {
        th: "ชำระค่าธรรมเนียมและรับใบรับแจ้ง หรือได้รับหนังสือแจ้งให้แก้ไข",
        en: "Pay the fee and receive the notification receipt, or receive a written request for corrections",
        minutes: 15,
      },
    ],
    channels: ["counter", "online"],
    keywords: ["ขุดดิน", "ถมดิน", "ขุดบ่อ", "ถมที่", "บ่อดิน", "excavation", "land fill", "earthworks"],
    form: {
      fields: [
        {
          key: "workType",
          type: "single",
          label: { th: "ประเภทงาน", en: "Type of work" },
          required: true,
          order: 0,
          choices: [
            { value: "excavation", label: { th: "ขุดดิน", en: "Excavation" } },
            { value: "filling", label: { th: "ถมดิน", en: "Land filling" } },
            { value: "both", label: { th: "ขุดดินและถมดิน", en: "Both" } },
          ],
        },
        {
          key: "siteLocation",
          type: "text",
          label: { th: "ที่ตั้งของที่ดิน", en: "Location of the land" },
          help: { th: "หมู่ที่ และจุดสังเกต", en: "Village number (หมู่ที่) and a landmark." },
          required: true,
          order: 1,
          maxLength: 300,
        },
        {
          key: "landTitleNumber",
          type: "text",
          label: { th: "เลขที่โฉนดที่ดินหรือหนังสือแสดงสิทธิในที่ดิน", en: "Land title deed (or land right document) number" },
          help: {
            th: "นำโฉนดฉบับจริงมาแสดงต่อเจ้าหน้าที่ ตรวจแล้วคืน",
            en: "Bring the original deed to show the officer; it is handed back.",
          },
          required: true,
          order: 2,
          maxLength: 100,
        },
        {
          key: "area",
          type: "number",
          label: { th: "พื้นที่ปากบ่อดินหรือพื้นที่เนินดิน", en: "Area of the pit opening or of the fill" },
          required: true,
          order: 3,
          min: 1,
          unit: { th: "ตารางเมตร", en: "m²" },
        },
        {
          key: "depthOrHeight",
          type: "number",
          label: { th: "ความลึกของบ่อดินหรือความสูงของเนินดิน", en: "Depth of the pit or height of the fill" },
          required: true,
          order: 4,
          min: 0,
          max: 100,
          unit: { th: "เมตร", en: "m" },
        },
        {
          key: "purpose",
          type: "text",
          label: { th: "วัตถุประสงค์", en: "Purpose" },
          help: { th: "เช่น ขุดสระเก็บน้ำ ถมที่เพื่อปลูกสร้างบ้าน", en: "For example: a water pond, filling land to build a house." },
          required: true,
          order: 5,
          maxLength: 200,
        },
        {
          key: "startDate",
          type: "date",
          label: { th: "วันที่จะเริ่มดำเนินการ", en: "Planned start date" },
          required: true,
          order: 6,
          notBefore: "today",
        },
        {
          key: "finishDate",
          type: "date",
          label: { th: "วันที่คาดว่าจะแล้วเสร็จ", en: "Expected completion date" },
          required: true,
          order: 7,
          notBefore: "today",
        },
        {
          key: "soilSourceOrDestination",
          type: "text",
          label: { th: "แหล่งดินที่นำมาถม หรือสถานที่นำดินที่ขุดไปทิ้ง", en: "Where fill soil comes from, or where excavated soil goes" },
          required: false,
          order: 8,
          maxLength: 200,
        },
        {
          key: "plans",
          type: "file",
          label: { th: "แผนผังบริเวณและรายการคำนวณ", en: "Site plan and calculations" },
          required: true,
          order: 9,
          accept: ["application/pdf", "image/jpeg", "image/png"],
          maxFiles: 5,
          maxSizeMb: 10,
        },
      ],
    },
  },
  {
    code: "WATER_METER_INSTALL",
    division: "ENGINEERING",
    category: "repairs",
    name: { th: "ขอติดตั้งมาตรวัดน้ำประปา", en: "Water meter installation" },
    description: {
      th: "ขอติดตั้งมาตรวัดน้ำและต่อท่อน้ำประปาของเทศบาลเข้าบ้านหรือสถานประกอบการ",
      en: "Ask for a water meter and a connection to the municipal water supply for your home or business.",
    },
    processing: {
      workingDays: 15,
      basis: "service_level",
      note: {
        th: "รวมการสำรวจจุดติดตั้งและประเมินค่าใช้จ่าย ระหว่างรอผู้ยื่นชำระเงินหรือส่งเอกสารเพิ่ม ระบบหยุดนับระยะเวลา",
        en: "Includes surveying the connection point and estimating the cost. The clock pauses while we wait for you to pay or to provide missing documents.",
      },
    },
    fee: {
      th: "ค่าธรรมเนียมการติดตั้ง ค่ามาตรวัดน้ำ และค่าวัสดุอุปกรณ์ตามระยะเดินท่อจริง ตามอัตราที่เทศบัญญัติหรือประกาศเทศบาลตำบลก้อว่าด้วยการให้บริการน้ำประปากำหนด เจ้าหน้าที่แจ้งยอดให้ทราบหลังสำรวจและก่อนติดตั้ง",
      en: "The installation fee, the meter and the materials for the actual pipe length, at the rates in Ko Subdistrict Municipality's ordinance or announcement on water supply. The officer tells you the amount after the survey, before installation.",
    },
    criteria: {
      th: "ผู้ที่ต้องการใช้น้ำประปาของเทศบาลสำหรับอาคารในพื้นที่ที่มีแนวท่อประปาของเทศบาลผ่าน หากผู้ยื่นไม่ใช่เจ้าของอาคาร ต้องได้รับความยินยอมจากเจ้าของ อาคารที่สร้างใหม่ควรได้รับอนุญาตหรือแจ้งก่อสร้างแล้ว",
      en: "Anyone who wants municipal tap water for a building in an area served by the municipal mains. If you do not own the building, the owner must consent. New buildings should already have a building permit or notification.",
    },
    legalBasis: {
      th: "พระราชบัญญัติเทศบาล พ.ศ. 2496 และที่แก้ไขเพิ่มเติม มาตรา 51; พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16; เทศบัญญัติหรือประกาศเทศบาลตำบลก้อว่าด้วยการให้บริการน้ำประปา",
      en: "Municipality Act B.E. 2496 (1953), as amended, section 51; Determining Plans and Process of Decentralisation to Local Government Organisations Act B.E. 2542 (1999), section 16; Ko Subdistrict Municipality ordinance or announcement on water supply",
    },
    documents: [
      {
        th: "หนังสือยินยอมของเจ้าของอาคาร กรณีผู้ยื่นไม่ใช่เจ้าของ",
        en: "Letter of consent from the building owner, if you do not own it",
      },
      powerOfAttorney,
    ],
    steps: [
      {
        th: "ยื่นคำขอ เจ้าหน้าที่ตรวจเอกสารและบันทึกรายการที่ขาดในครั้งเดียว",
        en: "Apply; the officer checks the documents and records any missing items in one list",
        minutes: 10,
      },
      {
        th: "เจ้าหน้าที่ประปาสำรวจจุดติดตั้งและประเมินค่าใช้จ่าย",
        en: "Water supply staff survey the connection point and estimate the cost",
      },
      {
        th: "ผู้ยื่นชำระค่าธรรมเนียมและค่าอุปกรณ์ที่กองคลัง",
        en: "You pay the fee and materials at the Finance Division",
        minutes: 10,
      },
      {
        th: "ติดตั้งมาตรวัดน้ำ เปิดใช้น้ำ และแจ้งเลขที่ผู้ใช้น้ำ",
        en: "The meter is installed, the water is turned on and you receive your water account number",
      },
    ],
    channels: ["kiosk", "counter", "online"],
    keywords: ["มาตรน้ำ", "มิเตอร์น้ำ", "ขอน้ำประปา", "ต่อน้ำประปา", "ประปา", "water meter", "water connection", "tap water"],
    form: {
      fields: [
        {
          key: "installLocation",
          type: "text",
          label: { th: "สถานที่ติดตั้ง", en: "Where to install" },
          help: {
            th: "บ้านเลขที่ (ถ้ามี) หมู่ที่ และจุดสังเกต",
            en: "House number (if any), village number (หมู่ที่) and a landmark.",
          },
          required: true,
          order: 0,
          maxLength: 300,
        },
        {
          key: "usageType",
          type: "single",
          label: { th: "ประเภทการใช้น้ำ", en: "Type of use" },
          required: true,
          order: 1,
          choices: [
            { value: "household", label: { th: "ที่อยู่อาศัย", en: "Household" } },
            { value: "business", label: { th: "ร้านค้าหรือสถานประกอบการ", en: "Shop or business" } },
            {
              value: "public_or_religious",
              label: { th: "หน่วยงานราชการ วัด หรือสถานที่สาธารณะ", en: "Government office, temple or public place" },
            },
          ],
        },
        {
          key: "ownsBuilding",
          type: "yesno",
          label: { th: "ท่านเป็นเจ้าของอาคารนี้ใช่หรือไม่", en: "Do you own this building?" },
          help: { th: "หากไม่ใช่ ต้องมีหนังสือยินยอมของเจ้าของ", en: "If not, the owner's letter of consent is required." },
          required: true,
          order: 2,
        },
        {
          key: "buildingPermitNumber",
          type: "text",
          label: { th: "เลขที่ใบอนุญาตหรือใบรับแจ้งก่อสร้าง (อาคารสร้างใหม่)", en: "Building permit or notification number (new buildings)" },
          required: false,
          order: 3,
          maxLength: 50,
        },
        {
          key: "notes",
          type: "longtext",
          label: { th: "ข้อมูลเพิ่มเติม", en: "Anything else we should know" },
          required: false,
          order: 4,
          maxLength: 1000,
        },
        {
          key: "sitePhotos",
          type: "file",
          label: { th: "ภาพถ่ายจุดที่ต้องการติดตั้ง", en: "Photos of the installation point" },
          required: false,
          order: 5,
          accept: ["image/jpeg", "image/png"],
          maxFiles: 3,
          maxSizeMb: 5,
        },
      ],
    },
  },
  {
    code: "PUBLIC_INFRASTRUCTURE_REPAIR",
    division: "ENGINEERING",
    category: "repairs",
    // Online, a resident may attach the phone's position to the place they describe.
    location: "optional",
    identityCheck: "not_needed",
    name: { th: "แจ้งซ่อมไฟฟ้าสาธารณะ ถนน และท่อระบายน้ำ", en: "Report a street light, road or drain problem" },
    description: {
      th: "แจ้งไฟฟ้าส่องสว่างสาธารณะดับหรือชำรุด ถนนเป็นหลุมบ่อ ท่อระบายน้ำอุดตัน หรือท่อประปาของเทศบาลแตกรั่ว เพื่อให้กองช่างออกตรวจและซ่อมแซม",
      en: "Report a broken or unlit street light, a pothole, a blocked drain or a leaking municipal water pipe so that the Engineering Division can inspect and repair it.",
    },
    processing: {
      workingDays: 7,
      basis: "service_level",
      note: {
        th: "งานที่ต้องจัดซื้อวัสดุหรือจ้างเหมา หรืออยู่ในความรับผิดชอบของหน่วยงานอื่น เช่น สายไฟฟ้าของการไฟฟ้าส่วนภูมิภาค หรือทางหลวง เทศบาลจะแจ้งแผนการซ่อมหรือประสานหน่วยงานนั้นและแจ้งให้ทราบภายในระยะเวลานี้",
        en: "If the repair needs materials to be purchased or a contractor, or belongs to another agency such as the Provincial Electricity Authority or the highways department, the municipality will tell you the repair plan or pass the report on, and let you know, within this time.",
      },
    },
    fee: null,
    criteria: {
      th: "ทุกคนแจ้งได้ สำหรับไฟฟ้าส่องสว่างสาธารณะ ถนน ท่อระบายน้ำ และท่อประปาที่อยู่ในความดูแลของเทศบาลตำบลก้อ กรณีสายไฟฟ้าขาดหรือเสาไฟฟ้าล้มซึ่งเป็นอันตราย โปรดแจ้งการไฟฟ้าส่วนภูมิภาค โทร 1129 ทันที",
      en: "Anyone may report problems with street lighting, roads, drains and water pipes maintained by Ko Subdistrict Municipality. If a power line is down or a pole has fallen and is dangerous, call the Provincial Electricity Authority on 1129 at once.",
    },
    legalBasis: {
      th: "พระราชบัญญัติเทศบาล พ.ศ. 2496 และที่แก้ไขเพิ่มเติม มาตรา 50 และมาตรา 51; พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16",
      en: "Municipality Act B.E. 2496 (1953), as amended, sections 50 and 51; Determining Plans and Process of Decentralisation to Local Government Organisations Act B.E. 2542 (1999), section 16",
    },
    documents: [],
    steps: [
      {
        th: "รับแจ้งและลงทะเบียนเรื่อง",
        en: "The report is received and registered",
        minutes: 5,
      },
      {
        th: "กองช่างตรวจสอบสถานที่และประเมินงานซ่อม",
        en: "The Engineering Division inspects the site and assesses the repair",
      },
      {
        th: "ซ่อมแซม หรือจัดหาวัสดุหรือผู้รับจ้าง หรือส่งเรื่องให้หน่วยงานที่รับผิดชอบ",
        en: "The repair is carried out, materials or a contractor are arranged, or the report is passed to the responsible agency",
      },
      {
        th: "แจ้งผลการดำเนินการให้ผู้แจ้งทราบ",
        en: "You are told the outcome",
      },
    ],
    channels: ["kiosk", "counter", "online", "open311"],
    keywords: [
      "ไฟดับ",
      "ไฟถนน",
      "เสาไฟ",
      "ไฟกิ่ง",
      "ถนนพัง",
      "หลุมบ่อ",
      "ท่อตัน",
      "น้ำท่วมขัง",
      "ท่อแตก",
      "street light",
      "pothole",
      "road repair",
      "blocked drain",
      "water leak",
    ],
    form: {
      fields: [
        {
          key: "problemType",
          type: "single",
          label: { th: "ประเภทปัญหา", en: "Type of problem" },
          required: true,
          order: 0,
          choices: [
            { value: "street_light", label: { th: "ไฟฟ้าส่องสว่างสาธารณะ", en: "Street light" } },
            { value: "road", label: { th: "ถนน", en: "Road" } },
            { value: "drain", label: { th: "ท่อหรือรางระบายน้ำ", en: "Drain" } },
            { value: "water_pipe", label: { th: "ท่อประปา", en: "Water pipe" } },
            { value: "other", label: { th: "อื่น ๆ", en: "Other" } },
          ],
        },
        {
          key: "location",
          type: "text",
          label: { th: "สถานที่", en: "Location" },
          help: {
            th: "บ้านเลขที่ที่ใกล้ที่สุด หมู่ที่ และจุดสังเกต",
            en: "The nearest house number, village number (หมู่ที่) and a landmark.",
          },
          required: true,
          order: 1,
          maxLength: 300,
        },
        {
          key: "poleNumber",
          type: "text",
          label: { th: "หมายเลขเสาไฟฟ้า", en: "Pole number" },
          help: { th: "หมายเลขที่พ่นหรือติดไว้บนเสา (ถ้ามี)", en: "The number painted or fixed on the pole, if any." },
          required: false,
          order: 2,
          maxLength: 50,
          // Only street lights stand on numbered poles.
          showWhen: { field: "problemType", in: ["street_light"] },
        },
        {
          key: "description",
          type: "longtext",
          label: { th: "รายละเอียดปัญหา", en: "Describe the problem" },
          help: {
            th: "เช่น ไฟดับกี่ดวง ดับมานานเท่าใด หลุมกว้างประมาณเท่าใด",
            en: "For example how many lights are out and for how long, or roughly how big the hole is.",
          },
          required: false,
          order: 3,
          maxLength: 2000,
        },
        {
          key: "photos",
          type: "file",
          label: { th: "ภาพถ่าย", en: "Photos" },
          required: false,
          order: 4,
          accept: ["image/jpeg", "image/png"],
          maxFiles: 3,
          maxSizeMb: 10,
        },
      ],
    },
  },
];
