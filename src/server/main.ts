/**
 * Entry point of `npm start`: checks the environment, loads Lexical safely (see
 * src/config/preload-lexical.ts), then starts the site group.
 */
import './check-env'
import { preloadLexical } from '../config/preload-lexical'

await preloadLexical()
await import('./start')
