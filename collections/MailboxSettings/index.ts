import type { GlobalConfig } from 'payload'
import { superAdminOnly } from '../../src/access'
import { defaultDeadlines, type Deadlines } from '../../src/letters/rules'
import type { Payload } from 'payload'
import { wholeNumberField } from '../shared/whole-number'

/** Group-wide mailbox settings: the working-day deadlines of every mailbox in the group. */
export const MailboxSettings: GlobalConfig = {
  slug: 'mailbox-settings',
  label: { zh: '信箱设置', en: 'Mailbox settings' },
  admin: { group: { zh: '政民互动', en: 'Citizens' } },
  access: { read: ({ req }) => Boolean(req.user), update: superAdminOnly },
  fields: [
    wholeNumberField({
      name: 'acceptDays', required: true, min: 1, max: 60, defaultValue: defaultDeadlines.acceptDays,
      label: { zh: '受理时限（工作日）', en: 'Days to accept (working days)' },
    }),
    wholeNumberField({
      name: 'replyDays', required: true, min: 1, max: 120, defaultValue: defaultDeadlines.replyDays,
      label: { zh: '答复时限（工作日，自受理起）', en: 'Days to reply after acceptance (working days)' },
    }),
  ],
}

export async function mailboxDeadlines(payload: Payload): Promise<Deadlines> {
  const settings = await payload.findGlobal({ slug: 'mailbox-settings', depth: 0, overrideAccess: true })
  return {
    acceptDays: Number(settings?.acceptDays) || defaultDeadlines.acceptDays,
    replyDays: Number(settings?.replyDays) || defaultDeadlines.replyDays,
  }
}
