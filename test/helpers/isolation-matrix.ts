import type { TenantScopedCollection } from '../../src/tenancy/scoped-collections'

/**
 * How to make a valid document of each tenant-scoped collection. The record type forces every
 * collection in src/tenancy/scoped-collections.ts to have a line here, so none escapes the matrix.
 */
export type SampleFactory = (label: string) => Record<string, unknown>

export const isolationSamples: Record<TenantScopedCollection, SampleFactory> = {
  articles: (label) => ({ title: `隔离测试 ${label}`, category: 'news', summary: label }),
}
