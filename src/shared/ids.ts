import type { ID } from '../access/roles'

/**
 * A document ID for a relationship field in Local API data. The generated types name the SQL
 * adapters' numeric IDs; MongoDB's are strings, and Payload accepts either at run time.
 */
export const relationId = (id: ID): number => id as number
