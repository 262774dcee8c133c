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
        /** Revenue, margin, purchases and complaints per customer, ranked, with RFM quintile scores */
        get: operations["AnalyticsController_customers"];
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
    "/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
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
        /** The customer’s lifecycle stage and grade now, and every transition with its cause (docs/lifecycle.md) */
        get: operations["CustomerLifecycleController_get"];
        put?: never;
        post?: never;
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
        /** A customer's current segments and past stays, with entry and exit times */
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
        /** The customer’s state folded from the events recorded up to asOf */
        get: operations["CustomerHistoryController_state"];
        put?: never;
        post?: never;
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
        /** Every touch, record change and deal move of a customer, newest first; filter by type and occurredAt; cursor paging */
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
        /** The public web form: records a lead, registering the customer when the email is new */
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
        /** Customers per stage and grade now, and the moves between stages over [from, to) */
        get: operations["LifecycleSummaryController_get"];
        put?: never;
        post?: never;
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
        get?: never;
        put?: never;
        /** Open a deal with a customer */
        post: operations["OpportunitiesController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
        /** Current members in order of entry, with the time each entered; cursor paging */
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
        AssignOwnerDto: {
            /** @description The staff member (id) who owns the relationship from now on */
            ownerId: string;
        };
        AuditSealsDto: {
            access: components["schemas"]["SealDto"][];
            events: components["schemas"]["SealDto"][];
            /** @description The id of the key that verifies the seals */
            keyId: string;
            /** @description The Ed25519 public key, PEM: enough to verify offline (crm audit verify --public-key) */
            publicKey: string;
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
            /** @enum {string} */
            stage: "prospecting" | "engaging" | "qualification" | "proposal" | "negotiation";
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
        DirectoryItemDto: {
            /**
             * @description Absent for analysts
             * @example Barcelona
             */
            city?: string | null;
            /** @example ES */
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
        ErrorResponse: {
            /** @description On 409 after If-Match: the stream's revision now */
            currentRevision?: string | null;
            /** @description On 400: each refused field and why */
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
        ExternalIdDto: {
            /** @example shop */
            system: string;
            /** @example C-10442 */
            value: string;
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
        HealthReportDto: {
            database: components["schemas"]["ComponentHealthDto"];
            eventStore: components["schemas"]["EventStoreHealthDto"];
            projector?: components["schemas"]["ProjectorHealthDto"];
            redis: components["schemas"]["ComponentHealthDto"];
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
        LeadAcceptedDto: {
            /** @description The customer the lead was recorded on (new when the email was) */
            customerId: string;
            /** @description Also the id of a complaint or task whose id was not given */
            eventId: string;
            position: string;
            revision: number;
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
        LoseOpportunityDto: {
            /** @description ISO 8601 with an offset; defaults to now */
            occurredAt?: string;
            /** @example chose a competitor */
            reason: string;
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
        OpenOpportunityDto: {
            customerId: string;
            expectedAmount: components["schemas"]["MoneyDto"];
            /** @example Fleet renewal */
            interest: string;
            /** @description ISO 8601 with an offset; defaults to now */
            occurredAt?: string;
            /** @description The staff member who owns the deal; defaults to the API key’s staff member */
            ownerId?: string;
            /**
             * @default prospecting
             * @enum {string}
             */
            stage: "prospecting" | "engaging" | "qualification" | "proposal" | "negotiation";
        };
        OwnerFollowUpsDto: {
            open: components["schemas"]["FollowUpDto"][];
            overdue: components["schemas"]["FollowUpDto"][];
            /** @description null: nobody was active to take the lead */
            ownerId: string | null;
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
        ProjectorHealthDto: {
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
             * @description Minor units (cents)
             * @example 1500
             */
            unitPrice: number;
        };
        RebuildDto: {
            /** @enum {string} */
            projection: "timeline" | "directory" | "lifecycle" | "audit" | "segments" | "analytics" | "followups" | "webhooks" | "staff";
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
        ResetPasswordDto: {
            /**
             * Format: password
             * @example correct horse battery staple
             */
            password: string;
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
            /** @example Account manager */
            title: string;
        };
        StaffRegisteredDto: {
            id: string;
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
            amount: components["schemas"]["TimelineAmountDto"] | null;
            /** @example call */
            category: string;
            /** @example phone */
            channel: string | null;
            /** Format: uuid */
            eventId: string;
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
            items: components["schemas"]["TimelineItemDto"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        TouchRecordedDto: {
            /** @description Also the id of a complaint or task whose id was not given */
            eventId: string;
            position: string;
            revision: number;
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
        WinOpportunityDto: {
            /**
             * @description Minor units actually won
             * @example 480000
             */
            amount: number;
            /** @example EUR */
            currency: string;
            /** @description ISO 8601 with an offset; defaults to now */
            occurredAt?: string;
        };
        WriteAnswerDto: {
            /** @description Empty when the request changed nothing */
            events: components["schemas"]["AppendedEventDto"][];
            id: string;
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
                /** @description Start of the period, inclusive */
                from?: string;
                /** @description End of the period, exclusive */
                to?: string;
                /** @description Days after a promotion in which a purchase is attributed to it */
                windowDays?: number;
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                /** @description Reference date for recency; default the last purchase in the period */
                asOf?: string;
                /** @description Only this ISO 4217 currency */
                currency?: string;
                /** @description Start of the period, inclusive */
                from?: string;
                limit?: number;
                sort?: "revenue" | "margin";
                /** @description End of the period, exclusive */
                to?: string;
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                /** @description Start of the period, inclusive */
                from?: string;
                /** @description End of the period, exclusive */
                to?: string;
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                /** @description Start of the period, inclusive */
                from?: string;
                /** @description End of the period, exclusive */
                to?: string;
                /** @description IANA time zone the weekdays, hours and months are counted in */
                tz?: string;
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                     *       "message": "the stream has moved on"
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                content?: never;
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
            /** @description A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready */
            503: {
                headers: {
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
            /** @description jobs unavailable: Redis is unreachable */
            503: {
                headers: {
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                /** @description The `next` of the previous page */
                cursor?: string;
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                     *       "message": "the stream has moved on"
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                     *       "message": "the stream has moved on"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                     *       "message": "the stream has moved on"
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                     *       "message": "the stream has moved on"
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                     *       "message": "the stream has moved on"
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                limit?: number;
                /** @description occurredAt before */
                to?: string;
                /** @description Event types, comma-separated or repeated: `type=CallLogged,EmailLogged` */
                type?: ("CallLogged" | "VisitRecorded" | "EmailLogged" | "PurchaseRecorded" | "PurchaseCancelled" | "ComplaintFiled" | "ComplaintResolved" | "SurveyAnswered" | "PromotionSent" | "PromotionAnswered" | "ServiceUsed" | "NoteAdded" | "TaskScheduled" | "TaskCompleted" | "LeadCaptured" | "CustomerRegistered" | "CustomerDetailsChanged" | "CustomerAttributesChanged" | "CustomerOwnerAssigned" | "ConsentGiven" | "ConsentWithdrawn" | "CustomerErased" | "OpportunityOpened" | "OpportunityStageChanged" | "OpportunityWon" | "OpportunityLost")[];
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                "application/json": components["schemas"]["CallDto"] | components["schemas"]["VisitDto"] | components["schemas"]["EmailDto"] | components["schemas"]["PurchaseDto"] | components["schemas"]["PurchaseCancelledDto"] | components["schemas"]["ComplaintDto"] | components["schemas"]["ComplaintResolvedDto"] | components["schemas"]["SurveyDto"] | components["schemas"]["PromotionSentDto"] | components["schemas"]["PromotionAnsweredDto"] | components["schemas"]["ServiceUsageDto"] | components["schemas"]["NoteDto"] | components["schemas"]["TaskScheduledDto"] | components["schemas"]["TaskCompletedDto"] | components["schemas"]["LeadDto"];
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                     *       "message": "the stream has moved on"
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
            /** @description jobs unavailable: Redis is unreachable */
            503: {
                headers: {
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
            /** @description jobs unavailable: Redis is unreachable */
            503: {
                headers: {
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
            /** @description jobs unavailable: Redis is unreachable */
            503: {
                headers: {
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                /** @description The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written. */
                "If-Match"?: string;
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadAcceptedDto"];
                };
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                     *       "message": "the stream has moved on"
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
                /** @description Start of the period (default: 30 days ago) */
                from?: string;
                /** @description End of the period, excluded (default: now) */
                to?: string;
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                     *       "message": "the stream has moved on"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                     *       "message": "the stream has moved on"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                     *       "message": "the stream has moved on"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                     *       "message": "the stream has moved on"
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
                content?: never;
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                     *       "message": "the stream has moved on"
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
                content?: never;
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                     *       "message": "the stream has moved on"
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                     *       "message": "the stream has moved on"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                     *       "message": "the stream has moved on"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                     *       "message": "the stream has moved on"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                     *       "message": "the stream has moved on"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                     *       "message": "the stream has moved on"
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
                     *       "message": "the stream has moved on"
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
                content?: never;
            };
            /** @description Bad input: each refused field and the reason; nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "message": "validation failed"
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
