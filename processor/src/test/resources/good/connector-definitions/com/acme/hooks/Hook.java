package com.acme.hooks;

/**
 * A hook.
 *
 * @param url where events go
 */
public record Hook(String url) {}
