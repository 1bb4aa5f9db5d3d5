package io.denialwatch.ingest.http;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import okhttp3.Headers;

/**
 * A fully read, size-capped response.
 *
 * @param status        HTTP status (200 or 304; other statuses are thrown as failures)
 * @param body          the decompressed body, empty for 304
 * @param finalUrl      the URL after redirects
 * @param movedTo       the target of a permanent redirect (301/308) on the way, else {@code null}
 * @param requests      requests made, redirects included
 */
public record HttpResponse(int status, Headers headers, byte[] body, String finalUrl, String movedTo, int requests) {

    public String header(String name) {
        return headers.get(name);
    }

    public boolean notModified() {
        return status == 304;
    }

    public String contentType() {
        String ct = header("Content-Type");
        return ct == null ? "" : ct;
    }

    /** Media type without parameters, lower case. */
    public String mediaType() {
        String ct = contentType();
        int semi = ct.indexOf(';');
        return (semi >= 0 ? ct.substring(0, semi) : ct).trim().toLowerCase(Locale.ROOT);
    }

    public String bodyUtf8() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
