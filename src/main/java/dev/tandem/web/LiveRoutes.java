package dev.tandem.web;

import dev.tandem.app.TranslationEvents;
import dev.tandem.app.Workbench;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import io.javalin.http.sse.SseClient;
import java.util.Map;

/**
 * {@code GET /api/documents/{doc}/translations/{lang}/events}: server-sent events for an open
 * editor. {@code unit} carries a saved unit; {@code units} says units were merged or split, so the
 * page reloads the list. Each connection holds one listener, removed when the client goes away.
 */
final class LiveRoutes {

    private final Workbench workbench;
    private final JsonBodies json;

    LiveRoutes(Workbench workbench, JsonBodies json) {
        this.workbench = workbench;
        this.json = json;
    }

    void events(SseClient client) {
        String documentId = client.ctx().pathParam("doc");
        LanguageTag language = LanguageTag.of(client.ctx().pathParam("lang"));
        workbench.translations().translation(documentId, language);
        client.keepAlive();
        AutoCloseable subscription = workbench.events().subscribe(documentId, language.tag(), change -> send(client, change));
        client.onClose(() -> {
            try {
                subscription.close();
            } catch (Exception e) {
                // removing a listener from a list does not fail
            }
        });
        client.sendComment("connected");
    }

    private void send(SseClient client, TranslationEvents.Change change) {
        if (client.terminated()) {
            return;
        }
        Document document = workbench.documents().document(change.document());
        Object data = change.kind() == TranslationEvents.Change.Kind.SAVED
                ? UnitJson.of(change.unit(), UnitSources.ofUnit(document, change.unit()),
                        workbench.translations().comments(change.document(), LanguageTag.of(change.language())))
                : Map.of("by", change.by() == null ? "" : change.by());
        String event = change.kind() == TranslationEvents.Change.Kind.SAVED ? "unit" : "units";
        client.sendEvent(event, json.compact(data));
    }
}
