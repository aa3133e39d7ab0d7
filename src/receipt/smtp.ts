// Outgoing mail through the SMTP server of SMTP_URL (smtp:// or smtps://user:pass@host:port). The sender is the
// URL's `from` query parameter when given.
import nodemailer from 'nodemailer';

export async function sendMail(
  smtpUrl: string,
  m: { to: string; subject: string; text: string; fallbackFrom: string },
): Promise<void> {
  const url = new URL(smtpUrl);
  const from = url.searchParams.get('from') ?? m.fallbackFrom;
  url.searchParams.delete('from');
  const transport = nodemailer.createTransport(url.toString(), {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as never);
  try {
    await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
  } finally {
    transport.close();
  }
}
