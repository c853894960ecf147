package com.acme.forms;

/**
 * A submitted form.
 *
 * @param id the submission's ID
 */
public record Submission(String id) {}
