import { readInboxFolder, type ReceivedMail } from "../../test/support/smtp-inbox";

/** The mail the app has sent so far to `to`, as the test SMTP server received it. */
export function mailTo(to: string): ReceivedMail[] {
  return readInboxFolder(process.env.E2E_MAILBOX!).filter((mail) => mail.to.includes(to));
}
