import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface TestSmtp {
  port: number
  received: ParsedMail[]
  close: () => Promise<void>
}

/** A real SMTP server on 127.0.0.1 (random port) that keeps every message it receives, parsed. */
export async function startSmtp(): Promise<TestSmtp> {
  const received: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail)
        callback()
      }, callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** A port on 127.0.0.1 where nothing listens (a server that just closed). */
export async function closedPort(): Promise<number> {
  const smtp = await startSmtp()
  await smtp.close()
  return smtp.port
}
