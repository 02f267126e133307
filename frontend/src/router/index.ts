import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'

import type { Role } from '@/api/choices'
import { useAuthStore } from '@/stores/auth'

declare module 'vue-router' {
  interface RouteMeta {
    /** Anonymous visitors are sent to the login page. */
    requiresAuth?: boolean
    /** Only these roles may open the page (superusers always may). */
    roles?: Role[]
    /** Pages for members of an organization, or for association staff. */
    access?: 'organizer' | 'staff'
    /** Pages for visitors only (login, register): logged-in users go home. */
    guestOnly?: boolean
    /** i18n key of the page title. */
    title?: string
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('@/views/HomeView.vue'), meta: { title: 'nav.home' } },
  {
    path: '/events',
    name: 'events',
    component: () => import('@/views/EventFinderView.vue'),
    meta: { title: 'finder.title' },
  },
  {
    path: '/events/:id(\\d+)',
    name: 'event-detail',
    component: () => import('@/views/EventDetailView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
  },
  {
    path: '/me/events',
    name: 'my-events',
    component: () => import('@/views/MyEventsView.vue'),
    meta: { requiresAuth: true, title: 'myEvents.title' },
  },
  {
    path: '/inbox',
    name: 'inbox',
    component: () => import('@/views/InboxView.vue'),
    meta: { requiresAuth: true, title: 'inbox.title' },
  },
  {
    path: '/me/preferences',
    name: 'preferences',
    component: () => import('@/views/PreferencesView.vue'),
    meta: { requiresAuth: true, title: 'prefs.title' },
  },
  {
    path: '/me/volunteer',
    name: 'my-volunteer',
    component: () => import('@/views/MyVolunteerView.vue'),
    meta: { requiresAuth: true, title: 'people.volunteer.title' },
  },
  {
    path: '/organizer/events',
    name: 'organizer-events',
    component: () => import('@/views/OrganizerEventsView.vue'),
    meta: { access: 'organizer', title: 'organizer.title' },
  },
  {
    path: '/organizer/events/new',
    name: 'event-create',
    component: () => import('@/views/EventFormView.vue'),
    meta: { access: 'organizer', title: 'eventForm.createTitle' },
  },
  {
    path: '/organizer/events/past',
    name: 'event-retrospective',
    component: () => import('@/views/EventFormView.vue'),
    props: { retrospective: true },
    meta: { access: 'organizer', title: 'eventForm.retrospectiveTitle' },
  },
  {
    path: '/organizer/events/:id(\\d+)/edit',
    name: 'event-edit',
    component: () => import('@/views/EventFormView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { access: 'organizer', title: 'eventForm.editTitle' },
  },
  {
    path: '/organizer/events/:id(\\d+)/:tab(overview|registrants|check-in|volunteers|report)?',
    name: 'organizer-event',
    component: () => import('@/views/OrganizerEventView.vue'),
    props: (route) => ({ id: Number(route.params.id), tab: String(route.params.tab || 'overview') }),
    meta: { access: 'organizer', title: 'organizer.title' },
  },
  {
    path: '/door/:id(\\d+)',
    name: 'door',
    component: () => import('@/views/DoorView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { access: 'organizer', title: 'door.title' },
  },
  {
    path: '/staff',
    redirect: { name: 'staff-dashboard' },
  },
  {
    path: '/staff/dashboard',
    name: 'staff-dashboard',
    component: () => import('@/views/StaffDashboardView.vue'),
    meta: { access: 'staff', title: 'staff.dashboard' },
  },
  {
    path: '/staff/approvals',
    name: 'staff-approvals',
    component: () => import('@/views/StaffApprovalsView.vue'),
    meta: { access: 'staff', title: 'staff.approvals' },
  },
  {
    path: '/staff/reports',
    name: 'staff-reports',
    component: () => import('@/views/StaffReportsView.vue'),
    meta: { access: 'staff', title: 'staff.reviews' },
  },
  {
    path: '/staff/people',
    name: 'staff-people',
    component: () => import('@/views/StaffPeopleView.vue'),
    meta: { access: 'staff', title: 'people.staff.peopleTitle' },
  },
  {
    path: '/staff/venues',
    name: 'staff-venues',
    component: () => import('@/views/StaffVenuesView.vue'),
    meta: { access: 'staff', title: 'people.staff.venuesTitle' },
  },
  {
    path: '/staff/return',
    name: 'staff-return',
    component: () => import('@/views/StaffReturnView.vue'),
    meta: { access: 'staff', title: 'people.return.title' },
  },
  {
    path: '/staff/records',
    name: 'staff-records',
    component: () => import('@/views/StaffRecordsView.vue'),
    meta: { access: 'staff', title: 'records.title' },
  },
  {
    path: '/staff/data',
    redirect: { name: 'staff-areas' },
  },
  {
    path: '/staff/data/areas',
    name: 'staff-areas',
    component: () => import('@/views/StaffAreasView.vue'),
    meta: { access: 'staff', title: 'workspace.areas.title' },
  },
  {
    path: '/staff/data/population',
    name: 'staff-population',
    component: () => import('@/views/StaffPopulationView.vue'),
    meta: { access: 'staff', title: 'workspace.population.title' },
  },
  {
    path: '/staff/data/funding',
    name: 'staff-funding',
    component: () => import('@/views/StaffFundingView.vue'),
    meta: { access: 'staff', title: 'workspace.funding.title' },
  },
  {
    path: '/staff/data/targets',
    name: 'staff-targets',
    component: () => import('@/views/StaffTargetsView.vue'),
    meta: { access: 'staff', title: 'workspace.targets.title' },
  },
  {
    path: '/staff/data/organizations',
    name: 'staff-organizations',
    component: () => import('@/views/StaffOrganizationsView.vue'),
    meta: { access: 'staff', title: 'workspace.organizations.title' },
  },
  {
    path: '/staff/data/materials',
    name: 'staff-materials',
    component: () => import('@/views/StaffMaterialsView.vue'),
    meta: { access: 'staff', title: 'workspace.materials.title' },
  },
  {
    path: '/staff/data/accounts',
    name: 'staff-accounts',
    component: () => import('@/views/StaffAccountsView.vue'),
    meta: { roles: ['admin'], title: 'workspace.accounts.title' },
  },
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/LoginView.vue'),
    meta: { guestOnly: true, title: 'auth.loginTitle' },
  },
  {
    path: '/register',
    name: 'register',
    component: () => import('@/views/RegisterView.vue'),
    meta: { guestOnly: true, title: 'auth.registerTitle' },
  },
  {
    path: '/password-reset',
    name: 'password-reset',
    component: () => import('@/views/PasswordResetView.vue'),
    meta: { guestOnly: true, title: 'auth.resetTitle' },
  },
  {
    path: '/privacy',
    name: 'privacy',
    component: () => import('@/views/PrivacyPolicyView.vue'),
    meta: { title: 'privacy.title' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/NotFoundView.vue'),
    meta: { title: 'errors.notFound' },
  },
]

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior(_to, _from, saved) {
    return saved ?? { top: 0 }
  },
})

router.beforeEach(async (to) => {
  const auth = useAuthStore()
  const needsUser = to.meta.requiresAuth || to.meta.roles || to.meta.access || to.meta.guestOnly
  if (needsUser) await auth.ensureLoaded()
  if (to.meta.guestOnly && auth.isAuthenticated) return { name: 'home' }
  if ((to.meta.requiresAuth || to.meta.roles || to.meta.access) && !auth.isAuthenticated) {
    return { name: 'login', query: { next: to.fullPath } }
  }
  if (to.meta.roles && !auth.hasRole(...to.meta.roles)) return { name: 'home' }
  if (to.meta.access === 'organizer' && !auth.isOrganizer) return { name: 'home' }
  if (to.meta.access === 'staff' && !auth.isStaff) return { name: 'home' }
  return true
})

// After a deploy, an open tab may ask for code chunks that no longer exist: load the new version.
router.onError((error, to) => {
  const message = error instanceof Error ? error.message : String(error)
  if (!/dynamically imported module|Importing a module script failed|Failed to fetch/i.test(message)) return
  // Reload once per page, so a chunk that is really missing cannot loop the browser.
  const key = 'kepu.reloadedFor'
  if (sessionStorage.getItem(key) === to.fullPath) return
  sessionStorage.setItem(key, to.fullPath)
  window.location.assign(to.fullPath)
})

/** Where to go after logging in: the page the visitor came for, if it is ours. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : '/'
}
