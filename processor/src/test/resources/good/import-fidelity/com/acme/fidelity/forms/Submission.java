package com.acme.fidelity.forms;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A form submission, listed in definitions though no operation refers to it.
 *
 * @param id the submission's ID
 * @param pageSize how many answers a page holds
 * @param channel where the form was filled in
 */
public record Submission(
    String id,
    @JsonProperty(defaultValue = "25") Integer pageSize,
    @JsonProperty(defaultValue = "web") String channel) {}
