package com.acme.forms;

import java.util.Map;

/**
 * The fields of a form, as a JSON schema.
 *
 * @param schema the schema of a submission
 */
public record FormSchema(Map<String, Object> schema) {}
