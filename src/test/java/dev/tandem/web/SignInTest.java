package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.TestServer;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Term;
import dev.tandem.model.TermStatus;
import dev.tandem.web.auth.Accounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sign-in, sessions, roles and API tokens over real HTTP, on a server that requires sign-in. */
class SignInTest {

    @RegisterExtension
    final TestServer server = TestServer.withSignIn();

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String cookie, String json, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signInAs(String name, String password, Map<String, String> headers) throws Exception {
        return send("POST", "/api/session", null, "{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}", headers);
    }

    /** The {@code name=value} of the session cookie a sign-in set. */
    private String cookieOf(String name) throws Exception {
        HttpResponse<String> signedIn = signInAs(name, TestServer.PASSWORD, Map.of());
        assertEquals(200, signedIn.statusCode(), signedIn.body());
        return setCookie(signedIn).split(";", 2)[0];
    }

    private static String setCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("tandem_session="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
    }

    private String firstUnit(String cookie) throws Exception {
        HttpResponse<String> units = send("GET", "/api/documents/seed/translations/fr", cookie, null, Map.of());
        return server.json(units).get("units").get(0).get("id").asText();
    }

    @Test
    void theApiAsksAnonymousCallersToSignInWhileThePageStillLoads() throws Exception {
        HttpResponse<String> documents = send("GET", "/api/documents", null, null, Map.of());
        assertEquals(401, documents.statusCode());
        assertTrue(server.json(documents).get("error").asText().startsWith("sign in first"), documents.body());
        assertEquals(401, send("PUT", "/api/documents/seed/translations/fr", null, "{}", Map.of()).statusCode());
        assertEquals(200, send("GET", "/", null, null, Map.of()).statusCode());
        JsonNode session = server.json(send("GET", "/api/session", null, null, Map.of()));
        assertTrue(session.get("signInRequired").asBoolean());
        assertFalse(session.hasNonNull("user"), session.toString());
    }

    @Test
    void theRightPasswordGivesAStrictHttpOnlySessionCookie() throws Exception {
        HttpResponse<String> signedIn = signInAs("ada", TestServer.PASSWORD, Map.of());
        assertEquals(200, signedIn.statusCode(), signedIn.body());
        assertEquals("ada", server.json(signedIn).get("user").get("name").asText());
        String cookie = setCookie(signedIn);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(cookie.contains("Path=/"), cookie);
        assertFalse(cookie.contains("Secure"), "plain http on this machine: " + cookie);
        String session = cookie.split(";", 2)[0];
        assertTrue(session.length() > "tandem_session=".length() + 40, session);
        assertEquals(200, send("GET", "/api/documents", session, null, Map.of()).statusCode());
        assertEquals("ada", server.json(send("GET", "/api/session", session, null, Map.of())).get("user").get("name").asText());
    }

    @Test
    void behindAnHttpsProxyTheCookieIsSecure() throws Exception {
        HttpResponse<String> signedIn = signInAs("ada", TestServer.PASSWORD, Map.of("X-Forwarded-Proto", "https"));
        assertTrue(setCookie(signedIn).contains("Secure"), setCookie(signedIn));
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameAnswer() throws Exception {
        HttpResponse<String> wrong = signInAs("ada", "not the password", Map.of());
        HttpResponse<String> unknown = signInAs("nobody", TestServer.PASSWORD, Map.of());
        assertEquals(401, wrong.statusCode());
        assertEquals(401, unknown.statusCode());
        assertEquals("wrong name or password", server.json(wrong).get("error").asText());
        assertEquals(wrong.body(), unknown.body());
        assertTrue(wrong.headers().allValues("Set-Cookie").isEmpty());
    }

    @Test
    void repeatedWrongPasswordsPauseSignInForThatName() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertEquals(401, signInAs("rita", "guess " + i, Map.of()).statusCode());
        }
        HttpResponse<String> paused = signInAs("rita", TestServer.PASSWORD, Map.of());
        assertEquals(429, paused.statusCode(), paused.body());
        assertTrue(server.json(paused).get("error").asText().contains("wait a minute"), paused.body());
        assertEquals(200, signInAs("tomas", TestServer.PASSWORD, Map.of()).statusCode(), "other names are not paused");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        String session = cookieOf("ada");
        HttpResponse<String> out = send("DELETE", "/api/session", session, "{}", Map.of());
        assertEquals(204, out.statusCode(), out.body());
        assertTrue(setCookie(out).startsWith("tandem_session=;") && setCookie(out).contains("Expires=Thu, 01 Jan 1970"), setCookie(out));
        assertEquals(401, send("GET", "/api/documents", session, null, Map.of()).statusCode());
    }

    @Test
    void aTranslatorSavesTheirLanguageUnderTheirOwnName() throws Exception {
        String tomas = cookieOf("tomas");
        String unit = firstUnit(tomas);
        HttpResponse<String> saved = send("PUT", "/api/documents/seed/translations/fr/units/" + unit, tomas,
                "{\"baseRev\":0,\"target\":\"Le sommet\",\"status\":\"translated\",\"by\":\"mallory\"}", Map.of());
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("tomas", server.json(saved).get("by").asText(), "the signed-in name, not the body's");
    }

    @Test
    void rolesAreEnforcedWith403() throws Exception {
        String tomas = cookieOf("tomas");
        String unit = firstUnit(tomas);
        HttpResponse<String> otherLanguage = send("PUT", "/api/documents/seed/translations/de/units/" + unit, tomas,
                "{\"baseRev\":0,\"target\":\"Der Gipfel\"}", Map.of());
        assertEquals(403, otherLanguage.statusCode(), otherLanguage.body());
        assertTrue(server.json(otherLanguage).get("error").asText().contains("translator:de"), otherLanguage.body());
        HttpResponse<String> review = send("PUT", "/api/documents/seed/translations/fr/units/" + unit, tomas,
                "{\"baseRev\":0,\"target\":\"Le sommet\",\"status\":\"final\"}", Map.of());
        assertEquals(403, review.statusCode(), "marking final needs a reviewer: " + review.body());
        assertEquals(403, send("DELETE", "/api/documents/seed", tomas, "{}", Map.of()).statusCode(), "deleting needs an administrator");
        assertEquals(403, send("POST", "/api/documents/seed/resegment", tomas, "{}", Map.of()).statusCode());
        assertEquals(403, send("POST", "/api/memory/references", tomas, "{}", Map.of()).statusCode(), "adding a memory needs an administrator");
        assertEquals(403, send("DELETE", "/api/memory/references/any", tomas, "{}", Map.of()).statusCode());

        String rita = cookieOf("rita");
        HttpResponse<String> reviewed = send("PUT", "/api/documents/seed/translations/fr/units/" + unit, rita,
                "{\"baseRev\":0,\"target\":\"Le sommet\",\"status\":\"final\"}", Map.of());
        assertEquals(200, reviewed.statusCode(), reviewed.body());
        assertEquals("final", server.json(reviewed).get("status").asText());

        String ada = cookieOf("ada");
        assertEquals(200, send("POST", "/api/documents/seed/resegment", ada, "{}", Map.of()).statusCode());
        assertTrue(Files.exists(server.data().resolve("seed").resolve("source.json")), "nothing of tomas's attempts deleted it");
    }

    @Test
    void aGlossaryTermIsChangedOrDeletedOnlyByAReviewerOfItsTargetLanguage() throws Exception {
        LanguageTag en = LanguageTag.of("en");
        String french = server.workbench().glossaries().add(en, LanguageTag.of("fr"), "summit", "sommet", null, null,
                TermStatus.PREFERRED, null).id();
        String german = server.workbench().glossaries().add(en, LanguageTag.of("de"), "summit", "Gipfel", null, null,
                TermStatus.PREFERRED, null).id();
        String change = "{\"target\":\"sommet (réunion)\"}";
        HttpResponse<String> translator = send("PUT", "/api/glossary/terms/" + french, cookieOf("tomas"), change, Map.of());
        assertEquals(403, translator.statusCode(), translator.body());
        assertTrue(server.json(translator).get("error").asText().contains("reviewer:fr"), translator.body());
        String rita = cookieOf("rita");
        assertEquals(403, send("PUT", "/api/glossary/terms/" + german, rita, change, Map.of()).statusCode(), "rita reviews French only");
        HttpResponse<String> otherLanguage = send("DELETE", "/api/glossary/terms/" + german, rita, "{}", Map.of());
        assertEquals(403, otherLanguage.statusCode(), otherLanguage.body());
        assertTrue(server.json(otherLanguage).get("error").asText().contains("reviewer:de"), otherLanguage.body());
        HttpResponse<String> reviewer = send("PUT", "/api/glossary/terms/" + french, rita, change, Map.of());
        assertEquals(200, reviewer.statusCode(), reviewer.body());
        assertEquals(204, send("DELETE", "/api/glossary/terms/" + french, rita, "{}", Map.of()).statusCode());
        assertEquals(List.of("Gipfel"), server.workbench().glossaries().list(null, null).stream().map(Term::target).toList());
    }

    @Test
    void anApiTokenActsAsItsAccountUntilRevoked() throws Exception {
        Accounts accounts = Accounts.in(server.data(), JsonBodies.create());
        String token = accounts.createToken("ada", "script");
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
        assertEquals(200, send("GET", "/api/documents", null, null, bearer).statusCode(), "the server sees a token the CLI made");
        HttpResponse<String> uploaded = server.upload("/api/documents", "short.txt", "text/plain",
                "A short article. It has two sentences.".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("lang", "en"));
        assertEquals(401, uploaded.statusCode(), "the test client alone is not signed in");
        HttpResponse<String> withToken = send("POST", "/api/documents/seed/resegment", null, null, bearer);
        assertEquals(200, withToken.statusCode(), "a bearer token needs no request token: " + withToken.body());

        accounts.revokeToken(token.substring(4, token.indexOf('_', 4)));
        HttpResponse<String> revoked = send("GET", "/api/documents", null, null, bearer);
        assertEquals(401, revoked.statusCode());
        assertTrue(server.json(revoked).get("error").asText().contains("unknown or revoked"), revoked.body());
        assertEquals(401, send("GET", "/api/documents", null, null, Map.of("Authorization", "Bearer tdm_nothing_x")).statusCode());
    }

    @Test
    void aRemovedAccountsSessionStopsWorking() throws Exception {
        String tomas = cookieOf("tomas");
        assertEquals(200, send("GET", "/api/documents", tomas, null, Map.of()).statusCode());
        Accounts.in(server.data(), JsonBodies.create()).remove("tomas");
        assertEquals(401, send("GET", "/api/documents", tomas, null, Map.of()).statusCode());
    }
}
