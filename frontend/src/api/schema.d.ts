// Generated from the OpenAPI schema by `npm run api-types`; do not edit by hand.

export interface paths {
    "/api/v1/areas/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Areas (public): the administrative tree
         * @description Anyone reads the tree; staff edit areas inside their own subtree.
         */
        get: operations["areas_list"];
        put?: never;
        /** @description Anyone reads the tree; staff edit areas inside their own subtree. */
        post: operations["areas_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Anyone reads the tree; staff edit areas inside their own subtree. */
        get: operations["areas_retrieve"];
        put?: never;
        post?: never;
        /** @description Anyone reads the tree; staff edit areas inside their own subtree. */
        delete: operations["areas_destroy"];
        options?: never;
        head?: never;
        /** @description Anyone reads the tree; staff edit areas inside their own subtree. */
        patch: operations["areas_partial_update"];
        trace?: never;
    };
    "/api/v1/audit/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Who changed events, reports, funding, population, materials, areas and organizations.
         *
         *     District staff see everything; subdistrict staff the entries about objects in their subtree.
         */
        get: operations["audit_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/csrf/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Sets the ``csrftoken`` cookie; the web app sends it back in ``X-CSRFToken`` on every write. */
        get: operations["auth_csrf_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Session sign-in for the web app (send the CSRF token)
         * @description DRF checks CSRF only for requests it authenticated by session; signing in and signing up change
         *     the session too (login CSRF), so these views check it for everyone.
         */
        post: operations["auth_login_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["auth_logout_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["auth_me_retrieve"];
        put?: never;
        post?: never;
        /** Delete my account (password confirmation) */
        delete: operations["auth_me_destroy"];
        options?: never;
        head?: never;
        patch: operations["auth_me_partial_update"];
        trace?: never;
    };
    "/api/v1/auth/me/export/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export my personal data */
        get: operations["auth_me_export_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me/password/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password (other sessions and API tokens end) */
        post: operations["auth_me_password_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resident self-registration by mobile number; signs the new resident in
         * @description DRF checks CSRF only for requests it authenticated by session; signing in and signing up change
         *     the session too (login CSRF), so these views check it for everyone.
         */
        post: operations["auth_register_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange mobile number and password for an API token
         * @description A token for API clients (``Authorization: Token <key>``); no cookies, so no CSRF.
         */
        post: operations["auth_token_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Upcoming published events as one iCalendar feed, with the event list's filters. */
        get: operations["calendar.ics_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Copies of materials handed out, at events or standing alone in an area. */
        get: operations["distributions_list"];
        put?: never;
        /** @description Copies of materials handed out, at events or standing alone in an area. */
        post: operations["distributions_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributions/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Copies of materials handed out, at events or standing alone in an area. */
        get: operations["distributions_retrieve"];
        /** @description Copies of materials handed out, at events or standing alone in an area. */
        put: operations["distributions_update"];
        post?: never;
        /** @description Copies of materials handed out, at events or standing alone in an area. */
        delete: operations["distributions_destroy"];
        options?: never;
        head?: never;
        /** @description Copies of materials handed out, at events or standing alone in an area. */
        patch: operations["distributions_partial_update"];
        trace?: never;
    };
    "/api/v1/events/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Events: public browsing, organizer editing, the lifecycle, sign-up, check-in and reports. */
        get: operations["events_list"];
        put?: never;
        /** @description Events: public browsing, organizer editing, the lifecycle, sign-up, check-in and reports. */
        post: operations["events_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Events: public browsing, organizer editing, the lifecycle, sign-up, check-in and reports. */
        get: operations["events_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Events: public browsing, organizer editing, the lifecycle, sign-up, check-in and reports. */
        patch: operations["events_partial_update"];
        trace?: never;
    };
    "/api/v1/events/{id}/approve/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Events: public browsing, organizer editing, the lifecycle, sign-up, check-in and reports. */
        post: operations["events_approve_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Events: public browsing, organizer editing, the lifecycle, sign-up, check-in and reports. */
        get: operations["events_calendar.ics_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/cancel/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Events: public browsing, organizer editing, the lifecycle, sign-up, check-in and reports. */
        post: operations["events_cancel_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/check-in/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Events: public browsing, organizer editing, the lifecycle, sign-up, check-in and reports. */
        post: operations["events_check_in_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/complete/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Events: public browsing, organizer editing, the lifecycle, sign-up, check-in and reports. */
        post: operations["events_complete_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/large-scale/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Events: public browsing, organizer editing, the lifecycle, sign-up, check-in and reports. */
        post: operations["events_large_scale_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/register/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 201 for a new (or renewed) sign-up; 200 with the existing registration for a repeat. */
        post: operations["events_register_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/registrants.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Events: public browsing, organizer editing, the lifecycle, sign-up, check-in and reports. */
        get: operations["events_registrants.csv_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/reject/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Events: public browsing, organizer editing, the lifecycle, sign-up, check-in and reports. */
        post: operations["events_reject_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/report/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Events: public browsing, organizer editing, the lifecycle, sign-up, check-in and reports. */
        get: operations["events_report_retrieve"];
        put?: never;
        /** @description Events: public browsing, organizer editing, the lifecycle, sign-up, check-in and reports. */
        post: operations["events_report_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/report/evidence/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Events: public browsing, organizer editing, the lifecycle, sign-up, check-in and reports. */
        post: operations["events_report_evidence_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/report/evidence/{evidence_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Events: public browsing, organizer editing, the lifecycle, sign-up, check-in and reports. */
        get: operations["events_report_evidence_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/report/review/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Events: public browsing, organizer editing, the lifecycle, sign-up, check-in and reports. */
        post: operations["events_report_review_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/submit/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Events: public browsing, organizer editing, the lifecycle, sign-up, check-in and reports. */
        post: operations["events_submit_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/retrospective/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Events: public browsing, organizer editing, the lifecycle, sign-up, check-in and reports. */
        post: operations["events_retrospective_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Money raised and spent, in exact yuan (amounts are decimal strings). */
        get: operations["funding_list"];
        put?: never;
        /** @description Money raised and spent, in exact yuan (amounts are decimal strings). */
        post: operations["funding_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Money raised and spent, in exact yuan (amounts are decimal strings). */
        get: operations["funding_retrieve"];
        /** @description Money raised and spent, in exact yuan (amounts are decimal strings). */
        put: operations["funding_update"];
        post?: never;
        /** @description Money raised and spent, in exact yuan (amounts are decimal strings). */
        delete: operations["funding_destroy"];
        options?: never;
        head?: never;
        /** @description Money raised and spent, in exact yuan (amounts are decimal strings). */
        patch: operations["funding_partial_update"];
        trace?: never;
    };
    "/api/v1/materials/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The catalog of publicity materials. */
        get: operations["materials_list"];
        put?: never;
        /** @description The catalog of publicity materials. */
        post: operations["materials_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/materials/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The catalog of publicity materials. */
        get: operations["materials_retrieve"];
        /** @description The catalog of publicity materials. */
        put: operations["materials_update"];
        post?: never;
        /** @description The catalog of publicity materials. */
        delete: operations["materials_destroy"];
        options?: never;
        head?: never;
        /** @description The catalog of publicity materials. */
        patch: operations["materials_partial_update"];
        trace?: never;
    };
    "/api/v1/me/preferences/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["me_preferences_retrieve"];
        put: operations["me_preferences_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed-in user's inbox, newest first. */
        get: operations["notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["notifications_read_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/failed/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Notifications whose delivery failed for good, in the staff member's area. */
        get: operations["notifications_failed_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["notifications_read_all_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["notifications_unread_count_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organizations (public: the active ones) */
        get: operations["organizations_list"];
        put?: never;
        post: operations["organizations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["organizations_retrieve"];
        put?: never;
        post?: never;
        delete: operations["organizations_destroy"];
        options?: never;
        head?: never;
        patch: operations["organizations_partial_update"];
        trace?: never;
    };
    "/api/v1/organizations/{id}/members/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's organizers (its staff and its own organizers) */
        get: operations["organizations_members_list"];
        put?: never;
        /** Make a registered person an organizer of the organization (by mobile number) */
        post: operations["organizations_members_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/members/{user_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End an organizer's membership */
        delete: operations["organizations_members_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/population/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Year-end resident population (staff: their area's subtree) */
        get: operations["population_list"];
        put?: never;
        post: operations["population_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/population/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["population_retrieve"];
        put?: never;
        post?: never;
        delete: operations["population_destroy"];
        options?: never;
        head?: never;
        patch: operations["population_partial_update"];
        trace?: never;
    };
    "/api/v1/population/import/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import figures from CSV: all lines or none, with a report of bad lines */
        post: operations["population_import_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A resident's own sign-ups; with ``?event=`` an organizer of that event sees its registrants. */
        get: operations["registrations_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A resident's own sign-ups; with ``?event=`` an organizer of that event sees its registrants. */
        get: operations["registrations_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/cancel/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A resident's own sign-ups; with ``?event=`` an organizer of that event sees its registrants. */
        post: operations["registrations_cancel_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A resident's own sign-ups; with ``?event=`` an organizer of that event sees its registrants. */
        get: operations["registrations_qr.svg_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/annual/{year}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The yearly return of an area, line by line as the national survey's tables; official unless `provisional=true`. As JSON, XLSX, CSV or a print-ready PDF (Chinese text, area, year, official or provisional and page numbers on every page). */
        get: operations["reports_annual_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/breakdown/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["stats_breakdown_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/export/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Every figure of the dashboard as one file: a header block (area, period, slice, official or provisional, what the money covers, when generated), the summary, per-capita funding and the scorecard (whole areas only), the months and every breakdown. The file name names the same. */
        get: operations["stats_export_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/per-capita/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Funding raised in the year over year-end resident population, for the area and each of its direct children; uses only `year` and `area` (other shared parameters are listed in `ignored_parameters`). An area's population is its own figure for the year if recorded, else the sum of its children's (resolved the same way), so a subdistrict's figure and its communities' figures are never added together. During the year, a population not recorded yet is replaced by the latest earlier one on record (`population_year`, `population_basis` = `latest_known`). Missing figures are listed in `missing_population` and the figures that need them are null. */
        get: operations["stats_per_capita_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/public/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Home-page figures of the current year, district-wide: no personal data, cached for a few minutes. */
        get: operations["stats_public_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/scorecard/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Each community or village of the area against the demonstration-community rules of settings.KEPU['SCORECARD'] for `year`. Participation is attendance person-times over year-end population (walk-ins are counted but never named, so person-times is what every community has). */
        get: operations["stats_scorecard_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/summary/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["stats_summary_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/timeseries/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["stats_timeseries_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Yearly targets per area; the per-capita figure defaults to the configured target (1.50 yuan). */
        get: operations["targets_list"];
        put?: never;
        /** @description Yearly targets per area; the per-capita figure defaults to the configured target (1.50 yuan). */
        post: operations["targets_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Yearly targets per area; the per-capita figure defaults to the configured target (1.50 yuan). */
        get: operations["targets_retrieve"];
        /** @description Yearly targets per area; the per-capita figure defaults to the configured target (1.50 yuan). */
        put: operations["targets_update"];
        post?: never;
        /** @description Yearly targets per area; the per-capita figure defaults to the configured target (1.50 yuan). */
        delete: operations["targets_destroy"];
        options?: never;
        head?: never;
        /** @description Yearly targets per area; the per-capita figure defaults to the configured target (1.50 yuan). */
        patch: operations["targets_partial_update"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description * `lecture` - 科普讲座
         *     * `exhibition` - 专题展览
         *     * `contest` - 科普竞赛
         *     * `training` - 实用技术培训
         *     * `youth_group` - 青少年科技兴趣小组
         *     * `camp` - 科技夏（冬）令营
         *     * `open_day` - 开放日
         *     * `consultation` - 科技咨询 / 科普大集
         *     * `show` - 科教影视 / 科学秀
         *     * `intl_exchange` - 科普国际交流
         *     * `other` - 其他
         * @enum {string}
         */
        ActivityTypeEnum: "lecture" | "exhibition" | "contest" | "training" | "youth_group" | "camp" | "open_day" | "consultation" | "show" | "intl_exchange" | "other";
        AnnualReport: {
            year: number;
            area: {
                [key: string]: unknown;
            } | null;
            provisional: boolean;
            /** Format: date-time */
            generated_at: string;
            activities: {
                [key: string]: unknown;
            };
            large_scale: {
                [key: string]: number;
            };
            events_total: number;
            funding: {
                [key: string]: unknown;
            };
            per_capita: {
                [key: string]: unknown;
            };
            /** @description printed (份), audio_visual, kits, other and by_kind. */
            materials: {
                [key: string]: unknown;
            };
        };
        AreaBrief: {
            id: number;
            name: string;
            level: string;
        };
        AreaInputRequest: {
            name: string;
            level: components["schemas"]["LevelEnum"];
            parent?: number | null;
            code?: string | null;
            urban_rural_code?: string;
        };
        AreaOutput: {
            readonly id: number;
            /** 名称 */
            readonly name: string;
            /** 级别 */
            readonly level: components["schemas"]["LevelEnum"];
            /** 上级 */
            readonly parent: number | null;
            /** 统计用区划代码 */
            readonly code: string | null;
            /** 城乡分类代码 */
            readonly urban_rural_code: string;
            /** 树路径 */
            readonly path: string;
            /** @description 由区域推断的场景（如有）。 */
            readonly setting: string | null;
        };
        AreaPerCapita: {
            area: {
                [key: string]: unknown;
            };
            population: number | null;
            /** @description The year the population is from. */
            population_year: number | null;
            population_basis: (components["schemas"]["PopulationBasisEnum"] | components["schemas"]["NullEnum"]) | null;
            target_per_capita: string;
            missing_population: string[];
            message?: string;
            all_funding: components["schemas"]["FundingBlock"];
            special_funding: components["schemas"]["FundingBlock"];
        };
        AuditActor: {
            id: number;
            name: string;
            /** @description Masked, e.g. 138****1234. */
            phone: string;
        };
        AuditEntry: {
            readonly id: number;
            readonly actor: components["schemas"]["AuditActor"] | null;
            /** 操作 */
            readonly action: string;
            /** 对象类型 */
            readonly target_type: string;
            /** 对象编号 */
            readonly target_id: string;
            readonly changes: {
                [key: string]: unknown;
            };
            /**
             * 时间
             * Format: date-time
             */
            readonly created_at: string;
        };
        /** @enum {unknown} */
        BlankEnum: "";
        Breakdown: {
            period: components["schemas"]["Period"];
            by: string;
            rows: {
                [key: string]: unknown;
            }[];
            /** @description Columns whose rows overlap and must not be added up. */
            overlapping: string[];
        };
        /**
         * @description * `` - 无
         *     * `science_week` - 全国科技活动周
         *     * `science_day` - 全国科普日
         *     * `science_month` - 全国科普月
         *     * `other` - 其他主题日
         * @enum {string}
         */
        CampaignEnum: "science_week" | "science_day" | "science_month" | "other";
        /** @description Refuses fields it does not declare, so nobody can slip in status, seats or codes. */
        CheckInInputRequest: {
            code: string;
        };
        CheckInOutput: {
            registration: number;
            name: string;
            phone: string;
            companions: number;
            /** Format: date-time */
            checked_in_at: string;
        };
        /**
         * @description * `accept` - 通过
         *     * `return` - 退回
         * @enum {string}
         */
        DecisionEnum: "accept" | "return";
        DeleteAccountInputRequest: {
            /** @description 请输入密码以确认注销。 */
            password: string;
        };
        /**
         * @description * `email` - 电子邮件
         *     * `sms` - 短信
         * @enum {string}
         */
        DeliveryChannelEnum: "email" | "sms";
        DeliveryOutput: {
            /** 发放方式 */
            readonly channel: components["schemas"]["DeliveryChannelEnum"];
            /** 状态 */
            readonly state: components["schemas"]["DeliveryStateEnum"];
            /** 尝试次数 */
            readonly attempts: number;
            /**
             * 下次尝试
             * Format: date-time
             */
            readonly next_attempt_at: string;
            /**
             * 发送于
             * Format: date-time
             */
            readonly sent_at: string | null;
            /** 最近错误 */
            readonly last_error: string;
        };
        /**
         * @description * `pending` - 待发送
         *     * `sending` - 发送中
         *     * `sent` - 已发送
         *     * `failed` - 发送失败
         * @enum {string}
         */
        DeliveryStateEnum: "pending" | "sending" | "sent" | "failed";
        Distribution: {
            readonly id: number;
            /** 科普资料 */
            readonly material: number;
            readonly material_name: string;
            readonly material_kind: string;
            /** 数量 */
            readonly quantity: number;
            /**
             * 日期
             * Format: date
             */
            readonly date: string;
            /** 区域 */
            readonly area: number;
            readonly area_name: string;
            /** 活动 */
            readonly event: number | null;
            readonly event_title: string | null;
            /** 发放方式 */
            readonly channel: components["schemas"]["DistributionChannelEnum"];
            /** 备注 */
            readonly note: string;
            readonly recorded_by: number | null;
            /**
             * 创建时间
             * Format: date-time
             */
            readonly created_at: string;
            /**
             * 更新时间
             * Format: date-time
             */
            readonly updated_at: string;
        };
        /**
         * @description * `event` - 活动现场发放
         *     * `door_to_door` - 入户发放
         *     * `bulletin_board` - 宣传栏/科普画廊
         *     * `other` - 其他
         * @enum {string}
         */
        DistributionChannelEnum: "event" | "door_to_door" | "bulletin_board" | "other";
        DistributionInputRequest: {
            material: number;
            quantity: number;
            /** Format: date */
            date: string;
            area?: number | null;
            event?: number | null;
            channel?: components["schemas"]["DistributionChannelEnum"];
            note?: string;
        };
        Error: {
            detail: string;
            errors?: {
                [key: string]: string[];
            };
        };
        EventBrief: {
            id: number;
            title: string;
            /** Format: date-time */
            starts_at: string;
            /** Format: date-time */
            ends_at: string;
            status: string;
            area: components["schemas"]["IdName"];
            address: string;
            mode: string;
            online_url: string;
        };
        /** @description Refuses fields it does not declare, so nobody can slip in status, seats or codes. */
        EventInputRequest: {
            title: string;
            description?: string;
            activity_type: components["schemas"]["ActivityTypeEnum"];
            setting?: components["schemas"]["SettingEnum"];
            mode?: components["schemas"]["ModeEnum"];
            campaign?: components["schemas"]["CampaignEnum"] | components["schemas"]["BlankEnum"];
            organization: number;
            area?: number;
            address?: string;
            online_url?: string;
            /** Format: date-time */
            starts_at: string;
            /** Format: date-time */
            ends_at: string;
            audiences?: string[];
            registration_required?: boolean;
            capacity?: number | null;
            max_companions?: number;
            /** Format: date-time */
            registration_opens_at?: string | null;
            /** Format: date-time */
            registration_closes_at?: string | null;
            /** Format: decimal */
            planned_budget?: string;
            reminder_hours?: number[];
        };
        EventOutput: {
            readonly id: number;
            /** 标题 */
            readonly title: string;
            /** 简介 */
            readonly description: string;
            /** 活动类型 */
            readonly activity_type: components["schemas"]["ActivityTypeEnum"];
            /** 场景 */
            readonly setting: components["schemas"]["SettingEnum"];
            /** 形式 */
            readonly mode: components["schemas"]["ModeEnum"];
            /** 主题活动 */
            readonly campaign: components["schemas"]["CampaignEnum"] | components["schemas"]["BlankEnum"];
            area: components["schemas"]["IdName"];
            organization: components["schemas"]["IdName"];
            /** 地址 */
            readonly address: string;
            /** 线上链接 */
            readonly online_url: string;
            /**
             * 开始时间
             * Format: date-time
             */
            readonly starts_at: string;
            /**
             * 结束时间
             * Format: date-time
             */
            readonly ends_at: string;
            readonly audiences: string[];
            /** 需要报名 */
            readonly registration_required: boolean;
            /**
             * 容量
             * @description 留空表示不限。
             */
            readonly capacity: number | null;
            /** 允许随行人数 */
            readonly max_companions: number;
            /**
             * 报名开始
             * Format: date-time
             */
            readonly registration_opens_at: string | null;
            /**
             * 报名截止
             * Format: date-time
             */
            readonly registration_closes_at: string | null;
            readonly seats_left: number | null;
            readonly confirmed_count: number;
            readonly waitlist_count: number;
            readonly is_large_scale: boolean;
            /** 科协标记为大型活动 */
            readonly marked_large_scale: boolean;
            readonly can_mark_large_scale: boolean;
            /** 状态 */
            readonly status: components["schemas"]["EventStatusEnum"];
            /** 原因 */
            readonly status_reason: string;
            /** 事后补录 */
            readonly logged_afterwards: boolean;
            /**
             * 计划预算（元）
             * Format: decimal
             */
            readonly planned_budget: string;
            /** 提醒（提前小时数） */
            readonly reminder_hours: unknown;
            /**
             * 提交时间
             * Format: date-time
             */
            readonly submitted_at: string | null;
            /**
             * 审核通过时间
             * Format: date-time
             */
            readonly approved_at: string | null;
            readonly my_registration: components["schemas"]["MyRegistration"] | null;
        };
        /**
         * @description * `draft` - 草稿
         *     * `submitted` - 待审核
         *     * `approved` - 已发布
         *     * `rejected` - 已驳回
         *     * `cancelled` - 已取消
         *     * `completed` - 已举办
         *     * `reported` - 已报告
         * @enum {string}
         */
        EventStatusEnum: "draft" | "submitted" | "approved" | "rejected" | "cancelled" | "completed" | "reported";
        /** @description Refuses fields it does not declare, so nobody can slip in status, seats or codes. */
        EvidenceInputRequest: {
            kind: components["schemas"]["EvidenceKindEnum"];
            /** Format: binary */
            file: string;
        };
        /**
         * @description * `photo` - 照片
         *     * `sign_in_sheet` - 签到表
         *     * `other` - 其他
         * @enum {string}
         */
        EvidenceKindEnum: "photo" | "sign_in_sheet" | "other";
        EvidenceOutput: {
            id: number;
            kind: components["schemas"]["EvidenceKindEnum"];
            readonly url: string;
            /** Format: date-time */
            created_at: string;
        };
        ExportNotification: {
            id: number;
            kind: string;
            event: number | null;
            context: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            due_at: string;
            /** Format: date-time */
            sent_at: string | null;
            /** Format: date-time */
            read_at: string | null;
        };
        /** @description The person's own profile: the only place their phone number is shown unmasked. */
        ExportProfile: {
            readonly id: number;
            /** 手机号 */
            readonly phone: string;
            /** 名称 */
            readonly name: string;
            /** 角色 */
            readonly role: components["schemas"]["RoleEnum"];
            /** 语言 */
            readonly language: components["schemas"]["LanguageEnum"];
            readonly email: string;
            readonly organizations: components["schemas"]["OrganizationBrief"][];
            readonly staff_area: components["schemas"]["AreaBrief"] | null;
            /**
             * 超级用户状态
             * @description 指明该用户缺省拥有所有权限。
             */
            readonly is_superuser: boolean;
            /**
             * 注册时间
             * Format: date-time
             */
            readonly date_joined: string;
            /**
             * 上次登录
             * Format: date-time
             */
            readonly last_login: string | null;
        };
        ExportRegistration: {
            id: number;
            event: number;
            event_title: string;
            /** Format: date-time */
            event_starts_at: string;
            /** Format: date-time */
            event_ends_at: string;
            event_address: string;
            status: string;
            companions: number;
            check_in_code: string;
            /** Format: date-time */
            queued_at: string | null;
            /** Format: date-time */
            checked_in_at: string | null;
            /** Format: date-time */
            cancelled_at: string | null;
            /** Format: date-time */
            created_at: string;
        };
        /** @description A failed notification for staff follow-up: the recipient's phone is masked. */
        FailedNotificationOutput: {
            readonly id: number;
            /** 类型 */
            readonly kind: components["schemas"]["NotificationKindEnum"];
            readonly kind_label: string;
            /** 主题 */
            readonly subject_key: string;
            /** 接收人 */
            readonly recipient: number;
            readonly recipient_name: string;
            readonly recipient_phone: string;
            readonly event: number | null;
            readonly event_title: string | null;
            /**
             * 发送时间
             * Format: date-time
             */
            readonly due_at: string;
            /** 尝试次数 */
            readonly attempts: number;
            /** 最近错误 */
            readonly last_error: string;
            /**
             * 更新时间
             * Format: date-time
             */
            readonly updated_at: string;
            readonly deliveries: components["schemas"]["DeliveryOutput"][];
        };
        FundingBlock: {
            amount: string;
            per_capita: string | null;
            percent_of_target: string | null;
            missing_yuan: string | null;
            projected_year_end: string | null;
            projected_per_capita: string | null;
            projected_percent_of_target: string | null;
        };
        /**
         * @description * `income` - 筹集
         *     * `expenditure` - 使用
         * @enum {string}
         */
        FundingDirectionEnum: "income" | "expenditure";
        FundingInputRequest: {
            direction?: components["schemas"]["FundingDirectionEnum"];
            /** Format: decimal */
            amount: string;
            /** Format: date */
            date: string;
            area: number;
            source?: components["schemas"]["FundingSourceEnum"] | components["schemas"]["BlankEnum"];
            is_special?: boolean;
            category?: components["schemas"]["SpendingCategoryEnum"] | components["schemas"]["BlankEnum"];
            purpose?: string;
            event?: number | null;
        };
        FundingRecord: {
            readonly id: number;
            /** 收支 */
            readonly direction: components["schemas"]["FundingDirectionEnum"];
            /** Format: decimal */
            amount: string;
            /**
             * 日期
             * Format: date
             */
            readonly date: string;
            /** 区域 */
            readonly area: number;
            readonly area_name: string;
            /** 来源 */
            readonly source: components["schemas"]["FundingSourceEnum"];
            /**
             * 科普专项经费
             * @description 政府拨款中专门用于科普的部分。
             */
            readonly is_special: boolean;
            /** 支出类别 */
            readonly category: components["schemas"]["SpendingCategoryEnum"];
            /** 用途 */
            readonly purpose: string;
            /** 活动 */
            readonly event: number | null;
            readonly recorded_by: number | null;
            /**
             * 创建时间
             * Format: date-time
             */
            readonly created_at: string;
            /**
             * 更新时间
             * Format: date-time
             */
            readonly updated_at: string;
        };
        /**
         * @description * `area` - area
         *     * `events_in_slice` - events_in_slice
         * @enum {string}
         */
        FundingScopeEnum: "area" | "events_in_slice";
        /**
         * @description * `government` - 政府拨款
         *     * `donation` - 捐赠
         *     * `self_raised` - 自筹
         *     * `other` - 其他
         * @enum {string}
         */
        FundingSourceEnum: "government" | "donation" | "self_raised" | "other";
        IdName: {
            id: number;
            name: string;
        };
        ImportLineError: {
            line: number;
            errors: {
                [key: string]: string[];
            };
        };
        /**
         * @description * `zh-hans` - 简体中文
         *     * `en` - English
         * @enum {string}
         */
        LanguageEnum: "zh-hans" | "en";
        /** @description Refuses fields it does not declare, so nobody can slip in status, seats or codes. */
        LargeScaleInputRequest: {
            /** @description True marks the event large-scale, false removes the mark. */
            marked: boolean;
        };
        /**
         * @description * `district` - 区
         *     * `subdistrict` - 街道
         *     * `town` - 镇
         *     * `township` - 乡 / 苏木
         *     * `community` - 社区
         *     * `village` - 村 / 嘎查
         * @enum {string}
         */
        LevelEnum: "district" | "subdistrict" | "town" | "township" | "community" | "village";
        LoginInputRequest: {
            phone: string;
            password: string;
        };
        Material: {
            readonly id: number;
            /** 名称 */
            name: string;
            /** 类型 */
            kind: components["schemas"]["MaterialKindEnum"];
            /** 单位 */
            unit?: string;
            /** 简介 */
            description?: string;
            /** 有效 */
            is_active?: boolean;
            /**
             * 创建时间
             * Format: date-time
             */
            readonly created_at: string;
            /**
             * 更新时间
             * Format: date-time
             */
            readonly updated_at: string;
        };
        MaterialInputRequest: {
            name: string;
            kind: components["schemas"]["MaterialKindEnum"];
            unit?: string;
            description?: string;
            is_active?: boolean;
        };
        /**
         * @description * `brochure` - 宣传册
         *     * `leaflet` - Leaflet
         *     * `poster` - 挂图/海报
         *     * `booklet` - 读本
         *     * `kit` - 科普器材包
         *     * `video` - 音像制品
         *     * `other` - 其他
         * @enum {string}
         */
        MaterialKindEnum: "brochure" | "leaflet" | "poster" | "booklet" | "kit" | "video" | "other";
        /** @description Refuses fields it does not declare, so nobody can slip in status, seats or codes. */
        MaterialLineRequest: {
            material: number;
            quantity: number;
        };
        /** @description The person's own profile: the only place their phone number is shown unmasked. */
        MeOutput: {
            readonly id: number;
            /** 手机号 */
            readonly phone: string;
            /** 名称 */
            readonly name: string;
            /** 角色 */
            readonly role: components["schemas"]["RoleEnum"];
            /** 语言 */
            readonly language: components["schemas"]["LanguageEnum"];
            readonly email: string;
            readonly organizations: components["schemas"]["OrganizationBrief"][];
            readonly staff_area: components["schemas"]["AreaBrief"] | null;
            /**
             * 超级用户状态
             * @description 指明该用户缺省拥有所有权限。
             */
            readonly is_superuser: boolean;
        };
        MemberInputRequest: {
            /** @description 该用户注册时使用的手机号。 */
            phone: string;
        };
        /** @description An organizer of the organization; the number is masked for everyone but the person. */
        MemberOutput: {
            user: number;
            name: string;
            readonly phone: string;
            /** Format: date-time */
            joined_at: string;
        };
        /**
         * @description * `offline` - 线下
         *     * `online` - 线上
         *     * `mixed` - 线上线下结合
         * @enum {string}
         */
        ModeEnum: "offline" | "online" | "mixed";
        MyRegistration: {
            id: number;
            status: components["schemas"]["RegistrationStatusEnum"];
            position: number | null;
            companions: number;
        };
        /**
         * @description * `in_app` - 仅站内
         *     * `email` - 电子邮件
         *     * `sms` - 短信
         *     * `both` - 电子邮件和短信
         * @enum {string}
         */
        NotificationChannelsEnum: "in_app" | "email" | "sms" | "both";
        /**
         * @description * `registration_confirmed` - 报名成功
         *     * `registration_waitlisted` - 候补中
         *     * `waitlist_promoted` - 候补转正
         *     * `event_reminder` - 活动提醒
         *     * `event_changed` - 活动变更
         *     * `event_cancelled` - 活动取消
         *     * `event_approved` - 活动通过审核
         *     * `event_rejected` - 活动未通过审核
         *     * `event_full` - 活动满员
         *     * `report_due` - 待提交活动总结
         *     * `report_overdue` - 活动总结逾期
         *     * `report_accepted` - 总结已通过
         *     * `report_returned` - 总结被退回
         *     * `approval_pending` - 待审核活动
         *     * `weekly_digest` - 每周摘要
         *     * `funding_behind` - 人均经费进度落后
         * @enum {string}
         */
        NotificationKindEnum: "registration_confirmed" | "registration_waitlisted" | "waitlist_promoted" | "event_reminder" | "event_changed" | "event_cancelled" | "event_approved" | "event_rejected" | "event_full" | "report_due" | "report_overdue" | "report_accepted" | "report_returned" | "approval_pending" | "weekly_digest" | "funding_behind";
        /** @description An inbox entry, rendered in the reader's language. */
        NotificationOutput: {
            readonly id: number;
            /** 类型 */
            readonly kind: components["schemas"]["NotificationKindEnum"];
            readonly kind_label: string;
            readonly title: string;
            readonly body: string;
            readonly event: number | null;
            /**
             * 发送时间
             * Format: date-time
             */
            readonly due_at: string;
            /**
             * 已读于
             * Format: date-time
             */
            readonly read_at: string | null;
            readonly is_read: boolean;
        };
        /** @enum {unknown} */
        NullEnum: null;
        OrganizationBrief: {
            id: number;
            name: string;
            setting: string;
        };
        OrganizationInputRequest: {
            name: string;
            setting: components["schemas"]["SettingEnum"];
            area: number;
            address?: string;
            contact_name?: string;
            contact_phone?: string;
            is_active?: boolean;
        };
        OrganizationOutput: {
            readonly id: number;
            /** 名称 */
            readonly name: string;
            /** 场景 */
            readonly setting: components["schemas"]["SettingEnum"];
            /** 区域 */
            readonly area: number;
            readonly area_name: string;
            /** 地址 */
            readonly address: string;
            /** 有效 */
            readonly is_active: boolean;
            readonly contact_name: string | null;
            readonly contact_phone: string | null;
        };
        PaginatedAreaOutputList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?page=4 */
            next?: string | null;
            /** @example http://api.example.org/accounts/?page=2 */
            previous?: string | null;
            results: components["schemas"]["AreaOutput"][];
        };
        PaginatedAuditEntryList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?page=4 */
            next?: string | null;
            /** @example http://api.example.org/accounts/?page=2 */
            previous?: string | null;
            results: components["schemas"]["AuditEntry"][];
        };
        PaginatedDistributionList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?page=4 */
            next?: string | null;
            /** @example http://api.example.org/accounts/?page=2 */
            previous?: string | null;
            results: components["schemas"]["Distribution"][];
        };
        PaginatedEventOutputList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?page=4 */
            next?: string | null;
            /** @example http://api.example.org/accounts/?page=2 */
            previous?: string | null;
            results: components["schemas"]["EventOutput"][];
        };
        PaginatedFailedNotificationOutputList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?page=4 */
            next?: string | null;
            /** @example http://api.example.org/accounts/?page=2 */
            previous?: string | null;
            results: components["schemas"]["FailedNotificationOutput"][];
        };
        PaginatedFundingRecordList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?page=4 */
            next?: string | null;
            /** @example http://api.example.org/accounts/?page=2 */
            previous?: string | null;
            results: components["schemas"]["FundingRecord"][];
        };
        PaginatedMaterialList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?page=4 */
            next?: string | null;
            /** @example http://api.example.org/accounts/?page=2 */
            previous?: string | null;
            results: components["schemas"]["Material"][];
        };
        PaginatedNotificationOutputList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?page=4 */
            next?: string | null;
            /** @example http://api.example.org/accounts/?page=2 */
            previous?: string | null;
            results: components["schemas"]["NotificationOutput"][];
        };
        PaginatedOrganizationOutputList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?page=4 */
            next?: string | null;
            /** @example http://api.example.org/accounts/?page=2 */
            previous?: string | null;
            results: components["schemas"]["OrganizationOutput"][];
        };
        PaginatedPopulationOutputList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?page=4 */
            next?: string | null;
            /** @example http://api.example.org/accounts/?page=2 */
            previous?: string | null;
            results: components["schemas"]["PopulationOutput"][];
        };
        PaginatedRegistrationOutputList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?page=4 */
            next?: string | null;
            /** @example http://api.example.org/accounts/?page=2 */
            previous?: string | null;
            results: components["schemas"]["RegistrationOutput"][];
        };
        PaginatedTargetList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?page=4 */
            next?: string | null;
            /** @example http://api.example.org/accounts/?page=2 */
            previous?: string | null;
            results: components["schemas"]["Target"][];
        };
        PasswordChangeInputRequest: {
            old_password: string;
            new_password: string;
        };
        PatchedAreaInputRequest: {
            name?: string;
            level?: components["schemas"]["LevelEnum"];
            parent?: number | null;
            code?: string | null;
            urban_rural_code?: string;
        };
        PatchedDistributionInputRequest: {
            material?: number;
            quantity?: number;
            /** Format: date */
            date?: string;
            area?: number | null;
            event?: number | null;
            channel?: components["schemas"]["DistributionChannelEnum"];
            note?: string;
        };
        /** @description The same fields minus the host organization, all optional (PATCH). */
        PatchedEventUpdateRequest: {
            title?: string;
            description?: string;
            activity_type?: components["schemas"]["ActivityTypeEnum"];
            setting?: components["schemas"]["SettingEnum"];
            mode?: components["schemas"]["ModeEnum"];
            campaign?: components["schemas"]["CampaignEnum"] | components["schemas"]["BlankEnum"];
            area?: number;
            address?: string;
            online_url?: string;
            /** Format: date-time */
            starts_at?: string;
            /** Format: date-time */
            ends_at?: string;
            audiences?: string[];
            registration_required?: boolean;
            capacity?: number | null;
            max_companions?: number;
            /** Format: date-time */
            registration_opens_at?: string | null;
            /** Format: date-time */
            registration_closes_at?: string | null;
            /** Format: decimal */
            planned_budget?: string;
            reminder_hours?: number[];
        };
        PatchedFundingInputRequest: {
            direction?: components["schemas"]["FundingDirectionEnum"];
            /** Format: decimal */
            amount?: string;
            /** Format: date */
            date?: string;
            area?: number;
            source?: components["schemas"]["FundingSourceEnum"] | components["schemas"]["BlankEnum"];
            is_special?: boolean;
            category?: components["schemas"]["SpendingCategoryEnum"] | components["schemas"]["BlankEnum"];
            purpose?: string;
            event?: number | null;
        };
        PatchedMaterialInputRequest: {
            name?: string;
            kind?: components["schemas"]["MaterialKindEnum"];
            unit?: string;
            description?: string;
            is_active?: boolean;
        };
        PatchedMeUpdateInputRequest: {
            name?: string;
            language?: components["schemas"]["LanguageEnum"];
            email?: string;
        };
        PatchedOrganizationInputRequest: {
            name?: string;
            setting?: components["schemas"]["SettingEnum"];
            area?: number;
            address?: string;
            contact_name?: string;
            contact_phone?: string;
            is_active?: boolean;
        };
        PatchedPopulationInputRequest: {
            area?: number;
            year?: number;
            residents?: number;
            source?: string;
        };
        PatchedTargetInputRequest: {
            area?: number;
            year?: number;
            /** Format: decimal */
            per_capita_funding?: string | null;
            events?: number | null;
            participants?: number | null;
            materials?: number | null;
        };
        PerCapita: {
            area: {
                [key: string]: unknown;
            };
            population: number | null;
            /** @description The year the population is from. */
            population_year: number | null;
            population_basis: (components["schemas"]["PopulationBasisEnum"] | components["schemas"]["NullEnum"]) | null;
            target_per_capita: string;
            missing_population: string[];
            message?: string;
            all_funding: components["schemas"]["FundingBlock"];
            special_funding: components["schemas"]["FundingBlock"];
            year: number;
            areas: components["schemas"]["AreaPerCapita"][];
            ignored_parameters: string[];
        };
        Period: {
            /** Format: date */
            start: string;
            /** Format: date */
            end: string;
            provisional: boolean;
            area: {
                [key: string]: unknown;
            } | null;
            /** @description The event slices in force (setting, activity_type, …); empty: none. */
            slice: {
                [key: string]: unknown;
            };
            slice_label: string;
            /**
             * @description `area`: all money of the area; `events_in_slice`: only money tied to the slice's events.
             *
             *     * `area` - area
             *     * `events_in_slice` - events_in_slice
             */
            funding_scope: components["schemas"]["FundingScopeEnum"];
        };
        Person: {
            name: string;
            phone: string;
        };
        PersonalDataExport: {
            /** Format: date-time */
            exported_at: string;
            profile: components["schemas"]["ExportProfile"];
            registrations: components["schemas"]["ExportRegistration"][];
            notifications: components["schemas"]["ExportNotification"][];
        };
        /**
         * @description * `year_end` - year_end
         *     * `latest_known` - latest_known
         * @enum {string}
         */
        PopulationBasisEnum: "year_end" | "latest_known";
        /** @description Nothing was imported: ``lines`` lists every bad line with its per-column messages. */
        PopulationImportError: {
            detail: string;
            errors?: {
                [key: string]: string[];
            };
            lines?: components["schemas"]["ImportLineError"][];
        };
        PopulationImportInputRequest: {
            /**
             * Format: binary
             * @description CSV 文件（UTF-8 或 Excel 保存的 GBK 编码），首行为表头：area_code 或 area_name（可加 parent_name）、year、residents，可选 source。也可使用中文表头：区划代码/名称/上级/年份/常住人口/来源。
             */
            file: string;
        };
        PopulationImportReport: {
            detail: string;
            created: number;
            updated: number;
            unchanged: number;
            lines: components["schemas"]["ImportLineError"][];
        };
        PopulationInputRequest: {
            area: number;
            year: number;
            residents: number;
            source?: string;
        };
        PopulationOutput: {
            readonly id: number;
            /** 区域 */
            readonly area: number;
            readonly area_name: string;
            readonly area_code: string | null;
            /** 年份 */
            readonly year: number;
            /** 常住人口 */
            readonly residents: number;
            /** 来源 */
            readonly source: string;
            /**
             * 更新时间
             * Format: date-time
             */
            readonly updated_at: string;
        };
        PreferenceInputRequest: {
            channels: components["schemas"]["NotificationChannelsEnum"];
            reminders: boolean;
        };
        PreferenceOutput: {
            channels: components["schemas"]["NotificationChannelsEnum"];
            reminders: boolean;
            /** @description 邮件发送到账户的电子邮箱。 */
            email: string;
            /** @description 短信发送到账户的手机号码。 */
            phone: string;
        };
        PublicSummary: {
            year: number;
            events: number;
            attendance: number;
            materials: number;
        };
        ReadAllOutput: {
            /** @description 标记为已读的通知数量。 */
            updated: number;
        };
        /** @description Refuses fields it does not declare, so nobody can slip in status, seats or codes. */
        ReasonInputRequest: {
            reason: string;
        };
        RegisterInputRequest: {
            phone: string;
            name: string;
            password: string;
            email?: string;
            /** @default zh-hans */
            language: components["schemas"]["LanguageEnum"];
        };
        /** @description Owners see their code; organizers of the event see who it is, phone in full; nobody else sees it. */
        RegistrationOutput: {
            readonly id: number;
            event: components["schemas"]["EventBrief"];
            /** 状态 */
            readonly status: components["schemas"]["RegistrationStatusEnum"];
            readonly position: number | null;
            /** 随行人数 */
            readonly companions: number;
            readonly audience: string | null;
            /**
             * 排队时间
             * Format: date-time
             */
            readonly queued_at: string | null;
            readonly check_in_code: string | null;
            /**
             * 签到时间
             * Format: date-time
             */
            readonly checked_in_at: string | null;
            /**
             * 取消时间
             * Format: date-time
             */
            readonly cancelled_at: string | null;
            /**
             * 创建时间
             * Format: date-time
             */
            readonly created_at: string;
            readonly resident: components["schemas"]["Person"] | null;
        };
        /**
         * @description * `confirmed` - 已确认
         *     * `waitlisted` - 候补中
         *     * `cancelled` - 已取消
         * @enum {string}
         */
        RegistrationStatusEnum: "confirmed" | "waitlisted" | "cancelled";
        /** @description Refuses fields it does not declare, so nobody can slip in status, seats or codes. */
        ReportInputRequest: {
            walk_ins?: components["schemas"]["WalkInRequest"][];
            materials?: components["schemas"]["MaterialLineRequest"][];
            /** @description Headcount of an online event, or of a mixed event's online part (person-times). */
            online_attendance?: number;
            /** Format: decimal */
            expenditure?: string;
            summary?: string;
        };
        ReportOutput: {
            readonly id: number;
            /** 活动 */
            readonly event: number;
            /** 状态 */
            readonly status: components["schemas"]["ReportStatusEnum"];
            /** 签到人数 */
            readonly checked_in: number;
            /** 现场参与人数 */
            readonly walk_ins: number;
            /** Online participants (person-times) */
            readonly online_attendance: number;
            /** 参与人次 */
            readonly attendance: number;
            walk_ins_by_audience: components["schemas"]["WalkInOutput"][];
            /**
             * 实际支出（元）
             * Format: decimal
             */
            readonly expenditure: string;
            /** 总结 */
            readonly summary: string;
            /**
             * 提交时间
             * Format: date-time
             */
            readonly submitted_at: string;
            /**
             * 审核时间
             * Format: date-time
             */
            readonly reviewed_at: string | null;
            /** 审核意见 */
            readonly review_comment: string;
            evidence: components["schemas"]["EvidenceOutput"][];
        };
        /**
         * @description * `submitted` - 待审核
         *     * `accepted` - 已通过
         *     * `returned` - 已退回
         * @enum {string}
         */
        ReportStatusEnum: "submitted" | "accepted" | "returned";
        /** @description Refuses fields it does not declare, so nobody can slip in status, seats or codes. */
        RetrospectiveInputRequest: {
            title: string;
            description?: string;
            activity_type: components["schemas"]["ActivityTypeEnum"];
            setting?: components["schemas"]["SettingEnum"];
            mode?: components["schemas"]["ModeEnum"];
            campaign?: components["schemas"]["CampaignEnum"] | components["schemas"]["BlankEnum"];
            organization: number;
            area?: number;
            address?: string;
            online_url?: string;
            /** Format: date-time */
            starts_at: string;
            /** Format: date-time */
            ends_at: string;
            audiences?: string[];
            registration_required?: boolean;
            capacity?: number | null;
            max_companions?: number;
            /** Format: date-time */
            registration_opens_at?: string | null;
            /** Format: date-time */
            registration_closes_at?: string | null;
            /** Format: decimal */
            planned_budget?: string;
            reminder_hours?: number[];
            report: components["schemas"]["ReportInputRequest"];
        };
        /** @description Refuses fields it does not declare, so nobody can slip in status, seats or codes. */
        ReviewInputRequest: {
            decision: components["schemas"]["DecisionEnum"];
            comment?: string;
        };
        /**
         * @description * `resident` - 居民
         *     * `organizer` - 组织者
         *     * `staff` - 科协工作人员
         *     * `admin` - 管理员
         * @enum {string}
         */
        RoleEnum: "resident" | "organizer" | "staff" | "admin";
        Scorecard: {
            year: number;
            rules: {
                [key: string]: unknown;
            };
            communities: {
                [key: string]: unknown;
            }[];
            on_track: number;
            ignored_parameters: string[];
        };
        /**
         * @description * `community` - 社区
         *     * `school` - 学校
         *     * `village` - 村
         *     * `enterprise` - 企业
         *     * `agency` - 机关
         * @enum {string}
         */
        SettingEnum: "community" | "school" | "village" | "enterprise" | "agency";
        /** @description Refuses fields it does not declare, so nobody can slip in status, seats or codes. */
        SignUpInputRequest: {
            /** @default 0 */
            companions: number;
            /**
             * 键
             * @description The group the resident belongs to (optional); statistics count their attendance under it.
             */
            audience?: string | null;
        };
        /**
         * @description * `administration` - 管理
         *     * `activities` - 科普活动支出
         *     * `venue` - 场馆建设支出
         *     * `exhibits` - 展品与设施支出
         *     * `other` - 其他
         * @enum {string}
         */
        SpendingCategoryEnum: "administration" | "activities" | "venue" | "exhibits" | "other";
        Summary: {
            period: components["schemas"]["Period"];
            events: {
                [key: string]: number;
            };
            attendance: {
                [key: string]: number;
            };
            registrations: {
                [key: string]: unknown;
            };
            participants: {
                [key: string]: number;
            };
            materials: {
                [key: string]: unknown;
            };
            funding: {
                [key: string]: unknown;
            };
            /** @description Progress against the area's yearly targets. */
            targets: {
                [key: string]: unknown;
            } | null;
        };
        Target: {
            readonly id: number;
            /** 区域 */
            readonly area: number;
            readonly area_name: string;
            /** 年份 */
            readonly year: number;
            /** Format: decimal */
            per_capita_funding: string;
            /** 活动场次目标 */
            readonly events: number | null;
            /** 参与人次目标 */
            readonly participants: number | null;
            /** 资料发放目标（份） */
            readonly materials: number | null;
            /**
             * 创建时间
             * Format: date-time
             */
            readonly created_at: string;
            /**
             * 更新时间
             * Format: date-time
             */
            readonly updated_at: string;
        };
        TargetInputRequest: {
            area: number;
            year: number;
            /** Format: decimal */
            per_capita_funding?: string | null;
            events?: number | null;
            participants?: number | null;
            materials?: number | null;
        };
        Timeseries: {
            period: components["schemas"]["Period"];
            months: {
                [key: string]: unknown;
            }[];
        };
        TokenOutput: {
            token: string;
        };
        UnreadCountOutput: {
            count: number;
        };
        WalkInOutput: {
            audience: string;
            count: number;
        };
        /** @description Refuses fields it does not declare, so nobody can slip in status, seats or codes. */
        WalkInRequest: {
            /** 键 */
            audience: string;
            count: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    areas_list: {
        parameters: {
            query?: {
                /**
                 * @description * `district` - 区
                 *     * `subdistrict` - 街道
                 *     * `town` - 镇
                 *     * `township` - 乡 / 苏木
                 *     * `community` - 社区
                 *     * `village` - 村 / 嘎查
                 */
                level?: ("community" | "district" | "subdistrict" | "town" | "township" | "village")[];
                /** @description 分页结果集中的页码。 */
                page?: number;
                /** @description 每页返回的结果数量。 */
                page_size?: number;
                /** @description 该区域的直接下级。 */
                parent?: number;
                /** @description 名称包含，或代码以其开头。 */
                q?: string;
                /** @description 该区域及其全部下级。 */
                within?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedAreaOutputList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    areas_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AreaInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["AreaInputRequest"];
                "multipart/form-data": components["schemas"]["AreaInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaOutput"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    areas_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    areas_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    areas_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedAreaInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedAreaInputRequest"];
                "multipart/form-data": components["schemas"]["PatchedAreaInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaOutput"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    audit_list: {
        parameters: {
            query?: {
                action?: string;
                actor?: number;
                date_from?: string;
                date_to?: string;
                /** @description 分页结果集中的页码。 */
                page?: number;
                /** @description 每页返回的结果数量。 */
                page_size?: number;
                target_id?: string;
                target_type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedAuditEntryList"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_csrf_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The csrftoken cookie is set. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_login_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["LoginInputRequest"];
                "multipart/form-data": components["schemas"]["LoginInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeOutput"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_logout_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_me_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_me_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteAccountInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["DeleteAccountInputRequest"];
                "multipart/form-data": components["schemas"]["DeleteAccountInputRequest"];
            };
        };
        responses: {
            /** @description Personal data deleted; sign-ups kept anonymously for statistics. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_me_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedMeUpdateInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedMeUpdateInputRequest"];
                "multipart/form-data": components["schemas"]["PatchedMeUpdateInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeOutput"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_me_export_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDataExport"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_me_password_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PasswordChangeInputRequest"];
                "multipart/form-data": components["schemas"]["PasswordChangeInputRequest"];
            };
        };
        responses: {
            /** @description Changed; this session stays signed in. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_register_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["RegisterInputRequest"];
                "multipart/form-data": components["schemas"]["RegisterInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeOutput"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_token_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["LoginInputRequest"];
                "multipart/form-data": components["schemas"]["LoginInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenOutput"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "calendar.ics_retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    distributions_list: {
        parameters: {
            query?: {
                area?: number;
                /**
                 * @description * `event` - 活动现场发放
                 *     * `door_to_door` - 入户发放
                 *     * `bulletin_board` - 宣传栏/科普画廊
                 *     * `other` - 其他
                 */
                channel?: "bulletin_board" | "door_to_door" | "event" | "other";
                date_from?: string;
                date_to?: string;
                event?: number;
                /**
                 * @description * `brochure` - 宣传册
                 *     * `leaflet` - Leaflet
                 *     * `poster` - 挂图/海报
                 *     * `booklet` - 读本
                 *     * `kit` - 科普器材包
                 *     * `video` - 音像制品
                 *     * `other` - 其他
                 */
                kind?: "booklet" | "brochure" | "kit" | "leaflet" | "other" | "poster" | "video";
                material?: number;
                /** @description 分页结果集中的页码。 */
                page?: number;
                /** @description 每页返回的结果数量。 */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedDistributionList"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    distributions_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DistributionInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["DistributionInputRequest"];
                "multipart/form-data": components["schemas"]["DistributionInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Distribution"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    distributions_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Distribution"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    distributions_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DistributionInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["DistributionInputRequest"];
                "multipart/form-data": components["schemas"]["DistributionInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Distribution"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    distributions_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    distributions_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedDistributionInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedDistributionInputRequest"];
                "multipart/form-data": components["schemas"]["PatchedDistributionInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Distribution"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_list: {
        parameters: {
            query?: {
                /**
                 * @description * `lecture` - 科普讲座
                 *     * `exhibition` - 专题展览
                 *     * `contest` - 科普竞赛
                 *     * `training` - 实用技术培训
                 *     * `youth_group` - 青少年科技兴趣小组
                 *     * `camp` - 科技夏（冬）令营
                 *     * `open_day` - 开放日
                 *     * `consultation` - 科技咨询 / 科普大集
                 *     * `show` - 科教影视 / 科学秀
                 *     * `intl_exchange` - 科普国际交流
                 *     * `other` - 其他
                 */
                activity_type?: "camp" | "consultation" | "contest" | "exhibition" | "intl_exchange" | "lecture" | "open_day" | "other" | "show" | "training" | "youth_group";
                /** @description 所选区域及其下辖全部区域。 */
                area?: number;
                audience?: string;
                /** @description Every state of my organizations' events. */
                mine?: boolean;
                /**
                 * @description * `offline` - 线下
                 *     * `online` - 线上
                 *     * `mixed` - 线上线下结合
                 */
                mode?: "mixed" | "offline" | "online";
                organization?: number;
                /** @description 分页结果集中的页码。 */
                page?: number;
                /** @description 每页返回的结果数量。 */
                page_size?: number;
                /** @description 在标题、简介和地址中搜索。 */
                q?: string;
                /**
                 * @description State of the post-event report.
                 *
                 *     * `submitted` - 待审核
                 *     * `accepted` - 已通过
                 *     * `returned` - 已退回
                 */
                report_status?: "accepted" | "returned" | "submitted";
                /**
                 * @description * `community` - 社区
                 *     * `school` - 学校
                 *     * `village` - 村
                 *     * `enterprise` - 企业
                 *     * `agency` - 机关
                 */
                setting?: "agency" | "community" | "enterprise" | "school" | "village";
                /** @description 在此日期当天或之后开始的活动。 */
                starts_after?: string;
                /** @description 在此日期当天或之前开始的活动。 */
                starts_before?: string;
                /**
                 * @description * `draft` - 草稿
                 *     * `submitted` - 待审核
                 *     * `approved` - 已发布
                 *     * `rejected` - 已驳回
                 *     * `cancelled` - 已取消
                 *     * `completed` - 已举办
                 *     * `reported` - 已报告
                 */
                status?: "approved" | "cancelled" | "completed" | "draft" | "rejected" | "reported" | "submitted";
                /** @description Only published events that have not ended. */
                upcoming?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedEventOutputList"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventInputRequest"];
                "multipart/form-data": components["schemas"]["EventInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["EventInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedEventUpdateRequest"];
                "multipart/form-data": components["schemas"]["PatchedEventUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedEventUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_approve_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "events_calendar.ics_retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_cancel_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonInputRequest"];
                "multipart/form-data": components["schemas"]["ReasonInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["ReasonInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_check_in_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInInputRequest"];
                "multipart/form-data": components["schemas"]["CheckInInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["CheckInInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_complete_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_large_scale_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LargeScaleInputRequest"];
                "multipart/form-data": components["schemas"]["LargeScaleInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["LargeScaleInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_register_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SignUpInputRequest"];
                "multipart/form-data": components["schemas"]["SignUpInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["SignUpInputRequest"];
            };
        };
        responses: {
            /** @description Already signed up: the existing one. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationOutput"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "events_registrants.csv_retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_reject_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonInputRequest"];
                "multipart/form-data": components["schemas"]["ReasonInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["ReasonInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_report_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_report_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ReportInputRequest"];
                "multipart/form-data": components["schemas"]["ReportInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["ReportInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_report_evidence_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["EvidenceInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_report_evidence_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                evidence_id: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_report_review_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewInputRequest"];
                "multipart/form-data": components["schemas"]["ReviewInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["ReviewInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_submit_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    events_retrospective_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetrospectiveInputRequest"];
                "multipart/form-data": components["schemas"]["RetrospectiveInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["RetrospectiveInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    funding_list: {
        parameters: {
            query?: {
                area?: number;
                /**
                 * @description * `administration` - 管理
                 *     * `activities` - 科普活动支出
                 *     * `venue` - 场馆建设支出
                 *     * `exhibits` - 展品与设施支出
                 *     * `other` - 其他
                 */
                category?: "activities" | "administration" | "exhibits" | "other" | "venue";
                date_from?: string;
                date_to?: string;
                /**
                 * @description * `income` - 筹集
                 *     * `expenditure` - 使用
                 */
                direction?: "expenditure" | "income";
                event?: number;
                is_special?: boolean;
                /** @description 分页结果集中的页码。 */
                page?: number;
                /** @description 每页返回的结果数量。 */
                page_size?: number;
                /**
                 * @description * `government` - 政府拨款
                 *     * `donation` - 捐赠
                 *     * `self_raised` - 自筹
                 *     * `other` - 其他
                 */
                source?: "donation" | "government" | "other" | "self_raised";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedFundingRecordList"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    funding_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundingInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["FundingInputRequest"];
                "multipart/form-data": components["schemas"]["FundingInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingRecord"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    funding_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingRecord"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    funding_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundingInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["FundingInputRequest"];
                "multipart/form-data": components["schemas"]["FundingInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingRecord"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    funding_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    funding_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedFundingInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedFundingInputRequest"];
                "multipart/form-data": components["schemas"]["PatchedFundingInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingRecord"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    materials_list: {
        parameters: {
            query?: {
                is_active?: boolean;
                /**
                 * @description * `brochure` - 宣传册
                 *     * `leaflet` - Leaflet
                 *     * `poster` - 挂图/海报
                 *     * `booklet` - 读本
                 *     * `kit` - 科普器材包
                 *     * `video` - 音像制品
                 *     * `other` - 其他
                 */
                kind?: "booklet" | "brochure" | "kit" | "leaflet" | "other" | "poster" | "video";
                /** @description 分页结果集中的页码。 */
                page?: number;
                /** @description 每页返回的结果数量。 */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedMaterialList"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    materials_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MaterialInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["MaterialInputRequest"];
                "multipart/form-data": components["schemas"]["MaterialInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Material"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    materials_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Material"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    materials_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MaterialInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["MaterialInputRequest"];
                "multipart/form-data": components["schemas"]["MaterialInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Material"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    materials_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    materials_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedMaterialInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedMaterialInputRequest"];
                "multipart/form-data": components["schemas"]["PatchedMaterialInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Material"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    me_preferences_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferenceOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    me_preferences_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreferenceInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PreferenceInputRequest"];
                "multipart/form-data": components["schemas"]["PreferenceInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferenceOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    notifications_list: {
        parameters: {
            query?: {
                /** @description 分页结果集中的页码。 */
                page?: number;
                /** @description 每页返回的结果数量。 */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedNotificationOutputList"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    notifications_read_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    notifications_failed_list: {
        parameters: {
            query?: {
                /** @description 分页结果集中的页码。 */
                page?: number;
                /** @description 每页返回的结果数量。 */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedFailedNotificationOutputList"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    notifications_read_all_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadAllOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    notifications_unread_count_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_list: {
        parameters: {
            query?: {
                /** @description 该区域及其全部下级。 */
                area?: number;
                is_active?: boolean;
                /** @description 分页结果集中的页码。 */
                page?: number;
                /** @description 每页返回的结果数量。 */
                page_size?: number;
                /** @description 名称或地址包含。 */
                q?: string;
                /**
                 * @description * `community` - 社区
                 *     * `school` - 学校
                 *     * `village` - 村
                 *     * `enterprise` - 企业
                 *     * `agency` - 机关
                 */
                setting?: ("agency" | "community" | "enterprise" | "school" | "village")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedOrganizationOutputList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["OrganizationInputRequest"];
                "multipart/form-data": components["schemas"]["OrganizationInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationOutput"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedOrganizationInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedOrganizationInputRequest"];
                "multipart/form-data": components["schemas"]["PatchedOrganizationInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationOutput"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_members_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberOutput"][];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_members_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["MemberInputRequest"];
                "multipart/form-data": components["schemas"]["MemberInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberOutput"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_members_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    population_list: {
        parameters: {
            query?: {
                /** @description 仅该区域本身的数据。 */
                area?: number;
                /**
                 * @description * `district` - 区
                 *     * `subdistrict` - 街道
                 *     * `town` - 镇
                 *     * `township` - 乡 / 苏木
                 *     * `community` - 社区
                 *     * `village` - 村 / 嘎查
                 */
                level?: ("community" | "district" | "subdistrict" | "town" | "township" | "village")[];
                /** @description 分页结果集中的页码。 */
                page?: number;
                /** @description 每页返回的结果数量。 */
                page_size?: number;
                /** @description 该区域及其全部下级。 */
                within?: number;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedPopulationOutputList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    population_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PopulationInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PopulationInputRequest"];
                "multipart/form-data": components["schemas"]["PopulationInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PopulationOutput"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    population_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PopulationOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    population_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    population_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedPopulationInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedPopulationInputRequest"];
                "multipart/form-data": components["schemas"]["PatchedPopulationInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PopulationOutput"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    population_import_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["PopulationImportInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PopulationImportReport"];
                };
            };
            /** @description Nothing imported: the bad lines. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PopulationImportError"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    registrations_list: {
        parameters: {
            query?: {
                /** @description Registrants of this event (its organizers). */
                event?: number;
                /** @description 分页结果集中的页码。 */
                page?: number;
                /** @description 每页返回的结果数量。 */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedRegistrationOutputList"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    registrations_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    registrations_cancel_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationOutput"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "registrations_qr.svg_retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reports_annual_retrieve: {
        parameters: {
            query?: {
                area?: number;
                /**
                 * @description * `json` - json
                 *     * `xlsx` - xlsx
                 *     * `pdf` - pdf
                 *     * `csv` - csv
                 */
                format?: "json" | "xlsx" | "pdf" | "csv";
                /** @description Include events whose report is not accepted yet. */
                provisional?: boolean;
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/pdf": string;
                    "text/csv": string;
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    stats_breakdown_retrieve: {
        parameters: {
            query: {
                /**
                 * @description * `lecture` - 科普讲座
                 *     * `exhibition` - 专题展览
                 *     * `contest` - 科普竞赛
                 *     * `training` - 实用技术培训
                 *     * `youth_group` - 青少年科技兴趣小组
                 *     * `camp` - 科技夏（冬）令营
                 *     * `open_day` - 开放日
                 *     * `consultation` - 科技咨询 / 科普大集
                 *     * `show` - 科教影视 / 科学秀
                 *     * `intl_exchange` - 科普国际交流
                 *     * `other` - 其他
                 */
                activity_type?: "lecture" | "exhibition" | "contest" | "training" | "youth_group" | "camp" | "open_day" | "consultation" | "show" | "intl_exchange" | "other";
                /** @description Area id; includes all sub-areas. */
                area?: number;
                audience?: string;
                /**
                 * @description * `setting` - setting
                 *     * `area` - area
                 *     * `activity_type` - activity_type
                 *     * `audience` - audience
                 *     * `organization` - organization
                 *     * `mode` - mode
                 *     * `material` - material
                 *     * `material_kind` - material_kind
                 *     * `source` - source
                 *     * `category` - category
                 */
                by: "setting" | "area" | "activity_type" | "audience" | "organization" | "mode" | "material" | "material_kind" | "source" | "category";
                /** @description Last day (local, inclusive), with start. */
                end?: string;
                /**
                 * @description * `offline` - 线下
                 *     * `online` - 线上
                 *     * `mixed` - 线上线下结合
                 */
                mode?: "offline" | "online" | "mixed";
                month?: number;
                organization?: number;
                /** @description Include events whose report is not accepted yet. */
                provisional?: boolean;
                quarter?: number;
                /**
                 * @description * `community` - 社区
                 *     * `school` - 学校
                 *     * `village` - 村
                 *     * `enterprise` - 企业
                 *     * `agency` - 机关
                 */
                setting?: "community" | "school" | "village" | "enterprise" | "agency";
                /** @description First day (local), with end. */
                start?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Breakdown"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    stats_export_retrieve: {
        parameters: {
            query?: {
                /**
                 * @description * `lecture` - 科普讲座
                 *     * `exhibition` - 专题展览
                 *     * `contest` - 科普竞赛
                 *     * `training` - 实用技术培训
                 *     * `youth_group` - 青少年科技兴趣小组
                 *     * `camp` - 科技夏（冬）令营
                 *     * `open_day` - 开放日
                 *     * `consultation` - 科技咨询 / 科普大集
                 *     * `show` - 科教影视 / 科学秀
                 *     * `intl_exchange` - 科普国际交流
                 *     * `other` - 其他
                 */
                activity_type?: "lecture" | "exhibition" | "contest" | "training" | "youth_group" | "camp" | "open_day" | "consultation" | "show" | "intl_exchange" | "other";
                /** @description Area id; includes all sub-areas. */
                area?: number;
                audience?: string;
                /** @description Last day (local, inclusive), with start. */
                end?: string;
                /**
                 * @description * `csv` - csv
                 *     * `xlsx` - xlsx
                 */
                format?: "csv" | "xlsx";
                /**
                 * @description * `offline` - 线下
                 *     * `online` - 线上
                 *     * `mixed` - 线上线下结合
                 */
                mode?: "offline" | "online" | "mixed";
                month?: number;
                organization?: number;
                /** @description Include events whose report is not accepted yet. */
                provisional?: boolean;
                quarter?: number;
                /**
                 * @description * `community` - 社区
                 *     * `school` - 学校
                 *     * `village` - 村
                 *     * `enterprise` - 企业
                 *     * `agency` - 机关
                 */
                setting?: "community" | "school" | "village" | "enterprise" | "agency";
                /** @description First day (local), with end. */
                start?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    stats_per_capita_retrieve: {
        parameters: {
            query?: {
                /**
                 * @description * `lecture` - 科普讲座
                 *     * `exhibition` - 专题展览
                 *     * `contest` - 科普竞赛
                 *     * `training` - 实用技术培训
                 *     * `youth_group` - 青少年科技兴趣小组
                 *     * `camp` - 科技夏（冬）令营
                 *     * `open_day` - 开放日
                 *     * `consultation` - 科技咨询 / 科普大集
                 *     * `show` - 科教影视 / 科学秀
                 *     * `intl_exchange` - 科普国际交流
                 *     * `other` - 其他
                 */
                activity_type?: "lecture" | "exhibition" | "contest" | "training" | "youth_group" | "camp" | "open_day" | "consultation" | "show" | "intl_exchange" | "other";
                /** @description Area id; includes all sub-areas. */
                area?: number;
                audience?: string;
                /** @description Last day (local, inclusive), with start. */
                end?: string;
                /**
                 * @description * `offline` - 线下
                 *     * `online` - 线上
                 *     * `mixed` - 线上线下结合
                 */
                mode?: "offline" | "online" | "mixed";
                month?: number;
                organization?: number;
                /** @description Include events whose report is not accepted yet. */
                provisional?: boolean;
                quarter?: number;
                /**
                 * @description * `community` - 社区
                 *     * `school` - 学校
                 *     * `village` - 村
                 *     * `enterprise` - 企业
                 *     * `agency` - 机关
                 */
                setting?: "community" | "school" | "village" | "enterprise" | "agency";
                /** @description First day (local), with end. */
                start?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerCapita"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    stats_public_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicSummary"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    stats_scorecard_retrieve: {
        parameters: {
            query?: {
                /**
                 * @description * `lecture` - 科普讲座
                 *     * `exhibition` - 专题展览
                 *     * `contest` - 科普竞赛
                 *     * `training` - 实用技术培训
                 *     * `youth_group` - 青少年科技兴趣小组
                 *     * `camp` - 科技夏（冬）令营
                 *     * `open_day` - 开放日
                 *     * `consultation` - 科技咨询 / 科普大集
                 *     * `show` - 科教影视 / 科学秀
                 *     * `intl_exchange` - 科普国际交流
                 *     * `other` - 其他
                 */
                activity_type?: "lecture" | "exhibition" | "contest" | "training" | "youth_group" | "camp" | "open_day" | "consultation" | "show" | "intl_exchange" | "other";
                /** @description Area id; includes all sub-areas. */
                area?: number;
                audience?: string;
                /** @description Last day (local, inclusive), with start. */
                end?: string;
                /**
                 * @description * `offline` - 线下
                 *     * `online` - 线上
                 *     * `mixed` - 线上线下结合
                 */
                mode?: "offline" | "online" | "mixed";
                month?: number;
                organization?: number;
                /** @description Include events whose report is not accepted yet. */
                provisional?: boolean;
                quarter?: number;
                /**
                 * @description * `community` - 社区
                 *     * `school` - 学校
                 *     * `village` - 村
                 *     * `enterprise` - 企业
                 *     * `agency` - 机关
                 */
                setting?: "community" | "school" | "village" | "enterprise" | "agency";
                /** @description First day (local), with end. */
                start?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scorecard"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    stats_summary_retrieve: {
        parameters: {
            query?: {
                /**
                 * @description * `lecture` - 科普讲座
                 *     * `exhibition` - 专题展览
                 *     * `contest` - 科普竞赛
                 *     * `training` - 实用技术培训
                 *     * `youth_group` - 青少年科技兴趣小组
                 *     * `camp` - 科技夏（冬）令营
                 *     * `open_day` - 开放日
                 *     * `consultation` - 科技咨询 / 科普大集
                 *     * `show` - 科教影视 / 科学秀
                 *     * `intl_exchange` - 科普国际交流
                 *     * `other` - 其他
                 */
                activity_type?: "lecture" | "exhibition" | "contest" | "training" | "youth_group" | "camp" | "open_day" | "consultation" | "show" | "intl_exchange" | "other";
                /** @description Area id; includes all sub-areas. */
                area?: number;
                audience?: string;
                /** @description Last day (local, inclusive), with start. */
                end?: string;
                /**
                 * @description * `offline` - 线下
                 *     * `online` - 线上
                 *     * `mixed` - 线上线下结合
                 */
                mode?: "offline" | "online" | "mixed";
                month?: number;
                organization?: number;
                /** @description Include events whose report is not accepted yet. */
                provisional?: boolean;
                quarter?: number;
                /**
                 * @description * `community` - 社区
                 *     * `school` - 学校
                 *     * `village` - 村
                 *     * `enterprise` - 企业
                 *     * `agency` - 机关
                 */
                setting?: "community" | "school" | "village" | "enterprise" | "agency";
                /** @description First day (local), with end. */
                start?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Summary"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    stats_timeseries_retrieve: {
        parameters: {
            query?: {
                /**
                 * @description * `lecture` - 科普讲座
                 *     * `exhibition` - 专题展览
                 *     * `contest` - 科普竞赛
                 *     * `training` - 实用技术培训
                 *     * `youth_group` - 青少年科技兴趣小组
                 *     * `camp` - 科技夏（冬）令营
                 *     * `open_day` - 开放日
                 *     * `consultation` - 科技咨询 / 科普大集
                 *     * `show` - 科教影视 / 科学秀
                 *     * `intl_exchange` - 科普国际交流
                 *     * `other` - 其他
                 */
                activity_type?: "lecture" | "exhibition" | "contest" | "training" | "youth_group" | "camp" | "open_day" | "consultation" | "show" | "intl_exchange" | "other";
                /** @description Area id; includes all sub-areas. */
                area?: number;
                audience?: string;
                /** @description Last day (local, inclusive), with start. */
                end?: string;
                /**
                 * @description * `offline` - 线下
                 *     * `online` - 线上
                 *     * `mixed` - 线上线下结合
                 */
                mode?: "offline" | "online" | "mixed";
                month?: number;
                organization?: number;
                /** @description Include events whose report is not accepted yet. */
                provisional?: boolean;
                quarter?: number;
                /**
                 * @description * `community` - 社区
                 *     * `school` - 学校
                 *     * `village` - 村
                 *     * `enterprise` - 企业
                 *     * `agency` - 机关
                 */
                setting?: "community" | "school" | "village" | "enterprise" | "agency";
                /** @description First day (local), with end. */
                start?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timeseries"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    targets_list: {
        parameters: {
            query?: {
                area?: number;
                /** @description 分页结果集中的页码。 */
                page?: number;
                /** @description 每页返回的结果数量。 */
                page_size?: number;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedTargetList"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    targets_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TargetInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["TargetInputRequest"];
                "multipart/form-data": components["schemas"]["TargetInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    targets_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    targets_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TargetInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["TargetInputRequest"];
                "multipart/form-data": components["schemas"]["TargetInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    targets_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    targets_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedTargetInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedTargetInputRequest"];
                "multipart/form-data": components["schemas"]["PatchedTargetInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            /** @description 输入有误；各字段的错误信息见 `errors`。 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请先登录。 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权执行此操作。 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未找到，或不在您的管辖范围内。 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 与当前状态冲突。 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁，请稍后重试。 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 后台服务繁忙或不可用，请稍后重试。 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
