import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

/** A real SMTP server on 127.0.0.1 that keeps every message it receives, parsed (no auth, no TLS). */
export type LocalSmtp = { received: ParsedMail[]; url: string; close: () => Promise<void> };

/** Received messages go into `received` (a fresh array unless one is given). */
export async function startLocalSmtp(port: number, received: ParsedMail[] = []): Promise<LocalSmtp> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { received, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
