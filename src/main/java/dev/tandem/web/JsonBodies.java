package dev.tandem.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/**
 * The JSON of the HTTP API and of the CLI's {@code --json} output, configured once: statuses in
 * lower case as in the store, times as ISO-8601, map keys sorted, absent fields left out, unknown
 * request fields ignored (an older page may send more).
 */
public final class JsonBodies {

    private final ObjectMapper mapper;

    private JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public static JsonBodies create() {
        return new JsonBodies(JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build());
    }

    /** A value as indented JSON, for people reading a terminal. */
    public String pretty(Object value) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value as compact JSON, for a server-sent event. */
    String compact(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value from JSON bytes (the accounts file). */
    public <T> T read(byte[] json, Class<T> type) throws java.io.IOException {
        return mapper.readValue(json, type);
    }

    ObjectMapper mapper() {
        return mapper;
    }
}
