import { Kind, parse, type ASTNode, type DocumentNode, type SelectionSetNode, type ValueNode } from 'graphql'
import { hasUnstorableText, unstorableTextProblem, type RequestLimits } from './request-limits'

/**
 * Cost bounds for one GraphQL request, checked on the parsed document before graphql-js validates
 * it: some of graphql-js's own validation is quadratic in the number of aliases of one field
 * (OverlappingFieldsCanBeMerged), so a validation rule would run too late to keep a 1,000-alias query
 * cheap. Parsing itself stops after `maxTokens`.
 */
export type GraphQLLimits = RequestLimits['graphql']

export interface GraphQLProblem {
  zh: string
  en: string
}

export interface GraphQLParams {
  query?: unknown
  variables?: unknown
}

const depthOf = (value: unknown, level = 0): number =>
  level > 64 || typeof value !== 'object' || value === null ? level : Math.max(level, ...Object.values(value).map((v) => depthOf(v, level + 1)))

/** Checks one GraphQL request (already decoded from its JSON body or URL); returns the first problem, or null. */
export function checkGraphQLRequest(params: GraphQLParams, paging: RequestLimits, limits: GraphQLLimits = paging.graphql): GraphQLProblem | null {
  if (typeof params.query !== 'string' || !params.query.trim()) return { zh: '缺少 GraphQL 查询（query）', en: 'the GraphQL query is missing' }
  if (params.variables !== undefined && params.variables !== null && (typeof params.variables !== 'object' || Array.isArray(params.variables))) {
    return { zh: 'variables 须为对象', en: 'variables must be an object' }
  }
  const variables = (params.variables ?? {}) as Record<string, unknown>
  // PostgreSQL text cannot hold NUL: a literal one, or the \u0000 escape in a GraphQL string.
  if (hasUnstorableText(variables) || hasUnstorableText(params.query) || /\\u0000/i.test(params.query)) return unstorableTextProblem
  if (depthOf(variables) > limits.maxValueDepth) return { zh: 'variables 嵌套过深', en: 'variables are nested too deeply' }
  let document: DocumentNode
  try {
    document = parse(params.query, { maxTokens: limits.maxTokens, noLocation: true })
  } catch (err) {
    return { zh: `GraphQL 查询无法解析（最多 ${limits.maxTokens} 个记号）`, en: (err as Error).message }
  }
  const fragments = new Map<string, SelectionSetNode>()
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def.selectionSet)

  let aliases = 0
  let fields = 0
  let directives = 0
  let problem: GraphQLProblem | null = null
  const fail = (p: GraphQLProblem) => ((problem ??= p), false)

  const argumentValue = (node: ValueNode): unknown => {
    if (node.kind === Kind.VARIABLE) return variables[node.name.value]
    if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return Number(node.value)
    if (node.kind === Kind.BOOLEAN) return node.value
    return undefined
  }
  const valueDepth = (node: ValueNode, level = 0): number =>
    node.kind === Kind.OBJECT ? Math.max(level + 1, ...node.fields.map((f) => valueDepth(f.value, level + 1)))
    : node.kind === Kind.LIST ? Math.max(level + 1, ...node.values.map((v) => valueDepth(v, level + 1)))
    : level
  const checkArguments = (node: ASTNode & { arguments?: readonly { name: { value: string }; value: ValueNode }[] }) => {
    for (const arg of node.arguments ?? []) {
      if (valueDepth(arg.value) > limits.maxValueDepth) return fail({ zh: `参数 ${arg.name.value} 嵌套过深`, en: `argument ${arg.name.value} is nested too deeply` })
      const value = argumentValue(arg.value)
      const name = arg.name.value
      const bounds = name === 'limit' ? [1, paging.maxListLimit] : name === 'page' ? [1, paging.maxPage] : null
      if (bounds && value !== undefined && value !== null && !(Number.isInteger(value) && (value as number) >= bounds[0] && (value as number) <= bounds[1])) {
        return fail({ zh: `参数 ${name} 须为 ${bounds[0]} 到 ${bounds[1]} 之间的整数`, en: `${name} must be a whole number from ${bounds[0]} to ${bounds[1]}` })
      }
      if (name === 'pagination' && value === false) return fail({ zh: '列表须分页，不能关闭 pagination', en: 'lists are paginated; pagination cannot be turned off' })
    }
    return true
  }

  // Walks selections with fragments expanded; a fragment that reaches itself is a cycle.
  const walk = (set: SelectionSetNode, depth: number, path: Set<string>): boolean => {
    if (depth > limits.maxDepth) return fail({ zh: `GraphQL 查询嵌套过深（最多 ${limits.maxDepth} 层）`, en: `the GraphQL query is nested too deeply (at most ${limits.maxDepth} levels)` })
    for (const selection of set.selections) {
      // Every selection counts, spreads too: fragments that spread others twice grow exponentially.
      if (++fields > limits.maxFields) return fail({ zh: `GraphQL 查询字段过多（最多 ${limits.maxFields} 个）`, en: `the GraphQL query selects too many fields (at most ${limits.maxFields})` })
      directives += selection.directives?.length ?? 0
      if (directives > limits.maxDirectives) return fail({ zh: `GraphQL 指令过多（最多 ${limits.maxDirectives} 个）`, en: `too many GraphQL directives (at most ${limits.maxDirectives})` })
      if (selection.kind === Kind.FIELD) {
        if (selection.alias && ++aliases > limits.maxAliases) return fail({ zh: `GraphQL 别名过多（最多 ${limits.maxAliases} 个）`, en: `too many GraphQL aliases (at most ${limits.maxAliases})` })
        if (!checkArguments(selection)) return false
        if (selection.selectionSet && !walk(selection.selectionSet, depth + 1, path)) return false
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!walk(selection.selectionSet, depth, path)) return false
      } else {
        const name = selection.name.value
        const target = fragments.get(name)
        if (!target) return fail({ zh: `未定义的片段：${name}`, en: `unknown fragment: ${name}` })
        if (path.has(name)) return fail({ zh: `片段 ${name} 循环引用自身`, en: `fragment ${name} spreads itself (a cycle)` })
        if (!walk(target, depth, new Set(path).add(name))) return false
      }
    }
    return true
  }

  for (const def of document.definitions) {
    // The schema has no subscriptions; Payload's complexity rule throws on an operation type the schema lacks.
    if (def.kind === Kind.OPERATION_DEFINITION && def.operation === 'subscription') {
      return { zh: '不支持 GraphQL 订阅（subscription）', en: 'GraphQL subscriptions are not supported' }
    }
    if (def.kind === Kind.OPERATION_DEFINITION && !walk(def.selectionSet, 1, new Set())) break
  }
  return problem
}
