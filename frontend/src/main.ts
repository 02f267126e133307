import 'element-plus/theme-chalk/base.css'
// Used from script (not templates), so the component resolver does not bring their styles.
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import './assets/main.css'

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

document.documentElement.lang = currentLocale()

// The CSRF cookie must exist before the first form is sent; a failure here surfaces on that form.
authApi
  .csrf()
  .catch(() => undefined)
  .finally(() => app.mount('#app'))
