import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { solveChallenge } from 'altcha-lib/v1'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { samplePdf, samplePng } from '../helpers/isolation-matrix'
import { remote } from '../helpers/remote'
import { startS3, type TestS3 } from '../helpers/s3'
import { startServer, type ServerProcess } from '../helpers/server-process'
import { users } from '../helpers/workflow'
import { demoSites } from '../../src/seed'

const upload = (id: unknown) => ({ type: 'upload', relationTo: 'media', value: id, fields: null, format: '', version: 3 })
const body = (nodes: unknown[]) => ({ root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: nodes } })
const hubEditor = 'hub.editor@demo.zhanqun.cn'

/**
 * Uploaded files on either storage: the local disk (default) or an S3 bucket (S3_BUCKET, here a real
 * S3-protocol server). Files are served only through Payload's access check, so a draft's file or a
 * letter's attachment is refused to visitors who may not read its document, whichever storage holds
 * it. Each storage runs in a server process of its own on a SQLite file (the storage does not
 * depend on the database; the multi-server tests cover PostgreSQL).
 */
describe.each([{ storage: 'local disk' as const }, { storage: 'S3 (s3rver)' as const }])('uploaded files on $storage', ({ storage }) => {
  const onS3 = storage !== 'local disk'
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-storage-'))
  const mediaDir = path.join(dir, 'media')
  const letterDir = path.join(dir, 'letter-files')
  const requestDir = path.join(dir, 'request-files')
  let s3: TestS3 | undefined
  let server: ServerProcess | undefined
  let api: ReturnType<typeof remote>

  const fetchFile = async (url: string, email?: string) => {
    const res = await fetch(`${api.url}${url}`, { headers: email ? await api.auth(email) : {} })
    return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) }
  }
  // In the bucket each collection's files sit under its own prefix (file names are unique per collection only).
  const stored = async (filename: string, dirOnDisk: string, prefix: string) => ({
    onDisk: fs.existsSync(path.join(dirOnDisk, filename)),
    inBucket: s3 ? (await s3.keys()).includes(`${prefix}/${filename}`) : false,
  })

  beforeAll(async () => {
    s3 = onS3 ? await startS3() : undefined
    server = await startServer({
      DATABASE_URI: `file:${path.join(dir, 'storage.db')}`, PAYLOAD_SECRET: 'storage-test', SEED_DEMO: 'small', JOBS_AUTORUN: 'false',
      NODE_ENV: 'test', // schema by push, like the in-process tests
      MEDIA_DIR: mediaDir, LETTER_FILES_DIR: letterDir, REQUEST_FILES_DIR: requestDir, ...(s3?.env ?? {}),
    })
    api = remote(server)
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    await s3?.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('keeps a draft’s file from anonymous visitors, serves it once its item is published, and stores it where configured', async () => {
    const png = await samplePng('storage-figure', 400, 300)
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: '存储测试图' }))
    form.append('file', new Blob([new Uint8Array(png.data)], { type: 'image/png' }), png.name)
    const res = await fetch(`${api.url}/api/media`, { method: 'POST', headers: await api.auth(users.editor), body: form })
    const created = (await res.json()) as { doc: { id: number; filename: string; sizes: { thumbnail: { filename: string } } } }
    expect(res.status, JSON.stringify(created) + server!.log().slice(-3000)).toBe(201)
    const { filename } = created.doc
    const thumbnail = created.doc.sizes.thumbnail.filename
    for (const name of [filename, thumbnail]) {
      expect(await stored(name, mediaDir, 'media')).toEqual(onS3 ? { onDisk: false, inBucket: true } : { onDisk: true, inBucket: false })
    }

    const urls = [`/api/media/file/${filename}`, `/api/media/file/${thumbnail}`]
    for (const url of urls) expect([403, 404]).toContain((await fetchFile(url)).status)
    const own = await fetchFile(urls[0], users.editor)
    expect(own.status).toBe(200)
    expect(own.bytes.equals(png.data)).toBe(true)
    expect((await fetchFile(urls[0], users.countyEditor)).status).toBeGreaterThanOrEqual(403) // another unit's editor

    const article = await api.call(users.editor, 'POST', '/api/articles', { title: '附图已发布', category: 'news', body: body([upload(created.doc.id)]), _status: 'published' })
    expect(article.status, article.text).toBe(201)
    for (const url of urls) expect((await fetchFile(url)).status, url).toBe(200)
    expect((await fetchFile(urls[0])).bytes.equals(png.data)).toBe(true)

    expect((await api.call(users.editor, 'PATCH', `/api/articles/${article.body.doc.id}`, { _status: 'draft' })).status).toBe(200)
    for (const url of urls) expect([403, 404]).toContain((await fetchFile(url)).status)
    // A file whose object is gone answers 404, not 500, on either storage.
    if (s3) await s3.remove(`media/${thumbnail}`)
    else fs.rmSync(path.join(mediaDir, thumbnail))
    expect((await fetchFile(urls[1], users.editor)).status).toBe(404)
    expect((await fetchFile(urls[0], users.editor)).status).toBe(200)
  })

  it('gives a letter’s attachment only to those who handle the letter', async () => {
    const challenge = (await api.call(undefined, 'GET', '/api/letters/challenge')).body.altcha
    const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise
    expect(solution).toBeTruthy()
    const altcha = Buffer.from(JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, number: solution!.number, salt: challenge.salt, signature: challenge.signature })).toString('base64')
    const form = new FormData()
    for (const [k, v] of Object.entries({ name: '王五', email: 'wang@example.com', subject: '附件存储测试', category: 'suggest', body: '请见附件中的建议书，谢谢。这是一封带附件的来信。', altcha })) form.append(k, v)
    const pdf = samplePdf()
    form.append('attachments', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'proposal.pdf')
    const submitted = await fetch(`${api.url}/api/letters/submit`, { method: 'POST', body: form })
    expect(submitted.status, await submitted.clone().text()).toBe(201)

    const found = await api.call(hubEditor, 'GET', '/api/letter-attachments?sort=-createdAt&limit=1')
    expect(found.status).toBe(200)
    const filename = String(found.body.docs[0].filename)
    expect(await stored(filename, letterDir, 'letter-attachments')).toEqual(onS3 ? { onDisk: false, inBucket: true } : { onDisk: true, inBucket: false })
    const url = `/api/letter-attachments/file/${encodeURIComponent(filename)}`
    expect((await fetchFile(url)).status).toBe(403)
    expect((await fetchFile(url, users.countyEditor)).status).toBe(403)
    const handler = await fetchFile(url, hubEditor)
    expect(handler.status).toBe(200)
    expect(handler.bytes.equals(pdf)).toBe(true)
  })

  it('gives an answer document to the unit’s staff and to the applicant with code and password, nobody else', async () => {
    const registered = await api.call(users.editor, 'POST', '/api/requests/register', {
      site: demoSites().department.slug, channel: 'in-person', applicantKind: 'natural', name: '赵六', idNumber: '43100219800101123X', phone: '13700137002',
      description: '申请公开2026年重点项目清单。', form: 'paper', delivery: 'post', address: '郴州市北湖区人民西路1号',
    })
    expect(registered.status, registered.text).toBe(201)
    const { trackingCode, password } = registered.body
    const id = (await api.call(users.editor, 'GET', `/api/requests?where[trackingCode][equals]=${trackingCode}`)).body.docs[0].id
    const form = new FormData()
    for (const [k, v] of Object.entries({ step: 'answer', outcome: 'open', answer: '现将清单提供给您。' })) form.append(k, v)
    const pdf = samplePdf()
    form.append('documents', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), '答复书.pdf')
    const answered = await fetch(`${api.url}/api/requests/${id}/step`, { method: 'POST', headers: await api.auth(users.editor), body: form })
    expect(answered.status, await answered.clone().text()).toBe(200)

    const doc = (await api.call(users.editor, 'GET', `/api/requests/${id}?depth=1`)).body.documents[0]
    expect(await stored(doc.filename, requestDir, 'request-documents')).toEqual(onS3 ? { onDisk: false, inBucket: true } : { onDisk: true, inBucket: false })
    const url = `/api/request-documents/file/${encodeURIComponent(doc.filename)}`
    expect((await fetchFile(url)).status).toBe(403)
    expect((await fetchFile(url, users.countyEditor)).status).toBe(403)
    expect((await fetchFile(url, users.editor)).bytes.equals(pdf)).toBe(true)
    const applicant = await fetch(`${api.url}/api/requests/track/document`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: trackingCode, password, document: doc.id }) })
    expect(applicant.status).toBe(200)
    expect(Buffer.from(await applicant.arrayBuffer()).equals(pdf)).toBe(true)
  })
})
