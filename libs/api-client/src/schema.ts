// Generated from libs/api-client/openapi.json by openapi-typescript: do not edit.
// Regenerate: UPDATE_API_CLIENT=1 npm test -- test/e2e/openapi-contract
export interface paths {
    "/analytics/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Promotions sent and answered per campaign, and the purchases attributed to it within a window */
        get: operations["AnalyticsController_campaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Revenue, margin, purchases, complaints and won deals per customer, ranked by revenue, margin or won deal value, with RFM scores */
        get: operations["AnalyticsController_customers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deals opened, won and lost, win rate, won value and days to close by owner, manager, region, product, organization or a customer attribute (sector...) */
        get: operations["AnalyticsController_deals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every buyer’s forecast summed up: P(alive) distribution, expected purchases, total CLV, top CLV and customers at risk */
        get: operations["ForecastController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/revenue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Buyers, purchases, gross sales, returns and net revenue by month, weekday, hour, owner, organization, SKU, segment, lifecycle stage or a customer attribute (country...) */
        get: operations["AnalyticsController_revenue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/salespeople": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Touches, deals opened, won and lost, win rate, won value and days to close per salesperson, manager and region, ranked */
        get: operations["AnalyticsController_salespeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/timing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Revenue, purchases and won deals by weekday × hour and by month in a time zone */
        get: operations["AnalyticsController_timing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every API key, revoked ones included (never the keys themselves) */
        get: operations["ApiKeysController_list"];
        put?: never;
        /** Issue a key for a role; the key is in this answer only */
        post: operations["ApiKeysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse the key from the next request on; revoking twice keeps the first time */
        post: operations["ApiKeysController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assignment-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The lead assignment rules in force, in the order they are tried */
        get: operations["AssignmentRulesController_list"];
        /** Define the lead assignment rules (replaces them all; round-robin takes what no rule does) */
        put: operations["AssignmentRulesController_define"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who read whose personal data, when and why; filtered like /audit/events, paged by entry id */
        get: operations["AccessLogController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event log filtered by actor, type, stream, channel and time; a JSON page by log position, or all of it as NDJSON or CSV */
        get: operations["AuditEventsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/seals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every seal of the event log and of the access log (without their entries), and the public key that verifies them */
        get: operations["AuditVerifyController_seals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Walk the event log and the access log: every stream’s hash chain, every item against the signed seals; intact, or every problem found (the first 100, and their count) */
        get: operations["AuditVerifyController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in staff member (or the staff member an API key acts for) */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change what the signed-in staff member may change of their own: the console language */
        patch: operations["AuthController_changeMe"];
        trace?: never;
    };
    "/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password: 204 and a session cookie (HttpOnly, SameSite=Strict) */
        post: operations["AuthController_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session at once and clear its cookie; without one, nothing to do */
        post: operations["AuthController_signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/automations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every automation with its current version, status and firings per group, newest first */
        get: operations["AutomationsController_list"];
        put?: never;
        /** Define an automation: when a trigger occurs (and after a delay), do an action; active at once */
        post: operations["AutomationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/automations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** A new version of an automation (replaces the definition whole from now on; a paused one stays paused) */
        put: operations["AutomationsController_redefine"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/automations/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause: triggers from now on (and delayed firings still waiting) do not fire */
        post: operations["AutomationsController_pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/automations/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How often the saved automation would have fired over the last 90 days, and how many its control share holds back */
        get: operations["AutomationsController_previewSaved"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/automations/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Treated against control within a window after each firing: response, purchases and revenue, with uplift and 95 % CI */
        get: operations["AutomationsController_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/automations/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a paused automation: triggers from now on fire again (those while paused do not) */
        post: operations["AutomationsController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/automations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How often a definition would have fired over the last 90 days, from the log; nothing is saved */
        post: operations["AutomationsController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every campaign, newest first, each with its progress; cursor paging */
        get: operations["CampaignsController_list"];
        put?: never;
        /** Send a promotion to the members of a segment: one PromotionSent and one message per consenting member */
        post: operations["CampaignsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign and its progress: targeted, sent, skipped (no consent), failed, pending */
        get: operations["CampaignsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Treated against the held-back control group within a window after the campaign’s start: response, purchases and revenue, with uplift and 95 % CI */
        get: operations["CampaignsController_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer directory by name: search (q) by name, email or phone; filter by stage, segment, owner, organization; cursor paging. Each page with personal data is recorded in the access log (X-Access-Reason or ?reason= says why); analysts get rows without name, email, phone or city, and no q. */
        get: operations["DirectoryController_search"];
        put?: never;
        /** Register a person or an organization */
        post: operations["CustomersController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer’s current state, folded from its events */
        get: operations["CustomersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change contact details and attributes; only what differs is recorded */
        patch: operations["CustomersController_change"];
        trace?: never;
    };
    "/customers/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record consent given or withdrawn on a channel */
        post: operations["CustomersController_consent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organization's people with their role there (organizationRole), by name; cursor paging. As the directory: pages with personal data go to the access log, analysts get rows without name, email, phone or city. */
        get: operations["OrganizationContactsController_contacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase a person: record CustomerErased and destroy their data key; their personal data becomes unreadable everywhere */
        post: operations["ErasureController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about the person as JSON: decrypted history, current state, consents, lifecycle, access log */
        get: operations["CustomerExportController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer’s P(alive), expected purchases over the next `days`, expected spend and CLV over `horizonDays`, under the fit in force */
        get: operations["ForecastController_ofCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the customer, in order, upcast to the current schemas; paged by revision */
        get: operations["CustomerHistoryController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/lifecycle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer’s lifecycle stage and grade now, or at business time validAt, and the transitions up to then with their causes (docs/lifecycle.md, docs/time-travel.md) */
        get: operations["CustomerLifecycleController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge another record of the same person into this one
         * @description Records CustomerAbsorbed on `from` and CustomerMerged here: the timeline shows both histories, the directory and the duplicates list drop `from`, and `from` answers with `mergedInto`; nothing more can be recorded on it. Sending it again finishes an interrupted merge and changes nothing after a complete one. Revision and events are this record’s.
         */
        post: operations["CustomerMergeController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign the staff member who owns the relationship */
        post: operations["CustomersController_assignOwner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's current segments and past stays, with entry and exit times; with validAt, the segments whose rules it matched at that business time */
        get: operations["CustomerSegmentsController_ofCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer’s state folded from the events recorded up to asOf and, with validAt, that had happened by validAt */
        get: operations["CustomerHistoryController_state"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/tasks/{taskId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete an open task (a task-completed touch) */
        post: operations["TasksController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/tasks/{taskId}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an open task to a new due time (a task-rescheduled touch); its reminders follow */
        post: operations["TasksController_reschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every touch, record change and deal move of a customer, newest first; filter by type and occurredAt; cursor paging; include=contacts adds an organization's people */
        get: operations["TimelineController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/touches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a touch: `type` selects which, and which fields it takes */
        post: operations["TouchesController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/touches/{eventId}/correct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct fields of a touch: the history keeps the original, the read models show the corrected values
         * @description The body holds the fields to change, by the names the touch type takes when recorded (`durationSeconds`, `text`, `amount`...). A field the type does not have, or one that names the touch (order, complaint, task, campaign ids), is 400 naming it.
         */
        post: operations["TouchCorrectionsController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/touches/{eventId}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a touch recorded by mistake: the history keeps it, every read model takes it back */
        post: operations["TouchCorrectionsController_void"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}/unmerge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a merged record back: both stand alone again, each with its own history
         * @description Records CustomerRestored on `from` and CustomerUnmerged here. Sending it again finishes an interrupted unmerge.
         */
        post: operations["CustomerMergeController_unmerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidate duplicates: pairs of customers with one normalised email or phone, or one name within an organization or postal code; strongest first, cursor paging. Ids only: no personal data. */
        get: operations["DuplicatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exports and rebuilds with their status and progress, newest first: those of the kinds the role may read (analyst: tables and rebuilds; compliance: persons; admin: all); cursor paging */
        get: operations["ExportsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An export or rebuild: status, progress (done of total), error, and the download URL once done */
        get: operations["ExportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exports/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The finished file (CSV for a table, JSON for a rebuild or a person); 404 until done; a person’s export: recorded in the access log, 410 once they are erased */
        get: operations["ExportsController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exports/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Export an analytics table as CSV, as a job; follow it at GET /exports/{id} */
        post: operations["ExportsController_analytics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exports/person": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Export everything held about a person (as GET /customers/{id}/export) as a job; recorded in the access log with the reason; follow it at GET /exports/{id} */
        post: operations["ExportsController_person"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exports/rebuilds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rebuild a projection as a job (replay beside the live tables, then swap); follow it at GET /exports/{id} */
        post: operations["ExportsController_rebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/followups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open and overdue lead follow-ups, per owner */
        get: operations["FollowUpsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forecast/fits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The kept fits, newest first (the first is in force): parameters, log-likelihood, calibration window, currency and fit time */
        get: operations["ForecastController_fits"];
        put?: never;
        /** Fit BG/NBD and Gamma-Gamma on the purchases up to calibrationEnd, as a job; the fit appears at GET /forecast/fits */
        post: operations["ForecastFitsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Event log, read store, Redis and projector: 200 when records can be made and read, 503 otherwise */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The public web form: records a lead, registering the customer when the email is new
         * @description Every submission the checks accept gets the same 202, whether the email is new, known or erased, or the honeypot is filled; no revision or position, so the answer never tells whether someone is a customer. Nothing is recorded for an erased customer or a bot.
         */
        post: operations["LeadsController_capture"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lifecycle/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers per stage and grade now, or at business time validAt, and the moves between stages over [from, to) */
        get: operations["LifecycleSummaryController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications (task reminders), unread first */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of my notifications read */
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deals, newest opened first: filter by stage, status, owner, team, customer and expected close; cursor paging */
        get: operations["PipelineController_list"];
        put?: never;
        /** Open a deal with a customer */
        post: operations["OpportunitiesController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One deal with its stage history */
        get: operations["PipelineController_deal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an open deal: amount, owner, interest, expected close date, product (only what is sent changes) */
        patch: operations["OpportunitiesController_update"];
        trace?: never;
    };
    "/opportunities/{id}/lose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a deal as lost (final) */
        post: operations["OpportunitiesController_lose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an open deal to another stage */
        post: operations["OpportunitiesController_changeStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/{id}/win": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a deal as won (final) */
        post: operations["OpportunitiesController_win"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipeline/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open deals by stage, with counts, amounts and weighted amounts per currency (the file: one row per stage, without the deals) */
        get: operations["PipelineController_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipeline/conversion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per stage: deals that entered, went on or were won, conversion and win rates, average days in the stage */
        get: operations["PipelineController_conversion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipeline/forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Expected volume of business (Σ amount × probability) by expected-close month, owner and/or stage, and what was won */
        get: operations["PipelineController_forecast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipeline/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Define the board’s stages and their default probabilities (replaces the definition) */
        put: operations["PipelineController_defineStages"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every projection: state, checkpoint, lag in events and ms, last error, rebuild progress */
        get: operations["ProjectionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projections/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One projection’s status, with the rebuild this api process last ran for it */
        get: operations["ProjectionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projections/{name}/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rebuilds a projection from the whole log in the background (202); follow it at statusUrl */
        post: operations["ProjectionsController_rebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every segment with its rule and member count */
        get: operations["SegmentsController_list"];
        put?: never;
        /** Define a segment by a rule over customer facts; its members are kept current from then on */
        post: operations["SegmentsController_define"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One segment */
        get: operations["SegmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current members in order of entry, with the time each entered; with validAt, the members at that business time (rule evaluated then); cursor paging */
        get: operations["SegmentsController_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments/{id}/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entries and exits per day, week or month (UTC), from every stay in the segment */
        get: operations["SegmentsController_movements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How many customers a rule matches now, evaluated over the read model; nothing is written */
        post: operations["SegmentsController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Due to reorder, high-value customers slipping, at risk after a complaint, cross-sell: each with its explanation and the events it rests on */
        get: operations["SignalsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every staff member, with their manager and region (from the staff projection) */
        get: operations["StaffController_list"];
        put?: never;
        /** Register a staff member (salespeople, owners of customers and deals) */
        post: operations["StaffController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/{id}/time-zone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the time zone a staff member works in (their reminders’ and digest’s "today") */
        put: operations["StaffController_setTimeZone"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tasks of every customer, soonest due first: filter by assignee (`me`), status and due time; cursor paging */
        get: operations["TasksController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every user, disabled ones included (never passwords) */
        get: operations["UsersController_list"];
        put?: never;
        /** Give a staff member a password and a role; registers the staff member when no staffId is given */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse the user from now on and end their sessions */
        post: operations["UsersController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let a disabled user sign in again */
        post: operations["UsersController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password and end the user's sessions */
        post: operations["UsersController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/sign-out-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of the user at once */
        post: operations["UsersController_signOutAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every subscription with its URL and event types (never its secret) */
        get: operations["WebhooksController_list"];
        put?: never;
        /** Subscribe a URL to event types; deliveries are signed with the secret in the answer (shown once) */
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unsubscribe: no more deliveries, queued ones included; its delivery records are removed */
        delete: operations["WebhooksController_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every delivery to the subscription with its outcome: pending, delivered or parked */
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivered or parked event again (deliveryId: its eventId in the deliveries list), as first sent, with a fresh round of retries; 409 while it is still pending */
        post: operations["WebhooksController_redeliver"];
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
        AccessEntryDto: {
            /** Format: date-time */
            accessedAt: string;
            /** @enum {string} */
            action: "history" | "state" | "export" | "search";
            /** @description The staff member (or integration) who read */
            actorId: string;
            /** @example operator */
            actorRole: string;
            /** @description The API key or session the read came with */
            apiKeyId: string;
            /**
             * @description Rising; pass the last as `after` for the next page
             * @example 1042
             */
            id: string;
            /** @description For a directory search: the filters used */
            query?: string;
            /** @description Why, as the caller said */
            reason: string | null;
            /**
             * @description The route template, never the URL
             * @example GET /customers/:id/history
             */
            route: string;
            /** @description For a directory search: how many customers it listed */
            rowCount?: number;
            /** @description The customer read; empty for a directory search */
            subjectId: string;
            /**
             * @description One customer's record, or a list of customers
             * @enum {string}
             */
            subjectKind: "customer" | "directory";
        };
        AccessLogPageDto: {
            entries: components["schemas"]["AccessEntryDto"][];
            /** @description Pass as `after` for the next page; null on the last */
            next: string | null;
        };
        AliveBucketDto: {
            customers: number;
            /** @example 0.9 */
            from: number;
            /** @example 1 */
            to: number;
        };
        AnalyticsExportDto: {
            /** @enum {string} */
            table: "touch_fact" | "purchase_fact" | "opportunity_fact" | "promotion_fact";
        };
        ApiKeyDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** @example front desk */
            name: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** @enum {string} */
            role: "operator" | "analyst" | "compliance" | "admin";
            staffId: string | null;
        };
        AppendedEventDto: {
            eventId: string;
            /** @description Global log position */
            position: string;
            revision: number;
            type: string;
        };
        AssignmentRuleDto: {
            assignTo: components["schemas"]["AssignmentTargetDto"];
            /** @description All must hold; none: every lead that reaches the rule */
            conditions: components["schemas"]["RoutingConditionDto"][];
            /** @example Iberia */
            name: string;
            /**
             * Format: uuid
             * @description Chosen by the client; kept across definitions, it names the rule in the cause of each assignment
             */
            ruleId: string;
        };
        AssignmentRulesViewDto: {
            /**
             * Format: date-time
             * @description null until rules were first defined
             */
            definedAt: string | null;
            /** @description In the order they are tried */
            rules: components["schemas"]["AssignmentRuleDto"][];
        };
        AssignmentTargetDto: {
            /**
             * @description staff: that person; team: the active staff who report to staffId, in turn
             * @enum {string}
             */
            kind: "staff" | "team";
            /**
             * Format: uuid
             * @description The staff member, or the team’s manager
             */
            staffId: string;
        };
        AssignOwnerDto: {
            /** @description The staff member (id) who owns the relationship from now on */
            ownerId: string;
        };
        AuditActorDto: {
            id: string;
            /** @example operator */
            role: string | null;
        };
        AuditEventDto: {
            actor: components["schemas"]["AuditActorDto"] | null;
            /** @example api */
            channel: string | null;
            /** @description As the log stores it: personal data encrypted */
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            eventId: string;
            /** @description As the log stores it, with its hash */
            metadata: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            occurredAt: string | null;
            /**
             * @description The position in the whole log; pass the last as `after` for the next page
             * @example 96989-6
             */
            position: string;
            /** Format: date-time */
            recordedAt: string;
            /**
             * @description A bigint, as a string
             * @example 3
             */
            revision: string;
            /** @example 1 */
            schemaVersion: number;
            /** @example customer-7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 */
            streamName: string;
            /** @example CallLogged */
            type: string;
        };
        AuditEventsPageDto: {
            events: components["schemas"]["AuditEventDto"][];
            /** @description Pass as `after` for the next page; null on the last */
            next: string | null;
        };
        AuditSealsDto: {
            access: components["schemas"]["SealDto"][];
            events: components["schemas"]["SealDto"][];
            /** @description The id of the key that verifies the seals */
            keyId: string;
            /** @description The Ed25519 public key, PEM: enough to verify offline (crm audit verify --public-key) */
            publicKey: string;
        };
        AutomationDefinitionDto: {
            /**
             * @description What it does for the customer: `{kind: "task", title, dueInMinutes}` for the owner; `{kind: "notify", message}` in-app to the owner; `{kind: "message", channel: email|sms, subject, body}` (consent, quiet hours and marketing pressure respected); `{kind: "webhook", url}`
             * @example {
             *       "kind": "task",
             *       "title": "Call to thank for the order",
             *       "dueInMinutes": 1440
             *     }
             */
            action: {
                [key: string]: unknown;
            };
            /**
             * @description Share of customers held back as the control group (hash of automation and customer id)
             * @default 0
             */
            controlShare: number;
            /**
             * @description Minutes after the trigger was recorded
             * @default 0
             */
            delayMinutes: number;
            name: string;
            /**
             * @description What starts it. `{kind: "event", eventType, conditions: [{field, op, value}]}`: an event of the log about a customer (op: eq, neq, gt, gte, lt, lte, exists; field: a dotted path in the event data); `{kind: "segment", segmentId, on: "enter"|"exit"}`; `{kind: "lifecycle", to, from?}`: a transition to a stage (from one, or from any); `{kind: "signal", signalType, conditions}`: a signal occurs (GET /signals), conditions on its facts
             * @example {
             *       "kind": "event",
             *       "eventType": "PurchaseRecorded",
             *       "conditions": [
             *         {
             *           "field": "amount",
             *           "op": "gte",
             *           "value": 10000
             *         }
             *       ]
             *     }
             */
            trigger: {
                [key: string]: unknown;
            };
        };
        AutomationListDto: {
            items: components["schemas"]["AutomationViewDto"][];
        };
        AutomationPreviewDto: {
            /** @description Of those, customers the control share would hold back (for a saved automation; an estimate otherwise) */
            control: number;
            /** @description Distinct customers among them */
            customers: number;
            /** @description Triggers in the window: how often it would have fired */
            firings: number;
            /** Format: date-time */
            from: string;
            /** @description Firings per day on average */
            perDay: number;
            /** Format: date-time */
            to: string;
        };
        AutomationResultsDto: {
            /** Format: uuid */
            automationId: string;
            /** @description Firings whose window has closed, per group */
            firings: components["schemas"]["GroupSizesDto"];
            /** @example difference of proportions, normal approximation (Wald); revenue: Welch t */
            method: string;
            /** @description Share that bought in the window */
            purchases: components["schemas"]["ComparisonDto"];
            /** @description Share that bought or answered a promotion in the window (difference of proportions, normal approximation) */
            response: components["schemas"]["ComparisonDto"];
            /** @description Net revenue per firing in minor currency units (Welch’s t interval) */
            revenue: components["schemas"]["MeanComparisonDto"];
            windowDays: number;
        };
        AutomationViewDto: {
            /**
             * @description What it does for the customer: `{kind: "task", title, dueInMinutes}` for the owner; `{kind: "notify", message}` in-app to the owner; `{kind: "message", channel: email|sms, subject, body}` (consent, quiet hours and marketing pressure respected); `{kind: "webhook", url}`
             * @example {
             *       "kind": "task",
             *       "title": "Call to thank for the order",
             *       "dueInMinutes": 1440
             *     }
             */
            action: {
                [key: string]: unknown;
            };
            controlShare: number;
            /** Format: date-time */
            definedAt: string;
            delayMinutes: number;
            firings: components["schemas"]["FiringCountsDto"];
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: "active" | "paused";
            /**
             * @description What starts it. `{kind: "event", eventType, conditions: [{field, op, value}]}`: an event of the log about a customer (op: eq, neq, gt, gte, lt, lte, exists; field: a dotted path in the event data); `{kind: "segment", segmentId, on: "enter"|"exit"}`; `{kind: "lifecycle", to, from?}`: a transition to a stage (from one, or from any); `{kind: "signal", signalType, conditions}`: a signal occurs (GET /signals), conditions on its facts
             * @example {
             *       "kind": "event",
             *       "eventType": "PurchaseRecorded",
             *       "conditions": [
             *         {
             *           "field": "amount",
             *           "op": "gte",
             *           "value": 10000
             *         }
             *       ]
             *     }
             */
            trigger: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            updatedAt: string;
            /** @description The definition’s version: each PUT that changes it adds one */
            version: number;
        };
        AutomationWrittenDto: {
            /** @description The events written (none when nothing changed) */
            events: {
                [key: string]: unknown;
            }[];
            /** Format: uuid */
            id: string;
            /** @description The automation stream’s revision after the write */
            revision: number | null;
        };
        BgNbdFitDto: {
            /** @description Customers with a purchase by the calibration end */
            customers: number;
            iterations: number;
            /** @example -9582.4 */
            logLikelihood: number;
            parameters: components["schemas"]["BgNbdParametersDto"];
        };
        BgNbdParametersDto: {
            /** @example 0.793 */
            a: number;
            /**
             * @description Weeks
             * @example 4.414
             */
            alpha: number;
            /** @example 2.426 */
            b: number;
            /** @example 0.243 */
            r: number;
        };
        BoardColumnDto: {
            /** @description Open deals in the stage */
            count: number;
            /** @description Up to 100 open deals, latest moved first */
            deals: components["schemas"]["DealDto"][];
            /** @description false: a stage left out of the definition that still holds deals */
            defined: boolean;
            /** @description The stage's probability, whole percent */
            probability: number;
            /** @enum {string} */
            stage: "prospecting" | "engaging" | "qualification" | "needs-analysis" | "proposal" | "negotiation";
            /** @description Per currency */
            totals: components["schemas"]["StageTotalDto"][];
        };
        CallDto: {
            /**
             * @description Defaults per touch type (a call: phone, a note: internal...)
             * @enum {string}
             */
            channel?: "phone" | "email" | "sms" | "post" | "web" | "store" | "meeting" | "internal" | "social" | "other";
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @example 300 */
            durationSeconds: number;
            /** @description Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead */
            occurredAt?: string;
            /** @enum {string} */
            outcome: "reached" | "voicemail" | "no-answer" | "busy" | "wrong-number";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call";
        };
        CampaignFiguresDto: {
            /** @example 44 */
            answered: number;
            /**
             * @description Purchases within windowDays of a promotion
             * @example 6
             */
            attributedPurchases: number;
            /** @description Attributed purchases, net of the cancellations and returns linked to their orders: one sum per currency */
            attributedRevenue: components["schemas"]["ReportMoneyDto"][];
            /** @example spring-sale */
            campaignId: string;
            /**
             * @description The name it was sent under (POST /campaigns); null for a campaign id from elsewhere (an import)
             * @example Spring sale
             */
            campaignName: string | null;
            /** @example 118 */
            customersReached: number;
            responses: components["schemas"]["PromotionResponsesDto"];
            /** @example 120 */
            sent: number;
        };
        CampaignPageDto: {
            /** @description Newest first */
            items: components["schemas"]["CampaignViewDto"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        CampaignResultsDto: {
            /** Format: uuid */
            campaignId: string;
            /** @description Whether the window has closed; before, what followed so far */
            complete: boolean;
            /** @description Targeted customers per group (treated: every one not held back, reached or not) */
            customers: components["schemas"]["GroupSizesDto"];
            /**
             * Format: date-time
             * @description The campaign’s start, where every customer’s window opens
             */
            from: string;
            method: string;
            /** @description Share that bought in the window */
            purchases: components["schemas"]["ComparisonDto"];
            /** @description Share that bought or answered a promotion in the window */
            response: components["schemas"]["ComparisonDto"];
            /** @description Net revenue per customer, one entry per currency bought in within the window (Welch’s t interval); a customer without purchases in it counts as 0 */
            revenue: components["schemas"]["RevenueComparisonDto"][];
            /**
             * Format: date-time
             * @description Where the windows close
             */
            to: string;
            windowDays: number;
        };
        CampaignsReportDto: {
            /** @description Most attributed purchases first */
            campaigns: components["schemas"]["CampaignFiguresDto"][];
            /** @example 14 */
            windowDays: number;
        };
        CampaignViewDto: {
            /** @enum {string} */
            channel: "email" | "sms";
            /**
             * @description Share of the targeted customers held back as the control group
             * @example 0.1
             */
            controlShare: number;
            /** Format: date-time */
            createdAt: string;
            /** @example 1 */
            failed: number;
            /**
             * @description Targeted customers held back (the control group): recorded, not sent to
             * @example 12
             */
            heldBack: number;
            /** Format: uuid */
            id: string;
            /** @example Spring sale */
            name: string;
            /**
             * @description Messages not yet sent
             * @example 20
             */
            pending: number;
            /** Format: uuid */
            segmentId: string;
            /** @example 95 */
            sent: number;
            /**
             * @description Members without consent on the channel
             * @example 4
             */
            skipped: number;
            /**
             * @description Members targeted; null until the segment has been read
             * @example 120
             */
            targeted: number | null;
        };
        ChangeCustomerDto: {
            address?: components["schemas"]["PostalAddressDto"] | null;
            /**
             * @description Attributes to set; an attribute given as null is removed (JSON merge patch)
             * @example {
             *       "city": "Madrid",
             *       "vip": null
             *     }
             */
            attributes?: Record<string, never>;
            /** @example ada@example.com */
            email?: Record<string, never> | null;
            externalIds?: components["schemas"]["ExternalIdDto"][];
            /** @example Ada King */
            name?: string;
            /** @description For a person: the organization (a customer id) they belong to */
            organizationId?: Record<string, never> | null;
            /**
             * @description For a person linked to an organization: their role there; dropped when they leave it or move to another
             * @example Head of purchasing
             */
            organizationRole?: Record<string, never> | null;
            /**
             * @description E.164, separators allowed
             * @example +34 600 000 000
             */
            phone?: Record<string, never> | null;
            /**
             * @description Where the customer came from
             * @example referral
             */
            source?: string;
        };
        ChangeMeDto: {
            /**
             * @description The console language
             * @example es
             * @enum {string}
             */
            locale: "en" | "es" | "ca";
        };
        ChangeStageDto: {
            /** @description ISO 8601 with an offset; defaults to now */
            occurredAt?: string;
            /** @description The deal's own probability from now on; without it, the new stage's applies */
            probability?: number;
            /** @enum {string} */
            stage: "prospecting" | "engaging" | "qualification" | "needs-analysis" | "proposal" | "negotiation";
        };
        ComparisonDto: {
            /** @description 95 % confidence interval of the uplift */
            ci95: components["schemas"]["IntervalDto"] | null;
            /** @description Control group’s share (or mean) */
            control: number;
            /** @description Treated group’s share (or mean) */
            treated: number;
            /** @description Treated minus control */
            uplift: number | null;
        };
        ComplaintDto: {
            /** @example delivery */
            category: string;
            /**
             * @description Defaults per touch type (a call: phone, a note: internal...)
             * @enum {string}
             */
            channel?: "phone" | "email" | "sms" | "post" | "web" | "store" | "meeting" | "internal" | "social" | "other";
            /** @description Your reference; defaults to the eventId of the answer */
            complaintId?: string;
            description: string;
            /** @description Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead */
            occurredAt?: string;
            /** @enum {string} */
            severity: "low" | "medium" | "high" | "critical";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "complaint";
        };
        ComplaintResolvedDto: {
            /**
             * @description Defaults per touch type (a call: phone, a note: internal...)
             * @enum {string}
             */
            channel?: "phone" | "email" | "sms" | "post" | "web" | "store" | "meeting" | "internal" | "social" | "other";
            /** @description The complaint filed earlier */
            complaintId: string;
            /** @description Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead */
            occurredAt?: string;
            resolution: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "complaint-resolved";
        };
        CompleteTaskDto: {
            /**
             * @description Defaults to internal
             * @enum {string}
             */
            channel?: "phone" | "email" | "sms" | "post" | "web" | "store" | "meeting" | "internal" | "social" | "other";
            /** @description Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead */
            occurredAt?: string;
        };
        ComponentHealthDto: {
            ok: boolean;
            /**
             * @description One line saying what is wrong, when it is
             * @example Redis unreachable at 127.0.0.1:6379: connect ECONNREFUSED
             */
            reason?: string;
        };
        ConsentDto: {
            /** @enum {string} */
            channel: "email" | "phone" | "sms" | "post";
            /**
             * @description Required when status is given
             * @enum {string}
             */
            legalBasis?: "consent" | "contract" | "legal-obligation" | "vital-interests" | "public-task" | "legitimate-interest";
            occurredAt?: string;
            /**
             * @description Where the answer was given; defaults to api
             * @example newsletter-form
             */
            source?: string;
            /** @enum {string} */
            status: "given" | "withdrawn";
            /** @description The version of the text agreed to; required when legalBasis is consent */
            textVersion?: Record<string, never>;
        };
        CreateApiKeyDto: {
            /** @example front desk */
            name: string;
            /**
             * @example operator
             * @enum {string}
             */
            role: "operator" | "analyst" | "compliance" | "admin";
            /** @description The staff member the key acts for (their id), so ownership rules apply to it */
            staffId?: string;
        };
        CreateCampaignDto: {
            body: string;
            /**
             * @description Members without consent on this channel are skipped
             * @enum {string}
             */
            channel: "email" | "sms";
            /**
             * @description Share of the targeted customers held back as the control group (hash of campaign and customer id); GET /campaigns/{id}/results compares them
             * @default 0
             */
            controlShare: number;
            /** @example Spring renewal */
            name: string;
            /** @description The segment whose members at send time are targeted */
            segmentId: string;
            subject: string;
        };
        CreatedApiKeyDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description The key itself: shown in this answer only, never stored
             * @example crm_…
             */
            key: string;
            /** @example front desk */
            name: string;
            /** @enum {string} */
            role: "operator" | "analyst" | "compliance" | "admin";
        };
        CreatedRecordDto: {
            id: string;
            /**
             * @description The log position of the write; send it as X-Crm-Min-Position to read the new record in the read models (read-your-writes)
             * @example 96989-6
             */
            position: string | null;
            /** @description The stream revision after the write; send it back as If-Match */
            revision: number;
        };
        CreateUserDto: {
            /** @example maria@example.com */
            email: string;
            /**
             * @example ca
             * @enum {string}
             */
            locale?: "en" | "es" | "ca";
            /** @description A new staff member's manager, a staff id */
            managerId?: Record<string, never> | null;
            /** @example Maria Puig */
            name: string;
            /**
             * Format: password
             * @example correct horse battery staple
             */
            password: string;
            /** @example Catalonia */
            region?: Record<string, never> | null;
            /**
             * @example operator
             * @enum {string}
             */
            role: "operator" | "analyst" | "compliance" | "admin";
            /** @description An existing staff member to give credentials to; absent: a new staff member is registered */
            staffId?: string;
        };
        CreateWebhookDto: {
            /**
             * @description The event types to receive
             * @example [
             *       "LeadCaptured",
             *       "FollowUpOverdue"
             *     ]
             */
            eventTypes: string[];
            /** @example https://hooks.example.com/crm */
            url: string;
        };
        CustomerExportDto: {
            /** @description Who read this person's data, when and why (this export included) */
            accessLog: components["schemas"]["AccessEntryDto"][];
            /** @description The latest answer per channel; empty once erased */
            consents: {
                [key: string]: {
                    /** Format: date-time */
                    at: string;
                    legalBasis: string | null;
                    source: string;
                    /** @enum {string} */
                    status: "given" | "withdrawn";
                    textVersion: string | null;
                };
            };
            /** Format: uuid */
            customerId: string;
            /** Format: date-time */
            exportedAt: string;
            /** @description Every event of the customer's stream, decrypted, in order */
            history: components["schemas"]["HistoryEventDto"][];
            /** @description Null when the lifecycle read model is not there */
            lifecycle: components["schemas"]["CustomerLifecycleDto"] | null;
            /** @description The record as folded from every event; status erased once erased */
            state: components["schemas"]["CustomerRecordStateDto"];
        };
        CustomerForecastAnswerDto: {
            /** @description The fit in force; null before any fit (the forecast is then all null) */
            fit: components["schemas"]["ForecastFitDto"] | null;
            forecast: components["schemas"]["CustomerForecastDto"];
        };
        CustomerForecastDto: {
            /** @description Discounted lifetime value over the next `horizonDays`, minor units */
            clv: number | null;
            /** Format: uuid */
            customerId: string;
            /** @description Purchase days expected over the next `days` */
            expectedPurchases: number | null;
            /** @description Expected spend of one future purchase day, minor units */
            expectedSpend: number | null;
            /** @description Null without a purchase in the fit’s currency: no forecast then */
            history: components["schemas"]["PurchaseHistoryDto"] | null;
            /** @description P(alive): the chance the customer still buys */
            probabilityAlive: number | null;
        };
        CustomerLifecycleDto: {
            /** Format: uuid */
            customerId: string;
            /** @example A */
            grade: string | null;
            /**
             * Format: date-time
             * @description When time alone will next move the customer, if it will
             */
            nextChangeAt: string | null;
            /** Format: date-time */
            since: string;
            /** @example customer */
            stage: string;
            /** @description Oldest first */
            transitions: components["schemas"]["LifecycleTransitionDto"][];
        };
        CustomerPersonalDto: {
            address?: components["schemas"]["PostalAddressDto"] | null;
            /** @example ada@example.com */
            email?: string | null;
            externalIds?: components["schemas"]["ExternalIdDto"][];
            /** @example Ada Lovelace */
            name?: string;
            /** @example +34 600 000 001 */
            phone?: string | null;
        };
        CustomerRecordStateDto: {
            /** @description Only on a survivor: the records merged into it, oldest merge first */
            absorbed?: string[];
            /**
             * @description The touches voided or corrected since they were recorded, by event id
             * @example {
             *       "7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11": {
             *         "voided": false,
             *         "corrections": 1
             *       }
             *     }
             */
            amendedTouches?: {
                [key: string]: {
                    corrections: number;
                    voided: boolean;
                };
            };
            /**
             * @description Free attributes
             * @example {
             *       "tier": "gold",
             *       "vip": true
             *     }
             */
            attributes?: {
                [key: string]: string | number | boolean;
            };
            /** @description Every complaint by id, resolved ones too */
            complaints?: {
                [key: string]: {
                    category: string;
                    complaintId: string;
                    /** Format: date-time */
                    filedAt: string;
                    /** Format: date-time */
                    resolvedAt: string | null;
                    severity: string;
                    /** @enum {string} */
                    status: "open" | "resolved";
                };
            };
            /** @description The latest answer per channel (email, sms, phone, post...) */
            consents?: {
                [key: string]: {
                    /** Format: date-time */
                    at: string;
                    legalBasis: string | null;
                    source: string;
                    /** @enum {string} */
                    status: "given" | "withdrawn";
                    textVersion: string | null;
                };
            };
            /**
             * Format: uuid
             * @description When active or erased
             */
            customerId?: string;
            /**
             * Format: date-time
             * @description When erased
             */
            erasedAt?: string;
            /**
             * @description When active
             * @enum {string}
             */
            kind?: "person" | "organization";
            /**
             * Format: date-time
             * @description The latest business time of any touch
             */
            lastTouchAt?: string | null;
            /**
             * Format: uuid
             * @description Only on a record merged into another: the survivor, where the person now lives (POST /customers/{id}/merge)
             */
            mergedInto?: string;
            /** @description Every order by id; amounts in minor units */
            orders?: {
                [key: string]: {
                    amount: number;
                    cancelledAmount: number;
                    currency: string;
                    orderId: string;
                };
            };
            organizationId?: string | null;
            /** @description The person's role at their organization */
            organizationRole?: string | null;
            ownerId?: string | null;
            personal?: components["schemas"]["CustomerPersonalDto"];
            /**
             * @description Net of cancellations, minor units per currency
             * @example {
             *       "EUR": 120000
             *     }
             */
            purchaseTotals?: {
                [key: string]: number;
            };
            /** Format: date-time */
            registeredAt?: string;
            /** @example api */
            source?: string;
            /**
             * @description unknown: the customer was registered after asOf
             * @enum {string}
             */
            status: "active" | "erased" | "unknown";
            /** @description Every task by id, completed ones too */
            tasks?: {
                [key: string]: {
                    assigneeId: string | null;
                    /** Format: date-time */
                    completedAt: string | null;
                    /** Format: date-time */
                    dueAt: string;
                    /** Format: date-time */
                    scheduledAt: string;
                    /** @enum {string} */
                    status: "open" | "completed";
                    taskId: string;
                    title: string;
                };
            };
            touches?: components["schemas"]["TouchCountsDto"];
        };
        CustomerSegmentsAtDto: {
            /** @description The segments whose rules the customer matched at validAt, evaluated then */
            segments: components["schemas"]["SegmentAtDto"][];
            /** Format: date-time */
            validAt: string;
        };
        CustomerSegmentsDto: {
            /** @description The segments the customer is in now */
            current: components["schemas"]["SegmentStayDto"][];
            /** @description Stays that ended */
            past: components["schemas"]["PastSegmentStayDto"][];
        };
        CustomerStateDto: {
            /** @description Only on a survivor: the records merged into it, oldest merge first */
            absorbed?: string[];
            /**
             * @description The touches voided or corrected since they were recorded, by event id
             * @example {
             *       "7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11": {
             *         "voided": false,
             *         "corrections": 1
             *       }
             *     }
             */
            amendedTouches?: {
                [key: string]: {
                    corrections: number;
                    voided: boolean;
                };
            };
            /**
             * @description Free attributes
             * @example {
             *       "tier": "gold",
             *       "vip": true
             *     }
             */
            attributes?: {
                [key: string]: string | number | boolean;
            };
            /** @description Every complaint by id, resolved ones too */
            complaints?: {
                [key: string]: {
                    category: string;
                    complaintId: string;
                    /** Format: date-time */
                    filedAt: string;
                    /** Format: date-time */
                    resolvedAt: string | null;
                    severity: string;
                    /** @enum {string} */
                    status: "open" | "resolved";
                };
            };
            /** @description The latest answer per channel (email, sms, phone, post...) */
            consents?: {
                [key: string]: {
                    /** Format: date-time */
                    at: string;
                    legalBasis: string | null;
                    source: string;
                    /** @enum {string} */
                    status: "given" | "withdrawn";
                    textVersion: string | null;
                };
            };
            /**
             * Format: uuid
             * @description When active or erased
             */
            customerId?: string;
            /**
             * Format: date-time
             * @description When erased
             */
            erasedAt?: string;
            /**
             * @description When active
             * @enum {string}
             */
            kind?: "person" | "organization";
            /**
             * Format: date-time
             * @description The latest business time of any touch
             */
            lastTouchAt?: string | null;
            /**
             * Format: uuid
             * @description Only on a record merged into another: the survivor, where the person now lives (POST /customers/{id}/merge)
             */
            mergedInto?: string;
            /** @description Every order by id; amounts in minor units */
            orders?: {
                [key: string]: {
                    amount: number;
                    cancelledAmount: number;
                    currency: string;
                    orderId: string;
                };
            };
            organizationId?: string | null;
            /** @description The person's role at their organization */
            organizationRole?: string | null;
            ownerId?: string | null;
            personal?: components["schemas"]["CustomerPersonalDto"];
            /**
             * @description Net of cancellations, minor units per currency
             * @example {
             *       "EUR": 120000
             *     }
             */
            purchaseTotals?: {
                [key: string]: number;
            };
            /** Format: date-time */
            registeredAt?: string;
            /**
             * @description The revision of the last event folded in; null when none was
             * @example 7
             */
            revision: string | null;
            /** @example api */
            source?: string;
            /**
             * @description unknown: the customer was registered after asOf
             * @enum {string}
             */
            status: "active" | "erased" | "unknown";
            /** @description Every task by id, completed ones too */
            tasks?: {
                [key: string]: {
                    assigneeId: string | null;
                    /** Format: date-time */
                    completedAt: string | null;
                    /** Format: date-time */
                    dueAt: string;
                    /** Format: date-time */
                    scheduledAt: string;
                    /** @enum {string} */
                    status: "open" | "completed";
                    taskId: string;
                    title: string;
                };
            };
            touches?: components["schemas"]["TouchCountsDto"];
        };
        CustomerValueDto: {
            /** @example 0 */
            cancellations: number;
            /** @example 1 */
            complaints: number;
            /**
             * @description One line per customer and currency
             * @example EUR
             */
            currency: string;
            /** Format: uuid */
            customerId: string;
            /** @description The customer's ids in the systems it came from, as kept by the import (GET /customers?externalId= finds it) */
            externalIds: components["schemas"]["ExternalIdDto"][];
            /**
             * Format: date-time
             * @description Null for a customer listed by its won deals alone
             */
            lastPurchaseAt: string | null;
            /** @description Revenue − cost; null unless every purchase in the period carries its cost, in the row's currency */
            margin: components["schemas"]["ReportMoneyDto"] | null;
            /**
             * @description The directory's name (a marker once erased); null for analysts, who read no personal data (a reading by another role goes to the access log)
             * @example Online Retail customer 14646
             */
            name: string | null;
            /** @example 4 */
            purchases: number;
            /** @example 1 */
            rank: number;
            /**
             * @description Returns and credits (ReturnRecorded) in the period
             * @example 1
             */
            returns: number;
            /** @description Net of cancellations and returns, in the row's currency */
            revenue: components["schemas"]["ReportMoneyDto"];
            /** @description Every figure null for a customer without purchases in the period (listed by its won deals) */
            rfm: components["schemas"]["RfmScoresDto"];
            /** @description Their won value, in the row's currency */
            wonAmount: components["schemas"]["ReportMoneyDto"];
            /**
             * @description Deals of the customer won in the period, in the row currency
             * @example 2
             */
            wonDeals: number;
        };
        CustomerValuesReportDto: {
            /**
             * @description Customers with a purchase in the period, per currency
             * @example {
             *       "GBP": 4338
             *     }
             */
            buyers: {
                [key: string]: number;
            };
            customers: components["schemas"]["CustomerValueDto"][];
            /**
             * @description Customers with a cancellation or return in the period (whether or not they bought), per currency
             * @example {
             *       "GBP": 4338
             *     }
             */
            returners: {
                [key: string]: number;
            };
        };
        DealDetailDto: {
            /** Format: date-time */
            closedAt: string | null;
            /** Format: uuid */
            customerId: string;
            expectedAmount: components["schemas"]["MoneyDto"];
            /** Format: date */
            expectedCloseDate: string | null;
            /** Format: uuid */
            id: string;
            interest: string;
            lostReason: string | null;
            /** Format: date-time */
            openedAt: string;
            /**
             * Format: uuid
             * @description The salesperson responsible
             */
            ownerId: string;
            /** @description Whether the probability is the deal’s own rather than its stage’s */
            ownProbability: boolean;
            /** @description Whole percent: the deal's own, else its stage's; 100 won, 0 lost */
            probability: number;
            product: string | null;
            /** @enum {string} */
            stage: "prospecting" | "engaging" | "qualification" | "needs-analysis" | "proposal" | "negotiation";
            stageHistory: components["schemas"]["StageChangeDto"][];
            /**
             * Format: date-time
             * @description When the deal entered its current stage
             */
            stageSince: string;
            /** @enum {string} */
            status: "open" | "won" | "lost";
            won: components["schemas"]["MoneyDto"] | null;
        };
        DealDto: {
            /** Format: date-time */
            closedAt: string | null;
            /** Format: uuid */
            customerId: string;
            expectedAmount: components["schemas"]["MoneyDto"];
            /** Format: date */
            expectedCloseDate: string | null;
            /** Format: uuid */
            id: string;
            interest: string;
            lostReason: string | null;
            /** Format: date-time */
            openedAt: string;
            /**
             * Format: uuid
             * @description The salesperson responsible
             */
            ownerId: string;
            /** @description Whether the probability is the deal’s own rather than its stage’s */
            ownProbability: boolean;
            /** @description Whole percent: the deal's own, else its stage's; 100 won, 0 lost */
            probability: number;
            product: string | null;
            /** @enum {string} */
            stage: "prospecting" | "engaging" | "qualification" | "needs-analysis" | "proposal" | "negotiation";
            /**
             * Format: date-time
             * @description When the deal entered its current stage
             */
            stageSince: string;
            /** @enum {string} */
            status: "open" | "won" | "lost";
            won: components["schemas"]["MoneyDto"] | null;
        };
        DealGroupDto: {
            /**
             * @description Over deals won in the period, from opening to winning
             * @example 12.5
             */
            averageDaysToClose: number | null;
            /** @description By organization: The customer's ids in the systems it came from, as kept by the import (GET /customers?externalId= finds it) */
            externalIds?: components["schemas"]["ExternalIdDto"][];
            /**
             * @description Staff id, region, product, organization id or the attribute value; null: deals without one
             * @example technology
             */
            key: string | null;
            /**
             * @description Deals lost in the period
             * @example 2
             */
            lost: number;
            /**
             * @description The key's display name: a staff member's (owner, manager), a segment's, an organization's (null for analysts, as customers' names are); null for other keys
             * @example Darcel Schlecht
             */
            name: string | null;
            /**
             * @description Deals opened in the period
             * @example 9
             */
            opportunitiesOpened: number;
            /**
             * @description 1 = most deals won, then best win rate
             * @example 1
             */
            rank: number;
            /**
             * @description won / (won + lost) among deals closed in the period; null when none closed
             * @example 0.71
             */
            winRate: number | null;
            /**
             * @description Deals won in the period
             * @example 5
             */
            won: number;
            /** @description Won deals: one sum per currency */
            wonAmount: components["schemas"]["ReportMoneyDto"][];
        };
        DealPageDto: {
            items: components["schemas"]["DealDto"][];
            /** @description null on the last page */
            nextCursor: string | null;
        };
        DealsReportDto: {
            /** @example attribute:sector */
            by: string;
            groups: components["schemas"]["DealGroupDto"][];
        };
        DefineAssignmentRulesDto: {
            /** @description Tried in this order; a lead none takes goes round-robin to every salesperson */
            rules: components["schemas"]["AssignmentRuleDto"][];
        };
        DefineSegmentDto: {
            description?: string;
            /** @example British repeat buyers */
            name: string;
            /**
             * @description all / any / not over conditions { fact, op, value, key?, days?, currency? }: see docs/segments.md
             * @example {
             *       "all": [
             *         {
             *           "fact": "attribute",
             *           "key": "country",
             *           "op": "eq",
             *           "value": "GB"
             *         },
             *         {
             *           "fact": "purchases",
             *           "days": 90,
             *           "op": "gte",
             *           "value": 2
             *         }
             *       ]
             *     }
             */
            rule: Record<string, never>;
        };
        DefineStagesDto: {
            /** @description The board’s open stages in order */
            stages: components["schemas"]["PipelineStageDto"][];
        };
        DirectoryItemDto: {
            /**
             * @description Marketing attributes now, as an import maps them (Online Retail's country, a Maven account's sector): not personal data
             * @example {
             *       "country": "United Kingdom"
             *     }
             */
            attributes: {
                [key: string]: unknown;
            };
            /**
             * @description Absent for analysts
             * @example Barcelona
             */
            city?: string | null;
            /**
             * @description The postal address's country, else a `country` attribute (as an import maps it: Online Retail's)
             * @example ES
             */
            country: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            customerId: string;
            /**
             * @description Absent for analysts
             * @example ada@example.com
             */
            email?: string | null;
            erased: boolean;
            /** @description The customer's ids in the systems it came from (an import keeps the source's): record keys like customerId, so analysts get them too; empty once erased */
            externalIds: components["schemas"]["ExternalIdDto"][];
            /**
             * @example person
             * @enum {string}
             */
            kind: "person" | "organization";
            /** Format: date-time */
            lastTouchAt: string | null;
            lifecycle: components["schemas"]["DirectoryLifecycleDto"] | null;
            /**
             * @description A marker once the person is erased; absent for analysts, who read no personal data
             * @example Ada Lovelace
             */
            name?: string;
            organizationId: string | null;
            /**
             * @description A person's role at their organization
             * @example Head of purchasing
             */
            organizationRole: string | null;
            ownerId: string | null;
            /**
             * @description Absent for analysts
             * @example +34 600 000 001
             */
            phone?: string | null;
            /** @example api */
            source: string;
        };
        DirectoryLifecycleDto: {
            /** @example A */
            grade: string | null;
            /** @example customer */
            stage: string;
        };
        DirectoryPageDto: {
            items: components["schemas"]["DirectoryItemDto"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        DuplicatePairDto: {
            /**
             * Format: uuid
             * @description The pair’s smaller id
             */
            customerId: string;
            /** Format: uuid */
            otherId: string;
            /** @description Every reason that holds, strongest first */
            reasons: ("email" | "phone" | "name-and-organization" | "name-and-postal-code")[];
            /** @description The strongest reason's weight: email 100, phone 90, name-and-organization 70, name-and-postal-code 60 */
            score: number;
        };
        DuplicatesPageDto: {
            items: components["schemas"]["DuplicatePairDto"][];
            nextCursor: string | null;
        };
        EmailDto: {
            /**
             * @description Defaults per touch type (a call: phone, a note: internal...)
             * @enum {string}
             */
            channel?: "phone" | "email" | "sms" | "post" | "web" | "store" | "meeting" | "internal" | "social" | "other";
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @description Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead */
            occurredAt?: string;
            subject: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "email";
        };
        ErasureAnswerDto: {
            /** Format: uuid */
            customerId: string;
            /**
             * @description Always true: erasing an erased person answers the same
             * @enum {boolean}
             */
            erased: true;
            /** @description Empty when the request changed nothing */
            events: components["schemas"]["AppendedEventDto"][];
            /** @description False when the key was already gone (a repeated erasure) */
            keyDestroyed: boolean;
            /** @description The stream revision after the write; send it back as If-Match */
            revision: number | null;
        };
        ErrorResponse: {
            /** @description On 409 after If-Match: the stream's revision now */
            currentRevision?: string | null;
            /** @description On 400: each refused field and why; on 404: the field naming a record that does not exist */
            errors?: {
                field: string;
                reason: string;
            }[];
            /** @example validation failed */
            message: string;
            /** @description On 409: the business rule the request would break */
            rule?: string;
            /** @example 400 */
            statusCode: number;
        } & {
            [key: string]: unknown;
        };
        EventStoreHealthDto: {
            /** @example postgresql */
            backend: string;
            ok: boolean;
            /**
             * @description One line saying what is wrong, when it is
             * @example Redis unreachable at 127.0.0.1:6379: connect ECONNREFUSED
             */
            reason?: string;
        };
        ExportPageDto: {
            /** @description Newest first */
            items: components["schemas"]["ExportViewDto"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        ExportViewDto: {
            /**
             * @description Of the file, once done
             * @example text/csv; charset=utf-8
             */
            contentType: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Rows or events done so far
             * @example 1200
             */
            done: number;
            /**
             * @description Where to download the file; null until done
             * @example /exports/7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11/download
             */
            downloadUrl: string | null;
            /** @description Why it failed */
            error: string | null;
            /** @example customer-values.csv */
            filename: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "analytics-table" | "projection-rebuild" | "person-data";
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            /**
             * @description The analytics table, the projection rebuilt, or the customer whose data is exported
             * @example customer-values
             */
            subject: string;
            /**
             * @description Null until known
             * @example 5000
             */
            total: number | null;
        };
        ExternalIdDto: {
            /** @example shop */
            system: string;
            /** @example C-10442 */
            value: string;
        };
        FiringCountsDto: {
            control: number;
            treated: number;
        };
        FitForecastDto: {
            /**
             * Format: date
             * @description The last day (UTC) whose purchases the fit counts; default today
             * @example 1997-09-30
             */
            calibrationEnd?: string;
        };
        FollowUpDto: {
            /** Format: date-time */
            capturedAt: string;
            /** Format: uuid */
            customerId: string;
            /**
             * Format: date-time
             * @description When the first touch is due
             */
            dueAt: string;
            /** @description The manager the overdue lead was escalated to */
            escalatedTo: string | null;
            /** Format: date-time */
            overdueAt: string | null;
            /** @enum {string} */
            status: "open" | "overdue";
        };
        FollowUpsViewDto: {
            /** @example 60 */
            deadlineMinutes: number;
            owners: components["schemas"]["OwnerFollowUpsDto"][];
        };
        ForecastFitDto: {
            bgNbd: components["schemas"]["BgNbdFitDto"];
            /**
             * Format: date
             * @description The last day counted (UTC)
             */
            calibrationEnd: string;
            /**
             * Format: date
             * @description The first purchase day counted (UTC)
             */
            calibrationStart: string;
            /**
             * @description The currency whose purchases were fitted (the one most purchases are in)
             * @example USD
             */
            currency: string;
            customers: number;
            /** @description How long the fit took */
            durationMs: number;
            /** Format: date-time */
            fittedAt: string;
            /** @description Null until some customer has come back */
            gammaGamma: components["schemas"]["GammaGammaFitDto"] | null;
            /** Format: uuid */
            id: string;
        };
        ForecastFitListDto: {
            /** @description Newest first; the first is in force */
            items: components["schemas"]["ForecastFitDto"][];
        };
        ForecastFitStartedDto: {
            /**
             * @description The job fitting the models; its fit appears at GET /forecast/fits
             * @example forecast-fit.2026-12-04T17:00:00.000Z
             */
            jobId: string;
        };
        ForecastItemDto: {
            /** @description Discounted lifetime value over the next `horizonDays`, to the minor unit */
            clv: components["schemas"]["ReportMoneyDto"] | null;
            /** Format: uuid */
            customerId: string;
            /** @description Purchase days expected over the next `days` */
            expectedPurchases: number | null;
            /** @description Expected spend of one future purchase day, to the minor unit */
            expectedSpend: components["schemas"]["ReportMoneyDto"] | null;
            /** @description Null without a purchase in the fit’s currency: no forecast then */
            history: components["schemas"]["PurchaseHistoryDto"] | null;
            /** @description P(alive): the chance the customer still buys */
            probabilityAlive: number | null;
            /** @description Spent so far in the fit’s currency */
            spent: components["schemas"]["ReportMoneyDto"];
        };
        ForecastOverviewDto: {
            /** @description Returning customers whose P(alive) is below atRiskBelow, biggest past spenders first */
            atRisk: components["schemas"]["ForecastItemDto"][];
            /** @description Their summed CLV, to the minor unit */
            clv: components["schemas"]["ReportMoneyDto"] | null;
            /** @description Customers with a purchase in the fit’s currency */
            customers: number;
            /** @description Customers by P(alive), in tenths */
            distribution: components["schemas"]["AliveBucketDto"][];
            /** @description Purchase days expected of all of them over the next `days` */
            expectedPurchases: number;
            fit: components["schemas"]["ForecastFitDto"];
            /** @description Highest CLV first */
            topClv: components["schemas"]["ForecastItemDto"][];
        };
        ForecastRowDto: {
            amount: components["schemas"]["ReportMoneyDto"];
            count: number;
            /** @example EUR */
            currency: string;
            /**
             * @description With by=month: month of expected close (won: of winning, UTC); null: no date
             * @example 2026-03
             */
            month?: string | null;
            /**
             * Format: uuid
             * @description With by=owner
             */
            ownerId?: string;
            /**
             * @description With by=stage ("won" for what was won)
             * @example proposal
             */
            stage?: string;
            /** @description Expected volume of business: Σ amount × probability */
            weighted: components["schemas"]["ReportMoneyDto"];
        };
        GammaGammaFitDto: {
            /** @description Returning customers with a positive mean spend */
            customers: number;
            iterations: number;
            logLikelihood: number;
            parameters: components["schemas"]["GammaGammaParametersDto"];
        };
        GammaGammaParametersDto: {
            /**
             * @description In minor units of the fit’s currency
             * @example 15.44
             */
            gamma: number;
            /** @example 6.25 */
            p: number;
            /** @example 3.74 */
            q: number;
        };
        GroupSizesDto: {
            control: number;
            treated: number;
        };
        HealthReportDto: {
            database: components["schemas"]["ComponentHealthDto"];
            eventStore: components["schemas"]["EventStoreHealthDto"];
            projector?: components["schemas"]["ProjectorHealthDto"];
            redis: components["schemas"]["ComponentHealthDto"];
            /** @description Only with READ_DATABASE_URL. Down: degraded, reads go to the primary */
            replica?: components["schemas"]["ReplicaHealthDto"];
            /**
             * @description down (503): the event log or the read store cannot be reached
             * @enum {string}
             */
            status: "ok" | "degraded" | "down";
        };
        HistoryEventDto: {
            /** @description The event's data, upcast; personal data decrypted, or marked erased */
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            eventId: string;
            /** @description As recorded: actor, channel, correlation, hash chain */
            metadata: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description The position in the whole log
             * @example 96989-6
             */
            position: string;
            /** Format: date-time */
            recordedAt: string;
            /**
             * @description The revision in the customer stream, as a string (a bigint)
             * @example 3
             */
            revision: string;
            /**
             * @description The schema of `data` (the current one)
             * @example 1
             */
            schemaVersion: number;
            /** @example CallLogged */
            type: string;
        };
        HistoryPageDto: {
            events: components["schemas"]["HistoryEventDto"][];
            /** @description Pass as `after` for the next page; null on the last */
            next: string | null;
        };
        HorizonHoldDto: {
            /** @example 12500 */
            ageMs: number;
            /**
             * @description The application_name its client set; empty when none
             * @example psql
             */
            applicationName: string;
            /**
             * @description Its database, the CRM’s own: transactions in the server’s other databases do not hold the log back
             * @example crm
             */
            database: string | null;
            /**
             * @description The PostgreSQL backend running it (pg_terminate_backend ends it)
             * @example 48213
             */
            pid: number;
            /**
             * Format: date-time
             * @description When its transaction began
             */
            since: string;
        };
        HourFiguresDto: {
            /** @description Purchases before anything was taken back: one sum per currency */
            grossSales: components["schemas"]["ReportMoneyDto"][];
            /** @example 10 */
            hour: number;
            /** @example 3 */
            purchases: number;
            /** @description Cancellations and returns, positive: one sum per currency */
            returns: components["schemas"]["ReportMoneyDto"][];
            /** @description grossSales − returns: one sum per currency */
            revenue: components["schemas"]["ReportMoneyDto"][];
            /** @description Won deals: one sum per currency */
            wonAmount: components["schemas"]["ReportMoneyDto"][];
            /** @example 1 */
            wonDeals: number;
        };
        IntervalDto: {
            high: number;
            low: number;
        };
        LeadAcceptedDto: {
            /** @description The customer the email names (a hash of the address): the same whether it was new, known or erased */
            customerId: string;
        };
        LeadDto: {
            /**
             * @description Defaults per touch type (a call: phone, a note: internal...)
             * @enum {string}
             */
            channel?: "phone" | "email" | "sms" | "post" | "web" | "store" | "meeting" | "internal" | "social" | "other";
            /** @example trade-fair-2026 */
            form: string;
            interest?: Record<string, never> | null;
            /** @description Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead */
            occurredAt?: string;
            /** @example fair */
            source: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "lead";
            utm?: components["schemas"]["UtmDto"];
        };
        LifecycleFlowDto: {
            /**
             * @description Null for customers entering their first stage
             * @example prospect
             */
            from: string | null;
            /** @example customer */
            to: string;
            /**
             * @description How many times customers made this move
             * @example 12
             */
            transitions: number;
        };
        LifecyclePositionDto: {
            /** @example A */
            grade: string | null;
            /** @example customer */
            stage: string;
        };
        LifecycleSummaryDto: {
            /** @description Changes of stage within [from, to), by the stages left and entered */
            flows: components["schemas"]["LifecycleFlowDto"][];
            /** Format: date-time */
            from: string;
            /**
             * @description Customers per grade now, every grade listed
             * @example {
             *       "A": 5,
             *       "B": 12
             *     }
             */
            grades: {
                [key: string]: number;
            };
            /**
             * @description Customers per stage now, every stage listed
             * @example {
             *       "lead": 4,
             *       "prospect": 10,
             *       "customer": 31
             *     }
             */
            stages: {
                [key: string]: number;
            };
            /** Format: date-time */
            to: string;
        };
        LifecycleTransitionDto: {
            /** Format: date-time */
            at: string;
            /**
             * @description An event moved the customer, or time did
             * @enum {string}
             */
            cause: "event" | "lapse";
            /** @description The event that caused it; null for a lapse */
            eventId: string | null;
            /** @description Null for the first stage */
            from: components["schemas"]["LifecyclePositionDto"] | null;
            to: components["schemas"]["LifecyclePositionDto"];
        };
        LoseOpportunityDto: {
            /**
             * @description The business day the deal closed, when only the day is known (YYYY-MM-DD): reports keep the deal on that day in every time zone. Without occurredAt, the close is at the start of that day (UTC); a day still to come is refused
             * @example 2017-03-01
             */
            closedOn?: string;
            /** @description ISO 8601 with an offset; defaults to now */
            occurredAt?: string;
            /** @example chose a competitor */
            reason: string;
        };
        ManagerFiguresDto: {
            /**
             * @description Over deals won in the period, from opening to winning
             * @example 12.5
             */
            averageDaysToClose: number | null;
            /**
             * @description Time on calls with the customers in the period, in seconds
             * @example 5400
             */
            callSeconds: number;
            /** @example 2 */
            lost: number;
            /** @description The owners' manager; owners without one are in no line */
            managerId: string;
            /**
             * @description As GET /staff names them; null when the staff projection does not know them (or their data was erased)
             * @example Darcel Schlecht
             */
            managerName: string | null;
            /** @example 9 */
            opportunitiesOpened: number;
            /**
             * @description 1 = most deals won, then best win rate
             * @example 1
             */
            rank: number;
            /** @example 42 */
            touches: number;
            /**
             * @description won / (won + lost) among deals closed in the period; null when none closed
             * @example 0.71
             */
            winRate: number | null;
            /** @example 5 */
            won: number;
            /** @description Won deals: one sum per currency */
            wonAmount: components["schemas"]["ReportMoneyDto"][];
        };
        MeanComparisonDto: {
            /** @description 95 % confidence interval of the uplift */
            ci95: components["schemas"]["IntervalDto"] | null;
            /** @description Control group’s share (or mean) */
            control: number;
            /** @description Welch–Satterthwaite degrees of freedom */
            degreesOfFreedom: number | null;
            /** @description Treated group’s share (or mean) */
            treated: number;
            /** @description Treated minus control */
            uplift: number | null;
        };
        MeDto: {
            /** @example maria@example.com */
            email: string;
            /**
             * @example en
             * @enum {string}
             */
            locale: "en" | "es" | "ca";
            /** @example Maria Puig */
            name: string;
            /**
             * @example operator
             * @enum {string}
             */
            role: "operator" | "analyst" | "compliance" | "admin";
            /** @example 0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69 */
            staffId: string;
        };
        MergeDto: {
            /**
             * Format: uuid
             * @description The other record: merged into this one (merge), or given back (unmerge)
             */
            from: string;
        };
        MoneyDto: {
            /**
             * @description Minor units (cents)
             * @example 500000
             */
            amount: number;
            /**
             * @description ISO 4217
             * @example EUR
             */
            currency: string;
        };
        MoneyIntervalDto: {
            high: components["schemas"]["ReportMoneyDto"];
            low: components["schemas"]["ReportMoneyDto"];
        };
        MonthFiguresDto: {
            /** @description Purchases before anything was taken back: one sum per currency */
            grossSales: components["schemas"]["ReportMoneyDto"][];
            /** @example 2026-03 */
            month: string;
            /** @example 3 */
            purchases: number;
            /** @description Cancellations and returns, positive: one sum per currency */
            returns: components["schemas"]["ReportMoneyDto"][];
            /** @description grossSales − returns: one sum per currency */
            revenue: components["schemas"]["ReportMoneyDto"][];
            /** @description Won deals: one sum per currency */
            wonAmount: components["schemas"]["ReportMoneyDto"][];
            /** @example 1 */
            wonDeals: number;
        };
        NoteDto: {
            /**
             * @description Defaults per touch type (a call: phone, a note: internal...)
             * @enum {string}
             */
            channel?: "phone" | "email" | "sms" | "post" | "web" | "store" | "meeting" | "internal" | "social" | "other";
            /** @description Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead */
            occurredAt?: string;
            text: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "note";
        };
        NotificationDto: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description null for a digest; the lead’s customer for follow-up-overdue and lead-reassigned
             */
            customerId: string | null;
            /** Format: date-time */
            dueAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "task-due-soon" | "task-overdue" | "digest" | "automation" | "follow-up-overdue" | "lead-reassigned";
            /**
             * Format: date-time
             * @description null while unread
             */
            readAt: string | null;
            /** @description The task reminded of: /customers/{customerId}/tasks/{taskId} */
            taskId: string | null;
            /** @description The task’s title (null once the customer’s personal data is erased), or the automation’s message */
            title: string | null;
        };
        NotificationListDto: {
            /** @description Unread first, then read; newest first within each */
            items: components["schemas"]["NotificationDto"][];
            /** @description How many of the caller’s notifications are unread, listed or not */
            unread: number;
        };
        OpenOpportunityDto: {
            customerId: string;
            expectedAmount: components["schemas"]["MoneyDto"];
            /**
             * Format: date
             * @description When the deal is expected to close, YYYY-MM-DD
             * @example 2026-06-30
             */
            expectedCloseDate?: string;
            /** @example Fleet renewal */
            interest: string;
            /** @description ISO 8601 with an offset; defaults to now */
            occurredAt?: string;
            /** @description The staff member who owns the deal; defaults to the API key’s staff member */
            ownerId?: string;
            /** @description The deal's own probability of being won, whole percent; default: its stage's */
            probability?: number;
            /**
             * @description The product the deal is about, if any
             * @example Roof kit
             */
            product?: string;
            /**
             * @default qualification
             * @enum {string}
             */
            stage: "prospecting" | "engaging" | "qualification" | "needs-analysis" | "proposal" | "negotiation";
        };
        OwnerFollowUpsDto: {
            open: components["schemas"]["FollowUpDto"][];
            overdue: components["schemas"]["FollowUpDto"][];
            /** @description null: nobody was active to take the lead */
            ownerId: string | null;
        };
        PastSegmentStayDto: {
            /** Format: date-time */
            enteredAt: string;
            /** Format: date-time */
            leftAt: string;
            /** @example British repeat buyers */
            name: string;
            /** Format: uuid */
            segmentId: string;
        };
        PersonExportDto: {
            /**
             * Format: uuid
             * @description The customer whose data is exported
             */
            customerId: string;
            /** @description Why the data is exported (a request reference); recorded in the access log with every download */
            reason: string;
        };
        PipelineBoardDto: {
            stages: components["schemas"]["BoardColumnDto"][];
        };
        PipelineConversionDto: {
            /** @description In stage order (by probability) */
            stages: components["schemas"]["StageConversionDto"][];
        };
        PipelineForecastDto: {
            /** @description The grouping of the rows */
            by: ("month" | "owner" | "stage")[];
            /** @description Open deals */
            open: components["schemas"]["ForecastRowDto"][];
            /** @description Won so far */
            won: components["schemas"]["WonRowDto"][];
        };
        PipelineStageDto: {
            /** @description Default probability of winning a deal in this stage, whole percent */
            probability: number;
            /** @enum {string} */
            stage: "prospecting" | "engaging" | "qualification" | "needs-analysis" | "proposal" | "negotiation";
        };
        PostalAddressDto: {
            /** @example Barcelona */
            city: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example ES
             */
            country: string;
            /** @example Carrer de Mallorca 401 */
            line1: string;
            line2?: Record<string, never> | null;
            /** @example 08013 */
            postalCode?: Record<string, never> | null;
            region?: Record<string, never> | null;
        };
        PreviewSegmentDto: {
            /**
             * @description The rule to count, as POST /segments takes it
             * @example {
             *       "all": [
             *         {
             *           "fact": "attribute",
             *           "key": "country",
             *           "op": "eq",
             *           "value": "GB"
             *         }
             *       ]
             *     }
             */
            rule: Record<string, never>;
        };
        ProjectionHealthDto: {
            /** @example 0 */
            lagEvents: number;
            /** @example 0 */
            lagMs: number;
            /** @example timeline */
            name: string;
            /** @example running */
            state: string;
        };
        ProjectionReportDto: {
            /**
             * @description The position of the last event applied
             * @example 96989-6
             */
            checkpoint: string | null;
            /** @example 12000 */
            eventsApplied: number;
            /** @description The position of the event it failed on */
            failedAt: string | null;
            failedEventId: string | null;
            failedEventType: string | null;
            /** @description Write transactions open longer than CRM_HORIZON_WARN_SECONDS, oldest first: until they end the projection sees no event written after they began, and lagEvents cannot count those either */
            heldBackBy: components["schemas"]["HorizonHoldDto"][];
            /**
             * @description Events of its types not yet applied, counted up to a limit
             * @example 0
             */
            lagEvents: number;
            /**
             * @description How long the oldest unapplied event has waited; 0 when caught up
             * @example 0
             */
            lagMs: number;
            lastError: string | null;
            /** @description The rebuild this api process last ran for it, over HTTP */
            lastRebuild: components["schemas"]["RebuildRunDto"] | null;
            /** @example timeline */
            name: string;
            /** @description The read replica (READ_DATABASE_URL) serving the read models: a read without X-Crm-Min-Position sees this projection as the replica has replayed it, replayLagMs behind the checkpoint. Null without a replica */
            readReplica: components["schemas"]["ReplicaHealthDto"] | null;
            /** @description While rebuilding, in whichever process */
            rebuild: components["schemas"]["RebuildProgressDto"] | null;
            /** @enum {string} */
            state: "live" | "catching-up" | "rebuilding" | "failed" | "stopped";
            /** Format: date-time */
            updatedAt: string | null;
            /**
             * @description The version the live tables were built with; null before the first run
             * @example 3
             */
            version: number | null;
        };
        ProjectorHealthDto: {
            /** @description Write transactions open longer than CRM_HORIZON_WARN_SECONDS, oldest first: no projection sees an event written after they began until they end */
            heldBackBy: components["schemas"]["HorizonHoldDto"][];
            ok: boolean;
            projections: components["schemas"]["ProjectionHealthDto"][];
            /**
             * @description One line saying what is wrong, when it is
             * @example Redis unreachable at 127.0.0.1:6379: connect ECONNREFUSED
             */
            reason?: string;
        };
        PromotionAnsweredDto: {
            campaignId: string;
            /**
             * @description Defaults per touch type (a call: phone, a note: internal...)
             * @enum {string}
             */
            channel?: "phone" | "email" | "sms" | "post" | "web" | "store" | "meeting" | "internal" | "social" | "other";
            /** @description Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead */
            occurredAt?: string;
            promotionId: string;
            /** @enum {string} */
            response: "opened" | "clicked" | "accepted" | "declined";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "promotion-answered";
        };
        PromotionResponsesDto: {
            /** @example 3 */
            accepted: number;
            /** @example 12 */
            clicked: number;
            /** @example 1 */
            declined: number;
            /** @example 40 */
            opened: number;
        };
        PromotionSentDto: {
            campaignId: string;
            /**
             * @description Defaults per touch type (a call: phone, a note: internal...)
             * @enum {string}
             */
            channel?: "phone" | "email" | "sms" | "post" | "web" | "store" | "meeting" | "internal" | "social" | "other";
            /** @description Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead */
            occurredAt?: string;
            promotionId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "promotion-sent";
        };
        PurchaseCancelledDto: {
            /** @description Minor units taken back, at least 1 */
            amount: number;
            /**
             * @description Defaults per touch type (a call: phone, a note: internal...)
             * @enum {string}
             */
            channel?: "phone" | "email" | "sms" | "post" | "web" | "store" | "meeting" | "internal" | "social" | "other";
            /** @example EUR */
            currency: string;
            lines?: components["schemas"]["PurchaseLineDto"][];
            /** @description Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead */
            occurredAt?: string;
            /** @description The order recorded by an earlier purchase */
            orderId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "purchase-cancelled";
        };
        PurchaseDto: {
            /**
             * @description Minor units; the sum of the lines when lines are given
             * @example 3000
             */
            amount: number;
            /**
             * @description Defaults per touch type (a call: phone, a note: internal...)
             * @enum {string}
             */
            channel?: "phone" | "email" | "sms" | "post" | "web" | "store" | "meeting" | "internal" | "social" | "other";
            /**
             * @description Minor units, for profitability
             * @example 1800
             */
            cost?: Record<string, never> | null;
            /**
             * @description ISO 4217
             * @example EUR
             */
            currency: string;
            lines?: components["schemas"]["PurchaseLineDto"][];
            /** @description Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead */
            occurredAt?: string;
            /** @description Your order reference; needed to cancel it later */
            orderId?: Record<string, never> | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "purchase";
        };
        PurchaseHistoryDto: {
            /** @description Mean spend of a repeat day, minor units */
            meanRepeatSpend: number | null;
            /** @description Weeks from the first purchase day to today */
            T: number;
            /** @description Weeks from the first purchase day to the last */
            tx: number;
            /** @description Repeat purchase days */
            x: number;
        };
        PurchaseLineDto: {
            description?: Record<string, never> | null;
            /**
             * @description Negative for a line taken back; never 0
             * @example 2
             */
            quantity: number;
            /** @example X1 */
            sku: string;
            /**
             * @description Minor units (cents), up to 4 decimal places of the major unit (0.1 pence is 0.1); the line rounds to the minor unit half away from zero
             * @example 1500
             */
            unitPrice: number;
        };
        RebuildDto: {
            /** @enum {string} */
            projection: "timeline" | "directory" | "lifecycle" | "audit" | "segments" | "analytics" | "followups" | "webhooks" | "staff" | "pipeline" | "tasks" | "duplicates" | "valid_time" | "automations";
        };
        RebuildProgressDto: {
            /**
             * @description Null until a rate is known
             * @example 8
             */
            etaSeconds: number | null;
            /** @example 5200 */
            eventsDone: number;
            /** @example 850.5 */
            eventsPerSecond: number;
            /**
             * @description An estimate taken when the rebuild started; raised when more were replayed
             * @example 12000
             */
            eventsTotal: number;
            /** Format: date-time */
            startedAt: string;
        };
        RebuildResultDto: {
            /**
             * @description The part of durationMs spent in the projection's own transactions
             * @example 9300
             */
            applyMs: number;
            /** @example 14100 */
            durationMs: number;
            /** @example 12000 */
            eventsApplied: number;
            /**
             * @description The checkpoint the rebuilt tables took over with
             * @example 96989-6
             */
            position: string;
            /** @example timeline */
            projection: string;
        };
        RebuildRunDto: {
            /** @description Why it failed */
            error: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** @description Null until it succeeds */
            result: components["schemas"]["RebuildResultDto"] | null;
            /** Format: date-time */
            startedAt: string;
        };
        RebuildStartedDto: {
            /** @example timeline */
            projection: string;
            run: components["schemas"]["RebuildRunDto"];
            /** @example /projections/timeline */
            statusUrl: string;
        };
        RegionFiguresDto: {
            /**
             * @description Over deals won in the period, from opening to winning
             * @example 12.5
             */
            averageDaysToClose: number | null;
            /**
             * @description Time on calls with the customers in the period, in seconds
             * @example 5400
             */
            callSeconds: number;
            /** @example 2 */
            lost: number;
            /** @example 9 */
            opportunitiesOpened: number;
            /**
             * @description 1 = most deals won, then best win rate
             * @example 1
             */
            rank: number;
            /**
             * @description The owners' region; owners without one are in no line
             * @example EMEA
             */
            region: string;
            /** @example 42 */
            touches: number;
            /**
             * @description won / (won + lost) among deals closed in the period; null when none closed
             * @example 0.71
             */
            winRate: number | null;
            /** @example 5 */
            won: number;
            /** @description Won deals: one sum per currency */
            wonAmount: components["schemas"]["ReportMoneyDto"][];
        };
        RegisterCustomerDto: {
            address?: components["schemas"]["PostalAddressDto"] | null;
            /**
             * @description Marketing attributes: text, numbers or true/false
             * @example {
             *       "city": "Barcelona"
             *     }
             */
            attributes?: Record<string, never>;
            /** @example ada@example.com */
            email?: Record<string, never> | null;
            externalIds?: components["schemas"]["ExternalIdDto"][];
            /**
             * @example person
             * @enum {string}
             */
            kind: "person" | "organization";
            /** @example Ada Lovelace */
            name: string;
            /** @description When the relationship began (imports back-fill it); defaults to now */
            occurredAt?: string;
            /** @description For a person: the organization (a customer id) they belong to */
            organizationId?: Record<string, never> | null;
            /**
             * @description For a person linked to an organization: their role there; dropped when they leave it or move to another
             * @example Head of purchasing
             */
            organizationRole?: Record<string, never> | null;
            /** @description The staff member who owns the relationship */
            ownerId?: Record<string, never>;
            /**
             * @description E.164, separators allowed
             * @example +34 600 000 000
             */
            phone?: Record<string, never> | null;
            /**
             * @description Where the customer came from
             * @example referral
             */
            source?: string;
        };
        RegisterStaffDto: {
            /** @example maria@example.com */
            email: string;
            /** @description The manager, a staff id */
            managerId?: Record<string, never> | null;
            /** @example Maria Puig */
            name: string;
            /** @example Catalonia */
            region?: Record<string, never> | null;
            /**
             * @description Job title; defaults to "Staff"
             * @example Account manager
             */
            title?: string;
        };
        ReplicaHealthDto: {
            ok: boolean;
            /**
             * @description One line saying what is wrong, when it is
             * @example Redis unreachable at 127.0.0.1:6379: connect ECONNREFUSED
             */
            reason?: string;
            /**
             * @description WAL the primary has written and the replica has not replayed yet
             * @example 0
             */
            replayLagBytes?: number;
            /**
             * @description 0 when caught up; otherwise the age of the last transaction the replica replayed
             * @example 0
             */
            replayLagMs?: number;
            /**
             * @description Replay stopped (pg_wal_replay_pause): consistent reads go to the primary until it resumes
             * @example false
             */
            replayPaused?: boolean;
            /**
             * @description host:port/database of READ_DATABASE_URL
             * @example replica:5432/crm
             */
            where: string;
        };
        ReportMoneyDto: {
            /**
             * @description The same amount in the major unit, as exact decimal text
             * @example 2796.95
             */
            amount: string;
            /**
             * @description ISO 4217 code
             * @example GBP
             */
            currency: string;
            /**
             * @description The amount in the currency's minor units (pence, cents)
             * @example 279695
             */
            minor: number;
        };
        RescheduleTaskDto: {
            /**
             * @description Defaults to internal
             * @enum {string}
             */
            channel?: "phone" | "email" | "sms" | "post" | "web" | "store" | "meeting" | "internal" | "social" | "other";
            /** @description The new due time, ISO 8601; may lie in the past */
            dueAt: string;
            /** @description Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead */
            occurredAt?: string;
        };
        ResetPasswordDto: {
            /**
             * Format: password
             * @example correct horse battery staple
             */
            password: string;
        };
        ReturnDto: {
            /** @description Minor units given back, at least 1 */
            amount: number;
            /**
             * @description Defaults per touch type (a call: phone, a note: internal...)
             * @enum {string}
             */
            channel?: "phone" | "email" | "sms" | "post" | "web" | "store" | "meeting" | "internal" | "social" | "other";
            /** @example EUR */
            currency: string;
            /** @description What is taken back, positive quantities */
            lines?: components["schemas"]["PurchaseLineDto"][];
            /** @description Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead */
            occurredAt?: string;
            /** @description The order returned from, when it was recorded here */
            orderId?: Record<string, never> | null;
            /**
             * @description The credit note or return number
             * @example C536379
             */
            returnId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "return";
        };
        RevenueComparisonDto: {
            /** @description 95 % confidence interval of the uplift */
            ci95: components["schemas"]["MoneyIntervalDto"] | null;
            /** @description Control group’s mean */
            control: components["schemas"]["ReportMoneyDto"];
            /** @example GBP */
            currency: string;
            /** @description Welch–Satterthwaite degrees of freedom */
            degreesOfFreedom: number | null;
            /** @description Treated group’s mean */
            treated: components["schemas"]["ReportMoneyDto"];
            /** @description Treated minus control */
            uplift: components["schemas"]["ReportMoneyDto"] | null;
        };
        RevenueGroupDto: {
            /** @example GBP */
            currency: string;
            /**
             * @description Customers with a purchase in the group
             * @example 3
             */
            customers: number;
            /** @description By organization: The customer's ids in the systems it came from, as kept by the import (GET /customers?externalId= finds it) */
            externalIds?: components["schemas"]["ExternalIdDto"][];
            /** @description Purchases before anything was taken back, in the row's currency */
            grossSales: components["schemas"]["ReportMoneyDto"];
            /**
             * @description Month (YYYY-MM), ISO weekday (1–7), hour (0–23), staff, organization or segment id, SKU, lifecycle stage or the attribute value; null: without one
             * @example EIRE
             */
            key: string | null;
            /**
             * @description The key's display name: a staff member's (owner, manager), a segment's, an organization's (null for analysts, as customers' names are); null for other keys
             * @example Darcel Schlecht
             */
            name: string | null;
            /** @example 12 */
            purchases: number;
            /** @description Cancellations and returns, positive, in the row's currency */
            returns: components["schemas"]["ReportMoneyDto"];
            /** @description grossSales − returns, in the row's currency */
            revenue: components["schemas"]["ReportMoneyDto"];
        };
        RevenueReportDto: {
            /** @example attribute:country */
            by: string;
            groups: components["schemas"]["RevenueGroupDto"][];
            /** @example Europe/London */
            timeZone: string;
        };
        RfmScoresDto: {
            /** @example 4 */
            frequency: number | null;
            /** @example 3 */
            monetary: number | null;
            /**
             * @description Quintile: 5 = most recent
             * @example 5
             */
            recency: number | null;
            /**
             * @description Days from the last purchase to asOf
             * @example 12
             */
            recencyDays: number | null;
        };
        RoutingConditionDto: {
            /**
             * @description country and attribute read the customer’s attributes; form, source and interest the lead’s
             * @enum {string}
             */
            field: "country" | "form" | "source" | "interest" | "attribute";
            /**
             * @description The attribute’s key, for the attribute field only
             * @example tier
             */
            key?: string | null;
            /**
             * @description Holds when the value is one of these (case-insensitive)
             * @example [
             *       "ES",
             *       "PT"
             *     ]
             */
            values: string[];
        };
        SalespeopleReportDto: {
            managers: components["schemas"]["ManagerFiguresDto"][];
            regions: components["schemas"]["RegionFiguresDto"][];
            salespeople: components["schemas"]["SalespersonFiguresDto"][];
        };
        SalespersonFiguresDto: {
            /**
             * @description Over deals won in the period, from opening to winning
             * @example 12.5
             */
            averageDaysToClose: number | null;
            /**
             * @description Time on calls with the customers in the period, in seconds
             * @example 5400
             */
            callSeconds: number;
            /** @example 2 */
            lost: number;
            /** @example 9 */
            opportunitiesOpened: number;
            /**
             * @description 1 = most deals won, then best win rate
             * @example 1
             */
            rank: number;
            /**
             * @description The owner of the deals and customers
             * @example 0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69
             */
            staffId: string;
            /**
             * @description As GET /staff names them; null when the staff projection does not know them (or their data was erased)
             * @example Darcel Schlecht
             */
            staffName: string | null;
            /** @example 42 */
            touches: number;
            /**
             * @description won / (won + lost) among deals closed in the period; null when none closed
             * @example 0.71
             */
            winRate: number | null;
            /** @example 5 */
            won: number;
            /** @description Won deals: one sum per currency */
            wonAmount: components["schemas"]["ReportMoneyDto"][];
        };
        SealCoverageDto: {
            /** @description The last item of the last trusted seal */
            sealedThrough: string | null;
            /** @description Seals of this log */
            seals: number;
            /** @description Of them, those that verify with the public key and follow on */
            trusted: number;
            /** @description Items read after it, not sealed yet */
            unsealed: number;
        };
        SealDto: {
            /** @description The last item of the seal before; null for the first seal */
            after: string | null;
            /** @description Items in this seal */
            count: number;
            /** @description The chain's head after them: what the signature covers */
            headHash: string;
            keyId: string;
            /** @enum {string} */
            log: "events" | "access";
            /** @description The chain's head (SHA-256, hex) before this seal's entries */
            previousHash: string;
            /** Format: date-time */
            sealedAt: string;
            /**
             * @description 1, 2, 3... per log; a gap means a seal was removed
             * @example 1
             */
            seq: string;
            /** @description Ed25519 over the seal, base64 */
            signature: string;
            /** @description The last item sealed: a log position ("<commit>-<prepare>") or an access-log id */
            through: string;
            /** @description Items in every seal up to this one */
            total: string;
        };
        SealedCoverageDto: {
            access: components["schemas"]["SealCoverageDto"];
            events: components["schemas"]["SealCoverageDto"];
        };
        SegmentAtDto: {
            /** @example British repeat buyers */
            name: string;
            /** Format: uuid */
            segmentId: string;
        };
        SegmentListDto: {
            segments: components["schemas"]["SegmentViewDto"][];
        };
        SegmentMemberDto: {
            /** Format: uuid */
            customerId: string;
            /**
             * Format: date-time
             * @description When the customer entered; absent from answers at validAt, which evaluate the rule at that instant only
             */
            enteredAt?: string;
        };
        SegmentMembersPageDto: {
            /** @description In order of entry; at validAt, in order of customer id */
            members: components["schemas"]["SegmentMemberDto"][];
            /** @description Pass as `after` for the next page; null on the last */
            next: string | null;
        };
        SegmentMovementDto: {
            /** @example 12 */
            entries: number;
            /** @example 3 */
            exits: number;
            /**
             * Format: date-time
             * @description Start of the period (UTC)
             */
            period: string;
        };
        SegmentMovementsDto: {
            /** @enum {string} */
            bucket: "day" | "week" | "month";
            /** @description Periods with at least one entry or exit, oldest first */
            movements: components["schemas"]["SegmentMovementDto"][];
        };
        SegmentPreviewDto: {
            /**
             * @description Registered customers it was evaluated over
             * @example 3000
             */
            customers: number;
            /**
             * Format: date-time
             * @description The segments projection's clock, the instant the rule was evaluated at; null before any event
             */
            evaluatedAt: string | null;
            /**
             * @description Customers the rule matches now
             * @example 42
             */
            matching: number;
        };
        SegmentStayDto: {
            /** Format: date-time */
            enteredAt: string;
            /** @example British repeat buyers */
            name: string;
            /** Format: uuid */
            segmentId: string;
        };
        SegmentViewDto: {
            /** Format: date-time */
            definedAt: string;
            description: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description Current members
             * @example 42
             */
            members: number;
            /** @example British repeat buyers */
            name: string;
            /**
             * @description The rule as defined: see docs/segments.md
             * @example {
             *       "all": [
             *         {
             *           "fact": "attribute",
             *           "key": "country",
             *           "op": "eq",
             *           "value": "GB"
             *         }
             *       ]
             *     }
             */
            rule: {
                [key: string]: unknown;
            };
            /** @description Whether time alone moves customers in or out (a rule over the last N days) */
            timeRelative: boolean;
        };
        ServiceUsageDto: {
            /**
             * @description Defaults per touch type (a call: phone, a note: internal...)
             * @enum {string}
             */
            channel?: "phone" | "email" | "sms" | "post" | "web" | "store" | "meeting" | "internal" | "social" | "other";
            /** @description Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead */
            occurredAt?: string;
            /** @description Greater than 0; may be fractional (hours, GB) */
            quantity: number;
            /** @example repair */
            service: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "service-usage";
        };
        SetTimeZoneDto: {
            /**
             * @description An IANA time zone: when the morning digest comes and what "today" is
             * @example Europe/Madrid
             */
            timeZone: string;
        };
        SignalDto: {
            customerId: string;
            /** @description The events it rests on (at most the 10 most recent purchases, and the complaints) */
            eventIds: string[];
            /** @example Last bought 45 days ago; usually buys every 20 days (median of 5 gaps) */
            explanation: string;
            /** @description The figures behind the explanation */
            facts: {
                [key: string]: number | string;
            };
            /**
             * Format: uuid
             * @description The occurrence: the same while the opportunity lasts, a new one when it comes back (an automation fires once per occurrence)
             */
            id: string;
            ownerId: string | null;
            /** @enum {string} */
            type: "due-to-reorder" | "high-value-slipping" | "complaint-at-risk" | "cross-sell" | "stuck-deal";
        };
        SignalListDto: {
            items: components["schemas"]["SignalDto"][];
        };
        SignedOutDto: {
            /**
             * @description How many sessions were ended
             * @example 2
             */
            sessionsEnded: number;
        };
        SignInDto: {
            /** @example maria@example.com */
            email: string;
            /**
             * Format: password
             * @example correct horse battery staple
             */
            password: string;
        };
        StaffMemberDto: {
            active: boolean;
            /** @example maria@example.com */
            email: string | null;
            /** @description The manager, a staff id */
            managerId: string | null;
            /** @example Jordi Vidal */
            managerName: string | null;
            /**
             * @description null once erased
             * @example Maria Puig
             */
            name: string | null;
            /** @example Catalonia */
            region: string | null;
            /** @example 0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69 */
            staffId: string;
            /**
             * @description IANA time zone; UTC until one is set
             * @example Europe/Madrid
             */
            timeZone: string;
            /** @example Account manager */
            title: string;
        };
        StaffRegisteredDto: {
            id: string;
        };
        StageChangeDto: {
            /**
             * @description null: the stage it was opened in
             * @enum {string|null}
             */
            from: "prospecting" | "engaging" | "qualification" | "needs-analysis" | "proposal" | "negotiation" | null;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            to: "prospecting" | "engaging" | "qualification" | "needs-analysis" | "proposal" | "negotiation";
        };
        StageConversionDto: {
            /** @description Of those, deals that went on to a later stage or were won */
            advanced: number;
            /**
             * @description Mean length of the completed stays, in days
             * @example 12.5
             */
            averageDaysInStage: number | null;
            /** @description Stays in the stage that ended (moved on, won or lost) */
            completedStays: number;
            /**
             * @description advanced / entered
             * @example 0.42
             */
            conversionRate: number | null;
            /** @description false: a stage left out of the definition that deals were in */
            defined: boolean;
            /** @description Deals that were ever in the stage */
            entered: number;
            /** @description Of those, deals lost */
            lost: number;
            /** @description The stage’s probability in whole percent; stages are ordered by it */
            probability: number;
            /** @example proposal */
            stage: string;
            /**
             * @description won / (won + lost)
             * @example 0.6
             */
            winRate: number | null;
            /** @description Of those, deals won */
            won: number;
        };
        StageTotalDto: {
            amount: components["schemas"]["ReportMoneyDto"];
            /** @example EUR */
            currency: string;
            /** @description Σ amount × probability */
            weighted: components["schemas"]["ReportMoneyDto"];
        };
        SurveyDto: {
            /**
             * @description Defaults per touch type (a call: phone, a note: internal...)
             * @enum {string}
             */
            channel?: "phone" | "email" | "sms" | "post" | "web" | "store" | "meeting" | "internal" | "social" | "other";
            comment?: Record<string, never> | null;
            /** @description Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead */
            occurredAt?: string;
            score: number;
            /** @example nps-2026-q1 */
            surveyId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "survey";
        };
        TaskCompletedDto: {
            /**
             * @description Defaults per touch type (a call: phone, a note: internal...)
             * @enum {string}
             */
            channel?: "phone" | "email" | "sms" | "post" | "web" | "store" | "meeting" | "internal" | "social" | "other";
            /** @description Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead */
            occurredAt?: string;
            taskId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "task-completed";
        };
        TaskDto: {
            /** @description The staff member who is to do it */
            assigneeId: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /**
             * Format: uuid
             * @description The record whose stream holds the task (complete and move it there)
             */
            customerId: string;
            /** Format: date-time */
            dueAt: string;
            /**
             * Format: uuid
             * @description The record `customerId` is merged into, while it is: the task lists under it
             */
            mergedInto: string | null;
            /** Format: date-time */
            scheduledAt: string;
            /** @enum {string} */
            status: "open" | "overdue" | "done";
            /** @description Unique within its customer: the task is /customers/{customerId}/tasks/{taskId} */
            taskId: string;
            /** @description null once the customer’s personal data is erased */
            title: string | null;
        };
        TaskPageDto: {
            items: components["schemas"]["TaskDto"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        TaskRescheduledDto: {
            /**
             * @description Defaults per touch type (a call: phone, a note: internal...)
             * @enum {string}
             */
            channel?: "phone" | "email" | "sms" | "post" | "web" | "store" | "meeting" | "internal" | "social" | "other";
            /** @description The new due time, ISO 8601; may lie in the past */
            dueAt: string;
            /** @description Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead */
            occurredAt?: string;
            taskId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "task-rescheduled";
        };
        TaskScheduledDto: {
            /** @description The staff member (id) who will do it */
            assigneeId?: Record<string, never> | null;
            /**
             * @description Defaults per touch type (a call: phone, a note: internal...)
             * @enum {string}
             */
            channel?: "phone" | "email" | "sms" | "post" | "web" | "store" | "meeting" | "internal" | "social" | "other";
            /** @description ISO 8601; may lie in the past */
            dueAt: string;
            /** @description Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead */
            occurredAt?: string;
            /** @description Your reference; defaults to the eventId of the answer */
            taskId?: string;
            title: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "task-scheduled";
        };
        TimelineActorDto: {
            /** @example 0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69 */
            id: string;
            /** @example operator */
            role: string | null;
        };
        TimelineAmountDto: {
            /**
             * @description Minor units (cents)
             * @example 12000
             */
            amount: number;
            /** @example EUR */
            currency: string;
        };
        TimelineItemDto: {
            actor: components["schemas"]["TimelineActorDto"] | null;
            /**
             * @description A touch voided or corrected since it was recorded (summary, amount and time are then the corrected ones); null otherwise
             * @enum {string|null}
             */
            amendment: "voided" | "corrected" | null;
            amount: components["schemas"]["TimelineAmountDto"] | null;
            /** @example call */
            category: string;
            /** @example phone */
            channel: string | null;
            /**
             * Format: uuid
             * @description The entry's customer: with include=contacts, the organization or one of its people
             */
            customerId: string;
            /** Format: uuid */
            eventId: string;
            /**
             * @description What the summary is made of (never personal data), to word it in another language: a touch's own fields, the names of the fields a change touched (`fields`), a deal's stages
             * @example {
             *       "direction": "inbound",
             *       "durationSeconds": 95,
             *       "outcome": "reached"
             *     }
             */
            facts: {
                [key: string]: (number | string | string[]) | null;
            };
            /** Format: date-time */
            occurredAt: string;
            /** Format: date-time */
            recordedAt: string;
            /** @example Inbound call, 95 s, reached */
            summary: string;
            /** @example CallLogged */
            type: string;
        };
        TimelinePageDto: {
            /**
             * @description The log position of the customer's latest timeline entry when the page was read (whatever the filters); null when it has none
             * @example 1234-1234
             */
            head: string | null;
            items: components["schemas"]["TimelineItemDto"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        TimingReportDto: {
            /** @description Totals per hour */
            byHour: components["schemas"]["HourFiguresDto"][];
            byMonth: components["schemas"]["MonthFiguresDto"][];
            /** @description Totals per weekday */
            byWeekday: components["schemas"]["WeekdayFiguresDto"][];
            /** @description Only buckets with sales or wins, in order */
            byWeekdayHour: components["schemas"]["WeekdayHourFiguresDto"][];
            /** @example Europe/Madrid */
            timeZone: string;
        };
        TouchCountsDto: {
            /**
             * @description Touches per event type
             * @example {
             *       "CallLogged": 4,
             *       "PurchaseMade": 3
             *     }
             */
            byType: {
                [key: string]: number;
            };
            /** @example 7 */
            total: number;
        };
        TouchRecordedDto: {
            /** @description Also the id of a complaint or task whose id was not given */
            eventId: string;
            position: string;
            revision: number;
        };
        UpdateOpportunityDto: {
            expectedAmount?: components["schemas"]["MoneyDto"];
            /**
             * Format: date
             * @description YYYY-MM-DD; null: no expected date
             * @example 2026-06-30
             */
            expectedCloseDate?: string | null;
            /** @example Fleet renewal */
            interest?: string;
            /** @description ISO 8601 with an offset; defaults to now */
            occurredAt?: string;
            /** @description Hand the deal to another staff member: its forecast and its outcome go with it */
            ownerId?: string;
            /**
             * @description null: about no product
             * @example Roof kit
             */
            product?: string | null;
        };
        UserDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            disabledAt: string | null;
            /** @example maria@example.com */
            email: string;
            /** @description false until a password is set */
            hasPassword: boolean;
            /**
             * @example en
             * @enum {string}
             */
            locale: "en" | "es" | "ca";
            /** @example Maria Puig */
            name: string;
            /**
             * @example operator
             * @enum {string}
             */
            role: "operator" | "analyst" | "compliance" | "admin";
            /** @example 0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69 */
            staffId: string;
        };
        UtmDto: {
            campaign?: Record<string, never>;
            content?: Record<string, never>;
            medium?: Record<string, never>;
            source?: Record<string, never>;
            term?: Record<string, never>;
        };
        VerifyProblemDto: {
            /** @description What was expected and found: hashes, revisions; never event data */
            detail: string;
            /** @description An access-log entry: its id */
            entryId?: string;
            eventId?: string;
            /** @enum {string} */
            log: "events" | "access";
            /** @description An event: its log position */
            position?: string;
            /** @enum {string} */
            reason: "hash-mismatch" | "broken-link" | "revision-gap" | "changed-since-sealed" | "missing-since-sealed" | "inserted-into-sealed" | "seal-signature" | "seal-missing" | "seal-entries";
            revision?: string;
            /** @description The seal concerned, for the reasons that come from seals */
            seal?: string;
            streamName?: string;
            type?: string;
        };
        VerifyReportDto: {
            /** @example 310 */
            accessEntries: number;
            /** @example 1204 */
            events: number;
            /** @description The id of the public key the seals were checked with */
            keyId: string;
            /** @description Every problem found */
            problemCount: number;
            /** @description The first 100 problems, in log order within each log */
            problems: components["schemas"]["VerifyProblemDto"][];
            sealed: components["schemas"]["SealedCoverageDto"];
            /** @enum {string} */
            status: "intact" | "tampered";
            /** @example 87 */
            streams: number;
            /**
             * @description The report in one sentence
             * @example intact: 1204 events in 87 streams and 310 access entries, every one sealed
             */
            summary: string;
        };
        VisitDto: {
            attendees: string[];
            /**
             * @description Defaults per touch type (a call: phone, a note: internal...)
             * @enum {string}
             */
            channel?: "phone" | "email" | "sms" | "post" | "web" | "store" | "meeting" | "internal" | "social" | "other";
            /** @description Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead */
            occurredAt?: string;
            /** @example Barcelona store */
            place: string;
            purpose: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "visit";
        };
        VoidTouchDto: {
            /** @description Why the touch is voided; kept with the personal data */
            reason: string;
        };
        WebhookCreatedDto: {
            /**
             * @example [
             *       "PurchaseMade",
             *       "CustomerRegistered"
             *     ]
             */
            eventTypes: string[];
            /** Format: uuid */
            id: string;
            /**
             * @description Verifies X-CRM-Signature; shown in this answer only
             * @example 5f2b…
             */
            secret: string;
            /** @example https://hooks.example.com/crm */
            url: string;
        };
        WebhookDeliveriesDto: {
            deliveries: components["schemas"]["WebhookDeliveryDto"][];
            /** Format: uuid */
            subscriptionId: string;
        };
        WebhookDeliveryDto: {
            /** @example 1 */
            attempts: number;
            /** Format: uuid */
            eventId: string;
            /** @example PurchaseMade */
            eventType: string;
            lastError: string | null;
            /**
             * @description The subscriber's last HTTP status
             * @example 200
             */
            lastStatusCode: number | null;
            /**
             * @description parked: given up after the last retry
             * @enum {string}
             */
            status: "pending" | "delivered" | "parked";
            /** Format: date-time */
            updatedAt: string;
        };
        WebhookDto: {
            /** Format: date-time */
            createdAt: string;
            /**
             * @example [
             *       "LeadCaptured"
             *     ]
             */
            eventTypes: string[];
            /** Format: uuid */
            id: string;
            /** @example https://hooks.example.com/crm */
            url: string;
        };
        WebhookListDto: {
            /**
             * @description The event types a subscription may name
             * @example [
             *       "LeadCaptured",
             *       "FollowUpOverdue"
             *     ]
             */
            eventTypes: string[];
            webhooks: components["schemas"]["WebhookDto"][];
        };
        WebLeadDto: {
            /**
             * @description ISO 3166-1 alpha-2; kept as the new customer’s `country` attribute, which assignment rules can route by
             * @example ES
             */
            country?: string;
            /**
             * @description Identifies the customer: a new email registers a new customer
             * @example ada@example.com
             */
            email: string;
            /**
             * @description Which form on the site
             * @example contact-us
             */
            form: string;
            /** @example Fleet renewal */
            interest?: string;
            /** @example Ada Lovelace */
            name: string;
            /** @example +34 600 000 000 */
            phone?: string;
            /**
             * @description Where the visitor came from; defaults to web-form
             * @example google-ads
             */
            source?: string;
            utm?: components["schemas"]["UtmDto"];
            /** @description Leave absent or empty: the form hides it from people, and a filled one marks the submission as a bot’s */
            website?: Record<string, never>;
        };
        WeekdayFiguresDto: {
            /** @description Purchases before anything was taken back: one sum per currency */
            grossSales: components["schemas"]["ReportMoneyDto"][];
            /** @example 3 */
            purchases: number;
            /** @description Cancellations and returns, positive: one sum per currency */
            returns: components["schemas"]["ReportMoneyDto"][];
            /** @description grossSales − returns: one sum per currency */
            revenue: components["schemas"]["ReportMoneyDto"][];
            /**
             * @description ISO weekday: 1 = Monday
             * @example 2
             */
            weekday: number;
            /** @description Won deals: one sum per currency */
            wonAmount: components["schemas"]["ReportMoneyDto"][];
            /** @example 1 */
            wonDeals: number;
        };
        WeekdayHourFiguresDto: {
            /** @description Purchases before anything was taken back: one sum per currency */
            grossSales: components["schemas"]["ReportMoneyDto"][];
            /** @example 10 */
            hour: number;
            /** @example 3 */
            purchases: number;
            /** @description Cancellations and returns, positive: one sum per currency */
            returns: components["schemas"]["ReportMoneyDto"][];
            /** @description grossSales − returns: one sum per currency */
            revenue: components["schemas"]["ReportMoneyDto"][];
            /**
             * @description ISO weekday: 1 = Monday
             * @example 2
             */
            weekday: number;
            /** @description Won deals: one sum per currency */
            wonAmount: components["schemas"]["ReportMoneyDto"][];
            /** @example 1 */
            wonDeals: number;
        };
        WinOpportunityDto: {
            /**
             * @description Minor units actually won
             * @example 480000
             */
            amount: number;
            /**
             * @description The business day the deal closed, when only the day is known (YYYY-MM-DD): reports keep the deal on that day in every time zone. Without occurredAt, the close is at the start of that day (UTC); a day still to come is refused
             * @example 2017-03-01
             */
            closedOn?: string;
            /** @example EUR */
            currency: string;
            /** @description ISO 8601 with an offset; defaults to now */
            occurredAt?: string;
        };
        WonRowDto: {
            /** @description Won */
            amount: components["schemas"]["ReportMoneyDto"];
            count: number;
            /** @example EUR */
            currency: string;
            /**
             * @description With by=month: month of expected close (won: of winning, UTC); null: no date
             * @example 2026-03
             */
            month?: string | null;
            /**
             * Format: uuid
             * @description With by=owner
             */
            ownerId?: string;
            /**
             * @description With by=stage ("won" for what was won)
             * @example proposal
             */
            stage?: string;
        };
        WriteAnswerDto: {
            /** @description Empty when the request changed nothing */
            events: components["schemas"]["AppendedEventDto"][];
            /** @description The record written */
            id: string;
            /** @description The stream revision after the write; send it back as If-Match */
            revision: number | null;
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
    AnalyticsController_campaigns: {
        parameters: {
            query?: {
                /** @description Recorded time: the report exactly as it stood then, from the facts, voids and corrections the CRM had recorded by then (docs/time-travel.md) */
                asOf?: string;
                /** @description json (the report), csv or ndjson (its rows, amounts in decimals); or send Accept */
                format?: "json" | "ndjson" | "csv";
                /** @description Start of the period, inclusive */
                from?: string;
                /** @description End of the period, exclusive */
                to?: string;
                /** @description Days after a promotion in which a purchase is attributed to it */
                windowDays?: number;
            };
            header: {
                accept: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, or (format=csv|ndjson, or Accept) its rows with amounts in decimals, a column per currency */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignsReportDto"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AnalyticsController_customers: {
        parameters: {
            query?: {
                /** @description Recorded time: the report exactly as it stood then, from the facts, voids and corrections the CRM had recorded by then (docs/time-travel.md) */
                asOf?: string;
                /** @description Only this ISO 4217 currency */
                currency?: string;
                /** @description json (the report), csv or ndjson (its rows, amounts in decimals); or send Accept */
                format?: "json" | "ndjson" | "csv";
                /** @description Start of the period, inclusive */
                from?: string;
                limit?: number;
                /** @description purchases: the buyers, ranked by `sort`; won-deals: the customers with a deal won in the period, ranked by its value */
                measure?: "purchases" | "won-deals";
                /** @description Reference date for recency; default the day after the last purchase in the period */
                recencyAt?: string;
                sort?: "revenue" | "margin";
                /** @description End of the period, exclusive */
                to?: string;
            };
            header: {
                accept: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, or (format=csv|ndjson, or Accept) its rows with amounts in decimals, a column per currency */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerValuesReportDto"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AnalyticsController_deals: {
        parameters: {
            query: {
                /** @description Recorded time: the report exactly as it stood then, from the facts, voids and corrections the CRM had recorded by then (docs/time-travel.md) */
                asOf?: string;
                /** @description What deals are grouped by: the deal's owner, the owner's manager or region, the deal's product, the organization of its customer, or an attribute its customer has now (`attribute:sector`). With `currency`, only deals in it (won: the won amount's; otherwise the expected amount's) */
                by: string;
                /** @description Only this ISO 4217 currency */
                currency?: string;
                /** @description json (the report), csv or ndjson (its rows, amounts in decimals); or send Accept */
                format?: "json" | "ndjson" | "csv";
                /** @description Start of the period, inclusive */
                from?: string;
                /** @description Only customers who are members of this segment now */
                segment?: string;
                /** @description End of the period, exclusive */
                to?: string;
            };
            header: {
                accept: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, or (format=csv|ndjson, or Accept) its rows with amounts in decimals, a column per currency */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealsReportDto"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ForecastController_overview: {
        parameters: {
            query?: {
                /** @description Forecast as of this day: the history counted ends there (default now); the fit stays the one in force */
                asOf?: string;
                /** @description A returning customer is at risk when its P(alive) is below this */
                atRiskBelow?: number;
                /** @description Expected purchases over the next this many days */
                days?: number;
                /** @description Yearly discount rate of future spend in the CLV */
                discountRate?: number;
                /** @description json (the report), csv or ndjson (its rows, amounts in decimals); or send Accept */
                format?: "json" | "ndjson" | "csv";
                /** @description Customer lifetime value over the next this many days */
                horizonDays?: number;
                /** @description How many customers in the top-CLV and at-risk lists */
                limit?: number;
            };
            header: {
                accept: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, or (format=csv|ndjson, or Accept) its rows with amounts in decimals, a column per currency */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForecastOverviewDto"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No forecast fit yet (POST /forecast/fits) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AnalyticsController_revenue: {
        parameters: {
            query: {
                /** @description Recorded time: the report exactly as it stood then, from the facts, voids and corrections the CRM had recorded by then (docs/time-travel.md) */
                asOf?: string;
                /** @description What revenue is grouped by: month, weekday or hour in `tz`; the owner (or that owner's manager or region), organization or an attribute the customer had at the time of each purchase; the SKU of each line; the segments the customer is a member of now, or its lifecycle stage now */
                by: string;
                /** @description Only this ISO 4217 currency */
                currency?: string;
                /** @description json (the report), csv or ndjson (its rows, amounts in decimals); or send Accept */
                format?: "json" | "ndjson" | "csv";
                /** @description Start of the period, inclusive */
                from?: string;
                /** @description Only customers who are members of this segment now */
                segment?: string;
                /** @description End of the period, exclusive */
                to?: string;
                /** @description IANA time zone the weekdays, hours and months are counted in */
                tz?: string;
            };
            header: {
                accept: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, or (format=csv|ndjson, or Accept) its rows with amounts in decimals, a column per currency */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevenueReportDto"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AnalyticsController_salespeople: {
        parameters: {
            query?: {
                /** @description Recorded time: the report exactly as it stood then, from the facts, voids and corrections the CRM had recorded by then (docs/time-travel.md) */
                asOf?: string;
                /** @description json (the report), csv or ndjson (its rows, amounts in decimals); or send Accept */
                format?: "json" | "ndjson" | "csv";
                /** @description Start of the period, inclusive */
                from?: string;
                /** @description End of the period, exclusive */
                to?: string;
            };
            header: {
                accept: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, or (format=csv|ndjson, or Accept) its rows with amounts in decimals, a column per currency */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalespeopleReportDto"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AnalyticsController_timing: {
        parameters: {
            query?: {
                /** @description Recorded time: the report exactly as it stood then, from the facts, voids and corrections the CRM had recorded by then (docs/time-travel.md) */
                asOf?: string;
                /** @description json (the report), csv or ndjson (its rows, amounts in decimals); or send Accept */
                format?: "json" | "ndjson" | "csv";
                /** @description Start of the period, inclusive */
                from?: string;
                /** @description End of the period, exclusive */
                to?: string;
                /** @description IANA time zone the weekdays, hours and months are counted in */
                tz?: string;
            };
            header: {
                accept: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, or (format=csv|ndjson, or Accept) its rows with amounts in decimals, a column per currency */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimingReportDto"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ApiKeysController_list: {
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
                    "application/json": components["schemas"]["ApiKeyDto"][];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ApiKeysController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ApiKeysController_revoke: {
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
                    "application/json": components["schemas"]["ApiKeyDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AssignmentRulesController_list: {
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
                    "application/json": components["schemas"]["AssignmentRulesViewDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AssignmentRulesController_define: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefineAssignmentRulesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AccessLogController_list: {
        parameters: {
            query?: {
                action?: "history" | "state" | "export" | "search";
                /** @description Actor id: a staff id or api-key:<id> */
                actor?: string;
                /** @description The `next` of the previous page: an access log entry id */
                after?: string;
                /** @description The customer whose data was read */
                customer?: string;
                /** @description json (a page), ndjson or csv (every match); or send Accept */
                format?: "json" | "ndjson" | "csv";
                /** @description ISO 8601 instant: recorded at or after */
                from?: string;
                /** @description Page size (JSON, default 100); for ndjson/csv, the most rows (default all) */
                limit?: number;
                /** @description ISO 8601 instant: recorded before */
                to?: string;
            };
            header: {
                accept: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries, or (format=ndjson|csv, or Accept) every entry that matches */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogPageDto"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuditEventsController_list: {
        parameters: {
            query?: {
                /** @description Actor id: a staff id or api-key:<id> */
                actor?: string;
                /** @description The `next` of the previous page: a log position "<commit>-<prepare>" */
                after?: string;
                /** @description Channel: phone, web, store, email, import… */
                channel?: string;
                /** @description json (a page), ndjson or csv (every match); or send Accept */
                format?: "json" | "ndjson" | "csv";
                /** @description ISO 8601 instant: recorded at or after */
                from?: string;
                /** @description Page size (JSON, default 100); for ndjson/csv, the most rows (default all) */
                limit?: number;
                /** @description Stream name, e.g. customer-<uuid> */
                stream?: string;
                /** @description ISO 8601 instant: recorded before */
                to?: string;
                /** @description Event type, e.g. CustomerErased */
                type?: string;
            };
            header: {
                accept: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events, or (format=ndjson|csv, or Accept) every event that matches */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventsPageDto"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuditVerifyController_seals: {
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
                    "application/json": components["schemas"]["AuditSealsDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuditVerifyController_verify: {
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
                    "application/json": components["schemas"]["VerifyReportDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_me: {
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
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An API key that acts for no user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_changeMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An API key that acts for no user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            /** @description Signed in; the session cookie is set */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong email or password (the same answer for an unknown email or a disabled user) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Posted by a page of another site (Origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 5 failures for the account or 20 from the address within 15 minutes; Retry-After says when to retry */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AutomationsController_list: {
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
                    "application/json": components["schemas"]["AutomationListDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AutomationsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutomationDefinitionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationWrittenDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AutomationsController_redefine: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutomationDefinitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationWrittenDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AutomationsController_pause: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
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
                    "application/json": components["schemas"]["AutomationWrittenDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AutomationsController_previewSaved: {
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
                    "application/json": components["schemas"]["AutomationPreviewDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AutomationsController_results: {
        parameters: {
            query?: {
                /** @description Days after each firing (automations) or the campaign’s start in which a response, purchase or revenue counts */
                windowDays?: number;
            };
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
                    "application/json": components["schemas"]["AutomationResultsDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AutomationsController_resume: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
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
                    "application/json": components["schemas"]["AutomationWrittenDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AutomationsController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutomationDefinitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationPreviewDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CampaignsController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
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
                    "application/json": components["schemas"]["CampaignPageDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CampaignsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignDto"];
            };
        };
        responses: {
            /** @description The campaign with its progress; follow it at GET /campaigns/{id} */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignViewDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Jobs unavailable (Redis is unreachable), or PostgreSQL is down */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CampaignsController_get: {
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
                    "application/json": components["schemas"]["CampaignViewDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CampaignsController_results: {
        parameters: {
            query?: {
                /** @description json (the report), csv or ndjson (its rows, amounts in decimals); or send Accept */
                format?: "json" | "ndjson" | "csv";
                /** @description Days after each firing (automations) or the campaign’s start in which a response, purchase or revenue counts */
                windowDays?: number;
            };
            header: {
                accept: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, or (format=csv|ndjson, or Accept) its rows with amounts in decimals, a column per currency: one row per measure */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResultsDto"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DirectoryController_search: {
        parameters: {
            query?: {
                /** @description Only customers whose postal address is in this country (ISO 3166-1 alpha-2) */
                country?: string;
                /** @description The `next` of the previous page */
                cursor?: string;
                /** @description Only customers known by this id in a source system (the import keeps the source's id: Online Retail's CustomerID, Maven's account) */
                externalId?: string;
                /** @description Only these customers, comma-separated or repeated (at most 200): the names of records another answer lists by id */
                id?: string[];
                limit?: number;
                /** @description Only the people of this organization */
                organization?: string;
                /** @description Only this staff member's customers */
                owner?: string;
                /** @description Any part of a name, email or phone number */
                q?: string;
                /** @description Only current members of this segment */
                segment?: string;
                /** @description Lifecycle stage */
                stage?: "lead" | "prospect" | "customer" | "lost";
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
                    "application/json": components["schemas"]["DirectoryPageDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomersController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterCustomerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedRecordDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description organizationId names no organization (the answer names the field) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomersController_get: {
        parameters: {
            query?: {
                /** @description Why this person’s data is read (or send X-Access-Reason); recorded in the access log */
                reason?: string;
            };
            header?: {
                /** @description Why this person’s data is read (or ?reason=); recorded in the access log */
                "X-Access-Reason"?: string;
            };
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
                    "application/json": components["schemas"]["CustomerStateDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomersController_change: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeCustomerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomersController_consent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganizationContactsController_contacts: {
        parameters: {
            query?: {
                /** @description The `next` of the previous page */
                cursor?: string;
                limit?: number;
            };
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
                    "application/json": components["schemas"]["DirectoryPageDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ErasureController_erase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
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
                    "application/json": components["schemas"]["ErasureAnswerDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomerExportController_export: {
        parameters: {
            query?: {
                /** @description Why this person’s data is read (or send X-Access-Reason); recorded in the access log */
                reason?: string;
            };
            header?: {
                /** @description Why the data is exported (or ?reason=); one of the two is required */
                "X-Access-Reason"?: string;
            };
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
                    "application/json": components["schemas"]["CustomerExportDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ForecastController_ofCustomer: {
        parameters: {
            query?: {
                /** @description Forecast as of this day: the history counted ends there (default now); the fit stays the one in force */
                asOf?: string;
                /** @description Expected purchases over the next this many days */
                days?: number;
                /** @description Yearly discount rate of future spend in the CLV */
                discountRate?: number;
                /** @description Customer lifetime value over the next this many days */
                horizonDays?: number;
            };
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
                    "application/json": components["schemas"]["CustomerForecastAnswerDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such customer */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomerHistoryController_page: {
        parameters: {
            query?: {
                /** @description The `next` of the previous page: events after this revision */
                after?: string;
                limit?: number;
                /** @description Why this person’s data is read (or send X-Access-Reason); recorded in the access log */
                reason?: string;
            };
            header?: {
                /** @description Why this person’s data is read (or ?reason=); recorded in the access log */
                "X-Access-Reason"?: string;
            };
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
                    "application/json": components["schemas"]["HistoryPageDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomerLifecycleController_get: {
        parameters: {
            query?: {
                /** @description Business time (ISO 8601; a date alone is its start, UTC): how things stood then, counting every event that had happened by then, late ones included. Defaults to now. */
                validAt?: string;
            };
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
                    "application/json": components["schemas"]["CustomerLifecycleDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomerMergeController_merge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description Either record is erased, `from` is merged elsewhere or holds merged records, or this one was merged away
             *
             *     A business rule or a concurrent write (If-Match) refused it; nothing is written
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomersController_assignOwner: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignOwnerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomerSegmentsController_ofCustomer: {
        parameters: {
            query?: {
                /** @description Business time (ISO 8601; a date alone is its start, UTC): how things stood then, counting every event that had happened by then, late ones included. Defaults to now. */
                validAt?: string;
            };
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
                    "application/json": components["schemas"]["CustomerSegmentsDto"] | components["schemas"]["CustomerSegmentsAtDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomerHistoryController_state: {
        parameters: {
            query?: {
                /** @description An instant (ISO 8601); the state from the events recorded up to it. Defaults to now. */
                asOf?: string;
                /** @description Why this person’s data is read (or send X-Access-Reason); recorded in the access log */
                reason?: string;
                /** @description An instant (ISO 8601): the state from the events that had happened by then (business time), as recorded up to asOf */
                validAt?: string;
            };
            header?: {
                /** @description Why this person’s data is read (or ?reason=); recorded in the access log */
                "X-Access-Reason"?: string;
            };
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
                    "application/json": components["schemas"]["CustomerStateDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TasksController_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteTaskDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TouchRecordedDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TasksController_reschedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleTaskDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TouchRecordedDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TimelineController_page: {
        parameters: {
            query?: {
                /** @description The `next` of the previous page */
                cursor?: string;
                /** @description occurredAt at or after */
                from?: string;
                /** @description For an organization: `contacts` adds its people's entries (those linked to it now), an account timeline */
                include?: "contacts";
                limit?: number;
                /** @description occurredAt before */
                to?: string;
                /** @description Event types, comma-separated or repeated: `type=CallLogged,EmailLogged` */
                type?: ("CallLogged" | "VisitRecorded" | "EmailLogged" | "PurchaseRecorded" | "PurchaseCancelled" | "ReturnRecorded" | "ComplaintFiled" | "ComplaintResolved" | "SurveyAnswered" | "PromotionSent" | "PromotionAnswered" | "ServiceUsed" | "NoteAdded" | "TaskScheduled" | "TaskCompleted" | "TaskRescheduled" | "LeadCaptured" | "CustomerRegistered" | "CustomerDetailsChanged" | "CustomerAttributesChanged" | "CustomerOwnerAssigned" | "ConsentGiven" | "ConsentWithdrawn" | "CustomerErased" | "TouchVoided" | "TouchCorrected" | "CustomerMerged" | "CustomerUnmerged" | "CustomerAbsorbed" | "CustomerRestored" | "OpportunityOpened" | "OpportunityStageChanged" | "OpportunityUpdated" | "OpportunityWon" | "OpportunityLost")[];
            };
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
                    "application/json": components["schemas"]["TimelinePageDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TouchesController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallDto"] | components["schemas"]["VisitDto"] | components["schemas"]["EmailDto"] | components["schemas"]["PurchaseDto"] | components["schemas"]["PurchaseCancelledDto"] | components["schemas"]["ReturnDto"] | components["schemas"]["ComplaintDto"] | components["schemas"]["ComplaintResolvedDto"] | components["schemas"]["SurveyDto"] | components["schemas"]["PromotionSentDto"] | components["schemas"]["PromotionAnsweredDto"] | components["schemas"]["ServiceUsageDto"] | components["schemas"]["NoteDto"] | components["schemas"]["TaskScheduledDto"] | components["schemas"]["TaskCompletedDto"] | components["schemas"]["TaskRescheduledDto"] | components["schemas"]["LeadDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TouchRecordedDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TouchCorrectionsController_correct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path: {
                /** @description The eventId the touch was recorded with */
                eventId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TouchCorrectionsController_void: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path: {
                /** @description The eventId the touch was recorded with */
                eventId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoidTouchDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomerMergeController_unmerge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description `from` is not merged into this record, or the revision moved (If-Match)
             *
             *     A business rule or a concurrent write (If-Match) refused it; nothing is written
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DuplicatesController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Only the pairs this customer is part of */
                customer?: string;
                limit?: number;
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
                    "application/json": components["schemas"]["DuplicatesPageDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ExportsController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Only this kind (one the role may read) */
                kind?: "analytics-table" | "projection-rebuild" | "person-data";
                limit?: number;
                status?: "queued" | "running" | "done" | "failed";
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
                    "application/json": components["schemas"]["ExportPageDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The role may not use this route, or may not read the kind asked for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ExportsController_get: {
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
                    "application/json": components["schemas"]["ExportViewDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The export is of a kind this role may not read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ExportsController_download: {
        parameters: {
            query?: {
                /** @description Why this person’s data is read (or send X-Access-Reason); recorded in the access log */
                reason?: string;
            };
            header?: {
                /** @description For a person’s export: why it is read now (or ?reason=); defaults to the reason it was made for */
                "X-Access-Reason"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerExportDto"] | components["schemas"]["RebuildResultDto"];
                    "text/csv": string;
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such export, or not done yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The person was erased: their export can no longer be read */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 410,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 was erased"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ExportsController_analytics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnalyticsExportDto"];
            };
        };
        responses: {
            /** @description The export with its progress */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportViewDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Jobs unavailable (Redis is unreachable), or PostgreSQL is down */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ExportsController_person: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonExportDto"];
            };
        };
        responses: {
            /** @description The export with its progress */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportViewDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such customer */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Jobs unavailable (Redis is unreachable), or PostgreSQL is down */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ExportsController_rebuild: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RebuildDto"];
            };
        };
        responses: {
            /** @description The rebuild with its progress */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportViewDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Jobs unavailable (Redis is unreachable), or PostgreSQL is down */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FollowUpsController_list: {
        parameters: {
            query?: {
                /** @description Only this salesperson's follow-ups */
                ownerId?: string;
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
                    "application/json": components["schemas"]["FollowUpsViewDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ForecastController_fits: {
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
                    "application/json": components["schemas"]["ForecastFitListDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ForecastFitsController_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FitForecastDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForecastFitStartedDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Jobs unavailable (Redis is unreachable), or PostgreSQL is down */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    HealthController_check: {
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
                    "application/json": components["schemas"]["HealthReportDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The event log or the read store is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "down",
                     *       "eventStore": {
                     *         "ok": false,
                     *         "backend": "postgresql",
                     *         "reason": "PostgreSQL unreachable at 127.0.0.1:5432: connect ECONNREFUSED"
                     *       },
                     *       "database": {
                     *         "ok": false,
                     *         "reason": "PostgreSQL unreachable at 127.0.0.1:5432: connect ECONNREFUSED"
                     *       },
                     *       "redis": {
                     *         "ok": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["HealthReportDto"];
                };
            };
        };
    };
    LeadsController_capture: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebLeadDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadAcceptedDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A body over WEB_LEAD_BODY_LIMIT_BYTES (16 KiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "message": "Request body is too large"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many submissions from this client address (WEB_LEAD_RATE_LIMIT per WEB_LEAD_RATE_WINDOW_SECONDS) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LifecycleSummaryController_get: {
        parameters: {
            query?: {
                /** @description json (the report), csv or ndjson (its rows, amounts in decimals); or send Accept */
                format?: "json" | "ndjson" | "csv";
                /** @description Start of the period (default: 30 days before to) */
                from?: string;
                /** @description End of the period, excluded (default: now, or validAt) */
                to?: string;
                /** @description Business time (ISO 8601; a date alone is its start, UTC): how things stood then, counting every event that had happened by then, late ones included. Defaults to now. */
                validAt?: string;
            };
            header: {
                accept: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, or (format=csv|ndjson, or Accept) its rows with amounts in decimals, a column per currency */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecycleSummaryDto"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                limit?: number;
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
                    "application/json": components["schemas"]["NotificationListDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NotificationsController_read: {
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
                    "application/json": components["schemas"]["NotificationDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such notification of the caller’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PipelineController_list: {
        parameters: {
            query?: {
                /** @description Expected to close on or after this day */
                closeFrom?: string;
                /** @description Expected to close on or before this day */
                closeTo?: string;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Only this customer's deals */
                customer?: string;
                limit?: number;
                /** @description Only this salesperson's deals */
                owner?: string;
                stage?: "prospecting" | "engaging" | "qualification" | "needs-analysis" | "proposal" | "negotiation";
                status?: "open" | "won" | "lost";
                /** @description Only the deals of this manager's team: theirs and those of everyone who reports to them, down the chain */
                team?: string;
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
                    "application/json": components["schemas"]["DealPageDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpportunitiesController_open: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenOpportunityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedRecordDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such customer, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PipelineController_deal: {
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
                    "application/json": components["schemas"]["DealDetailDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such deal, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpportunitiesController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOpportunityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description The deal is closed
             *
             *     A business rule or a concurrent write (If-Match) refused it; nothing is written
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpportunitiesController_lose: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoseOpportunityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpportunitiesController_changeStage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeStageDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpportunitiesController_win: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WinOpportunityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PipelineController_board: {
        parameters: {
            query?: {
                /** @description json (the report), csv or ndjson (its rows, amounts in decimals); or send Accept */
                format?: "json" | "ndjson" | "csv";
                /** @description Only this salesperson's deals */
                owner?: string;
                /** @description Only the deals of this manager's team: theirs and those of everyone who reports to them, down the chain */
                team?: string;
            };
            header: {
                accept: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, or (format=csv|ndjson, or Accept) its rows with amounts in decimals, a column per currency */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineBoardDto"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PipelineController_conversion: {
        parameters: {
            query?: {
                /** @description json (the report), csv or ndjson (its rows, amounts in decimals); or send Accept */
                format?: "json" | "ndjson" | "csv";
                /** @description Only this salesperson's deals */
                owner?: string;
                /** @description Only the deals of this manager's team: theirs and those of everyone who reports to them, down the chain */
                team?: string;
            };
            header: {
                accept: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, or (format=csv|ndjson, or Accept) its rows with amounts in decimals, a column per currency */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineConversionDto"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PipelineController_forecast: {
        parameters: {
            query?: {
                /** @description What to group by: one or more of month, owner, stage, comma-separated (default month,owner) */
                by?: string;
                /** @description json (the report), csv or ndjson (its rows, amounts in decimals); or send Accept */
                format?: "json" | "ndjson" | "csv";
                /** @description Only this salesperson's deals */
                owner?: string;
                /** @description Only the deals of this manager's team: theirs and those of everyone who reports to them, down the chain */
                team?: string;
            };
            header: {
                accept: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, or (format=csv|ndjson, or Accept) its rows with amounts in decimals, a column per currency */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineForecastDto"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PipelineController_defineStages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefineStagesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProjectionsController_list: {
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
                    "application/json": components["schemas"]["ProjectionReportDto"][];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProjectionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A projection name */
                name: string;
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
                    "application/json": components["schemas"]["ProjectionReportDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProjectionsController_rebuild: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A projection name */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildStartedDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The projection is already being rebuilt, here or in another process */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SegmentsController_list: {
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
                    "application/json": components["schemas"]["SegmentListDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SegmentsController_define: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefineSegmentDto"];
            };
        };
        responses: {
            /** @description id is the segment; its members follow once the projection has applied the definition */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SegmentsController_get: {
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
                    "application/json": components["schemas"]["SegmentViewDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SegmentsController_members: {
        parameters: {
            query?: {
                /** @description The `next` of the previous page */
                after?: string;
                limit?: number;
                /** @description Business time (ISO 8601; a date alone is its start, UTC): how things stood then, counting every event that had happened by then, late ones included. Defaults to now. */
                validAt?: string;
            };
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
                    "application/json": components["schemas"]["SegmentMembersPageDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SegmentsController_movements: {
        parameters: {
            query?: {
                bucket?: "day" | "week" | "month";
            };
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
                    "application/json": components["schemas"]["SegmentMovementsDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SegmentsController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewSegmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentPreviewDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SignalsController_list: {
        parameters: {
            query?: {
                /** @description As of this instant or day (default now) */
                asOf?: string;
                /** @description Only this customer’s signals */
                customer?: string;
                /** @description At most this many of each type (and cross-sell rules) */
                limit?: number;
                /** @description Only customers this staff member owns */
                owner?: string;
                /** @description Only this type (default: all) */
                type?: "due-to-reorder" | "high-value-slipping" | "complaint-at-risk" | "cross-sell" | "stuck-deal";
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
                    "application/json": components["schemas"]["SignalListDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StaffController_list: {
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
                    "application/json": components["schemas"]["StaffMemberDto"][];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StaffController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterStaffDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffRegisteredDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StaffController_setTimeZone: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422. */
                "Idempotency-Key"?: string;
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetTimeZoneDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteAnswerDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such staff member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "message": "Idempotency-Key reused with a different request"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TasksController_list: {
        parameters: {
            query?: {
                /** @description `me` (the staff member the caller acts for) or a staff id */
                assignee?: string;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Only this customer's tasks, with those of the records merged into it */
                customer?: string;
                /** @description Due at or after this instant */
                dueFrom?: string;
                /** @description Due at or before this instant */
                dueTo?: string;
                limit?: number;
                /** @description overdue: open and past its due time; open: not yet due */
                status?: "open" | "overdue" | "done";
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
                    "application/json": components["schemas"]["TaskPageDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_list: {
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
                    "application/json": components["schemas"]["UserDto"][];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Registering the new staff member broke a rule */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The staff id of the user */
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
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The staff id of the user */
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
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The staff id of the user */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_signOutAll: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The staff id of the user */
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
                    "application/json": components["schemas"]["SignedOutDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_list: {
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
                    "application/json": components["schemas"]["WebhookListDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreatedDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "message": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_delete: {
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
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
                    "application/json": components["schemas"]["WebhookDeliveriesDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The eventId of the delivery */
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, pending again */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "reason": "must be a whole number from 1 to 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No API key or session, or one that is unknown, revoked or ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "message": "missing or invalid API key or session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller's role may not use this route, or a cookie write came without this site's Origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "message": "role analyst may not GET /segments"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "message": "customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule or a concurrent write (If-Match) refused it; nothing is written */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "message": "the stream has moved on",
                     *       "currentRevision": "4"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests for this key or session (Retry-After says when to retry) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "message": "too many requests for this API key or session; try again later"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Jobs unavailable (Redis is unreachable), or PostgreSQL is down */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "message": "a read model this route reads is not built yet: is the projector running?"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
