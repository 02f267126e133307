import 'element-plus/dist/index.css'
import './assets/main.css'

import ElementPlus from 'element-plus'
import { createPinia } from 'pinia'
import { createApp } from 'vue'

import { authApi } from './api/auth'
import App from './App.vue'
import { currentLocale, i18n } from './i18n'
import { router } from './router'

const app = createApp(App)
app.use(createPinia())
app.use(i18n)
app.use(router)
app.use(ElementPlus)

document.documentElement.lang = currentLocale()

// The CSRF cookie must exist before the first form is sent; a failure here surfaces on that form.
authApi
  .csrf()
  .catch(() => undefined)
  .finally(() => app.mount('#app'))
