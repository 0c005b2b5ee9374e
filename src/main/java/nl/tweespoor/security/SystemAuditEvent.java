package nl.tweespoor.security;

import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An audit event no signed-in user caused (a sign-in lock, the first admin's creation), recorded with the actor
 * 'system' by the audit package in the publisher's transaction. Only the security package may create one
 * (ArchitectureTest); everyone else records through the guarded AuditLog.record.
 */
public record SystemAuditEvent(
        String kind,
        String entityType,
        @Nullable Long entityId,
        String summary,
        @Nullable String before,
        @Nullable String after) {

    /** A flat JSON object of text fields, for the before or after state. */
    static String state(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> quoted(field.getKey()) + ": " + quoted(field.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String quoted(String text) {
        var json = new StringBuilder("\"");
        text.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                json.append('\\').append((char) c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", c));
            } else {
                json.append((char) c);
            }
        });
        return json.append('"').toString();
    }
}
