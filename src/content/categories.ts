/** The article categories (分类) of every site: the lists 要闻, 工作动态, 通知公告. Pure. */
export const articleCategories = [
  { value: 'headline', label: { zh: '要闻', en: 'Headlines' } },
  { value: 'news', label: { zh: '工作动态', en: 'News' } },
  { value: 'notice', label: { zh: '通知公告', en: 'Notices' } },
] as const

export type ArticleCategory = (typeof articleCategories)[number]['value']

export const articleCategoryValues: readonly ArticleCategory[] = articleCategories.map((c) => c.value)

export const isArticleCategory = (value: unknown): value is ArticleCategory => articleCategoryValues.includes(value as ArticleCategory)

/** The Chinese name of a category, as the public sites show it. */
export const categoryName = (value: ArticleCategory): string => articleCategories.find((c) => c.value === value)!.label.zh

/** The categories as select options (value and bilingual label), for collection fields. */
export const categoryOptions = articleCategories.map((c) => ({ value: c.value, label: { ...c.label } }))
