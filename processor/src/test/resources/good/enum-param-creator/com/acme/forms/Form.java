package com.acme.forms;

/**
 * A form.
 *
 * @param name its name
 * @param layout how it is laid out
 */
public record Form(String name, Layout layout) {}
