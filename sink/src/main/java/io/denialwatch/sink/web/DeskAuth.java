package io.denialwatch.sink.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The optional bearer token of the desk ({@code sink.token}). API clients send
 * {@code Authorization: Bearer <token>}. A browser's EventSource cannot send that header, so the
 * page trades the token once ({@code POST /api/session}) for an HttpOnly, SameSite=Strict session
 * cookie. Only a SHA-256 of the token is kept, and it is compared in constant time.
 */
final class DeskAuth {
    static final String COOKIE = "dw_session";

    private final byte[] tokenHash;
    private final Set<String> sessions = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();

    DeskAuth(String token) {
        this.tokenHash = token == null || token.isBlank() ? null : sha256(token.trim());
    }

    boolean required() {
        return tokenHash != null;
    }

    /**
     * Whether a request may pass: no token configured, a valid bearer token, or a session cookie.
     *
     * @param authorization its {@code Authorization} header, or null
     * @param cookies       its {@code Cookie} headers
     */
    boolean allows(String authorization, Iterable<String> cookies) {
        return tokenHash == null || hasBearer(authorization) || hasSession(cookies);
    }

    /** Whether an {@code Authorization} header carries the token. */
    boolean hasBearer(String h) {
        if (tokenHash == null || h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(tokenHash, sha256(h.substring(7).trim()));
    }

    private boolean hasSession(Iterable<String> cookies) {
        for (String header : cookies) {
            for (String part : header.split(";")) {
                String p = part.trim();
                if (p.startsWith(COOKIE + "=") && sessions.contains(p.substring(COOKIE.length() + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A new session for a client that showed the token; the value of its Set-Cookie header. */
    String newSessionCookie() {
        byte[] id = new byte[24];
        random.nextBytes(id);
        String value = HexFormat.of().formatHex(id);
        sessions.add(value);
        return COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Strict";
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
