// nodemailer ships no types and @types/nodemailer is not installed: only what SmtpTransport uses.
declare module 'nodemailer' {
  export interface SentMessageInfo {
    messageId: string;
  }
  export interface Transporter {
    sendMail(options: { from: string; to: string; subject: string; text: string; messageId: string }): Promise<SentMessageInfo>;
    close(): void;
  }
  export function createTransport(url: string): Transporter;
  const nodemailer: { createTransport: typeof createTransport };
  export default nodemailer;
}
