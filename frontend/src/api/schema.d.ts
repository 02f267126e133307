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
         * @description A form a visitor sends before signing in: open to anyone, no session read, CSRF checked, counted
         *     per client address (``login`` scope unless the view names another).
         */
        post: operations["auth_login_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/sms/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Session sign-in with an SMS code instead of the password (send the CSRF token)
         * @description A form a visitor sends before signing in: open to anyone, no session read, CSRF checked, counted
         *     per client address (``login`` scope unless the view names another).
         */
        post: operations["auth_login_sms_create"];
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
    "/api/v1/auth/password-reset/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with an SMS code (forgotten password)
         * @description A form a visitor sends before signing in: open to anyone, no session read, CSRF checked, counted
         *     per client address (``login`` scope unless the view names another).
         */
        post: operations["auth_password_reset_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/privacy-policy/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The privacy policy in the request's language, with the version registrations agree to */
        get: operations["auth_privacy_policy_retrieve"];
        put?: never;
        post?: never;
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
         * Resident self-registration by mobile number with an SMS code and privacy consent; signs them in
         * @description A form a visitor sends before signing in: open to anyone, no session read, CSRF checked, counted
         *     per client address (``login`` scope unless the view names another).
         */
        post: operations["auth_register_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sms-code/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an SMS verification code for registration, sign-in or a password reset
         * @description Sends a verification code by SMS. The answer is the same whether or not the number has an
         *     account (``kepu.accounts.phone_codes``); limited per number, per client and site-wide.
         */
        post: operations["auth_sms_code_create"];
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
        /**
         * @description Upcoming published events (and cancellations of them) as one iCalendar feed, with the event
         *     list's filters.
         */
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
    "/api/v1/events/{id}/check-in-list/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The check-in list a door device keeps */
        get: operations["events_check_in_list_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/check-ins/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a device's scans (queued offline or just now); safe to send again */
        post: operations["events_check_ins_create"];
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
    "/api/v1/events/{id}/poster.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A4 poster with a QR code
         * @description For views (or view sets) whose actions answer a file.
         */
        get: operations["events_poster.pdf_retrieve"];
        put?: never;
        post?: never;
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
    "/api/v1/events/{id}/share.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Share picture with a QR code
         * @description For views (or view sets) whose actions answer a file.
         */
        get: operations["events_share.png_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/sign-in-sheet.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sign-in sheet (签到表)
         * @description For views (or view sets) whose actions answer a file.
         */
        get: operations["events_sign_in_sheet.pdf_retrieve"];
        put?: never;
        post?: never;
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
    "/api/v1/events/{id}/venue/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Where an event is held: anyone who sees the event reads it; its organizers set it. */
        get: operations["events_venue_retrieve"];
        /** @description Where an event is held: anyone who sees the event reads it; its organizers set it. */
        put: operations["events_venue_update"];
        post?: never;
        /** @description Where an event is held: anyone who sees the event reads it; its organizers set it. */
        delete: operations["events_venue_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/volunteer-hours/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm volunteers' service hours after the event (its organizers only) */
        post: operations["events_volunteer_hours_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/volunteer-roles/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An event's volunteer roles: anyone who sees the event reads them, its organizers set them. */
        get: operations["events_volunteer_roles_list"];
        put?: never;
        /** @description An event's volunteer roles: anyone who sees the event reads them, its organizers set them. */
        post: operations["events_volunteer_roles_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/volunteers/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The event's volunteers with their check-in and hours: for its organizers and the staff covering it. */
        get: operations["events_volunteers_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/approvals/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events waiting for approval in the reviewer's area, longest waiting first */
        get: operations["events_approval_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/approve/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve several submitted events at once (all or none) */
        post: operations["events_approve_batch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/reports/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Post-event reports in the reviewer's area (waiting for review unless `status` says otherwise) */
        get: operations["events_report_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/reports/accept/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept several post-event reports at once (all or none) */
        post: operations["events_report_accept_batch"];
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
        /**
         * Funding records of the caller's area and everything under it
         * @description Money raised and spent, in exact yuan (amounts are decimal strings). A record outside the caller's
         *     subtree is a 404; an area or event outside it in the input, a 400 on that field.
         */
        get: operations["funding_list"];
        put?: never;
        /**
         * @description Money raised and spent, in exact yuan (amounts are decimal strings). A record outside the caller's
         *     subtree is a 404; an area or event outside it in the input, a 400 on that field.
         */
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
        /**
         * @description Money raised and spent, in exact yuan (amounts are decimal strings). A record outside the caller's
         *     subtree is a 404; an area or event outside it in the input, a 400 on that field.
         */
        get: operations["funding_retrieve"];
        put?: never;
        post?: never;
        /**
         * @description Money raised and spent, in exact yuan (amounts are decimal strings). A record outside the caller's
         *     subtree is a 404; an area or event outside it in the input, a 400 on that field.
         */
        delete: operations["funding_destroy"];
        options?: never;
        head?: never;
        /**
         * @description Money raised and spent, in exact yuan (amounts are decimal strings). A record outside the caller's
         *     subtree is a 404; an area or event outside it in the input, a 400 on that field.
         */
        patch: operations["funding_partial_update"];
        trace?: never;
    };
    "/api/v1/funding/{id}/attachments/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach the approving document (PDF or scan) to a funding record
         * @description Money raised and spent, in exact yuan (amounts are decimal strings). A record outside the caller's
         *     subtree is a 404; an area or event outside it in the input, a 400 on that field.
         */
        post: operations["funding_attachments_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/{id}/attachments/{attachment_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an attachment
         * @description Money raised and spent, in exact yuan (amounts are decimal strings). A record outside the caller's
         *     subtree is a 404; an area or event outside it in the input, a 400 on that field.
         */
        get: operations["funding_attachments_retrieve"];
        put?: never;
        post?: never;
        /**
         * @description Money raised and spent, in exact yuan (amounts are decimal strings). A record outside the caller's
         *     subtree is a 404; an area or event outside it in the input, a 400 on that field.
         */
        delete: operations["funding_attachments_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/export/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the filtered funding records (XLSX or CSV)
         * @description The filtered records as a spreadsheet, ready to edit and import again.
         */
        get: operations["funding_export_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/import/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import funding records from XLSX or CSV: all lines or none
         * @description Money raised and spent, in exact yuan (amounts are decimal strings). A record outside the caller's
         *     subtree is a 404; an area or event outside it in the input, a 400 on that field.
         */
        post: operations["funding_import_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/import/preview/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a funding spreadsheet before importing it: every bad line explained
         * @description Money raised and spent, in exact yuan (amounts are decimal strings). A record outside the caller's
         *     subtree is a 404; an area or event outside it in the input, a 400 on that field.
         */
        post: operations["funding_import_preview_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/totals/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Totals of the filtered records: raised by source, special funds, spent by category
         * @description Money raised and spent, in exact yuan (amounts are decimal strings). A record outside the caller's
         *     subtree is a 404; an area or event outside it in the input, a 400 on that field.
         */
        get: operations["funding_totals_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/materials/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The catalog of publicity materials (signed-in users)
         * @description The catalog of publicity materials: everyone signed in reads it (organizers report with it), the
         *     district's staff keep it.
         */
        get: operations["materials_list"];
        put?: never;
        /**
         * @description The catalog of publicity materials: everyone signed in reads it (organizers report with it), the
         *     district's staff keep it.
         */
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
        /**
         * @description The catalog of publicity materials: everyone signed in reads it (organizers report with it), the
         *     district's staff keep it.
         */
        get: operations["materials_retrieve"];
        put?: never;
        post?: never;
        /**
         * @description The catalog of publicity materials: everyone signed in reads it (organizers report with it), the
         *     district's staff keep it.
         */
        delete: operations["materials_destroy"];
        options?: never;
        head?: never;
        /**
         * @description The catalog of publicity materials: everyone signed in reads it (organizers report with it), the
         *     district's staff keep it.
         */
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
    "/api/v1/meta/choices/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Every choice the API uses (activity types, settings, audiences, statuses, material kinds, funding
         *     sources…) with its label, in the language of ``Accept-Language`` or the language cookie.
         *
         *     The same for everyone, so browsers and proxies may keep it for an hour (per language).
         */
        get: operations["meta_choices_retrieve"];
        put?: never;
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
    "/api/v1/popularizers/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The popularizers of the caller's organizations (organizers) or area subtree (staff). */
        get: operations["popularizers_list"];
        put?: never;
        /** @description The popularizers of the caller's organizations (organizers) or area subtree (staff). */
        post: operations["popularizers_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/popularizers/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["popularizers_retrieve"];
        put?: never;
        post?: never;
        delete: operations["popularizers_destroy"];
        options?: never;
        head?: never;
        patch: operations["popularizers_partial_update"];
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
        /** Import figures from XLSX or CSV: all lines or none, with a report of bad lines */
        post: operations["population_import_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/population/import/preview/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a file before importing it: every bad line explained, and what the good ones would change */
        post: operations["population_import_preview_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/population/import/template/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A file to fill in: the staff member's areas with the year and the figures already recorded
         * @description For views (or view sets) whose actions answer a file.
         */
        get: operations["population_import_template_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/population/years/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each area's own figures of the last years, to see which lack this year's */
        get: operations["population_years_list"];
        put?: never;
        post?: never;
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
    "/api/v1/registrations/{id}/check-in/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Check a registrant in from the list (the organizer recognises them). */
        post: operations["registrations_check_in_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/check-in/undo/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Undo a check-in made by mistake. */
        post: operations["registrations_check_in_undo_create"];
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
    "/api/v1/reports/annual/{year}/tables/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The tables of the yearly return's files, in the survey's order (personnel, venues and sites, funding, materials, activities), titled, headed and labelled in the caller's language. */
        get: operations["reports_annual_tables_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff-accounts/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Association staff accounts and their areas (administrators) */
        get: operations["staff_accounts_list"];
        put?: never;
        post: operations["staff_accounts_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff-accounts/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["staff_accounts_retrieve"];
        put?: never;
        post?: never;
        /** No longer association staff: a resident again, history kept */
        delete: operations["staff_accounts_destroy"];
        options?: never;
        head?: never;
        patch: operations["staff_accounts_partial_update"];
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
    "/api/v1/stats/personnel/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 科普人员: popularizers, registered volunteers and confirmed volunteer hours of a period and area */
        get: operations["stats_personnel_retrieve"];
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
    "/api/v1/stats/venues/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 科普场地: venues by the survey's kinds, their use and the galleries' refreshes */
        get: operations["stats_venues_retrieve"];
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
        /**
         * Yearly targets of the caller's area and everything under it
         * @description Yearly targets per area; the per-capita figure defaults to the configured target (1.50 yuan).
         */
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
        put?: never;
        post?: never;
        /** @description Yearly targets per area; the per-capita figure defaults to the configured target (1.50 yuan). */
        delete: operations["targets_destroy"];
        options?: never;
        head?: never;
        /** @description Yearly targets per area; the per-capita figure defaults to the configured target (1.50 yuan). */
        patch: operations["targets_partial_update"];
        trace?: never;
    };
    "/api/v1/targets/progress/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Targets with their progress: events, person-times, materials and per-capita funding
         * @description Yearly targets per area; the per-capita figure defaults to the configured target (1.50 yuan).
         */
        get: operations["targets_progress_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/venues/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Venues are public; staff (their area) and the running organization's organizers add them. */
        get: operations["venues_list"];
        put?: never;
        /** @description Venues are public; staff (their area) and the running organization's organizers add them. */
        post: operations["venues_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/venues/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["venues_retrieve"];
        put?: never;
        post?: never;
        delete: operations["venues_destroy"];
        options?: never;
        head?: never;
        patch: operations["venues_partial_update"];
        trace?: never;
    };
    "/api/v1/venues/{id}/refreshes/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["venues_refreshes_list"];
        put?: never;
        post: operations["venues_refreshes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/venues/{id}/refreshes/{refresh_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["venues_refreshes_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/venues/{id}/refreshes/{refresh_id}/photo/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["venues_refreshes_photo_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/venues/kinds/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["venues_kinds_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteer-roles/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["volunteer_roles_destroy"];
        options?: never;
        head?: never;
        patch: operations["volunteer_roles_partial_update"];
        trace?: never;
    };
    "/api/v1/volunteer-roles/{id}/sign-up/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign up for a volunteer role (registered volunteers) */
        post: operations["volunteer_roles_sign_up_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteer-signups/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description My volunteer sign-ups (and, for organizers, those of their events). */
        get: operations["volunteer_signups_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteer-signups/{id}/cancel/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["volunteer_signups_cancel_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteer-signups/{id}/check-in/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["volunteer_signups_check_in_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Registered volunteers the caller looks after; organizations register people by mobile number. */
        get: operations["volunteers_list"];
        put?: never;
        /** @description Registered volunteers the caller looks after; organizations register people by mobile number. */
        post: operations["volunteers_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/me/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The caller's own volunteer registration and confirmed service per year. */
        get: operations["volunteers_me_retrieve"];
        /**
         * Register as a volunteer (注册科普志愿者), or change where you volunteer
         * @description The caller's own volunteer registration and confirmed service per year.
         */
        put: operations["volunteers_me_update"];
        post?: never;
        /** @description The caller's own volunteer registration and confirmed service per year. */
        delete: operations["volunteers_me_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/me/certificate/{year}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My certificate of volunteer service (志愿服务证明) for a year
         * @description The caller's certificate of volunteer service for a year, as a PDF.
         */
        get: operations["volunteers_me_certificate_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description * `lecture` - Lecture
         *     * `exhibition` - Exhibition
         *     * `contest` - Contest
         *     * `training` - Practical training
         *     * `youth_group` - Youth interest group
         *     * `camp` - Science camp
         *     * `open_day` - Open day
         *     * `consultation` - Consultation fair
         *     * `show` - Science show / film
         *     * `intl_exchange` - International exchange
         *     * `other` - Other
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
            /** @description 科普人员, when the people app is installed: as GET /api/v1/stats/personnel/. */
            personnel?: {
                [key: string]: unknown;
            };
            /** @description 科普场地, when the venues app is installed: as GET /api/v1/stats/venues/. */
            venues?: {
                [key: string]: unknown;
            };
        };
        AnnualTables: {
            title: string;
            header_block: components["schemas"]["ReturnHeader"][];
            tables: components["schemas"]["ReturnTable"][];
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
            readonly name: string;
            readonly level: components["schemas"]["LevelEnum"];
            readonly parent: number | null;
            /** Statistical division code */
            readonly code: string | null;
            /** Urban-rural class code */
            readonly urban_rural_code: string;
            /** Tree path */
            readonly path: string;
            /** @description Implied setting, if any. */
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
        AuditChange: {
            /** @description The field's label in the reader's language. */
            field: string;
            /** @description The value before, in words; null when only recorded. */
            old: string | null;
            /** @description The value after (or the value recorded), in words. */
            new: string;
            changed: boolean;
        };
        AuditEntry: {
            readonly id: number;
            readonly actor: components["schemas"]["AuditActor"] | null;
            readonly actor_name: string;
            readonly action: string;
            /** @description The action in words, in the reader's language. */
            readonly action_label: string;
            readonly target_type: string;
            readonly target_id: string;
            readonly target: components["schemas"]["AuditTarget"];
            /** @description The reason or comment the entry recorded, if any. */
            readonly note: string;
            readonly changes: {
                [key: string]: unknown;
            };
            /** @description The changes in words: labels, choices, names. */
            readonly changes_words: components["schemas"]["AuditChange"][];
            /**
             * At
             * Format: date-time
             */
            readonly created_at: string;
        };
        /** @description The object an entry is about, named, with the page of the web app that shows it. */
        AuditTarget: {
            /** @description event, report's event, funding, target, population (by area)… */
            kind: string;
            /** @description Id of the object that page shows; null when gone. */
            id: number | null;
            name: string;
        };
        /** @description Refuses fields it does not declare, so nobody can slip in status, seats or codes. */
        BatchInputRequest: {
            events: number[];
        };
        BatchOutput: {
            detail: string;
            events: number[];
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
         * @description * `` - None
         *     * `science_week` - National Science and Technology Week
         *     * `science_day` - National Science Popularization Day
         *     * `science_month` - National Science Popularization Month
         *     * `other` - Other themed day
         * @enum {string}
         */
        CampaignEnum: "science_week" | "science_day" | "science_month" | "other";
        CheckInCounter: {
            /** @description People checked in, accompanying persons included. */
            checked_in: number;
            /** @description People with a confirmed seat, accompanying persons included. */
            expected: number;
            /** @description Accompanying persons among those checked in. */
            companions: number;
            /** @description Registrations checked in. */
            registrations: number;
            /** @description Codes refused because they had already been used. */
            duplicates: number;
        };
        /** @description Refuses fields it does not declare, so nobody can slip in status, seats or codes. */
        CheckInInputRequest: {
            code: string;
        };
        CheckInList: {
            event: components["schemas"]["DoorEvent"];
            /** Format: date-time */
            generated_at: string;
            counter: components["schemas"]["CheckInCounter"];
            registrations: components["schemas"]["DoorRegistration"][];
            duplicates: components["schemas"]["DuplicateScan"][];
        };
        CheckInOutput: {
            registration: number;
            name: string;
            phone: string;
            companions: number;
            /** Format: date-time */
            checked_in_at: string;
        };
        /** @description Refuses fields it does not declare, so nobody can slip in status, seats or codes. */
        CheckInSyncInputRequest: {
            /** @description A short name of the device, shown to the others. */
            device: string;
            scans: components["schemas"]["ScanInputRequest"][];
        };
        CheckInSyncOutput: {
            results: components["schemas"]["ScanResult"][];
            counter: components["schemas"]["CheckInCounter"];
        };
        /** @description One list of options per kind of choice (documents the answer of the catalogue endpoint). */
        ChoiceCatalogue: {
            audience: components["schemas"]["Option"][];
            audit_action: components["schemas"]["Option"][];
            activity_type: components["schemas"]["Option"][];
            setting: components["schemas"]["Option"][];
            mode: components["schemas"]["Option"][];
            campaign: components["schemas"]["Option"][];
            event_status: components["schemas"]["Option"][];
            event_action: components["schemas"]["Option"][];
            sign_up_state: components["schemas"]["Option"][];
            registration_status: components["schemas"]["Option"][];
            report_status: components["schemas"]["Option"][];
            evidence_kind: components["schemas"]["Option"][];
            material_kind: components["schemas"]["Option"][];
            distribution_channel: components["schemas"]["Option"][];
            funding_source: components["schemas"]["Option"][];
            funding_direction: components["schemas"]["Option"][];
            spending_category: components["schemas"]["Option"][];
            area_level: components["schemas"]["Option"][];
            role: components["schemas"]["Option"][];
            language: components["schemas"]["Option"][];
            notification_channels: components["schemas"]["Option"][];
            notification_kind: components["schemas"]["Option"][];
        };
        CodeLoginInputRequest: {
            phone: string;
            /** @description The verification code sent by SMS. */
            code: string;
        };
        CountProgress: {
            target: number | null;
            actual: number;
            percent: string | null;
        };
        /**
         * @description * `accept` - Accept
         *     * `return` - Return
         * @enum {string}
         */
        DecisionEnum: "accept" | "return";
        DeleteAccountInputRequest: {
            /** @description Your password, to confirm the deletion. */
            password: string;
        };
        /**
         * @description * `email` - Email
         *     * `sms` - SMS
         * @enum {string}
         */
        DeliveryChannelEnum: "email" | "sms";
        DeliveryOutput: {
            readonly channel: components["schemas"]["DeliveryChannelEnum"];
            readonly state: components["schemas"]["DeliveryStateEnum"];
            readonly attempts: number;
            /** Format: date-time */
            readonly next_attempt_at: string;
            /** Format: date-time */
            readonly sent_at: string | null;
            readonly last_error: string;
        };
        /**
         * @description * `pending` - Pending
         *     * `sending` - Sending
         *     * `sent` - Sent
         *     * `failed` - Failed
         *     * `dropped` - Dropped
         * @enum {string}
         */
        DeliveryStateEnum: "pending" | "sending" | "sent" | "failed" | "dropped";
        Distribution: {
            readonly id: number;
            readonly material: number;
            readonly material_name: string;
            readonly material_kind: string;
            readonly quantity: number;
            /** Format: date */
            readonly date: string;
            readonly area: number;
            readonly area_name: string;
            readonly event: number | null;
            readonly event_title: string | null;
            readonly channel: components["schemas"]["DistributionChannelEnum"];
            readonly note: string;
            readonly recorded_by: number | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description * `event` - At an event
         *     * `door_to_door` - Door to door
         *     * `bulletin_board` - Bulletin board / science gallery
         *     * `other` - Other
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
        DoorEvent: {
            id: number;
            title: string;
            status: string;
            /** Format: date-time */
            starts_at: string;
            /** Format: date-time */
            ends_at: string;
            /** Format: date-time */
            check_in_opens_at: string;
            /** Format: date-time */
            check_in_closes_at: string;
        };
        /** @description A registrant as a door device stores it: the code and just enough to recognise the person. */
        DoorRegistration: {
            registration: number;
            code: string;
            readonly name: string;
            readonly phone: string;
            companions: number;
            status: components["schemas"]["RegistrationStatusEnum"];
            /** Format: date-time */
            checked_in_at: string | null;
            checked_in_device: string | null;
        };
        DuplicateScan: {
            /** Format: uuid */
            id: string;
            registration: number | null;
            code: string;
            device: string;
            /** Format: date-time */
            scanned_at: string;
            reason: string;
        };
        /**
         * @description * `created` - created
         *     * `updated` - updated
         *     * `unchanged` - unchanged
         * @enum {string}
         */
        EffectEnum: "created" | "updated" | "unchanged";
        Error: {
            detail: string;
            errors?: {
                [key: string]: string[];
            };
        };
        /**
         * @description * `edit` - Edit
         *     * `submit` - Submit for approval
         *     * `approve` - Approve
         *     * `reject` - Reject
         *     * `cancel` - Cancel
         *     * `complete` - Mark as held
         *     * `check_in` - Check people in
         *     * `prepare_check_in` - Download the check-in list
         *     * `report` - File the report
         *     * `review_report` - Review the report
         *     * `add_evidence` - Add evidence
         *     * `register` - Sign up
         *     * `mark_large_scale` - Mark or unmark as large-scale
         * @enum {string}
         */
        EventActionEnum: "edit" | "submit" | "approve" | "reject" | "cancel" | "complete" | "check_in" | "prepare_check_in" | "report" | "review_report" | "add_evidence" | "register" | "mark_large_scale";
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
            check_in_opens_minutes?: number;
            check_in_closes_minutes?: number;
        };
        /** @description An event as its caller may see it, with what the caller may do with it now. */
        EventOutput: {
            readonly id: number;
            readonly title: string;
            readonly description: string;
            readonly activity_type: components["schemas"]["ActivityTypeEnum"];
            readonly setting: components["schemas"]["SettingEnum"];
            readonly mode: components["schemas"]["ModeEnum"];
            readonly campaign: components["schemas"]["CampaignEnum"] | components["schemas"]["BlankEnum"];
            area: components["schemas"]["IdName"];
            organization: components["schemas"]["IdName"];
            readonly address: string;
            /** Online link */
            readonly online_url: string;
            /** Format: date-time */
            readonly starts_at: string;
            /** Format: date-time */
            readonly ends_at: string;
            readonly audiences: string[];
            /** Sign-up required */
            readonly registration_required: boolean;
            /** @description Empty: unlimited. */
            readonly capacity: number | null;
            /** Accompanying persons allowed */
            readonly max_companions: number;
            /**
             * Sign-up opens
             * Format: date-time
             */
            readonly registration_opens_at: string | null;
            /**
             * Sign-up closes
             * Format: date-time
             */
            readonly registration_closes_at: string | null;
            readonly seats_left: number | null;
            readonly confirmed_count: number;
            readonly waitlist_count: number;
            readonly is_large_scale: boolean;
            /** Marked large-scale by staff */
            readonly marked_large_scale: boolean;
            readonly status: components["schemas"]["EventStatusEnum"];
            /** Reason */
            readonly status_reason: string;
            /** Logged after it took place */
            readonly logged_afterwards: boolean;
            /**
             * Planned budget (yuan)
             * Format: decimal
             */
            readonly planned_budget: string;
            readonly reminder_hours: number[];
            readonly check_in_opens_minutes: number;
            readonly check_in_closes_minutes: number;
            /** Format: date-time */
            readonly check_in_opens_at: string;
            /** Format: date-time */
            readonly check_in_closes_at: string;
            /** Format: date-time */
            readonly submitted_at: string | null;
            /** Format: date-time */
            readonly approved_at: string | null;
            readonly my_registration: components["schemas"]["MyRegistration"] | null;
            /** @description Whether everyone can see the event. */
            readonly is_public: boolean;
            /** @description Whether the event takes sign-ups now, and if not, why. */
            readonly sign_up: components["schemas"]["SignUpStateEnum"];
            /** @description What the caller may do with the event now. */
            readonly allowed_actions: components["schemas"]["EventActionEnum"][];
        };
        /**
         * @description * `draft` - Draft
         *     * `submitted` - Submitted
         *     * `approved` - Approved
         *     * `rejected` - Rejected
         *     * `cancelled` - Cancelled
         *     * `completed` - Completed
         *     * `reported` - Reported
         * @enum {string}
         */
        EventStatusEnum: "draft" | "submitted" | "approved" | "rejected" | "cancelled" | "completed" | "reported";
        EventVenueInputRequest: {
            venue: number;
        };
        EventVenueOutput: {
            venue: components["schemas"]["VenueOutput"] | null;
            can_change: boolean;
        };
        /** @description Refuses fields it does not declare, so nobody can slip in status, seats or codes. */
        EvidenceInputRequest: {
            kind: components["schemas"]["EvidenceKindEnum"];
            /** Format: binary */
            file: Blob;
        };
        /**
         * @description * `photo` - Photo
         *     * `sign_in_sheet` - Sign-in sheet
         *     * `other` - Other
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
            /** Mobile number */
            readonly phone: string;
            readonly name: string;
            readonly role: components["schemas"]["RoleEnum"];
            readonly language: components["schemas"]["LanguageEnum"];
            readonly email: string;
            readonly organizations: components["schemas"]["OrganizationBrief"][];
            readonly staff_area: components["schemas"]["AreaBrief"] | null;
            /**
             * Superuser status
             * @description Designates that this user has all permissions without explicitly assigning them.
             */
            readonly is_superuser: boolean;
            /**
             * Joined
             * Format: date-time
             */
            readonly date_joined: string;
            /** Format: date-time */
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
            readonly kind: components["schemas"]["NotificationKindEnum"];
            readonly kind_label: string;
            /** Subject */
            readonly subject_key: string;
            readonly recipient: number;
            readonly recipient_name: string;
            readonly recipient_phone: string;
            readonly event: number | null;
            readonly event_title: string | null;
            /** Format: date-time */
            readonly due_at: string;
            readonly attempts: number;
            readonly last_error: string;
            /** Format: date-time */
            readonly updated_at: string;
            readonly deliveries: components["schemas"]["DeliveryOutput"][];
        };
        FullTimeFigures: {
            total: number;
            /** @description 中级职称及以上或大学本科及以上学历 */
            qualified: number;
            female: number;
            rural: number;
            managers: number;
            creators: number;
            docents: number;
        };
        FundingAttachment: {
            id: number;
            name: string;
            kind: components["schemas"]["FundingAttachmentKindEnum"];
            size: number;
            readonly url: string;
            /** Format: date-time */
            created_at: string;
        };
        FundingAttachmentInputRequest: {
            /**
             * Format: binary
             * @description The approving document: a PDF or a scanned image (JPEG, PNG).
             */
            file: Blob;
        };
        /**
         * @description * `pdf` - PDF document
         *     * `image` - Scanned image
         * @enum {string}
         */
        FundingAttachmentKindEnum: "pdf" | "image";
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
         * @description * `income` - Raised
         *     * `expenditure` - Spent
         * @enum {string}
         */
        FundingDirectionEnum: "income" | "expenditure";
        /** @description The API's error shape (kepu.common.errors). */
        FundingImportError: {
            detail: string;
            errors?: {
                [key: string]: string[];
            };
            lines?: components["schemas"]["ImportLineError"][];
            problems?: components["schemas"]["ImportProblem"][];
        };
        FundingImportInputRequest: {
            /**
             * Format: binary
             * @description XLSX or CSV with a header row: 日期 (date), 金额 (amount), 区划代码 or 区域 (+ 上级), 收支 (收入/支出), 来源, 专项经费 (是/否), 支出类别, 用途; an exported file's 编号 updates that record.
             */
            file: Blob;
        };
        FundingImportPreview: {
            valid: boolean;
            detail: string;
            created: number;
            updated: number;
            unchanged: number;
            lines: components["schemas"]["ImportLineError"][];
            problems: components["schemas"]["ImportProblem"][];
            rows: components["schemas"]["FundingPreviewRow"][];
        };
        FundingImportReport: {
            detail: string;
            created: number;
            updated: number;
            unchanged: number;
        };
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
        FundingPreviewRow: {
            line: number;
            record?: number | null;
            effect: components["schemas"]["EffectEnum"];
            direction: components["schemas"]["FundingDirectionEnum"];
            /** Format: decimal */
            amount: string;
            /** Format: date */
            date: string;
            area: number;
            area_name: string;
            source: string;
            is_special: boolean;
            category: string;
            purpose: string;
        };
        FundingRecord: {
            readonly id: number;
            readonly direction: components["schemas"]["FundingDirectionEnum"];
            /** Format: decimal */
            amount: string;
            /** Format: date */
            readonly date: string;
            readonly area: number;
            readonly area_name: string;
            /** 来源 */
            readonly source: components["schemas"]["FundingSourceEnum"] | components["schemas"]["BlankEnum"];
            /**
             * Special popularization funds
             * @description Part of a government appropriation earmarked for popularization.
             */
            readonly is_special: boolean;
            /** 支出类别 */
            readonly category: components["schemas"]["SpendingCategoryEnum"] | components["schemas"]["BlankEnum"];
            readonly purpose: string;
            readonly event: number | null;
            readonly event_title: string | null;
            readonly attachments: components["schemas"]["FundingAttachment"][];
            readonly recorded_by: number | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description * `area` - area
         *     * `events_in_slice` - events_in_slice
         * @enum {string}
         */
        FundingScopeEnum: "area" | "events_in_slice";
        /**
         * @description * `government` - Government appropriation
         *     * `donation` - Donation
         *     * `self_raised` - Self-raised
         *     * `other` - Other
         * @enum {string}
         */
        FundingSourceEnum: "government" | "donation" | "self_raised" | "other";
        FundingTotals: {
            count: number;
            /** Format: decimal */
            raised: string;
            /** Format: decimal */
            special: string;
            /** Format: decimal */
            spent: string;
            by_source: {
                [key: string]: string;
            };
            by_category: {
                [key: string]: string;
            };
        };
        GalleryFigures: {
            galleries: number;
            refreshes: number;
            meeting_threshold: number;
            threshold: number;
        };
        GalleryRefreshInputRequest: {
            /** Format: date */
            date: string;
            theme: string;
            /**
             * Format: binary
             * @description A photo of the new content (JPEG or PNG).
             */
            photo?: Blob;
        };
        GalleryRefreshOutput: {
            readonly id: number;
            /** Gallery */
            readonly venue: number;
            /** Format: date */
            readonly date: string;
            readonly theme: string;
            readonly photo_url: string | null;
            readonly recorded_by: string | null;
            /** Format: date-time */
            readonly created_at: string;
        };
        /**
         * @description * `female` - Female
         *     * `male` - Male
         * @enum {string}
         */
        GenderEnum: "female" | "male";
        HoursByOrganization: {
            organization_id: number;
            organization: string;
            person_times: number;
            /** Format: decimal */
            hours: string;
        };
        HoursInputRequest: {
            hours: components["schemas"]["HoursLineRequest"][];
        };
        HoursLineRequest: {
            signup: number;
            /**
             * Format: decimal
             * @description Service hours, in steps of half an hour (e.g. 3.5).
             */
            hours: string;
        };
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
        /** @description One reason a line cannot be imported, with the column as the file names it. */
        ImportProblem: {
            line: number;
            column: string;
            field: string;
            message: string;
        };
        KindFigures: {
            venues: number;
            /** Format: decimal */
            building_area: string | null;
            /** Format: decimal */
            exhibition_area: string | null;
            sessions: number;
            person_times: number;
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
         * @description * `district` - District
         *     * `subdistrict` - Subdistrict
         *     * `town` - Town
         *     * `township` - Township / sumu
         *     * `community` - Community
         *     * `village` - Village / gacha
         * @enum {string}
         */
        LevelEnum: "district" | "subdistrict" | "town" | "township" | "community" | "village";
        LoginInputRequest: {
            phone: string;
            password: string;
        };
        Material: {
            readonly id: number;
            name: string;
            kind: components["schemas"]["MaterialKindEnum"];
            unit?: string;
            description?: string;
            /** Active */
            is_active?: boolean;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
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
         * @description * `brochure` - Brochure
         *     * `leaflet` - Leaflet
         *     * `poster` - Poster
         *     * `booklet` - Booklet
         *     * `kit` - Kit
         *     * `video` - Video
         *     * `other` - Other
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
            /** Mobile number */
            readonly phone: string;
            readonly name: string;
            readonly role: components["schemas"]["RoleEnum"];
            readonly language: components["schemas"]["LanguageEnum"];
            readonly email: string;
            readonly organizations: components["schemas"]["OrganizationBrief"][];
            readonly staff_area: components["schemas"]["AreaBrief"] | null;
            /**
             * Superuser status
             * @description Designates that this user has all permissions without explicitly assigning them.
             */
            readonly is_superuser: boolean;
        };
        MemberEvent: {
            id: number;
            title: string;
            status: string;
            /** Format: date-time */
            starts_at: string;
        };
        MemberInputRequest: {
            /** @description The mobile number the person signed up with. */
            phone: string;
        };
        /**
         * @description An organizer of the organization; the number is masked for everyone but the person. With the
         *     events of the organization they registered: how many, and the latest few.
         */
        MemberOutput: {
            user: number;
            name: string;
            readonly phone: string;
            /** Format: date-time */
            joined_at: string;
            /** @default 0 */
            event_count: number;
            recent_events?: components["schemas"]["MemberEvent"][];
        };
        /**
         * @description * `offline` - Offline
         *     * `online` - Online
         *     * `mixed` - Online and offline
         * @enum {string}
         */
        ModeEnum: "offline" | "online" | "mixed";
        MyRegistration: {
            id: number;
            status: components["schemas"]["RegistrationStatusEnum"];
            position: number | null;
            companions: number;
        };
        MySignupBrief: {
            id: number;
            role: number;
            /** Format: date-time */
            checked_in_at: string | null;
            /** Format: decimal */
            hours: string | null;
        };
        MyVolunteer: {
            volunteer: components["schemas"]["VolunteerOutput"] | null;
            years: components["schemas"]["ServiceYear"][];
        };
        /**
         * @description * `in_app` - In-app only
         *     * `email` - Email
         *     * `sms` - SMS
         *     * `both` - Email and SMS
         * @enum {string}
         */
        NotificationChannelsEnum: "in_app" | "email" | "sms" | "both";
        /**
         * @description * `registration_confirmed` - Sign-up confirmed
         *     * `registration_waitlisted` - On the waiting list
         *     * `waitlist_promoted` - Promoted from the waiting list
         *     * `event_reminder` - Event reminder
         *     * `event_changed` - Event changed
         *     * `event_cancelled` - Event cancelled
         *     * `event_approved` - Event approved
         *     * `event_rejected` - Event rejected
         *     * `event_full` - Event full
         *     * `report_due` - Post-event report due
         *     * `report_overdue` - Post-event report overdue
         *     * `report_accepted` - Report accepted
         *     * `report_returned` - Report returned
         *     * `approval_pending` - Events waiting for approval
         *     * `weekly_digest` - Weekly digest
         *     * `funding_behind` - Per-capita funding behind schedule
         * @enum {string}
         */
        NotificationKindEnum: "registration_confirmed" | "registration_waitlisted" | "waitlist_promoted" | "event_reminder" | "event_changed" | "event_cancelled" | "event_approved" | "event_rejected" | "event_full" | "report_due" | "report_overdue" | "report_accepted" | "report_returned" | "approval_pending" | "weekly_digest" | "funding_behind";
        /** @description An inbox entry, rendered in the reader's language. */
        NotificationOutput: {
            readonly id: number;
            readonly kind: components["schemas"]["NotificationKindEnum"];
            readonly kind_label: string;
            readonly title: string;
            readonly body: string;
            readonly event: number | null;
            /** Format: date-time */
            readonly due_at: string;
            /** Format: date-time */
            readonly read_at: string | null;
            readonly is_read: boolean;
        };
        /** @enum {unknown} */
        NullEnum: null;
        Option: {
            value: string;
            /** @description In the request's language. */
            label: string;
        };
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
            readonly name: string;
            readonly setting: components["schemas"]["SettingEnum"];
            readonly area: number;
            readonly area_name: string;
            readonly address: string;
            /** Active */
            readonly is_active: boolean;
            readonly contact_name: string | null;
            readonly contact_phone: string | null;
        };
        /**
         * @description * `accepted` - Checked in
         *     * `duplicate` - Already checked in
         *     * `refused` - Refused
         *     * `reverted` - Check-in undone
         * @enum {string}
         */
        OutcomeEnum: "accepted" | "duplicate" | "refused" | "reverted";
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
            /** @description False when there are more rows than `count` says: narrow the filters to page further. */
            count_exact: boolean;
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
            /** @description What the caller may do with the catalog: add, change and delete entries. */
            allowed_actions: components["schemas"]["PaginatedMaterialListAllowedActionsEnum"][];
        };
        /** @enum {string} */
        PaginatedMaterialListAllowedActionsEnum: "create" | "change" | "delete";
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
        PaginatedPopularizerOutputList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?page=4 */
            next?: string | null;
            /** @example http://api.example.org/accounts/?page=2 */
            previous?: string | null;
            results: components["schemas"]["PopularizerOutput"][];
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
        PaginatedPopulationYearsRowList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?page=4 */
            next?: string | null;
            /** @example http://api.example.org/accounts/?page=2 */
            previous?: string | null;
            results: components["schemas"]["PopulationYearsRow"][];
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
        PaginatedReportQueueItemList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?page=4 */
            next?: string | null;
            /** @example http://api.example.org/accounts/?page=2 */
            previous?: string | null;
            results: components["schemas"]["ReportQueueItem"][];
        };
        PaginatedStaffAccountList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?page=4 */
            next?: string | null;
            /** @example http://api.example.org/accounts/?page=2 */
            previous?: string | null;
            results: components["schemas"]["StaffAccount"][];
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
        PaginatedTargetProgressList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?page=4 */
            next?: string | null;
            /** @example http://api.example.org/accounts/?page=2 */
            previous?: string | null;
            results: components["schemas"]["TargetProgress"][];
        };
        PaginatedVenueOutputList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?page=4 */
            next?: string | null;
            /** @example http://api.example.org/accounts/?page=2 */
            previous?: string | null;
            results: components["schemas"]["VenueOutput"][];
        };
        PaginatedVolunteerOutputList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?page=4 */
            next?: string | null;
            /** @example http://api.example.org/accounts/?page=2 */
            previous?: string | null;
            results: components["schemas"]["VolunteerOutput"][];
        };
        PaginatedVolunteerSignupOutputList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?page=4 */
            next?: string | null;
            /** @example http://api.example.org/accounts/?page=2 */
            previous?: string | null;
            results: components["schemas"]["VolunteerSignupOutput"][];
        };
        PartTimeFigures: {
            total: number;
            qualified: number;
            female: number;
            rural: number;
            docents: number;
            /** Format: decimal */
            work_months: string;
        };
        PasswordChangeInputRequest: {
            old_password: string;
            new_password: string;
        };
        PasswordResetInputRequest: {
            phone: string;
            /** @description The verification code sent by SMS. */
            code: string;
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
            check_in_opens_minutes?: number;
            check_in_closes_minutes?: number;
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
        /** @description For model serializers: the model's date and date-time fields become the bounded ones above. */
        PatchedPopularizerInputRequest: {
            organization?: number;
            name?: string;
            /** Full-time or part-time */
            kind?: components["schemas"]["PopularizerKindEnum"];
            gender?: components["schemas"]["GenderEnum"];
            /**
             * Intermediate title or bachelor's degree and above
             * @description 中级职称及以上或大学本科及以上学历
             */
            qualified?: boolean;
            /** Rural popularizer */
            rural?: boolean;
            /** Manages popularization work */
            manager?: boolean;
            /** Creates popularization works */
            creator?: boolean;
            /** Docent / guide */
            docent?: boolean;
            /** Format: decimal */
            work_months?: string | null;
            /**
             * Since
             * Format: date
             */
            started_on?: string;
            /**
             * Until
             * Format: date
             */
            ended_on?: string | null;
        };
        PatchedPopulationInputRequest: {
            area?: number;
            year?: number;
            residents?: number;
            source?: string;
        };
        PatchedStaffUpdateInputRequest: {
            name?: string;
            staff_area?: number;
            is_active?: boolean;
            password?: string;
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
        /** @description For model serializers: the model's date and date-time fields become the bounded ones above. */
        PatchedVenueInputRequest: {
            area?: number;
            organization?: number | null;
            name?: string;
            /** Type */
            kind?: components["schemas"]["VenueKindEnum"];
            address?: string;
            /** Format: decimal */
            building_area?: string | null;
            /** Format: decimal */
            exhibition_area?: string | null;
            opening_hours?: string;
            /** Format: date */
            opened_on?: string;
            /** Format: date */
            closed_on?: string | null;
        };
        PatchedVolunteerRoleInputRequest: {
            name?: string;
            /** @default  */
            description: string;
            capacity?: number;
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
        PersonnelArea: {
            full_time: components["schemas"]["FullTimeFigures"];
            part_time: components["schemas"]["PartTimeFigures"];
            total: number;
            qualified: number;
            volunteers_registered: number;
            volunteers_served: number;
            service_person_times: number;
            /** Format: decimal */
            service_hours: string;
            id: number;
            name: string;
            level: string;
        };
        PersonnelFigures: {
            full_time: components["schemas"]["FullTimeFigures"];
            part_time: components["schemas"]["PartTimeFigures"];
            total: number;
            qualified: number;
            volunteers_registered: number;
            volunteers_served: number;
            service_person_times: number;
            /** Format: decimal */
            service_hours: string;
            year: number;
            area: components["schemas"]["IdName"] | null;
            provisional: boolean;
            areas: components["schemas"]["PersonnelArea"][];
            hours_by_organization: components["schemas"]["HoursByOrganization"][];
        };
        /** @description For model serializers: the model's date and date-time fields become the bounded ones above. */
        PopularizerInputRequest: {
            organization: number;
            name: string;
            /** Full-time or part-time */
            kind: components["schemas"]["PopularizerKindEnum"];
            gender: components["schemas"]["GenderEnum"];
            /**
             * Intermediate title or bachelor's degree and above
             * @description 中级职称及以上或大学本科及以上学历
             */
            qualified?: boolean;
            /** Rural popularizer */
            rural?: boolean;
            /** Manages popularization work */
            manager?: boolean;
            /** Creates popularization works */
            creator?: boolean;
            /** Docent / guide */
            docent?: boolean;
            /** Format: decimal */
            work_months?: string | null;
            /**
             * Since
             * Format: date
             */
            started_on?: string;
            /**
             * Until
             * Format: date
             */
            ended_on?: string | null;
        };
        /**
         * @description * `full_time` - Full-time
         *     * `part_time` - Part-time
         * @enum {string}
         */
        PopularizerKindEnum: "full_time" | "part_time";
        PopularizerOutput: {
            readonly id: number;
            organization: components["schemas"]["IdName"];
            readonly area: components["schemas"]["IdName"];
            readonly name: string;
            /** Full-time or part-time */
            readonly kind: components["schemas"]["PopularizerKindEnum"];
            kind_label: string;
            readonly gender: components["schemas"]["GenderEnum"];
            gender_label: string;
            /**
             * Intermediate title or bachelor's degree and above
             * @description 中级职称及以上或大学本科及以上学历
             */
            readonly qualified: boolean;
            /** Rural popularizer */
            readonly rural: boolean;
            /** Manages popularization work */
            readonly manager: boolean;
            /** Creates popularization works */
            readonly creator: boolean;
            /** Docent / guide */
            readonly docent: boolean;
            /**
             * Workload this year (person-months)
             * Format: decimal
             */
            readonly work_months: string | null;
            /**
             * Since
             * Format: date
             */
            readonly started_on: string;
            /**
             * Until
             * Format: date
             */
            readonly ended_on: string | null;
            readonly can_manage: boolean;
        };
        /**
         * @description * `year_end` - year_end
         *     * `latest_known` - latest_known
         * @enum {string}
         */
        PopulationBasisEnum: "year_end" | "latest_known";
        /**
         * @description Nothing was imported: ``lines`` lists every bad line with its per-column messages, ``problems``
         *     the same one message at a time.
         */
        PopulationImportError: {
            detail: string;
            errors?: {
                [key: string]: string[];
            };
            lines?: components["schemas"]["ImportLineError"][];
            problems?: components["schemas"]["ImportProblem"][];
        };
        PopulationImportInputRequest: {
            /**
             * Format: binary
             * @description XLSX, or CSV (UTF-8 or GBK, as Excel saves it), with a header row: area_code or area_name (+ parent_name), year, residents, optional source. Chinese headers 区划代码/名称/上级/年份/常住人口/来源 work too. Lines with neither a figure nor a source are skipped.
             */
            file: Blob;
        };
        /** @description What an import of the file would do; nothing is written. */
        PopulationImportPreview: {
            valid: boolean;
            detail: string;
            created: number;
            updated: number;
            unchanged: number;
            skipped: number[];
            lines: components["schemas"]["ImportLineError"][];
            problems: components["schemas"]["ImportProblem"][];
            rows: components["schemas"]["PopulationPreviewRow"][];
        };
        PopulationImportReport: {
            detail: string;
            created: number;
            updated: number;
            unchanged: number;
            skipped?: number[];
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
            readonly area: number;
            readonly area_name: string;
            readonly area_code: string | null;
            readonly year: number;
            /** Resident population */
            readonly residents: number;
            readonly source: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        PopulationPreviewRow: {
            line: number;
            area: number;
            area_name: string;
            year: number;
            residents: number;
            source: string;
            /** @description The figure recorded now, if any. */
            current: number | null;
            effect: components["schemas"]["EffectEnum"];
        };
        /** @description An area with its own year-end figures of the last years (null where there is none). */
        PopulationYearsRow: {
            area: number;
            name: string;
            level: components["schemas"]["LevelEnum"];
            code: string | null;
            parent: number | null;
            figures: {
                [key: string]: number | null;
            };
            population_ids: {
                [key: string]: number | null;
            };
            /** @description No figure of its own for the year asked for. */
            missing: boolean;
        };
        PreferenceInputRequest: {
            channels: components["schemas"]["NotificationChannelsEnum"];
            reminders: boolean;
        };
        PreferenceOutput: {
            channels: components["schemas"]["NotificationChannelsEnum"];
            reminders: boolean;
            /** @description Email goes to the account's address. */
            email: string;
            /** @description SMS goes to the account's mobile number. */
            phone: string;
        };
        PrivacyPolicy: {
            version: string;
            /** Format: date */
            effective: string;
            language: string;
            title: string;
            introduction: string[];
            sections: components["schemas"]["PrivacySection"][];
        };
        PrivacySection: {
            heading: string;
            paragraphs: string[];
        };
        PublicSummary: {
            year: number;
            events: number;
            attendance: number;
            materials: number;
        };
        /**
         * @description * `register` - Registration
         *     * `login` - Sign-in
         *     * `reset` - Password reset
         * @enum {string}
         */
        PurposeEnum: "register" | "login" | "reset";
        QueueMaterial: {
            material: number;
            name: string;
            unit: string;
            quantity: number;
        };
        QueueReport: {
            readonly id: number;
            readonly event: number;
            readonly status: components["schemas"]["ReportStatusEnum"];
            /** Checked-in attendees */
            readonly checked_in: number;
            readonly walk_ins: number;
            /** Online participants (person-times) */
            readonly online_attendance: number;
            /** Attendance (person-times) */
            readonly attendance: number;
            walk_ins_by_audience: components["schemas"]["WalkInOutput"][];
            /**
             * Actual expenditure (yuan)
             * Format: decimal
             */
            readonly expenditure: string;
            readonly summary: string;
            /** Format: date-time */
            readonly submitted_at: string;
            /** Format: date-time */
            readonly reviewed_at: string | null;
            readonly review_comment: string;
            evidence: components["schemas"]["EvidenceOutput"][];
            submitted_by?: string | null;
        };
        ReadAllOutput: {
            /** @description How many notifications were marked read. */
            updated: number;
        };
        /** @description Refuses fields it does not declare, so nobody can slip in status, seats or codes. */
        ReasonInputRequest: {
            reason: string;
        };
        RegisterInputRequest: {
            phone: string;
            /** @description The verification code sent by SMS. */
            code: string;
            name: string;
            password: string;
            email?: string;
            /** @default zh-hans */
            language: components["schemas"]["LanguageEnum"];
            /** @description The person agrees to the privacy policy. */
            privacy_consent: boolean;
            /** @description The version of the privacy policy the person read (GET auth/privacy-policy/). */
            privacy_policy_version: string;
        };
        /** @description Owners see their code; organizers of the event see who it is, phone in full; nobody else sees it. */
        RegistrationOutput: {
            readonly id: number;
            event: components["schemas"]["EventBrief"];
            readonly status: components["schemas"]["RegistrationStatusEnum"];
            readonly position: number | null;
            /** Accompanying persons */
            readonly companions: number;
            readonly audience: string | null;
            /** Format: date-time */
            readonly queued_at: string | null;
            readonly check_in_code: string | null;
            /** Format: date-time */
            readonly checked_in_at: string | null;
            /** Format: date-time */
            readonly cancelled_at: string | null;
            /** Format: date-time */
            readonly created_at: string;
            readonly resident: components["schemas"]["Person"] | null;
        };
        /**
         * @description * `confirmed` - Confirmed
         *     * `waitlisted` - Waitlisted
         *     * `cancelled` - Cancelled
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
            readonly event: number;
            readonly status: components["schemas"]["ReportStatusEnum"];
            /** Checked-in attendees */
            readonly checked_in: number;
            readonly walk_ins: number;
            /** Online participants (person-times) */
            readonly online_attendance: number;
            /** Attendance (person-times) */
            readonly attendance: number;
            walk_ins_by_audience: components["schemas"]["WalkInOutput"][];
            /**
             * Actual expenditure (yuan)
             * Format: decimal
             */
            readonly expenditure: string;
            readonly summary: string;
            /** Format: date-time */
            readonly submitted_at: string;
            /** Format: date-time */
            readonly reviewed_at: string | null;
            readonly review_comment: string;
            evidence: components["schemas"]["EvidenceOutput"][];
        };
        /** @description One card of the report review queue: the event, its report and the materials handed out. */
        ReportQueueItem: {
            id: number;
            title: string;
            activity_type: components["schemas"]["ActivityTypeEnum"];
            /** Format: date-time */
            starts_at: string;
            /** Format: date-time */
            ends_at: string;
            area: components["schemas"]["IdName"];
            organization: components["schemas"]["IdName"];
            /** Format: decimal */
            planned_budget: string;
            marked_large_scale: boolean;
            report: components["schemas"]["QueueReport"];
            materials: components["schemas"]["QueueMaterial"][];
            /** @description What the caller may do with the event now. */
            readonly allowed_actions: components["schemas"]["EventActionEnum"][];
        };
        /**
         * @description * `submitted` - Waiting for review
         *     * `accepted` - Accepted
         *     * `returned` - Returned
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
        ReturnHeader: {
            label: string;
            value: string | null;
        };
        ReturnTable: {
            title: string;
            headers: string[];
            /** @description Cells as in the files: integers, exact decimals as strings, text, '-' where a figure does not apply, null where it cannot be computed. */
            rows: unknown[][];
        };
        /** @description Refuses fields it does not declare, so nobody can slip in status, seats or codes. */
        ReviewInputRequest: {
            decision: components["schemas"]["DecisionEnum"];
            comment?: string;
        };
        /**
         * @description * `resident` - Resident
         *     * `organizer` - Organizer
         *     * `staff` - Association staff
         *     * `admin` - Administrator
         * @enum {string}
         */
        RoleEnum: "resident" | "organizer" | "staff" | "admin";
        /** @description Refuses fields it does not declare, so nobody can slip in status, seats or codes. */
        ScanInputRequest: {
            /**
             * Format: uuid
             * @description Made by the device; sending the same scan again records it once.
             */
            id: string;
            code: string;
            /**
             * Format: date-time
             * @description When the device saw the code (its own clock).
             */
            scanned_at: string;
        };
        ScanResult: {
            /** Format: uuid */
            id: string;
            code: string;
            outcome: components["schemas"]["OutcomeEnum"];
            reason: string;
            registration: number | null;
            readonly name: string | null;
            readonly companions: number | null;
            /** Format: date-time */
            readonly checked_in_at: string | null;
        };
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
        ServiceYear: {
            year: number;
            events: number;
            /** Format: decimal */
            hours: string;
        };
        /**
         * @description * `community` - Community
         *     * `school` - School
         *     * `village` - Village
         *     * `enterprise` - Enterprise
         *     * `agency` - Agency
         * @enum {string}
         */
        SettingEnum: "community" | "school" | "village" | "enterprise" | "agency";
        /** @description Refuses fields it does not declare, so nobody can slip in status, seats or codes. */
        SignUpInputRequest: {
            /** @default 0 */
            companions: number;
            /** @description The group the resident belongs to (optional); statistics count their attendance under it. */
            audience?: string | null;
        };
        /** @enum {string} */
        SignUpStateEnum: "open" | "not_required" | "not_published" | "not_yet_open" | "closed" | "started";
        SmsCodeInputRequest: {
            phone: string;
            purpose: components["schemas"]["PurposeEnum"];
        };
        SmsCodeSent: {
            detail: string;
            /** @description Seconds the code stays valid. */
            expires_in: number;
            /** @description Seconds before another code can be asked for. */
            resend_in: number;
        };
        /**
         * @description * `administration` - Administration
         *     * `activities` - Activities
         *     * `venue` - Venue construction
         *     * `exhibits` - Exhibits and facilities
         *     * `other` - Other
         * @enum {string}
         */
        SpendingCategoryEnum: "administration" | "activities" | "venue" | "exhibits" | "other";
        /** @description An association staff account as administrators see it (the number masked, as everywhere). */
        StaffAccount: {
            readonly id: number;
            phone: string;
            readonly name: string;
            staff_area: components["schemas"]["AreaBrief"];
            /** Active */
            readonly is_active: boolean;
            /** Format: date-time */
            readonly last_login: string | null;
            /**
             * Joined
             * Format: date-time
             */
            readonly date_joined: string;
        };
        StaffAppointInputRequest: {
            /** @description An existing resident's number, or the number of a new account. */
            phone: string;
            name: string;
            staff_area: number;
            /** @description The first password of a new account (optional for an existing one). */
            password?: string;
        };
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
            readonly area: number;
            readonly area_name: string;
            readonly year: number;
            /** Format: decimal */
            per_capita_funding: string;
            /** Events target */
            readonly events: number | null;
            /** Participants target (person-times) */
            readonly participants: number | null;
            /** Materials target (copies) */
            readonly materials: number | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
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
        /**
         * @description A target with how far its year has come: held events, person-times, copies of materials, and
         *     per-capita funding (all funding raised and special funds) against it.
         */
        TargetProgress: {
            readonly id: number;
            readonly area: number;
            readonly area_name: string;
            readonly year: number;
            /** Format: decimal */
            per_capita_funding: string;
            /** Events target */
            readonly events: number | null;
            /** Participants target (person-times) */
            readonly participants: number | null;
            /** Materials target (copies) */
            readonly materials: number | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
            readonly progress: components["schemas"]["TargetProgressFigures"];
        };
        TargetProgressFigures: {
            events: components["schemas"]["CountProgress"];
            participants: components["schemas"]["CountProgress"];
            materials: components["schemas"]["CountProgress"];
            population: number | null;
            missing_population: string[];
            all_funding: components["schemas"]["FundingBlock"];
            special_funding: components["schemas"]["FundingBlock"];
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
        VenueArea: {
            kinds: {
                [key: string]: components["schemas"]["KindFigures"];
            };
            venues_total: number;
            galleries: components["schemas"]["GalleryFigures"];
            id: number;
            name: string;
            level: string;
        };
        VenueFigures: {
            kinds: {
                [key: string]: components["schemas"]["KindFigures"];
            };
            venues_total: number;
            galleries: components["schemas"]["GalleryFigures"];
            year: number;
            area: components["schemas"]["IdName"] | null;
            provisional: boolean;
            kind_labels: {
                [key: string]: string;
            };
            areas: components["schemas"]["VenueArea"][];
        };
        /** @description For model serializers: the model's date and date-time fields become the bounded ones above. */
        VenueInputRequest: {
            area: number;
            organization?: number | null;
            name: string;
            /** Type */
            kind: components["schemas"]["VenueKindEnum"];
            address?: string;
            /** Format: decimal */
            building_area?: string | null;
            /** Format: decimal */
            exhibition_area?: string | null;
            opening_hours?: string;
            /** Format: date */
            opened_on?: string;
            /** Format: date */
            closed_on?: string | null;
        };
        VenueKind: {
            key: string;
            name: string;
            has_floor_space: boolean;
            keeps_refresh_log: boolean;
        };
        /**
         * @description * `science_center` - Science and technology center
         *     * `science_museum` - Science and technology museum
         *     * `youth_center` - Youth science center or station
         *     * `community_room` - Community science activity room
         *     * `rural_site` - Rural science activity site
         *     * `vehicle` - Science outreach vehicle
         *     * `gallery` - Science gallery or bulletin board
         *     * `education_base` - Science education base
         * @enum {string}
         */
        VenueKindEnum: "science_center" | "science_museum" | "youth_center" | "community_room" | "rural_site" | "vehicle" | "gallery" | "education_base";
        VenueOutput: {
            readonly id: number;
            area: components["schemas"]["IdName"];
            organization: components["schemas"]["IdName"] | null;
            readonly name: string;
            /** Type */
            readonly kind: components["schemas"]["VenueKindEnum"];
            kind_label: string;
            readonly address: string;
            /**
             * Building area (m²)
             * Format: decimal
             */
            readonly building_area: string | null;
            /**
             * Exhibition area (m²)
             * Format: decimal
             */
            readonly exhibition_area: string | null;
            readonly opening_hours: string;
            /** Format: date */
            readonly opened_on: string;
            /** Format: date */
            readonly closed_on: string | null;
            readonly has_floor_space: boolean;
            readonly keeps_refresh_log: boolean;
            readonly refresh_count: number | null;
            readonly can_manage: boolean;
        };
        VolunteerAddInputRequest: {
            /** @description The mobile number the person signed up with. */
            phone: string;
            organization: number;
            /** @description Default: the organization's area. */
            area?: number;
            /** @default  */
            skills: string;
        };
        VolunteerEvent: {
            id: number;
            title: string;
            /** Format: date-time */
            starts_at: string;
            /** Format: date-time */
            ends_at: string;
            status: string;
        };
        VolunteerOutput: {
            readonly id: number;
            name: string;
            readonly phone: string;
            area: components["schemas"]["IdName"];
            organization: components["schemas"]["IdName"] | null;
            readonly skills: string;
            /** Format: date */
            readonly registered_on: string;
            /** Format: date */
            readonly withdrawn_on: string | null;
            active: boolean;
        };
        VolunteerRoleInputRequest: {
            name: string;
            /** @default  */
            description: string;
            capacity: number;
        };
        VolunteerRoleOutput: {
            readonly id: number;
            readonly event: number;
            /** Role */
            readonly name: string;
            /** What the volunteer does */
            readonly description: string;
            /** Volunteers needed */
            readonly capacity: number;
            /** Volunteers signed up */
            readonly filled: number;
            places_left: number;
            readonly can_manage: boolean;
            /** @description Published, not started, a place left, and the viewer not signed up for this event yet. */
            readonly can_sign_up: boolean;
            readonly my_signup: components["schemas"]["MySignupBrief"] | null;
        };
        VolunteerSelfInputRequest: {
            /** @description Where you volunteer. */
            area: number;
            /** @default  */
            skills: string;
        };
        /** @description The volunteer sees their own sign-up; the event's organizers see who it is, phone in full. */
        VolunteerSignupOutput: {
            readonly id: number;
            event: components["schemas"]["VolunteerEvent"];
            role: components["schemas"]["IdName"];
            readonly volunteer: components["schemas"]["Person"];
            readonly status: components["schemas"]["VolunteerSignupStatusEnum"];
            status_label: string;
            /** Format: date-time */
            readonly checked_in_at: string | null;
            /**
             * Service hours
             * Format: decimal
             */
            readonly hours: string | null;
            /** Format: date-time */
            readonly hours_confirmed_at: string | null;
            readonly can_cancel: boolean;
            readonly can_check_in: boolean;
            readonly can_confirm_hours: boolean;
        };
        /**
         * @description * `confirmed` - Confirmed
         *     * `cancelled` - Cancelled
         * @enum {string}
         */
        VolunteerSignupStatusEnum: "confirmed" | "cancelled";
        WalkInOutput: {
            audience: string;
            count: number;
        };
        /** @description Refuses fields it does not declare, so nobody can slip in status, seats or codes. */
        WalkInRequest: {
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
                 * @description * `district` - District
                 *     * `subdistrict` - Subdistrict
                 *     * `town` - Town
                 *     * `township` - Township / sumu
                 *     * `community` - Community
                 *     * `village` - Village / gacha
                 */
                level?: ("community" | "district" | "subdistrict" | "town" | "township" | "village")[];
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description Direct children of this area. */
                parent?: number;
                /** @description Name contains, or code starts with. */
                q?: string;
                /** @description This area and everything under it. */
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
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
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
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
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
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Authentication required. */
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
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
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
            /** @description A backing service is busy or unavailable; retry later. */
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
    auth_login_sms_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeLoginInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["CodeLoginInputRequest"];
                "multipart/form-data": components["schemas"]["CodeLoginInputRequest"];
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
            /** @description Authentication required. */
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
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
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
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    auth_password_reset_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PasswordResetInputRequest"];
                "multipart/form-data": components["schemas"]["PasswordResetInputRequest"];
            };
        };
        responses: {
            /** @description The new password is set; every session and API token ended. */
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
            /** @description Authentication required. */
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
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
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
            /** @description A backing service is busy or unavailable; retry later. */
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
    auth_privacy_policy_retrieve: {
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
                    "application/json": components["schemas"]["PrivacyPolicy"];
                };
            };
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Authentication required. */
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
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
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
            /** @description A backing service is busy or unavailable; retry later. */
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
    auth_sms_code_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsCodeInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["SmsCodeInputRequest"];
                "multipart/form-data": components["schemas"]["SmsCodeInputRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsCodeSent"];
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
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
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
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
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
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
                 * @description * `event` - At an event
                 *     * `door_to_door` - Door to door
                 *     * `bulletin_board` - Bulletin board / science gallery
                 *     * `other` - Other
                 */
                channel?: "bulletin_board" | "door_to_door" | "event" | "other";
                date_from?: string;
                date_to?: string;
                event?: number;
                /**
                 * @description * `brochure` - Brochure
                 *     * `leaflet` - Leaflet
                 *     * `poster` - Poster
                 *     * `booklet` - Booklet
                 *     * `kit` - Kit
                 *     * `video` - Video
                 *     * `other` - Other
                 */
                kind?: "booklet" | "brochure" | "kit" | "leaflet" | "other" | "poster" | "video";
                material?: number;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
                 * @description * `lecture` - Lecture
                 *     * `exhibition` - Exhibition
                 *     * `contest` - Contest
                 *     * `training` - Practical training
                 *     * `youth_group` - Youth interest group
                 *     * `camp` - Science camp
                 *     * `open_day` - Open day
                 *     * `consultation` - Consultation fair
                 *     * `show` - Science show / film
                 *     * `intl_exchange` - International exchange
                 *     * `other` - Other
                 */
                activity_type?: "camp" | "consultation" | "contest" | "exhibition" | "intl_exchange" | "lecture" | "open_day" | "other" | "show" | "training" | "youth_group";
                /** @description An area and all areas under it. */
                area?: number;
                audience?: string;
                /** @description Every state of my organizations' events. */
                mine?: boolean;
                /**
                 * @description * `offline` - Offline
                 *     * `online` - Online
                 *     * `mixed` - Online and offline
                 */
                mode?: "mixed" | "offline" | "online";
                organization?: number;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description upcoming: not ended yet, soonest first (the default without a date range); past: ended, latest first; all: every event by start (the default with a date range). */
                period?: "all" | "past" | "upcoming";
                /** @description Text in title, description, address. */
                q?: string;
                /**
                 * @description State of the post-event report.
                 *
                 *     * `submitted` - Waiting for review
                 *     * `accepted` - Accepted
                 *     * `returned` - Returned
                 */
                report_status?: "accepted" | "returned" | "submitted";
                /**
                 * @description * `community` - Community
                 *     * `school` - School
                 *     * `village` - Village
                 *     * `enterprise` - Enterprise
                 *     * `agency` - Agency
                 */
                setting?: "agency" | "community" | "enterprise" | "school" | "village";
                /** @description Events starting on or after this date. */
                starts_after?: string;
                /** @description Events starting on or before this date. */
                starts_before?: string;
                /**
                 * @description * `draft` - Draft
                 *     * `submitted` - Submitted
                 *     * `approved` - Approved
                 *     * `rejected` - Rejected
                 *     * `cancelled` - Cancelled
                 *     * `completed` - Completed
                 *     * `reported` - Reported
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    events_check_in_list_retrieve: {
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
                    "application/json": components["schemas"]["CheckInList"];
                };
            };
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    events_check_ins_create: {
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
                "application/json": components["schemas"]["CheckInSyncInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["CheckInSyncInputRequest"];
                "multipart/form-data": components["schemas"]["CheckInSyncInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInSyncOutput"];
                };
            };
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    "events_poster.pdf_retrieve": {
        parameters: {
            query?: {
                format?: "json" | "pdf";
            };
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
                    "application/pdf": Blob;
                };
            };
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
                    "application/octet-stream": Blob;
                };
            };
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    "events_share.png_retrieve": {
        parameters: {
            query?: {
                format?: "json" | "png";
            };
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
                    "image/png": Blob;
                };
            };
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    "events_sign_in_sheet.pdf_retrieve": {
        parameters: {
            query?: {
                format?: "json" | "pdf";
            };
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
                    "application/pdf": Blob;
                };
            };
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    events_venue_retrieve: {
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
                    "application/json": components["schemas"]["EventVenueOutput"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    events_venue_update: {
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
                "application/json": components["schemas"]["EventVenueInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["EventVenueInputRequest"];
                "multipart/form-data": components["schemas"]["EventVenueInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventVenueOutput"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    events_venue_destroy: {
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
                    "application/json": components["schemas"]["EventVenueOutput"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    events_volunteer_hours_create: {
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
                "application/json": components["schemas"]["HoursInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["HoursInputRequest"];
                "multipart/form-data": components["schemas"]["HoursInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerSignupOutput"][];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    events_volunteer_roles_list: {
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
                    "application/json": components["schemas"]["VolunteerRoleOutput"][];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    events_volunteer_roles_create: {
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
                "application/json": components["schemas"]["VolunteerRoleInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["VolunteerRoleInputRequest"];
                "multipart/form-data": components["schemas"]["VolunteerRoleInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerRoleOutput"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    events_volunteers_list: {
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
                    "application/json": components["schemas"]["VolunteerSignupOutput"][];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    events_approval_queue: {
        parameters: {
            query?: {
                /**
                 * @description * `lecture` - Lecture
                 *     * `exhibition` - Exhibition
                 *     * `contest` - Contest
                 *     * `training` - Practical training
                 *     * `youth_group` - Youth interest group
                 *     * `camp` - Science camp
                 *     * `open_day` - Open day
                 *     * `consultation` - Consultation fair
                 *     * `show` - Science show / film
                 *     * `intl_exchange` - International exchange
                 *     * `other` - Other
                 */
                activity_type?: "camp" | "consultation" | "contest" | "exhibition" | "intl_exchange" | "lecture" | "open_day" | "other" | "show" | "training" | "youth_group";
                /** @description An area and all areas under it. */
                area?: number;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description Text in the title, the host organization or the area. */
                q?: string;
                /** @description Events starting on or after this date. */
                starts_after?: string;
                /** @description Events starting on or before this date. */
                starts_before?: string;
                /** @description Waiting since this date or longer (filed on or before it). */
                waiting_since?: string;
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    events_approve_batch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["BatchInputRequest"];
                "multipart/form-data": components["schemas"]["BatchInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchOutput"];
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
            /** @description Authentication required. */
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
            /** @description Not found, or outside your scope. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    events_report_queue: {
        parameters: {
            query?: {
                /**
                 * @description * `lecture` - Lecture
                 *     * `exhibition` - Exhibition
                 *     * `contest` - Contest
                 *     * `training` - Practical training
                 *     * `youth_group` - Youth interest group
                 *     * `camp` - Science camp
                 *     * `open_day` - Open day
                 *     * `consultation` - Consultation fair
                 *     * `show` - Science show / film
                 *     * `intl_exchange` - International exchange
                 *     * `other` - Other
                 */
                activity_type?: "camp" | "consultation" | "contest" | "exhibition" | "intl_exchange" | "lecture" | "open_day" | "other" | "show" | "training" | "youth_group";
                /** @description An area and all areas under it. */
                area?: number;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description Text in the title, the host organization or the area. */
                q?: string;
                /** @description Events starting on or after this date. */
                starts_after?: string;
                /** @description Events starting on or before this date. */
                starts_before?: string;
                /**
                 * @description State of the report; waiting for review when not given.
                 *
                 *     * `submitted` - Waiting for review
                 *     * `accepted` - Accepted
                 *     * `returned` - Returned
                 */
                status?: ("accepted" | "returned" | "submitted")[];
                /** @description Waiting since this date or longer (filed on or before it). */
                waiting_since?: string;
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
                    "application/json": components["schemas"]["PaginatedReportQueueItemList"];
                };
            };
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    events_report_accept_batch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["BatchInputRequest"];
                "multipart/form-data": components["schemas"]["BatchInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchOutput"];
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
            /** @description Authentication required. */
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
            /** @description Not found, or outside your scope. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
                 * @description * `administration` - Administration
                 *     * `activities` - Activities
                 *     * `venue` - Venue construction
                 *     * `exhibits` - Exhibits and facilities
                 *     * `other` - Other
                 */
                category?: "activities" | "administration" | "exhibits" | "other" | "venue";
                date_from?: string;
                date_to?: string;
                /**
                 * @description * `income` - Raised
                 *     * `expenditure` - Spent
                 */
                direction?: "expenditure" | "income";
                event?: number;
                is_special?: boolean;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /**
                 * @description * `government` - Government appropriation
                 *     * `donation` - Donation
                 *     * `self_raised` - Self-raised
                 *     * `other` - Other
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    funding_attachments_create: {
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
                "multipart/form-data": components["schemas"]["FundingAttachmentInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingAttachment"];
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
            /** @description Authentication required. */
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
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    funding_attachments_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachment_id: string;
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
                    "application/octet-stream": Blob;
                };
            };
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
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
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    funding_attachments_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachment_id: string;
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
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
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    funding_export_retrieve: {
        parameters: {
            query?: {
                area?: number;
                /**
                 * @description * `administration` - Administration
                 *     * `activities` - Activities
                 *     * `venue` - Venue construction
                 *     * `exhibits` - Exhibits and facilities
                 *     * `other` - Other
                 */
                category?: "activities" | "administration" | "exhibits" | "other" | "venue";
                date_from?: string;
                date_to?: string;
                /**
                 * @description * `income` - Raised
                 *     * `expenditure` - Spent
                 */
                direction?: "expenditure" | "income";
                event?: number;
                /**
                 * @description * `xlsx` - xlsx
                 *     * `csv` - csv
                 */
                format?: "xlsx" | "csv";
                is_special?: boolean;
                /**
                 * @description * `government` - Government appropriation
                 *     * `donation` - Donation
                 *     * `self_raised` - Self-raised
                 *     * `other` - Other
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
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    "text/csv": Blob;
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                    "text/csv": components["schemas"]["Error"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
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
                    "text/csv": components["schemas"]["Error"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    funding_import_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FundingImportInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingImportReport"];
                };
            };
            /** @description Nothing imported: the bad lines. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingImportError"];
                };
            };
            /** @description Authentication required. */
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
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    funding_import_preview_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FundingImportInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingImportPreview"];
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
            /** @description Authentication required. */
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
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    funding_totals_retrieve: {
        parameters: {
            query?: {
                area?: number;
                /**
                 * @description * `administration` - Administration
                 *     * `activities` - Activities
                 *     * `venue` - Venue construction
                 *     * `exhibits` - Exhibits and facilities
                 *     * `other` - Other
                 */
                category?: "activities" | "administration" | "exhibits" | "other" | "venue";
                date_from?: string;
                date_to?: string;
                /**
                 * @description * `income` - Raised
                 *     * `expenditure` - Spent
                 */
                direction?: "expenditure" | "income";
                event?: number;
                is_special?: boolean;
                /**
                 * @description * `government` - Government appropriation
                 *     * `donation` - Donation
                 *     * `self_raised` - Self-raised
                 *     * `other` - Other
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
                    "application/json": components["schemas"]["FundingTotals"];
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
            /** @description Authentication required. */
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
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
                 * @description * `brochure` - Brochure
                 *     * `leaflet` - Leaflet
                 *     * `poster` - Poster
                 *     * `booklet` - Booklet
                 *     * `kit` - Kit
                 *     * `video` - Video
                 *     * `other` - Other
                 */
                kind?: "booklet" | "brochure" | "kit" | "leaflet" | "other" | "poster" | "video";
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    meta_choices_retrieve: {
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
                    "application/json": components["schemas"]["ChoiceCatalogue"];
                };
            };
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
                /** @description This area and everything under it. */
                area?: number;
                is_active?: boolean;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description Name or address contains. */
                q?: string;
                /**
                 * @description * `community` - Community
                 *     * `school` - School
                 *     * `village` - Village
                 *     * `enterprise` - Enterprise
                 *     * `agency` - Agency
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
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
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
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
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
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
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
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    popularizers_list: {
        parameters: {
            query?: {
                /** @description Still serving. */
                current?: boolean;
                /**
                 * @description * `full_time` - Full-time
                 *     * `part_time` - Part-time
                 */
                kind?: "full_time" | "part_time";
                organization?: number;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description Name contains. */
                q?: string;
                /** @description Organizations in this area or under it. */
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
                    "application/json": components["schemas"]["PaginatedPopularizerOutputList"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    popularizers_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PopularizerInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PopularizerInputRequest"];
                "multipart/form-data": components["schemas"]["PopularizerInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PopularizerOutput"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    popularizers_retrieve: {
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
                    "application/json": components["schemas"]["PopularizerOutput"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    popularizers_destroy: {
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    popularizers_partial_update: {
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
                "application/json": components["schemas"]["PatchedPopularizerInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedPopularizerInputRequest"];
                "multipart/form-data": components["schemas"]["PatchedPopularizerInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PopularizerOutput"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
                /** @description Figures of exactly this area. */
                area?: number;
                /**
                 * @description * `district` - District
                 *     * `subdistrict` - Subdistrict
                 *     * `town` - Town
                 *     * `township` - Township / sumu
                 *     * `community` - Community
                 *     * `village` - Village / gacha
                 */
                level?: ("community" | "district" | "subdistrict" | "town" | "township" | "village")[];
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description This area and everything under it. */
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
            /** @description Authentication required. */
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
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
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
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Authentication required. */
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
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    population_import_preview_create: {
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
                    "application/json": components["schemas"]["PopulationImportPreview"];
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
            /** @description Authentication required. */
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
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    population_import_template_retrieve: {
        parameters: {
            query?: {
                /**
                 * @description * `xlsx` - xlsx
                 *     * `csv` - csv
                 */
                format?: "xlsx" | "csv";
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
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    "text/csv": Blob;
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                    "text/csv": components["schemas"]["Error"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
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
                    "text/csv": components["schemas"]["Error"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    population_years_list: {
        parameters: {
            query?: {
                /** @description Only areas without their own figure this year. */
                missing?: boolean;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                span?: number;
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
                    "application/json": components["schemas"]["PaginatedPopulationYearsRowList"];
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
            /** @description Authentication required. */
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
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    registrations_check_in_create: {
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    registrations_check_in_undo_create: {
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    "application/pdf": Blob;
                    "text/csv": Blob;
                };
            };
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    reports_annual_tables_retrieve: {
        parameters: {
            query?: {
                area?: number;
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
                    "application/json": components["schemas"]["AnnualTables"];
                };
            };
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    staff_accounts_list: {
        parameters: {
            query?: {
                /** @description Staff of this area and the areas under it. */
                area?: number;
                is_active?: boolean;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description Name contains, or number ends with. */
                q?: string;
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
                    "application/json": components["schemas"]["PaginatedStaffAccountList"];
                };
            };
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    staff_accounts_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffAppointInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["StaffAppointInputRequest"];
                "multipart/form-data": components["schemas"]["StaffAppointInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffAccount"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    staff_accounts_retrieve: {
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
                    "application/json": components["schemas"]["StaffAccount"];
                };
            };
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
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
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    staff_accounts_destroy: {
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    staff_accounts_partial_update: {
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
                "application/json": components["schemas"]["PatchedStaffUpdateInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedStaffUpdateInputRequest"];
                "multipart/form-data": components["schemas"]["PatchedStaffUpdateInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffAccount"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
                 * @description * `lecture` - Lecture
                 *     * `exhibition` - Exhibition
                 *     * `contest` - Contest
                 *     * `training` - Practical training
                 *     * `youth_group` - Youth interest group
                 *     * `camp` - Science camp
                 *     * `open_day` - Open day
                 *     * `consultation` - Consultation fair
                 *     * `show` - Science show / film
                 *     * `intl_exchange` - International exchange
                 *     * `other` - Other
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
                 * @description * `offline` - Offline
                 *     * `online` - Online
                 *     * `mixed` - Online and offline
                 */
                mode?: "offline" | "online" | "mixed";
                month?: number;
                organization?: number;
                /** @description Include events whose report is not accepted yet. */
                provisional?: boolean;
                quarter?: number;
                /**
                 * @description * `community` - Community
                 *     * `school` - School
                 *     * `village` - Village
                 *     * `enterprise` - Enterprise
                 *     * `agency` - Agency
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
                 * @description * `lecture` - Lecture
                 *     * `exhibition` - Exhibition
                 *     * `contest` - Contest
                 *     * `training` - Practical training
                 *     * `youth_group` - Youth interest group
                 *     * `camp` - Science camp
                 *     * `open_day` - Open day
                 *     * `consultation` - Consultation fair
                 *     * `show` - Science show / film
                 *     * `intl_exchange` - International exchange
                 *     * `other` - Other
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
                 * @description * `offline` - Offline
                 *     * `online` - Online
                 *     * `mixed` - Online and offline
                 */
                mode?: "offline" | "online" | "mixed";
                month?: number;
                organization?: number;
                /** @description Include events whose report is not accepted yet. */
                provisional?: boolean;
                quarter?: number;
                /**
                 * @description * `community` - Community
                 *     * `school` - School
                 *     * `village` - Village
                 *     * `enterprise` - Enterprise
                 *     * `agency` - Agency
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
                    "text/csv": Blob;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
                 * @description * `lecture` - Lecture
                 *     * `exhibition` - Exhibition
                 *     * `contest` - Contest
                 *     * `training` - Practical training
                 *     * `youth_group` - Youth interest group
                 *     * `camp` - Science camp
                 *     * `open_day` - Open day
                 *     * `consultation` - Consultation fair
                 *     * `show` - Science show / film
                 *     * `intl_exchange` - International exchange
                 *     * `other` - Other
                 */
                activity_type?: "lecture" | "exhibition" | "contest" | "training" | "youth_group" | "camp" | "open_day" | "consultation" | "show" | "intl_exchange" | "other";
                /** @description Area id; includes all sub-areas. */
                area?: number;
                audience?: string;
                /** @description Last day (local, inclusive), with start. */
                end?: string;
                /**
                 * @description * `offline` - Offline
                 *     * `online` - Online
                 *     * `mixed` - Online and offline
                 */
                mode?: "offline" | "online" | "mixed";
                month?: number;
                organization?: number;
                /** @description Include events whose report is not accepted yet. */
                provisional?: boolean;
                quarter?: number;
                /**
                 * @description * `community` - Community
                 *     * `school` - School
                 *     * `village` - Village
                 *     * `enterprise` - Enterprise
                 *     * `agency` - Agency
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    stats_personnel_retrieve: {
        parameters: {
            query?: {
                /**
                 * @description * `lecture` - Lecture
                 *     * `exhibition` - Exhibition
                 *     * `contest` - Contest
                 *     * `training` - Practical training
                 *     * `youth_group` - Youth interest group
                 *     * `camp` - Science camp
                 *     * `open_day` - Open day
                 *     * `consultation` - Consultation fair
                 *     * `show` - Science show / film
                 *     * `intl_exchange` - International exchange
                 *     * `other` - Other
                 */
                activity_type?: "lecture" | "exhibition" | "contest" | "training" | "youth_group" | "camp" | "open_day" | "consultation" | "show" | "intl_exchange" | "other";
                /** @description Area id; includes all sub-areas. */
                area?: number;
                audience?: string;
                /** @description Last day (local, inclusive), with start. */
                end?: string;
                /**
                 * @description * `offline` - Offline
                 *     * `online` - Online
                 *     * `mixed` - Online and offline
                 */
                mode?: "offline" | "online" | "mixed";
                month?: number;
                organization?: number;
                /** @description Include events whose report is not accepted yet. */
                provisional?: boolean;
                quarter?: number;
                /**
                 * @description * `community` - Community
                 *     * `school` - School
                 *     * `village` - Village
                 *     * `enterprise` - Enterprise
                 *     * `agency` - Agency
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
                    "application/json": components["schemas"]["PersonnelFigures"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
                 * @description * `lecture` - Lecture
                 *     * `exhibition` - Exhibition
                 *     * `contest` - Contest
                 *     * `training` - Practical training
                 *     * `youth_group` - Youth interest group
                 *     * `camp` - Science camp
                 *     * `open_day` - Open day
                 *     * `consultation` - Consultation fair
                 *     * `show` - Science show / film
                 *     * `intl_exchange` - International exchange
                 *     * `other` - Other
                 */
                activity_type?: "lecture" | "exhibition" | "contest" | "training" | "youth_group" | "camp" | "open_day" | "consultation" | "show" | "intl_exchange" | "other";
                /** @description Area id; includes all sub-areas. */
                area?: number;
                audience?: string;
                /** @description Last day (local, inclusive), with start. */
                end?: string;
                /**
                 * @description * `offline` - Offline
                 *     * `online` - Online
                 *     * `mixed` - Online and offline
                 */
                mode?: "offline" | "online" | "mixed";
                month?: number;
                organization?: number;
                /** @description Include events whose report is not accepted yet. */
                provisional?: boolean;
                quarter?: number;
                /**
                 * @description * `community` - Community
                 *     * `school` - School
                 *     * `village` - Village
                 *     * `enterprise` - Enterprise
                 *     * `agency` - Agency
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
                 * @description * `lecture` - Lecture
                 *     * `exhibition` - Exhibition
                 *     * `contest` - Contest
                 *     * `training` - Practical training
                 *     * `youth_group` - Youth interest group
                 *     * `camp` - Science camp
                 *     * `open_day` - Open day
                 *     * `consultation` - Consultation fair
                 *     * `show` - Science show / film
                 *     * `intl_exchange` - International exchange
                 *     * `other` - Other
                 */
                activity_type?: "lecture" | "exhibition" | "contest" | "training" | "youth_group" | "camp" | "open_day" | "consultation" | "show" | "intl_exchange" | "other";
                /** @description Area id; includes all sub-areas. */
                area?: number;
                audience?: string;
                /** @description Last day (local, inclusive), with start. */
                end?: string;
                /**
                 * @description * `offline` - Offline
                 *     * `online` - Online
                 *     * `mixed` - Online and offline
                 */
                mode?: "offline" | "online" | "mixed";
                month?: number;
                organization?: number;
                /** @description Include events whose report is not accepted yet. */
                provisional?: boolean;
                quarter?: number;
                /**
                 * @description * `community` - Community
                 *     * `school` - School
                 *     * `village` - Village
                 *     * `enterprise` - Enterprise
                 *     * `agency` - Agency
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
                 * @description * `lecture` - Lecture
                 *     * `exhibition` - Exhibition
                 *     * `contest` - Contest
                 *     * `training` - Practical training
                 *     * `youth_group` - Youth interest group
                 *     * `camp` - Science camp
                 *     * `open_day` - Open day
                 *     * `consultation` - Consultation fair
                 *     * `show` - Science show / film
                 *     * `intl_exchange` - International exchange
                 *     * `other` - Other
                 */
                activity_type?: "lecture" | "exhibition" | "contest" | "training" | "youth_group" | "camp" | "open_day" | "consultation" | "show" | "intl_exchange" | "other";
                /** @description Area id; includes all sub-areas. */
                area?: number;
                audience?: string;
                /** @description Last day (local, inclusive), with start. */
                end?: string;
                /**
                 * @description * `offline` - Offline
                 *     * `online` - Online
                 *     * `mixed` - Online and offline
                 */
                mode?: "offline" | "online" | "mixed";
                month?: number;
                organization?: number;
                /** @description Include events whose report is not accepted yet. */
                provisional?: boolean;
                quarter?: number;
                /**
                 * @description * `community` - Community
                 *     * `school` - School
                 *     * `village` - Village
                 *     * `enterprise` - Enterprise
                 *     * `agency` - Agency
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    stats_venues_retrieve: {
        parameters: {
            query?: {
                /**
                 * @description * `lecture` - Lecture
                 *     * `exhibition` - Exhibition
                 *     * `contest` - Contest
                 *     * `training` - Practical training
                 *     * `youth_group` - Youth interest group
                 *     * `camp` - Science camp
                 *     * `open_day` - Open day
                 *     * `consultation` - Consultation fair
                 *     * `show` - Science show / film
                 *     * `intl_exchange` - International exchange
                 *     * `other` - Other
                 */
                activity_type?: "lecture" | "exhibition" | "contest" | "training" | "youth_group" | "camp" | "open_day" | "consultation" | "show" | "intl_exchange" | "other";
                /** @description Area id; includes all sub-areas. */
                area?: number;
                audience?: string;
                /** @description Last day (local, inclusive), with start. */
                end?: string;
                /**
                 * @description * `offline` - Offline
                 *     * `online` - Online
                 *     * `mixed` - Online and offline
                 */
                mode?: "offline" | "online" | "mixed";
                month?: number;
                organization?: number;
                /** @description Include events whose report is not accepted yet. */
                provisional?: boolean;
                quarter?: number;
                /**
                 * @description * `community` - Community
                 *     * `school` - School
                 *     * `village` - Village
                 *     * `enterprise` - Enterprise
                 *     * `agency` - Agency
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
                    "application/json": components["schemas"]["VenueFigures"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    targets_progress_list: {
        parameters: {
            query?: {
                area?: number;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
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
                    "application/json": components["schemas"]["PaginatedTargetProgressList"];
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
            /** @description Authentication required. */
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
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    venues_list: {
        parameters: {
            query?: {
                /**
                 * @description * `science_center` - Science and technology center
                 *     * `science_museum` - Science and technology museum
                 *     * `youth_center` - Youth science center or station
                 *     * `community_room` - Community science activity room
                 *     * `rural_site` - Rural science activity site
                 *     * `vehicle` - Science outreach vehicle
                 *     * `gallery` - Science gallery or bulletin board
                 *     * `education_base` - Science education base
                 */
                kind?: ("community_room" | "education_base" | "gallery" | "rural_site" | "science_center" | "science_museum" | "vehicle" | "youth_center")[];
                /** @description Only the venues I keep. */
                managed?: boolean;
                /** @description Not closed. */
                open?: boolean;
                organization?: number;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description Name or address contains. */
                q?: string;
                /** @description Venues in this area or under it. */
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
                    "application/json": components["schemas"]["PaginatedVenueOutputList"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    venues_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VenueInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["VenueInputRequest"];
                "multipart/form-data": components["schemas"]["VenueInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VenueOutput"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    venues_retrieve: {
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
                    "application/json": components["schemas"]["VenueOutput"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    venues_destroy: {
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    venues_partial_update: {
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
                "application/json": components["schemas"]["PatchedVenueInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedVenueInputRequest"];
                "multipart/form-data": components["schemas"]["PatchedVenueInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VenueOutput"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    venues_refreshes_list: {
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
                    "application/json": components["schemas"]["GalleryRefreshOutput"][];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    venues_refreshes_create: {
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
                "multipart/form-data": components["schemas"]["GalleryRefreshInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GalleryRefreshOutput"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    venues_refreshes_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                refresh_id: number;
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    venues_refreshes_photo_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                refresh_id: number;
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
                    "image/*": Blob;
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    venues_kinds_list: {
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
                    "application/json": components["schemas"]["VenueKind"][];
                };
            };
            /** @description Invalid input; per-field messages in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authentication required. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    volunteer_roles_destroy: {
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    volunteer_roles_partial_update: {
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
                "application/json": components["schemas"]["PatchedVolunteerRoleInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedVolunteerRoleInputRequest"];
                "multipart/form-data": components["schemas"]["PatchedVolunteerRoleInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerRoleOutput"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    volunteer_roles_sign_up_create: {
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
                    "application/json": components["schemas"]["VolunteerSignupOutput"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerSignupOutput"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    volunteer_signups_list: {
        parameters: {
            query?: {
                /** @description Only my own sign-ups. */
                mine?: boolean;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
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
                    "application/json": components["schemas"]["PaginatedVolunteerSignupOutputList"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    volunteer_signups_cancel_create: {
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
                    "application/json": components["schemas"]["VolunteerSignupOutput"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    volunteer_signups_check_in_create: {
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
                    "application/json": components["schemas"]["VolunteerSignupOutput"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    volunteers_list: {
        parameters: {
            query?: {
                active?: boolean;
                organization?: number;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description Name or skills contain. */
                q?: string;
                /** @description Volunteers serving in this area or under it. */
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
                    "application/json": components["schemas"]["PaginatedVolunteerOutputList"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    volunteers_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolunteerAddInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["VolunteerAddInputRequest"];
                "multipart/form-data": components["schemas"]["VolunteerAddInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerOutput"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    volunteers_me_retrieve: {
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
                    "application/json": components["schemas"]["MyVolunteer"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    volunteers_me_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolunteerSelfInputRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["VolunteerSelfInputRequest"];
                "multipart/form-data": components["schemas"]["VolunteerSelfInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyVolunteer"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    volunteers_me_destroy: {
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
                    "application/json": components["schemas"]["MyVolunteer"];
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
    volunteers_me_certificate_retrieve: {
        parameters: {
            query?: never;
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
                    "application/pdf": Blob;
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
            /** @description Authentication required. */
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
            /** @description Too many requests; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A backing service is busy or unavailable; retry later. */
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
