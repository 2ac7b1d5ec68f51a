import type { FormFieldInput, ShowWhen } from "@/lib/services/form-definition";
import type { ServiceDefinitionInput } from "@/lib/services/service-definition";
import type { EligibilityRuleInput } from "@/lib/eligibility/rules";

/**
 * กองสวัสดิการสังคม (Social Welfare Division): allowances and aid.
 * Payment options follow the Ministry of Interior allowance regulations: cash or a bank
 * transfer, to the beneficiary or to a person they authorise in writing.
 */

// Bank details are asked, and then required, only for payment by transfer.
const byTransfer: ShowWhen = { field: "paymentMethod", in: ["transfer_own_account", "transfer_representative_account"] };

function allowancePaymentFields(firstOrder: number): FormFieldInput[] {
  return [
    {
      key: "paymentMethod",
      type: "single",
      label: { th: "วิธีรับเงิน", en: "How the allowance is paid" },
      required: true,
      order: firstOrder,
      choices: [
        { value: "cash_self", label: { th: "รับเงินสดด้วยตนเอง", en: "Cash, collected in person" } },
        {
          value: "cash_representative",
          label: { th: "รับเงินสดโดยผู้รับมอบอำนาจ", en: "Cash, collected by an authorised person" },
        },
        {
          value: "transfer_own_account",
          label: { th: "โอนเข้าบัญชีเงินฝากธนาคารในนามผู้มีสิทธิ", en: "Bank transfer to the beneficiary's own account" },
        },
        {
          value: "transfer_representative_account",
          label: {
            th: "โอนเข้าบัญชีเงินฝากธนาคารในนามผู้รับมอบอำนาจ",
            en: "Bank transfer to the authorised person's account",
          },
        },
      ],
    },
    {
      key: "bankName",
      type: "text",
      label: { th: "ชื่อธนาคารและสาขา", en: "Bank and branch" },
      required: true,
      order: firstOrder + 1,
      maxLength: 100,
      showWhen: byTransfer,
    },
    {
      key: "bankAccountNumber",
      type: "text",
      label: { th: "เลขที่บัญชีเงินฝาก", en: "Bank account number" },
      help: {
        th: "นำสมุดบัญชีเงินฝากฉบับจริงมาแสดงต่อเจ้าหน้าที่ เจ้าหน้าที่ตรวจแล้วคืน ไม่ต้องถ่ายสำเนา",
        en: "Show the original passbook to the officer, who checks it and hands it back. No photocopy is needed.",
      },
      required: true,
      order: firstOrder + 2,
      maxLength: 20,
      showWhen: byTransfer,
    },
    {
      key: "bankBookPhoto",
      type: "file",
      label: { th: "ภาพหน้าแรกของสมุดบัญชี (กรณียื่นทางออนไลน์)", en: "Photo of the passbook's first page (online applications)" },
      help: {
        th: "ให้เห็นชื่อบัญชีและเลขที่บัญชีชัดเจน หากยื่นที่สำนักงาน ไม่ต้องแนบ",
        en: "The account name and number must be readable. Not needed if you apply at the office.",
      },
      required: false,
      order: firstOrder + 3,
      accept: ["image/jpeg", "image/png", "application/pdf"],
      maxFiles: 1,
      maxSizeMb: 5,
      showWhen: byTransfer,
    },
    {
      key: "representativeName",
      type: "text",
      label: { th: "ชื่อ-นามสกุลผู้รับมอบอำนาจรับเงิน", en: "Full name of the person authorised to receive the money" },
      help: {
        th: "ต้องมีหนังสือมอบอำนาจจากผู้มีสิทธิ",
        en: "A written power of attorney from the beneficiary is required.",
      },
      required: true,
      order: firstOrder + 4,
      maxLength: 150,
      showWhen: { field: "paymentMethod", in: ["cash_representative", "transfer_representative_account"] },
    },
  ];
}

function onBehalfFields(
  firstOrder: number,
  beneficiary: { th: string; en: string },
): FormFieldInput[] {
  return [
    {
      key: "onBehalf",
      type: "yesno",
      label: { th: `ท่านยื่นคำขอแทน${beneficiary.th}ใช่หรือไม่`, en: `Are you applying on behalf of ${beneficiary.en}?` },
      help: {
        th: "ตอบ \"ใช่\" เฉพาะกรณีผู้มีสิทธิมายื่นด้วยตนเองไม่ได้ และได้มอบอำนาจเป็นหนังสือ หรือท่านเป็นผู้แทนโดยชอบธรรม ผู้พิทักษ์ หรือผู้อนุบาล",
        en: "Answer \"yes\" only if the beneficiary cannot apply in person and has authorised you in writing, or you are their legal representative or guardian.",
      },
      required: true,
      order: firstOrder,
    },
    // The represented person's details: asked, and required, only when filing on their behalf.
    {
      key: "beneficiaryName",
      type: "text",
      label: { th: `คำนำหน้า ชื่อ และนามสกุลของ${beneficiary.th}`, en: `Title and full name of ${beneficiary.en}` },
      required: true,
      order: firstOrder + 1,
      maxLength: 150,
      showWhen: { field: "onBehalf", in: [true] },
    },
    {
      key: "beneficiaryCitizenId",
      type: "text",
      label: { th: `เลขประจำตัวประชาชนของ${beneficiary.th}`, en: `Citizen ID number of ${beneficiary.en}` },
      help: {
        th: "เลข 13 หลักบนบัตรประจำตัวประชาชนของผู้มีสิทธิ ข้อมูลของท่านเองอ่านจากบัตรของท่านแล้ว",
        en: "The 13-digit number on the beneficiary's ID card. Your own details come from your ID card.",
      },
      required: true,
      order: firstOrder + 2,
      maxLength: 13,
      showWhen: { field: "onBehalf", in: [true] },
    },
  ];
}

const powerOfAttorney = {
  th: "หนังสือมอบอำนาจ กรณีให้ผู้อื่นยื่นคำขอหรือรับเงินแทน",
  en: "Written power of attorney, if someone else applies or receives the money for the beneficiary",
};

const passbook = {
  th: "สมุดบัญชีเงินฝากธนาคาร กรณีรับเงินโดยโอนเข้าบัญชี (แสดงฉบับจริง เจ้าหน้าที่ตรวจแล้วคืน)",
  en: "Bank passbook, if the money is paid by transfer (original shown and returned)",
};

// When someone applies on the beneficiary's behalf, the card read is theirs, not the
// beneficiary's: rules about the card holder then go to the officer instead.
const onBehalf = { field: "onBehalf", in: [true] };

const residentOfKo = (exceptWhen?: typeof onBehalf): EligibilityRuleInput => ({
  kind: "resident",
  ...(exceptWhen ? { exceptWhen } : {}),
  message: {
    th: "ที่อยู่ตามบัตรประจำตัวประชาชนของท่านอยู่นอกเขตเทศบาลตำบลก้อ บริการนี้สำหรับผู้ที่มีชื่อในทะเบียนบ้านในเขตเทศบาล",
    en: "The address on your ID card is outside Ko Subdistrict Municipality. This service is for people registered in a house within the municipality.",
  },
  advice: {
    th: "โปรดยื่นที่เทศบาลหรือ อบต. ที่ท่านมีชื่อในทะเบียนบ้าน หากท่านย้ายทะเบียนบ้านเข้ามาในเขตเทศบาลแล้วแต่ยังไม่ได้เปลี่ยนบัตร โปรดยื่นที่เคาน์เตอร์ เจ้าหน้าที่ตรวจสอบให้",
    en: "Please apply at the municipality or subdistrict administration where your house registration is. If you have moved your registration here but your card still shows the old address, please apply at the counter and the officer will check.",
  },
});

const thaiNational = (exceptWhen?: typeof onBehalf): EligibilityRuleInput => ({
  kind: "thai_nationality",
  ...(exceptWhen ? { exceptWhen } : {}),
  message: {
    th: "เลขประจำตัวของท่านเป็นของผู้ที่ไม่มีสัญชาติไทย เงินเบี้ยนี้จ่ายให้ผู้มีสัญชาติไทยตามระเบียบ",
    en: "Your ID number is one given to people without Thai nationality. By regulation this allowance is paid to Thai nationals.",
  },
  advice: {
    th: "หากท่านได้สัญชาติไทยแล้ว หรือมีข้อสงสัย โปรดสอบถามกองสวัสดิการสังคมที่เคาน์เตอร์ เจ้าหน้าที่ยินดีช่วยดูสิทธิอื่นที่ท่านอาจได้รับ",
    en: "If you have since become a Thai national, or are unsure, please ask the Social Welfare Division at the counter; the officer can also look at other help you may be entitled to.",
  },
});

export const welfareServices: ServiceDefinitionInput[] = [
  {
    code: "ELDERLY_ALLOWANCE",
    division: "WELFARE",
    category: "welfare",
    name: { th: "ลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ", en: "Elderly allowance registration" },
    description: {
      th: "ลงทะเบียนเพื่อรับเงินเบี้ยยังชีพผู้สูงอายุรายเดือนจากเทศบาล สำหรับผู้ที่มีอายุ 60 ปีบริบูรณ์ขึ้นไป หรือจะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณถัดไป",
      en: "Register for the monthly old-age allowance paid by the municipality if you are 60 or older, or will turn 60 in the next fiscal year.",
    },
    processing: {
      workingDays: 0,
      basis: "statutory",
      note: {
        th: "ลงทะเบียนเสร็จและได้รับหลักฐานการลงทะเบียนในวันที่ยื่น ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณถัดไปลงทะเบียนล่วงหน้าได้ในช่วงเดือนมกราคมถึงพฤศจิกายน (หรือตามที่เทศบาลประกาศ) เมื่อมีสิทธิแล้ว เทศบาลจ่ายเงินเป็นรายเดือนภายในวันที่ 10 ของทุกเดือน ตามอัตราแบบขั้นบันไดที่คณะรัฐมนตรีกำหนด",
        en: "Registration is completed, with a registration slip, on the day you apply. People who will turn 60 in the next fiscal year register in advance between January and November (or as the municipality announces). Once entitled, the allowance is paid monthly by the 10th, at the age-stepped rates set by the Cabinet.",
      },
    },
    fee: null,
    criteria: {
      th: "มีสัญชาติไทย มีชื่ออยู่ในทะเบียนบ้านในเขตเทศบาลตำบลก้อ มีอายุ 60 ปีบริบูรณ์ขึ้นไปหรือจะมีอายุครบในปีงบประมาณถัดไป (นับอายุถึงวันที่ 1 กันยายน) และไม่ได้รับบำนาญ เบี้ยหวัด บำนาญพิเศษ เงินเดือน หรือรายได้ประจำในลักษณะเดียวกันจากหน่วยงานของรัฐ และไม่อยู่ในสถานสงเคราะห์ของรัฐ ผู้ที่ได้รับเบี้ยความพิการยังมีสิทธิรับเบี้ยยังชีพผู้สูงอายุ ผู้ที่ย้ายภูมิลำเนาเข้ามาต้องลงทะเบียนใหม่ที่เทศบาล โดยยังรับเงินจากท้องถิ่นเดิมจนสิ้นปีงบประมาณ",
      en: "Thai nationality; registered in a house register within Ko Subdistrict Municipality; aged 60 or over, or turning 60 in the next fiscal year (age counted to 1 September); not receiving a state pension, gratuity, salary or similar regular state income, and not living in a state care home. People receiving the disability allowance are still entitled. If you move here from another area, register again with the municipality; your previous local government keeps paying until the end of the fiscal year.",
    },
    legalBasis: {
      th: "พระราชบัญญัติผู้สูงอายุ พ.ศ. 2546 และที่แก้ไขเพิ่มเติม; ระเบียบกระทรวงมหาดไทยว่าด้วยหลักเกณฑ์การจ่ายเงินเบี้ยยังชีพผู้สูงอายุขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2566 และที่แก้ไขเพิ่มเติม (ใช้แทนระเบียบฉบับ พ.ศ. 2552 และที่แก้ไขเพิ่มเติม)",
      en: "Older Persons Act B.E. 2546 (2003), as amended; Ministry of Interior Regulation on the Criteria for Paying the Old-Age Allowance by Local Government Organisations B.E. 2566 (2023), as amended (replacing the B.E. 2552 (2009) regulation and its amendments)",
    },
    documents: [passbook, powerOfAttorney],
    steps: [
      {
        th: "ยื่นคำขอและเสียบบัตรประจำตัวประชาชนที่เครื่องอ่านบัตร เจ้าหน้าที่ตรวจคุณสมบัติและเอกสาร",
        en: "Apply and insert your ID card in the card reader; the officer checks your eligibility and documents",
        minutes: 10,
      },
      {
        th: "เจ้าหน้าที่ตรวจสอบการรับสิทธิซ้ำซ้อนกับฐานข้อมูลเบี้ยยังชีพและสวัสดิการของรัฐ",
        en: "The officer checks the national allowance and state welfare databases for duplicate entitlements",
        minutes: 10,
      },
      {
        th: "บันทึกการลงทะเบียนและออกหลักฐานการลงทะเบียนให้ผู้ยื่น",
        en: "The registration is recorded and you receive a registration slip",
        minutes: 5,
      },
      {
        th: "เทศบาลประกาศรายชื่อผู้มีสิทธิ และเริ่มจ่ายเงินตามปีงบประมาณที่มีสิทธิ",
        en: "The municipality publishes the list of entitled people and starts payment in the fiscal year of entitlement",
      },
    ],
    eligibility: [
      {
        kind: "age",
        min: 60,
        // Registration is a year ahead: anyone who will be 60 by 1 September of the next
        // fiscal year ("born before 2 September") registers during the current one.
        on: "next_fiscal_year",
        countedTo: "09-01",
        exceptWhen: onBehalf,
        message: {
          th: "ขณะนี้ท่านยังลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุไม่ได้ ผู้ลงทะเบียนต้องมีอายุครบ 60 ปีบริบูรณ์ภายในวันที่ 1 กันยายนของปีงบประมาณถัดไป",
          en: "You cannot register for the elderly allowance yet: it is for people who will be 60 by 1 September of the next fiscal year.",
        },
        advice: {
          th: "ท่านลงทะเบียนได้ตั้งแต่วันที่ {date} (หรือตามที่เทศบาลประกาศ) หากท่านมายื่นแทนผู้สูงอายุ โปรดเลือกดำเนินการต่อและตอบว่ายื่นแทน",
          en: "You can register from {date} (or as the municipality announces). If you are applying for an older person, continue and say you are applying on their behalf.",
        },
      },
      residentOfKo(onBehalf),
      thaiNational(onBehalf),
      {
        kind: "answer",
        field: "receivesStatePension",
        in: [false],
        message: {
          th: "ผู้ที่ได้รับบำนาญ เบี้ยหวัด บำนาญพิเศษ หรือรายได้ประจำในลักษณะเดียวกันจากหน่วยงานของรัฐ ไม่มีสิทธิรับเบี้ยยังชีพผู้สูงอายุตามระเบียบ",
          en: "By regulation, people who receive a state pension, gratuity or similar regular state income are not entitled to the elderly allowance.",
        },
        advice: {
          th: "หากบำนาญหรือรายได้นั้นสิ้นสุดแล้ว หรือท่านไม่แน่ใจ โปรดสอบถามกองสวัสดิการสังคมที่เคาน์เตอร์",
          en: "If that pension or income has ended, or you are unsure, please ask the Social Welfare Division at the counter.",
        },
      },
    ],
    channels: ["kiosk", "counter", "online"],
    keywords: [
      "เบี้ยยังชีพ",
      "เบี้ยผู้สูงอายุ",
      "ผู้สูงอายุ",
      "คนชรา",
      "เงินผู้สูงอายุ",
      "อายุ 60",
      "elderly allowance",
      "old age allowance",
      "senior",
      "pension",
    ],
    form: {
      fields: [
        ...onBehalfFields(0, { th: "ผู้สูงอายุ", en: "an older person" }),
        ...allowancePaymentFields(3),
        {
          key: "receivesStatePension",
          type: "yesno",
          label: {
            th: "ผู้สูงอายุได้รับบำนาญ เบี้ยหวัด บำนาญพิเศษ หรือรายได้ประจำในลักษณะเดียวกันจากหน่วยงานของรัฐอยู่แล้วหรือไม่",
            en: "Does the older person already receive a state pension, gratuity or similar regular state income?",
          },
          help: {
            th: "เบี้ยความพิการไม่นับ ผู้ที่ได้รับเบี้ยความพิการให้ตอบ \"ไม่ใช่\"",
            en: "The disability allowance does not count: if that is the only one, answer \"no\".",
          },
          required: true,
          order: 8,
        },
        {
          key: "movedFromAnotherArea",
          type: "yesno",
          label: {
            th: "เคยได้รับเบี้ยยังชีพผู้สูงอายุจากท้องถิ่นอื่นแล้วย้ายมาอยู่ในเขตเทศบาลใช่หรือไม่",
            en: "Did the older person receive the allowance from another local government before moving here?",
          },
          required: false,
          order: 9,
        },
        {
          key: "previousLocalGovernment",
          type: "text",
          label: { th: "ชื่อเทศบาลหรือ อบต. เดิม", en: "Name of the previous municipality or subdistrict administration" },
          required: true,
          order: 10,
          maxLength: 150,
          showWhen: { field: "movedFromAnotherArea", in: [true] },
        },
      ],
    },
  },
  {
    code: "DISABILITY_ALLOWANCE",
    division: "WELFARE",
    category: "welfare",
    name: { th: "ลงทะเบียนรับเงินเบี้ยความพิการ", en: "Disability allowance registration" },
    description: {
      th: "ลงทะเบียนเพื่อรับเงินเบี้ยความพิการรายเดือน สำหรับคนพิการที่มีบัตรประจำตัวคนพิการและมีภูมิลำเนาในเขตเทศบาล",
      en: "Register for the monthly disability allowance if you hold a disability ID card and are registered as living in the municipality.",
    },
    processing: {
      workingDays: 1,
      basis: "service_level",
      note: {
        th: "ลงทะเบียนได้ตลอดปี เมื่อตรวจสอบสิทธิแล้ว คนพิการได้รับเงินตั้งแต่เดือนถัดจากเดือนที่ลงทะเบียน โดยจ่ายเป็นรายเดือนภายในวันที่ 10 ของทุกเดือน",
        en: "You can register at any time of year. Once entitlement is confirmed, payment starts the month after registration and is made monthly by the 10th.",
      },
    },
    fee: null,
    criteria: {
      th: "มีสัญชาติไทย มีภูมิลำเนาตามทะเบียนบ้านในเขตเทศบาลตำบลก้อ มีบัตรประจำตัวคนพิการตามกฎหมายว่าด้วยการส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ และไม่อยู่ในความอุปการะของสถานสงเคราะห์ของรัฐ ผู้ที่ได้รับเบี้ยยังชีพผู้สูงอายุมีสิทธิรับเบี้ยความพิการด้วย กรณีคนพิการเป็นผู้เยาว์ ผู้ไร้ความสามารถ หรือมาด้วยตนเองไม่ได้ ผู้แทนโดยชอบธรรม ผู้พิทักษ์ ผู้อนุบาล หรือผู้ดูแลคนพิการยื่นแทนได้",
      en: "Thai nationality; registered address within Ko Subdistrict Municipality; holder of a disability ID card under the law on the empowerment of persons with disabilities; not cared for in a state institution. People receiving the elderly allowance are also entitled. For a minor, an incapacitated person or someone who cannot come in person, a legal representative, guardian or carer may apply on their behalf.",
    },
    legalBasis: {
      th: "พระราชบัญญัติส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ พ.ศ. 2550 และที่แก้ไขเพิ่มเติม; ระเบียบกระทรวงมหาดไทยว่าด้วยหลักเกณฑ์การจ่ายเงินเบี้ยความพิการให้คนพิการขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2553 และที่แก้ไขเพิ่มเติม; ประกาศกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ เรื่อง ประเภทและหลักเกณฑ์ความพิการ และที่แก้ไขเพิ่มเติม",
      en: "Persons with Disabilities Empowerment Act B.E. 2550 (2007), as amended; Ministry of Interior Regulation on the Criteria for Paying the Disability Allowance by Local Government Organisations B.E. 2553 (2010), as amended; Ministry of Social Development and Human Security Notification on Types and Criteria of Disability, as amended",
    },
    documents: [
      {
        th: "บัตรประจำตัวคนพิการ (แสดงฉบับจริง เจ้าหน้าที่ตรวจแล้วคืน)",
        en: "Disability ID card (original shown and returned)",
      },
      passbook,
      powerOfAttorney,
    ],
    steps: [
      {
        th: "ยื่นคำขอและเสียบบัตรประจำตัวประชาชนที่เครื่องอ่านบัตร แสดงบัตรประจำตัวคนพิการ เจ้าหน้าที่ตรวจคุณสมบัติ",
        en: "Apply, insert your ID card in the card reader and show the disability ID card; the officer checks eligibility",
        minutes: 10,
      },
      {
        th: "เจ้าหน้าที่ตรวจสอบบัตรประจำตัวคนพิการและการรับสิทธิซ้ำซ้อนในฐานข้อมูล",
        en: "The officer verifies the disability card and checks the databases for duplicate entitlements",
        minutes: 15,
      },
      {
        th: "บันทึกการลงทะเบียนและออกหลักฐานการลงทะเบียน",
        en: "The registration is recorded and a registration slip is issued",
        minutes: 5,
      },
      {
        th: "เทศบาลเริ่มจ่ายเงินตั้งแต่เดือนถัดจากเดือนที่ลงทะเบียน",
        en: "The municipality starts payment from the month after registration",
      },
    ],
    eligibility: [residentOfKo(onBehalf), thaiNational(onBehalf)],
    channels: ["kiosk", "counter", "online"],
    keywords: [
      "เบี้ยความพิการ",
      "เบี้ยคนพิการ",
      "คนพิการ",
      "ผู้พิการ",
      "บัตรคนพิการ",
      "disability allowance",
      "disabled",
      "disability",
    ],
    form: {
      fields: [
        ...onBehalfFields(0, { th: "คนพิการ", en: "a person with a disability" }),
        {
          key: "disabilityTypes",
          type: "multi",
          label: { th: "ประเภทความพิการตามบัตรประจำตัวคนพิการ", en: "Type of disability as shown on the disability ID card" },
          help: {
            th: "เลือกได้มากกว่า 1 ประเภทตามที่ระบุในบัตร ข้อมูลความพิการเป็นข้อมูลอ่อนไหว เทศบาลใช้เพื่อการจ่ายเบี้ยความพิการตามระเบียบเท่านั้น",
            en: "Choose every type shown on the card. Disability data is sensitive: the municipality uses it only to pay the allowance under the regulation.",
          },
          required: true,
          order: 3,
          choices: [
            { value: "visual", label: { th: "ความพิการทางการเห็น", en: "Visual impairment" } },
            {
              value: "hearing_communication",
              label: { th: "ความพิการทางการได้ยินหรือสื่อความหมาย", en: "Hearing or communication impairment" },
            },
            {
              value: "physical_mobility",
              label: { th: "ความพิการทางการเคลื่อนไหวหรือทางร่างกาย", en: "Physical or mobility impairment" },
            },
            {
              value: "mental_behavioural",
              label: { th: "ความพิการทางจิตใจหรือพฤติกรรม", en: "Mental or behavioural disability" },
            },
            { value: "intellectual", label: { th: "ความพิการทางสติปัญญา", en: "Intellectual disability" } },
            { value: "learning", label: { th: "ความพิการทางการเรียนรู้", en: "Learning disability" } },
            { value: "autism", label: { th: "ความพิการทางออทิสติก", en: "Autism" } },
          ],
        },
        {
          key: "disabilityCardNumber",
          type: "text",
          label: { th: "เลขที่บัตรประจำตัวคนพิการ", en: "Disability ID card number" },
          help: {
            th: "กรอกเฉพาะบัตรรุ่นเก่าที่เลขไม่ตรงกับเลขประจำตัวประชาชน บัตรรุ่นใหม่ใช้เลขประจำตัวประชาชนซึ่งอ่านจากบัตรแล้ว เจ้าหน้าที่ตรวจบัตรฉบับจริง",
            en: "Only for older cards whose number differs from your citizen ID: newer cards use the citizen ID, already read from your ID card. The officer checks the original card.",
          },
          required: false,
          order: 4,
          maxLength: 30,
        },
        ...allowancePaymentFields(5),
      ],
    },
  },
  {
    code: "HIV_ALLOWANCE",
    division: "WELFARE",
    category: "welfare",
    name: { th: "ขอรับเงินเบี้ยยังชีพผู้ป่วยเอดส์", en: "Living allowance for people with HIV/AIDS" },
    description: {
      th: "ขอรับเงินสงเคราะห์เพื่อการยังชีพรายเดือนสำหรับผู้ป่วยเอดส์ที่มีรายได้ไม่เพียงพอ เทศบาลเก็บข้อมูลของผู้ยื่นเป็นความลับ",
      en: "Apply for the monthly living allowance for people with AIDS who lack sufficient income. The municipality keeps your information confidential.",
    },
    processing: {
      workingDays: 7,
      basis: "service_level",
      note: {
        th: "รวมการตรวจสอบความเป็นอยู่ ซึ่งเจ้าหน้าที่อาจนัดเยี่ยมบ้านหรือพบที่สำนักงานตามที่ผู้ยื่นสะดวก โดยไม่เปิดเผยสถานะสุขภาพต่อผู้อื่น เมื่ออนุมัติแล้วจ่ายเงินเป็นรายเดือน",
        en: "Includes a check of living conditions; the officer may visit your home or meet you at the office, as you prefer, without revealing your health status to anyone. Once approved, the allowance is paid monthly.",
      },
    },
    fee: null,
    criteria: {
      th: "เป็นผู้ป่วยเอดส์ที่แพทย์รับรองและวินิจฉัยแล้ว มีภูมิลำเนาอยู่ในเขตเทศบาลตำบลก้อ และมีรายได้ไม่เพียงพอแก่การยังชีพ หรือถูกทอดทิ้ง หรือขาดผู้อุปการะเลี้ยงดู หรือไม่สามารถประกอบอาชีพเลี้ยงตนเองได้",
      en: "A person with AIDS certified and diagnosed by a physician, registered as living in Ko Subdistrict Municipality, whose income is not enough to live on, or who has been abandoned, has no one to support them, or cannot work to support themselves.",
    },
    legalBasis: {
      th: "ระเบียบกระทรวงมหาดไทยว่าด้วยการจ่ายเงินสงเคราะห์เพื่อการยังชีพขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2548; พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 มาตรา 26 (ข้อมูลสุขภาพเป็นข้อมูลอ่อนไหว)",
      en: "Ministry of Interior Regulation on Paying Living Assistance by Local Government Organisations B.E. 2548 (2005); Personal Data Protection Act B.E. 2562 (2019), section 26 (health data is sensitive data)",
    },
    documents: [
      {
        th: "ใบรับรองแพทย์ที่รับรองว่าเป็นผู้ป่วยเอดส์ (แสดงฉบับจริง เจ้าหน้าที่ตรวจแล้วคืน)",
        en: "Medical certificate confirming the diagnosis (original shown and returned)",
      },
      passbook,
      powerOfAttorney,
    ],
    steps: [
      {
        th: "ยื่นคำขอที่เคาน์เตอร์ (ในจุดที่เป็นส่วนตัว) หรือทางออนไลน์ เจ้าหน้าที่ตรวจคุณสมบัติและเอกสาร",
        en: "Apply at the counter (in a private area) or online; the officer checks eligibility and documents",
        minutes: 15,
      },
      {
        th: "เจ้าหน้าที่ตรวจสอบความเป็นอยู่และรายได้ตามที่ผู้ยื่นสะดวก",
        en: "The officer checks living conditions and income in the way you prefer",
      },
      {
        th: "นายกเทศมนตรีพิจารณาอนุมัติ",
        en: "The mayor decides on the application",
      },
      {
        th: "แจ้งผลให้ผู้ยื่นทราบเป็นการส่วนตัว และเริ่มจ่ายเงินรายเดือน",
        en: "You are told the result privately and monthly payment begins",
      },
    ],
    channels: ["counter", "online"],
    keywords: ["เอดส์", "เอชไอวี", "ผู้ติดเชื้อ", "เบี้ยยังชีพ", "HIV", "AIDS", "living allowance"],
    form: {
      fields: [
        {
          key: "livingSituation",
          type: "multi",
          label: { th: "สภาพความเป็นอยู่ในปัจจุบัน", en: "Your current situation" },
          help: {
            th: "เลือกทุกข้อที่ตรงกับความเป็นจริง ไม่ต้องระบุรายละเอียดการรักษา",
            en: "Choose all that apply. Do not give any details of your treatment.",
          },
          required: true,
          order: 0,
          choices: [
            {
              value: "insufficient_income",
              label: { th: "ไม่มีรายได้หรือมีรายได้ไม่เพียงพอแก่การยังชีพ", en: "No income, or not enough to live on" },
            },
            { value: "abandoned", label: { th: "ถูกทอดทิ้ง", en: "Abandoned" } },
            { value: "no_caregiver", label: { th: "ขาดผู้อุปการะเลี้ยงดู", en: "No one to support me" } },
            { value: "unable_to_work", label: { th: "ไม่สามารถประกอบอาชีพเลี้ยงตนเองได้", en: "Unable to work to support myself" } },
          ],
        },
        {
          key: "monthlyIncome",
          type: "number",
          label: { th: "รายได้ของท่านโดยประมาณต่อเดือน", en: "Your approximate monthly income" },
          required: false,
          order: 1,
          min: 0,
          integer: true,
          unit: { th: "บาท/เดือน", en: "baht/month" },
        },
        {
          key: "contactPreference",
          type: "single",
          label: { th: "ช่องทางที่สะดวกให้เจ้าหน้าที่ติดต่อ", en: "How the officer may contact you" },
          help: {
            th: "เจ้าหน้าที่จะไม่เปิดเผยเรื่องของท่านต่อผู้อื่นไม่ว่ากรณีใด",
            en: "In every case the officer will not disclose your situation to anyone else.",
          },
          required: true,
          order: 2,
          choices: [
            { value: "phone_only", label: { th: "โทรศัพท์ถึงตัวผู้ยื่นเท่านั้น", en: "Phone, to me only" } },
            { value: "home_visit", label: { th: "เยี่ยมบ้านได้", en: "A home visit is fine" } },
            { value: "meet_at_office", label: { th: "นัดพบที่สำนักงานเทศบาล", en: "Meet at the municipal office" } },
          ],
        },
        ...allowancePaymentFields(3),
      ],
    },
  },
  {
    code: "NEWBORN_GRANT",
    division: "WELFARE",
    category: "welfare",
    name: { th: "ขอรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด", en: "Newborn child support grant" },
    description: {
      th: "ลงทะเบียนขอรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิดเดือนละ 600 บาทจนเด็กอายุครบ 6 ปี สำหรับครัวเรือนที่มีรายได้น้อย",
      en: "Register for the child support grant of 600 baht a month until the child turns 6, for low-income households.",
    },
    processing: {
      workingDays: 15,
      basis: "service_level",
      note: {
        th: "เทศบาลรับลงทะเบียน ตรวจสอบสถานะครัวเรือน ประกาศรายชื่อ และส่งข้อมูลไปยังสำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำพูนภายใน 15 วันทำการ กรมกิจการเด็กและเยาวชนเป็นผู้อนุมัติและโอนเงินเข้าบัญชีพร้อมเพย์ของผู้ปกครอง",
        en: "Within 15 working days the municipality registers the application, checks the household, publishes the list and sends it to the Lamphun Provincial Office of Social Development and Human Security. The Department of Children and Youth approves and pays into the parent's PromptPay account.",
      },
    },
    fee: null,
    criteria: {
      th: "เด็กมีสัญชาติไทย (บิดาหรือมารดามีสัญชาติไทย) อายุไม่เกิน 6 ปี อาศัยอยู่กับผู้ปกครอง และไม่อยู่ในสถานสงเคราะห์ของรัฐหรือเอกชน ผู้ยื่นเป็นบิดา มารดา หรือผู้เลี้ยงดูเด็กที่อาศัยอยู่ในเขตเทศบาล ในครัวเรือนที่มีรายได้เฉลี่ยไม่เกิน 100,000 บาทต่อคนต่อปี และมีบัญชีพร้อมเพย์ที่ผูกกับเลขประจำตัวประชาชนของผู้ยื่น ทั้งนี้ตามหลักเกณฑ์ที่กรมกิจการเด็กและเยาวชนกำหนด ณ วันที่ลงทะเบียน",
      en: "The child is Thai (at least one parent is Thai), under 6, lives with the applicant and is not in a state or private care home. The applicant is the mother, father or carer living in the municipality, in a household whose average income is no more than 100,000 baht per person per year, and has a PromptPay account linked to their citizen ID. The Department of Children and Youth's criteria on the day of registration apply.",
    },
    legalBasis: {
      th: "ระเบียบกรมกิจการเด็กและเยาวชนว่าด้วยการจ่ายเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด พ.ศ. 2565 และที่แก้ไขเพิ่มเติม; มติคณะรัฐมนตรีเรื่องโครงการเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด",
      en: "Department of Children and Youth Regulation on Paying the Child Support Grant for Newborns B.E. 2565 (2022), as amended; Cabinet resolutions on the child support grant programme",
    },
    documents: [
      {
        th: "สูติบัตรของเด็ก (แสดงฉบับจริง เจ้าหน้าที่ตรวจแล้วคืน)",
        en: "The child's birth certificate (original shown and returned)",
      },
      {
        th: "แบบรับรองสถานะของครัวเรือน (แบบ ดรร.02) ที่ผู้รับรองลงนามแล้ว ขอรับแบบได้ที่เทศบาล",
        en: "Household status certification form (DorRorRor.02) signed by the certifiers; the form is available at the municipality",
      },
    ],
    steps: [
      {
        th: "ยื่นคำขอและเสียบบัตรประจำตัวประชาชนของผู้ปกครอง แสดงสูติบัตรของเด็ก เจ้าหน้าที่ตรวจเอกสาร",
        en: "Apply, insert the parent's ID card and show the child's birth certificate; the officer checks the documents",
        minutes: 15,
      },
      {
        th: "ตรวจสอบสถานะครัวเรือนและประกาศรายชื่อผู้ลงทะเบียนเพื่อให้มีการทักท้วง",
        en: "The household status is checked and the list of applicants is published so objections can be raised",
      },
      {
        th: "ส่งข้อมูลไปยังสำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำพูนเพื่อพิจารณา",
        en: "The data is sent to the Lamphun Provincial Office of Social Development and Human Security",
      },
      {
        th: "กรมกิจการเด็กและเยาวชนอนุมัติและโอนเงินเข้าบัญชีพร้อมเพย์ เทศบาลแจ้งผลให้ผู้ยื่นทราบ",
        en: "The Department of Children and Youth approves and pays into the PromptPay account; the municipality tells you the result",
      },
    ],
    channels: ["kiosk", "counter", "online"],
    keywords: [
      "เด็กแรกเกิด",
      "เงินอุดหนุนเด็ก",
      "เงินเด็ก 600",
      "ลูก",
      "ทารก",
      "newborn",
      "child support grant",
      "baby",
    ],
    form: {
      fields: [
        {
          key: "childCitizenId",
          type: "text",
          label: { th: "เลขประจำตัวประชาชนของเด็ก", en: "The child's citizen ID number" },
          help: { th: "เลข 13 หลักตามสูติบัตร", en: "The 13-digit number on the birth certificate." },
          required: true,
          order: 0,
          maxLength: 13,
        },
        {
          key: "childBirthDate",
          type: "date",
          label: { th: "วันเกิดของเด็ก", en: "The child's date of birth" },
          required: true,
          order: 1,
          notAfter: "today",
        },
        {
          key: "relationshipToChild",
          type: "single",
          label: { th: "ความเกี่ยวข้องกับเด็ก", en: "Your relationship to the child" },
          required: true,
          order: 2,
          choices: [
            { value: "mother", label: { th: "มารดา", en: "Mother" } },
            { value: "father", label: { th: "บิดา", en: "Father" } },
            { value: "other_caregiver", label: { th: "ผู้เลี้ยงดูเด็ก", en: "Other carer" } },
          ],
        },
        {
          key: "householdMembers",
          type: "number",
          label: { th: "จำนวนสมาชิกในครัวเรือน (รวมเด็ก)", en: "Number of household members (including the child)" },
          required: true,
          order: 3,
          min: 1,
          max: 30,
          integer: true,
          unit: { th: "คน", en: "people" },
        },
        {
          key: "householdAnnualIncome",
          type: "number",
          label: { th: "รายได้รวมของครัวเรือนในรอบ 12 เดือนที่ผ่านมา", en: "Total household income over the last 12 months" },
          help: {
            th: "รวมรายได้ของสมาชิกทุกคน ใช้คำนวณรายได้เฉลี่ยต่อคนต่อปี",
            en: "All members' income together; used to work out the average income per person per year.",
          },
          required: true,
          order: 4,
          min: 0,
          integer: true,
          unit: { th: "บาท/ปี", en: "baht/year" },
        },
        {
          key: "promptPayLinked",
          type: "yesno",
          label: {
            th: "ท่านมีบัญชีพร้อมเพย์ที่ผูกกับเลขประจำตัวประชาชนของท่านแล้วหรือไม่",
            en: "Do you have a PromptPay account linked to your citizen ID?",
          },
          help: {
            th: "เงินอุดหนุนโอนเข้าบัญชีพร้อมเพย์ที่ผูกกับเลขประจำตัวประชาชนของผู้ยื่นเท่านั้น หากยังไม่มี โปรดติดต่อธนาคาร",
            en: "The grant is paid only to a PromptPay account linked to the applicant's citizen ID. If you have none, please ask your bank.",
          },
          required: true,
          order: 5,
        },
      ],
    },
  },
  {
    code: "HARDSHIP_AID",
    division: "WELFARE",
    category: "welfare",
    name: { th: "ขอรับการสงเคราะห์ผู้ยากไร้และผู้ประสบความเดือดร้อน", en: "Hardship aid" },
    description: {
      th: "ขอความช่วยเหลือเป็นเงินหรือสิ่งของสำหรับผู้ที่มีรายได้ไม่เพียงพอหรือประสบความเดือดร้อนในการดำรงชีวิต เช่น ผู้สูงอายุที่อยู่ลำพัง ผู้ป่วยติดเตียง หรือครอบครัวที่ขาดผู้หารายได้",
      en: "Ask for help in cash or in kind if you cannot make ends meet, for example an older person living alone, a bedridden patient or a family that has lost its breadwinner.",
    },
    processing: {
      workingDays: 15,
      basis: "service_level",
      note: {
        th: "รวมการเยี่ยมบ้านเพื่อตรวจสอบข้อเท็จจริงและการพิจารณาของคณะกรรมการช่วยเหลือประชาชนของเทศบาล",
        en: "Includes a home visit to check the facts and consideration by the municipality's public assistance committee.",
      },
    },
    fee: null,
    criteria: {
      th: "ผู้ที่มีภูมิลำเนาในเขตเทศบาลตำบลก้อ ซึ่งยากจน มีรายได้ไม่เพียงพอ หรือไม่สามารถพึ่งตนเองได้ ความช่วยเหลือเป็นเงินหรือสิ่งของตามความจำเป็น ครั้งละไม่เกิน 3,000 บาทต่อครอบครัว และไม่เกิน 3 ครั้งต่อปีงบประมาณ ตามระเบียบ",
      en: "People registered as living in Ko Subdistrict Municipality who are poor, lack sufficient income or cannot support themselves. Help is given in cash or in kind as needed, up to 3,000 baht per family each time and no more than three times per fiscal year, as the regulation allows.",
    },
    legalBasis: {
      th: "ระเบียบกระทรวงมหาดไทยว่าด้วยค่าใช้จ่ายเพื่อช่วยเหลือประชาชนตามอำนาจหน้าที่ขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2560 และที่แก้ไขเพิ่มเติม (ด้านการส่งเสริมและพัฒนาคุณภาพชีวิต); พระราชบัญญัติเทศบาล พ.ศ. 2496 และที่แก้ไขเพิ่มเติม มาตรา 50",
      en: "Ministry of Interior Regulation on Expenses for Assisting the Public within the Powers of Local Government Organisations B.E. 2560 (2017), as amended (quality-of-life assistance); Municipality Act B.E. 2496 (1953), as amended, section 50",
    },
    documents: [],
    steps: [
      {
        th: "ยื่นคำขอ เจ้าหน้าที่รับเรื่องและสอบถามความเดือดร้อนเบื้องต้น",
        en: "Apply; the officer records the request and asks about your situation",
        minutes: 15,
      },
      {
        th: "นักพัฒนาชุมชนหรือนักสังคมสงเคราะห์เยี่ยมบ้านเพื่อตรวจสอบข้อเท็จจริง",
        en: "A community development or social worker visits your home to check the facts",
      },
      {
        th: "คณะกรรมการช่วยเหลือประชาชนพิจารณา และนายกเทศมนตรีอนุมัติ",
        en: "The public assistance committee considers the case and the mayor approves",
      },
      {
        th: "แจ้งผลและมอบความช่วยเหลือ",
        en: "You are told the result and receive the help",
      },
    ],
    eligibility: [residentOfKo()],
    channels: ["kiosk", "counter", "online"],
    keywords: [
      "ผู้ยากไร้",
      "คนจน",
      "สงเคราะห์",
      "ช่วยเหลือ",
      "เดือดร้อน",
      "ติดเตียง",
      "hardship",
      "poverty",
      "financial help",
    ],
    form: {
      fields: [
        {
          key: "hardshipTypes",
          type: "multi",
          label: { th: "ลักษณะความเดือดร้อน", en: "What kind of hardship" },
          required: true,
          order: 0,
          choices: [
            { value: "low_income", label: { th: "ไม่มีรายได้หรือรายได้ไม่พอใช้จ่าย", en: "No income or not enough to live on" } },
            {
              value: "no_carer",
              label: { th: "ผู้สูงอายุหรือคนพิการที่ไม่มีผู้ดูแล", en: "Older or disabled person with no one to look after them" },
            },
            {
              value: "bedridden_or_long_illness",
              label: { th: "มีผู้ป่วยติดเตียงหรือเจ็บป่วยเรื้อรังในครอบครัว", en: "A bedridden or long-term ill person in the family" },
            },
            { value: "lost_breadwinner", label: { th: "ครอบครัวขาดผู้หารายได้", en: "The family lost its breadwinner" } },
            { value: "other", label: { th: "อื่น ๆ", en: "Other" } },
          ],
        },
        {
          key: "needs",
          type: "multi",
          label: { th: "ความช่วยเหลือที่ต้องการ", en: "Help needed" },
          required: true,
          order: 1,
          choices: [
            { value: "cash", label: { th: "เงินช่วยเหลือ", en: "Cash" } },
            { value: "food_and_supplies", label: { th: "อาหารและของใช้จำเป็น", en: "Food and basic supplies" } },
            { value: "medical_travel", label: { th: "ค่าเดินทางไปรักษาพยาบาล", en: "Travel costs for medical treatment" } },
            { value: "other", label: { th: "อื่น ๆ", en: "Other" } },
          ],
        },
        {
          key: "householdMembers",
          type: "number",
          label: { th: "จำนวนสมาชิกในครัวเรือน", en: "Number of household members" },
          required: true,
          order: 2,
          min: 1,
          max: 30,
          integer: true,
          unit: { th: "คน", en: "people" },
        },
        {
          key: "monthlyHouseholdIncome",
          type: "number",
          label: { th: "รายได้รวมของครัวเรือนโดยประมาณต่อเดือน", en: "Approximate total household income per month" },
          required: false,
          order: 3,
          min: 0,
          integer: true,
          unit: { th: "บาท/เดือน", en: "baht/month" },
        },
        {
          key: "description",
          type: "longtext",
          label: { th: "เล่าความเดือดร้อนโดยย่อ", en: "Describe your situation briefly" },
          help: {
            th: "เช่น เหตุที่ทำให้เดือดร้อน ใครในบ้านต้องการความช่วยเหลือ ไม่ต้องระบุชื่อโรคหรือรายละเอียดการรักษา",
            en: "For example what caused the hardship and who in the household needs help. No need to name illnesses or treatment.",
          },
          required: true,
          order: 4,
          maxLength: 2000,
        },
        {
          key: "aidReceivedThisYear",
          type: "yesno",
          label: {
            th: "ในปีงบประมาณนี้ ครอบครัวของท่านเคยได้รับความช่วยเหลือประเภทนี้จากเทศบาลแล้วหรือไม่",
            en: "Has your family already received this kind of help from the municipality this fiscal year?",
          },
          required: true,
          order: 5,
        },
      ],
    },
  },
];
