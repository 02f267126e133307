import 'element-plus/theme-chalk/base.css'
// Used from script (not templates), so the component resolver does not bring their styles.
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import './assets/main.css'

import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { registerSW } from 'virtual:pwa-register'

import { authApi } from './api/auth'
import { isUnauthenticated, onApiError } from './api/client'
import App from './App.vue'
import { currentLocale, i18n } from './i18n'
import { router } from './router'
import { useAuthStore } from './stores/auth'
import { useChoicesStore } from './stores/choices'

const app = createApp(App)
app.use(createPinia())
app.use(i18n)
app.use(router)

document.documentElement.lang = currentLocale()

// A session that expired in another tab or on the server shows up as a 401/403 on some request:
// ask who we are, and send the visitor to the login page if a page of theirs needed the session.
const auth = useAuthStore()
let checking = false
onApiError((error) => {
  if (!isUnauthenticated(error) || !auth.user || checking) return
  checking = true
  auth
    .fetchMe()
    .then((user) => {
      const route = router.currentRoute.value
      if (!user && (route.meta.requiresAuth || route.meta.access || route.meta.roles)) {
        void router.push({ name: 'login', query: { next: route.fullPath } })
      }
    })
    .catch(() => undefined)
    .finally(() => {
      checking = false
    })
})

// The service worker keeps the app shell for offline use (the door); a new version replaces it quietly.
if ('serviceWorker' in navigator) registerSW({ immediate: true })

// The CSRF cookie must exist before the first form is sent (a failure here surfaces on that form),
// and the choice labels before the first page shows them.
Promise.all([authApi.csrf().catch(() => undefined), useChoicesStore().load()]).finally(() => app.mount('#app'))
