import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// The layering (README "Layout"): rule files are pure; glue (collections, reads, jobs, import, seed)
// never reaches into the public renderer; only src/server and src/site serve visitors.
const ruleFiles = [
  'src/access/{roles,user-management}.ts',
  'src/{audit,content,disclosure,display,letters,monitoring,personal-data,requests,review,search,shared,syndication,tenancy,wording}/**/*.ts',
  'src/site/{routing,format,http-cache}.ts',
  'src/jobs/publication-event.ts',
]
const readFiles = ['src/*/reads/**/*.ts']
const glueFiles = ['payload.config.ts', 'collections/**/*.{ts,tsx}', 'src/*/reads/**/*.ts', 'src/{jobs,import,seed}/**/*.ts']

const payloadAndFrameworks = {
  group: ['payload', 'payload/*', '@payloadcms/*', 'express', 'next', 'next/*', 'react', 'react-dom', 'react-dom/*'],
  message: 'Rule files are pure: no Payload or framework import. Put reads in src/<capability>/reads/ and hooks in collections/<Name>/.',
}
const glueAndServing = {
  group: ['**/collections/**', '**/payload.config', '**/server/**', '**/site/**', '**/reads/**', '**/payload-types'],
  message: 'Rule files are pure: they import only other rule files.',
}
const publicRenderer = {
  group: ['**/site/render', '**/site/pages/**', '**/site/components/**', '**/site/feeds', '**/site/data/**', 'react-dom/server'],
  message: 'Glue never renders public pages: the public site (src/site, served by src/server/public) reads through src/<capability>/reads/.',
}

export default tseslint.config(
  { ignores: ['node_modules/', '.next/', 'data/', 'tmpcheck/', 'app/(payload)/admin/importMap.js', 'src/migrations/sqlite/', 'src/migrations/postgres/', 'src/payload-types.ts', 'next-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ruleFiles,
    ignores: readFiles,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [payloadAndFrameworks, glueAndServing] }] },
  },
  {
    files: glueFiles,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [publicRenderer] }] },
  },
)
