package com.acme.fidelity.forms;

/**
 * A form.
 *
 * @param id the form's ID
 * @param name the form's name
 */
public record FormInfo(String id, String name) {}
