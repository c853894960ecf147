package com.example.library;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;

/**
 * A document version.
 *
 * @param tag the version's entity tag, a plain bean of jakarta.ws.rs-api
 * @param type the content type, another class-path bean
 */
public record Versioned(String id, EntityTag tag, MediaType type) {}
