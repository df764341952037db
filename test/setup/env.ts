import { inject } from 'vitest'

// Runs before each test file's imports: payload.config reads these when it is loaded.
process.env.DATABASE_URI = inject('databaseUri')
process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production'
