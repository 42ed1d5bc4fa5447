package dev.keel.core.emit.security;

import java.util.List;

/**
 * A small secured contract: public operations, bearer-protected ones, an admin-only one, one asking for a role and
 * an OAuth 2 scope together, one with two scope alternatives, and a public literal path beside a protected variable
 * one in another tag; with a handler that answers the {@code vault} tag.
 */
final class VaultContract {

    static final String BASE_PACKAGE = "com.example.vault";

    static final String CONTRACT = """
            openapi: 3.0.3
            info: {title: Vault API, version: '1'}
            servers: [{url: /api}]
            security: [{bearerAuth: []}]
            paths:
              /status:
                get:
                  tags: [vault]
                  operationId: status
                  security: []
                  responses: {'200': {$ref: '#/components/responses/Message'}}
              /secrets:
                get:
                  tags: [vault]
                  operationId: listSecrets
                  responses: {'200': {$ref: '#/components/responses/Message'}}
              /secrets/purge:
                post:
                  tags: [vault]
                  operationId: purgeSecrets
                  x-keel-roles: [admin]
                  responses: {'200': {$ref: '#/components/responses/Message'}}
              /reports:
                get:
                  tags: [vault]
                  operationId: readReports
                  x-keel-roles: [auditor]
                  security: [{oauth: ['reports:read']}]
                  responses: {'200': {$ref: '#/components/responses/Message'}}
              /reports/summary:
                get:
                  tags: [vault]
                  operationId: readSummary
                  security: [{oauth: ['reports:read', 'reports:summary']}, {oauth: ['reports:admin']}]
                  responses: {'200': {$ref: '#/components/responses/Message'}}
              /notes/{id}:
                get:
                  tags: [archive]
                  operationId: getNote
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses: {'200': {$ref: '#/components/responses/Message'}}
              /notes/shared:
                get:
                  tags: [vault]
                  operationId: sharedNote
                  security: []
                  responses: {'200': {$ref: '#/components/responses/Message'}}
            components:
              securitySchemes:
                bearerAuth: {type: http, scheme: bearer, bearerFormat: JWT}
                oauth:
                  type: oauth2
                  flows:
                    clientCredentials:
                      tokenUrl: https://auth.example.com/token
                      scopes: {'reports:read': Read reports, 'reports:summary': Summaries, 'reports:admin': All}
              responses:
                Message:
                  description: A message.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Message'}
              schemas:
                Message:
                  type: object
                  required: [text]
                  properties:
                    text: {type: string}
            """;

    static final String HANDLER = """
            package com.example.vault.app;

            import com.example.vault.api.VaultHandler;
            import com.example.vault.model.Message;
            import org.springframework.security.core.context.SecurityContextHolder;
            import org.springframework.stereotype.Component;

            @Component
            public class MyVaultHandler implements VaultHandler {

                @Override
                public Message status() {
                    return new Message("up");
                }

                @Override
                public Message listSecrets() {
                    return new Message("secrets of " + caller());
                }

                @Override
                public Message purgeSecrets() {
                    return new Message("purged by " + caller());
                }

                @Override
                public Message readReports() {
                    return new Message("reports for " + caller());
                }

                @Override
                public Message readSummary() {
                    return new Message("summary for " + caller());
                }

                @Override
                public Message sharedNote() {
                    return new Message("shared");
                }

                private static String caller() {
                    return SecurityContextHolder.getContext().getAuthentication().getName();
                }
            }
            """;

    private static GeneratedApp compiled;

    private VaultContract() {
    }

    static synchronized GeneratedApp app() {
        if (compiled == null) {
            compiled = GeneratedApp.compile(CONTRACT, BASE_PACKAGE,
                    List.of(GeneratedApp.source(BASE_PACKAGE + ".app.MyVaultHandler", HANDLER)));
        }
        return compiled;
    }
}
