// Generated from openapi.json by `npm run openapi`. Do not edit by hand.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database reachability */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/rpc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Solana JSON-RPC 2.0 of the local sandbox chain (for wallets, @solana/kit, Solana Pay) */
        post: operations["sandboxRpc"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/agent-bootstrap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An agent starts without an account: its own sandbox workspace and key, and a one-time setup token (both shown once) */
        post: operations["createAccessAgentBootstrap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/agent-bootstrap/{setup_intent_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The signed-in owner approves; a live key with the approved permissions is issued in their workspace */
        post: operations["approveAccessAgentSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/agent-bootstrap/{setup_intent_id}/manifest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach the agent’s manifest; the answer evaluates it (blockers, live blockers, next calls) */
        post: operations["submitAccessAgentManifest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/agent-bootstrap/{setup_intent_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["getAccessAgentSetupStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Requires the `execute` permission (API key) or a dashboard session. */
        post: operations["createAccessApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/billing/checkout/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retired upstream: always 410 stripe_checkout_retired
         * @deprecated
         * @description Requires the `read` permission (API key) or a dashboard session.
         */
        post: operations["createAccessStripeCheckout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/billing/entitlement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace’s own Pay API plan: self-hosted, no plan fee
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getAccessBillingEntitlement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/entitlements/{entitlement_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getAccessEntitlement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/entitlements/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Whether a customer has access now (no access is has_access: false, not an error)
         * @description Requires the `read` permission (API key) or a dashboard session.
         */
        post: operations["checkAccessEntitlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/entitlements/consume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Burn usage units atomically, once per Idempotency-Key; refusals: 404 entitlement_not_found, 409 entitlement_not_active, 409 usage_balance_insufficient
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["consumeAccessEntitlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/metered-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not offered: 404 mpp_sessions_not_supported
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Malformed request (bad JSON, invalid action) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Authenticated but not allowed (missing permission, suspended account) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Not found, or not in the caller’s workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Request body over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Validation failed */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Internal error (masked) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/metered-sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Not offered: 404 mpp_sessions_not_supported
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    session_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Malformed request (bad JSON, invalid action) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Authenticated but not allowed (missing permission, suspended account) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Not found, or not in the caller’s workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Request body over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Validation failed */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Internal error (masked) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/metered-sessions/{session_id}/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not offered: 404 mpp_sessions_not_supported
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    session_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Malformed request (bad JSON, invalid action) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Authenticated but not allowed (missing permission, suspended account) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Not found, or not in the caller’s workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Request body over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Validation failed */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Internal error (masked) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/metered-sessions/{session_id}/commits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not offered: 404 mpp_sessions_not_supported
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    session_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Malformed request (bad JSON, invalid action) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Authenticated but not allowed (missing permission, suspended account) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Not found, or not in the caller’s workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Request body over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Validation failed */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Internal error (masked) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/metered-sessions/{session_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not offered: 404 mpp_sessions_not_supported
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    session_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Malformed request (bad JSON, invalid action) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Authenticated but not allowed (missing permission, suspended account) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Not found, or not in the caller’s workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Request body over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Validation failed */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Internal error (masked) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/metered-sessions/{session_id}/settle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not offered: 404 mpp_sessions_not_supported
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    session_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Malformed request (bad JSON, invalid action) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Authenticated but not allowed (missing permission, suspended account) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Not found, or not in the caller’s workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Request body over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Validation failed */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Internal error (masked) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/native-subscriptions/{authorization_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Not offered: 404 native_subscriptions_not_supported
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getAccessNativeSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/native-subscriptions/{authorization_id}/cancel-confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not offered: 404 native_subscriptions_not_supported
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["cancelConfirmAccessNativeSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/native-subscriptions/{authorization_id}/cancel-intent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not offered: 404 native_subscriptions_not_supported
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["cancelIntentAccessNativeSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/payment-proofs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Settle an x402 session with a transaction already on chain, verified like x402/settle
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["submitAccessPaymentProof"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/payment-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A payment session: a signed hosted checkout link, or an x402 v2 payment requirement
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["createAccessPaymentSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an access product, backed by an ordinary product with its hosted checkout
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["createAccessProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/products/{product_id}/available-rails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getAccessProductRailsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/products/available-rails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getAccessProductRails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/provider-webhooks/alchemy/evm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Not offered: 404 evm_rails_not_supported */
        post: operations["alchemyEvmWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/rail-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This workspace’s setting for each rail
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["listAccessRailSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/rail-settings/{rail_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Configure a rail (payout wallet, enabled, mode); the whole setting is replaced
         * @description Requires the `admin` permission (API key) or a dashboard session.
         */
        put: operations["putAccessRailSetting"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/rails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rail catalog
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["listAccessRails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/sandbox/payment-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A sandbox session (sandbox keys only), confirmed with the proof it returns; nothing moves on chain
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["createAccessSandboxSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/sandbox/payment-sessions/{sandbox_session_id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Requires the `execute` permission (API key) or a dashboard session. */
        post: operations["confirmAccessSandboxSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/setup/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether an app/product can take payments, with the blockers in words
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getAccessSetupReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a webhook endpoint with an API key; the signing secret is shown only here
         * @description Requires the `admin` permission (API key) or a dashboard session.
         */
        post: operations["createAccessWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access/x402/settle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify and settle an x402 v2 payment: checks, simulates and sends the buyer’s transaction, then writes proof, receipt, entitlement and events in one transaction
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["settleAccessX402"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete the account: personal data is removed, sessions and API keys stop working at once */
        delete: operations["deleteAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Workspace analytics: funnel and revenue per day, per-product reports, items needing attention
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getAccountAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/delivery/bots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which chat bots this workspace has configured
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getDeliveryBots"];
        /**
         * Set or remove the Telegram and Discord bot tokens (stored encrypted, never returned)
         * @description Requires the `admin` permission (API key) or a dashboard session.
         */
        put: operations["setDeliveryBots"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/delivery/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether membership templates can deliver access: bots, targets and defaults
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getDeliveryReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/delivery/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a configured bot against its platform
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["testDeliveryProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in merchant account
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update display name, time zone, notification preferences or merchant settings
         * @description Requires the `admin` permission (API key) or a dashboard session.
         */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/v1/account/me/security": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the sign-in email or password (other sessions end on a password change) */
        patch: operations["updateAccountSecurity"];
        trace?: never;
    };
    "/v1/account/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Workspace overview: live products, members, renewals, support, receipts and takings per asset
         * @description Assets are reported apart (SOL and USDC are never summed). Figures are for the caller’s mode.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getAccountSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this dashboard session */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a still-valid token for a fresh one (the old one stops working) */
        post: operations["refreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a merchant account (free plan) and start a session */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/wallet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in (or sign up) with a signed wallet challenge */
        post: operations["walletLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/wallet/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get a single-use message for a Solana wallet to sign */
        post: operations["walletChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/docs/errors.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every error code the API answers with (the table behind /v1/docs/errors) */
        get: operations["listErrorCodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database reachability */
        get: operations["healthV1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys (never their raw values)
         * @description An API key sees only keys of its own mode (live or sandbox); a dashboard session sees all.
         *
         *     Requires the `admin` permission (API key) or a dashboard session.
         *
         *     Requires the `admin` permission (API key) or a dashboard session.
         */
        get: operations["listKeys"];
        put?: never;
        /**
         * Create an API key; the raw key is in this response only
         * @description Requires the `admin` permission (API key) or a dashboard session.
         */
        post: operations["createKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key at once and for good
         * @description Requires the `admin` permission (API key) or a dashboard session.
         */
        delete: operations["revokeKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List memberships, newest first
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["listMemberships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memberships/{membership_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A membership with its periods and history
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getMembership"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memberships/{membership_id}/delivery-diagnostics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Why delivery works or fails for this member, and what can be done
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getMembershipDeliveryDiagnostics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memberships/{membership_id}/delivery-support-ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a support ticket about this member’s delivery, or reuse the open one
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["openMembershipDeliveryTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memberships/{membership_id}/gift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend access by some days without a payment (emits membership.renewed)
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["giftMembership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memberships/{membership_id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Replace the merchant notes
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        patch: operations["updateMembershipNotes"];
        trace?: never;
    };
    "/v1/memberships/{membership_id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set the display name shown for the member
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        patch: operations["updateMembershipProfile"];
        trace?: never;
    };
    "/v1/memberships/{membership_id}/reactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A renewal link for the same buyer identity (handoff-locked checkout) and message templates
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getMembershipReactivation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memberships/{membership_id}/retry-delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the access delivery again now
         * @description 409 when the membership has expired or another delivery attempt is running.
         *
         *     Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["retryMembershipDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memberships/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find memberships by wallet, identity (e.g. @handle) or transaction signature
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["lookupMemberships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memberships/renewal-intelligence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Expiring cohorts, per-product counts and recent membership events
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getRenewalIntelligence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay/broadcast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the signature of a sent payment (or submit a signed transaction) */
        post: operations["broadcastPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify the payment on chain and confirm it
         * @description 408: not on chain yet, retry with the same payment_id. 409: the session is paid by another transaction, or the transaction paid another session. 410: the session expired. 422: bad wallet, missing identity, or the payment failed verification (code payment_failed with the failure_reason).
         */
        post: operations["confirmPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay/identity/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish the identity handshake with the wallet’s signature of the challenge */
        post: operations["completeIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay/identity/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Begin the identity handshake: a challenge for the wallet to sign */
        post: operations["startIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay/test-wallet/{payment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay a sandbox checkout session from a fresh, funded test wallet (the page’s “Pay with a test wallet”)
         * @description Sandbox sessions only: a live session answers 404. The transaction is sent, not confirmed: follow with POST /v1/pay/broadcast and /v1/pay/confirm, or let the reconciler find it.
         */
        post: operations["payWithTestWallet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay/transaction/{payment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Solana Pay transaction request: label and icon */
        get: operations["getTransactionRequest"];
        put?: never;
        /** Solana Pay transaction request: the unsigned payment transaction for a wallet to sign */
        post: operations["createTransactionRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Payments of the workspace, newest first (our addition: Hilt lists payments per product only)
         * @description Every payment of the workspace in the caller's mode, across products: filter by status, product and creation time (from inclusive, to exclusive), or find one by the payer wallet or transaction signature (q, exact). total counts the matching payments. This route is not part of Hilt's contract.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["listPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/{payment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public payment status for buyer polling */
        get: operations["getPaymentStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/{payment_id}/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One payment of the workspace with its product, receipt and explorer link (our addition)
         * @description The merchant's view of a payment: the ledger row, the receipt links and, in live mode, the transaction on a public explorer. Its membership is GET /v1/memberships/{membership_id} and its events GET /v1/webhooks/timeline?payment_id=. This route is not part of Hilt's contract.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getPaymentDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payout-wallets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The payout wallets this workspace has proven, in the current mode
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["listPayoutWallets"];
        put?: never;
        /**
         * Prove a payout wallet with the signed challenge; live products may then pay it
         * @description Per mode: an hk_sandbox_ key or X-Hilt-Mode: sandbox acts on sandbox payout wallets. Proving a wallet already proven returns it unchanged.
         *
         *     Requires the `admin` permission (API key) or a dashboard session.
         */
        post: operations["provePayoutWallet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payout-wallets/{wallet_address}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Forget a proven payout wallet (products already paying it keep it until changed)
         * @description Requires the `admin` permission (API key) or a dashboard session.
         */
        delete: operations["deletePayoutWallet"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payout-wallets/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A message for a wallet to sign, proving the workspace controls it (valid five minutes, once)
         * @description Per mode: an hk_sandbox_ key or X-Hilt-Mode: sandbox acts on sandbox payout wallets.
         *
         *     Requires the `admin` permission (API key) or a dashboard session.
         */
        post: operations["createPayoutWalletChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List products, newest first
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["listProducts"];
        put?: never;
        /**
         * Create a product (a hosted checkout offer)
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        /**
         * Archive a product: it leaves the public checkout and refuses new sessions
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        delete: operations["archiveProduct"];
        options?: never;
        head?: never;
        /**
         * Update a product (product_type and token_mint cannot change)
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        patch: operations["updateProduct"];
        trace?: never;
    };
    "/v1/products/{product_id}/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Checkout funnel (opens → connects → confirmed), revenue per day and totals for one product
         * @description Windowed figures cover the last window_days UTC days, today included; totals cover all time.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getProductAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{product_id}/handoff-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A signed, expiring checkout link that locks the buyer identity your backend knows
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["createHandoffLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{product_id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Payments of a product, newest first
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["listProductPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/p/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The buyer-safe product payload for the hosted checkout */
        get: operations["getPublicProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/p/{slug}/connect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a buyer checkout session and get its payment_id */
        post: operations["connectCheckout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/p/{slug}/resolve-handoff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read the identity a handoff token carries (tampered → 422, expired → 410) */
        post: operations["resolveHandoff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/webhook/helius": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Helius enhanced-transaction webhook: settles payments by their HILT:{nonce} memo */
        post: operations["heliusSettlementWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a signed receipt for a transaction that paid one of your wallets (idempotent on tx_sig)
         * @description The transaction is read from the chain: it must have succeeded and moved funds to a wallet one of your products uses as merchant_wallet. A second call with the same tx_sig returns the same receipt with `idempotent_replay: true`.
         *
         *     Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["issueReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipt/{receipt_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A signed receipt
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipt/{receipt_id}/invoice-metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set invoice details shown beside the receipt (not part of the signed body)
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        patch: operations["updateReceiptInvoiceMetadata"];
        trace?: never;
    };
    "/v1/receipt/{receipt_id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The receipt as a PDF, with a QR code of its verify URL */
        get: operations["getReceiptPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipt/{receipt_id}/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public proof of a receipt, with its offline verification */
        get: operations["getPublicReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipt/{receipt_id}/send-proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue an email of the public proof link and PDF link (needs SMTP_URL; else 503 email_not_configured)
         * @description Answers 202 once the email is queued: a job sends it, retrying a failing mail server (30 s, 2 min, 10 min, 30 min, 2 h). Without `email` (or with no body at all) it goes to the buyer’s email on file (invoice customer_email, else an EMAIL identity given at checkout), or answers 422 no_recipient.
         *
         *     Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["sendReceiptProof"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipt/{receipt_id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the hash and check the signature; check the transaction on chain when reachable */
        get: operations["verifyReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Receipts, newest first
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["listReceipts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipts/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every matching receipt as CSV
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["exportReceiptsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipts/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Ed25519 public keys receipts are signed with, current and retired */
        get: operations["listReceiptPublicKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/airdrop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fund an address on the local chain with SOL and/or sandbox USDC
         * @description Sandbox only: needs an hk_sandbox_ key or X-Hilt-Mode: sandbox, and answers 404 in live mode.
         *
         *     Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["sandboxAirdrop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay a sandbox session as the buyer’s wallet would; the transaction is sent, not confirmed
         * @description Sandbox only: needs an hk_sandbox_ key or X-Hilt-Mode: sandbox, and answers 404 in live mode. Scenarios: exact (default), underpay, wrong_mint, wrong_recipient, no_memo.
         *
         *     Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["sandboxPay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/wallets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new buyer wallet on the local chain, funded with SOL and sandbox USDC
         * @description Sandbox only: needs an hk_sandbox_ key or X-Hilt-Mode: sandbox, and answers 404 in live mode.
         *
         *     Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["createSandboxWallet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/buyer/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 1 for a buyer: a one-time message to sign with the wallet that paid
         * @description Valid 10 minutes and once. Sign the exact `message` bytes with the wallet’s signMessage.
         */
        post: operations["createBuyerSupportChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/buyer/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 2: open a ticket about the payment with the signed challenge; returns the ticket access token
         * @description A signature by any other wallet, or over another message, is refused with 403 payment_proof_invalid.
         */
        post: operations["openBuyerSupportTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/buyer/tickets/{ticket_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The buyer’s view of the thread (header X-Hilt-Ticket-Token) */
        get: operations["getBuyerSupportTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/buyer/tickets/{ticket_id}/message": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The buyer answers the thread (header X-Hilt-Ticket-Token; 409 when closed) */
        post: operations["postBuyerSupportMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Support tickets, newest first
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["listSupportTickets"];
        put?: never;
        /**
         * Open a support ticket, optionally about a payment, receipt, membership or transaction
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["createSupportTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/tickets/{ticket_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A ticket with its message thread
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getSupportTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set a ticket’s status or priority
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        patch: operations["updateSupportTicket"];
        trace?: never;
    };
    "/v1/support/tickets/{ticket_id}/message": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a message to a ticket (409 ticket_closed when it is closed)
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["postSupportMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/testing/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["listTestingScenarios"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/testing/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["listTestingSessions"];
        put?: never;
        /**
         * Run a scenario: signed test events with fake ids go to the workspace’s webhook endpoints
         * @description Requires the `execute` permission (API key) or a dashboard session.
         */
        post: operations["createTestingSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/testing/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getTestingSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deliveries, newest first
         * @description Both modes for a dashboard session without X-Hilt-Mode, else the caller’s mode only.
         *
         *     Requires the `admin` permission (API key) or a dashboard session.
         *
         *     Requires the `admin` permission (API key) or a dashboard session.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/deliveries/{delivery_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again (same event id and body) with a fresh retry schedule
         * @description Requires the `admin` permission (API key) or a dashboard session.
         */
        post: operations["replayWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Requires the `admin` permission (API key) or a dashboard session.
         *
         *     Requires the `admin` permission (API key) or a dashboard session.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Register a webhook endpoint; the signing secret is shown only in this answer
         * @description Requires the `admin` permission (API key) or a dashboard session.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/endpoints/{endpoint_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Disable an endpoint (it is kept, with its deliveries)
         * @description Requires the `admin` permission (API key) or a dashboard session.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Update an endpoint; rotate_signing_secret returns the new secret once
         * @description Requires the `admin` permission (API key) or a dashboard session.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/v1/webhooks/endpoints/{endpoint_id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a signed test event (fake ids, data.test = true) to the endpoint now
         * @description Requires the `admin` permission (API key) or a dashboard session.
         */
        post: operations["testWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The event log, newest first
         * @description A dashboard session without X-Hilt-Mode sees both modes’ events (each carries livemode); an API key or a session with X-Hilt-Mode sees its own mode only.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["listWebhookEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The events of one payment or membership, oldest first
         * @description A dashboard session without X-Hilt-Mode sees both modes’ events (each carries livemode); an API key or a session with X-Hilt-Mode sees its own mode only.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         *
         *     Requires the `read` permission (API key) or a dashboard session.
         */
        get: operations["getWebhookTimeline"];
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
        /** AccessApp */
        AccessApp: {
            created_at: string | null;
            default_rail: string;
            external_app_id: string | null;
            id: string;
            live_mode: boolean;
            metadata: {
                [key: string]: unknown;
            };
            name: string;
            status: string;
            updated_at: string | null;
        };
        /** AccessEntitlement */
        AccessEntitlement: {
            access_app_id: string | null;
            access_product_id: string;
            active_from: string | null;
            created_at: string | null;
            email: string | null;
            expires_at: string | null;
            external_customer_id: string | null;
            external_product_id: string | null;
            id: string;
            last_payment_id: string | null;
            livemode: boolean;
            payment_id: string | null;
            product_id: string;
            rail: components["schemas"]["AccessRail"];
            rail_id: string;
            receipt: {
                id: string;
                rail_id: string;
            } | null;
            receipt_id: string | null;
            source: string | null;
            /** @description pending, active, expired or revoked */
            status: string;
            updated_at: string | null;
            usage: {
                consumed: number;
                exhausted: boolean;
                granted: number;
                remaining: number;
                unit: string;
            } | null;
            wallet: string | null;
        };
        /** AccessPaymentProof */
        AccessPaymentProof: {
            access_product_id: string | null;
            amount_minor_units: number | null;
            created_at: string | null;
            email: string | null;
            entitlement_id: string | null;
            evidence: {
                [key: string]: unknown;
            };
            external_customer_id: string | null;
            id: string;
            livemode: boolean;
            network: string | null;
            owner_id: string;
            payment_id: string | null;
            payment_session_id: string | null;
            product_id: string | null;
            proof_fingerprint: string;
            proof_reference: string | null;
            proof_type: string;
            rail_id: string;
            receipt_id: string | null;
            settlement_asset: string | null;
            status: string;
            updated_at: string | null;
            wallet: string | null;
        };
        /** AccessPaymentSession */
        AccessPaymentSession: {
            adapter: {
                [key: string]: unknown;
            };
            amount_minor_units: number;
            asset_decimals: number;
            asset_symbol: string;
            checkout_url: string | null;
            confirmed_at: string | null;
            expires_at: string | null;
            id: string;
            livemode: boolean;
            merchant_wallet: string | null;
            payment_id: string | null;
            payment_protocol: string;
            payment_requirement: {
                [key: string]: unknown;
            } | null;
            phantom_mobile: {
                [key: string]: unknown;
            } | null;
            rail: string;
            rail_id: string;
            session_id: string | null;
            settlement_asset: string;
            settlement_network: string;
            settlement_rail_id: string;
            /** @description pending, confirmed, failed or expired */
            status: string;
        };
        /** AccessProduct */
        AccessProduct: {
            access_app_id: string | null;
            allowed_rails: string[];
            billing_interval_days: number | null;
            billing_model: string;
            cancel_at_period_end: boolean;
            created_at: string | null;
            default_rail: string;
            entitlement_duration_days: number | null;
            entitlement_duration_seconds: number | null;
            external_product_id: string | null;
            grace_period_days: number;
            id: string;
            live_mode_confirmed: boolean;
            livemode: boolean;
            metadata: {
                [key: string]: unknown;
            };
            metering: {
                units_per_payment: number;
                usage_unit: string;
            } | null;
            /** @description The backing product (hosted checkout, price, payout wallet) */
            product_id: string;
            rail_id: string;
            renewal_mode: string;
            status: string;
            updated_at: string | null;
        };
        /** AccessRail */
        AccessRail: {
            asset_decimals: number;
            capability_kind: string;
            confirmation_source: string;
            default_enabled: boolean;
            disabled_reason: string | null;
            display_name: string;
            docs_url: string | null;
            id: string;
            live_capable: boolean;
            network: string;
            payment_channel_program: string | null;
            payment_protocol: string | null;
            production_enabled: boolean;
            rail_id: string;
            sandbox_enabled: boolean;
            settlement_asset: string;
            settlement_rail_id: string | null;
            /** @description production_available, beta_disabled or experimental_disabled */
            status: string;
            supports_direct_http_402: boolean;
            supports_hosted_session: boolean;
            supports_live: boolean;
            supports_mpp_session: boolean;
            supports_sandbox: boolean;
            token_mint: string | null;
        };
        /** AccessRailSetting */
        AccessRailSetting: {
            created_at: string | null;
            enabled: boolean;
            fee_collection: {
                allowance_expires_at: string | null;
                allowance_limit_minor_units: number | null;
                allowance_spent_minor_units: number;
                allowance_token_contract: string | null;
                allowance_tx_hash: string | null;
                fee_collector_address: string | null;
                metadata: {
                    [key: string]: unknown;
                };
                mode: string | null;
                status: string | null;
            };
            id: string | null;
            label: string | null;
            metadata: {
                [key: string]: unknown;
            };
            mode: string;
            payout_address: string | null;
            pending_review_age_seconds: number | null;
            rail: components["schemas"]["AccessRail"];
            rail_id: string;
            status: string;
            updated_at: string | null;
            verification_status: string;
        };
        /** AccountSummaryResponse */
        AccountSummary: {
            active_templates: number;
            confirmed_payments_today: number;
            open_support_threads: number;
            overall_assets: components["schemas"]["AssetSummary"][];
            paying_members: number;
            receipts_issued: number;
            renewals_due: number;
            today_assets: components["schemas"]["AssetSummary"][];
            total_confirmed_payments: number;
        };
        /** AssetSummary */
        AssetSummary: {
            asset_decimals: number;
            asset_symbol: string;
            confirmed_payments: number;
            fee_minor_units: number;
            gross_minor_units: number;
            net_minor_units: number;
            token_mint: string | null;
        };
        /** ErrorResponse */
        ErrorResponse: {
            /** @description Stable snake_case error code, listed in the error reference (/v1/docs/errors) */
            code: string;
            /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
            detail: string | {
                loc: (string | number)[];
                msg: string;
                type: string;
            }[];
            /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
            docs_url: string;
            /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
            request_id: string;
        };
        /**
         * EventEnvelope
         * @description The body of a webhook delivery
         */
        EventEnvelope: {
            api_version: string;
            /** Format: date-time */
            created_at: string;
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            livemode: boolean;
            type: string;
        };
        /** CheckoutHandoffResponse */
        Handoff: {
            checkout_url: string;
            /** Format: date-time */
            expires_at: string;
            handoff_token: string;
            identity_display: string | null;
            identity_type: string | null;
            identity_value: string;
            /** Format: uuid */
            product_id: string;
            return_url: string | null;
            slug: string;
        };
        /** KeySummary */
        KeySummary: {
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            /** @description The first characters of the key, to recognise it */
            key_prefix: string;
            last_used_at: string | null;
            name: string;
            permissions: string[];
            recent_activity: {
                /** Format: date-time */
                created_at: string;
                credits_burned: number;
                duration_ms: number;
                endpoint: string;
                error_message: string | null;
                http_method: string;
                status_code: number;
            }[];
            revoked_at: string | null;
            sandbox_mode: boolean;
            usage_summary: {
                /** @description Always 0: this server does not meter credits */
                credits_burned: number;
                error_calls: number;
                latest_activity_at: string | null;
                latest_endpoint: string | null;
                success_calls: number;
                total_calls: number;
            };
        };
        /** LedgerPayment */
        LedgerPayment: {
            amount_minor_units: number;
            asset_decimals: number;
            asset_symbol: string;
            confirmed_at: string | null;
            /** Format: date-time */
            created_at: string;
            customer_reference_display: string | null;
            customer_reference_type: string | null;
            customer_reference_value: string | null;
            deep_link_expires_at: string | null;
            delivery_attempted_at: string | null;
            delivery_error: string | null;
            delivery_sent_at: string | null;
            delivery_status: string | null;
            excess_minor_units: number | null;
            /** Format: date-time */
            expires_at: string;
            failed_at: string | null;
            failure_reason: string | null;
            fee_lamports: number;
            /** Format: uuid */
            id: string;
            livemode: boolean;
            membership_id: string | null;
            merchant_amount_lamports: number;
            partial_payments: {
                payer_wallet: string | null;
                /** @description underpaid, wrong_mint or wrong_recipient */
                reason: string;
                /** @description What the merchant wallet received of the product asset */
                received_minor_units: number;
                /** Format: date-time */
                recorded_at: string;
                refund_required: boolean;
                tx_signature: string;
            }[];
            payer_wallet: string | null;
            /** Format: uuid */
            product_id: string;
            product_title: string;
            receipt_id: string | null;
            received_minor_units: number | null;
            refund_required: boolean;
            status: string;
            token_mint: string | null;
            tx_signature: string | null;
        };
        /** MembershipResponse */
        Membership: {
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            current_period_end_at: string;
            /** Format: date-time */
            current_period_start_at: string;
            customer_identity_type: string;
            customer_identity_value: string;
            delivery_last_error: string | null;
            /** @description PENDING, SENT, FAILED, NOT_REQUIRED or REVOKED */
            delivery_status: string;
            grace_ends_at: string | null;
            /** Format: uuid */
            id: string;
            last_reminder_sent_at: string | null;
            latest_payment_id: string | null;
            latest_tx_signature: string | null;
            livemode: boolean;
            metadata_json: {
                [key: string]: unknown;
            };
            notes: string;
            /** Format: uuid */
            owner_id: string;
            payer_wallet: string | null;
            /** @description TELEGRAM, DISCORD or CUSTOM */
            platform: string;
            platform_display: string;
            platform_user_id: string | null;
            /** Format: uuid */
            product_id: string;
            product_title: string;
            renewal_count: number;
            /** @description ACTIVE, GRACE_PERIOD, EXPIRED or DELIVERY_FAILED */
            status: string;
            /** Format: date-time */
            updated_at: string;
        };
        /**
         * MembershipConfig
         * @description Membership settings. Any field may be null or left out and takes its default; on update the object replaces the stored one as a whole.
         */
        MembershipConfig: {
            /** @description null or absent: none (the default) */
            access_mode?: ("INVITE_LINK" | "ROLE" | "REDIRECT" | "NONE") | null;
            /** @description null or absent: false (the default) */
            allow_multiple_active?: boolean | null;
            /** @description null or absent: 30 (the default) */
            billing_interval_days?: number | null;
            /** @description null or absent: true (the default) */
            enabled?: boolean | null;
            /** @description null or absent: 3 (the default) */
            grace_period_days?: number | null;
            /** @description null or absent: none (the default) */
            identity_label?: string | null;
            /** @description null or absent: false (the default) */
            identity_required?: boolean | null;
            /** @description null or absent: none (the paying wallet identifies the buyer) (the default) */
            identity_type?: ("TELEGRAM_USER_ID" | "DISCORD_USER_ID" | "WALLET" | "EMAIL" | "CUSTOM") | null;
            /** @description null or absent: taken from delivery_type (the default) */
            platform?: ("TELEGRAM" | "DISCORD" | "CUSTOM") | null;
            /** @description null or absent: none (the default) */
            platform_target_id?: string | null;
            /** @description null or absent: none (the default) */
            platform_target_label?: string | null;
            /** @description null or absent: MANUAL (the default) */
            renewal_mode?: ("MANUAL" | "ONE_OFF" | "AUTOMATIC") | null;
            /** @description null or absent: [] (no reminders) (the default) */
            renewal_reminder_offsets_days?: number[] | null;
            /** @description null or absent: {} (the default) */
            settings_json?: {
                [key: string]: unknown;
            } | null;
        };
        /** MembershipDetailResponse */
        MembershipDetail: {
            /** @description Automatic renewals are not offered by this server */
            auto_renew: null;
            events: components["schemas"]["MembershipEvent"][];
            membership: components["schemas"]["Membership"];
            periods: components["schemas"]["MembershipPeriod"][];
        };
        /** MembershipEvent */
        MembershipEvent: {
            actor_id: string | null;
            /** @description buyer, merchant, api_key or system */
            actor_type: string;
            /** Format: date-time */
            created_at: string;
            /** @description activated, renewed, gifted, entered_grace, expired, delivery_sent, delivery_failed, delivery_needs_review, access_revoked, notes_updated, profile_updated, reminder_sent */
            event_type: string;
            id: number;
            /** Format: uuid */
            membership_id: string;
            payload_json: {
                [key: string]: unknown;
            };
            payment_id: string | null;
        };
        /** MembershipPeriod */
        MembershipPeriod: {
            /** Format: date-time */
            activated_at: string;
            /** @description Amount paid in the asset’s minor unit (0 for a gift) */
            amount_lamports: number;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            membership_id: string;
            payment_id: string | null;
            /** Format: date-time */
            period_end_at: string;
            /** Format: date-time */
            period_start_at: string;
            revoked_at: string | null;
            /** @description PAID, GIFTED or REVOKED */
            status: string;
            token_mint: string | null;
            tx_signature: string | null;
        };
        /** PaymentResponse */
        Payment: {
            amount_minor_units: number;
            asset_symbol: string;
            confirmed_at: string | null;
            /** Format: date-time */
            created_at: string;
            customer_reference_display: string | null;
            customer_reference_type: string | null;
            customer_reference_value: string | null;
            deep_link_expires_at: string | null;
            delivery_attempted_at: string | null;
            delivery_error: string | null;
            delivery_sent_at: string | null;
            delivery_status: string | null;
            excess_minor_units: number | null;
            /** Format: date-time */
            expires_at: string;
            failed_at: string | null;
            failure_reason: string | null;
            fee_lamports: number;
            /** Format: uuid */
            id: string;
            livemode: boolean;
            membership_id: string | null;
            merchant_amount_lamports: number;
            partial_payments: {
                payer_wallet: string | null;
                /** @description underpaid, wrong_mint or wrong_recipient */
                reason: string;
                /** @description What the merchant wallet received of the product asset */
                received_minor_units: number;
                /** Format: date-time */
                recorded_at: string;
                refund_required: boolean;
                tx_signature: string;
            }[];
            payer_wallet: string | null;
            /** Format: uuid */
            product_id: string;
            received_minor_units: number | null;
            refund_required: boolean;
            status: string;
            token_mint: string | null;
            tx_signature: string | null;
        };
        /** PayoutWallet */
        PayoutWallet: {
            livemode: boolean;
            /** Format: date-time */
            verified_at: string;
            wallet_address: string;
        };
        /** ProductResponse */
        Product: {
            amount_minor_units: number;
            asset_decimals: number;
            asset_symbol: string;
            atomic_fee_cap_usd: number | null;
            atomic_fee_flat_usd_cents: number;
            /** @description Platform fee taken in the same transaction, percent */
            atomic_fee_pct: number;
            checkout_config: {
                [key: string]: unknown;
            };
            checkout_url: string;
            /** Format: date-time */
            created_at: string;
            delivery_type: string;
            delivery_value: string | null;
            description: string | null;
            /** @description Same as amount_minor_units */
            fixed_amount_lamports: number;
            /** Format: uuid */
            id: string;
            image_url: string | null;
            livemode: boolean;
            max_payments: number | null;
            membership_billing_interval_days: number | null;
            membership_config: {
                [key: string]: unknown;
            } | null;
            membership_effective_renewal_mode: string | null;
            membership_enabled: boolean;
            membership_identity_label: string | null;
            membership_identity_required: boolean;
            membership_identity_type: string | null;
            membership_platform: string | null;
            membership_renewal_mode: string | null;
            membership_renewal_note: string | null;
            merchant_wallet: string;
            /** Format: uuid */
            owner_id: string;
            /** @description Confirmed payments */
            payment_count: number;
            product_type: string;
            slug: string;
            status: string;
            tip_presets_lamports: number[] | null;
            title: string;
            token_mint: string | null;
            /** @description Confirmed volume in minor units of the product’s asset */
            total_volume_lamports: number;
            /** Format: date-time */
            updated_at: string;
        };
        /** TestingSession */
        TestingSession: {
            /** Format: date-time */
            created_at: string;
            delivery_count: number;
            event_count: number;
            /** Format: uuid */
            fake_membership_id: string;
            /** Format: uuid */
            fake_payment_id: string;
            /** Format: uuid */
            fake_receipt_id: string;
            /** Format: uuid */
            fake_support_ticket_id: string;
            /** Format: uuid */
            id: string;
            livemode: boolean;
            /** Format: uuid */
            owner_id: string;
            product_id: string | null;
            request: {
                [key: string]: unknown;
            };
            scenario: string;
            status: string;
            timeline: components["schemas"]["EventEnvelope"][];
            /** Format: date-time */
            updated_at: string;
        };
        /** WebhookDelivery */
        WebhookDelivery: {
            attempt_count: number;
            /** Format: date-time */
            created_at: string;
            delivered_at: string | null;
            /** Format: uuid */
            endpoint_id: string;
            endpoint_label: string;
            /** Format: uuid */
            event_id: string;
            event_type: string;
            id: number;
            last_attempt_at: string | null;
            last_error: string | null;
            livemode: boolean;
            membership_id: string | null;
            next_attempt_at: string | null;
            /** Format: uuid */
            owner_id: string;
            payment_id: string | null;
            product_id: string | null;
            receipt_id: string | null;
            response_body: string | null;
            response_status: number | null;
            status: "pending" | "delivered" | "failed" | "dead_letter";
            support_ticket_id: string | null;
            /** @description A test event (endpoint test or testing scenario), not a real one */
            test: boolean;
            /** Format: date-time */
            updated_at: string;
            url: string;
        };
        /** WebhookEndpoint */
        WebhookEndpoint: {
            archived_at: string | null;
            consecutive_failures: number;
            /** Format: date-time */
            created_at: string;
            disabled_reason: string | null;
            /** Format: uuid */
            id: string;
            label: string;
            last_error: string | null;
            last_failure_at: string | null;
            last_success_at: string | null;
            /** @description The endpoint’s own mode (for "all", the mode it was made in) */
            livemode: boolean;
            /** @description Which events the endpoint receives (this server’s addition to Hilt’s contract): "all" (live and sandbox events, told apart by each event’s livemode), "live" or "sandbox". Default: "all" for an endpoint a dashboard session creates without X-Hilt-Mode, else the caller’s mode; an API key or a session with X-Hilt-Mode can only choose its own mode */
            mode: "all" | "live" | "sandbox";
            /** Format: uuid */
            owner_id: string;
            /** @description Empty: events of every product */
            product_ids: string[];
            signing_secret_preview: string;
            status: "active" | "paused" | "disabled";
            /** @description Empty: every event type */
            subscribed_events: string[];
            /** Format: date-time */
            updated_at: string;
            url: string;
        };
        /** WebhookEvent */
        WebhookEvent: {
            /** Format: date-time */
            created_at: string;
            deliveries: components["schemas"]["WebhookDelivery"][];
            event_type: string;
            event_version: string;
            /** Format: uuid */
            id: string;
            livemode: boolean;
            membership_id: string | null;
            payload: components["schemas"]["EventEnvelope"];
            payment_id: string | null;
            product_id: string | null;
            receipt_id: string | null;
            source_id: string | null;
            source_type: string;
            support_ticket_id: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Requests allowed in the current window */
        "X-RateLimit-Limit": string;
        /** @description Requests left in the current window */
        "X-RateLimit-Remaining": string;
        /** @description Unix time (seconds) when the window resets */
        "X-RateLimit-Reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        database: string;
                        /** @enum {string} */
                        status: "ok";
                        version: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    sandboxRpc: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A JSON-RPC request or batch */
        requestBody: {
            content: {
                "application/json": unknown;
            };
        };
        responses: {
            /** @description The JSON-RPC response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createAccessAgentBootstrap: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agent_name: string;
                    agent_platform?: string | null;
                    contact_email?: string | null;
                    external_reference?: string | null;
                    /** @default {} */
                    metadata?: {
                        [key: string]: unknown;
                    };
                    /** @description access:read, access:write, access:webhooks */
                    requested_permissions?: string[];
                    requested_use_case?: string | null;
                    /** @default 24 */
                    ttl_hours?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activation_boundaries: string[];
                        agent_can_continue_sandbox: boolean;
                        allowed_sandbox_actions: string[];
                        live_api_key: string | null;
                        live_api_key_notice: string | null;
                        live_boundaries: string[];
                        live_key_prefix: string | null;
                        manifest_evaluation: {
                            [key: string]: unknown;
                        } | null;
                        owner_action_required: boolean;
                        owner_approval_url: string | null;
                        pricing_recommendation: {
                            [key: string]: unknown;
                        } | null;
                        recommended_next_api_calls: string[];
                        sandbox_api_key: string | null;
                        sandbox_api_key_notice: string | null;
                        sandbox_key_prefix: string | null;
                        sandbox_owner_id: string | null;
                        setup_intent: {
                            agent_name: string;
                            agent_platform: string | null;
                            approved_at: string | null;
                            approved_owner_id: string | null;
                            approved_permissions: string[];
                            contact_email: string | null;
                            created_at: string | null;
                            expires_at: string | null;
                            external_reference: string | null;
                            id: string;
                            live_key_id: string | null;
                            live_key_issued_at: string | null;
                            metadata: {
                                [key: string]: unknown;
                            };
                            requested_permissions: string[];
                            requested_use_case: string | null;
                            revoked_at: string | null;
                            sandbox_key_id: string | null;
                            sandbox_owner_id: string | null;
                            setup_url: string | null;
                            /** @description sandbox_created, owner_approved, live_key_issued, expired or revoked */
                            status: string;
                            updated_at: string | null;
                        };
                        setup_intent_id: string;
                        setup_token: string | null;
                        setup_token_notice: string | null;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    approveAccessAgentSetup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                setup_intent_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approved_permissions?: string[] | null;
                    /** @default false */
                    confirm_owner_approval?: boolean;
                    /** @default true */
                    issue_live_key?: boolean;
                    live_key_name?: string | null;
                    setup_token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activation_boundaries: string[];
                        agent_can_continue_sandbox: boolean;
                        allowed_sandbox_actions: string[];
                        live_api_key: string | null;
                        live_api_key_notice: string | null;
                        live_boundaries: string[];
                        live_key_prefix: string | null;
                        manifest_evaluation: {
                            [key: string]: unknown;
                        } | null;
                        owner_action_required: boolean;
                        owner_approval_url: string | null;
                        pricing_recommendation: {
                            [key: string]: unknown;
                        } | null;
                        recommended_next_api_calls: string[];
                        sandbox_api_key: string | null;
                        sandbox_api_key_notice: string | null;
                        sandbox_key_prefix: string | null;
                        sandbox_owner_id: string | null;
                        setup_intent: {
                            agent_name: string;
                            agent_platform: string | null;
                            approved_at: string | null;
                            approved_owner_id: string | null;
                            approved_permissions: string[];
                            contact_email: string | null;
                            created_at: string | null;
                            expires_at: string | null;
                            external_reference: string | null;
                            id: string;
                            live_key_id: string | null;
                            live_key_issued_at: string | null;
                            metadata: {
                                [key: string]: unknown;
                            };
                            requested_permissions: string[];
                            requested_use_case: string | null;
                            revoked_at: string | null;
                            sandbox_key_id: string | null;
                            sandbox_owner_id: string | null;
                            setup_url: string | null;
                            /** @description sandbox_created, owner_approved, live_key_issued, expired or revoked */
                            status: string;
                            updated_at: string | null;
                        };
                        setup_intent_id: string;
                        setup_token: string | null;
                        setup_token_notice: string | null;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    submitAccessAgentManifest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                setup_intent_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    manifest: {
                        [key: string]: unknown;
                    };
                    setup_token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activation_boundaries: string[];
                        agent_can_continue_sandbox: boolean;
                        allowed_sandbox_actions: string[];
                        live_api_key: string | null;
                        live_api_key_notice: string | null;
                        live_boundaries: string[];
                        live_key_prefix: string | null;
                        manifest_evaluation: {
                            [key: string]: unknown;
                        } | null;
                        owner_action_required: boolean;
                        owner_approval_url: string | null;
                        pricing_recommendation: {
                            [key: string]: unknown;
                        } | null;
                        recommended_next_api_calls: string[];
                        sandbox_api_key: string | null;
                        sandbox_api_key_notice: string | null;
                        sandbox_key_prefix: string | null;
                        sandbox_owner_id: string | null;
                        setup_intent: {
                            agent_name: string;
                            agent_platform: string | null;
                            approved_at: string | null;
                            approved_owner_id: string | null;
                            approved_permissions: string[];
                            contact_email: string | null;
                            created_at: string | null;
                            expires_at: string | null;
                            external_reference: string | null;
                            id: string;
                            live_key_id: string | null;
                            live_key_issued_at: string | null;
                            metadata: {
                                [key: string]: unknown;
                            };
                            requested_permissions: string[];
                            requested_use_case: string | null;
                            revoked_at: string | null;
                            sandbox_key_id: string | null;
                            sandbox_owner_id: string | null;
                            setup_url: string | null;
                            /** @description sandbox_created, owner_approved, live_key_issued, expired or revoked */
                            status: string;
                            updated_at: string | null;
                        };
                        setup_intent_id: string;
                        setup_token: string | null;
                        setup_token_notice: string | null;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAccessAgentSetupStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                setup_intent_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    setup_token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activation_boundaries: string[];
                        agent_can_continue_sandbox: boolean;
                        allowed_sandbox_actions: string[];
                        live_api_key: string | null;
                        live_api_key_notice: string | null;
                        live_boundaries: string[];
                        live_key_prefix: string | null;
                        manifest_evaluation: {
                            [key: string]: unknown;
                        } | null;
                        owner_action_required: boolean;
                        owner_approval_url: string | null;
                        pricing_recommendation: {
                            [key: string]: unknown;
                        } | null;
                        recommended_next_api_calls: string[];
                        sandbox_api_key: string | null;
                        sandbox_api_key_notice: string | null;
                        sandbox_key_prefix: string | null;
                        sandbox_owner_id: string | null;
                        setup_intent: {
                            agent_name: string;
                            agent_platform: string | null;
                            approved_at: string | null;
                            approved_owner_id: string | null;
                            approved_permissions: string[];
                            contact_email: string | null;
                            created_at: string | null;
                            expires_at: string | null;
                            external_reference: string | null;
                            id: string;
                            live_key_id: string | null;
                            live_key_issued_at: string | null;
                            metadata: {
                                [key: string]: unknown;
                            };
                            requested_permissions: string[];
                            requested_use_case: string | null;
                            revoked_at: string | null;
                            sandbox_key_id: string | null;
                            sandbox_owner_id: string | null;
                            setup_url: string | null;
                            /** @description sandbox_created, owner_approved, live_key_issued, expired or revoked */
                            status: string;
                            updated_at: string | null;
                        };
                        setup_intent_id: string;
                        setup_token: string | null;
                        setup_token_notice: string | null;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createAccessApp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: 8 to 255 visible ASCII characters */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default false */
                    confirm_live_mode?: boolean;
                    /** @default solana_usdc */
                    default_rail?: string;
                    external_app_id?: string | null;
                    /** @default false */
                    live_mode?: boolean;
                    /** @default {} */
                    metadata?: {
                        [key: string]: unknown;
                    };
                    name: string;
                    rail?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        app: components["schemas"]["AccessApp"];
                        idempotent_replay: boolean;
                        rail: components["schemas"]["AccessRail"];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createAccessStripeCheckout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAccessBillingEntitlement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        billing_entitlement: {
                            plan: string;
                            source: string;
                            status: string;
                        };
                        commercial_model: string;
                        is_current: boolean;
                        message: string;
                        selection_policy: {
                            current_rule: string;
                            current_statuses: string[];
                        };
                        status: string;
                        supported_plans: string[];
                        supported_sources: string[];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAccessEntitlement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entitlement_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entitlement: components["schemas"]["AccessEntitlement"];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    checkAccessEntitlement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_reference?: string | null;
                    email?: string | null;
                    external_customer_id?: string | null;
                    external_product_id?: string | null;
                    product_id?: string | null;
                    rail?: string | null;
                    wallet?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        access_product_id: string;
                        active_from: string | null;
                        email: string | null;
                        entitlement_id: string | null;
                        expires_at: string | null;
                        external_customer_id: string | null;
                        external_product_id: string | null;
                        has_access: boolean;
                        last_payment_id: string | null;
                        livemode: boolean;
                        product_id: string;
                        rail: components["schemas"]["AccessRail"];
                        rail_id: string;
                        /** @description active, no_entitlement, payment_pending, expired, revoked or usage_exhausted */
                        reason: string;
                        receipt: {
                            id: string;
                            rail_id: string;
                        } | null;
                        receipt_id: string | null;
                        source: string;
                        status: string;
                        usage: {
                            consumed: number;
                            exhausted: boolean;
                            granted: number;
                            remaining: number;
                            unit: string;
                        } | null;
                        wallet: string | null;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    consumeAccessEntitlement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: 8 to 255 visible ASCII characters */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_reference?: string | null;
                    email?: string | null;
                    external_customer_id?: string | null;
                    external_product_id?: string | null;
                    /** @default {} */
                    metadata?: {
                        [key: string]: unknown;
                    };
                    product_id?: string | null;
                    rail?: string | null;
                    /** @default 1 */
                    units?: number;
                    wallet?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        consumed: boolean;
                        entitlement: components["schemas"]["AccessEntitlement"];
                        idempotent_replay: boolean;
                        units: number;
                        usage: {
                            consumed: number;
                            exhausted: boolean;
                            granted: number;
                            remaining: number;
                            unit: string;
                        } | null;
                        usage_event: {
                            created_at: string | null;
                            id: string;
                            units: number;
                            usage_unit: string;
                        };
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAccessNativeSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                authorization_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    cancelConfirmAccessNativeSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                authorization_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    cancelIntentAccessNativeSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                authorization_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    submitAccessPaymentProof: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: 8 to 255 visible ASCII characters */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount_minor_units?: number | null;
                    email?: string | null;
                    external_customer_id?: string | null;
                    external_product_id?: string | null;
                    /** @default true */
                    livemode?: boolean;
                    /** @default {} */
                    metadata?: {
                        [key: string]: unknown;
                    };
                    payment_session_id?: string | null;
                    product_id?: string | null;
                    /** @description {tx_signature}: the signature of a transaction already on chain */
                    proof_payload: {
                        [key: string]: unknown;
                    };
                    proof_type?: string | null;
                    /** @default solana_usdc */
                    rail?: string;
                    wallet?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entitlement: components["schemas"]["AccessEntitlement"];
                        idempotent_replay: boolean;
                        payment_proof: components["schemas"]["AccessPaymentProof"];
                        proof_submission: {
                            entitlement_activation_status: string;
                            next_step: string;
                            payment_requirement_bound: boolean;
                            payment_requirement_record: {
                                [key: string]: unknown;
                            } | null;
                            payment_session_id: string | null;
                            receipt_mapping_status: string;
                            settlement_status: string;
                            status: string;
                            verification_status: string;
                        };
                        rail: components["schemas"]["AccessRail"];
                        receipt: {
                            created: boolean;
                            id: string | null;
                            tx_sig: string;
                        };
                        settlement_evidence: {
                            confirmations: number | null;
                            created_at: string | null;
                            evidence: {
                                [key: string]: unknown;
                            };
                            finality_state: string | null;
                            id: string;
                            owner_id: string;
                            proof_id: string;
                            rail_id: string;
                            settled_at: string | null;
                            settlement_reference: string | null;
                            status: string;
                            verification_attempt_id: string | null;
                        };
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createAccessPaymentSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: 8 to 255 visible ASCII characters */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount_minor_units?: number | null;
                    email?: string | null;
                    external_customer_id?: string | null;
                    external_product_id?: string | null;
                    /** @default {} */
                    metadata?: {
                        [key: string]: unknown;
                    };
                    payment_protocol?: string | null;
                    product_id?: string | null;
                    rail?: string | null;
                    settlement_rail?: string | null;
                    settlement_rail_id?: string | null;
                    wallet?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        available_rails: {
                            available: boolean;
                            blockers: string[];
                            merchant_setting: components["schemas"]["AccessRailSetting"] | null;
                            payment_session: {
                                [key: string]: unknown;
                            };
                            payout_address: string | null;
                            payout_address_source: string | null;
                            platform_setting: {
                                [key: string]: unknown;
                            } | null;
                            rail: components["schemas"]["AccessRail"];
                            rail_id: string;
                        }[];
                        idempotent_replay: boolean;
                        payment_session: components["schemas"]["AccessPaymentSession"];
                        payment_session_options: {
                            [key: string]: unknown;
                        };
                        pending_entitlement: components["schemas"]["AccessEntitlement"];
                        rail: components["schemas"]["AccessRail"];
                        selected_rail: {
                            available: boolean;
                            blockers: string[];
                            merchant_setting: components["schemas"]["AccessRailSetting"] | null;
                            payment_session: {
                                [key: string]: unknown;
                            };
                            payout_address: string | null;
                            payout_address_source: string | null;
                            platform_setting: {
                                [key: string]: unknown;
                            } | null;
                            rail: components["schemas"]["AccessRail"];
                            rail_id: string;
                        };
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createAccessProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: 8 to 255 visible ASCII characters */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    access_app_id?: string | null;
                    allowed_rails?: string[];
                    amount_minor_units?: number | null;
                    billing_interval_days?: number | null;
                    /** @default one_off */
                    billing_model?: "one_off" | "recurring";
                    /** @default true */
                    cancel_at_period_end?: boolean;
                    /** @default solana_usdc */
                    default_rail?: string;
                    description?: string | null;
                    entitlement_duration_days?: number | null;
                    existing_product_id?: string | null;
                    external_product_id?: string | null;
                    /** @default 0 */
                    grace_period_days?: number;
                    image_url?: string | null;
                    /** @default false */
                    live_mode_confirmed?: boolean;
                    merchant_wallet?: string | null;
                    /** @default {} */
                    metadata?: {
                        [key: string]: unknown;
                    };
                    rail?: string | null;
                    renewal_mode?: string | null;
                    /** @default paused */
                    status?: "active" | "paused";
                    title?: string | null;
                    usage_unit?: string | null;
                    usage_units_per_payment?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        access_product: components["schemas"]["AccessProduct"];
                        hilt_product: {
                            amount_minor_units: number;
                            checkout_url: string;
                            id: string;
                            merchant_wallet: string;
                            slug: string;
                            status: string;
                            title: string;
                            token_mint: string | null;
                        };
                        idempotent_replay: boolean;
                        rail: components["schemas"]["AccessRail"];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAccessProductRailsById: {
        parameters: {
            query?: {
                mode?: string;
            };
            header?: never;
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowed_rails: string[];
                        available_rails: {
                            available: boolean;
                            blockers: string[];
                            merchant_setting: components["schemas"]["AccessRailSetting"] | null;
                            payment_session: {
                                [key: string]: unknown;
                            };
                            payout_address: string | null;
                            payout_address_source: string | null;
                            platform_setting: {
                                [key: string]: unknown;
                            } | null;
                            rail: components["schemas"]["AccessRail"];
                            rail_id: string;
                        }[];
                        blocked_rails: {
                            available: boolean;
                            blockers: string[];
                            merchant_setting: components["schemas"]["AccessRailSetting"] | null;
                            payment_session: {
                                [key: string]: unknown;
                            };
                            payout_address: string | null;
                            payout_address_source: string | null;
                            platform_setting: {
                                [key: string]: unknown;
                            } | null;
                            rail: components["schemas"]["AccessRail"];
                            rail_id: string;
                        }[];
                        default_rail: string;
                        mode: string;
                        payment_session_options: {
                            [key: string]: unknown;
                        };
                        product: components["schemas"]["AccessProduct"];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAccessProductRails: {
        parameters: {
            query?: {
                external_product_id?: string;
                mode?: "live" | "sandbox";
                product_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowed_rails: string[];
                        available_rails: {
                            available: boolean;
                            blockers: string[];
                            merchant_setting: components["schemas"]["AccessRailSetting"] | null;
                            payment_session: {
                                [key: string]: unknown;
                            };
                            payout_address: string | null;
                            payout_address_source: string | null;
                            platform_setting: {
                                [key: string]: unknown;
                            } | null;
                            rail: components["schemas"]["AccessRail"];
                            rail_id: string;
                        }[];
                        blocked_rails: {
                            available: boolean;
                            blockers: string[];
                            merchant_setting: components["schemas"]["AccessRailSetting"] | null;
                            payment_session: {
                                [key: string]: unknown;
                            };
                            payout_address: string | null;
                            payout_address_source: string | null;
                            platform_setting: {
                                [key: string]: unknown;
                            } | null;
                            rail: components["schemas"]["AccessRail"];
                            rail_id: string;
                        }[];
                        default_rail: string;
                        mode: string;
                        payment_session_options: {
                            [key: string]: unknown;
                        };
                        product: components["schemas"]["AccessProduct"];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    alchemyEvmWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listAccessRailSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        generated_at: string;
                        rail_settings: {
                            configured: boolean;
                            platform_setting: {
                                [key: string]: unknown;
                            } | null;
                            rail: components["schemas"]["AccessRail"];
                            rail_id: string;
                            setting: components["schemas"]["AccessRailSetting"] | null;
                        }[];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    putAccessRailSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rail_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default false */
                    enabled?: boolean;
                    fee_allowance_expires_at?: string | null;
                    fee_allowance_limit_minor_units?: number | null;
                    fee_allowance_spent_minor_units?: number | null;
                    fee_allowance_token_contract?: string | null;
                    fee_allowance_tx_hash?: string | null;
                    /** @default {} */
                    fee_collection_metadata?: {
                        [key: string]: unknown;
                    };
                    fee_collection_mode?: string | null;
                    fee_collection_status?: string | null;
                    fee_collector_address?: string | null;
                    label?: string | null;
                    /** @default {} */
                    metadata?: {
                        [key: string]: unknown;
                    };
                    /**
                     * @description live, sandbox or disabled
                     * @default live
                     */
                    mode?: string;
                    payout_address?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        idempotent_replay: boolean;
                        rail_setting: components["schemas"]["AccessRailSetting"];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listAccessRails: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caller: {
                            sandbox: boolean;
                            user_id: string;
                        };
                        default_rail: string;
                        rails: components["schemas"]["AccessRail"][];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createAccessSandboxSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: 8 to 255 visible ASCII characters */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default false */
                    confirm_sandbox_mode?: boolean;
                    email?: string | null;
                    external_customer_id?: string | null;
                    external_product_id?: string | null;
                    /** @default {} */
                    metadata?: {
                        [key: string]: unknown;
                    };
                    product_id?: string | null;
                    rail?: string | null;
                    /** @default 30 */
                    ttl_minutes?: number;
                    wallet?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        idempotent_replay: boolean;
                        livemode: boolean;
                        message: string;
                        payment_session_adapter: {
                            [key: string]: unknown;
                        } | null;
                        pending_entitlement: components["schemas"]["AccessEntitlement"];
                        proof: string;
                        rail: components["schemas"]["AccessRail"];
                        sandbox_only: boolean;
                        sandbox_session: {
                            access_app_id: string | null;
                            access_product_id: string;
                            confirmed_at: string | null;
                            created_at: string | null;
                            email: string | null;
                            entitlement_id: string | null;
                            expires_at: string | null;
                            external_customer_id: string | null;
                            failed_reason: string | null;
                            id: string;
                            livemode: boolean;
                            product_id: string;
                            /** @description Returned once, at creation */
                            proof?: string;
                            proof_reference_preview: string | null;
                            proof_type: string;
                            rail: components["schemas"]["AccessRail"];
                            rail_id: string;
                            sandbox_only: boolean;
                            status: string;
                            updated_at: string | null;
                            wallet: string | null;
                        };
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    confirmAccessSandboxSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: 8 to 255 visible ASCII characters */
                "idempotency-key"?: string;
            };
            path: {
                sandbox_session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    proof: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entitlement: components["schemas"]["AccessEntitlement"];
                        idempotent_replay: boolean;
                        livemode: boolean;
                        message: string;
                        sandbox_only: boolean;
                        sandbox_session: {
                            access_app_id: string | null;
                            access_product_id: string;
                            confirmed_at: string | null;
                            created_at: string | null;
                            email: string | null;
                            entitlement_id: string | null;
                            expires_at: string | null;
                            external_customer_id: string | null;
                            failed_reason: string | null;
                            id: string;
                            livemode: boolean;
                            product_id: string;
                            /** @description Returned once, at creation */
                            proof?: string;
                            proof_reference_preview: string | null;
                            proof_type: string;
                            rail: components["schemas"]["AccessRail"];
                            rail_id: string;
                            sandbox_only: boolean;
                            status: string;
                            updated_at: string | null;
                            wallet: string | null;
                        };
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAccessSetupReadiness: {
        parameters: {
            query?: {
                access_app_id?: string;
                external_product_id?: string;
                mode?: "live" | "sandbox";
                product_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agent_setup: {
                            [key: string]: unknown;
                        };
                        app: {
                            [key: string]: unknown;
                        };
                        /** @description What stands between this setup and taking payments, in words */
                        blockers: {
                            action?: string;
                            code: string;
                            message: string;
                        }[];
                        generated_at: string;
                        mode: string;
                        next_actions: {
                            method: string;
                            path: string;
                            purpose: string;
                        }[];
                        product: {
                            [key: string]: unknown;
                        };
                        rails: {
                            [key: string]: unknown;
                        };
                        ready: boolean;
                        webhooks: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createAccessWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: 8 to 255 visible ASCII characters */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    label: string;
                    /** @default {} */
                    metadata?: {
                        [key: string]: unknown;
                    };
                    product_ids?: string[];
                    subscribed_events?: string[];
                    url: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endpoint: components["schemas"]["WebhookEndpoint"];
                        idempotent_replay: boolean;
                        signing_secret: string;
                        supported_events: string[];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    settleAccessX402: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
                /** @description Used when the body has no payment_signature */
                "payment-signature"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    payment_session_id: string;
                    payment_signature?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entitlement: components["schemas"]["AccessEntitlement"];
                        headers: {
                            "PAYMENT-RESPONSE": string;
                        };
                        idempotent_replay: boolean;
                        payment_proof: components["schemas"]["AccessPaymentProof"];
                        payment_response: {
                            network: string;
                            success: boolean;
                            transaction: string;
                        };
                        payment_session: components["schemas"]["AccessPaymentSession"];
                        payment_session_id: string;
                        receipt: {
                            created: boolean;
                            id: string | null;
                            tx_sig: string;
                        };
                        settlement_evidence: {
                            confirmations: number | null;
                            created_at: string | null;
                            evidence: {
                                [key: string]: unknown;
                            };
                            finality_state: string | null;
                            id: string;
                            owner_id: string;
                            proof_id: string;
                            rail_id: string;
                            settled_at: string | null;
                            settlement_reference: string | null;
                            status: string;
                            verification_attempt_id: string | null;
                        };
                        /** @enum {number} */
                        x402Version: 2;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        detail: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAccountAnalytics: {
        parameters: {
            query?: {
                daily_days?: number;
                window_days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attention_items: {
                            count: number;
                            kind: string;
                            severity: string;
                            title: string;
                        }[];
                        daily_days: number;
                        expiring_memberships: {
                            /** Format: date-time */
                            current_period_end_at: string;
                            identity: string;
                            /** Format: uuid */
                            membership_id: string;
                            platform: string;
                            platform_display: string;
                            /** Format: uuid */
                            product_id: string;
                            product_title: string;
                            status: string;
                        }[];
                        funnel_daily: {
                            confirmed: number;
                            connects: number;
                            /** Format: date */
                            date: string;
                            failed: number;
                            opens: number;
                        }[];
                        /** Format: date-time */
                        generated_at: string;
                        product_reports: {
                            asset_decimals: number;
                            asset_symbol: string;
                            checkout_connects: number;
                            checkout_opens: number;
                            confirm_rate_pct: number;
                            confirmed_payments: number;
                            failed_payments: number;
                            fee_minor_units: number;
                            gross_minor_units: number;
                            net_minor_units: number;
                            /** Format: uuid */
                            product_id: string;
                            product_slug: string;
                            product_title: string;
                            status: string;
                            token_mint: string | null;
                        }[];
                        /** Format: date */
                        range_end_date: string;
                        /** Format: date */
                        range_start_date: string;
                        revenue_trend_daily: {
                            asset_decimals: number;
                            asset_symbol: string;
                            confirmed_payments: number;
                            /** Format: date */
                            date: string;
                            fee_minor_units: number;
                            gross_minor_units: number;
                            net_minor_units: number;
                            token_mint: string | null;
                        }[];
                        summary: components["schemas"]["AccountSummary"];
                        window_assets: components["schemas"]["AssetSummary"][];
                        window_days: number;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDeliveryBots: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tokens are never returned */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        discord: {
                            configured: boolean;
                            updated_at: string | null;
                        };
                        telegram: {
                            configured: boolean;
                            updated_at: string | null;
                        };
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    setDeliveryBots: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    discord_bot_token?: string | null;
                    telegram_bot_token?: string | null;
                };
            };
        };
        responses: {
            /** @description Tokens are never returned */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        discord: {
                            configured: boolean;
                            updated_at: string | null;
                        };
                        telegram: {
                            configured: boolean;
                            updated_at: string | null;
                        };
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDeliveryReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active_membership_templates: number;
                        blockers: string[];
                        /** Format: date-time */
                        checked_at: string;
                        defaults: {
                            default_redirect_url_configured: boolean;
                            default_support_url_configured: boolean;
                            payout_wallet_configured: boolean;
                        };
                        merchant_name: string;
                        /** @description ready, attention or blocked */
                        overall_status: string;
                        platforms: {
                            [key: string]: {
                                automated_templates: number;
                                bot_username: string | null;
                                checks: {
                                    detail: string;
                                    key: string;
                                    status: string;
                                }[];
                                configured: boolean;
                                reachable: boolean;
                                status: string;
                                templates: number;
                            };
                        };
                        warnings: string[];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    testDeliveryProvider: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Any letter case is accepted.
                     * @enum {string}
                     */
                    provider: "TELEGRAM" | "DISCORD";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        checked_at: string;
                        checks: {
                            detail: string;
                            key: string;
                            status: string;
                        }[];
                        provider: string;
                        /** @description ok or failed */
                        status: string;
                        summary: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auth_providers: string[];
                        claims: {
                            [key: string]: boolean;
                        };
                        /** Format: date-time */
                        created_at: string;
                        display_name: string | null;
                        email: string | null;
                        email_verified: boolean;
                        has_password: boolean;
                        key_id: string | null;
                        merchant_settings: {
                            [key: string]: unknown;
                        };
                        notification_prefs: {
                            [key: string]: unknown;
                        };
                        /** @description Whether this call acts on sandbox data */
                        sandbox: boolean;
                        status: string;
                        tier: string;
                        timezone: string;
                        /** Format: uuid */
                        user_id: string;
                        wallet_address: string | null;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `account_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "account_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description null clears it. */
                    display_name?: string | null;
                    /** @description null leaves the current value unchanged (same as omitting it). */
                    merchant_settings?: {
                        [key: string]: unknown;
                    } | null;
                    /** @description null leaves the current value unchanged (same as omitting it). */
                    notification_prefs?: {
                        [key: string]: unknown;
                    } | null;
                    /** @description IANA time zone name. null leaves the current value unchanged (same as omitting it). */
                    timezone?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        detail: string;
                        updated_fields: string[];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed: `invalid_timezone`, `invalid_branding` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "invalid_timezone" | "invalid_branding" | "unprocessable" | "validation_error" | "invalid_value" | "invalid_idempotency_key" | "idempotency_key_mismatch";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateAccountSecurity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    current_password?: string | null;
                    /** @description null leaves the current value unchanged (same as omitting it). */
                    email?: string | null;
                    /** @description null leaves the current value unchanged (same as omitting it). */
                    new_password?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        detail: string;
                        updated_fields: string[];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account): `invalid_current_password` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "invalid_current_password" | "forbidden" | "account_suspended" | "account_deleted" | "insufficient_permissions" | "session_required";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Not found, or not in the caller’s workspace: `account_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "account_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description State conflict: `email_already_registered` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "email_already_registered" | "conflict" | "idempotency_in_progress" | "idempotency_race";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed: `nothing_to_update`, `current_password_required`, `password_required` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "nothing_to_update" | "current_password_required" | "password_required" | "unprocessable" | "validation_error" | "invalid_value" | "invalid_idempotency_key" | "idempotency_key_mismatch";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAccountSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountSummary"];
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claims: {
                            [key: string]: boolean;
                        };
                        email: string | null;
                        /** Format: date-time */
                        expires_at: string;
                        tier: string;
                        /** @description JWT for Authorization: Bearer */
                        token: string;
                        /** Format: uuid */
                        user_id: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials: `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "invalid_credentials" | "unauthenticated" | "invalid_authorization" | "invalid_api_key" | "invalid_token" | "token_expired";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account): `account_suspended`, `account_deleted` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "account_suspended" | "account_deleted" | "forbidden" | "insufficient_permissions" | "session_required";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "rate_limited";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        detail: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    refreshToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claims: {
                            [key: string]: boolean;
                        };
                        email: string | null;
                        /** Format: date-time */
                        expires_at: string;
                        tier: string;
                        /** @description JWT for Authorization: Bearer */
                        token: string;
                        /** Format: uuid */
                        user_id: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials: `invalid_token` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "invalid_token" | "unauthenticated" | "invalid_authorization" | "invalid_api_key" | "token_expired";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account): `account_suspended`, `account_deleted` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "account_suspended" | "account_deleted" | "forbidden" | "insufficient_permissions" | "session_required";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    display_name?: string | null;
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claims: {
                            [key: string]: boolean;
                        };
                        email: string | null;
                        /** Format: date-time */
                        expires_at: string;
                        tier: string;
                        /** @description JWT for Authorization: Bearer */
                        token: string;
                        /** Format: uuid */
                        user_id: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description State conflict: `email_already_registered` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "email_already_registered" | "conflict" | "idempotency_in_progress" | "idempotency_race";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    walletLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    message_nonce: string;
                    /** @description Base58 Ed25519 signature of message */
                    signed_message: string;
                    /** @description Base58 Solana address */
                    wallet_address: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claims: {
                            [key: string]: boolean;
                        };
                        email: string | null;
                        /** Format: date-time */
                        expires_at: string;
                        tier: string;
                        /** @description JWT for Authorization: Bearer */
                        token: string;
                        /** Format: uuid */
                        user_id: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials: `invalid_nonce`, `invalid_signature` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "invalid_nonce" | "invalid_signature" | "unauthenticated" | "invalid_authorization" | "invalid_api_key" | "invalid_token" | "token_expired";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account): `account_suspended`, `account_deleted` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "account_suspended" | "account_deleted" | "forbidden" | "insufficient_permissions" | "session_required";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description State conflict: `wallet_account_conflict` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "wallet_account_conflict" | "conflict" | "idempotency_in_progress" | "idempotency_race";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed: `invalid_signature` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "invalid_signature" | "unprocessable" | "validation_error" | "invalid_value" | "invalid_idempotency_key" | "idempotency_key_mismatch";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    walletChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Base58 Solana address */
                    wallet_address: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        expires_at: string;
                        /** @description The exact text the wallet must sign (UTF-8) */
                        message: string;
                        message_nonce: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listErrorCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        codes: {
                            code: string;
                            description: string;
                            statuses: number[];
                        }[];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    healthV1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        database: string;
                        /** @enum {string} */
                        status: "ok";
                        version: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listKeys: {
        parameters: {
            query?: {
                include_revoked?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeySummary"][];
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @description Any of read (every GET), execute (operational writes), admin (keys, webhooks, settings), billing (any letter case)
                     * @default [
                     *       "read",
                     *       "execute"
                     *     ]
                     */
                    permissions?: string[];
                    /** @default false */
                    sandbox_mode?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: components["schemas"]["KeySummary"];
                        /** @description The key itself, shown only in this response (null in an idempotent replay of it) */
                        raw_key: string | null;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account): `permission_escalation`, `mode_mismatch` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "permission_escalation" | "mode_mismatch" | "forbidden" | "account_suspended" | "account_deleted" | "insufficient_permissions" | "session_required";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed: `unsupported_permissions` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "unsupported_permissions" | "unprocessable" | "validation_error" | "invalid_value" | "invalid_idempotency_key" | "idempotency_key_mismatch";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    revokeKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `key_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "key_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listMemberships: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Any letter case is accepted. */
                platform?: "TELEGRAM" | "DISCORD" | "CUSTOM";
                product_id?: string;
                /** @description Identity, display name, wallet or transaction */
                q?: string;
                /** @description Any letter case is accepted. */
                status?: "ACTIVE" | "GRACE_PERIOD" | "EXPIRED" | "DELIVERY_FAILED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        items: components["schemas"]["Membership"][];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                membership_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDetail"];
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `membership_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "membership_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMembershipDeliveryDiagnostics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                membership_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: {
                            [key: string]: boolean;
                        };
                        automation_ready: boolean;
                        checks: {
                            detail: string;
                            key: string;
                            label: string;
                            /** @description pass, warn or fail */
                            status: string;
                        }[];
                        delivery_last_error: string | null;
                        delivery_status: string;
                        fallback_ready: boolean;
                        fallback_value: string | null;
                        /** Format: date-time */
                        generated_at: string;
                        latest_payment_id: string | null;
                        latest_tx_signature: string | null;
                        /** Format: uuid */
                        membership_id: string;
                        membership_status: string;
                        /** @description healthy, attention or blocked */
                        overall_status: string;
                        /** Format: uuid */
                        owner_id: string;
                        platform: string;
                        platform_display: string;
                        platform_user_id: string | null;
                        /** Format: uuid */
                        product_id: string;
                        product_slug: string | null;
                        product_title: string;
                        provider_state: {
                            [key: string]: unknown;
                        };
                        summary: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `membership_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "membership_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    openMembershipDeliveryTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                membership_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: boolean;
                        /** Format: uuid */
                        ticket_id: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `membership_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "membership_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    giftMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                membership_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    days: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDetail"];
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `membership_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "membership_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateMembershipNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                membership_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDetail"];
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `membership_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "membership_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateMembershipProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                membership_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    platform_display?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDetail"];
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `membership_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "membership_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMembershipReactivation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                membership_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        access_period: string;
                        amount_display: string;
                        /** Format: date-time */
                        current_period_end_at: string;
                        /** Format: date-time */
                        expires_at: string;
                        handoff_token: string;
                        /** Format: uuid */
                        membership_id: string;
                        merchant_wallet_preview: string;
                        reactivation_url: string;
                        renewal_url: string;
                        status: string;
                        templates: {
                            [key: string]: string;
                        };
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `membership_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "membership_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    retryMembershipDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                membership_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delivery: {
                            attempted_at: string | null;
                            delivery_type: string | null;
                            error: string | null;
                            platform: string;
                            retry_after_seconds: number | null;
                            sent_at: string | null;
                            /** @description SENT or FAILED */
                            status: string;
                            value: string | null;
                        };
                        membership: components["schemas"]["Membership"];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `membership_not_found`, `product_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "membership_not_found" | "product_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description State conflict: `membership_expired`, `delivery_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "membership_expired" | "delivery_in_progress" | "conflict" | "idempotency_in_progress" | "idempotency_race";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    lookupMemberships: {
        parameters: {
            query?: {
                identity?: string;
                product_id?: string;
                tx_signature?: string;
                wallet?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        items: components["schemas"]["Membership"][];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed: `lookup_key_required` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "lookup_key_required" | "unprocessable" | "validation_error" | "invalid_value" | "invalid_idempotency_key" | "idempotency_key_mismatch";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getRenewalIntelligence: {
        parameters: {
            query?: {
                limit?: number;
                window_days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expiring_memberships: {
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            current_period_end_at: string;
                            /** Format: date-time */
                            current_period_start_at: string;
                            customer_identity_type: string;
                            customer_identity_value: string;
                            days_left: number;
                            delivery_last_error: string | null;
                            /** @description PENDING, SENT, FAILED, NOT_REQUIRED or REVOKED */
                            delivery_status: string;
                            grace_ends_at: string | null;
                            /** Format: uuid */
                            id: string;
                            last_reminder_sent_at: string | null;
                            latest_payment_id: string | null;
                            latest_tx_signature: string | null;
                            livemode: boolean;
                            metadata_json: {
                                [key: string]: unknown;
                            };
                            notes: string;
                            /** Format: uuid */
                            owner_id: string;
                            payer_wallet: string | null;
                            /** @description TELEGRAM, DISCORD or CUSTOM */
                            platform: string;
                            platform_display: string;
                            platform_user_id: string | null;
                            /** Format: uuid */
                            product_id: string;
                            product_title: string;
                            renewal_count: number;
                            /** @description ACTIVE, GRACE_PERIOD, EXPIRED or DELIVERY_FAILED */
                            status: string;
                            /** Format: date-time */
                            updated_at: string;
                        }[];
                        /** Format: date-time */
                        generated_at: string;
                        product_reports: {
                            active: number;
                            delivery_failed: number;
                            expired: number;
                            expiring_in_window: number;
                            in_grace: number;
                            /** Format: uuid */
                            product_id: string;
                            product_title: string;
                            renewals_in_window: number;
                        }[];
                        recent_events: components["schemas"]["MembershipEvent"][];
                        summary: {
                            active: number;
                            delivery_failed: number;
                            expired: number;
                            expiring_in_window: number;
                            in_grace: number;
                            renewals_in_window: number;
                            window_days: number;
                        };
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    broadcastPayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    payer_wallet?: string | null;
                    /** Format: uuid */
                    payment_id: string;
                    signed_transaction?: string | null;
                    tx_signature?: string | null;
                    wallet_source?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        payment_id: string;
                        status: string;
                        tx_signature: string | null;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    confirmPayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_reference_display?: string | null;
                    customer_reference_type?: string | null;
                    customer_reference_value?: string | null;
                    identity_session_id?: string | null;
                    /** @description Base58 Solana address */
                    payer_wallet: string;
                    /** @description The session from /connect. Optional: without it, give slug or product_id, and the server finds the open session of that product that the transaction names (its HILT:{nonce} memo or the session’s reference key), under the same verification rule; none matching is 404 payment_session_not_found */
                    payment_id?: string | null;
                    product_id?: string | null;
                    slug?: string | null;
                    /** @description Base58 transaction signature */
                    tx_signature: string;
                    wallet_source?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount_minor_units: number;
                        deep_link_expires_at: string | null;
                        delivery_status: string | null;
                        delivery_type: string | null;
                        delivery_value: string | null;
                        membership_id: string | null;
                        membership_period_end_at: string | null;
                        membership_status: string | null;
                        /** Format: uuid */
                        payment_id: string;
                        received_minor_units: number | null;
                        status: string;
                        tx_signature: string | null;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    completeIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    session_id: string;
                    /** @description Base64 Ed25519 signature */
                    signed_message_b64: string;
                    /** @description Base58 Solana address */
                    wallet_address: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        expires_at: string;
                        identity_display: string | null;
                        identity_type: string;
                        identity_value: string;
                        /** Format: uuid */
                        session_id: string;
                        status: string;
                        /** Format: date-time */
                        verified_at: string;
                        wallet_address: string;
                        wallet_source: string | null;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    startIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_reference_display?: string | null;
                    customer_reference_type?: string | null;
                    customer_reference_value: string;
                    slug: string;
                    /** @description Base58 Solana address */
                    wallet_address: string;
                    wallet_source?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        challenge_message: string;
                        /** Format: date-time */
                        expires_at: string;
                        identity_display: string | null;
                        identity_type: string;
                        identity_value: string;
                        /** Format: uuid */
                        session_id: string;
                        status: string;
                        wallet_address: string;
                        wallet_source: string | null;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    payWithTestWallet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                payment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        payer_wallet: string;
                        /** Format: uuid */
                        payment_id: string;
                        tx_signature: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `payment_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "payment_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description State conflict: `payment_closed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "payment_closed" | "conflict" | "idempotency_in_progress" | "idempotency_race";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description The session has expired: `session_expired` */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "session_expired" | "expired";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is unavailable: `sandbox_faucet_unavailable`, `sandbox_chain_unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "sandbox_faucet_unavailable" | "sandbox_chain_unavailable" | "service_unavailable" | "database_unavailable" | "shutting_down";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
        };
    };
    getTransactionRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                payment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        icon: string;
                        label: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createTransactionRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                payment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Base58 Solana address */
                    account: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @description Base64 unsigned transaction for the account to sign */
                        transaction: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listPayments: {
        parameters: {
            query?: {
                /** @description Created at or after */
                from?: string;
                limit?: number;
                offset?: number;
                product_id?: string;
                /** @description Payer wallet or transaction signature (exact) */
                q?: string;
                status?: "PENDING_SIGNATURE" | "PENDING_CONFIRMATION" | "CONFIRMED" | "FAILED";
                /** @description Created before */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LedgerPayment"][];
                        limit: number;
                        offset: number;
                        /** @description Payments matching the filter */
                        total: number;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getPaymentStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                payment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount_minor_units: number;
                        confirmed_at: string | null;
                        deep_link_expires_at: string | null;
                        delivery_attempted_at: string | null;
                        delivery_error: string | null;
                        delivery_sent_at: string | null;
                        delivery_status: string | null;
                        delivery_value: string | null;
                        /** Format: date-time */
                        expires_at: string;
                        failed_at: string | null;
                        failure_reason: string | null;
                        /** Format: uuid */
                        id: string;
                        livemode: boolean;
                        membership_id: string | null;
                        membership_period_end_at: string | null;
                        /** @description While the session is open: transactions that paid it short or in another asset (kept for refund) */
                        partial_payments: {
                            payer_wallet: string | null;
                            /** @description underpaid, wrong_mint or wrong_recipient */
                            reason: string;
                            /** @description What the merchant wallet received of the product asset */
                            received_minor_units: number;
                            /** Format: date-time */
                            recorded_at: string;
                            refund_required: boolean;
                            tx_signature: string;
                        }[];
                        receipt_id: string | null;
                        /** @description Paid but not delivered (late or sold out): the merchant refunds */
                        refund_required: boolean;
                        status: string;
                        token_mint: string | null;
                        tx_signature: string | null;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getPaymentDetail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                payment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        explorer_url: string | null;
                        payment: components["schemas"]["LedgerPayment"];
                        receipt_pdf_url: string | null;
                        receipt_verify_url: string | null;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listPayoutWallets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutWallet"][];
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    provePayoutWallet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    message_nonce: string;
                    /** @description Base58 Ed25519 signature of message */
                    signed_message: string;
                    /** @description Base58 Solana address */
                    wallet_address: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        livemode: boolean;
                        /** Format: date-time */
                        verified_at: string;
                        wallet_address: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials: `invalid_nonce`, `invalid_signature` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "invalid_nonce" | "invalid_signature" | "unauthenticated" | "invalid_authorization" | "invalid_api_key" | "invalid_token" | "token_expired";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed: `invalid_signature` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "invalid_signature" | "unprocessable" | "validation_error" | "invalid_value" | "invalid_idempotency_key" | "idempotency_key_mismatch";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deletePayoutWallet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Base58 Solana address */
                wallet_address: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `payout_wallet_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "payout_wallet_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createPayoutWalletChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Base58 Solana address */
                    wallet_address: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        expires_at: string;
                        /** @description The exact text the wallet must sign (UTF-8) */
                        message: string;
                        message_nonce: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Any letter case is accepted. */
                product_type?: "PAYMENT_LINK" | "TIP_JAR";
                /** @description Any letter case is accepted. */
                status?: "ACTIVE" | "PAUSED" | "ARCHIVED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"][];
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Price (PAYMENT_LINK) or minimum amount (TIP_JAR). Required for PAYMENT_LINK (null there is 400); null on a TIP_JAR leaves it unchanged */
                    amount_minor_units?: number | null;
                    /** @description null or absent: NONE */
                    delivery_type?: ("NONE" | "REDIRECT" | "DOWNLOAD" | "TELEGRAM_INVITE" | "DISCORD_INVITE" | "DISCORD_ROLE" | "CUSTOM") | null;
                    /** @description null clears it. */
                    delivery_value?: string | null;
                    /** @description null clears it. */
                    description?: string | null;
                    fixed_amount_lamports?: number | null;
                    /** @description null clears it. */
                    image_url?: string | null;
                    /** @description Payment cap. null clears it. */
                    max_payments?: number | null;
                    /** @description null turns memberships off for this product */
                    membership_config?: components["schemas"]["MembershipConfig"] | null;
                    /** @description Solana payout address */
                    merchant_wallet: string;
                    /** @description PAYMENT_LINK or TIP_JAR, any letter case (anything else is 400) */
                    product_type: string;
                    /** @description null clears it. */
                    tip_presets_lamports?: number[] | null;
                    title: string;
                    token_mint?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Malformed request (bad JSON, invalid action): `unsupported_product_type`, `amount_required` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "unsupported_product_type" | "amount_required" | "bad_request" | "invalid_json" | "invalid_content_length" | "bad_url" | "invalid_mode";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed: `invalid_merchant_wallet`, `invalid_image_url`, `unsupported_token_mint`, `invalid_delivery_value`, `invalid_membership_config`, `payout_wallet_unverified`, `slug_unavailable` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "invalid_merchant_wallet" | "invalid_image_url" | "unsupported_token_mint" | "invalid_delivery_value" | "invalid_membership_config" | "payout_wallet_unverified" | "slug_unavailable" | "unprocessable" | "validation_error" | "invalid_value" | "invalid_idempotency_key" | "idempotency_key_mismatch";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `product_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "product_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    archiveProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `product_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "product_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Price (PAYMENT_LINK) or minimum amount (TIP_JAR). Required for PAYMENT_LINK (null there is 400); null on a TIP_JAR leaves it unchanged */
                    amount_minor_units?: number | null;
                    /** @description null leaves the current value unchanged (same as omitting it). */
                    delivery_type?: ("NONE" | "REDIRECT" | "DOWNLOAD" | "TELEGRAM_INVITE" | "DISCORD_INVITE" | "DISCORD_ROLE" | "CUSTOM") | null;
                    /** @description null clears it. */
                    delivery_value?: string | null;
                    /** @description null clears it. */
                    description?: string | null;
                    fixed_amount_lamports?: number | null;
                    /** @description null clears it. */
                    image_url?: string | null;
                    /** @description Payment cap. null clears it. */
                    max_payments?: number | null;
                    /** @description null turns memberships off for this product */
                    membership_config?: components["schemas"]["MembershipConfig"] | null;
                    /** @description null leaves the current value unchanged (same as omitting it). */
                    merchant_wallet?: string | null;
                    /** @description Cannot change: sending it is 422 */
                    product_type?: unknown;
                    /** @description Archive with DELETE. null leaves the current value unchanged (same as omitting it). */
                    status?: ("ACTIVE" | "PAUSED") | null;
                    /** @description null clears it. */
                    tip_presets_lamports?: number[] | null;
                    /** @description null leaves the current value unchanged (same as omitting it). */
                    title?: string | null;
                    /** @description Cannot change: sending it is 422 */
                    token_mint?: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Malformed request (bad JSON, invalid action): `amount_required` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "amount_required" | "bad_request" | "invalid_json" | "invalid_content_length" | "bad_url" | "invalid_mode";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `product_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "product_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed: `immutable_field`, `product_archived`, `invalid_merchant_wallet`, `invalid_image_url`, `invalid_delivery_value`, `invalid_membership_config`, `payout_wallet_unverified` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "immutable_field" | "product_archived" | "invalid_merchant_wallet" | "invalid_image_url" | "invalid_delivery_value" | "invalid_membership_config" | "payout_wallet_unverified" | "unprocessable" | "validation_error" | "invalid_value" | "invalid_idempotency_key" | "idempotency_key_mismatch";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getProductAnalytics: {
        parameters: {
            query?: {
                window_days?: number;
            };
            header?: never;
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asset_decimals: number;
                        asset_symbol: string;
                        checkout_confirmed: number;
                        checkout_connects: number;
                        checkout_failed: number;
                        checkout_opens: number;
                        completion_rate_pct: number;
                        confirm_rate_pct: number;
                        confirmed_count: number;
                        confirmed_payment_count: number;
                        connect_rate_pct: number;
                        failed_count: number;
                        fee_minor_units: number;
                        funnel_daily: {
                            confirmed: number;
                            connects: number;
                            /** Format: date */
                            date: string;
                            failed: number;
                            fee_minor_units: number;
                            gross_minor_units: number;
                            net_minor_units: number;
                            opens: number;
                        }[];
                        /** Format: date-time */
                        generated_at: string;
                        gross_minor_units: number;
                        last_payment_at: string | null;
                        latest_payment_at: string | null;
                        livemode: boolean;
                        merchant_email: string | null;
                        /** Format: uuid */
                        merchant_id: string;
                        merchant_name: string | null;
                        net_minor_units: number;
                        pending_checkouts: number;
                        pending_count: number;
                        /** Format: uuid */
                        product_id: string;
                        product_slug: string;
                        product_title: string;
                        product_type: string;
                        status: string;
                        token_mint: string | null;
                        total_fees_lamports: number;
                        total_volume_lamports: number;
                        window_days: number;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createHandoffLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 30 */
                    expires_in_minutes?: number;
                    identity_display?: string | null;
                    identity_type?: string | null;
                    identity_value: string;
                    return_url?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checkout_url: string;
                        /** Format: date-time */
                        expires_at: string;
                        handoff_token: string;
                        identity_display: string | null;
                        identity_type: string | null;
                        identity_value: string;
                        /** Format: uuid */
                        product_id: string;
                        return_url: string | null;
                        slug: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listProductPayments: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Any letter case is accepted. */
                status?: "PENDING_SIGNATURE" | "PENDING_CONFIRMATION" | "CONFIRMED" | "FAILED";
            };
            header?: never;
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"][];
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getPublicProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Price, or minimum amount for TIP_JAR */
                        amount_minor_units: number;
                        asset_decimals: number;
                        asset_symbol: string;
                        branding: {
                            accent_color: string | null;
                            brand_name: string | null;
                            hero_image_url: string | null;
                            logo_url: string | null;
                            merchant_name: string | null;
                            support_url: string | null;
                        };
                        delivery_type: string;
                        description: string | null;
                        identity: {
                            identity_label: string | null;
                            identity_type: string | null;
                            platform: string | null;
                            required: boolean;
                        };
                        image_url: string | null;
                        livemode: boolean;
                        membership: {
                            billing_interval_days: number;
                            /** @description AUTOMATIC renews as MANUAL (with reminders) here */
                            effective_renewal_mode: string;
                            grace_period_days: number;
                            renewal_mode: string;
                        } | null;
                        /** @description Where the payment goes (non-custodial) */
                        merchant_wallet: string;
                        platform_fee_bps: number;
                        product_type: string;
                        slug: string;
                        status: string;
                        tip_presets_lamports: number[] | null;
                        title: string;
                        token_mint: string | null;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    connectCheckout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount_minor_units?: number | null;
                    customer_reference_display?: string | null;
                    customer_reference_type?: string | null;
                    customer_reference_value?: string | null;
                    handoff_token?: string | null;
                    identity_session_id?: string | null;
                    payer_wallet?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount_minor_units: number;
                        asset_decimals: number;
                        asset_symbol: string;
                        customer_reference_display: string | null;
                        customer_reference_type: string | null;
                        customer_reference_value: string | null;
                        /** Format: date-time */
                        expires_at: string;
                        fee_minor_units: number;
                        fee_wallet: string | null;
                        identity_locked: boolean;
                        livemode: boolean;
                        /** @description Memo to put in the transaction: HILT:{nonce} */
                        memo: string;
                        merchant_amount_minor_units: number;
                        merchant_wallet: string;
                        nonce: string;
                        /** Format: uuid */
                        payment_id: string;
                        /** @description Phantom mobile deeplinks are not offered by this server */
                        phantom_mobile: null;
                        /** @description Solana Pay reference key to add to the transfer as a read-only account */
                        reference: string;
                        solana_pay_url: string | null;
                        status: string;
                        token_mint: string | null;
                        /** @description Solana Pay transaction request endpoint for this payment */
                        transaction_url: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    resolveHandoff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    handoff_token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checkout_url: string;
                        /** Format: date-time */
                        expires_at: string;
                        handoff_token: string;
                        identity_display: string | null;
                        identity_type: string | null;
                        identity_value: string;
                        /** Format: uuid */
                        product_id: string;
                        return_url: string | null;
                        slug: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    heliusSettlementWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": unknown;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        confirmed: number;
                        matched: number;
                        received: boolean;
                        results: {
                            nonce: string;
                            outcome: string;
                            payment_id: string | null;
                            signature: string;
                            status: string | null;
                        }[];
                        transactions: number;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    issueReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount_raw?: (number | string) | null;
                    counterparty_wallet?: string | null;
                    memo?: string | null;
                    token_mint?: string | null;
                    /** @description Base58 transaction signature */
                    tx_sig: string;
                    wallet?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount_display: string | null;
                        amount_minor_units: number | null;
                        brand_name: string | null;
                        /** Format: date-time */
                        created_at: string;
                        credits_burned: number;
                        /** @description Base64 Ed25519 signature of the canonical receipt_json */
                        ed25519_sig: string;
                        /** Format: date-time */
                        generated_at: string;
                        idempotent_replay: boolean;
                        /** InvoiceMetadata */
                        invoice_metadata: {
                            billing_reference: string | null;
                            customer_email: string | null;
                            customer_name: string | null;
                            invoice_number: string | null;
                            metadata_json: {
                                [key: string]: unknown;
                            } | null;
                            notes: string | null;
                        };
                        /** @description The signing key (also inside receipt_json) */
                        key_id: string;
                        livemode: boolean;
                        merchant_wallet: string | null;
                        owner_display_name: string | null;
                        owner_email: string | null;
                        payer_wallet: string | null;
                        payment_id: string | null;
                        pdf_url: string;
                        product_id: string | null;
                        product_slug: string | null;
                        product_title: string | null;
                        public_url: string;
                        /** @description Lowercase hex SHA-256 of the canonical receipt_json */
                        receipt_hash: string;
                        /** Format: uuid */
                        receipt_id: string;
                        /** @description The signed body. Canonicalise it (RFC 8785), then receipt_hash = hex SHA-256 and ed25519_sig = base64 Ed25519 signature of those UTF-8 bytes by the key named in receipt_json.key_id */
                        receipt_json: {
                            [key: string]: unknown;
                        };
                        /** @description "hilt-v1" */
                        schema_version: string;
                        token_mint: string | null;
                        tx_sig: string;
                        verify_api_url: string;
                        verify_url: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                receipt_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount_display: string | null;
                        amount_minor_units: number | null;
                        brand_name: string | null;
                        /** Format: date-time */
                        created_at: string;
                        credits_burned: number;
                        /** @description Base64 Ed25519 signature of the canonical receipt_json */
                        ed25519_sig: string;
                        /** Format: date-time */
                        generated_at: string;
                        idempotent_replay: boolean;
                        /** InvoiceMetadata */
                        invoice_metadata: {
                            billing_reference: string | null;
                            customer_email: string | null;
                            customer_name: string | null;
                            invoice_number: string | null;
                            metadata_json: {
                                [key: string]: unknown;
                            } | null;
                            notes: string | null;
                        };
                        /** @description The signing key (also inside receipt_json) */
                        key_id: string;
                        livemode: boolean;
                        merchant_wallet: string | null;
                        owner_display_name: string | null;
                        owner_email: string | null;
                        payer_wallet: string | null;
                        payment_id: string | null;
                        pdf_url: string;
                        product_id: string | null;
                        product_slug: string | null;
                        product_title: string | null;
                        public_url: string;
                        /** @description Lowercase hex SHA-256 of the canonical receipt_json */
                        receipt_hash: string;
                        /** Format: uuid */
                        receipt_id: string;
                        /** @description The signed body. Canonicalise it (RFC 8785), then receipt_hash = hex SHA-256 and ed25519_sig = base64 Ed25519 signature of those UTF-8 bytes by the key named in receipt_json.key_id */
                        receipt_json: {
                            [key: string]: unknown;
                        };
                        /** @description "hilt-v1" */
                        schema_version: string;
                        token_mint: string | null;
                        tx_sig: string;
                        verify_api_url: string;
                        verify_url: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateReceiptInvoiceMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                receipt_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    billing_reference?: string | null;
                    customer_email?: string | null;
                    customer_name?: string | null;
                    invoice_number?: string | null;
                    metadata_json?: {
                        [key: string]: unknown;
                    } | null;
                    notes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** ReceiptResponse */
                        receipt: {
                            amount_display: string | null;
                            amount_minor_units: number | null;
                            brand_name: string | null;
                            /** Format: date-time */
                            created_at: string;
                            credits_burned: number;
                            /** @description Base64 Ed25519 signature of the canonical receipt_json */
                            ed25519_sig: string;
                            /** Format: date-time */
                            generated_at: string;
                            idempotent_replay: boolean;
                            /** InvoiceMetadata */
                            invoice_metadata: {
                                billing_reference: string | null;
                                customer_email: string | null;
                                customer_name: string | null;
                                invoice_number: string | null;
                                metadata_json: {
                                    [key: string]: unknown;
                                } | null;
                                notes: string | null;
                            };
                            /** @description The signing key (also inside receipt_json) */
                            key_id: string;
                            livemode: boolean;
                            merchant_wallet: string | null;
                            owner_display_name: string | null;
                            owner_email: string | null;
                            payer_wallet: string | null;
                            payment_id: string | null;
                            pdf_url: string;
                            product_id: string | null;
                            product_slug: string | null;
                            product_title: string | null;
                            public_url: string;
                            /** @description Lowercase hex SHA-256 of the canonical receipt_json */
                            receipt_hash: string;
                            /** Format: uuid */
                            receipt_id: string;
                            /** @description The signed body. Canonicalise it (RFC 8785), then receipt_hash = hex SHA-256 and ed25519_sig = base64 Ed25519 signature of those UTF-8 bytes by the key named in receipt_json.key_id */
                            receipt_json: {
                                [key: string]: unknown;
                            };
                            /** @description "hilt-v1" */
                            schema_version: string;
                            token_mint: string | null;
                            tx_sig: string;
                            verify_api_url: string;
                            verify_url: string;
                        };
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getReceiptPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                receipt_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getPublicReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                receipt_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount_display: string | null;
                        amount_minor_units: number | null;
                        brand_name: string | null;
                        /** Format: date-time */
                        created_at: string;
                        credits_burned: number;
                        /** @description Base64 Ed25519 signature of the canonical receipt_json */
                        ed25519_sig: string;
                        /** Format: date-time */
                        generated_at: string;
                        idempotent_replay: boolean;
                        /** InvoiceMetadata */
                        invoice_metadata: {
                            billing_reference: string | null;
                            customer_email: string | null;
                            customer_name: string | null;
                            invoice_number: string | null;
                            metadata_json: {
                                [key: string]: unknown;
                            } | null;
                            notes: string | null;
                        };
                        /** @description The signing key (also inside receipt_json) */
                        key_id: string;
                        livemode: boolean;
                        merchant_wallet: string | null;
                        owner_display_name: string | null;
                        owner_email: string | null;
                        payer_wallet: string | null;
                        payment_id: string | null;
                        pdf_url: string;
                        product_id: string | null;
                        product_slug: string | null;
                        product_title: string | null;
                        public_url: string;
                        /** @description Lowercase hex SHA-256 of the canonical receipt_json */
                        receipt_hash: string;
                        /** Format: uuid */
                        receipt_id: string;
                        /** @description The signed body. Canonicalise it (RFC 8785), then receipt_hash = hex SHA-256 and ed25519_sig = base64 Ed25519 signature of those UTF-8 bytes by the key named in receipt_json.key_id */
                        receipt_json: {
                            [key: string]: unknown;
                        };
                        /** @description "hilt-v1" */
                        schema_version: string;
                        token_mint: string | null;
                        tx_sig: string;
                        /** ReceiptVerification */
                        verification: {
                            algorithm: string;
                            /** Format: date-time */
                            checked_at: string;
                            computed_hash: string;
                            hash_valid: boolean;
                            key_id: string | null;
                            on_chain_anchor: {
                                block_time: string | null;
                                detail: string;
                                slot: string | null;
                                /** @description unavailable: the chain could not be reached; the proof was still checked offline */
                                status: "confirmed" | "not_found" | "mismatch" | "unavailable";
                                tx_sig: string;
                            } | null;
                            problems: string[];
                            public_key: string | null;
                            signature_required: boolean;
                            signature_valid: boolean;
                            stored_hash: string;
                            /** @description hash and signature valid, and the chain does not contradict the receipt */
                            valid: boolean;
                        };
                        verify_api_url: string;
                        verify_url: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    sendReceiptProof: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                receipt_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Where to send the proof. Absent or null: the buyer’s email on file (invoice customer_email, else an EMAIL identity given at checkout); with none on file, 422 no_recipient */
                    email?: string | null;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        email_source: "request" | "on_file";
                        pdf_url: string;
                        /** @description false: the email is queued, not sent yet (a job sends it, with retries) */
                        sent: boolean;
                        /** @enum {string} */
                        status: "queued";
                        verify_url: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    verifyReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                receipt_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        algorithm: string;
                        /** Format: date-time */
                        checked_at: string;
                        computed_hash: string;
                        /** Format: date-time */
                        generated_at: string;
                        hash_valid: boolean;
                        key_id: string | null;
                        on_chain_anchor: {
                            block_time: string | null;
                            detail: string;
                            slot: string | null;
                            /** @description unavailable: the chain could not be reached; the proof was still checked offline */
                            status: "confirmed" | "not_found" | "mismatch" | "unavailable";
                            tx_sig: string;
                        } | null;
                        problems: string[];
                        public_key: string | null;
                        /** Format: uuid */
                        receipt_id: string;
                        signature_required: boolean;
                        signature_valid: boolean;
                        stored_hash: string;
                        /** @description hash and signature valid, and the chain does not contradict the receipt */
                        valid: boolean;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listReceipts: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                product_id?: string;
                /** @description Transaction, receipt id, product or invoice metadata */
                q?: string;
                /** @description Payer or merchant wallet */
                wallet?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        page: number;
                        per_page: number;
                        receipts: {
                            amount_display: string | null;
                            amount_minor_units: number | null;
                            /** Format: date-time */
                            created_at: string;
                            invoice_number: string | null;
                            merchant_wallet: string | null;
                            payer_wallet: string | null;
                            payment_id: string | null;
                            product_id: string | null;
                            product_title: string | null;
                            receipt_hash: string;
                            /** Format: uuid */
                            receipt_id: string;
                            schema_version: string;
                            token_mint: string | null;
                            tx_sig: string;
                            verify_url: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    exportReceiptsCsv: {
        parameters: {
            query?: {
                product_id?: string;
                /** @description Transaction, receipt id, product or invoice metadata */
                q?: string;
                /** @description Payer or merchant wallet */
                wallet?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV, one row per receipt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listReceiptPublicKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keys: {
                            /** @enum {string} */
                            algorithm: "Ed25519";
                            /** Format: date-time */
                            created_at: string;
                            key_id: string;
                            /** @description Base58 of the 32-byte Ed25519 public key */
                            public_key: string;
                            retired_at: string | null;
                        }[];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    sandboxAirdrop: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address: string;
                    lamports?: number;
                    usdc_minor_units?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: string;
                        balance_lamports: number;
                        lamports: number;
                        signatures: string[];
                        usdc_minor_units: number;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed: `invalid_wallet` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "invalid_wallet" | "unprocessable" | "validation_error" | "invalid_value" | "invalid_idempotency_key" | "idempotency_key_mismatch";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is unavailable: `sandbox_faucet_unavailable`, `sandbox_chain_unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "sandbox_faucet_unavailable" | "sandbox_chain_unavailable" | "service_unavailable" | "database_unavailable" | "shutting_down";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
        };
    };
    sandboxPay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    payment_id: string;
                    /**
                     * @description Any letter case is accepted.
                     * @enum {string}
                     */
                    scenario?: "exact" | "underpay" | "wrong_mint" | "wrong_recipient" | "no_memo";
                    secret_key: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        payment_id: string;
                        scenario: string;
                        tx_signature: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `not_found`, `payment_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "not_found" | "payment_not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed: `invalid_secret_key` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "invalid_secret_key" | "unprocessable" | "validation_error" | "invalid_value" | "invalid_idempotency_key" | "idempotency_key_mismatch";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createSandboxWallet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    lamports?: number;
                    usdc_minor_units?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: string;
                        lamports: number;
                        /** @description Base58 of the 64-byte secret key (sandbox only) */
                        secret_key: string;
                        usdc_minor_units: number;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency is unavailable: `sandbox_faucet_unavailable`, `sandbox_chain_unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "sandbox_faucet_unavailable" | "sandbox_chain_unavailable" | "service_unavailable" | "database_unavailable" | "shutting_down";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
        };
    };
    createBuyerSupportChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    payment_id: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        challenge_id: string;
                        /** Format: date-time */
                        expires_at: string;
                        /** @description Sign these exact UTF-8 bytes (wallet signMessage) */
                        message: string;
                        /** Format: uuid */
                        payment_id: string;
                        /** @description The wallet that paid: it must sign `message` */
                        wallet: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `payment_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "payment_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    openBuyerSupportTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /**
                     * @description PAYMENT, DELIVERY, ACCESS, REFUND, ACCOUNT or OTHER. Any letter case is accepted.
                     * @enum {string}
                     */
                    category?: "PAYMENT" | "DELIVERY" | "ACCESS" | "REFUND" | "ACCOUNT" | "OTHER";
                    /** Format: uuid */
                    challenge_id: string;
                    /** Format: uuid */
                    payment_id: string;
                    /** @description Ed25519 signature of the challenge message by the paying wallet, base58 or base64 */
                    signature: string;
                    subject: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Shown once: send it as X-Hilt-Ticket-Token to read and answer */
                        access_token: string;
                        /**
                         * @description PAYMENT, DELIVERY, ACCESS, REFUND, ACCOUNT or OTHER
                         * @enum {string}
                         */
                        category: "PAYMENT" | "DELIVERY" | "ACCESS" | "REFUND" | "ACCOUNT" | "OTHER";
                        /** @enum {string} */
                        status: "OPEN" | "PENDING_MERCHANT" | "PENDING_BUYER" | "RESOLVED" | "CLOSED";
                        subject: string;
                        /** Format: uuid */
                        ticket_id: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account): `payment_proof_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "payment_proof_invalid" | "forbidden" | "account_suspended" | "account_deleted" | "insufficient_permissions" | "session_required";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getBuyerSupportTicket: {
        parameters: {
            query?: never;
            header?: {
                "x-hilt-ticket-token"?: string;
            };
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description PAYMENT, DELIVERY, ACCESS, REFUND, ACCOUNT or OTHER
                         * @enum {string}
                         */
                        category: "PAYMENT" | "DELIVERY" | "ACCESS" | "REFUND" | "ACCOUNT" | "OTHER";
                        closed_at: string | null;
                        context: {
                            [key: string]: unknown;
                        };
                        /** Format: date-time */
                        created_at: string;
                        /** Format: uuid */
                        id: string;
                        livemode: boolean;
                        messages: {
                            author_id: string | null;
                            /** @enum {string} */
                            author_type: "MERCHANT" | "BUYER" | "SYSTEM";
                            body: string;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            ticket_id: string;
                        }[];
                        /** @enum {string} */
                        opened_by: "MERCHANT" | "BUYER" | "SYSTEM";
                        priority: ("LOW" | "NORMAL" | "HIGH" | "URGENT") | null;
                        resolved_at: string | null;
                        /** @enum {string} */
                        status: "OPEN" | "PENDING_MERCHANT" | "PENDING_BUYER" | "RESOLVED" | "CLOSED";
                        subject: string;
                        /** Format: uuid */
                        ticket_id: string;
                        /** Format: date-time */
                        updated_at: string;
                        user_id: string | null;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `ticket_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "ticket_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postBuyerSupportMessage: {
        parameters: {
            query?: never;
            header?: {
                "x-hilt-ticket-token"?: string;
            };
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** SupportMessage */
                        message: {
                            author_id: string | null;
                            /** @enum {string} */
                            author_type: "MERCHANT" | "BUYER" | "SYSTEM";
                            body: string;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            ticket_id: string;
                        };
                        /** Format: uuid */
                        ticket_id: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `ticket_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "ticket_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description State conflict: `ticket_closed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "ticket_closed" | "conflict" | "idempotency_in_progress" | "idempotency_race";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listSupportTickets: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description Any letter case is accepted. */
                status?: "OPEN" | "PENDING_MERCHANT" | "PENDING_BUYER" | "RESOLVED" | "CLOSED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        page: number;
                        per_page: number;
                        tickets: {
                            /**
                             * @description PAYMENT, DELIVERY, ACCESS, REFUND, ACCOUNT or OTHER
                             * @enum {string}
                             */
                            category: "PAYMENT" | "DELIVERY" | "ACCESS" | "REFUND" | "ACCOUNT" | "OTHER";
                            closed_at: string | null;
                            context: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            created_at: string;
                            /** Format: uuid */
                            id: string;
                            livemode: boolean;
                            /** @enum {string} */
                            opened_by: "MERCHANT" | "BUYER" | "SYSTEM";
                            priority: ("LOW" | "NORMAL" | "HIGH" | "URGENT") | null;
                            resolved_at: string | null;
                            /** @enum {string} */
                            status: "OPEN" | "PENDING_MERCHANT" | "PENDING_BUYER" | "RESOLVED" | "CLOSED";
                            subject: string;
                            /** Format: uuid */
                            ticket_id: string;
                            /** Format: date-time */
                            updated_at: string;
                            user_id: string | null;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createSupportTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /**
                     * @description PAYMENT, DELIVERY, ACCESS, REFUND, ACCOUNT or OTHER. Any letter case is accepted.
                     * @enum {string}
                     */
                    category?: "PAYMENT" | "DELIVERY" | "ACCESS" | "REFUND" | "ACCOUNT" | "OTHER";
                    context?: ({
                        membership_id?: string | null;
                        payment_id?: string | null;
                        product_id?: string | null;
                        product_slug?: string | null;
                        receipt_id?: string | null;
                        source?: string | null;
                        tx_signature?: string | null;
                        wallet?: string | null;
                    } & {
                        [key: string]: string | number | boolean | null;
                    }) | null;
                    /**
                     * @description Any letter case is accepted.
                     * @enum {string}
                     */
                    priority?: "LOW" | "NORMAL" | "HIGH" | "URGENT";
                    subject: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description PAYMENT, DELIVERY, ACCESS, REFUND, ACCOUNT or OTHER
                         * @enum {string}
                         */
                        category: "PAYMENT" | "DELIVERY" | "ACCESS" | "REFUND" | "ACCOUNT" | "OTHER";
                        /** Format: date-time */
                        created_at: string;
                        /** @enum {string} */
                        priority: "LOW" | "NORMAL" | "HIGH" | "URGENT";
                        /** @enum {string} */
                        status: "OPEN" | "PENDING_MERCHANT" | "PENDING_BUYER" | "RESOLVED" | "CLOSED";
                        subject: string;
                        /** Format: uuid */
                        ticket_id: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed: `context_not_found` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "context_not_found" | "unprocessable" | "validation_error" | "invalid_value" | "invalid_idempotency_key" | "idempotency_key_mismatch";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSupportTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description PAYMENT, DELIVERY, ACCESS, REFUND, ACCOUNT or OTHER
                         * @enum {string}
                         */
                        category: "PAYMENT" | "DELIVERY" | "ACCESS" | "REFUND" | "ACCOUNT" | "OTHER";
                        closed_at: string | null;
                        context: {
                            [key: string]: unknown;
                        };
                        /** Format: date-time */
                        created_at: string;
                        /** Format: uuid */
                        id: string;
                        livemode: boolean;
                        messages: {
                            author_id: string | null;
                            /** @enum {string} */
                            author_type: "MERCHANT" | "BUYER" | "SYSTEM";
                            body: string;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            ticket_id: string;
                        }[];
                        /** @enum {string} */
                        opened_by: "MERCHANT" | "BUYER" | "SYSTEM";
                        priority: ("LOW" | "NORMAL" | "HIGH" | "URGENT") | null;
                        resolved_at: string | null;
                        /** @enum {string} */
                        status: "OPEN" | "PENDING_MERCHANT" | "PENDING_BUYER" | "RESOLVED" | "CLOSED";
                        subject: string;
                        /** Format: uuid */
                        ticket_id: string;
                        /** Format: date-time */
                        updated_at: string;
                        user_id: string | null;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `ticket_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "ticket_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateSupportTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Any letter case is accepted.
                     * @enum {string}
                     */
                    priority?: "LOW" | "NORMAL" | "HIGH" | "URGENT";
                    /**
                     * @description Any letter case is accepted.
                     * @enum {string}
                     */
                    status?: "OPEN" | "PENDING_MERCHANT" | "PENDING_BUYER" | "RESOLVED" | "CLOSED";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description PAYMENT, DELIVERY, ACCESS, REFUND, ACCOUNT or OTHER
                         * @enum {string}
                         */
                        category: "PAYMENT" | "DELIVERY" | "ACCESS" | "REFUND" | "ACCOUNT" | "OTHER";
                        closed_at: string | null;
                        context: {
                            [key: string]: unknown;
                        };
                        /** Format: date-time */
                        created_at: string;
                        /** Format: uuid */
                        id: string;
                        livemode: boolean;
                        /** @enum {string} */
                        opened_by: "MERCHANT" | "BUYER" | "SYSTEM";
                        priority: ("LOW" | "NORMAL" | "HIGH" | "URGENT") | null;
                        resolved_at: string | null;
                        /** @enum {string} */
                        status: "OPEN" | "PENDING_MERCHANT" | "PENDING_BUYER" | "RESOLVED" | "CLOSED";
                        subject: string;
                        /** Format: uuid */
                        ticket_id: string;
                        /** Format: date-time */
                        updated_at: string;
                        user_id: string | null;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `ticket_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "ticket_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postSupportMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** SupportMessage */
                        message: {
                            author_id: string | null;
                            /** @enum {string} */
                            author_type: "MERCHANT" | "BUYER" | "SYSTEM";
                            body: string;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            ticket_id: string;
                        };
                        /** Format: uuid */
                        ticket_id: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `ticket_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "ticket_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description State conflict: `ticket_closed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "ticket_closed" | "conflict" | "idempotency_in_progress" | "idempotency_race";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listTestingScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        scenarios: {
                            events: string[];
                            id: string;
                            summary: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listTestingSessions: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** Format: date-time */
                        generated_at: string;
                        sessions: components["schemas"]["TestingSession"][];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createTestingSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount_minor_units?: number | null;
                    identity_display?: string | null;
                    payer_wallet?: string | null;
                    product_id?: string | null;
                    scenario: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delivery_results: {
                            delivery_id: number;
                            /** Format: uuid */
                            endpoint_id: string;
                            /** Format: uuid */
                            event_id: string;
                            event_type: string;
                            status: string;
                        }[];
                        emitted_events: components["schemas"]["EventEnvelope"][];
                        scenario: {
                            events: string[];
                            id: string;
                            summary: string;
                            title: string;
                        };
                        session: components["schemas"]["TestingSession"];
                        supported_events: string[];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `product_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "product_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed: `unknown_scenario` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "unknown_scenario" | "unprocessable" | "validation_error" | "invalid_value" | "invalid_idempotency_key" | "idempotency_key_mismatch";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getTestingSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        session: components["schemas"]["TestingSession"];
                        supported_scenarios: string[];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `testing_session_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "testing_session_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                endpoint_id?: string;
                page?: number;
                per_page?: number;
                /** @description Any letter case is accepted. */
                status?: "pending" | "delivered" | "failed" | "dead_letter";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deliveries: components["schemas"]["WebhookDelivery"][];
                        page: number;
                        total: number;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    replayWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delivery_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delivery: components["schemas"]["WebhookDelivery"];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `webhook_delivery_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "webhook_delivery_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description State conflict: `delivery_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "delivery_in_progress" | "conflict" | "idempotency_in_progress" | "idempotency_race";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endpoints: components["schemas"]["WebhookEndpoint"][];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    label: string;
                    /**
                     * @description Which events the endpoint receives (this server’s addition to Hilt’s contract): "all" (live and sandbox events, told apart by each event’s livemode), "live" or "sandbox". Default: "all" for an endpoint a dashboard session creates without X-Hilt-Mode, else the caller’s mode; an API key or a session with X-Hilt-Mode can only choose its own mode. Any letter case is accepted.
                     * @enum {string}
                     */
                    mode?: "all" | "live" | "sandbox";
                    product_ids?: string[];
                    subscribed_events?: string[];
                    url: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endpoint: components["schemas"]["WebhookEndpoint"];
                        /** @description Shown only in this answer (null in an idempotent replay of it) */
                        signing_secret: string | null;
                        supported_events: string[];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed: `unknown_event_type`, `endpoint_mode_not_allowed`, `unknown_product`, `invalid_webhook_url`, `webhook_url_not_https`, `webhook_url_unresolvable`, `webhook_url_not_allowed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "unknown_event_type" | "endpoint_mode_not_allowed" | "unknown_product" | "invalid_webhook_url" | "webhook_url_not_https" | "webhook_url_unresolvable" | "webhook_url_not_allowed" | "unprocessable" | "validation_error" | "invalid_value" | "invalid_idempotency_key" | "idempotency_key_mismatch";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endpoint: components["schemas"]["WebhookEndpoint"];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `webhook_endpoint_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "webhook_endpoint_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description null leaves the current value unchanged (same as omitting it). */
                    label?: string | null;
                    /** @description null leaves the current value unchanged (same as omitting it). */
                    mode?: ("all" | "live" | "sandbox") | null;
                    /** @description [] means every product. null leaves the current value unchanged (same as omitting it). */
                    product_ids?: string[] | null;
                    /** @default false */
                    rotate_signing_secret?: boolean;
                    /** @description null leaves the current value unchanged (same as omitting it). */
                    status?: ("active" | "paused" | "disabled") | null;
                    /** @description Event types; [] subscribes to every type. null leaves the current value unchanged (same as omitting it). */
                    subscribed_events?: string[] | null;
                    /** @description null leaves the current value unchanged (same as omitting it). */
                    url?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endpoint: components["schemas"]["WebhookEndpoint"];
                        signing_secret?: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `webhook_endpoint_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "webhook_endpoint_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed: `unknown_event_type`, `endpoint_mode_not_allowed`, `unknown_product`, `invalid_webhook_url`, `webhook_url_not_https`, `webhook_url_unresolvable`, `webhook_url_not_allowed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "unknown_event_type" | "endpoint_mode_not_allowed" | "unknown_product" | "invalid_webhook_url" | "webhook_url_not_https" | "webhook_url_unresolvable" | "webhook_url_not_allowed" | "unprocessable" | "validation_error" | "invalid_value" | "invalid_idempotency_key" | "idempotency_key_mismatch";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    testWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default payment.confirmed */
                    event_type?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delivered: boolean;
                        delivery: components["schemas"]["WebhookDelivery"];
                        event: components["schemas"]["EventEnvelope"];
                        result: {
                            duration_ms: number;
                            error: string | null;
                            response_body: string | null;
                            status_code: number | null;
                        };
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not in the caller’s workspace: `webhook_endpoint_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "webhook_endpoint_not_found" | "not_found" | "route_not_found";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed: `unknown_event_type` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "unknown_event_type" | "unprocessable" | "validation_error" | "invalid_value" | "invalid_idempotency_key" | "idempotency_key_mismatch";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listWebhookEvents: {
        parameters: {
            query?: {
                /** @description One of: payment.confirmed, payment.failed, receipt.created, membership.activated, membership.renewed, membership.entered_grace, membership.expired, membership.reapproval_required, delivery.failed, support.ticket.created, access.entitlement.activated (any letter case) */
                event_type?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: components["schemas"]["WebhookEvent"][];
                        page: number;
                        supported_events: string[];
                        total: number;
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWebhookTimeline: {
        parameters: {
            query?: {
                limit?: number;
                membership_id?: string;
                payment_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** Format: date-time */
                        generated_at: string;
                        membership_id: string | null;
                        payment_id: string | null;
                        timeline: components["schemas"]["WebhookEvent"][];
                    };
                };
            };
            /** @description Malformed request (bad JSON, invalid action) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Authenticated but not allowed (missing permission, suspended account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Validation failed: `timeline_subject_required` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Stable snake_case error code, listed in the error reference (/v1/docs/errors)
                         * @enum {string}
                         */
                        code: "timeline_subject_required" | "unprocessable" | "validation_error" | "invalid_value" | "invalid_idempotency_key" | "idempotency_key_mismatch";
                        /** @description A human-readable message, or the list of schema violations for a 422 validation_error */
                        detail: string | {
                            loc: (string | number)[];
                            msg: string;
                            type: string;
                        }[];
                        /** @description This code’s entry in the error reference: {public URL}/v1/docs/errors#{code} */
                        docs_url: string;
                        /** @description Also in the X-Request-Id and X-Hilt-Request-Id headers */
                        request_id: string;
                    };
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal error (masked) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
