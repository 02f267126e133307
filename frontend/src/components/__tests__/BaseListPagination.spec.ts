import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'

import BaseListPagination from '@/components/BaseListPagination.vue'
import { appPlugins } from '@/test/setup'

describe('BaseListPagination', () => {
  it('shows only for a list longer than a page, and asks for the page clicked', async () => {
    const { plugins } = appPlugins('en')
    const short = mount(BaseListPagination, { props: { count: 20, pageSize: 20, page: 1 }, global: { plugins } })
    expect(short.find('.el-pagination').exists()).toBe(false)

    const long = mount(BaseListPagination, { props: { count: 45, pageSize: 20, page: 1 }, global: { plugins } })
    expect(long.findAll('.el-pager li').map((item) => item.text())).toEqual(['1', '2', '3'])
    await long.findAll('.el-pager li')[2]!.trigger('click')
    expect(long.emitted('change')).toEqual([[3]])
  })
})
