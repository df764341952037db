import { STATUS_CODES, type Server } from 'node:http'

/**
 * Requests Node's HTTP parser cannot read (an unknown method such as TRACK, headers over the size
 * limit, a malformed request line) never reach express; Node answers them with a bare status and
 * no body. These get the same bilingual error body as everything else.
 */
export function answerClientErrors(server: Server): Server {
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy()
    const [status, zh, en] =
      err.code === 'HPE_HEADER_OVERFLOW' ? [431, '请求头过大', 'request headers too large']
      : err.code === 'HPE_INVALID_METHOD' ? [405, '不支持的请求方法', 'method not allowed']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, '请求超时', 'request timeout']
      : [400, '无法解析的 HTTP 请求', 'malformed HTTP request']
    const body = JSON.stringify({ errors: [{ message: `${zh} / ${en}` }] })
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    )
  })
  return server
}
