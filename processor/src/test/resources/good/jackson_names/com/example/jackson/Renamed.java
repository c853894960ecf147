package com.example.jackson;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

public record Renamed(
    @JsonProperty("ticket_id") String id,
    @JsonProperty(required = true) String title,
    @JsonProperty(access = JsonProperty.Access.READ_ONLY) Instant created,
    @JsonIgnore String internal,
    Audit audit) {}
